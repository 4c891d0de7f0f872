<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="17" />
      <source>Shop database ready: {url}</source>
      <translation>店铺数据库已就绪：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="25" />
      <source>schema {current} (program {head})</source>
      <translation>数据库结构 {current}（程序 {head}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="36" />
      <source>Backup written: {path} ({size} bytes)</source>
      <translation>备份已写入：{path}（{size} 字节）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="47" />
      <source>Restored {file} into {target}; the previous file is kept as {aside}.</source>
      <translation>已将 {file} 恢复到 {target}；原文件保留为 {aside}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="24" />
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="24" />
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="29" />
      <source>{count} check(s) failed.</source>
      <translation>{count} 项检查未通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="29" />
      <source>All checks passed.</source>
      <translation>全部检查通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="44" />
      <source>Restore works on a local shop file.</source>
      <translation>只能恢复本地店铺文件。</translation>
    </message>
  </context>
</TS>
