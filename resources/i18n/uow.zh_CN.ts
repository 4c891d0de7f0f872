<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="107" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="109" />
      <source>The shop file is read-only: nothing was saved. Check the file's permissions or the disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/uow.py" line="111" />
      <source>The shop file is busy with another writer: nothing was saved. Try again in a moment.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
