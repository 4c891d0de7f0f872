<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="51" />
      <source>Product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="51" />
      <source>Qty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="51" />
      <source>Unit price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="76" />
      <source>From bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="76" />
      <source>To bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="95" />
      <source>Bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="95" />
      <source>Counted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="116" />
      <source>Received from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="117" />
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="118" />
      <source>Amount (RMB, in words)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="119" />
      <source>Amount (figures)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="127" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="127" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="37" />
      <source>Total (in words)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="39" />
      <source>Notes: {notes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="131" />
      <source>Applied to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="101" />
      <source>Product labels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="88" />
      <source>Unknown label layout {layout}; choose one of {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="91" />
      <source>Choose at least one product to print labels for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="93" />
      <source>Copies must be between 1 and {max} labels in all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="95" />
      <source>Unknown barcode type {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="56" />
      <source>A4, 3 × 8 labels (70 × 36 mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="56" />
      <source>A4, 3 × 10 labels (70 × 29.7 mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="57" />
      <source>A4, 4 × 10 labels (48.5 × 25.4 mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="57" />
      <source>Label roll, 50 × 30 mm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="76" />
      <source>{code} is not a valid EAN-13 barcode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="268" />
      <source>Page {page} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="167" />
      <source>(company name not set — Settings › Company)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="169" />
      <source>Tel: {phone}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="170" />
      <source>Tax id: {tax_id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="173" />
      <source>Bank: {bank}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="213" />
      <source>No. {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="259" />
      <source>{role}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="20" />
      <source>Customer statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="20" />
      <source>Supplier statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="27" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="27" />
      <source>Supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="50" />
      <source>Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="30" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="32" />
      <source>Closing balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="35" />
      <source>Closing balance (in words)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="49" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="49" />
      <source>Purchases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="49" />
      <source>Paid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="63" />
      <source>Total for the period / closing balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="80" />
      <source>0–30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="80" />
      <source>31–60 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="80" />
      <source>61–90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="80" />
      <source>Over 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="41" />
      <source>Please check this statement; if anything differs, tell us within 7 days. Otherwise it is taken as confirmed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="42" />
      <source>Prepared by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="42" />
      <source>Company seal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="43" />
      <source>Customer confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="43" />
      <source>Supplier confirmation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="36" />
      <source>Ageing of the balance at {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
