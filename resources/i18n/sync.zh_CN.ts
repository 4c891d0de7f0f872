<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="259" />
      <source>PostgreSQL {version}, TLS {tls}, {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="507" />
      <source>Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="179" />
      <source>Server, database and user are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="181" />
      <source>The port must be between 1 and 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="231" />
      <source>No sync server is set up. Enter it in Settings → Sync, or pass --server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="276" />
      <source>This PC works straight on the shared database (online mode): there is nothing to sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="295" />
      <source>The shared database refused a change: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="299" />
      <source>Cannot reach the shared database: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="260" />
      <source>ready for sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="260" />
      <source>not set up yet (the first sync sets it up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="380" />
      <source>Received {count} changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="667" />
      <source>No such conflict.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="671" />
      <source>The record no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="199" />
      <source>No system keyring is available: the password is stored obfuscated in this PC's database file, not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="339" />
      <source>This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring existing data (the first to sync); join the others with a new, empty database file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="566" />
      <source>Sent {count} changes</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
