<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="86" />
      <source>Unknown invoice direction {direction}.</source>
      <translation>未知的发票方向 {direction}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="115" />
      <source>The links total {linked}, more than the invoice's {gross}.</source>
      <translation>关联金额合计 {linked}，超过发票金额 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="126" />
      <source>Unknown invoice type {type}.</source>
      <translation>未知的发票类型 {type}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="129" />
      <source>Enter the invoice number.</source>
      <translation>请输入发票号码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="135" />
      <source>An amount has at most two decimal places.</source>
      <translation>金额最多两位小数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="137" />
      <source>The invoice total cannot be zero.</source>
      <translation>发票金额不能为零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="100" />
      <source>Link {n}: enter an amount in cents.</source>
      <translation>关联 {n}：请输入金额（精确到分）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="102" />
      <source>Link {n}: invoices cover goods documents, not money.</source>
      <translation>关联 {n}：发票只能关联业务单据，不能关联收付款。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="105" />
      <source>Link {n}: the document is not on this party's account.</source>
      <translation>关联 {n}：该单据不属于此往来单位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="108" />
      <source>{number} has {left} left to invoice; cannot link {amount}.</source>
      <translation>{number} 仅剩 {left} 未开票，不能关联 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="142" />
      <source>Invoice {number} is already registered.</source>
      <translation>发票 {number} 已登记。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="158" />
      <source>No such invoice.</source>
      <translation>没有该发票。</translation>
    </message>
  </context>
</TS>
