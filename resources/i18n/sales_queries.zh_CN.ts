<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_queries.py" line="299" />
      <source>No sales order {number}.</source>
      <translation>没有销售订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_queries.py" line="305" />
      <source>No delivery {number}.</source>
      <translation>没有出库单 {number}。</translation>
    </message>
  </context>
</TS>
