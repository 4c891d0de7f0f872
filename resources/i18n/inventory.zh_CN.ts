<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="46" />
      <source>Opening stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="47" />
      <source>Exchange in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="48" />
      <source>Gift received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="49" />
      <source>Other receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="52" />
      <source>Damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="53" />
      <source>Internal use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="54" />
      <source>Gift given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="55" />
      <source>Sample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="56" />
      <source>Other issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="59" />
      <source>Transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="296" />
      <source>line {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="239" />
      <source>Stock document not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="251" />
      <source>Someone else changed this document meanwhile; reopen it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="259" />
      <source>Unknown stock document type {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="268" />
      <source>Enter the document date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="270" />
      <source>Add at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="273" />
      <source>Unknown warehouse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="299" />
      <source>{where}: unknown product.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="301" />
      <source>{where}: product {code} {name} is inactive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="305" />
      <source>{where}: quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="324" />
      <source>{where}: a transfer needs a target bin different from its source.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="338" />
      <source>{where}: unknown bin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="353" />
      <source>Document {number} is already posted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="211" />
      <source>Only a posted document can be reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="213" />
      <source>Document {number} has already been reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="215" />
      <source>Document {number} is itself a reversal and cannot be reversed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="264" />
      <source>Unknown reason {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="312" />
      <source>{where}: choose the bin the stock comes from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="319" />
      <source>{where}: choose the bin the stock goes to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="329" />
      <source>{where}: the unit cost cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory.py" line="521" />
      <source>Stock document {number} not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/common.py" line="20" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="35" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="57" />
      <source>New receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="58" />
      <source>New issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="59" />
      <source>New transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="60" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="61" />
      <source>Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="62" />
      <source>Reverse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="63" />
      <source>Delete draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="139" />
      <source>Delete this draft?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="196" />
      <source>Unit cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="198" />
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="199" />
      <source>Remove line</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="211" />
      <source>Save draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="263" />
      <source>Add a line (scan or type the product, quantity, Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="55" />
      <source>Search number, note or product…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="130" />
      <source>Reverse {number}? A reversing document is posted at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="147" />
      <source>Posted {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="313" />
      <source>{count} lines, value {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="338" />
      <source>Enter a quantity greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="345" />
      <source>A transfer needs a target bin different from its source.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="437" />
      <source>Reverses {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="439" />
      <source>Reversed by {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="49" />
      <source>All types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="50" />
      <source>All states</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="314" />
      <source>(+ lines at average cost)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
