<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="36" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="37" />
      <source>An unexpected error happened; nothing was saved. Details are in the log:
{path}

{error}</source>
      <translation>发生意外错误，未保存任何内容。详情见日志：
{path}

{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="89" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="27" />
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="40" />
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="26" />
      <source>… and {count} more</source>
      <translation>……还有 {count} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="29" />
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="22" />
      <source>Row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="22" />
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="31" />
      <source>{title}…</source>
      <translation>{title}…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="75" />
      <source>Opening stock date:</source>
      <translation>期初库存日期：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="83" />
      <source>Import {what} from Excel</source>
      <translation>从 Excel 导入{what}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="84" />
      <source>{what} template</source>
      <translation>{what}模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/excel_import.py" line="46" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="18" />
      <source>Log in — erp-desktop</source>
      <translation>登录 — erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="20" />
      <source>Who is working?</source>
      <translation>谁在使用？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="23" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="26" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="34" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="35" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/login.py" line="48" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="23" />
      <source>erp-desktop — shop management</source>
      <translation>erp-desktop — 进销存管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="37" />
      <source>Database: {name}</source>
      <translation>数据库：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="38" />
      <source>User: {name}</source>
      <translation>用户：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="40" />
      <source>Ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="62" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="69" />
      <source>About erp-desktop</source>
      <translation>关于 erp-desktop</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="120" />
      <source>The new language applies the next time the program starts.</source>
      <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="125" />
      <source>erp-desktop {version}
Purchase, sales, inventory and finance for small shops.
Database: {db}</source>
      <translation>erp-desktop {version}
面向小商店的进销存与财务一体化软件。
数据库：{db}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="49" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="49" />
      <source>&amp;Documents</source>
      <translation>单据(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="49" />
      <source>&amp;Reports</source>
      <translation>报表(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="50" />
      <source>&amp;Tools</source>
      <translation>工具(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="50" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="50" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="63" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/main_window.py" line="85" />
      <source>This part of the program failed to load. Details are in the log:
{path}</source>
      <translation>程序的这一部分加载失败。详情见日志：
{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="77" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="78" />
      <source>Close the program, then run:

erp-desktop restore BACKUP_FILE

The backup is checked first and the current file is kept aside.</source>
      <translation>请关闭程序，然后运行：

erp-desktop restore 备份文件

会先检查备份文件，当前文件会另存保留。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="22" />
      <source>Verify the books…</source>
      <translation>校验账目……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="23" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="24" />
      <source>Restore a backup…</source>
      <translation>恢复备份……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="36" />
      <source>Verify the books</source>
      <translation>校验账目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="63" />
      <source>Back up to</source>
      <translation>备份到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="64" />
      <source>Shop database (*.sqlite3)</source>
      <translation>店铺数据库 (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/maintenance.py" line="70" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="417" />
      <source>Print a document…</source>
      <translation>打印单据…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="421" />
      <source>Print product labels…</source>
      <translation>打印商品标签…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="426" />
      <source>Customer statement…</source>
      <translation>客户对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="428" />
      <source>Supplier statement…</source>
      <translation>供应商对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="50" />
      <source>Print preview — {name}</source>
      <translation>打印预览 — {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="57" />
      <source>{count} page(s)</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="61" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="63" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="117" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="123" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="123" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="214" />
      <source>Print a document</source>
      <translation>打印单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="219" />
      <source>Document number, e.g. DN-2026-000001</source>
      <translation>单据编号，例如 DN-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="224" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="252" />
      <source>Print a statement</source>
      <translation>打印对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="271" />
      <source>Statement of</source>
      <translation>对账对象</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="311" />
      <source>Print product labels</source>
      <translation>打印商品标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="318" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="333" />
      <source>Show the price</source>
      <translation>显示价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="338" />
      <source>Add product</source>
      <translation>添加商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="339" />
      <source>Copies for new products</source>
      <translation>新加商品的份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="340" />
      <source>Label paper</source>
      <translation>标签纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="342" />
      <source>Labels already used on the first sheet</source>
      <translation>第一张已用掉的标签数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="315" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="331" />
      <source>EAN-13 when valid, else Code128</source>
      <translation>有效时用 EAN-13，否则用 Code128</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="331" />
      <source>QR code</source>
      <translation>二维码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="398" />
      <source>Add at least one product.</source>
      <translation>请至少添加一个商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="134" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="134" />
      <source>Could not write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/self_test.py" line="21" />
      <source>self-test: {report}</source>
      <translation>自检：{report}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="32" />
      <source>Sync {time} · {pending} to send</source>
      <translation>同步 {time} · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="26" />
      <source>Online</source>
      <translation>在线</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="28" />
      <source>Sync: off</source>
      <translation>同步：关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="30" />
      <source>Sync: offline · {pending} to send</source>
      <translation>同步：离线 · 待发送 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="34" />
      <source>{count} conflicts</source>
      <translation>{count} 个冲突</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sync_status.py" line="45" />
      <source>Sync with the shared database: last sync, changes waiting to be sent, conflicts to review</source>
      <translation>与共享数据库同步：上次同步时间、待发送的变更、待处理的冲突</translation>
    </message>
  </context>
</TS>
