<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="53" />
      <source>No open item {ref}.</source>
      <translation>没有往来项 {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="64" />
      <source>The amount to allocate must be greater than zero, in cents.</source>
      <translation>核销金额必须大于零，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="66" />
      <source>{a} and {b} do not belong to the same party's account.</source>
      <translation>{a} 与 {b} 不属于同一往来单位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="68" />
      <source>Allocate a credit (money, return) against a debit (delivery, receipt of goods).</source>
      <translation>请用贷方项（收付款、退货）核销借方项（出库、入库）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="71" />
      <source>{number} has only {open} open; cannot allocate {amount}.</source>
      <translation>{number} 仅有 {open} 未清，不能核销 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="74" />
      <source>{number} has only {open} left to allocate; cannot allocate {amount}.</source>
      <translation>{number} 仅剩 {open} 可核销，不能核销 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="181" />
      <source>This row is itself an un-allocation.</source>
      <translation>该行本身就是撤销核销记录。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="184" />
      <source>This allocation was already undone.</source>
      <translation>该核销已被撤销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="187" />
      <source>Un-allocate between 0.01 and {left}.</source>
      <translation>撤销核销金额应在 0.01 到 {left} 之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="50" />
      <source>{number} has several open items; choose one.</source>
      <translation>{number} 有多个往来项，请选择一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="62" />
      <source>Enter an amount.</source>
      <translation>请输入金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="134" />
      <source>{number} is not a credit (money received or paid, or a return).</source>
      <translation>{number} 不是贷方项（收付款或退货）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_alloc.py" line="166" />
      <source>No such allocation.</source>
      <translation>没有该核销记录。</translation>
    </message>
  </context>
</TS>
