<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="53" />
      <source>No open item {ref}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="64" />
      <source>The amount to allocate must be greater than zero, in cents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="66" />
      <source>{a} and {b} do not belong to the same party's account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="68" />
      <source>Allocate a credit (money, return) against a debit (delivery, receipt of goods).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="71" />
      <source>{number} has only {open} open; cannot allocate {amount}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="74" />
      <source>{number} has only {open} left to allocate; cannot allocate {amount}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="50" />
      <source>{number} has several open items; choose one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="62" />
      <source>Enter an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="134" />
      <source>{number} is not a credit (money received or paid, or a return).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="166" />
      <source>No such allocation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="168" />
      <source>This row is itself an un-allocation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="173" />
      <source>This allocation was already undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="176" />
      <source>Un-allocate between 0.01 and {left}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
