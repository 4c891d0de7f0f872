<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="101" />
      <source>{count} rows</source>
      <translation>共 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="27" />
      <source>Search…</source>
      <translation>搜索……</translation>
    </message>
  </context>
</TS>
