<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="72" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="79" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="74" />
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="54" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
  </context>
</TS>
