<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/settings/__init__.py" line="24" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
  </context>
</TS>
