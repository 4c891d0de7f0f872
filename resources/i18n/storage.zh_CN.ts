<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="33" />
      <source>Backups are taken of a local shop file; a shared PostgreSQL database is backed up with pg_dump.</source>
      <translation>备份针对本地店铺文件；共享的 PostgreSQL 数据库请用 pg_dump 备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="87" />
      <source>No such file: {path}</source>
      <translation>文件不存在：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="108" />
      <source>{path} is not a shop database file.</source>
      <translation>{path} 不是店铺数据库文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="117" />
      <source>{path} was made by a newer version of erp-desktop ({revision}).</source>
      <translation>{path} 由更新版本的 erp-desktop 创建（{revision}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="52" />
      <source>The backup could not be written to {path}: {error}</source>
      <translation>无法写入备份 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="105" />
      <source>{path} cannot be read as a shop database: {error}</source>
      <translation>{path} 无法作为店铺数据库读取：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/backup.py" line="96" />
      <source>{path} is damaged: {detail}</source>
      <translation>{path} 已损坏：{detail}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/engine.py" line="126" />
      <source>This database was made by a newer version of erp-desktop ({revision}). Please upgrade the program.</source>
      <translation>此数据库由更新版本的 erp-desktop 创建（{revision}），请升级程序。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="130" />
      <source>Another user was changing the same records at the same moment: nothing was saved. Try again; it will work now.</source>
      <translation>另一位用户正在同时修改相同的记录：本次未保存任何内容。请重试，现在可以成功。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="137" />
      <source>Another user is still working on these records: nothing was saved. Try again in a moment.</source>
      <translation>另一位用户仍在处理这些记录：本次未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="140" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="143" />
      <source>The shop file is read-only: nothing was saved. Check the file's permissions or the disk.</source>
      <translation>店铺文件为只读，未保存任何内容。请检查文件权限或磁盘。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="147" />
      <source>The shop file is busy with another writer: nothing was saved. Try again in a moment.</source>
      <translation>店铺文件正被其他程序写入，未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/storage/uow.py" line="99" />
      <source>Another user saved a record with the same number or code a moment ago: nothing was saved. Reopen it and try again.</source>
      <translation>另一位用户刚刚保存了相同编号或代码的记录：本次未保存任何内容。请重新打开后再试。</translation>
    </message>
  </context>
</TS>
