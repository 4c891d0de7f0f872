<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="49" />
      <source>Dashboard</source>
      <translation>看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="71" />
      <source>Click to open the list behind this figure</source>
      <translation>点击打开该数字背后的列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="109" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="110" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="228" />
      <source>Stock value {amount} as of {date}</source>
      <translation>库存金额 {amount}（截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="234" />
      <source>Top movers (units sold, last 30 days)</source>
      <translation>畅销商品（近30天销量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="267" />
      <source>Overview (全域看板)</source>
      <translation>全域看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="268" />
      <source>Stock (库存统计看板)</source>
      <translation>库存统计看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="230" />
      <source>Stock value by warehouse</source>
      <translation>按仓库的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="232" />
      <source>Stock value by category</source>
      <translation>按分类的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="238" />
      <source>Slow movers</source>
      <translation>滞销商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="238" />
      <source>Idle</source>
      <translation>未动天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="244" />
      <source>Dead stock</source>
      <translation>呆滞库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="250" />
      <source>Stock-outs</source>
      <translation>缺货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="254" />
      <source>Count variances</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="254" />
      <source>Count</source>
      <translation>盘点单</translation>
    </message>
  </context>
</TS>
