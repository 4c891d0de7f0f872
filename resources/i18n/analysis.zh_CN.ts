<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="19" />
      <source>dashboards and analysis: the overview figures and the pivot</source>
      <translation>看板与分析：全域看板数字和透视表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="24" />
      <source>print the overview dashboard's figures</source>
      <translation>打印全域看板的数字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="26" />
      <source>date (default today)</source>
      <translation>日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="29" />
      <source>a pivot of sales or purchases; --xlsx writes it to a workbook</source>
      <translation>销售或采购的透视表；--xlsx 写入 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="32" />
      <source>row dimension (repeat for two): customer, tier, salesperson, supplier, product, category, warehouse, day, week, month</source>
      <translation>行维度（可重复两次）：customer、tier、salesperson、supplier、product、category、warehouse、day、week、month</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="38" />
      <source>column dimension (optional)</source>
      <translation>列维度（可选）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="39" />
      <source>qty, revenue, cost, margin, margin_pct, returns</source>
      <translation>qty（数量）、revenue（收入）、cost（成本）、margin（毛利）、margin_pct（毛利率）、returns（退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="42" />
      <source>keep only DIM=KEY (ids for parties/products)</source>
      <translation>只保留 维度=值（往来单位/商品用 id）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="45" />
      <source>write the pivot to this xlsx file</source>
      <translation>将透视表写入此 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="46" />
      <source>rows to print (default 50)</source>
      <translation>打印的行数（默认 50）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="70" />
      <source>As of {date}</source>
      <translation>截至 {date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="122" />
      <source>Wrote {count} rows to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="86" />
      <source>A filter is DIMENSION=KEY: {text}</source>
      <translation>筛选条件格式为 维度=值：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="145" />
      <source>Filter {dim}={key}: give the id of the {dim}.</source>
      <translation>筛选 {dim}={key}：请填写该{dim}的 ID。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="144" />
      <source>No warehouse with code {code}.</source>
      <translation>没有编码为 {code} 的仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="281" />
      <source>Sales today (excl. tax)</source>
      <translation>今日销售（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="284" />
      <source>net of VAT and returns · last 30 days</source>
      <translation>不含税、已扣退货 · 近 30 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="291" />
      <source>Received today</source>
      <translation>今日收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="294" />
      <source>from customers, incl. tax · last 30 days</source>
      <translation>客户回款（含税）· 近 30 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="301" />
      <source>Sales this week (excl. tax)</source>
      <translation>本周销售（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="304" />
      <source>last 12 weeks</source>
      <translation>近12周</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="311" />
      <source>Sales this month (excl. tax)</source>
      <translation>本月销售（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="314" />
      <source>last 12 months</source>
      <translation>近12个月</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="321" />
      <source>Gross margin this month</source>
      <translation>本月毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="324" />
      <source>margin {rate}</source>
      <translation>毛利率 {rate}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="330" />
      <source>Orders waiting to ship</source>
      <translation>待发货订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="333" />
      <source>worth {amount}</source>
      <translation>金额 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="341" />
      <source>Purchases waiting to arrive</source>
      <translation>待到货采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="351" />
      <source>Receivables</source>
      <translation>应收账款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="354" />
      <source>overdue {overdue} · due in 7 days {soon}</source>
      <translation>逾期 {overdue} · 7天内到期 {soon}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="361" />
      <source>Payables</source>
      <translation>应付账款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="371" />
      <source>Cash on hand</source>
      <translation>库存现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="374" />
      <source>cash boxes</source>
      <translation>现金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="381" />
      <source>Bank balances</source>
      <translation>银行存款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="384" />
      <source>bank accounts</source>
      <translation>银行账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="391" />
      <source>Low stock</source>
      <translation>低库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="457" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="509" />
      <source>{days} days idle</source>
      <translation>{days} 天未出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/dashboard.py" line="509" />
      <source>never issued</source>
      <translation>从未出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="46" />
      <source>Customer tier</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="50" />
      <source>Product template</source>
      <translation>款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="54" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="55" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="75" />
      <source>Revenue</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="78" />
      <source>Margin %</source>
      <translation>毛利率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="82" />
      <source>Sales (deliveries − returns)</source>
      <translation>销售（出库 − 退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="82" />
      <source>Purchases (receipts − returns)</source>
      <translation>采购（入库 − 退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="183" />
      <source>Unknown source {name}.</source>
      <translation>未知的数据来源 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="188" />
      <source>Choose at least one row dimension.</source>
      <translation>请至少选择一个行维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="190" />
      <source>{name} is not a measure of this analysis.</source>
      <translation>{name} 不是本分析的指标。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="192" />
      <source>The period ends before it starts.</source>
      <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="655" />
      <source>Analysis</source>
      <translation>多维分析</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="670" />
      <source>A view needs a name.</source>
      <translation>视图需要一个名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="712" />
      <source>Best customers for a product (last month)</source>
      <translation>某商品的最佳客户（上月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="718" />
      <source>Profit by product (this year)</source>
      <translation>按商品的利润（今年）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="724" />
      <source>Thin-margin products by volume (12 months)</source>
      <translation>薄利走量商品（近12个月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="730" />
      <source>Steadiest customers (revenue by month)</source>
      <translation>最稳定的客户（按月销售额）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="736" />
      <source>Warehouse and product, last week: margin by customer</source>
      <translation>某仓库某商品上周：按客户的毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="742" />
      <source>Margin by customer and product (this month)</source>
      <translation>按客户和商品的毛利（本月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="748" />
      <source>Purchases by supplier and month</source>
      <translation>按供应商和月份的采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="186" />
      <source>{name} is not a dimension of this analysis.</source>
      <translation>{name} 不是本分析的维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="234" />
      <source>Filter {dim}={key}: not a {dim}; write it like {example}.</source>
      <translation>筛选 {dim}={key}：不是有效的{dim}；请写成 {example} 这样。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="535" />
      <source>(no store)</source>
      <translation>未分门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="675" />
      <source>A view named {name} already exists.</source>
      <translation>名为 {name} 的视图已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/pivot.py" line="688" />
      <source>That view no longer exists.</source>
      <translation>该视图已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/stores.py" line="114" />
      <source>No store {ref}.</source>
      <translation>没有门店 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/analysis/stores.py" line="178" />
      <source>Not in a store</source>
      <translation>不属于门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="120" />
      <source>Delete view</source>
      <translation>删除视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="163" />
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="166" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="168" />
      <source>Save view…</source>
      <translation>保存视图…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="281" />
      <source>Save view</source>
      <translation>保存视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="314" />
      <source>Working…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="351" />
      <source>{rows} rows · revenue {revenue} · cost {cost} · margin {margin} ({pct}) · returns {returns}</source>
      <translation>{rows} 行 · 收入 {revenue} · 成本 {cost} · 毛利 {margin}（{pct}）· 退货 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="382" />
      <source>Documents: {title}</source>
      <translation>单据：{title}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="389" />
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="115" />
      <source>Views</source>
      <translation>视图</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="138" />
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="141" />
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="143" />
      <source>Measure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="160" />
      <source>Filter</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/analysis/__init__.py" line="394" />
      <source>Exported {count} rows to {path}</source>
      <translation>已导出 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="52" />
      <source>Dashboard</source>
      <translation>看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="83" />
      <source>Click to open the list behind this figure</source>
      <translation>点击打开该数字背后的列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="195" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="270" />
      <source>Expired: {lots} lots, value {value}</source>
      <translation>已过期：{lots} 批，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="271" />
      <source>Near expiry: {lots} lots, value {value}</source>
      <translation>近效期：{lots} 批，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="284" />
      <source>Stock value {amount} as of {date}</source>
      <translation>库存金额 {amount}（截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="290" />
      <source>Top movers (units sold, last 30 days)</source>
      <translation>畅销商品（近30天销量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="323" />
      <source>Overview (全域看板)</source>
      <translation>全域看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="324" />
      <source>Stock (库存统计看板)</source>
      <translation>库存统计看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="328" />
      <source>Counter today (今日收银)</source>
      <translation>今日收银</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="286" />
      <source>Stock value by warehouse</source>
      <translation>按仓库的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="288" />
      <source>Stock value by category</source>
      <translation>按分类的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="294" />
      <source>Slow movers</source>
      <translation>滞销商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="294" />
      <source>Idle</source>
      <translation>未动天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="300" />
      <source>Dead stock</source>
      <translation>呆滞库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="306" />
      <source>Stock-outs</source>
      <translation>缺货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="310" />
      <source>Count variances</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="310" />
      <source>Count · bin</source>
      <translation>盘点单 · 库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/charts.py" line="98" />
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
</TS>
