<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="151" />
      <source>Scan or type a product code.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="153" />
      <source>Quantity must be non-zero with at most 3 decimals (got {qty}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="301" />
      <source>Stock count not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="307" />
      <source>Unknown category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="318" />
      <source>That bin is not part of stock count {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="368" />
      <source>The counted quantity of {label} cannot go below zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="377" />
      <source>category {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="380" />
      <source>all bins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="380" />
      <source>bins {codes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="175" />
      <source>Warehouse {name} has no bins to count.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="230" />
      <source>A counted quantity must be zero or more with at most 3 decimals (got {qty}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="281" />
      <source>Stock count {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="459" />
      <source>Stock count {number} not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="468" />
      <source>No single category named {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="171" />
      <source>Some chosen bins are not bins of warehouse {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_counts.py" line="145" />
      <source>Type a quantity before '*', e.g. 3*6901234567890.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
