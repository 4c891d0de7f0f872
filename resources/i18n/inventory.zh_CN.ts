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
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="34" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="35" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="36" />
      <source>Lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="38" />
      <source>Gain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="39" />
      <source>Loss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="50" />
      <source>New count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="51" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="52" />
      <source>Cancel count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="104" />
      <source>New stock count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="109" />
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="110" />
      <source>Freeze the bins while counting (no stock moves in or out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="114" />
      <source>Create and snapshot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="119" />
      <source>Bins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="186" />
      <source>Book (snapshot)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="190" />
      <source>Variance value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="202" />
      <source>Stock count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="209" />
      <source>Scan a barcode or type a code, Enter (3*code counts three)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="215" />
      <source>Qty (1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="217" />
      <source>Ready to scan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="232" />
      <source>Unknown codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="236" />
      <source>Treat products not counted as zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="239" />
      <source>Post count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="240" />
      <source>Set quantity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="313" />
      <source>Unknown codes ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="316" />
      <source>{counted} of {lines} lines counted · gain {gain} · loss {loss}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="49" />
      <source>Search number or note…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="56" />
      <source>Stock counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="167" />
      <source>Choose at least one bin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="256" />
      <source>Scan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="310" />
      <source>{code} — bin {bin}, scanned {hits}×</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="347" />
      <source>Unknown code {code}: kept in the list on the right, not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="371" />
      <source>Counted quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="371" />
      <source>{code} {name} in bin {bin}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="393" />
      <source>Post stock count {number}: gain {gain}, loss {loss}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="90" />
      <source>Cancel stock count {number}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="342" />
      <source>(not in the snapshot: book quantity at the snapshot is used)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="343" />
      <source>{label}: +{added} → counted {counted}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="390" />
      <source>{count} unknown codes were scanned and will not be adjusted. Post anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="297" />
      <source>bins frozen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="380" />
      <source>{text} is not a number.</source>
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
