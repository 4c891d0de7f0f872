<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="19" />
      <source>Log in — erp-desktop</source>
      <translation>登录 — erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="21" />
      <source>Who is working?</source>
      <translation>谁在使用？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="37" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="38" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/login.py" line="51" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="24" />
      <source>erp-desktop — shop management</source>
      <translation>erp-desktop — 进销存管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="38" />
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="39" />
      <source>User: {name}</source>
      <translation>用户：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="41" />
      <source>Ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="69" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="76" />
      <source>About erp-desktop</source>
      <translation>关于 erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="132" />
      <source>The new language applies the next time the program starts.</source>
      <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="138" />
      <source>erp-desktop {version}
Purchase, sales, inventory and finance for small shops.
Database: {db}</source>
      <translation>erp-desktop {version}
面向小商店的进销存与财务一体化软件。
数据库：{db}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="51" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="52" />
      <source>&amp;Documents</source>
      <translation>单据(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="53" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="54" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="55" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="56" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="70" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/main_window.py" line="93" />
      <source>This part of the program failed to load. Details are in the log:
{path}</source>
      <translation>程序的这一部分加载失败。详情见日志：
{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="89" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="90" />
      <source>Close the program, then run:

erp-desktop restore BACKUP_FILE

The backup is checked first and the current file is kept aside.</source>
      <translation>请关闭程序，然后运行：

erp-desktop restore 备份文件

会先检查备份文件，当前文件会另存保留。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="24" />
      <source>Verify the books…</source>
      <translation>校验账目……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="25" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="26" />
      <source>Restore a backup…</source>
      <translation>恢复备份……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="41" />
      <source>Verify the books</source>
      <translation>校验账目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="72" />
      <source>Back up to</source>
      <translation>备份到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="72" />
      <source>Shop database (*.sqlite3)</source>
      <translation>店铺数据库 (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/maintenance.py" line="80" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/self_test.py" line="22" />
      <source>self-test: {report}</source>
      <translation>自检：{report}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="33" />
      <source>Sync {time} · {pending} to send</source>
      <translation>同步 {time} · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="27" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="29" />
      <source>Sync: off</source>
      <translation>同步：关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="31" />
      <source>Sync: offline · {pending} to send</source>
      <translation>同步：离线 · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="35" />
      <source>{count} conflicts</source>
      <translation>{count} 个冲突</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/shell/sync_status.py" line="47" />
      <source>Sync with the shared database: last sync, changes waiting to be sent, conflicts to review</source>
      <translation>与共享数据库同步：上次同步时间、待发送的变更、待处理的冲突</translation>
    </message>
  </context>
</TS>
