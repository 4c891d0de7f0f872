<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="17" />
      <source>finance: money accounts, receipts, payments, allocation, statements, reports, period close</source>
      <translation>财务：资金账户、收款、付款、核销、对账单、报表、结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="29" />
      <source>list money accounts, or add one with --add</source>
      <translation>列出资金账户，或用 --add 新增</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="30" />
      <source>code of a new money account</source>
      <translation>新资金账户的编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="31" />
      <source>its name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="33" />
      <source>opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="34" />
      <source>date of the opening balance (default today)</source>
      <translation>期初余额日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="52" />
      <source>reverse (冲销) a receipt, payment, transfer or other income/expense entered by mistake</source>
      <translation>冲销录错的收款、付款、转账或其他收支单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="55" />
      <source>the money document to reverse, e.g. RC-2026-000001</source>
      <translation>要冲销的资金单据号，例如 RC-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="59" />
      <source>move money between two money accounts</source>
      <translation>在两个资金账户之间转账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="75" />
      <source>allocate a party's money and returns to its open documents</source>
      <translation>将往来单位的收付款和退货核销到未清单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="79" />
      <source>the receipt/payment/return to allocate (default: all, oldest first)</source>
      <translation>要核销的收款/付款/退货（默认全部，从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="82" />
      <source>DN-1[:amount],DN-2… (default: oldest first)</source>
      <translation>DN-1[:金额],DN-2……（默认从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="85" />
      <source>a customer's or supplier's statement for a period (CODE 'all': every one with a balance)</source>
      <translation>客户或供应商某期间的对账单（CODE 为 'all' 时：所有有余额的单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="97" />
      <source>receivables (or --payables) ageing per party</source>
      <translation>按往来单位的应收（或 --payables 应付）账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="114" />
      <source>the invoice registry (发票): register an invoice or list them</source>
      <translation>发票登记：登记发票或列出发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="117" />
      <source>register an invoice issued to a customer or received from a supplier</source>
      <translation>登记开给客户或收到供应商的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="125" />
      <source>an invoice issued to this customer</source>
      <translation>开给此客户的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="126" />
      <source>an invoice received from this supplier</source>
      <translation>收到此供应商的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="127" />
      <source>the invoice number</source>
      <translation>发票号码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="128" />
      <source>amount before tax</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="129" />
      <source>tax amount</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="130" />
      <source>普票 or 专票</source>
      <translation>普票或专票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="131" />
      <source>invoice date (default today)</source>
      <translation>开票日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="132" />
      <source>a delivery or receipt the invoice covers (default amount: what is not yet invoiced); repeat</source>
      <translation>发票对应的出库单或入库单（金额默认为未开票部分）；可重复</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="140" />
      <source>list registered invoices</source>
      <translation>列出已登记的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="144" />
      <source>invoices received from suppliers (default: issued)</source>
      <translation>收到供应商的发票（默认：开出的发票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="148" />
      <source>deliveries (or --received: receipts) not fully invoiced</source>
      <translation>未开足发票的出库单（或 --received：入库单）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="160" />
      <source>close a month (YYYY-MM)</source>
      <translation>月末结账（YYYY-MM）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="164" />
      <source>re-open the last closed month (owner)</source>
      <translation>反结账最近结账的月份（店主）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="687" />
      <source>the chart of accounts (科目表) with every level of sub-account</source>
      <translation>科目表（含各级明细科目）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="688" />
      <source>only the accounts lines may be posted to</source>
      <translation>只列出可记账的科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="690" />
      <source>add a sub-account (明细科目) to the chart</source>
      <translation>在科目表中添加明细科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="693" />
      <source>add an account, e.g. 560201 办公费 --parent 5602</source>
      <translation>添加科目，例如 560201 办公费 --parent 5602</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="693" />
      <source>add an account</source>
      <translation>添加科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="697" />
      <source>the new code: the parent's and two digits (560201)</source>
      <translation>新编码：上级编码加两位数字（560201）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="699" />
      <source>the parent account (its kind is taken)</source>
      <translation>上级科目（沿用其类别）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="700" />
      <source>for a top-level account</source>
      <translation>用于一级科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="704" />
      <source>date of the entry moving the parent's balance to it (default today)</source>
      <translation>将上级科目余额转入的凭证日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="706" />
      <source>the account each reason and count difference books; --set KEY=CODE changes one</source>
      <translation>各原因及盘点差异记入的科目；--set KEY=CODE 修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="714" />
      <source>approve stock count gains and losses out of 1901 待处理财产损溢 (--list: show them)</source>
      <translation>审批盘盈盘亏，从 1901 待处理财产损溢转出（--list：列出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="719" />
      <source>count numbers (default: every unsettled one)</source>
      <translation>盘点单号（默认：全部未处理的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="720" />
      <source>normal → 管理费用, other → 营业外支出</source>
      <translation>normal → 管理费用，other → 营业外支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="723" />
      <source>date of the settlement (default today)</source>
      <translation>处理日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="724" />
      <source>only list the unsettled counts</source>
      <translation>只列出未处理的盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="727" />
      <source>the month's VAT (YYYY-MM); --transfer moves what is due into 222102 未交增值税</source>
      <translation>当月增值税（YYYY-MM）；--transfer 将应纳税额结转至 222102 未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="730" />
      <source>date of the transfer (default: the month's last day)</source>
      <translation>结转日期（默认：当月最后一天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="733" />
      <source>pay unpaid VAT (222102) from a money account</source>
      <translation>从资金账户缴纳未交增值税（222102）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="734" />
      <source>money account code</source>
      <translation>资金账户编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="739" />
      <source>import the invoice list exported from the national tax platform (xlsx), matched to documents</source>
      <translation>导入全国税务平台导出的发票清单（xlsx），并与单据匹配</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="50" />
      <source>auto, or document numbers: DN-1[:amount],DN-2…</source>
      <translation>auto（自动），或单号：DN-1[:金额],DN-2……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="69" />
      <source>expense or income account, e.g. 5602</source>
      <translation>费用或收入科目，例如 5602</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="285" />
      <source>{number}: received {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：收款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="294" />
      <source>{number}: paid {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：付款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="318" />
      <source>{original} reversed by {number}: {amount}, allocations undone, entry {entry}.</source>
      <translation>{original} 已由 {number} 冲销：{amount}，核销已撤回，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="340" />
      <source>{number}: transferred {amount}.</source>
      <translation>{number}：已转账 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="356" />
      <source>{number}: {amount} booked, entry {entry}.</source>
      <translation>{number}：已记账 {amount}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="381" />
      <source>Allocated {amount} in {rows} allocations.</source>
      <translation>已核销 {amount}，共 {rows} 笔。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="409" />
      <source>Statement {code} {name}, {start} – {end}</source>
      <translation>对账单 {code} {name}，{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="432" />
      <source>Ageing at {date} (days past the document date): 0–30 {a}  31–60 {b}  61–90 {c}  90+ {d}  unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a}  31–60天 {b}  61–90天 {c}  90天以上 {d}  未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="568" />
      <source>{month} closed.</source>
      <translation>{month} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="577" />
      <source>{year}-{month:02d} re-opened.</source>
      <translation>{year}-{month:02d} 已反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="616" />
      <source>Invoice {number} registered for {party}: {gross}, linked {linked}.</source>
      <translation>发票 {number} 已登记（{party}）：{gross}，已关联 {linked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="776" />
      <source>Account {code} {name} added.</source>
      <translation>已添加科目 {code} {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="841" />
      <source>VAT for {month}</source>
      <translation>{month} 增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="876" />
      <source>{number}: VAT paid {amount} ({entry}).</source>
      <translation>{number}：已缴增值税 {amount}（{entry}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="885" />
      <source>{n} invoices registered (tax {tax}), {skipped} voided left out; linked to {docs}.</source>
      <translation>已登记 {n} 张发票（税额 {tax}），跳过作废 {skipped} 张；已关联 {docs}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="110" />
      <source>cut to one store (多门店)</source>
      <translation>只看一个门店（多门店）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="111" />
      <source>one column per store, adding up to the books</source>
      <translation>每个门店一列，合计等于账面</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="214" />
      <source>Money account {code} {name} created on account {gl}.</source>
      <translation>已创建资金账户 {code} {name}，科目 {gl}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="221" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="417" />
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="428" />
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="452" />
      <source>Unapplied</source>
      <translation>未核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="475" />
      <source>Opening Dr</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="476" />
      <source>Opening Cr</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="479" />
      <source>Closing Dr</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="480" />
      <source>Closing Cr</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="489" />
      <source>Balanced.</source>
      <translation>借贷平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="489" />
      <source>NOT BALANCED.</source>
      <translation>不平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="505" />
      <source>Sales revenue</source>
      <translation>主营业务收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="506" />
      <source>Cost of goods sold</source>
      <translation>主营业务成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="507" />
      <source>Gross margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="508" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="509" />
      <source>Expenses</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="510" />
      <source>Profit</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="513" />
      <source>Item</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="638" />
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="639" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="643" />
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="645" />
      <source>Linked</source>
      <translation>已关联</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="646" />
      <source>Documents</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="675" />
      <source>Invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="675" />
      <source>Not invoiced</source>
      <translation>未开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="787" />
      <source>{what} now books {code} {name}.</source>
      <translation>{what} 现记入 {code} {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="794" />
      <source>Key</source>
      <translation>按键</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="819" />
      <source>{count}: gain {gain} → {gain_account}, loss {loss} → {loss_account} ({entry}).</source>
      <translation>{count}：盘盈 {gain} → {gain_account}，盘亏 {loss} → {loss_account}（{entry}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="843" />
      <source>Rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="257" />
      <source>{number} has nothing open for this party.</source>
      <translation>{number} 在该往来单位下没有未清金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="372" />
      <source>Name the credit (--credit) to allocate to these documents.</source>
      <translation>请用 --credit 指定要核销到这些单据的贷方项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="378" />
      <source>{number} has nothing left to allocate.</source>
      <translation>{number} 没有可核销的余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="599" />
      <source>{number} is not a document of {code} waiting for an invoice.</source>
      <translation>{number} 不是 {code} 待开票的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="808" />
      <source>Count</source>
      <translation>盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="808" />
      <source>Gain</source>
      <translation>盘盈</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="808" />
      <source>Loss</source>
      <translation>盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="850" />
      <source>Output VAT (销项税额)</source>
      <translation>销项税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="851" />
      <source>Input VAT (进项税额)</source>
      <translation>进项税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="852" />
      <source>Input VAT transferred out (进项税额转出)</source>
      <translation>进项税额转出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="853" />
      <source>Credit brought forward (期初留抵)</source>
      <translation>期初留抵税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="854" />
      <source>VAT due (应纳税额)</source>
      <translation>应纳税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="855" />
      <source>Credit carried forward (期末留抵)</source>
      <translation>期末留抵税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="856" />
      <source>Moved to unpaid VAT</source>
      <translation>已转出未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="857" />
      <source>Unpaid VAT at month end (未交增值税)</source>
      <translation>月末未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="858" />
      <source>Issued invoices: net / tax</source>
      <translation>已开发票：金额 / 税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="859" />
      <source>Received special invoices: tax</source>
      <translation>取得专用发票：税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="223" />
      <source>(inactive)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="759" />
      <source>(has sub-accounts)</source>
      <translation>（有下级科目）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="58" />
      <source>No open item {ref}.</source>
      <translation>没有往来项 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="70" />
      <source>The amount to allocate must be greater than zero, in cents.</source>
      <translation>核销金额必须大于零，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="73" />
      <source>{a} and {b} do not belong to the same party's account.</source>
      <translation>{a} 与 {b} 不属于同一往来单位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="76" />
      <source>Allocate a credit (money, return) against a debit (delivery, receipt of goods).</source>
      <translation>请用贷方项（收付款、退货）核销借方项（出库、入库）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="80" />
      <source>{number} has only {open} open; cannot allocate {amount}.</source>
      <translation>{number} 仅有 {open} 未清，不能核销 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="90" />
      <source>{number} has only {open} left to allocate; cannot allocate {amount}.</source>
      <translation>{number} 仅剩 {open} 可核销，不能核销 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="341" />
      <source>This row is itself an un-allocation.</source>
      <translation>该行本身就是撤销核销记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="349" />
      <source>This allocation was already undone.</source>
      <translation>该核销已被撤销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="352" />
      <source>Un-allocate between 0.01 and {left}.</source>
      <translation>撤销核销金额应在 0.01 到 {left} 之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="55" />
      <source>{number} has several open items; choose one.</source>
      <translation>{number} 有多个往来项，请选择一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="68" />
      <source>Enter an amount.</source>
      <translation>请输入金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="283" />
      <source>{number} is not a credit (money received or paid, or a return).</source>
      <translation>{number} 不是贷方项（收付款或退货）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/allocation.py" line="322" />
      <source>No such allocation.</source>
      <translation>没有该核销记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="128" />
      <source>No header row with the statement's columns (date, amount …) in the first 10 rows.</source>
      <translation>前 10 行中没有找到对账单的表头（日期、金额……）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="53" />
      <source>Money in</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="54" />
      <source>Money out</source>
      <translation>支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="115" />
      <source>The file is not readable text (csv).</source>
      <translation>该文件不是可读的文本（csv）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="198" />
      <source>No money account {code}.</source>
      <translation>没有资金账户 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="200" />
      <source>{code} is not a bank account.</source>
      <translation>{code} 不是银行账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="209" />
      <source>No file {name}.</source>
      <translation>没有文件 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="323" />
      <source>No statement line {ref}.</source>
      <translation>没有对账单明细 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="144" />
      <source>The column {column} is missing.</source>
      <translation>缺少列：{column}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="236" />
      <source>The statement {name} was not imported ({count} problems):
{problems}</source>
      <translation>对账单 {name} 未导入（{count} 个问题）：
{problems}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="336" />
      <source>The line is already matched; un-match it first.</source>
      <translation>该明细已勾对，请先取消勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="343" />
      <source>{number} moves {moved} on this account; the line is {amount}.</source>
      <translation>{number} 在该账户的发生额为 {moved}，而该明细为 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="357" />
      <source>{number} is already matched with another line.</source>
      <translation>{number} 已与另一条明细勾对。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="476" />
      <source>Balance per books</source>
      <translation>企业银行存款日记账余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="476" />
      <source>Balance per bank statement</source>
      <translation>银行对账单余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="494" />
      <source>Adjusted balance</source>
      <translation>调节后余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="496" />
      <source>Bank reconciliation (银行存款余额调节表)</source>
      <translation>银行存款余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="578" />
      <source>{code}: {count} statement lines not matched</source>
      <translation>{code}：{count} 条对账单明细未勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="174" />
      <source>Enter a date.</source>
      <translation>请输入日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="176" />
      <source>Enter an amount other than zero.</source>
      <translation>请输入非零金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="478" />
      <source>Add: received by the bank, not in the books</source>
      <translation>加：银行已收、企业未收</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="481" />
      <source>Less: paid by the bank, not in the books</source>
      <translation>减：银行已付、企业未付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="484" />
      <source>Add: received in the books, not by the bank</source>
      <translation>加：企业已收、银行未收</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="487" />
      <source>Less: paid in the books, not by the bank</source>
      <translation>减：企业已付、银行未付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="498" />
      <source>Books</source>
      <translation>企业账面</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="498" />
      <source>Bank</source>
      <translation>银行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="580" />
      <source>{code}: the adjusted balances do not agree</source>
      <translation>{code}：调节后余额不相等</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="225" />
      <source>The same line as row {row}.</source>
      <translation>与第 {row} 行重复。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="504" />
      <source>The two adjusted balances agree.</source>
      <translation>两边调节后余额相等。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="504" />
      <source>The adjusted balances DO NOT agree.</source>
      <translation>调节后余额不相等。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="227" />
      <source>This line was imported before.</source>
      <translation>该明细以前已导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/bank.py" line="232" />
      <source>the file</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="60" />
      <source>Amounts are positive, in cents.</source>
      <translation>金额须为正数，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="70" />
      <source>Give the entry a description.</source>
      <translation>请填写凭证摘要。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="73" />
      <source>An entry needs at least two lines.</source>
      <translation>凭证至少需要两行分录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="114" />
      <source>The entry does not balance: debit {debit}, credit {credit}.</source>
      <translation>凭证借贷不平：借方 {debit}，贷方 {credit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="139" />
      <source>No journal entry {ref}.</source>
      <translation>没有凭证 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="142" />
      <source>{number} was posted by {doc}; correct it with a reversing document there.</source>
      <translation>{number} 由 {doc} 生成，请在该单据处用红冲单据更正。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="149" />
      <source>{number} is itself a reversal.</source>
      <translation>{number} 本身就是冲销凭证。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="151" />
      <source>{number} was already reversed.</source>
      <translation>{number} 已被冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="153" />
      <source>A reversal cannot be dated before the entry it reverses.</source>
      <translation>冲销凭证的日期不能早于原凭证。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="180" />
      <source>Write the month as YYYY-MM, e.g. 2026-10.</source>
      <translation>月份格式为 YYYY-MM，如 2026-10。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="83" />
      <source>Line {n}: a line is either a debit or a credit.</source>
      <translation>第 {n} 行：一行只能是借方或贷方。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="87" />
      <source>Line {n}: no active account {code}.</source>
      <translation>第 {n} 行：没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="91" />
      <source>Line {n}: {code} {name} has sub-accounts; post to one of them.</source>
      <translation>第 {n} 行：{code} {name} 有下级科目，请记到末级科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="102" />
      <source>Line {n}: {code} {name} is kept by its own ledger; post it through its documents.</source>
      <translation>第 {n} 行：{code} {name} 由明细账管理，请通过业务单据记账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/books.py" line="154" />
      <source>Reversal of {number}</source>
      <translation>冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="211" />
      <source>Asset</source>
      <translation>资产</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="212" />
      <source>Liability</source>
      <translation>负债</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="213" />
      <source>Equity</source>
      <translation>所有者权益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="215" />
      <source>Expense</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="450" />
      <source>Other receipt: opening stock</source>
      <translation>其他入库：期初库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="451" />
      <source>Other receipt: exchanged in</source>
      <translation>其他入库：换入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="452" />
      <source>Other receipt: gift received</source>
      <translation>其他入库：收到赠品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="453" />
      <source>Other receipt: other</source>
      <translation>其他入库：其他</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="454" />
      <source>Other issue: damage</source>
      <translation>其他出库：报损</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="455" />
      <source>Other issue: internal use</source>
      <translation>其他出库：领用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="456" />
      <source>Other issue: gift given</source>
      <translation>其他出库：赠送</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="457" />
      <source>Other issue: sample</source>
      <translation>其他出库：样品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="458" />
      <source>Other issue: other</source>
      <translation>其他出库：其他</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="459" />
      <source>Stock count gain (盘盈)</source>
      <translation>盘盈</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="460" />
      <source>Stock count loss, normal (盘亏)</source>
      <translation>盘亏（正常损耗）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="461" />
      <source>Stock count loss, other (非常损失)</source>
      <translation>盘亏（非常损失）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="532" />
      <source>{what} books account {code}, which has sub-accounts; choose one of them in Settings.</source>
      <translation>{what} 记入科目 {code}，该科目有下级科目；请在设置中选择明细科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="187" />
      <source>The chart has no account for {role} ({code}).</source>
      <translation>科目表中没有用于 {role} 的科目（{code}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="300" />
      <source>An account code is digits, e.g. 560201.</source>
      <translation>科目编码须为数字，如 560201。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="302" />
      <source>Enter a name.</source>
      <translation>请输入名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="304" />
      <source>Unknown account kind {kind}.</source>
      <translation>未知的科目类别 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="369" />
      <source>{code} is the account of the money account {name}; it takes no sub-accounts.</source>
      <translation>{code} 是资金账户 {name} 的科目，不能设下级科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="516" />
      <source>Unknown posting account {key}.</source>
      <translation>未知的记账科目设置 {key}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="524" />
      <source>{what} books account {code}, which is missing or inactive; choose another in Settings.</source>
      <translation>{what} 记入科目 {code}，该科目不存在或已停用；请在设置中另选。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="308" />
      <source>Account {code} already exists.</source>
      <translation>科目 {code} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="389" />
      <source>Balance of {parent} moved to its sub-account {code}</source>
      <translation>{parent} 的余额转入下级科目 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="412" />
      <source>No account {code}.</source>
      <translation>没有科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="565" />
      <source>{code} {name} is kept by its own ledger and cannot be a counter-account.</source>
      <translation>{code} {name} 由其明细账管理，不能作为对方科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="317" />
      <source>A sub-account has the kind of its parent ({kind}).</source>
      <translation>明细科目的类别须与上级科目一致（{kind}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="321" />
      <source>A sub-account's code is its parent's and two digits ({code}01, {code}02 …).</source>
      <translation>下级科目的编码为上级编码加两位数字（{code}01、{code}02 …）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="329" />
      <source>{code} {name} is posted by business documents by itself and takes no sub-accounts.</source>
      <translation>{code} {name} 由业务单据自动记账，不能设下级科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="337" />
      <source>{code} is not active.</source>
      <translation>{code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="340" />
      <source>Choose the account's kind.</source>
      <translation>请选择科目类别。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="423" />
      <source>{code} {name} is used by postings and cannot be removed.</source>
      <translation>{code} {name} 为系统记账科目，不能删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="435" />
      <source>{code} {name} still has a balance.</source>
      <translation>{code} {name} 仍有余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart.py" line="342" />
      <source>A top-level account has four digits.</source>
      <translation>一级科目编码为四位数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="44" />
      <source>Parent accounts hold no balance of their own</source>
      <translation>上级科目自身无余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="62" />
      <source>Every reason books a postable account</source>
      <translation>每个原因都记入可记账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="79" />
      <source>stock count {id} is settled more than once</source>
      <translation>盘点 {id} 被处理了不止一次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="80" />
      <source>待处理财产损溢 equals the unsettled count differences</source>
      <translation>待处理财产损溢等于未处理的盘点差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="101" />
      <source>{month} has {n} VAT entries</source>
      <translation>{month} 有 {n} 笔增值税结转凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="105" />
      <source>At most one VAT entry per month</source>
      <translation>每月最多一笔增值税结转</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="76" />
      <source>1901 holds {balance}; the unsettled counts add up to {pending}</source>
      <translation>1901 余额为 {balance}，未处理盘点差异合计 {pending}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="56" />
      <source>{what} books {code}, which is not an active account without sub-accounts</source>
      <translation>{what} 记入 {code}，该科目不是可用的末级科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/chart_checks.py" line="38" />
      <source>{code} has sub-accounts but a balance of its own: {amount}</source>
      <translation>{code} 有下级科目，但自身仍有余额：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="269" />
      <source>Money reversals pair up with their originals</source>
      <translation>资金冲销单与原单据一一对应</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="320" />
      <source>Stock reversals pair up with their originals</source>
      <translation>库存冲销单与原单据一一对应</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="72" />
      <source>{original} was reversed {count} times ({reversals}), probably on two computers while offline; it is undone more than once.</source>
      <translation>{original} 被冲销了 {count} 次（{reversals}），可能是两台电脑离线时各自冲销了它；该单据被重复冲回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="169" />
      <source>{original} is marked as reversed, but no reversal points at it.</source>
      <translation>{original} 标记为已冲销，但没有任何冲销单指向它。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="252" />
      <source>{reversal} does not take back the money of {original}: account {account} is left with {amount}.</source>
      <translation>{reversal} 未完全冲回 {original} 的资金：账户 {account} 仍余 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="262" />
      <source>The journal entry of {reversal} does not cancel that of {original} line by line: {count} line(s) left over.</source>
      <translation>{reversal} 的凭证未能逐行冲抵 {original} 的凭证：有 {count} 行未抵消。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="313" />
      <source>The stock moves of {reversal} do not mirror those of {original}: {count} move(s) without a counterpart.</source>
      <translation>{reversal} 的库存移动与 {original} 的不对应：有 {count} 笔移动找不到对应记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="118" />
      <source>{reversal} is the reversal of a document that does not exist.</source>
      <translation>{reversal} 冲销的原单据不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="122" />
      <source>{reversal} reverses {original}, but the two documents are of different kinds.</source>
      <translation>{reversal} 冲销 {original}，但两张单据的类型不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="130" />
      <source>{reversal} reverses {original}, which is itself a reversal.</source>
      <translation>{reversal} 冲销的 {original} 本身就是冲销单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="134" />
      <source>{reversal} reverses {original} for {amount}, but {original} is for {original_amount}.</source>
      <translation>{reversal} 冲销 {original} 的金额为 {amount}，但 {original} 的金额是 {original_amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="144" />
      <source>{reversal} reverses {original}, but they are not both posted.</source>
      <translation>{reversal} 冲销 {original}，但两张单据中有未过账的。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="152" />
      <source>{reversal} reverses {original}, but {original} is not marked as reversed by it.</source>
      <translation>{reversal} 冲销 {original}，但 {original} 未登记被 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/checks.py" line="77" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="47" />
      <source>Delivery</source>
      <translation>出库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="48" />
      <source>Sales return</source>
      <translation>销售退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="49" />
      <source>Goods receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="50" />
      <source>Purchase return</source>
      <translation>采购退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="51" />
      <source>Stock document</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="287" />
      <source>Drafts in the month</source>
      <translation>本月草稿单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="288" />
      <source>Drafts left open in the month (post or cancel them)</source>
      <translation>本月还有未处理的草稿单据（请过账或作废）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="295" />
      <source>Stock count differences settled (待处理财产损溢)</source>
      <translation>盘点差异已处理（待处理财产损溢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="296" />
      <source>Stock count differences not settled (待处理财产损溢)</source>
      <translation>盘点差异未处理（待处理财产损溢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="299" />
      <source>No negative stock</source>
      <translation>无负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="302" />
      <source>Money allocated to open documents</source>
      <translation>款项已核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="303" />
      <source>Money not allocated to open documents</source>
      <translation>有款项未核销到未结单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="307" />
      <source>Bank reconciled</source>
      <translation>银行已对账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="307" />
      <source>Bank not reconciled</source>
      <translation>银行未对账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="310" />
      <source>Bank statements imported</source>
      <translation>已导入银行对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="311" />
      <source>Bank accounts without an imported statement</source>
      <translation>未导入对账单的银行账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="317" />
      <source>Deliveries and receipts invoiced</source>
      <translation>出入库单已开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="318" />
      <source>Deliveries and receipts not yet invoiced</source>
      <translation>出入库单尚未开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="325" />
      <source>The books tie out (verify)</source>
      <translation>账账相符（自检）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="326" />
      <source>The books do not tie out</source>
      <translation>账账不符</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="332" />
      <source>Carry-forward up to date</source>
      <translation>结转损益已是最新</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="332" />
      <source>Carry-forward out of date</source>
      <translation>结转损益已过时</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="143" />
      <source>{year}-{month:02d} already has its carry-forward; re-open the month to redo it.</source>
      <translation>{year}-{month:02d} 已结转损益；如需重做请先反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="157" />
      <source>Carry-forward of income and expenses {month}</source>
      <translation>{month} 结转损益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="331" />
      <source>income or expense posted after the carry-forward</source>
      <translation>结转损益之后又记了收入或费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="176" />
      <source>Profit of the year {year} into undistributed profit</source>
      <translation>结转 {year} 年本年利润至未分配利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="297" />
      <source>{code} balance {amount}</source>
      <translation>{code} 余额 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="363" />
      <source>{year}-{month:02d} has not ended yet.</source>
      <translation>{year}-{month:02d} 尚未结束。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="367" />
      <source>Cannot close {year}-{month:02d}:
{reasons}</source>
      <translation>{year}-{month:02d} 不能结账：
{reasons}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="389" />
      <source>Only the owner may re-open a closed month.</source>
      <translation>只有店主可以反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="391" />
      <source>Give a reason for re-opening.</source>
      <translation>请填写反结账原因。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="394" />
      <source>Only the last closed month can be re-opened.</source>
      <translation>只能反结账最后一个已结账月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="256" />
      <source>{party}: {amount} to allocate</source>
      <translation>{party}：{amount} 待核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="357" />
      <source>{year}-{month:02d} is already closed.</source>
      <translation>{year}-{month:02d} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="360" />
      <source>Months close in order: close {year}-{month:02d} first.</source>
      <translation>须按月顺序结账：请先结 {year}-{month:02d}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="410" />
      <source>Re-opening {year}-{month:02d}: reversal of {voucher}</source>
      <translation>反结账 {year}-{month:02d}：冲销 {voucher}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/close.py" line="203" />
      <source>(no number)</source>
      <translation>（无编号）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="90" />
      <source>Unknown invoice direction {direction}.</source>
      <translation>未知的发票方向 {direction}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="149" />
      <source>The links total {linked}, more than the invoice's {gross}.</source>
      <translation>关联金额合计 {linked}，超过发票金额 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="172" />
      <source>Unknown invoice type {type}.</source>
      <translation>未知的发票类型 {type}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="175" />
      <source>Enter the invoice number.</source>
      <translation>请输入发票号码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="183" />
      <source>The invoice total cannot be zero.</source>
      <translation>发票金额不能为零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="218" />
      <source>Invoice {number} is already registered.</source>
      <translation>发票 {number} 已登记。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="114" />
      <source>Link {n}: enter an amount in cents.</source>
      <translation>关联 {n}：请输入金额（精确到分）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="116" />
      <source>Link {n}: invoices cover goods documents, not money.</source>
      <translation>关联 {n}：发票只能关联业务单据，不能关联收付款。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="120" />
      <source>Link {n}: the document is not on this party's account.</source>
      <translation>关联 {n}：该单据不属于此往来单位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="125" />
      <source>{number} has {left} left to invoice; cannot link {amount}.</source>
      <translation>{number} 仅剩 {left} 未开票，不能关联 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/invoices.py" line="246" />
      <source>No such invoice.</source>
      <translation>没有该发票。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="54" />
      <source>Dr</source>
      <translation>借</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="305" />
      <source>Detail ledger (明细账)</source>
      <translation>明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="344" />
      <source>Customer ledger (往来明细账)</source>
      <translation>客户往来明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="344" />
      <source>Supplier ledger (往来明细账)</source>
      <translation>供应商往来明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="54" />
      <source>Cr</source>
      <translation>贷</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="54" />
      <source>Nil</source>
      <translation>平</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="321" />
      <source>A party is a customer or a supplier.</source>
      <translation>往来单位是客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="132" />
      <source>Account balances (科目余额表)</source>
      <translation>科目余额表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="240" />
      <source>Total for the period</source>
      <translation>本期合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="329" />
      <source>No customer {code}.</source>
      <translation>没有客户 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="331" />
      <source>No supplier {code}.</source>
      <translation>没有供应商 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="371" />
      <source>Opening balance of the year</source>
      <translation>年初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="391" />
      <source>General ledger (总账)</source>
      <translation>总账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="250" />
      <source>Dr/Cr</source>
      <translation>借或贷</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="379" />
      <source>Total for the month</source>
      <translation>本月合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/ledgers.py" line="383" />
      <source>Total for the year to date</source>
      <translation>本年累计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="179" />
      <source>Enter a code.</source>
      <translation>请输入编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="183" />
      <source>Unknown money account kind {kind}.</source>
      <translation>未知的资金账户类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="267" />
      <source>No free sub-account under {code}.</source>
      <translation>{code} 下已无可用明细科目编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="323" />
      <source>Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.</source>
      <translation>账户 {account} 余额 {balance}，支付 {amount} 将使其为负，该账户不允许负余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="552" />
      <source>No customer {ref}.</source>
      <translation>没有客户 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="643" />
      <source>Approved on entry</source>
      <translation>录入时审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="671" />
      <source>Unknown allocation choice {choice}.</source>
      <translation>未知的核销方式 {choice}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="771" />
      <source>Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.</source>
      <translation>科目 {code} 由明细账管理，请改用收款、付款或转账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="817" />
      <source>No money document {ref}.</source>
      <translation>没有资金单据 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="850" />
      <source>{number} is itself the reversal of {original} and cannot be reversed.</source>
      <translation>{number} 本身是 {original} 的冲销单，不能再冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="859" />
      <source>{number} has already been reversed by {reversal}.</source>
      <translation>{number} 已被 {reversal} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="863" />
      <source>{number} belongs to a counter ticket; take a return at the counter instead.</source>
      <translation>{number} 属于零售小票；请在收银台办理退货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="868" />
      <source>A reversal cannot be dated before the document it reverses ({date}).</source>
      <translation>冲销日期不能早于被冲销单据的日期（{date}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="188" />
      <source>Money account code {code} is already used.</source>
      <translation>资金账户编码 {code} 已被使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="312" />
      <source>Reversing {number} takes {amount} out of account {account}, which holds {balance}; it may not go below zero. Allow the account below zero or bring money in first.</source>
      <translation>冲销 {number} 要从账户 {account} 转出 {amount}，但该账户余额只有 {balance}，不允许为负。请先允许该账户为负，或先存入资金。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="386" />
      <source>No supplier {ref}.</source>
      <translation>没有供应商 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="461" />
      <source>Receipt from {name}</source>
      <translation>收到 {name} 款项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="692" />
      <source>Choose two different accounts.</source>
      <translation>请选择两个不同的账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="198" />
      <source>Account {code} is not a cash or bank account.</source>
      <translation>科目 {code} 不是现金或银行科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="220" />
      <source>Opening balance {name}</source>
      <translation>期初余额 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="607" />
      <source>Payment to {name}</source>
      <translation>付款给 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money.py" line="712" />
      <source>Transfer {source} → {target}</source>
      <translation>转账 {source} → {target}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="75" />
      <source>reversed by {number}</source>
      <translation>已被 {number} 红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="85" />
      <source>Receipt (收款)</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="85" />
      <source>Payment (付款)</source>
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="74" />
      <source>红冲 of {number}</source>
      <translation>红冲 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="35" />
      <source>posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="35" />
      <source>reversed</source>
      <translation>已红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="35" />
      <source>红冲</source>
      <translation>红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/money_docs.py" line="128" />
      <source>The receipt or payment no longer exists.</source>
      <translation>该收款或付款单已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="37" />
      <source>Receipt of money</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="38" />
      <source>Payment</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="46" />
      <source>Transfer</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="48" />
      <source>Other expense</source>
      <translation>其他支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="49" />
      <source>Manual entry</source>
      <translation>手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="50" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="55" />
      <source>Counter sale</source>
      <translation>零售小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="56" />
      <source>Counter return</source>
      <translation>零售退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="57" />
      <source>Stored value top-up</source>
      <translation>储值充值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="58" />
      <source>Landed cost</source>
      <translation>采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="59" />
      <source>VAT transfer</source>
      <translation>结转增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="60" />
      <source>Stock gains and losses settled</source>
      <translation>盘盈盘亏处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="61" />
      <source>Balance moved to a sub-account</source>
      <translation>余额转入下级科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="62" />
      <source>Carry-forward (结转损益)</source>
      <translation>结转损益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="65" />
      <source>0–30 days</source>
      <translation>0–30 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="65" />
      <source>31–60 days</source>
      <translation>31–60 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="65" />
      <source>61–90 days</source>
      <translation>61–90 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="65" />
      <source>90+ days</source>
      <translation>90 天以上</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="417" />
      <source>Counter</source>
      <translation>收银</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="81" />
      <source>Unknown party kind {kind}.</source>
      <translation>未知的往来类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="315" />
      <source>No such customer or supplier: {ref}.</source>
      <translation>找不到客户或供应商：{ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/queries.py" line="463" />
      <source>Reversed by {number}</source>
      <translation>已被 {number} 冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/reporting.py" line="67" />
      <source>Report</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="182" />
      <source>Stock count {number} found no differences.</source>
      <translation>盘点单 {number} 没有差异。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="130" />
      <source>A loss is normal or other, not {loss}.</source>
      <translation>盘亏应为正常或其他，而不是 {loss}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="177" />
      <source>No stock count {number}.</source>
      <translation>没有盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="179" />
      <source>Stock count {number} is not posted.</source>
      <translation>盘点单 {number} 尚未过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="181" />
      <source>The differences of {number} are already settled.</source>
      <translation>{number} 的差异已处理。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="137" />
      <source>No stock count differences are waiting to be settled.</source>
      <translation>没有待处理的盘点差异。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="146" />
      <source>{number} was counted on {date}; settle it on or after that day.</source>
      <translation>{number} 的盘点日期为 {date}；请在当天或之后处理。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/settle.py" line="158" />
      <source>Count differences of {number} settled</source>
      <translation>{number} 盘点差异处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="216" />
      <source>{month}, amounts in yuan</source>
      <translation>{month}　单位：元</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="363" />
      <source>Balance sheet (资产负债表)</source>
      <translation>资产负债表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="402" />
      <source>Income statement (利润表)</source>
      <translation>利润表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="482" />
      <source>Cash flow statement (现金流量表)</source>
      <translation>现金流量表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="366" />
      <source>Beginning of year</source>
      <translation>年初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="402" />
      <source>This month</source>
      <translation>本月金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="402" />
      <source>Year to date</source>
      <translation>本年累计金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="472" />
      <source>Closing cash {cash} = the money accounts' balance {books}</source>
      <translation>期末现金余额 {cash} = 资金账户余额 {books}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="351" />
      <source>Total assets {assets} = total liabilities and equity {equity} ({column})</source>
      <translation>资产总计 {assets} = 负债和所有者权益总计 {equity}（{column}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="243" />
      <source>Assets</source>
      <translation>资产</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="246" />
      <source>Liabilities and owners' equity</source>
      <translation>负债和所有者权益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="359" />
      <source>closing</source>
      <translation>期末</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="359" />
      <source>beginning of year</source>
      <translation>年初</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="215" />
      <source>holds</source>
      <translation>相等</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/statements.py" line="215" />
      <source>DOES NOT HOLD</source>
      <translation>不相等</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="200" />
      <source>The VAT entry of {month} is dated in that month.</source>
      <translation>{month} 的增值税结转凭证须在当月日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="257" />
      <source>Only {unpaid} of VAT is unpaid on {date}; cannot pay {amount}.</source>
      <translation>截至 {date} 未交增值税仅 {unpaid}，不能缴纳 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="207" />
      <source>The VAT of {month} was already moved by {number}.</source>
      <translation>{month} 的增值税已由 {number} 结转。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="216" />
      <source>No VAT is due for {month}: {credit} of input VAT carries forward (留抵).</source>
      <translation>{month} 无应纳增值税：{credit} 进项税额留抵下期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="227" />
      <source>VAT of {month} moved to unpaid VAT</source>
      <translation>结转 {month} 未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="269" />
      <source>VAT paid</source>
      <translation>缴纳增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="415" />
      <source>Imported from the tax platform</source>
      <translation>自税务平台导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="352" />
      <source>Enter the date, the amount and the tax.</source>
      <translation>请填写开票日期、金额和税额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="358" />
      <source>价税合计 {gross} is not 金额 + 税额 ({sum}).</source>
      <translation>价税合计 {gross} 不等于金额 + 税额（{sum}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="371" />
      <source>No {kind} with tax id {tax_id} or name {name}.</source>
      <translation>没有纳税人识别号为 {tax_id} 或名称为 {name} 的{kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vat.py" line="389" />
      <source>{party} has no document with {gross} left to invoice.</source>
      <translation>{party} 没有未开票金额为 {gross} 的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="38" />
      <source>Manual voucher</source>
      <translation>手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="313" />
      <source>Depreciation</source>
      <translation>计提折旧</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="314" />
      <source>Depreciation of fixed assets for the month</source>
      <translation>计提本月固定资产折旧</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="317" />
      <source>Wages</source>
      <translation>计提工资</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="317" />
      <source>Wages accrued for the month</source>
      <translation>计提本月工资</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="319" />
      <source>Interest</source>
      <translation>计提利息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="320" />
      <source>Loan interest accrued for the month</source>
      <translation>计提本月借款利息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="212" />
      <source>No voucher {ref}.</source>
      <translation>没有凭证 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="372" />
      <source>A template needs at least two lines.</source>
      <translation>模板至少要有两行分录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="394" />
      <source>A template needs a debit line and a credit line.</source>
      <translation>模板要有借方和贷方分录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="443" />
      <source>No voucher template {name}.</source>
      <translation>没有凭证模板 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="381" />
      <source>Line {n}: the side is debit or credit.</source>
      <translation>第 {n} 行：方向为借或贷。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="425" />
      <source>A template {name} already exists.</source>
      <translation>模板 {name} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance/vouchers.py" line="454" />
      <source>Line {n} of the template needs an amount.</source>
      <translation>模板第 {n} 行需要金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="47" />
      <source>Money accounts (资金账户)</source>
      <translation>资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="48" />
      <source>Receipts / payments</source>
      <translation>收款/付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="49" />
      <source>Receivables / payables</source>
      <translation>应收/应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="50" />
      <source>Statements</source>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="51" />
      <source>Invoices</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="52" />
      <source>Journal</source>
      <translation>序时账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="53" />
      <source>Vouchers (凭证)</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="54" />
      <source>Ledgers (账簿)</source>
      <translation>账簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="55" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="56" />
      <source>Count differences (待处理财产损溢)</source>
      <translation>盘点差异（待处理财产损溢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="57" />
      <source>VAT (增值税)</source>
      <translation>增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="58" />
      <source>Period close</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="59" />
      <source>Month-end (月结)</source>
      <translation>月结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="25" />
      <source>Close month</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="26" />
      <source>Re-open last closed month…</source>
      <translation>反结账最后一个月…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="28" />
      <source>Closing runs every invariant check first. Nothing can be posted into a closed month; corrections go into the open period.</source>
      <translation>结账前先运行全部账目校验。已结账月份不能再记账，更正记入未结账期间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="96" />
      <source>Re-open {month}</source>
      <translation>反结账 {month}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="96" />
      <source>Reason (recorded):</source>
      <translation>原因（将被记录）：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="80" />
      <source>Close {year}-{month:02d}? Nothing can be posted into it afterwards.</source>
      <translation>确定结账 {year}-{month:02d}？结账后该月不能再记账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="44" />
      <source>Closed at</source>
      <translation>结账时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="45" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="89" />
      <source>Customers (receivable)</source>
      <translation>客户（应收）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="90" />
      <source>Suppliers (payable)</source>
      <translation>供应商（应付）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="44" />
      <source>Issued to customers (销项)</source>
      <translation>开给客户（销项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="45" />
      <source>Received from suppliers (进项)</source>
      <translation>供应商开来（进项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="46" />
      <source>Register invoice for the selected documents…</source>
      <translation>为所选单据登记发票…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="65" />
      <source>Not yet invoiced</source>
      <translation>未开票单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="138" />
      <source>Register invoice</source>
      <translation>登记发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="142" />
      <source>Special VAT invoice (专票)</source>
      <translation>增值税专用发票（专票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="143" />
      <source>Ordinary VAT invoice (普票)</source>
      <translation>增值税普通发票（普票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="155" />
      <source>Invoice no.</source>
      <translation>发票号码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="118" />
      <source>Select the documents the invoice covers.</source>
      <translation>请选择该发票对应的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="121" />
      <source>Select documents of one party only.</source>
      <translation>请只选择同一往来单位的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="56" />
      <source>New manual entry…</source>
      <translation>新增手工凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="57" />
      <source>Reverse entry…</source>
      <translation>冲销凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="99" />
      <source> · reverses {number}</source>
      <translation> · 冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="140" />
      <source>Manual journal entry</source>
      <translation>手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="144" />
      <source>What the entry is for (required)</source>
      <translation>凭证摘要（必填）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="148" />
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="154" />
      <source>Post</source>
      <translation>过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="216" />
      <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
      <translation>借方 {debit} · 贷方 {credit} · 差额 {diff}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="54" />
      <source>Entry, document number or memo…</source>
      <translation>凭证号、单据号或摘要…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="101" />
      <source> · reversed by {number}</source>
      <translation> · 已被 {number} 冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="103" />
      <source>{number} {date} · {source} {document} · {memo}</source>
      <translation>{number} {date} · {source} {document} · {memo}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="122" />
      <source>Post a reversal of {number} dated today?</source>
      <translation>以今天的日期冲销 {number}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="44" />
      <source>Entry</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="62" />
      <source>Account name</source>
      <translation>科目名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/ledgers.py" line="104" />
      <source>Account or party code</source>
      <translation>科目或往来单位编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/ledgers.py" line="106" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/ledgers.py" line="107" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/ledgers.py" line="109" />
      <source>Open document</source>
      <translation>打开单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/ledgers.py" line="188" />
      <source>{source} has no printout.</source>
      <translation>{source} 没有打印样式。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="46" />
      <source>New account…</source>
      <translation>新增账户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="47" />
      <source>Transfer…</source>
      <translation>转账…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="48" />
      <source>Other income / expense…</source>
      <translation>其他收支…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="49" />
      <source>Allow below zero</source>
      <translation>允许负余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="84" />
      <source>Reverse…</source>
      <translation>冲销…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="94" />
      <source>Print the selected receipt or payment (Ctrl+P)</source>
      <translation>打印选中的收款或付款单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="169" />
      <source>{name}: opening {opening}, closing {closing}</source>
      <translation>{name}：期初 {opening}，期末 {closing}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="268" />
      <source>New money account</source>
      <translation>新增资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="278" />
      <source>May go below zero</source>
      <translation>允许负余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="310" />
      <source>Transfer between accounts</source>
      <translation>账户间转账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="342" />
      <source>Other income or expense</source>
      <translation>其他收入或费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="344" />
      <source>Expense (paid out)</source>
      <translation>费用（支出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="345" />
      <source>Income (received)</source>
      <translation>收入（收到）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="398" />
      <source>Reverse {number}</source>
      <translation>冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="402" />
      <source>{kind} {number} of {date}, {amount}, {party}.</source>
      <translation>{kind} {number}，日期 {date}，金额 {amount}，{party}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="414" />
      <source>A reversing document is posted on the date below: the allocations (核销) of this document are undone and its money, journal entry and open item are mirrored. Nothing is deleted.</source>
      <translation>将按下面的日期过账一张冲销单：先撤回本单据的核销，再反向冲回它的资金、凭证和往来款项。不会删除任何记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="424" />
      <source>Why it is reversed</source>
      <translation>冲销原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="427" />
      <source>Reversal date</source>
      <translation>冲销日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="429" />
      <source>Reverse</source>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="439" />
      <source>Reverse {number} on {date}? This posts a reversing document and cannot be taken back.</source>
      <translation>确定以 {date} 冲销 {number} 吗？冲销单过账后不能撤回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="184" />
      <source>Undo the chosen document with a reversing document (冲销): its allocations are undone, its money, journal entry and open item mirrored.</source>
      <translation>用冲销单撤销选中的单据：撤回其核销，反向冲回其资金、凭证和往来款项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="284" />
      <source>Account number</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="286" />
      <source>Opening date</source>
      <translation>期初日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="294" />
      <source>The opening balance is not a valid amount.</source>
      <translation>期初余额不是有效金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="336" />
      <source>Enter the amount and choose both accounts.</source>
      <translation>请输入金额并选择两个账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="356" />
      <source>Booked to</source>
      <translation>记入科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="389" />
      <source>Enter the amount and choose a money account.</source>
      <translation>请输入金额并选择资金账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="59" />
      <source>GL account</source>
      <translation>总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="73" />
      <source>Party / account</source>
      <translation>往来单位 / 账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="71" />
      <source>Open amount</source>
      <translation>未清金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="72" />
      <source>Allocate</source>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="104" />
      <source>Bank slip no., cheque no. …</source>
      <translation>银行回单号、支票号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="108" />
      <source>New money, or an earlier credit of the party to allocate</source>
      <translation>新收（付）款，或核销该往来单位此前的贷项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="117" />
      <source>Source of money</source>
      <translation>资金来源</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="128" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="129" />
      <source>Auto-allocate oldest first (Ctrl+Shift+A)</source>
      <translation>按最早到期自动核销 (Ctrl+Shift+A)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="131" />
      <source>Amend (红冲)</source>
      <translation>改单（红冲）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="133" />
      <source>Reverse it (冲销) and open a copy with the same amount and allocations to correct and post again.</source>
      <translation>冲销本单，并打开金额与核销相同的副本，更正后重新过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="314" />
      <source>Allocated {allocated} of {available}; {left} stays as an advance</source>
      <translation>已核销 {allocated} / {available}；{left} 留作预收/预付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="469" />
      <source>Corrected copy of {number}.</source>
      <translation>{number} 的更正副本。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="514" />
      <source>New receipt</source>
      <translation>新建入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="515" />
      <source>New payment</source>
      <translation>新建付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="169" />
      <source>New {kind}</source>
      <translation>新建{kind}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="236" />
      <source>New money received</source>
      <translation>新收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="236" />
      <source>New money paid</source>
      <translation>新付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="240" />
      <source>Allocate {doc} {number} ({open} left)</source>
      <translation>核销 {doc} {number}（余 {open}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="302" />
      <source>{amount} · allocated {allocated}</source>
      <translation>{amount} · 已核销 {allocated}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="425" />
      <source>Reverse {number} (冲销) and open a copy to correct? The reversal is posted at once.</source>
      <translation>冲销 {number} 并打开副本进行更正？冲销单将立即过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="493" />
      <source>Search number, reference or memo…</source>
      <translation>搜索单号、凭据号或摘要…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="496" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="500" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="359" />
      <source>Choose the customer or supplier first.</source>
      <translation>请先选择客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="394" />
      <source>Enter the amounts to allocate.</source>
      <translation>请输入核销金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money_form.py" line="404" />
      <source>Allocated {number}</source>
      <translation>已核销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="50" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="51" />
      <source>Carry forward</source>
      <translation>结转损益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="53" />
      <source>Re-open…</source>
      <translation>反结账…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="63" />
      <source>Checklist (结账检查)</source>
      <translation>结账检查</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="64" />
      <source>Bank reconciliation (银行对账)</source>
      <translation>银行对账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="65" />
      <source>Statements (报表)</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="168" />
      <source>Import statement…</source>
      <translation>导入对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="169" />
      <source>Auto-match</source>
      <translation>自动勾对</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="170" />
      <source>Match with…</source>
      <translation>手工勾对…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="171" />
      <source>Record fee / interest…</source>
      <translation>记手续费/利息…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="172" />
      <source>Reconciliation (调节表)</source>
      <translation>余额调节表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="241" />
      <source>Import statement</source>
      <translation>导入对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="241" />
      <source>Bank statements (*.xlsx *.csv)</source>
      <translation>银行对账单 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="253" />
      <source>Money document number:</source>
      <translation>资金单据号：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="269" />
      <source>Expense or income account:</source>
      <translation>费用或收入科目：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="80" />
      <source>Details</source>
      <translation>明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="128" />
      <source>Carried forward {profit} into current year profit.</source>
      <translation>已结转 {profit} 至本年利润。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/month_end.py" line="118" />
      <source>{month} cannot be closed yet:</source>
      <translation>{month} 暂不能结账：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="71" />
      <source>Undo allocation</source>
      <translation>撤销核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="72" />
      <source>Allocate all oldest first</source>
      <translation>全部按最早先核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="83" />
      <source>Open items</source>
      <translation>未清项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="84" />
      <source>Allocations</source>
      <translation>核销记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="116" />
      <source>{count} parties, balance {total}</source>
      <translation>{count} 个往来单位，余额 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="31" />
      <source>Ageing at (days past the document date)</source>
      <translation>账龄截止日（按单据日期计天数）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="42" />
      <source>Unapplied credit</source>
      <translation>未核销贷项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="151" />
      <source>Undo the allocation of {amount} between {a} and {b}?</source>
      <translation>撤销 {a} 与 {b} 之间 {amount} 的核销？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="53" />
      <source>Allocated</source>
      <translation>已核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="55" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="64" />
      <source>Settled by</source>
      <translation>核销单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="66" />
      <source>Undone</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="68" />
      <source>Account code, e.g. 1122</source>
      <translation>科目编码，如 1122</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="190" />
      <source>Gross margin rate {rate}</source>
      <translation>毛利率 {rate}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="232" />
      <source>Total {total}</source>
      <translation>合计 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="250" />
      <source>{code} {name}: opening {opening}, closing {closing} (debit positive)</source>
      <translation>{code} {name}：期初 {opening}，期末 {closing}（借方为正）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="58" />
      <source>Trial balance</source>
      <translation>科目余额表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="59" />
      <source>Profit report</source>
      <translation>利润表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="60" />
      <source>Profit by store</source>
      <translation>门店利润表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="61" />
      <source>Cash and bank balances</source>
      <translation>现金及银行余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="62" />
      <source>General ledger</source>
      <translation>明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="169" />
      <source>Balanced: debits equal credits.</source>
      <translation>平衡：借方合计等于贷方合计。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="169" />
      <source>NOT BALANCED — run verify.</source>
      <translation>不平衡——请运行校验。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="214" />
      <source>Profit of store {store}</source>
      <translation>门店 {store} 的利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="216" />
      <source>Each store's part of the profit report; the total row equals the books.</source>
      <translation>利润表按门店拆分；合计行等于账面。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="158" />
      <source>Opening debit</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="159" />
      <source>Opening credit</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="160" />
      <source>Period debit</source>
      <translation>本期借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="161" />
      <source>Period credit</source>
      <translation>本期贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="162" />
      <source>Closing debit</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="163" />
      <source>Closing credit</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="39" />
      <source>Print… (Ctrl+P)</source>
      <translation>打印…（Ctrl+P）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="104" />
      <source>{code} {name}  {start} – {end}   Opening balance {opening}</source>
      <translation>{code} {name}  {start} – {end}   期初余额 {opening}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="114" />
      <source>Increase {debit}   Decrease {credit}   Closing balance {closing}</source>
      <translation>本期增加 {debit}   本期减少 {credit}   期末余额 {closing}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="123" />
      <source>Ageing at {date} (days past the document date): 0–30 {a} · 31–60 {b} · 61–90 {c} · 90+ {d} · unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a} · 31–60天 {b} · 61–90天 {c} · 90天以上 {d} · 未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="57" />
      <source>Increase</source>
      <translation>增加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="58" />
      <source>Decrease</source>
      <translation>减少</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="53" />
      <source>Normal losses → 管理费用</source>
      <translation>正常损耗 → 管理费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="54" />
      <source>Other losses → 营业外支出</source>
      <translation>非常损失 → 营业外支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="56" />
      <source>Settle selected</source>
      <translation>处理所选</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="57" />
      <source>Settle all</source>
      <translation>全部处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="95" />
      <source>{n} counts unsettled; 1901 holds {amount}.</source>
      <translation>{n} 张盘点待处理；1901 余额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="130" />
      <source>Move VAT due to 未交增值税</source>
      <translation>结转未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="131" />
      <source>Import invoices (xlsx)…</source>
      <translation>导入发票（xlsx）…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="153" />
      <source>Pay VAT</source>
      <translation>缴纳增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="154" />
      <source>Pay unpaid VAT (未交增值税)</source>
      <translation>缴纳未交增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="252" />
      <source>Import invoices</source>
      <translation>导入发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="60" />
      <source>Losses are</source>
      <translation>盘亏属于</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="77" />
      <source>Stock count gains and losses wait in 1901 待处理财产损溢 until they are approved here.</source>
      <translation>盘盈盘亏先记入 1901 待处理财产损溢，在此审批后转入最终科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="211" />
      <source>Moved by {number}.</source>
      <translation>已由 {number} 结转。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="225" />
      <source>Move {amount} of VAT due for {month} into 未交增值税?</source>
      <translation>将 {month} 应纳增值税 {amount} 结转至未交增值税？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="259" />
      <source>Issued to customers</source>
      <translation>开给客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="259" />
      <source>Received from suppliers</source>
      <translation>收到供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="70" />
      <source>Gain (盘盈)</source>
      <translation>盘盈</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="71" />
      <source>Loss (盘亏)</source>
      <translation>盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="139" />
      <source>Sales (net)</source>
      <translation>销售额（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="140" />
      <source>Output VAT</source>
      <translation>销项税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="203" />
      <source>Issued invoices: net</source>
      <translation>已开发票：金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="204" />
      <source>Issued invoices: tax</source>
      <translation>已开发票：税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="205" />
      <source>Sales not yet invoiced (net)</source>
      <translation>未开票销售额（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="213" />
      <source>{amount} to move.</source>
      <translation>待结转 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="215" />
      <source>Nothing due; the credit carries forward.</source>
      <translation>无应纳税额；留抵税额结转下期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="239" />
      <source>Choose a money account and enter the amount.</source>
      <translation>请选择资金账户并填写金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="269" />
      <source>{n} invoices registered, {skipped} voided left out.</source>
      <translation>已登记 {n} 张发票，跳过作废 {skipped} 张。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="245" />
      <source>{number}: VAT paid.</source>
      <translation>{number}：增值税已缴纳。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vat.py" line="114" />
      <source>{n} counts settled.</source>
      <translation>已处理 {n} 张盘点。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="57" />
      <source>New voucher…</source>
      <translation>新增凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="58" />
      <source>From template…</source>
      <translation>从模板新增…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="59" />
      <source>Reverse voucher…</source>
      <translation>冲销凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="60" />
      <source>Print voucher</source>
      <translation>打印凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="61" />
      <source>Print month (A5)</source>
      <translation>打印本月凭证（A5）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="63" />
      <source>Month YYYY-MM</source>
      <translation>月份 YYYY-MM</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="66" />
      <source>Account code</source>
      <translation>科目编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="156" />
      <source>Template:</source>
      <translation>模板：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="160" />
      <source>Amount:</source>
      <translation>金额：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="55" />
      <source>Voucher, document number or summary…</source>
      <translation>凭证号、单据号或摘要…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="70" />
      <source>All sources</source>
      <translation>全部来源</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="142" />
      <source>reversed by {voucher}</source>
      <translation>已被 {voucher} 冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/vouchers.py" line="177" />
      <source>Post a reversal of {voucher} dated today?</source>
      <translation>以今天日期冲销 {voucher}？</translation>
    </message>
  </context>
</TS>
