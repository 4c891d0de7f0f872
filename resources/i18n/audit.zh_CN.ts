<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Record type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="147" />
      <source>Changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="155" />
      <source>Audit log</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
