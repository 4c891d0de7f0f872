<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="108" />
      <source>erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.</source>
      <translation>erp-desktop：面向小商店的进销存与财务一体化软件。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="113" />
      <source>open the demo shop (created on first use)</source>
      <translation>打开演示店铺（首次使用时创建）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="114" />
      <source>open the window on a fresh database, post a sale, exit 0 if all went well</source>
      <translation>在新数据库上打开窗口并过账一笔销售，一切正常则以 0 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="201" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="209" />
      <source>(pass --allow-odd-date to accept)</source>
      <translation>（加上 --allow-odd-date 以确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="211" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="203" />
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="31" />
      <source>shop database file (or a postgresql+psycopg:// URL)</source>
      <translation>店铺数据库文件（或 postgresql+psycopg:// 地址）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="34" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="37" />
      <source>act as this user (password from ERP_PASSWORD)</source>
      <translation>以此用户身份操作（密码取自 ERP_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="40" />
      <source>read the --user password from the first line of standard input</source>
      <translation>从标准输入的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="46" />
      <source>accept a document date outside the plausible range (before the shop opened, over a year ahead)</source>
      <translation>接受超出合理范围的单据日期（早于开业日期或晚于一年以后）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="52" />
      <source>read the --user password from the first line of this file</source>
      <translation>从此文件的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="274" />
      <source>print JSON (for scripts) instead of a table</source>
      <translation>输出 JSON（供脚本使用），而不是表格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="331" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="128" />
      <source>User {user} ({role}) may not run {command} (it needs the permission {permission}).</source>
      <translation>用户 {user}（{role}）不能运行 {command}（需要权限 {permission}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="315" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="330" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="303" />
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="152" />
      <source>Cannot read the password file {path}: {reason}</source>
      <translation>无法读取密码文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="35" />
      <source>the voucher list (记账凭证), filtered by month, account, source kind, text</source>
      <translation>凭证列表（记账凭证），可按月份、科目、来源类型、文字筛选</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="36" />
      <source>the month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="37" />
      <source>vouchers with a line on this account or a sub-account</source>
      <translation>含该科目或其下级科目分录的凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="38" />
      <source>source kind: DN, GR, RC, PM, MJ (manual), CF (carry-forward) …</source>
      <translation>来源类型：DN、GR、RC、PM、MJ（手工）、CF（结转损益）……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="39" />
      <source>text in the voucher number, document number or summary</source>
      <translation>凭证号、单据号或摘要中的文字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="43" />
      <source>one voucher: add, show, print, reverse, templates</source>
      <translation>单张凭证：新增、查看、打印、冲销、模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="46" />
      <source>enter a manual voucher for an event no document covers (balanced or refused)</source>
      <translation>为没有业务单据的事项录入手工凭证（必须借贷平衡）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="48" />
      <source>the summary (摘要)</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="49" />
      <source>a debit line; repeat</source>
      <translation>借方分录；可重复</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="50" />
      <source>a credit line; repeat</source>
      <translation>贷方分录；可重复</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="51" />
      <source>enter from a voucher template (常用凭证) by name</source>
      <translation>按名称从常用凭证模板录入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="52" />
      <source>with --template: the amount of the lines the template leaves open</source>
      <translation>与 --template 同用：模板中未填金额的分录的金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="54" />
      <source>one voucher with its lines and source document</source>
      <translation>单张凭证的分录及其来源单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="55" />
      <source>"2026-10 记-0001", or the entry number JE-…</source>
      <translation>"2026-10 记-0001"，或分录号 JE-…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="57" />
      <source>print vouchers to PDF (one or a month's)</source>
      <translation>将凭证打印为 PDF（单张或整月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="59" />
      <source>every voucher of the month</source>
      <translation>该月全部凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="60" />
      <source>a4, or a5 = half sheet landscape</source>
      <translation>a4，或 a5 = 半张横向</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="61" />
      <source>the PDF file to write</source>
      <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="62" />
      <source>reverse (红字冲销) a manual voucher</source>
      <translation>红字冲销一张手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="64" />
      <source>date of the reversal (default today)</source>
      <translation>冲销日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="66" />
      <source>the voucher templates (常用凭证)</source>
      <translation>常用凭证模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="68" />
      <source>add or change a voucher template (常用凭证)</source>
      <translation>新增或修改常用凭证模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="70" />
      <source>the summary its vouchers get</source>
      <translation>按此模板所录凭证的摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="73" />
      <source>retire the template</source>
      <translation>停用该模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="75" />
      <source>the month-end checklist (结账检查): what stops a month from closing</source>
      <translation>结账检查：哪些事项妨碍该月结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="78" />
      <source>write a month's carry-forward (结转损益) ahead of closing it</source>
      <translation>在结账之前先结转该月损益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="92" />
      <source>科目余额表: every account at every level, opening / period / closing</source>
      <translation>科目余额表：各级科目的期初、本期发生和期末</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="94" />
      <source>every account, also those without figures</source>
      <translation>全部科目，包括无发生额的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="96" />
      <source>明细账 of an account (its sub-accounts included), with a running balance</source>
      <translation>科目明细账（含下级科目），逐笔余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="100" />
      <source>总账 of an account: month by month, with the year to date</source>
      <translation>科目总账：逐月发生额和本年累计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="102" />
      <source>default: this year</source>
      <translation>默认：今年</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="104" />
      <source>往来明细账 of a customer or supplier</source>
      <translation>客户或供应商的往来明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="114" />
      <source>bank reconciliation: import a statement, match, 调节表</source>
      <translation>银行对账：导入对账单、勾对、余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="117" />
      <source>import a bank statement (xlsx or csv; columns found by header) and auto-match</source>
      <translation>导入银行对账单（xlsx 或 csv；按表头识别列）并自动勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="121" />
      <source>the bank money account</source>
      <translation>银行资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="122" />
      <source>do not auto-match</source>
      <translation>不自动勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="123" />
      <source>a bank account's statement lines and what each is matched with</source>
      <translation>银行账户的对账单明细及其勾对情况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="127" />
      <source>match a statement line by hand with a money document</source>
      <translation>手工将对账单明细与资金单据勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="129" />
      <source>the money document, e.g. PM-2026-000003</source>
      <translation>资金单据，例如 PM-2026-000003</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="130" />
      <source>undo a statement line's match</source>
      <translation>取消对账单明细的勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="132" />
      <source>record a fee or interest the bank shows as a money document, matched</source>
      <translation>将银行列出的手续费或利息记为资金单据并勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="134" />
      <source>the expense or income account, e.g. 5603</source>
      <translation>费用或收入科目，例如 5603</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="136" />
      <source>the 银行存款余额调节表 of a bank account</source>
      <translation>银行账户的银行存款余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="138" />
      <source>default: today</source>
      <translation>默认：今天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="208" />
      <source>YYYY-MM-DD (default: the 1st of this month)</source>
      <translation>YYYY-MM-DD（默认：本月 1 日）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="209" />
      <source>YYYY-MM-DD (default: today)</source>
      <translation>YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="260" />
      <source>also print it to this PDF</source>
      <translation>同时打印到该 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="261" />
      <source>also export it to this workbook</source>
      <translation>同时导出到该工作簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="147" />
      <source>{count} statement lines imported into {account}, {matched} matched.</source>
      <translation>已导入 {count} 条对账单明细到 {account}，自动勾对 {matched} 条。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="178" />
      <source>Matched with {number}.</source>
      <translation>已与 {number} 勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="186" />
      <source>Un-matched.</source>
      <translation>已取消勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="194" />
      <source>Recorded as {number} and matched.</source>
      <translation>已记为 {number} 并勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="458" />
      <source>{voucher} reversed by {reversal}.</source>
      <translation>{voucher} 已由 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="471" />
      <source>Template {name} saved.</source>
      <translation>模板 {name} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Line</source>
      <translation>行次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Counterparty</source>
      <translation>对方户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Reference</source>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Memo</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="167" />
      <source>Matched</source>
      <translation>已勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="309" />
      <source>{month} can be closed.</source>
      <translation>{month} 可以结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="311" />
      <source>{month} cannot be closed yet.</source>
      <translation>{month} 暂不能结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="325" />
      <source>Carried forward {profit} into current year profit ({vouchers}).</source>
      <translation>已结转 {profit} 至本年利润（{vouchers}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="359" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="359" />
      <source>Voucher</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="359" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="401" />
      <source>Voucher {voucher} posted ({number}), {total}.</source>
      <translation>凭证 {voucher} 已记账（{number}），金额 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="421" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="421" />
      <source>Party</source>
      <translation>往来单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="421" />
      <source>Debit</source>
      <translation>借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="421" />
      <source>Credit</source>
      <translation>贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="436" />
      <source>Reverses {voucher}.</source>
      <translation>冲销 {voucher}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="438" />
      <source>Reversed by {voucher}.</source>
      <translation>已被 {voucher} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="446" />
      <source>Name the vouchers or a --period.</source>
      <translation>请指定凭证或 --period 月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="483" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="483" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="373" />
      <source>Write a line as CODE:AMOUNT, e.g. 5602:1200.</source>
      <translation>分录写作 科目:金额，例如 5602:1200。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="432" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/i18n.py" line="101" />
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="187" />
      <source>{document} {number} is {state}; it cannot become {target}.</source>
      <translation>{document} {number} 当前为「{state}」，不能变为「{target}」。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="190" />
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="57" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="64" />
      <source>Count with a phone</source>
      <translation>用手机盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="66" />
      <source>Barcode or code (3*code counts three)</source>
      <translation>条码或编码（3*条码 计 3 个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="68" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="69" />
      <source>Camera</source>
      <translation>摄像头扫码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="70" />
      <source>Photo of a barcode</source>
      <translation>拍照识别条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="71" />
      <source>Stop camera</source>
      <translation>关闭摄像头</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="72" />
      <source>{n} scans waiting to be sent</source>
      <translation>{n} 条扫码待发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="73" />
      <source>No connection: scans are kept on this phone and sent when it is back.</source>
      <translation>网络已断开：扫码先保存在手机上，恢复连接后自动发送。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="74" />
      <source>This counting session is closed. Scans not sent are kept on this phone.</source>
      <translation>本次手机盘点已结束。未发送的扫码仍保存在手机上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="75" />
      <source>Unknown code {code}: kept in the count's list, not counted.</source>
      <translation>未知条码 {code}：已记入盘点单的未知条码列表，未计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="76" />
      <source>{label}: +{added} → counted {counted}</source>
      <translation>{label}：+{added} → 实盘 {counted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="77" />
      <source>waiting to be sent</source>
      <translation>等待发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="78" />
      <source>No barcode found in the photo. Try again closer, or type the code.</source>
      <translation>照片中未识别到条码。请靠近些重拍，或手工输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="79" />
      <source>The camera cannot be opened here; take a photo of the barcode or type the code.</source>
      <translation>此处无法打开摄像头；请拍照识别条码或手工输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="80" />
      <source>Count it here</source>
      <translation>记入当前库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="81" />
      <source>Switch to {bin}</source>
      <translation>切换到 {bin}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="82" />
      <source>Do not count</source>
      <translation>不计数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="83" />
      <source>Mobile phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="84" />
      <source>sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="85" />
      <source>already counted (sent again)</source>
      <translation>已计数（重复发送，未重复计）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="186" />
      <source>Stock count {number} is not a draft: it cannot be counted.</source>
      <translation>盘点单 {number} 不是草稿，不能再盘点。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="265" />
      <source>This counting session is closed.</source>
      <translation>本次手机盘点已结束。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="275" />
      <source>Stock count {number} is {state}.</source>
      <translation>盘点单 {number}：{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="285" />
      <source>A scan without an id cannot be counted safely.</source>
      <translation>扫码缺少编号，无法安全计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="240" />
      <source>The phone server cannot listen on port {port}: {error}. Close the program using it and try again.</source>
      <translation>手机盘点服务无法使用端口 {port}：{error}。请关闭占用该端口的程序后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="306" />
      <source>Choose a bin first.</source>
      <translation>请先选择库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="312" />
      <source>{text} is not a number.</source>
      <translation>{text} 不是数字。</translation>
    </message>
  </context>
</TS>
