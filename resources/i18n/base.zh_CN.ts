<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="114" />
      <source>erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.</source>
      <translation>erp-desktop：面向小商店的进销存与财务一体化软件。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="119" />
      <source>open the demo shop (created on first use)</source>
      <translation>打开演示店铺（首次使用时创建）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="120" />
      <source>open the window on a fresh database, post a sale, exit 0 if all went well</source>
      <translation>在新数据库上打开窗口并过账一笔销售，一切正常则以 0 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="207" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="215" />
      <source>(pass --allow-odd-date to accept)</source>
      <translation>（加上 --allow-odd-date 以确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="217" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="209" />
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
      <location filename="../../erp_desktop/commands/__init__.py" line="308" />
      <source>print JSON (for scripts) instead of a table</source>
      <translation>输出 JSON（供脚本使用），而不是表格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="378" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="126" />
      <source>Online mode logs in to the shared database as you: pass --user NAME and set ERP_PASSWORD.</source>
      <translation>在线模式以您本人的身份登录共享数据库：请加上 --user 用户名，并设置 ERP_PASSWORD。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="155" />
      <source>User {user} ({role}) may not run {command} (it needs the permission {permission}).</source>
      <translation>用户 {user}（{role}）不能运行 {command}（需要权限 {permission}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="349" />
      <source>not a whole number of at least 1: {text}</source>
      <translation>不是大于等于 1 的整数：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="362" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="377" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="337" />
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="186" />
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
      <source>a4, or a5 = half sheet landscape (built-in layouts)</source>
      <translation>a4，或 a5 = 半张横向（内置版式）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="61" />
      <source>a voucher print template (default: the shop's default one)</source>
      <translation>凭证打印模板（默认：本店的默认模板）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="64" />
      <source>the PDF file to write</source>
      <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="65" />
      <source>reverse (红字冲销) a manual voucher</source>
      <translation>红字冲销一张手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="67" />
      <source>date of the reversal (default today)</source>
      <translation>冲销日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="69" />
      <source>the voucher templates (常用凭证)</source>
      <translation>常用凭证模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="71" />
      <source>add or change a voucher template (常用凭证)</source>
      <translation>新增或修改常用凭证模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="73" />
      <source>the summary its vouchers get</source>
      <translation>按此模板所录凭证的摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="76" />
      <source>retire the template</source>
      <translation>停用该模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="78" />
      <source>the month-end checklist (结账检查): what stops a month from closing</source>
      <translation>结账检查：哪些事项妨碍该月结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="81" />
      <source>write a month's carry-forward (结转损益) ahead of closing it</source>
      <translation>在结账之前先结转该月损益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="95" />
      <source>科目余额表: every account at every level, opening / period / closing</source>
      <translation>科目余额表：各级科目的期初、本期发生和期末</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="97" />
      <source>every account, also those without figures</source>
      <translation>全部科目，包括无发生额的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="99" />
      <source>明细账 of an account (its sub-accounts included), with a running balance</source>
      <translation>科目明细账（含下级科目），逐笔余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="103" />
      <source>总账 of an account: month by month, with the year to date</source>
      <translation>科目总账：逐月发生额和本年累计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="105" />
      <source>default: this year</source>
      <translation>默认：今年</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="107" />
      <source>往来明细账 of a customer or supplier</source>
      <translation>客户或供应商的往来明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="117" />
      <source>bank reconciliation: import a statement, match, 调节表</source>
      <translation>银行对账：导入对账单、勾对、余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="120" />
      <source>import a bank statement (xlsx or csv; columns found by header) and auto-match</source>
      <translation>导入银行对账单（xlsx 或 csv；按表头识别列）并自动勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="124" />
      <source>the bank money account</source>
      <translation>银行资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="125" />
      <source>do not auto-match</source>
      <translation>不自动勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="126" />
      <source>a bank account's statement lines and what each is matched with</source>
      <translation>银行账户的对账单明细及其勾对情况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="130" />
      <source>match a statement line by hand with a money document</source>
      <translation>手工将对账单明细与资金单据勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="132" />
      <source>the money document, e.g. PM-2026-000003</source>
      <translation>资金单据，例如 PM-2026-000003</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="133" />
      <source>undo a statement line's match</source>
      <translation>取消对账单明细的勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="135" />
      <source>record a fee or interest the bank shows as a money document, matched</source>
      <translation>将银行列出的手续费或利息记为资金单据并勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="137" />
      <source>the expense or income account, e.g. 5603</source>
      <translation>费用或收入科目，例如 5603</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="139" />
      <source>the 银行存款余额调节表 of a bank account</source>
      <translation>银行账户的银行存款余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="141" />
      <source>default: today</source>
      <translation>默认：今天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="211" />
      <source>YYYY-MM-DD (default: the 1st of this month)</source>
      <translation>YYYY-MM-DD（默认：本月 1 日）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="212" />
      <source>YYYY-MM-DD (default: today)</source>
      <translation>YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="263" />
      <source>also print it to this PDF</source>
      <translation>同时打印到该 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="264" />
      <source>also export it to this workbook</source>
      <translation>同时导出到该工作簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="150" />
      <source>{count} statement lines imported into {account}, {matched} matched.</source>
      <translation>已导入 {count} 条对账单明细到 {account}，自动勾对 {matched} 条。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="181" />
      <source>Matched with {number}.</source>
      <translation>已与 {number} 勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="189" />
      <source>Un-matched.</source>
      <translation>已取消勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="197" />
      <source>Recorded as {number} and matched.</source>
      <translation>已记为 {number} 并勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="468" />
      <source>{voucher} reversed by {reversal}.</source>
      <translation>{voucher} 已由 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="481" />
      <source>Template {name} saved.</source>
      <translation>模板 {name} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Line</source>
      <translation>行次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Counterparty</source>
      <translation>对方户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Reference</source>
      <translation>参考号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Memo</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="170" />
      <source>Matched</source>
      <translation>已勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="312" />
      <source>{month} can be closed.</source>
      <translation>{month} 可以结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="314" />
      <source>{month} cannot be closed yet.</source>
      <translation>{month} 暂不能结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="328" />
      <source>Carried forward {profit} into current year profit ({vouchers}).</source>
      <translation>已结转 {profit} 至本年利润（{vouchers}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="362" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="362" />
      <source>Voucher</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="362" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="404" />
      <source>Voucher {voucher} posted ({number}), {total}.</source>
      <translation>凭证 {voucher} 已记账（{number}），金额 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="424" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="424" />
      <source>Party</source>
      <translation>往来单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="424" />
      <source>Debit</source>
      <translation>借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="424" />
      <source>Credit</source>
      <translation>贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="439" />
      <source>Reverses {voucher}.</source>
      <translation>冲销 {voucher}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="441" />
      <source>Reversed by {voucher}.</source>
      <translation>已被 {voucher} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="449" />
      <source>Name the vouchers or a --period.</source>
      <translation>请指定凭证或 --period 月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="493" />
      <source>Voucher template</source>
      <translation>凭证模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="493" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="376" />
      <source>Write a line as CODE:AMOUNT, e.g. 5602:1200.</source>
      <translation>分录写作 科目:金额，例如 5602:1200。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/books.py" line="435" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="57" />
      <source>the counter: sales, shifts, members (零售 / 收银)</source>
      <translation>收银：零售、班次、会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="60" />
      <source>show or change the counter settings</source>
      <translation>查看或修改收银设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="63" />
      <source>抹零</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="65" />
      <source>one point per this many yuan (0: none)</source>
      <translation>每多少元积 1 分（0：不积分）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="66" />
      <source>N points = 1 yuan off (0: none)</source>
      <translation>N 积分抵 1 元（0：不可抵扣）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="70" />
      <source>print a test slip on the receipt printer</source>
      <translation>在小票打印机上打印测试小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="74" />
      <source>open, close or report a shift (交班)</source>
      <translation>开班、交班或交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="77" />
      <source>open a shift with the cash float</source>
      <translation>输入备用金开班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="80" />
      <source>close the shift with the cash counted</source>
      <translation>按实点现金交班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="81" />
      <source>shift number (default: this counter's open shift)</source>
      <translation>班次号（默认：本收银台当前班次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="84" />
      <source>write the shift report PDF</source>
      <translation>写出交班报表 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="85" />
      <source>the shift report</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="89" />
      <source>the latest shifts (of one store)</source>
      <translation>最近的班次（某门店的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="90" />
      <source>only this store's shifts</source>
      <translation>只看此门店的班次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="93" />
      <source>the shifts' takings per store over a period</source>
      <translation>一段时间内各门店班次的收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="94" />
      <source>first day (default: today)</source>
      <translation>起始日（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="95" />
      <source>last day (default: the first)</source>
      <translation>截止日（默认：同起始日）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="96" />
      <source>only this store</source>
      <translation>只看此门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="99" />
      <source>post a counter sale</source>
      <translation>过账一笔零售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="103" />
      <source>整单折扣, e.g. 0.05</source>
      <translation>整单折扣，例如 0.05</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="104" />
      <source>points to redeem</source>
      <translation>抵扣的积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="106" />
      <source>write the ticket PDF</source>
      <translation>写出小票 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="107" />
      <source>counter-ticket print template (default: the shop's)</source>
      <translation>小票打印模板（默认：本店的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="108" />
      <source>accept a warning (negative-stock, expired-lot)</source>
      <translation>接受警告（负库存、过期批次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="109" />
      <source>take this lot (default: first expiry first)</source>
      <translation>出此批次（默认：先到期先出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="116" />
      <source>a serial number sold (one per unit; a bundle's: its component's)</source>
      <translation>售出的序列号（每件一个；套装填其组件的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="125" />
      <source>a return at the counter against a ticket</source>
      <translation>按小票在收银台退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="129" />
      <source>this serial comes back (default: those sold on the line); refused when not on the ticket</source>
      <translation>退回此序列号（默认：该行售出的）；不在小票上则拒绝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="138" />
      <source>write the return ticket PDF</source>
      <translation>生成退货小票 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="141" />
      <source>exchange goods of a ticket for others (换货)</source>
      <translation>按小票换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="149" />
      <source>print a ticket again</source>
      <translation>重打小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="151" />
      <source>write a PDF instead of printing the lines</source>
      <translation>写出 PDF，而不是打印文本行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="155" />
      <source>a day's counter sales by hour, product, cashier and payment method</source>
      <translation>某天的零售：按小时、商品、收银员和付款方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="157" />
      <source>only this store's tickets</source>
      <translation>只看此门店的小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="160" />
      <source>members: add, top up, show</source>
      <translation>会员：登记、充值、查看</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="163" />
      <source>enrol a member</source>
      <translation>登记会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="167" />
      <source>top up stored value (储值)</source>
      <translation>储值充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="171" />
      <source>a member's balances and history</source>
      <translation>会员余额和明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="174" />
      <source>the members: points and stored value, with the totals</source>
      <translation>会员列表：积分与储值，含合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="182" />
      <source>stores (多门店): a warehouse, its counters and money accounts</source>
      <translation>门店（多门店）：一个仓库、它的收银台和资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="213" />
      <source>put a counter (PC) in a store</source>
      <translation>把收银台（电脑）归入门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="215" />
      <source>the PC's id (default: this PC)</source>
      <translation>电脑编号（默认：本机）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="216" />
      <source>a name for the counter, e.g. 收银台1</source>
      <translation>收银台名称，例如 收银台1</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="185" />
      <source>the stores</source>
      <translation>门店列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="201" />
      <source>the store's warehouse (in one store only)</source>
      <translation>门店的仓库（一个仓库只属于一个门店）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="202" />
      <source>the store's own price list ('' = none)</source>
      <translation>门店自己的价格表（'' = 无）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="203" />
      <source>one point per this many yuan ('' = the shop's rule)</source>
      <translation>每多少元积一分（'' = 全店规则）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="204" />
      <source>N points = 1 yuan off ('' = the shop's rule)</source>
      <translation>N 积分抵 1 元（'' = 全店规则）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="205" />
      <source>members are priced at this tier here ('' = their own)</source>
      <translation>会员在此门店按此客户等级定价（'' = 按会员自己的等级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="299" />
      <source>Store {code} {name} added.</source>
      <translation>门店 {code} {name} 已新增。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="306" />
      <source>Store {code} {name} saved.</source>
      <translation>门店 {code} {name} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="316" />
      <source>Counter {counter} sells at store {code} {name}.</source>
      <translation>收银台 {counter} 现属门店 {code} {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="481" />
      <source>Write the printer as network:HOST[:PORT], usb:VENDOR:PRODUCT, file:PATH or none (got {text}).</source>
      <translation>打印机的写法为 network:主机[:端口]、usb:厂商ID:产品ID、file:路径 或 none（输入的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="491" />
      <source>Test slip sent to the receipt printer.</source>
      <translation>测试小票已发送到小票打印机。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="498" />
      <source>Shift {number} opened with a float of {amount}.</source>
      <translation>班次 {number} 已开班，备用金 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="505" />
      <source>Shift {number} · {cashier} · {state}</source>
      <translation>班次 {number} · {cashier} · {state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="509" />
      <source>Tickets {tickets}, returns {returns}, takings {takings}</source>
      <translation>小票 {tickets} 张，退货 {returns} 笔，收款 {takings}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="517" />
      <source>Cash float {float}, cash expected {expected}</source>
      <translation>备用金 {float}，应有现金 {expected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="648" />
      <source>Ticket {number}: total {total}, change {change}.</source>
      <translation>小票 {number}：应收 {total}，找零 {change}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="715" />
      <source>Return {number}: refunded {total}.</source>
      <translation>退货单 {number}：已退款 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="783" />
      <source>Member {name} · card {card}</source>
      <translation>会员 {name} · 卡号 {card}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="791" />
      <source>Stored value of {name}: {amount}</source>
      <translation>{name} 的储值：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="807" />
      <source>{count} members · points {points} · stored value {stored}</source>
      <translation>共 {count} 位会员 · 积分 {points} · 储值 {stored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="825" />
      <source>{name} · card {card} · points {points} · stored value {stored}</source>
      <translation>{name} · 卡号 {card} · 积分 {points} · 储值 {stored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="193" />
      <source>a new code</source>
      <translation>新编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="196" />
      <source>its counters can no longer open shifts</source>
      <translation>其收银台不能再开班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="222" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="222" />
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="222" />
      <source>Accounts</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="222" />
      <source>Price list</source>
      <translation>价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="222" />
      <source>Counters</source>
      <translation>收银台</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="327" />
      <source>Shift</source>
      <translation>班次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="329" />
      <source>Store</source>
      <translation>门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="330" />
      <source>Cashier</source>
      <translation>收银员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="332" />
      <source>Float</source>
      <translation>备用金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="333" />
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="334" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="366" />
      <source>Shifts</source>
      <translation>班次数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="367" />
      <source>Tickets</source>
      <translation>小票数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="368" />
      <source>Returns</source>
      <translation>退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="369" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="370" />
      <source>Refunds</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="371" />
      <source>Takings</source>
      <translation>收款合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="402" />
      <source>usage: erp-desktop counter {{settings,shift,sell,return,reprint,member}} …</source>
      <translation>用法：erp-desktop counter {{settings,shift,sell,return,reprint,member}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="415" />
      <source>Write a payment as METHOD:AMOUNT, e.g. cash:100 (got {text}).</source>
      <translation>付款请写成 方式:金额，例如 cash:100（输入的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="449" />
      <source>Setting</source>
      <translation>设置项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="507" />
      <source>Method</source>
      <translation>收付方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="507" />
      <source>Net</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="525" />
      <source>Cash counted {counted}, difference {difference}</source>
      <translation>实点现金 {counted}，差额 {difference}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="607" />
      <source>A --lot or --serial names {codes}, not sold on this ticket (or more than its lines hold).</source>
      <translation>--lot 或 --serial 指定了 {codes}，但本小票未售出（或超出其行数量）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="747" />
      <source>Written {path}</source>
      <translation>已生成 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="761" />
      <source>{date}: {tickets} tickets, {total}</source>
      <translation>{date}：{tickets} 张小票，{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="769" />
      <source>Hour</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="771" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Card</source>
      <translation>卡号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Tier</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Stored value</source>
      <translation>储值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="802" />
      <source>Joined</source>
      <translation>加入时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="836" />
      <source>What</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="840" />
      <source>Points after</source>
      <translation>积分余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="841" />
      <source>Stored value after</source>
      <translation>储值余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="253" />
      <source>{what} must be a whole number (got {value}).</source>
      <translation>{what}必须是整数（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="281" />
      <source>Points for 1 yuan off</source>
      <translation>抵 1 元所需积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="452" />
      <source>Rounding</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="453" />
      <source>Receipt paper</source>
      <translation>小票纸宽</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="454" />
      <source>Receipt printer</source>
      <translation>小票打印机</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="455" />
      <source>Points per yuan</source>
      <translation>每元积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="504" />
      <source>shift open</source>
      <translation>当班中</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="504" />
      <source>shift closed</source>
      <translation>已交班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="539" />
      <source>No shift is open on this counter.</source>
      <translation>本收银台没有未交班的班次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="623" />
      <source>--template chooses the layout of --print; give --print FILE.pdf too.</source>
      <translation>--template 指定的是 --print 的版式，请同时给出 --print 文件.pdf。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="666" />
      <source>{code} is not on ticket {number}.</source>
      <translation>{code} 不在小票 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="227" />
      <source>(counter settings)</source>
      <translation>（收银设置）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="228" />
      <source>(shop-wide)</source>
      <translation>（全店）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="454" />
      <source>none (PDF)</source>
      <translation>无（PDF）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="24" />
      <source>variants (颜色 / 尺码): dimensions, product templates (款式), stock by template</source>
      <translation>多规格（颜色 / 尺码）：规格维度、款式、按款式查库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="32" />
      <source>define a variant dimension of a category, with its values</source>
      <translation>为分类定义规格维度及其取值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="33" />
      <source>category name or path (服装, 服装/上衣)</source>
      <translation>分类名称或路径（服装、服装/上衣）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="34" />
      <source>dimension name (颜色, 尺码)</source>
      <translation>维度名称（颜色、尺码）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="35" />
      <source>values, comma-separated, each NAME or NAME:CODE ("红:R,蓝:B")</source>
      <translation>取值，逗号分隔，每个为 名称 或 名称:编码（"红:R,蓝:B"）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="38" />
      <source>add values to a category's dimension</source>
      <translation>为分类的规格维度添加取值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="42" />
      <source>list the variant dimensions (of one category) with their values</source>
      <translation>列出（某分类的）规格维度及其取值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="45" />
      <source>create a product template (款式) with one or two dimensions</source>
      <translation>新建款式（一个或两个规格维度）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="49" />
      <source>one or two dimension names, comma-separated (颜色,尺码)</source>
      <translation>一个或两个维度名称，逗号分隔（颜色,尺码）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="51" />
      <source>sale price of every variant</source>
      <translation>每个规格的销售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="52" />
      <source>purchase price of every variant</source>
      <translation>每个规格的采购价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="53" />
      <source>tax rate (0.13 = 13%%)</source>
      <translation>税率（0.13 = 13%%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="54" />
      <source>only these values, comma-separated (红,白,M,L); default: all</source>
      <translation>只用这些取值，逗号分隔（红,白,M,L）；默认：全部</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="57" />
      <source>make the product of every combination that has none yet</source>
      <translation>为尚无商品的每个组合生成商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="59" />
      <source>a code of your own</source>
      <translation>自定编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="61" />
      <source>list product templates</source>
      <translation>列出款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="63" />
      <source>a template and its variants</source>
      <translation>款式及其规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="66" />
      <source>export the product templates with their dimensions and values to xlsx</source>
      <translation>将款式及其维度和取值导出为 xlsx</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="68" />
      <source>import templates from xlsx (all or nothing): dimensions, values, variants made</source>
      <translation>从 xlsx 导入款式（全部成功或全部不导入）：维度、取值，并生成规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="70" />
      <source>create unknown categories</source>
      <translation>新建不存在的分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="72" />
      <source>on hand by template, or one template's stock as a matrix (颜色 × 尺码)</source>
      <translation>按款式查现存量，或以矩阵（颜色 × 尺码）查看某款式的库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="74" />
      <source>warehouse code</source>
      <translation>仓库编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="79" />
      <source>Choose an action; see erp-desktop variant --help.</source>
      <translation>请选择操作；见 erp-desktop variant --help。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="105" />
      <source>The category has no dimension {name}.</source>
      <translation>该分类没有规格维度 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="187" />
      <source>Template {code} {name}: {dimensions}.</source>
      <translation>款式 {code} {name}：{dimensions}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="209" />
      <source>{created} variants made, {kept} already there.</source>
      <translation>生成 {created} 个规格商品，已有 {kept} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="309" />
      <source>Imported {count} templates; {made} variants made.</source>
      <translation>已导入 {count} 个款式；生成 {made} 个规格商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="113" />
      <source>No product template with code {code}.</source>
      <translation>没有编码为 {code} 的款式。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="162" />
      <source>Give one or two dimensions (e.g. 颜色,尺码).</source>
      <translation>请给出一个或两个规格维度（如 颜色,尺码）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="223" />
      <source>Dimensions</source>
      <translation>规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="223" />
      <source>Variants</source>
      <translation>规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="91" />
      <source>No category {name}.</source>
      <translation>没有分类 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="171" />
      <source>Unknown values: {values}</source>
      <translation>未知的规格值：{values}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/variants.py" line="196" />
      <source>{what} must be given as KEY=VALUE: {text}</source>
      <translation>{what} 须写成 键=值：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/i18n.py" line="101" />
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="250" />
      <source>{document} {number} is {state}; it cannot become {target}.</source>
      <translation>{document} {number} 当前为「{state}」，不能变为「{target}」。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="253" />
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="39" />
      <source>Moving average</source>
      <translation>移动加权平均</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="39" />
      <source>FIFO</source>
      <translation>先进先出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="47" />
      <source>By value</source>
      <translation>按金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="47" />
      <source>By quantity</source>
      <translation>按数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="58" />
      <source>Freight</source>
      <translation>运费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="59" />
      <source>Duty</source>
      <translation>关税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="60" />
      <source>Handling</source>
      <translation>装卸费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/costing.py" line="61" />
      <source>Other charge</source>
      <translation>其他费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="58" />
      <source>“{text}” is too large a number.</source>
      <translation>“{text}”这个数太大了。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="60" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="130" />
      <source>Counter tickets have their moves, money and entries</source>
      <translation>零售小票都有库存流水、收款和凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="180" />
      <source>Members' points and stored value equal their history and account</source>
      <translation>会员积分和储值与其明细及科目一致</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="229" />
      <source>Closed shifts' reports equal their payments</source>
      <translation>已交班的交班报表与其收款一致</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="236" />
      <source>Every ticket's warehouse and money accounts belong to its store</source>
      <translation>每张小票的仓库和资金账户都属于其门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="177" />
      <source>members' stored value {stored}, account {code} {booked}</source>
      <translation>会员储值合计 {stored}，科目 {code} 为 {booked}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="252" />
      <source>shift {number} has no store</source>
      <translation>班次 {number} 没有门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="259" />
      <source>ticket {number} is not in its shift's store</source>
      <translation>小票 {number} 不在其班次的门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="70" />
      <source>{number}: payment {seq} of {amount} has money move {moved}</source>
      <translation>{number}：第 {seq} 笔付款 {amount} 的资金流水为 {moved}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="83" />
      <source>{number}: {lines} lines, {moves} stock moves</source>
      <translation>{number}：{lines} 行，{moves} 条库存流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="91" />
      <source>{number}: no journal entry</source>
      <translation>{number}：没有凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="94" />
      <source>{number}: paid {paid}, total {total}</source>
      <translation>{number}：已付 {paid}，应收 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="103" />
      <source>{number}: lines add up to {lines}, total {total}</source>
      <translation>{number}：各行合计 {lines}，小票合计 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="123" />
      <source>ticket line {id}: returned {qty}, return lines {lines}</source>
      <translation>小票行 {id}：已退 {qty}，退货行合计 {lines}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="157" />
      <source>member {card}: {points} points and {stored} stored value, events {epoints} and {estored}</source>
      <translation>会员 {card}：积分 {points}、储值 {stored}，明细合计积分 {epoints}、储值 {estored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="202" />
      <source>shift {number}: report {report}, payments {payments}</source>
      <translation>班次 {number}：报表 {report}，收款 {payments}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="215" />
      <source>shift {number}: difference {difference} is not counted − expected</source>
      <translation>班次 {number}：差额 {difference} 不等于实点减应有</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="276" />
      <source>ticket {number} of store {store}: its goods are in store {other}'s warehouse</source>
      <translation>门店 {store} 的小票 {number}：货品出自门店 {other} 的仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="296" />
      <source>ticket {number}: its money went to another store's account, not store {store}'s</source>
      <translation>小票 {number}：款项记入了别的门店的账户，而不是门店 {store} 的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="223" />
      <source>shift {number}: difference {difference} has no money document</source>
      <translation>班次 {number}：差额 {difference} 没有资金单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/fast.py" line="167" />
      <source>Choose a warehouse with an active bin to deliver from.</source>
      <translation>请选择有可用库位的出货仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/fast.py" line="212" />
      <source>No money account {ref}.</source>
      <translation>没有资金账户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="39" />
      <source>Line {line}, {code} {name}</source>
      <translation>第 {line} 行，{code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="203" />
      <source>Serial {serial} of {code} {name} is not in stock.</source>
      <translation>{code} {name} 的序列号 {serial} 不在库存中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="241" />
      <source>Serial {serial} is not on ticket {number}.</source>
      <translation>序列号 {serial} 不在小票 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="66" />
      <source>{line}: the product is not a bundle; it has no components.</source>
      <translation>{line}：该商品不是套装，没有组件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="57" />
      <source>A bundle (套装) takes the lots and serials of its components, not of the kit itself.</source>
      <translation>套装按其组件录入批次和序列号，而不是套装本身。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="235" />
      <source>Serial {serial} has come back from {number} already.</source>
      <translation>序列号 {serial} 已从 {number} 退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/lots.py" line="104" />
      <source>Line {line}: serial {serial} is on the ticket twice (also line {other}).</source>
      <translation>第 {line} 行：序列号 {serial} 在小票上出现两次（另见第 {other} 行）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="49" />
      <source>Points earned</source>
      <translation>本次积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="50" />
      <source>Points redeemed</source>
      <translation>积分抵扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="51" />
      <source>Points taken back</source>
      <translation>积分扣回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="52" />
      <source>Top-up</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="53" />
      <source>Spent</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="54" />
      <source>Refunded</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="117" />
      <source>Enter the member's name.</source>
      <translation>请输入会员姓名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="119" />
      <source>Enter the member's phone number (digits).</source>
      <translation>请输入会员手机号（数字）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="203" />
      <source>The amount must be greater than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="205" />
      <source>Unknown payment method {method}.</source>
      <translation>未知的付款方式 {method}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="125" />
      <source>Card {card} already belongs to a member.</source>
      <translation>卡号 {card} 已属于某位会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="127" />
      <source>Phone {phone} already belongs to a member.</source>
      <translation>手机号 {phone} 已属于某位会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="169" />
      <source>No member with card or phone {text}.</source>
      <translation>没有卡号或手机号为 {text} 的会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="177" />
      <source>Member not found.</source>
      <translation>找不到会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="201" />
      <source>The top-up must be a number (got {value}).</source>
      <translation>充值金额必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="217" />
      <source>No money account is set for {method}; set one in the counter settings.</source>
      <translation>{method} 未设置资金账户；请在收银设置中指定。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="225" />
      <source>Money account {name} is inactive.</source>
      <translation>资金账户 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="234" />
      <source>Stored value top-up {number} · {name}</source>
      <translation>储值充值 {number} · {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="257" />
      <source>Stored value top-up {number}</source>
      <translation>储值充值 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="100" />
      <source>{title} (reprint)</source>
      <translation>{title}（重打）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="246" />
      <source>No ESC/POS receipt printer is configured.</source>
      <translation>未设置 ESC/POS 小票打印机。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="88" />
      <source>Lot/SN: {lots}</source>
      <translation>批次/序列号：{lots}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="98" />
      <source>Return receipt</source>
      <translation>退货小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="98" />
      <source>Sales receipt</source>
      <translation>销售小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="321" />
      <source>Receipt printer test</source>
      <translation>小票打印机测试</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="322" />
      <source>Paper {mm} mm, {n} characters a line</source>
      <translation>纸宽 {mm} mm，每行 {n} 个字符</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="323" />
      <source>Printer {place}</source>
      <translation>打印机 {place}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="347" />
      <source>Choose how the receipt printer is connected first; without one tickets go to the system printer.</source>
      <translation>请先选择小票打印机的连接方式；未设置时小票通过系统打印机打印。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="352" />
      <source>Receipt paper is 58 or 80 mm wide.</source>
      <translation>小票纸宽只能是 58 或 80 毫米。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="374" />
      <source>Shift report (交班)</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="376" />
      <source>Shift {number}  Cashier {cashier}</source>
      <translation>班次 {number}  收银员 {cashier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="377" />
      <source>Opened {time}</source>
      <translation>开班时间 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="389" />
      <source>Returns ({count})</source>
      <translation>退货（{count} 笔）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="390" />
      <source>Discounts given</source>
      <translation>优惠合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="398" />
      <source>Cash float</source>
      <translation>备用金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="399" />
      <source>Cash expected</source>
      <translation>应有现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="244" />
      <source>The receipt printer setting lacks {key}.</source>
      <translation>小票打印机设置缺少 {key}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="274" />
      <source>The receipt printer ({where}) did not print: {error}</source>
      <translation>小票打印机（{where}）未能打印：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="374" />
      <source>Shift report</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="381" />
      <source>Store {code} {name}</source>
      <translation>门店 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="384" />
      <source>Closed {time}</source>
      <translation>交班时间 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="402" />
      <source>Cash counted</source>
      <translation>实点现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="405" />
      <source>Note: {note}</source>
      <translation>备注：{note}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="132" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="139" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="110" />
      <source>Tel {phone}</source>
      <translation>电话 {phone}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="134" />
      <source>Discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="138" />
      <source>Rounding (抹零)</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="145" />
      <source>Change</source>
      <translation>找零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="147" />
      <source>incl. VAT</source>
      <translation>含增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="114" />
      <source>No. {number}</source>
      <translation>No. {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="116" />
      <source>Time {time}</source>
      <translation>时间 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="118" />
      <source>Cashier {cashier}</source>
      <translation>收银员 {cashier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="120" />
      <source>Customer {name}</source>
      <translation>客户 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="158" />
      <source>Thank you!</source>
      <translation>谢谢惠顾！</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="122" />
      <source>Against {number}</source>
      <translation>原单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="124" />
      <source>Member {card}</source>
      <translation>会员 {card}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="64" />
      <source>Scan a barcode or type a code.</source>
      <translation>请扫描条码或输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="89" />
      <source>Unknown barcode or code {text}.</source>
      <translation>未知的条码或编码 {text}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="268" />
      <source>There is nothing to hold.</source>
      <translation>没有可挂起的小票。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="100" />
      <source>Unknown product.</source>
      <translation>商品不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="243" />
      <source>{number} is a return; scan the sale's ticket.</source>
      <translation>{number} 是退货单；请扫描销售小票。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="356" />
      <source>No held ticket to recall.</source>
      <translation>没有可取的挂单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="87" />
      <source>{text} fits several products; type the code.</source>
      <translation>{text} 对应多个商品；请输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="33" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="34" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="35" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="36" />
      <source>Bank card</source>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="42" />
      <source>No rounding</source>
      <translation>不抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="42" />
      <source>Round down to 0.1 (角)</source>
      <translation>抹零到角</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="42" />
      <source>Round down to 1 (元)</source>
      <translation>抹零到元</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="155" />
      <source>None: print tickets through the system printer (PDF)</source>
      <translation>无：小票通过系统打印机打印（PDF）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="156" />
      <source>ESC/POS over the network (Ethernet / Wi-Fi)</source>
      <translation>ESC/POS（网络：有线 / Wi-Fi）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="157" />
      <source>ESC/POS on USB</source>
      <translation>ESC/POS（USB）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="158" />
      <source>ESC/POS on a port or device file (serial, parallel, /dev/usb/lp0)</source>
      <translation>ESC/POS（端口或设备文件：串口、并口、/dev/usb/lp0）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="171" />
      <source>Unknown receipt printer connection {kind}.</source>
      <translation>未知的小票打印机连接方式 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="201" />
      <source>Enter the printer's port or device file (e.g. /dev/usb/lp0 or COM3).</source>
      <translation>请输入打印机的端口或设备文件（如 /dev/usb/lp0 或 COM3）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="207" />
      <source>Unknown rounding {value}.</source>
      <translation>未知的抹零方式 {value}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="211" />
      <source>Points per yuan must be zero or more.</source>
      <translation>每元积分不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="213" />
      <source>Points per yuan off must be zero or more.</source>
      <translation>抵扣积分数不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="147" />
      <source>Counter settings changed</source>
      <translation>收银设置已修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="177" />
      <source>Enter the receipt printer's network address (e.g. 192.168.1.87).</source>
      <translation>请输入小票打印机的网络地址（如 192.168.1.87）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="183" />
      <source>The printer's port is a number from 1 to 65535.</source>
      <translation>打印机端口须为 1 至 65535 的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="187" />
      <source>vendor id</source>
      <translation>厂商 ID</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="187" />
      <source>product id</source>
      <translation>产品 ID</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="227" />
      <source>No active account {code}.</source>
      <translation>没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="195" />
      <source>Enter the printer's USB {what} as 4 hex digits (e.g. 0416).</source>
      <translation>请输入打印机的 USB {what}（4 位十六进制，如 0416）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="116" />
      <source>An amount has at most two decimal places.</source>
      <translation>金额最多两位小数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="118" />
      <source>{what} cannot be negative.</source>
      <translation>{what}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="130" />
      <source>The cash float</source>
      <translation>备用金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="197" />
      <source>No shift {ref}.</source>
      <translation>没有班次 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="274" />
      <source>The counted cash</source>
      <translation>实点现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="282" />
      <source>Shift {number}: counted {counted}, expected {expected}</source>
      <translation>班次 {number}：实点 {counted}，应有 {expected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="113" />
      <source>{what} must be a number (got {value}).</source>
      <translation>{what}必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="140" />
      <source>Shift {number} is still open on this counter; close it first.</source>
      <translation>本收银台的班次 {number} 尚未交班；请先交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="273" />
      <source>Shift {number} is already closed.</source>
      <translation>班次 {number} 已经交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="281" />
      <source>Enter the store's code.</source>
      <translation>请输入门店编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="283" />
      <source>A store code has at most 40 characters.</source>
      <translation>门店编码最多 40 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="285" />
      <source>Enter the store's name.</source>
      <translation>请输入门店名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="288" />
      <source>Store code {code} is already used by {name}.</source>
      <translation>门店编码 {code} 已被 {name} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="348" />
      <source>A customer tier has at most 40 characters.</source>
      <translation>客户等级最多 40 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="455" />
      <source>The default store {code} cannot be deactivated: counters in no store belong to it.</source>
      <translation>默认门店 {code} 不能停用：不属于任何门店的收银台都归它。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="465" />
      <source>Shift {number} of store {code} is still open; close it first.</source>
      <translation>门店 {code} 的班次 {number} 尚未交班，请先交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="121" />
      <source>Store {code} {name} has no warehouse of its own and the counter settings' warehouse belongs to another store; set {code}'s warehouse in Settings › Stores.</source>
      <translation>门店 {code} {name} 没有自己的仓库，而收银设置中的仓库属于别的门店；请在 设置 › 门店 中为 {code} 设置仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="131" />
      <source>Store {code} {name} is inactive; assign this counter to another store.</source>
      <translation>门店 {code} {name} 已停用；请把本收银台归入其他门店。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="299" />
      <source>No warehouse {ref}.</source>
      <translation>没有仓库 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="301" />
      <source>Warehouse {code} is inactive.</source>
      <translation>仓库 {code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="305" />
      <source>Warehouse {warehouse} already belongs to store {code} {name}; a warehouse is in one store only.</source>
      <translation>仓库 {warehouse} 已属于门店 {code} {name}；一个仓库只能属于一个门店。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="315" />
      <source>Choose the store's warehouse.</source>
      <translation>请选择门店的仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="321" />
      <source>No price list {ref}.</source>
      <translation>没有价格表 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="392" />
      <source>This change would leave past tickets outside their store ({problem}). Give each store a warehouse and money accounts of its own.</source>
      <translation>这样修改会让以往的小票不再属于其门店（{problem}）。请给每个门店设置自己的仓库和资金账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="421" />
      <source>Store {code} created</source>
      <translation>门店 {code} 已创建</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="445" />
      <source>Store {code} changed</source>
      <translation>门店 {code} 已修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="500" />
      <source>Store {code} is inactive.</source>
      <translation>门店 {code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="503" />
      <source>Enter the counter's PC id.</source>
      <translation>请输入收银台的电脑编号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="505" />
      <source>A PC id has at most 80 characters.</source>
      <translation>电脑编号最多 80 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="515" />
      <source>Shift {number} is still open on counter {counter}; close it first.</source>
      <translation>收银台 {counter} 的班次 {number} 尚未交班，请先交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="536" />
      <source>Counter {counter} assigned to store {code}</source>
      <translation>收银台 {counter} 已归入门店 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/stores.py" line="485" />
      <source>Store {code} deactivated</source>
      <translation>门店 {code} 已停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="251" />
      <source>discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="988" />
      <source>Exchange against {number}</source>
      <translation>换货（原单 {number}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="219" />
      <source>Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).</source>
      <translation>折扣须为 0 到 1(不含)之间的比率,如 0.05 表示 5%(输入为 {value})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="248" />
      <source>Scan or enter at least one product.</source>
      <translation>请至少扫描或输入一件商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="318" />
      <source>{points} points are worth {value}, more than the ticket's {total}; redeem fewer.</source>
      <translation>{points} 积分可抵 {value}，超过小票金额 {total}；请少用一些积分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="424" />
      <source>{paid} by card, WeChat, Alipay or stored value is more than the total {total}; only cash gives change.</source>
      <translation>银行卡、微信、支付宝或储值支付的 {paid} 超过应收 {total}；只有现金可以找零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="433" />
      <source>Paid {paid}, {short} short of the total {total}.</source>
      <translation>已付 {paid}，比应收 {total} 少 {short}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="442" />
      <source>Refund exactly {total}.</source>
      <translation>请退款正好 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="512" />
      <source>Open a shift first (交班: enter the cash float).</source>
      <translation>请先开班（输入备用金）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="515" />
      <source>Shift {number} is closed; open a new shift.</source>
      <translation>班次 {number} 已交班；请重新开班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="637" />
      <source>Counter sale {number}</source>
      <translation>零售 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="822" />
      <source>The member has not enough points or stored value.</source>
      <translation>会员的积分或储值不足。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="845" />
      <source>No counter ticket {ref}.</source>
      <translation>没有零售小票 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="917" />
      <source>Enter what comes back.</source>
      <translation>请输入退回的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="1019" />
      <source>{number} was sold at store {store}; take the return there.</source>
      <translation>{number} 是在门店 {store} 售出的，请到该门店办理退货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="1162" />
      <source>Counter return {number} against {original}</source>
      <translation>零售退货 {number}（原单 {original}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="216" />
      <source>Enter a {what} rate from 0 to below 1.</source>
      <translation>请输入 0 到 1 之间（不含 1）的{what}比例。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="254" />
      <source>Points to redeem must be a whole number.</source>
      <translation>抵扣积分必须是整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="256" />
      <source>Only a member can redeem points; look the member up first.</source>
      <translation>只有会员可用积分抵扣；请先查找会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="258" />
      <source>Points cannot be redeemed in this shop.</source>
      <translation>本店积分不可抵扣。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="261" />
      <source>The member has {have} points; {asked} cannot be redeemed.</source>
      <translation>会员只有 {have} 积分；不能抵扣 {asked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="296" />
      <source>Price must be zero or more with at most 6 decimals (got {price}).</source>
      <translation>单价须不小于零,最多 6 位小数(输入为 {price})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="301" />
      <source>The price of {code} is {price} from the price list; changing it needs the price-editing permission.</source>
      <translation>{code} 的价目表价格为 {price};修改价格需要改价权限。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="395" />
      <source>An amount paid must be a number (got {value}).</source>
      <translation>付款金额必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="454" />
      <source>Only a member can pay with stored value; look the member up first.</source>
      <translation>只有会员可用储值付款；请先查找会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="458" />
      <source>The member's stored value is {have}; {asked} cannot be paid from it.</source>
      <translation>会员储值余额 {have}；不能用储值支付 {asked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="642" />
      <source>Output VAT {rate}%</source>
      <translation>销项税额 {rate}%</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="708" />
      <source>Stored value refunded on {number}</source>
      <translation>{number} 退回储值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="710" />
      <source>Stored value spent on {number}</source>
      <translation>{number} 储值消费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="915" />
      <source>Everything on {number} has come back already.</source>
      <translation>{number} 上的商品已全部退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="924" />
      <source>That line is not on ticket {number}.</source>
      <translation>该行不在小票 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="934" />
      <source>Returning {qty} of {code} exceeds what can come back from {number}: sold {sold}, already returned {returned}.</source>
      <translation>退回 {code} {qty} 超出 {number} 可退数量：售出 {sold}，已退 {returned}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="279" />
      <source>Quantity must be a number (got {qty}).</source>
      <translation>数量必须是数字（输入的是 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="716" />
      <source>{method} {number}</source>
      <translation>{method} {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="732" />
      <source>Account {account} holds {balance}; refunding {amount} would take it below zero, which it does not allow.</source>
      <translation>账户 {account} 余额 {balance}；退款 {amount} 会使其低于零，而该账户不允许负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="757" />
      <source>Counter return {number}</source>
      <translation>零售退货 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="87" />
      <source>Count with a phone</source>
      <translation>用手机盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="89" />
      <source>Barcode or code (3*code counts three)</source>
      <translation>条码或编码（3*条码 计 3 个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="91" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="92" />
      <source>Camera</source>
      <translation>摄像头扫码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="93" />
      <source>Photo of a barcode</source>
      <translation>拍照识别条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="94" />
      <source>Stop camera</source>
      <translation>关闭摄像头</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="95" />
      <source>{n} scans waiting to be sent</source>
      <translation>{n} 条扫码待发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="96" />
      <source>No connection: scans are kept on this phone and sent when it is back.</source>
      <translation>网络已断开：扫码先保存在手机上，恢复连接后自动发送。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="97" />
      <source>This counting session is closed. Scans not sent are kept on this phone.</source>
      <translation>本次手机盘点已结束。未发送的扫码仍保存在手机上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="98" />
      <source>Unknown code {code}: kept in the count's list, not counted.</source>
      <translation>未知条码 {code}：已记入盘点单的未知条码列表，未计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="99" />
      <source>{label}: +{added} → counted {counted}</source>
      <translation>{label}：+{added} → 实盘 {counted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="100" />
      <source>waiting to be sent</source>
      <translation>等待发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="101" />
      <source>No barcode found in the photo. Try again closer, or type the code.</source>
      <translation>照片中未识别到条码。请靠近些重拍，或手工输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="102" />
      <source>The camera cannot be opened here; take a photo of the barcode or type the code.</source>
      <translation>此处无法打开摄像头；请拍照识别条码或手工输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="103" />
      <source>Count it here</source>
      <translation>记入当前库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="104" />
      <source>Switch to {bin}</source>
      <translation>切换到 {bin}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="105" />
      <source>Do not count</source>
      <translation>不计数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="106" />
      <source>Mobile phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="107" />
      <source>sent</source>
      <translation>已发送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="108" />
      <source>already counted (sent again)</source>
      <translation>已计数（重复发送，未重复计）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="114" />
      <source>Scan with a phone</source>
      <translation>手机扫码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="115" />
      <source>This phone session is closed. Scans not sent are kept on this phone.</source>
      <translation>此手机扫码会话已结束。未发送的扫码仍保存在本手机上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="116" />
      <source>already taken (sent again)</source>
      <translation>已录入（重复发送）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="327" />
      <source>Stock count {number} is not a draft: it cannot be counted.</source>
      <translation>盘点单 {number} 不是草稿，不能再盘点。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="358" />
      <source>A phone cannot scan into a {kind}.</source>
      <translation>手机不能扫码录入{kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="501" />
      <source>This counting session is closed.</source>
      <translation>本次手机盘点已结束。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="517" />
      <source>Stock count {number} is {state}.</source>
      <translation>盘点单 {number}：{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="527" />
      <source>A scan without an id cannot be counted safely.</source>
      <translation>扫码缺少编号，无法安全计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="463" />
      <source>The phone server cannot listen on port {port}: {error}. Close the program using it and try again.</source>
      <translation>手机盘点服务无法使用端口 {port}：{error}。请关闭占用该端口的程序后重试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="580" />
      <source>The PC has not taken the scan yet; it is sent again.</source>
      <translation>电脑尚未接收这次扫码，将自动重新发送。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="602" />
      <source>Choose a bin first.</source>
      <translation>请先选择库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/mobile/sessions.py" line="608" />
      <source>{text} is not a number.</source>
      <translation>{text} 不是数字。</translation>
    </message>
  </context>
</TS>
