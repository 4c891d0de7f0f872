<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sync_server.py" line="92" />
      <source>The sync server must be a PostgreSQL database (postgresql+psycopg://…).</source>
      <translation>同步服务器必须是 PostgreSQL 数据库（postgresql+psycopg://…）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync_server.py" line="128" />
      <source>The shared database has a different schema ({server}) than this program ({mine}). Install the same erp-desktop version on every PC; after upgrading, run 'erp-desktop sync --upgrade-server' once.</source>
      <translation>共享数据库的结构（{server}）与本程序（{mine}）不同。请在每台电脑上安装相同版本的 erp-desktop；升级后运行一次 'erp-desktop sync --upgrade-server'。</translation>
    </message>
  </context>
</TS>
