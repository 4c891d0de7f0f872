<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="54" />
      <source>Stock balances equal the sum of moves</source>
      <translation>库存余额等于出入库流水合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="77" />
      <source>Stock value equals the sum of move values</source>
      <translation>库存金额等于出入库金额合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="87" />
      <source>Every journal entry balances</source>
      <translation>每张凭证借贷平衡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="108" />
      <source>Receivables and payables equal their control accounts</source>
      <translation>应收应付明细等于总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="119" />
      <source>Stock value equals the inventory account</source>
      <translation>库存金额等于库存商品科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="128" />
      <source>Database integrity</source>
      <translation>数据库完整性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="165" />
      <source>Allocations equal the allocation rows</source>
      <translation>往来核销额等于核销记录合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="185" />
      <source>Cash and bank balances equal their moves and accounts</source>
      <translation>资金账户余额等于流水及科目余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/verify.py" line="204" />
      <source>Nothing posted into a closed month</source>
      <translation>已结账月份无新记账</translation>
    </message>
  </context>
</TS>
