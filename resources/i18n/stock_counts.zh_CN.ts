<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="151" />
      <source>Scan or type a product code.</source>
      <translation>请扫描或输入商品编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="153" />
      <source>Quantity must be non-zero with at most 3 decimals (got {qty}).</source>
      <translation>数量不能为零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="301" />
      <source>Stock count not found.</source>
      <translation>找不到盘点单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="307" />
      <source>Unknown category.</source>
      <translation>未知分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="318" />
      <source>That bin is not part of stock count {number}.</source>
      <translation>该库位不在盘点单 {number} 的范围内。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="370" />
      <source>The counted quantity of {label} cannot go below zero.</source>
      <translation>{label} 的实盘数不能小于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="379" />
      <source>category {name}</source>
      <translation>分类 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="382" />
      <source>all bins</source>
      <translation>全部库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="382" />
      <source>bins {codes}</source>
      <translation>库位 {codes}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="175" />
      <source>Warehouse {name} has no bins to count.</source>
      <translation>仓库 {name} 没有可盘点的库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="230" />
      <source>A counted quantity must be zero or more with at most 3 decimals (got {qty}).</source>
      <translation>实盘数必须大于或等于零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="281" />
      <source>Stock count {number}</source>
      <translation>盘点单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="461" />
      <source>Stock count {number} not found.</source>
      <translation>找不到盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="470" />
      <source>No single category named {name}.</source>
      <translation>找不到唯一名为 {name} 的分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="171" />
      <source>Some chosen bins are not bins of warehouse {name}.</source>
      <translation>所选库位中有不属于仓库 {name} 的。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="145" />
      <source>Type a quantity before '*', e.g. 3*6901234567890.</source>
      <translation>请在“*”前输入数量，例如 3*6901234567890。</translation>
    </message>
  </context>
</TS>
