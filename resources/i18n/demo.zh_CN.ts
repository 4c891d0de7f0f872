<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/demo/__init__.py" line="104" />
      <source>This shop already has products; the demo needs an empty shop (use a new --db file).</source>
      <translation>该店铺已有商品；演示数据需要空店铺（请用新的 --db 文件）。</translation>
    </message>
  </context>
</TS>
