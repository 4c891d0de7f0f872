<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="36" />
      <source>Money accounts (资金账户)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="36" />
      <source>Receipts / payments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="37" />
      <source>Receivables / payables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="37" />
      <source>Statements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="38" />
      <source>Invoices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="38" />
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="39" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="39" />
      <source>Period close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="23" />
      <source>Close month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="24" />
      <source>Re-open last closed month…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="25" />
      <source>Closing runs every invariant check first. Nothing can be posted into a closed month; corrections go into the open period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="73" />
      <source>Re-open {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="73" />
      <source>Reason (recorded):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="29" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="62" />
      <source>Close {year}-{month:02d}? Nothing can be posted into it afterwards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="34" />
      <source>Closed at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="35" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="91" />
      <source>Customers (receivable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="92" />
      <source>Suppliers (payable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="31" />
      <source>Issued to customers (销项)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="32" />
      <source>Received from suppliers (进项)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="33" />
      <source>Register invoice for the selected documents…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="44" />
      <source>Not yet invoiced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="102" />
      <source>Register invoice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="106" />
      <source>Special VAT invoice (专票)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="107" />
      <source>Ordinary VAT invoice (普票)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="117" />
      <source>Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="118" />
      <source>Documents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="119" />
      <source>Invoice no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="122" />
      <source>Net</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="124" />
      <source>Gross</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="42" />
      <source>Linked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="48" />
      <source>Invoiced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="48" />
      <source>Not invoiced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="84" />
      <source>Select the documents the invoice covers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="87" />
      <source>Select documents of one party only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="35" />
      <source>New manual entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="36" />
      <source>Reverse entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="68" />
      <source> · reverses {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="96" />
      <source>Manual journal entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="100" />
      <source>What the entry is for (required)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="104" />
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="108" />
      <source>Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="165" />
      <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="34" />
      <source>Entry, document number or memo…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="70" />
      <source> · reversed by {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="71" />
      <source>{number} {date} · {source} {document} · {memo}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="82" />
      <source>Post a reversal of {number} dated today?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="102" />
      <source>Memo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="30" />
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="31" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="39" />
      <source>Account name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="28" />
      <source>New account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="29" />
      <source>Transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="30" />
      <source>Other income / expense…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="31" />
      <source>Allow below zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="101" />
      <source>{name}: opening {opening}, closing {closing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="148" />
      <source>New money account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="153" />
      <source>Cash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="158" />
      <source>May go below zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="177" />
      <source>Transfer between accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="199" />
      <source>Other income or expense</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="201" />
      <source>Expense (paid out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="202" />
      <source>Income (received)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="159" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="160" />
      <source>Account number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="161" />
      <source>Opening date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="168" />
      <source>The opening balance is not a valid amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="193" />
      <source>Enter the amount and choose both accounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="210" />
      <source>Money account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="211" />
      <source>Booked to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="234" />
      <source>Enter the amount and choose a money account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="38" />
      <source>GL account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="45" />
      <source>Party / account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="26" />
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="49" />
      <source>Undo allocation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="50" />
      <source>Allocate all oldest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="61" />
      <source>Open items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="62" />
      <source>Allocations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="89" />
      <source>{count} parties, balance {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="130" />
      <source>Ageing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="29" />
      <source>Ageing at (days past the document date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="38" />
      <source>Unapplied credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="115" />
      <source>Undo the allocation of {amount} between {a} and {b}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="42" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="43" />
      <source>Allocated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="44" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="44" />
      <source>Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="47" />
      <source>Settled by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="48" />
      <source>Undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="34" />
      <source>Receipt from a customer (收款)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="35" />
      <source>Payment to a supplier (付款)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="49" />
      <source>Bank slip no., cheque no. …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="80" />
      <source>Auto-allocate oldest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="82" />
      <source>Clear allocation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="84" />
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="93" />
      <source>Open items of the party — allocate (核销)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="228" />
      <source>Allocated {allocated} of {available}; {left} stays as an advance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="58" />
      <source>Money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="77" />
      <source>Allocate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="178" />
      <source>New money received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="178" />
      <source>New money paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="180" />
      <source>Allocate {doc} {number} ({open} left)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="267" />
      <source>Saved {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="236" />
      <source>Choose the customer or supplier first.</source>
      <translation>请先选择客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="243" />
      <source>Enter the amounts to allocate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="38" />
      <source>Account code, e.g. 1122</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="40" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="104" />
      <source>Gross margin rate {rate}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="112" />
      <source>Total {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="122" />
      <source>{code} {name}: opening {opening}, closing {closing} (debit positive)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Trial balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Profit report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Cash and bank balances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="33" />
      <source>General ledger</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="90" />
      <source>Balanced: debits equal credits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="90" />
      <source>NOT BALANCED — run verify.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="83" />
      <source>Opening debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="84" />
      <source>Opening credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="85" />
      <source>Period debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="85" />
      <source>Period credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="86" />
      <source>Closing debit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="87" />
      <source>Closing credit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="94" />
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="79" />
      <source>{code} {name}  {start} – {end}   Opening balance {opening}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="81" />
      <source>Increase {debit}   Decrease {credit}   Closing balance {closing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="84" />
      <source>Ageing at {date} (days past the document date): 0–30 {a} · 31–60 {b} · 61–90 {c} · 90+ {d} · unapplied {u}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="47" />
      <source>Increase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="48" />
      <source>Decrease</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="63" />
      <source>Statement</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
