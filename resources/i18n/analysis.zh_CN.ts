<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="38" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="38" />
      <source>Customer tier</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="38" />
      <source>Salesperson</source>
      <translation>销售员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="38" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="40" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="40" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="40" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="46" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="46" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="47" />
      <source>Margin %</source>
      <translation>毛利率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="47" />
      <source>Returns</source>
      <translation>退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="50" />
      <source>Sales (deliveries − returns)</source>
      <translation>销售（出库 − 退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="50" />
      <source>Purchases (receipts − returns)</source>
      <translation>采购（入库 − 退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="380" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="59" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="139" />
      <source>Unknown source {name}.</source>
      <translation>未知的数据来源 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="144" />
      <source>Choose at least one row dimension.</source>
      <translation>请至少选择一个行维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="146" />
      <source>{name} is not a measure of this analysis.</source>
      <translation>{name} 不是本分析的指标。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="148" />
      <source>The period ends before it starts.</source>
      <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="488" />
      <source>Analysis</source>
      <translation>多维分析</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="503" />
      <source>A view needs a name.</source>
      <translation>视图需要一个名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="540" />
      <source>Best customers for a product (last month)</source>
      <translation>某商品的最佳客户（上月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="542" />
      <source>Profit by product (this year)</source>
      <translation>按商品的利润（今年）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="543" />
      <source>Thin-margin products by volume (12 months)</source>
      <translation>薄利走量商品（近12个月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="544" />
      <source>Steadiest customers (revenue by month)</source>
      <translation>最稳定的客户（按月销售额）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="545" />
      <source>Warehouse and product, last week: margin by customer</source>
      <translation>某仓库某商品上周：按客户的毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="547" />
      <source>Margin by customer and product (this month)</source>
      <translation>按客户和商品的毛利（本月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="549" />
      <source>Purchases by supplier and month</source>
      <translation>按供应商和月份的采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="142" />
      <source>{name} is not a dimension of this analysis.</source>
      <translation>{name} 不是本分析的维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="508" />
      <source>A view named {name} already exists.</source>
      <translation>名为 {name} 的视图已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis.py" line="521" />
      <source>That view no longer exists.</source>
      <translation>该视图已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="52" />
      <source>Party</source>
      <translation>往来单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="92" />
      <source>Delete view</source>
      <translation>删除视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="135" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="138" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="140" />
      <source>Save view…</source>
      <translation>保存视图…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="246" />
      <source>Save view</source>
      <translation>保存视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="273" />
      <source>Working…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="305" />
      <source>{rows} rows · revenue {revenue} · cost {cost} · margin {margin} ({pct}) · returns {returns}</source>
      <translation>{rows} 行 · 收入 {revenue} · 成本 {cost} · 毛利 {margin}（{pct}）· 退货 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="327" />
      <source>Documents: {title}</source>
      <translation>单据：{title}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="334" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="87" />
      <source>Views</source>
      <translation>视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="108" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="110" />
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="113" />
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="115" />
      <source>Measure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="132" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="338" />
      <source>Exported {count} rows to {path}</source>
      <translation>已导出 {count} 行到 {path}</translation>
    </message>
  </context>
</TS>
