<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="110" />
      <source>erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.</source>
      <translation>erp-desktop：面向小商店的进销存与财务一体化软件。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="115" />
      <source>open the demo shop (created on first use)</source>
      <translation>打开演示店铺（首次使用时创建）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="116" />
      <source>open the window on a fresh database, post a sale, exit 0 if all went well</source>
      <translation>在新数据库上打开窗口并过账一笔销售，一切正常则以 0 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="203" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="211" />
      <source>(pass --allow-odd-date to accept)</source>
      <translation>（加上 --allow-odd-date 以确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="213" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="205" />
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
      <location filename="../../erp_desktop/commands/counter.py" line="33" />
      <source>the counter: sales, shifts, members (零售 / 收银)</source>
      <translation>收银：零售、班次、会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="36" />
      <source>show or change the counter settings</source>
      <translation>查看或修改收银设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="39" />
      <source>抹零</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="41" />
      <source>one point per this many yuan (0: none)</source>
      <translation>每多少元积 1 分（0：不积分）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="42" />
      <source>N points = 1 yuan off (0: none)</source>
      <translation>N 积分抵 1 元（0：不可抵扣）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="46" />
      <source>open, close or report a shift (交班)</source>
      <translation>开班、交班或交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="49" />
      <source>open a shift with the cash float</source>
      <translation>输入备用金开班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="52" />
      <source>close the shift with the cash counted</source>
      <translation>按实点现金交班</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="53" />
      <source>shift number (default: this counter's open shift)</source>
      <translation>班次号（默认：本收银台当前班次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="56" />
      <source>write the shift report PDF</source>
      <translation>写出交班报表 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="57" />
      <source>the shift report</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="62" />
      <source>post a counter sale</source>
      <translation>过账一笔零售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="66" />
      <source>整单折扣, e.g. 0.05</source>
      <translation>整单折扣，例如 0.05</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="67" />
      <source>points to redeem</source>
      <translation>抵扣的积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="69" />
      <source>write the ticket PDF</source>
      <translation>写出小票 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="70" />
      <source>accept a warning (negative-stock)</source>
      <translation>接受警告（negative-stock 负库存）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="73" />
      <source>a return at the counter against a ticket</source>
      <translation>按小票在收银台退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="80" />
      <source>exchange goods of a ticket for others (换货)</source>
      <translation>按小票换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="88" />
      <source>print a ticket again</source>
      <translation>重打小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="90" />
      <source>write a PDF instead of printing the lines</source>
      <translation>写出 PDF，而不是打印文本行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="93" />
      <source>a day's counter sales by hour, product, cashier and payment method</source>
      <translation>某天的零售：按小时、商品、收银员和付款方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="97" />
      <source>members: add, top up, show</source>
      <translation>会员：登记、充值、查看</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="100" />
      <source>enrol a member</source>
      <translation>登记会员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="104" />
      <source>top up stored value (储值)</source>
      <translation>储值充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="108" />
      <source>a member's balances and history</source>
      <translation>会员余额和明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="178" />
      <source>Shift {number} opened with a float of {amount}.</source>
      <translation>班次 {number} 已开班，备用金 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="184" />
      <source>Shift {number} · {cashier} · {state}</source>
      <translation>班次 {number} · {cashier} · {state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="188" />
      <source>Tickets {tickets}, returns {returns}, takings {takings}</source>
      <translation>小票 {tickets} 张，退货 {returns} 笔，收款 {takings}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="196" />
      <source>Cash float {float}, cash expected {expected}</source>
      <translation>备用金 {float}，应有现金 {expected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="270" />
      <source>Ticket {number}: total {total}, change {change}.</source>
      <translation>小票 {number}：应收 {total}，找零 {change}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="298" />
      <source>Return {number}: refunded {total}.</source>
      <translation>退货单 {number}：已退款 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="343" />
      <source>{date}: {tickets} tickets, {total}</source>
      <translation>{date}：{tickets} 张小票，{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="364" />
      <source>Member {name} · card {card}</source>
      <translation>会员 {name} · 卡号 {card}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="372" />
      <source>Stored value of {name}: {amount}</source>
      <translation>{name} 的储值：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="384" />
      <source>{name} · card {card} · points {points} · stored value {stored}</source>
      <translation>{name} · 卡号 {card} · 积分 {points} · 储值 {stored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="118" />
      <source>usage: erp-desktop counter {{settings,shift,sell,return,reprint,member}} …</source>
      <translation>用法：erp-desktop counter {{settings,shift,sell,return,reprint,member}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="131" />
      <source>Write a payment as METHOD:AMOUNT, e.g. cash:100 (got {text}).</source>
      <translation>付款请写成 方式:金额，例如 cash:100（输入的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="163" />
      <source>Setting</source>
      <translation>设置项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="186" />
      <source>Method</source>
      <translation>收付方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="186" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="186" />
      <source>Refunds</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="186" />
      <source>Net</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="204" />
      <source>Cash counted {counted}, difference {difference}</source>
      <translation>实点现金 {counted}，差额 {difference}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="329" />
      <source>Written {path}</source>
      <translation>已生成 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="350" />
      <source>Hour</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="352" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="352" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="356" />
      <source>Cashier</source>
      <translation>出纳</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="395" />
      <source>What</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="397" />
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="399" />
      <source>Points after</source>
      <translation>积分余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="400" />
      <source>Stored value after</source>
      <translation>储值余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="166" />
      <source>Rounding</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="167" />
      <source>Receipt paper</source>
      <translation>小票纸宽</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="168" />
      <source>Points per yuan</source>
      <translation>每元积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="169" />
      <source>Points for 1 yuan off</source>
      <translation>抵 1 元所需积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="218" />
      <source>No shift is open on this counter.</source>
      <translation>本收银台没有未交班的班次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/counter.py" line="288" />
      <source>{code} is not on ticket {number}.</source>
      <translation>{code} 不在小票 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/i18n.py" line="101" />
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="219" />
      <source>{document} {number} is {state}; it cannot become {target}.</source>
      <translation>{document} {number} 当前为「{state}」，不能变为「{target}」。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="222" />
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="57" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="129" />
      <source>Counter tickets have their moves, money and entries</source>
      <translation>零售小票都有库存流水、收款和凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="179" />
      <source>Members' points and stored value equal their history and account</source>
      <translation>会员积分和储值与其明细及科目一致</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="228" />
      <source>Closed shifts' reports equal their payments</source>
      <translation>已交班的交班报表与其收款一致</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="176" />
      <source>members' stored value {stored}, account {code} {booked}</source>
      <translation>会员储值合计 {stored}，科目 {code} 为 {booked}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="69" />
      <source>{number}: payment {seq} of {amount} has money move {moved}</source>
      <translation>{number}：第 {seq} 笔付款 {amount} 的资金流水为 {moved}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="82" />
      <source>{number}: {lines} lines, {moves} stock moves</source>
      <translation>{number}：{lines} 行，{moves} 条库存流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="90" />
      <source>{number}: no journal entry</source>
      <translation>{number}：没有凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="93" />
      <source>{number}: paid {paid}, total {total}</source>
      <translation>{number}：已付 {paid}，应收 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="102" />
      <source>{number}: lines add up to {lines}, total {total}</source>
      <translation>{number}：各行合计 {lines}，小票合计 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="122" />
      <source>ticket line {id}: returned {qty}, return lines {lines}</source>
      <translation>小票行 {id}：已退 {qty}，退货行合计 {lines}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="156" />
      <source>member {card}: {points} points and {stored} stored value, events {epoints} and {estored}</source>
      <translation>会员 {card}：积分 {points}、储值 {stored}，明细合计积分 {epoints}、储值 {estored}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="201" />
      <source>shift {number}: report {report}, payments {payments}</source>
      <translation>班次 {number}：报表 {report}，收款 {payments}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="214" />
      <source>shift {number}: difference {difference} is not counted − expected</source>
      <translation>班次 {number}：差额 {difference} 不等于实点减应有</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/checks.py" line="222" />
      <source>shift {number}: difference {difference} has no money document</source>
      <translation>班次 {number}：差额 {difference} 没有资金单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/fast.py" line="106" />
      <source>Choose a warehouse with an active bin to deliver from.</source>
      <translation>请选择有可用库位的出货仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/fast.py" line="151" />
      <source>No money account {ref}.</source>
      <translation>没有资金账户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="48" />
      <source>Points earned</source>
      <translation>获得积分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="49" />
      <source>Points redeemed</source>
      <translation>积分抵扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="50" />
      <source>Points taken back</source>
      <translation>积分扣回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="51" />
      <source>Top-up</source>
      <translation>充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="52" />
      <source>Spent</source>
      <translation>消费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="53" />
      <source>Refunded</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="116" />
      <source>Enter the member's name.</source>
      <translation>请输入会员姓名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="118" />
      <source>Enter the member's phone number (digits).</source>
      <translation>请输入会员手机号（数字）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="202" />
      <source>The amount must be greater than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="204" />
      <source>Unknown payment method {method}.</source>
      <translation>未知的付款方式 {method}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="124" />
      <source>Card {card} already belongs to a member.</source>
      <translation>卡号 {card} 已属于某位会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="126" />
      <source>Phone {phone} already belongs to a member.</source>
      <translation>手机号 {phone} 已属于某位会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="168" />
      <source>No member with card or phone {text}.</source>
      <translation>没有卡号或手机号为 {text} 的会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="176" />
      <source>Member not found.</source>
      <translation>找不到会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="200" />
      <source>The top-up must be a number (got {value}).</source>
      <translation>充值金额必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="216" />
      <source>No money account is set for {method}; set one in the counter settings.</source>
      <translation>{method} 未设置资金账户；请在收银设置中指定。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="224" />
      <source>Money account {name} is inactive.</source>
      <translation>资金账户 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="233" />
      <source>Stored value top-up {number} · {name}</source>
      <translation>储值充值 {number} · {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/members.py" line="256" />
      <source>Stored value top-up {number}</source>
      <translation>储值充值 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="38" />
      <source>Return receipt</source>
      <translation>退货小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="38" />
      <source>Sales receipt</source>
      <translation>销售小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="40" />
      <source>{title} (reprint)</source>
      <translation>{title}（重打）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="127" />
      <source>No ESC/POS receipt printer is configured.</source>
      <translation>未设置 ESC/POS 小票打印机。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="43" />
      <source>No. {number}</source>
      <translation>No. {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="46" />
      <source>Time {time}  Cashier {cashier}</source>
      <translation>时间 {time}  收银员 {cashier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="73" />
      <source>incl. VAT</source>
      <translation>含增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="80" />
      <source>Thank you!</source>
      <translation>谢谢惠顾！</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="164" />
      <source>Shift report (交班)</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="166" />
      <source>Shift {number}  Cashier {cashier}</source>
      <translation>班次 {number}  收银员 {cashier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="167" />
      <source>Opened {time}</source>
      <translation>开班时间 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="173" />
      <source>Tickets</source>
      <translation>小票数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="175" />
      <source>Returns ({count})</source>
      <translation>退货（{count} 笔）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="176" />
      <source>Discounts given</source>
      <translation>优惠合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="182" />
      <source>Takings</source>
      <translation>收款合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="184" />
      <source>Cash float</source>
      <translation>备用金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="185" />
      <source>Cash expected</source>
      <translation>应有现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="33" />
      <source>Receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="37" />
      <source>Tel {phone}</source>
      <translation>电话 {phone}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="50" />
      <source>Against {number}</source>
      <translation>原单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="52" />
      <source>Member {card}</source>
      <translation>会员 {card}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="60" />
      <source>Subtotal</source>
      <translation>小计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="67" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="72" />
      <source>Change</source>
      <translation>找零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="125" />
      <source>The receipt printer setting lacks {key}.</source>
      <translation>小票打印机设置缺少 {key}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="164" />
      <source>Shift report</source>
      <translation>交班报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="170" />
      <source>Closed {time}</source>
      <translation>交班时间 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="188" />
      <source>Cash counted</source>
      <translation>实点现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="189" />
      <source>Difference</source>
      <translation>差额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="191" />
      <source>Note: {note}</source>
      <translation>备注：{note}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="62" />
      <source>Discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/printing.py" line="66" />
      <source>Rounding (抹零)</source>
      <translation>抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="47" />
      <source>Scan a barcode or type a code.</source>
      <translation>请扫描条码或输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="64" />
      <source>Unknown barcode or code {text}.</source>
      <translation>未知的条码或编码 {text}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="205" />
      <source>There is nothing to hold.</source>
      <translation>没有可挂起的小票。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="73" />
      <source>Unknown product.</source>
      <translation>商品不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="266" />
      <source>No held ticket to recall.</source>
      <translation>没有可取的挂单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/queries.py" line="62" />
      <source>{text} fits several products; type the code.</source>
      <translation>{text} 对应多个商品；请输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="32" />
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="33" />
      <source>WeChat Pay</source>
      <translation>微信支付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="34" />
      <source>Alipay</source>
      <translation>支付宝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="35" />
      <source>Bank card</source>
      <translation>银行卡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="36" />
      <source>Stored value</source>
      <translation>储值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="41" />
      <source>No rounding</source>
      <translation>不抹零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="41" />
      <source>Round down to 0.1 (角)</source>
      <translation>抹零到角</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="41" />
      <source>Round down to 1 (元)</source>
      <translation>抹零到元</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="154" />
      <source>Unknown rounding {value}.</source>
      <translation>未知的抹零方式 {value}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="156" />
      <source>Receipt paper is 58 or 80 mm wide.</source>
      <translation>小票纸宽只能是 58 或 80 毫米。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="158" />
      <source>Points per yuan must be zero or more.</source>
      <translation>每元积分不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="160" />
      <source>Points per yuan off must be zero or more.</source>
      <translation>抵扣积分数不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="147" />
      <source>Counter settings changed</source>
      <translation>收银设置已修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/settings.py" line="174" />
      <source>No active account {code}.</source>
      <translation>没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="110" />
      <source>An amount has at most two decimal places.</source>
      <translation>金额最多两位小数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="112" />
      <source>{what} cannot be negative.</source>
      <translation>{what}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="124" />
      <source>The cash float</source>
      <translation>备用金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="185" />
      <source>No shift {ref}.</source>
      <translation>没有班次 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="262" />
      <source>The counted cash</source>
      <translation>实点现金</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="270" />
      <source>Shift {number}: counted {counted}, expected {expected}</source>
      <translation>班次 {number}：实点 {counted}，应有 {expected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="107" />
      <source>{what} must be a number (got {value}).</source>
      <translation>{what}必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="133" />
      <source>Shift {number} is still open on this counter; close it first.</source>
      <translation>本收银台的班次 {number} 尚未交班；请先交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/shifts.py" line="261" />
      <source>Shift {number} is already closed.</source>
      <translation>班次 {number} 已经交班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="204" />
      <source>discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="887" />
      <source>Exchange against {number}</source>
      <translation>换货（原单 {number}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="175" />
      <source>Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).</source>
      <translation>折扣须为 0 到 1(不含)之间的比率,如 0.05 表示 5%(输入为 {value})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="201" />
      <source>Scan or enter at least one product.</source>
      <translation>请至少扫描或输入一件商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="262" />
      <source>{points} points are worth {value}, more than the ticket's {total}; redeem fewer.</source>
      <translation>{points} 积分可抵 {value}，超过小票金额 {total}；请少用一些积分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="363" />
      <source>{paid} by card, WeChat, Alipay or stored value is more than the total {total}; only cash gives change.</source>
      <translation>银行卡、微信、支付宝或储值支付的 {paid} 超过应收 {total}；只有现金可以找零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="372" />
      <source>Paid {paid}, {short} short of the total {total}.</source>
      <translation>已付 {paid}，比应收 {total} 少 {short}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="381" />
      <source>Refund exactly {total}.</source>
      <translation>请退款正好 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="456" />
      <source>Open a shift first (交班: enter the cash float).</source>
      <translation>请先开班（输入备用金）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="459" />
      <source>Shift {number} is closed; open a new shift.</source>
      <translation>班次 {number} 已交班；请重新开班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="562" />
      <source>Counter sale {number}</source>
      <translation>零售 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="736" />
      <source>The member has not enough points or stored value.</source>
      <translation>会员的积分或储值不足。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="756" />
      <source>No counter ticket {ref}.</source>
      <translation>没有零售小票 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="802" />
      <source>{number} is a return; scan the sale's ticket.</source>
      <translation>{number} 是退货单；请扫描销售小票。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="818" />
      <source>Enter what comes back.</source>
      <translation>请输入退回的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="1004" />
      <source>Counter return {number} against {original}</source>
      <translation>零售退货 {number}（原单 {original}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="172" />
      <source>Enter a {what} rate from 0 to below 1.</source>
      <translation>请输入 0 到 1 之间（不含 1）的{what}比例。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="207" />
      <source>Points to redeem must be a whole number.</source>
      <translation>抵扣积分必须是整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="209" />
      <source>Only a member can redeem points; look the member up first.</source>
      <translation>只有会员可用积分抵扣；请先查找会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="211" />
      <source>Points cannot be redeemed in this shop.</source>
      <translation>本店积分不可抵扣。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="214" />
      <source>The member has {have} points; {asked} cannot be redeemed.</source>
      <translation>会员只有 {have} 积分；不能抵扣 {asked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="240" />
      <source>Price must be zero or more with at most 6 decimals (got {price}).</source>
      <translation>单价须不小于零,最多 6 位小数(输入为 {price})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="245" />
      <source>The price of {code} is {price} from the price list; changing it needs the price-editing permission.</source>
      <translation>{code} 的价目表价格为 {price};修改价格需要改价权限。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="334" />
      <source>An amount paid must be a number (got {value}).</source>
      <translation>付款金额必须是数字（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="393" />
      <source>Only a member can pay with stored value; look the member up first.</source>
      <translation>只有会员可用储值付款；请先查找会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="397" />
      <source>The member's stored value is {have}; {asked} cannot be paid from it.</source>
      <translation>会员储值余额 {have}；不能用储值支付 {asked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="580" />
      <source>Output VAT {rate}%</source>
      <translation>销项税额 {rate}%</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="816" />
      <source>Everything on {number} has come back already.</source>
      <translation>{number} 上的商品已全部退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="825" />
      <source>That line is not on ticket {number}.</source>
      <translation>该行不在小票 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="835" />
      <source>Returning {qty} of {code} exceeds what can come back from {number}: sold {sold}, already returned {returned}.</source>
      <translation>退回 {code} {qty} 超出 {number} 可退数量：售出 {sold}，已退 {returned}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="230" />
      <source>Quantity must be a number (got {qty}).</source>
      <translation>数量必须是数字（输入的是 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="571" />
      <source>Stored value spent on {number}</source>
      <translation>{number} 储值消费</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="576" />
      <source>{method} {number}</source>
      <translation>{method} {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="646" />
      <source>Account {account} holds {balance}; refunding {amount} would take it below zero, which it does not allow.</source>
      <translation>账户 {account} 余额 {balance}；退款 {amount} 会使其低于零，而该账户不允许负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="1016" />
      <source>Stored value refunded on {number}</source>
      <translation>{number} 退回储值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/counter/tickets.py" line="671" />
      <source>Counter return {number}</source>
      <translation>零售退货 {number}</translation>
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
