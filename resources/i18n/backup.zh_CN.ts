<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="31" />
      <source>Backups are taken of a local shop file; a shared PostgreSQL database is backed up with pg_dump.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="82" />
      <source>No such file: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="101" />
      <source>{path} is not a shop database file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="109" />
      <source>{path} was made by a newer version of erp-desktop ({revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="48" />
      <source>The backup could not be written to {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="99" />
      <source>{path} cannot be read as a shop database: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/backup.py" line="91" />
      <source>{path} is damaged: {detail}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
