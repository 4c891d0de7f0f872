<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="36" />
      <source>Money accounts (资金账户)</source>
      <translation>资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="36" />
      <source>Receipts / payments</source>
      <translation>收款/付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="37" />
      <source>Receivables / payables</source>
      <translation>应收/应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="37" />
      <source>Statements</source>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="38" />
      <source>Invoices</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="38" />
      <source>Journal</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="39" />
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/__init__.py" line="39" />
      <source>Period close</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="23" />
      <source>Close month</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="24" />
      <source>Re-open last closed month…</source>
      <translation>反结账最后一个月…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="25" />
      <source>Closing runs every invariant check first. Nothing can be posted into a closed month; corrections go into the open period.</source>
      <translation>结账前先运行全部账目校验。已结账月份不能再记账，更正记入未结账期间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="73" />
      <source>Re-open {month}</source>
      <translation>反结账 {month}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="73" />
      <source>Reason (recorded):</source>
      <translation>原因（将被记录）：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="62" />
      <source>Close {year}-{month:02d}? Nothing can be posted into it afterwards.</source>
      <translation>确定结账 {year}-{month:02d}？结账后该月不能再记账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="34" />
      <source>Closed at</source>
      <translation>结账时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/close.py" line="35" />
      <source>By</source>
      <translation>记录人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="91" />
      <source>Customers (receivable)</source>
      <translation>客户（应收）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/common.py" line="92" />
      <source>Suppliers (payable)</source>
      <translation>供应商（应付）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="32" />
      <source>Issued to customers (销项)</source>
      <translation>开给客户（销项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="33" />
      <source>Received from suppliers (进项)</source>
      <translation>供应商开来（进项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="34" />
      <source>Register invoice for the selected documents…</source>
      <translation>为所选单据登记发票…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="45" />
      <source>Not yet invoiced</source>
      <translation>未开票单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="104" />
      <source>Register invoice</source>
      <translation>登记发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="108" />
      <source>Special VAT invoice (专票)</source>
      <translation>增值税专用发票（专票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="109" />
      <source>Ordinary VAT invoice (普票)</source>
      <translation>增值税普通发票（普票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="120" />
      <source>Documents</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="121" />
      <source>Invoice no.</source>
      <translation>发票号码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="124" />
      <source>Net</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="126" />
      <source>Gross</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="43" />
      <source>Linked</source>
      <translation>已关联</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="49" />
      <source>Invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="49" />
      <source>Not invoiced</source>
      <translation>未开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="86" />
      <source>Select the documents the invoice covers.</source>
      <translation>请选择该发票对应的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/invoices.py" line="89" />
      <source>Select documents of one party only.</source>
      <translation>请只选择同一往来单位的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="36" />
      <source>New manual entry…</source>
      <translation>新增手工凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="37" />
      <source>Reverse entry…</source>
      <translation>冲销凭证…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="70" />
      <source> · reverses {number}</source>
      <translation> · 冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="98" />
      <source>Manual journal entry</source>
      <translation>手工凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="102" />
      <source>What the entry is for (required)</source>
      <translation>凭证摘要（必填）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="106" />
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="110" />
      <source>Post</source>
      <translation>过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="169" />
      <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
      <translation>借方 {debit} · 贷方 {credit} · 差额 {diff}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="35" />
      <source>Entry, document number or memo…</source>
      <translation>凭证号、单据号或摘要…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="72" />
      <source> · reversed by {number}</source>
      <translation> · 已被 {number} 冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="73" />
      <source>{number} {date} · {source} {document} · {memo}</source>
      <translation>{number} {date} · {source} {document} · {memo}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="84" />
      <source>Post a reversal of {number} dated today?</source>
      <translation>以今天的日期冲销 {number}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="104" />
      <source>Memo</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="31" />
      <source>Entry</source>
      <translation>凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/journal.py" line="40" />
      <source>Account name</source>
      <translation>科目名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="32" />
      <source>New account…</source>
      <translation>新增账户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="33" />
      <source>Transfer…</source>
      <translation>转账…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="34" />
      <source>Other income / expense…</source>
      <translation>其他收支…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="35" />
      <source>Allow below zero</source>
      <translation>允许负余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="53" />
      <source>Reverse…</source>
      <translation>冲销…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="62" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="63" />
      <source>Print the selected receipt or payment (Ctrl+P)</source>
      <translation>打印选中的收款或付款单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="123" />
      <source>{name}: opening {opening}, closing {closing}</source>
      <translation>{name}：期初 {opening}，期末 {closing}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="202" />
      <source>New money account</source>
      <translation>新增资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="212" />
      <source>May go below zero</source>
      <translation>允许负余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="231" />
      <source>Transfer between accounts</source>
      <translation>账户间转账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="253" />
      <source>Other income or expense</source>
      <translation>其他收入或费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="255" />
      <source>Expense (paid out)</source>
      <translation>费用（支出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="256" />
      <source>Income (received)</source>
      <translation>收入（收到）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="297" />
      <source>Reverse {number}</source>
      <translation>冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="300" />
      <source>{kind} {number} of {date}, {amount}, {party}.</source>
      <translation>{kind} {number}，日期 {date}，金额 {amount}，{party}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="303" />
      <source>A reversing document is posted on the date below: the allocations (核销) of this document are undone and its money, journal entry and open item are mirrored. Nothing is deleted.</source>
      <translation>将按下面的日期过账一张冲销单：先撤回本单据的核销，再反向冲回它的资金、凭证和往来款项。不会删除任何记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="310" />
      <source>Why it is reversed</source>
      <translation>冲销原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="313" />
      <source>Reversal date</source>
      <translation>冲销日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="315" />
      <source>Reverse</source>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="323" />
      <source>Reverse {number} on {date}? This posts a reversing document and cannot be taken back.</source>
      <translation>确定以 {date} 冲销 {number} 吗？冲销单过账后不能撤回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="131" />
      <source>Undo the chosen document with a reversing document (冲销): its allocations are undone, its money, journal entry and open item mirrored.</source>
      <translation>用冲销单撤销选中的单据：撤回其核销，反向冲回其资金、凭证和往来款项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="213" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="214" />
      <source>Account number</source>
      <translation>账号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="215" />
      <source>Opening date</source>
      <translation>期初日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="222" />
      <source>The opening balance is not a valid amount.</source>
      <translation>期初余额不是有效金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="247" />
      <source>Enter the amount and choose both accounts.</source>
      <translation>请输入金额并选择两个账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="264" />
      <source>Money account</source>
      <translation>资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="265" />
      <source>Booked to</source>
      <translation>记入科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="288" />
      <source>Enter the amount and choose a money account.</source>
      <translation>请输入金额并选择资金账户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="42" />
      <source>GL account</source>
      <translation>总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="48" />
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="49" />
      <source>Party / account</source>
      <translation>往来单位 / 账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="50" />
      <source>Money in</source>
      <translation>收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="51" />
      <source>Money out</source>
      <translation>支出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/money.py" line="52" />
      <source>Reversal</source>
      <translation>冲销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="50" />
      <source>Undo allocation</source>
      <translation>撤销核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="51" />
      <source>Allocate all oldest first</source>
      <translation>全部按最早先核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="62" />
      <source>Open items</source>
      <translation>未清项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="63" />
      <source>Allocations</source>
      <translation>核销记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="91" />
      <source>{count} parties, balance {total}</source>
      <translation>{count} 个往来单位，余额 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="132" />
      <source>Ageing</source>
      <translation>账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="30" />
      <source>Ageing at (days past the document date)</source>
      <translation>账龄截止日（按单据日期计天数）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="39" />
      <source>Unapplied credit</source>
      <translation>未核销贷项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="117" />
      <source>Undo the allocation of {amount} between {a} and {b}?</source>
      <translation>撤销 {a} 与 {b} 之间 {amount} 的核销？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="43" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="44" />
      <source>Allocated</source>
      <translation>已核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="45" />
      <source>Open amount</source>
      <translation>未清金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="45" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="48" />
      <source>Settled by</source>
      <translation>核销单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/openitems.py" line="49" />
      <source>Undone</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="37" />
      <source>Receipt from a customer (收款)</source>
      <translation>向客户收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="38" />
      <source>Payment to a supplier (付款)</source>
      <translation>付款给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="52" />
      <source>Bank slip no., cheque no. …</source>
      <translation>银行回单号、支票号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="83" />
      <source>Auto-allocate oldest first</source>
      <translation>自动核销（最早优先）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="85" />
      <source>Clear allocation</source>
      <translation>清除核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="87" />
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="102" />
      <source>Open items of the party — allocate (核销)</source>
      <translation>往来未清项——核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="237" />
      <source>Allocated {allocated} of {available}; {left} stays as an advance</source>
      <translation>已核销 {allocated} / {available}；{left} 留作预收/预付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="61" />
      <source>Money</source>
      <translation>款项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="80" />
      <source>Allocate</source>
      <translation>核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="187" />
      <source>New money received</source>
      <translation>新收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="187" />
      <source>New money paid</source>
      <translation>新付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="189" />
      <source>Allocate {doc} {number} ({open} left)</source>
      <translation>核销 {doc} {number}（余 {open}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="276" />
      <source>Print {number}</source>
      <translation>打印 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="277" />
      <source>Print the receipt or payment just saved (Ctrl+P)</source>
      <translation>打印刚保存的收款收据或付款单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="283" />
      <source>Saved {number}</source>
      <translation>已保存 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="245" />
      <source>Choose the customer or supplier first.</source>
      <translation>请先选择客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/receipts.py" line="252" />
      <source>Enter the amounts to allocate.</source>
      <translation>请输入核销金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="38" />
      <source>Account code, e.g. 1122</source>
      <translation>科目编码，如 1122</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="40" />
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="104" />
      <source>Gross margin rate {rate}</source>
      <translation>毛利率 {rate}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="112" />
      <source>Total {total}</source>
      <translation>合计 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="122" />
      <source>{code} {name}: opening {opening}, closing {closing} (debit positive)</source>
      <translation>{code} {name}：期初 {opening}，期末 {closing}（借方为正）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Trial balance</source>
      <translation>科目余额表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Profit report</source>
      <translation>利润表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="32" />
      <source>Cash and bank balances</source>
      <translation>现金及银行余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="33" />
      <source>General ledger</source>
      <translation>明细账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="90" />
      <source>Balanced: debits equal credits.</source>
      <translation>平衡：借方合计等于贷方合计。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="90" />
      <source>NOT BALANCED — run verify.</source>
      <translation>不平衡——请运行校验。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="83" />
      <source>Opening debit</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="84" />
      <source>Opening credit</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="85" />
      <source>Period debit</source>
      <translation>本期借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="85" />
      <source>Period credit</source>
      <translation>本期贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="86" />
      <source>Closing debit</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="87" />
      <source>Closing credit</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/reports.py" line="94" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="79" />
      <source>{code} {name}  {start} – {end}   Opening balance {opening}</source>
      <translation>{code} {name}  {start} – {end}   期初余额 {opening}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="81" />
      <source>Increase {debit}   Decrease {credit}   Closing balance {closing}</source>
      <translation>本期增加 {debit}   本期减少 {credit}   期末余额 {closing}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="84" />
      <source>Ageing at {date} (days past the document date): 0–30 {a} · 31–60 {b} · 61–90 {c} · 90+ {d} · unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a} · 31–60天 {b} · 61–90天 {c} · 90天以上 {d} · 未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="47" />
      <source>Increase</source>
      <translation>增加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="48" />
      <source>Decrease</source>
      <translation>减少</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/finance/statement.py" line="63" />
      <source>Statement</source>
      <translation>对账单</translation>
    </message>
  </context>
</TS>
