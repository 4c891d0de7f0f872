<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Forbid negative stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Warn on negative stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="29" />
      <source>Allow negative stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="30" />
      <source>Frozen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="30" />
      <source>Full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="91" />
      <source>Code {code} is already used by warehouse {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="134" />
      <source>This warehouse already has a bin {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="82" />
      <source>That warehouse no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="140" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="185" />
      <source>That bin no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="187" />
      <source>Bin {code} has stock history; freeze it instead of deleting it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/warehouses.py" line="103" />
      <source>Default bin</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
