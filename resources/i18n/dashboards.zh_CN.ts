<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="26" />
      <source>Dashboard</source>
      <translation>看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="46" />
      <source>Click to open the list behind this figure</source>
      <translation>点击打开该数字背后的列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="84" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="85" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="202" />
      <source>Stock value {amount} as of {date}</source>
      <translation>库存金额 {amount}（截至 {date}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="205" />
      <source>Top movers (units sold, last 30 days)</source>
      <translation>畅销商品（近30天销量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="227" />
      <source>Overview (全域看板)</source>
      <translation>全域看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="228" />
      <source>Stock (库存统计看板)</source>
      <translation>库存统计看板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="203" />
      <source>Stock value by warehouse</source>
      <translation>按仓库的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="204" />
      <source>Stock value by category</source>
      <translation>按分类的库存金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="208" />
      <source>Slow movers</source>
      <translation>滞销商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="208" />
      <source>Idle</source>
      <translation>未动天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="211" />
      <source>Dead stock</source>
      <translation>呆滞库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="214" />
      <source>Stock-outs</source>
      <translation>缺货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="216" />
      <source>Count variances</source>
      <translation>盘点差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/dashboards/__init__.py" line="216" />
      <source>Count</source>
      <translation>盘点单</translation>
    </message>
  </context>
</TS>
