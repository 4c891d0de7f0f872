<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Forbid negative stock</source>
      <translation>禁止负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Warn on negative stock</source>
      <translation>负库存时警告</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Allow negative stock</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="30" />
      <source>Frozen</source>
      <translation>冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="30" />
      <source>Full</source>
      <translation>已满</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="91" />
      <source>Code {code} is already used by warehouse {other}.</source>
      <translation>编码 {code} 已被仓库 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="134" />
      <source>This warehouse already has a bin {code}.</source>
      <translation>该仓库已有库位 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="82" />
      <source>That warehouse no longer exists.</source>
      <translation>该仓库已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="140" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="185" />
      <source>That bin no longer exists.</source>
      <translation>该库位已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="187" />
      <source>Bin {code} has stock history; freeze it instead of deleting it.</source>
      <translation>库位 {code} 已有库存记录；请冻结而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="103" />
      <source>Default bin</source>
      <translation>默认库位</translation>
    </message>
  </context>
</TS>
