<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="58" />
      <source>Amounts are positive, in cents.</source>
      <translation>金额须为正数，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="68" />
      <source>Give the entry a description.</source>
      <translation>请填写凭证摘要。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="71" />
      <source>An entry needs at least two lines.</source>
      <translation>凭证至少需要两行分录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="89" />
      <source>The entry does not balance: debit {debit}, credit {credit}.</source>
      <translation>凭证借贷不平：借方 {debit}，贷方 {credit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="104" />
      <source>No journal entry {ref}.</source>
      <translation>没有凭证 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="106" />
      <source>{number} was posted by {doc}; correct it with a reversing document there.</source>
      <translation>{number} 由 {doc} 生成，请在该单据处用红冲单据更正。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="109" />
      <source>{number} is itself a reversal.</source>
      <translation>{number} 本身就是冲销凭证。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="111" />
      <source>{number} was already reversed.</source>
      <translation>{number} 已被冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="113" />
      <source>A reversal cannot be dated before the entry it reverses.</source>
      <translation>冲销凭证的日期不能早于原凭证。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="139" />
      <source>Write the month as YYYY-MM, e.g. 2026-10.</source>
      <translation>月份格式为 YYYY-MM，如 2026-10。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="185" />
      <source>{year}-{month:02d} has not ended yet.</source>
      <translation>{year}-{month:02d} 尚未结束。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="189" />
      <source>Cannot close {year}-{month:02d}; the books do not tie out:
{reasons}</source>
      <translation>无法结账 {year}-{month:02d}，账目不符：
{reasons}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="204" />
      <source>Only the owner may re-open a closed month.</source>
      <translation>只有店主可以反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="206" />
      <source>Give a reason for re-opening.</source>
      <translation>请填写反结账原因。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="209" />
      <source>Only the last closed month can be re-opened.</source>
      <translation>只能反结账最后一个已结账月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="80" />
      <source>Line {n}: a line is either a debit or a credit.</source>
      <translation>第 {n} 行：一行只能是借方或贷方。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="83" />
      <source>Line {n}: no active account {code}.</source>
      <translation>第 {n} 行：没有启用的科目 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="85" />
      <source>Line {n}: {code} {name} is kept by its own ledger; post it through its documents.</source>
      <translation>第 {n} 行：{code} {name} 由明细账管理，请通过业务单据记账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="114" />
      <source>Reversal of {number}</source>
      <translation>冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="181" />
      <source>{year}-{month:02d} is already closed.</source>
      <translation>{year}-{month:02d} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="183" />
      <source>Months close in order: close {year}-{month:02d} first.</source>
      <translation>须按月顺序结账：请先结 {year}-{month:02d}。</translation>
    </message>
  </context>
</TS>
