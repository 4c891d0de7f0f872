<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="95" />
      <source>An account code is digits, e.g. 560201.</source>
      <translation>科目编码须为数字，如 560201。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="97" />
      <source>Enter a name.</source>
      <translation>请输入名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="99" />
      <source>Unknown account kind {kind}.</source>
      <translation>未知的科目类别 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="103" />
      <source>Account {code} already exists.</source>
      <translation>科目 {code} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="129" />
      <source>No account {code}.</source>
      <translation>没有科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="109" />
      <source>A sub-account has the kind of its parent ({kind}).</source>
      <translation>明细科目的类别须与上级科目一致（{kind}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="111" />
      <source>A sub-account's code starts with its parent's ({code}).</source>
      <translation>明细科目编码须以上级科目编码开头（{code}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="139" />
      <source>{code} {name} is used by postings and cannot be removed.</source>
      <translation>{code} {name} 为系统记账科目，不能删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/chart.py" line="143" />
      <source>{code} {name} still has a balance.</source>
      <translation>{code} {name} 仍有余额。</translation>
    </message>
  </context>
</TS>
