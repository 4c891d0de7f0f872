<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="414" />
      <source>Not enough stock of {code} {name} in {where}: on hand {on_hand}, requested {requested}.</source>
      <translation>{where} 的 {code} {name} 库存不足：现有 {on_hand}，需要 {requested}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="403" />
      <source>Warehouse {name} is inactive.</source>
      <translation>仓库 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="405" />
      <source>Bin {where} is frozen; no stock can move in or out.</source>
      <translation>库位 {where} 已冻结，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="407" />
      <source>Bin {where} is marked full.</source>
      <translation>库位 {where} 已满。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="431" />
      <source>Bin {where} holds {total} of capacity {capacity}; adding {qty} exceeds it. Post anyway?</source>
      <translation>库位 {where} 已存 {total}，容量 {capacity}，再放入 {qty} 将超出容量。仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="446" />
      <source>A movement's value cannot be negative.</source>
      <translation>出入库金额不能为负。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="65" />
      <source>The database is missing its reference data; run 'erp-desktop init'.</source>
      <translation>数据库缺少基础数据，请运行 'erp-desktop init'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="122" />
      <source>A movement needs two different locations.</source>
      <translation>出入库必须在两个不同的库位之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="236" />
      <source>Product {code} {name} is inactive and cannot be moved.</source>
      <translation>商品 {code} {name} 已停用，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="242" />
      <source>Unknown location.</source>
      <translation>库位不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/stock_ledger.py" line="421" />
      <source>Post anyway?</source>
      <translation>仍要过账吗？</translation>
    </message>
  </context>
</TS>
