<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="31" />
      <source>Backups are taken of a local shop file; a shared PostgreSQL database is backed up with pg_dump.</source>
      <translation>备份针对本地店铺文件；共享的 PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="82" />
      <source>No such file: {path}</source>
      <translation>文件不存在：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="101" />
      <source>{path} is not a shop database file.</source>
      <translation>{path} 不是店铺数据库文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="109" />
      <source>{path} was made by a newer version of erp-desktop ({revision}).</source>
      <translation>{path} 由更新版本的 erp-desktop 创建（{revision}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="48" />
      <source>The backup could not be written to {path}: {error}</source>
      <translation>无法写入备份 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="99" />
      <source>{path} cannot be read as a shop database: {error}</source>
      <translation>{path} 无法作为店铺数据库读取：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="91" />
      <source>{path} is damaged: {detail}</source>
      <translation>{path} 已损坏：{detail}</translation>
    </message>
  </context>
</TS>
