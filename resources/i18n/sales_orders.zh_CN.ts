<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="95" />
      <source>{customer} owes {owed}; with this order ({amount}) that is {total}, over the credit limit {limit}. Confirm anyway?</source>
      <translation>{customer} 欠款 {owed};加上本订单({amount})共 {total},超过信用额度 {limit}。仍要确认吗?</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="139" />
      <source>A quote cannot expire before its date.</source>
      <translation>报价的有效期不能早于报价日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="208" />
      <source>Quote not found.</source>
      <translation>找不到报价单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_orders.py" line="180" />
      <source>Quote {number} expired on {date}.</source>
      <translation>报价 {number} 已于 {date} 过期。</translation>
    </message>
  </context>
</TS>
