<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sync_server.py" line="92" />
      <source>The sync server must be a PostgreSQL database (postgresql+psycopg://…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync_server.py" line="128" />
      <source>The shared database has a different schema ({server}) than this program ({mine}). Install the same erp-desktop version on every PC; after upgrading, run 'erp-desktop sync --upgrade-server' once.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
