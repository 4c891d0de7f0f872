<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="145" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="146" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="147" />
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/audit.py" line="155" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
  </context>
</TS>
