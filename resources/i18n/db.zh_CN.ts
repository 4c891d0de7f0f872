<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/db.py" line="122" />
      <source>This database was made by a newer version of erp-desktop ({revision}). Please upgrade the program.</source>
      <translation>此数据库由更新版本的 erp-desktop 创建（{revision}），请升级程序。</translation>
    </message>
  </context>
</TS>
