<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="227" />
      <source>Sales today</source>
      <translation>今日销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="227" />
      <source>last 30 days</source>
      <translation>近30天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="229" />
      <source>Sales this week</source>
      <translation>本周销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="229" />
      <source>last 12 weeks</source>
      <translation>近12周</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="231" />
      <source>Sales this month</source>
      <translation>本月销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="231" />
      <source>last 12 months</source>
      <translation>近12个月</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="232" />
      <source>Gross margin this month</source>
      <translation>本月毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="233" />
      <source>margin {rate}</source>
      <translation>毛利率 {rate}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="234" />
      <source>Orders waiting to ship</source>
      <translation>待发货订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="235" />
      <source>worth {amount}</source>
      <translation>金额 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="236" />
      <source>Purchases waiting to arrive</source>
      <translation>待到货采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="238" />
      <source>Receivables</source>
      <translation>应收账款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="239" />
      <source>overdue {overdue} · due in 7 days {soon}</source>
      <translation>逾期 {overdue} · 7天内到期 {soon}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="241" />
      <source>Payables</source>
      <translation>应付账款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="244" />
      <source>Cash on hand</source>
      <translation>库存现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="244" />
      <source>cash boxes</source>
      <translation>现金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="245" />
      <source>Bank balances</source>
      <translation>银行存款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="245" />
      <source>bank accounts</source>
      <translation>银行账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="246" />
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="316" />
      <source>{days} days idle</source>
      <translation>{days} 天未出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/dashboard.py" line="316" />
      <source>never issued</source>
      <translation>从未出库</translation>
    </message>
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
      <location filename="../../erp_desktop/services/queries/finance.py" line="247" />
      <source>No such customer or supplier: {ref}.</source>
      <translation>找不到客户或供应商：{ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/finance.py" line="353" />
      <source>Reversed by {number}</source>
      <translation>已被 {number} 冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="223" />
      <source>Stock document</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="223" />
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="223" />
      <source>Sales delivery</source>
      <translation>销售出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="224" />
      <source>Purchase receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="224" />
      <source>Opening</source>
      <translation>期初</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="264" />
      <source>Adjustment</source>
      <translation>盘盈盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="265" />
      <source>In transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/queries/stock.py" line="176" />
      <source>(no category)</source>
      <translation>（未分类）</translation>
    </message>
  </context>
</TS>
