<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="95" />
      <source>{customer} owes {owed}; with this order ({amount}) that is {total}, over the credit limit {limit}. Confirm anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="139" />
      <source>A quote cannot expire before its date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="208" />
      <source>Quote not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="180" />
      <source>Quote {number} expired on {date}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
