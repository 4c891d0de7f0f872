<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="253" />
      <source>PostgreSQL {version}, TLS {tls}, {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="501" />
      <source>Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="178" />
      <source>Server, database and user are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="180" />
      <source>The port must be between 1 and 65535.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="225" />
      <source>No sync server is set up. Enter it in Settings → Sync, or pass --server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="270" />
      <source>This PC works straight on the shared database (online mode): there is nothing to sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="289" />
      <source>The shared database refused a change: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="293" />
      <source>Cannot reach the shared database: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="253" />
      <source>on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="253" />
      <source>off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="254" />
      <source>ready for sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="254" />
      <source>not set up yet (the first sync sets it up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="374" />
      <source>Received {count} changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="640" />
      <source>No such conflict.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="644" />
      <source>The record no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="198" />
      <source>No system keyring is available: the password is stored obfuscated in this PC's database file, not encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="333" />
      <source>This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring existing data (the first to sync); join the others with a new, empty database file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sync.py" line="543" />
      <source>Sent {count} changes</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
