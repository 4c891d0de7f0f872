<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/demo.py" line="70" />
      <source>This shop already has products; the demo needs an empty shop (use a new --db file).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
