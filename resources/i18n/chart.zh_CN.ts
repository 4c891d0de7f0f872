<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="95" />
      <source>An account code is digits, e.g. 560201.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="97" />
      <source>Enter a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="99" />
      <source>Unknown account kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="103" />
      <source>Account {code} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="129" />
      <source>No account {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="109" />
      <source>A sub-account has the kind of its parent ({kind}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="111" />
      <source>A sub-account's code starts with its parent's ({code}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="139" />
      <source>{code} {name} is used by postings and cannot be removed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="143" />
      <source>{code} {name} still has a balance.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
