<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_verify.py" line="48" />
      <source>Sales documents have their moves, receivables and entries</source>
      <translation>销售单据的库存移动、应收与凭证齐全</translation>
    </message>
  </context>
</TS>
