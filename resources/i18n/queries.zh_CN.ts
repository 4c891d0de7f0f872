<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="31" />
      <source>Receipt of money</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="31" />
      <source>Sales return</source>
      <translation>销售退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="32" />
      <source>Goods receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="32" />
      <source>Purchase return</source>
      <translation>采购退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="33" />
      <source>Other expense</source>
      <translation>其他支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="33" />
      <source>Manual entry</source>
      <translation>手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="35" />
      <source>90+ days</source>
      <translation>90 天以上</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="57" />
      <source>Unknown party kind {kind}.</source>
      <translation>未知的往来类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="238" />
      <source>The period ends before it starts.</source>
      <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="243" />
      <source>No such customer or supplier: {ref}.</source>
      <translation>找不到客户或供应商：{ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="222" />
      <source>Stock document</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="222" />
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="222" />
      <source>Sales delivery</source>
      <translation>销售出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="223" />
      <source>Purchase receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="223" />
      <source>Opening</source>
      <translation>期初</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="263" />
      <source>Adjustment</source>
      <translation>盘盈盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="264" />
      <source>In transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="175" />
      <source>(no category)</source>
      <translation>（未分类）</translation>
    </message>
  </context>
</TS>
