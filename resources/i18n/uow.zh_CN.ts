<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="110" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="112" />
      <source>The shop file is read-only: nothing was saved. Check the file's permissions or the disk.</source>
      <translation>店铺文件为只读，未保存任何内容。请检查文件权限或磁盘。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="114" />
      <source>The shop file is busy with another writer: nothing was saved. Try again in a moment.</source>
      <translation>店铺文件正被其他程序写入，未保存任何内容。请稍后重试。</translation>
    </message>
  </context>
</TS>
