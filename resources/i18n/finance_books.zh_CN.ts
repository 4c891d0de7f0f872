<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="58" />
      <source>Amounts are positive, in cents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="68" />
      <source>Give the entry a description.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="71" />
      <source>An entry needs at least two lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="89" />
      <source>The entry does not balance: debit {debit}, credit {credit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="104" />
      <source>No journal entry {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="106" />
      <source>{number} was posted by {doc}; correct it with a reversing document there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="109" />
      <source>{number} is itself a reversal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="111" />
      <source>{number} was already reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="113" />
      <source>A reversal cannot be dated before the entry it reverses.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="139" />
      <source>Write the month as YYYY-MM, e.g. 2026-10.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="185" />
      <source>{year}-{month:02d} has not ended yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="189" />
      <source>Cannot close {year}-{month:02d}; the books do not tie out:
{reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="204" />
      <source>Only the owner may re-open a closed month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="206" />
      <source>Give a reason for re-opening.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="209" />
      <source>Only the last closed month can be re-opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="80" />
      <source>Line {n}: a line is either a debit or a credit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="83" />
      <source>Line {n}: no active account {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="85" />
      <source>Line {n}: {code} {name} is kept by its own ledger; post it through its documents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="114" />
      <source>Reversal of {number}</source>
      <translation>冲销 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="181" />
      <source>{year}-{month:02d} is already closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_books.py" line="183" />
      <source>Months close in order: close {year}-{month:02d} first.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
