<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
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
      <location filename="../../erp_desktop/services/inventory.py" line="496" />
      <source>Posted stock documents have their moves</source>
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
      <translation>请至少添加一行。</translation>
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
      <location filename="../../erp_desktop/services/inventory.py" line="519" />
      <source>Stock document {number} not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="14" />
      <source>Inventory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="25" />
      <source>Stock counts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/common.py" line="20" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="31" />
      <source>Count number</source>
      <translation type="unfinished" />
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
      <source>Open count</source>
      <translation type="unfinished" />
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
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="320" />
      <source>Unknown codes ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="323" />
      <source>{counted} of {lines} lines counted · gain {gain} · loss {loss}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="49" />
      <source>Search number or note…</source>
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
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="317" />
      <source>{code} — bin {bin}, scanned {hits}×</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="354" />
      <source>Unknown code {code}: kept in the list on the right, not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="378" />
      <source>Counted quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="378" />
      <source>{code} {name} in bin {bin}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="400" />
      <source>Post stock count {number}: gain {gain}, loss {loss}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="90" />
      <source>Cancel stock count {number}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="349" />
      <source>(not in the snapshot: book quantity at the snapshot is used)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="350" />
      <source>{label}: +{added} → counted {counted}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="397" />
      <source>{count} unknown codes were scanned and will not be adjusted. Post anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="304" />
      <source>bins frozen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="387" />
      <source>{text} is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="32" />
      <source>Document number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="58" />
      <source>New receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="59" />
      <source>New issue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="60" />
      <source>New transfer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="61" />
      <source>Open document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="63" />
      <source>Reverse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="64" />
      <source>Delete draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="140" />
      <source>Delete this draft?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="200" />
      <source>Remove line</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="212" />
      <source>Save draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="271" />
      <source>Add a line (scan or type the product, quantity, Enter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="56" />
      <source>Search number, note or product…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="131" />
      <source>Reverse {number}? A reversing document is posted at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="148" />
      <source>Posted {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="321" />
      <source>{count} lines, value {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="346" />
      <source>Enter a quantity greater than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="353" />
      <source>A transfer needs a target bin different from its source.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="445" />
      <source>Reverses {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="447" />
      <source>Reversed by {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="50" />
      <source>All types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="51" />
      <source>All states</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="322" />
      <source>(+ lines at average cost)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="120" />
      <source>All warehouses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="133" />
      <source>Stock on hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="175" />
      <source>Stock movements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="209" />
      <source>Stock valuation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="232" />
      <source>Slow-moving stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="259" />
      <source>Low stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="36" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="140" />
      <source>Product code or name…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="290" />
      <source>Movements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="291" />
      <source>Valuation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="292" />
      <source>Slow-moving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="136" />
      <source>By bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="136" />
      <source>By warehouse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="136" />
      <source>By category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="168" />
      <source>{count} rows · value {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="202" />
      <source>{count} moves · balance {balance}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="237" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="238" />
      <source>No issue in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="252" />
      <source>{count} products · value {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="269" />
      <source>Shortfall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="276" />
      <source>{count} products at or below their reorder point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="225" />
      <source>Total {value}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
