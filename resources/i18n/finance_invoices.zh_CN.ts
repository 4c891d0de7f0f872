<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="86" />
      <source>Unknown invoice direction {direction}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="115" />
      <source>The links total {linked}, more than the invoice's {gross}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="126" />
      <source>Unknown invoice type {type}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="129" />
      <source>Enter the invoice number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="135" />
      <source>An amount has at most two decimal places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="137" />
      <source>The invoice total cannot be zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="100" />
      <source>Link {n}: enter an amount in cents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="102" />
      <source>Link {n}: invoices cover goods documents, not money.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="105" />
      <source>Link {n}: the document is not on this party's account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="108" />
      <source>{number} has {left} left to invoice; cannot link {amount}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="142" />
      <source>Invoice {number} is already registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/finance_invoices.py" line="158" />
      <source>No such invoice.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
