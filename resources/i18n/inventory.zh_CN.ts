<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="153" />
      <source>Scan or type a product code.</source>
      <translation>请扫描或输入商品编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="156" />
      <source>Quantity must be non-zero with at most 3 decimals (got {qty}).</source>
      <translation>数量不能为零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="355" />
      <source>Stock count not found.</source>
      <translation>找不到盘点单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="361" />
      <source>Unknown category.</source>
      <translation>未知分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="373" />
      <source>That bin is not part of stock count {number}.</source>
      <translation>该库位不在盘点单 {number} 的范围内。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="453" />
      <source>The counted quantity of {label} cannot go below zero.</source>
      <translation>{label} 的实盘数不能小于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="463" />
      <source>category {name}</source>
      <translation>分类 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="469" />
      <source>all bins</source>
      <translation>全部库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="469" />
      <source>bins {codes}</source>
      <translation>库位 {codes}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="177" />
      <source>Unknown warehouse.</source>
      <translation>未知仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="189" />
      <source>Warehouse {name} has no bins to count.</source>
      <translation>仓库 {name} 没有可盘点的库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="270" />
      <source>A counted quantity must be zero or more with at most 3 decimals (got {qty}).</source>
      <translation>实盘数必须大于或等于零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="275" />
      <source>Unknown product.</source>
      <translation>商品不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="334" />
      <source>Stock count {number}</source>
      <translation>盘点单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="613" />
      <source>Stock count {number} not found.</source>
      <translation>找不到盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="624" />
      <source>No single category named {name}.</source>
      <translation>找不到唯一名为 {name} 的分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="184" />
      <source>Some chosen bins are not bins of warehouse {name}.</source>
      <translation>所选库位中有不属于仓库 {name} 的。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="147" />
      <source>Type a quantity before '*', e.g. 3*6901234567890.</source>
      <translation>请在“*”前输入数量，例如 3*6901234567890。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="56" />
      <source>Exchange in</source>
      <translation>换货入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="57" />
      <source>Gift received</source>
      <translation>受赠入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="58" />
      <source>Other receipt</source>
      <translation>其他入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="61" />
      <source>Damage</source>
      <translation>报损</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="62" />
      <source>Internal use</source>
      <translation>内部领用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="63" />
      <source>Gift given</source>
      <translation>赠送出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="64" />
      <source>Sample</source>
      <translation>样品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="65" />
      <source>Other issue</source>
      <translation>其他出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="389" />
      <source>line {n}</source>
      <translation>第 {n} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="713" />
      <source>Posted stock documents have their moves</source>
      <translation>已过账库存单据均有库存移动</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="308" />
      <source>Stock document not found.</source>
      <translation>找不到库存单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="320" />
      <source>Someone else changed this document meanwhile; reopen it and try again.</source>
      <translation>此单据已被他人修改；请重新打开后再试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="339" />
      <source>Unknown stock document type {kind}.</source>
      <translation>未知的库存单据类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="354" />
      <source>Enter the document date.</source>
      <translation>请输入单据日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="356" />
      <source>Add at least one line.</source>
      <translation>请至少添加一行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="392" />
      <source>{where}: unknown product.</source>
      <translation>{where}：未知商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="395" />
      <source>{where}: product {code} {name} is inactive.</source>
      <translation>{where}：商品 {code} {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="402" />
      <source>{where}: quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>{where}：数量必须大于零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="432" />
      <source>{where}: a transfer needs a target bin different from its source.</source>
      <translation>{where}：调拨的目标库位必须与来源库位不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="460" />
      <source>{where}: unknown bin.</source>
      <translation>{where}：未知库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="479" />
      <source>Document {number} is already posted.</source>
      <translation>单据 {number} 已过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="262" />
      <source>Only a posted document can be reversed.</source>
      <translation>只有已过账的单据才能冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="264" />
      <source>Document {number} has already been reversed.</source>
      <translation>单据 {number} 已被冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="267" />
      <source>Document {number} is itself a reversal and cannot be reversed.</source>
      <translation>单据 {number} 本身是冲销单，不能再冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="350" />
      <source>Unknown reason {reason}.</source>
      <translation>未知原因 {reason}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="416" />
      <source>{where}: choose the bin the stock comes from.</source>
      <translation>{where}：请选择出库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="425" />
      <source>{where}: choose the bin the stock goes to.</source>
      <translation>{where}：请选择入库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="441" />
      <source>{where}: the unit cost cannot be negative.</source>
      <translation>{where}：单位成本不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="736" />
      <source>Stock document {number} not found.</source>
      <translation>找不到库存单据 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="247" />
      <source>Stock document</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="248" />
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="249" />
      <source>Sales delivery</source>
      <translation>销售出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="251" />
      <source>Purchase receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="253" />
      <source>Opening</source>
      <translation>期初</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="319" />
      <source>Adjustment</source>
      <translation>盘盈盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="320" />
      <source>In transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="198" />
      <source>(no category)</source>
      <translation>（未分类）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="15" />
      <source>Inventory</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="26" />
      <source>Stock counts</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/common.py" line="21" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="55" />
      <source>Count number</source>
      <translation>盘点单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="58" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="60" />
      <source>Lines</source>
      <translation>行数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="62" />
      <source>Gain</source>
      <translation>盘盈</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="63" />
      <source>Loss</source>
      <translation>盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="78" />
      <source>New count</source>
      <translation>新建盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="79" />
      <source>Open count</source>
      <translation>打开盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="80" />
      <source>Cancel count</source>
      <translation>作废盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="85" />
      <source>Print count sheet…</source>
      <translation>打印盘点表…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="142" />
      <source>New stock count</source>
      <translation>新建盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="147" />
      <source>All categories</source>
      <translation>全部分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="148" />
      <source>Freeze the bins while counting (no stock moves in or out)</source>
      <translation>盘点期间冻结库位（禁止出入库）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="152" />
      <source>Create and snapshot</source>
      <translation>创建并快照</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="157" />
      <source>Bins</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="239" />
      <source>Book (snapshot)</source>
      <translation>账面数（快照）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="243" />
      <source>Variance value</source>
      <translation>差异金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="262" />
      <source>Scan a barcode or type a code, Enter (3*code counts three)</source>
      <translation>扫描条码或输入编码后回车（3*编码 = 计 3 个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="268" />
      <source>Qty (1)</source>
      <translation>数量（1）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="270" />
      <source>Ready to scan.</source>
      <translation>可以开始扫描。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="285" />
      <source>Unknown codes</source>
      <translation>未知条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="289" />
      <source>Treat products not counted as zero</source>
      <translation>未盘商品按零处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="292" />
      <source>Post count</source>
      <translation>盘点过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="293" />
      <source>Set quantity…</source>
      <translation>录入数量…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="298" />
      <source>The count sheet to count on paper (Ctrl+P)</source>
      <translation>打印盘点表，在纸上盘点 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="387" />
      <source>Unknown codes ({count})</source>
      <translation>未知条码（{count}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="391" />
      <source>{counted} of {lines} lines counted · gain {gain} · loss {loss}</source>
      <translation>已盘 {counted}/{lines} 行 · 盘盈 {gain} · 盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="76" />
      <source>Search number or note…</source>
      <translation>搜索单号或备注…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="215" />
      <source>Choose at least one bin.</source>
      <translation>请至少选择一个库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="316" />
      <source>Scan</source>
      <translation>扫描</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="384" />
      <source>{code} — bin {bin}, scanned {hits}×</source>
      <translation>{code} — 库位 {bin}，扫描 {hits} 次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="455" />
      <source>Unknown code {code}: kept in the list on the right, not counted.</source>
      <translation>未知条码 {code}：已记入右侧列表，未计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="482" />
      <source>Counted quantity</source>
      <translation>实盘数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="483" />
      <source>{code} {name} in bin {bin}:</source>
      <translation>{code} {name}，库位 {bin}：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="511" />
      <source>Post stock count {number}: gain {gain}, loss {loss}?</source>
      <translation>盘点单 {number} 过账：盘盈 {gain}，盘亏 {loss}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="124" />
      <source>Cancel stock count {number}?</source>
      <translation>作废盘点单 {number}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="440" />
      <source>(not in the snapshot: book quantity at the snapshot is used)</source>
      <translation>（不在快照中：使用快照时点的账面数）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="443" />
      <source>{label}: +{added} → counted {counted}</source>
      <translation>{label}：+{added} → 实盘 {counted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="506" />
      <source>{count} unknown codes were scanned and will not be adjusted. Post anyway?</source>
      <translation>扫描到 {count} 个未知条码，不会调整。仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="370" />
      <source>bins frozen</source>
      <translation>库位已冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="492" />
      <source>{text} is not a number.</source>
      <translation>{text} 不是数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="66" />
      <source>Document number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="101" />
      <source>New receipt</source>
      <translation>新建入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="102" />
      <source>New issue</source>
      <translation>新建出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="103" />
      <source>New transfer</source>
      <translation>新建调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="104" />
      <source>Open document</source>
      <translation>打开单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="107" />
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="196" />
      <source>Delete this draft?</source>
      <translation>删除此草稿？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="262" />
      <source>Remove line</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="274" />
      <source>Save draft</source>
      <translation>保存草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="278" />
      <source>Print the posted document (Ctrl+P)</source>
      <translation>打印已过账的单据 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="347" />
      <source>Add a line (scan or type the product, quantity, Enter)</source>
      <translation>添加明细（扫描或输入商品、数量，回车）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="98" />
      <source>Search number, note or product…</source>
      <translation>搜索单号、备注或商品…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="183" />
      <source>Reverse {number}? A reversing document is posted at once.</source>
      <translation>冲销 {number}？将立即过账一张冲销单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="208" />
      <source>Posted {number}</source>
      <translation>已过账 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="405" />
      <source>{count} lines, value {value}</source>
      <translation>{count} 行，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="433" />
      <source>Enter a quantity greater than zero.</source>
      <translation>请输入大于零的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="441" />
      <source>A transfer needs a target bin different from its source.</source>
      <translation>调拨的目标库位必须与来源库位不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="582" />
      <source>Reverses {number}.</source>
      <translation>冲销 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="584" />
      <source>Reversed by {number}.</source>
      <translation>已被 {number} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="85" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="89" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="406" />
      <source>(+ lines at average cost)</source>
      <translation>（另有按平均成本计价的行）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="138" />
      <source>All warehouses</source>
      <translation>全部仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="151" />
      <source>Stock on hand</source>
      <translation>库存现存量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="207" />
      <source>Stock movements</source>
      <translation>库存流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="248" />
      <source>Stock valuation</source>
      <translation>库存估值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="278" />
      <source>Slow-moving stock</source>
      <translation>呆滞库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="158" />
      <source>Product code or name…</source>
      <translation>商品编码或名称…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="348" />
      <source>Movements</source>
      <translation>流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="349" />
      <source>Valuation</source>
      <translation>估值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="350" />
      <source>Slow-moving</source>
      <translation>呆滞</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="154" />
      <source>By bin</source>
      <translation>按库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="154" />
      <source>By warehouse</source>
      <translation>按仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="154" />
      <source>By category</source>
      <translation>按分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="200" />
      <source>{count} rows · value {value}</source>
      <translation>{count} 行 · 金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="241" />
      <source>{count} moves · balance {balance}</source>
      <translation>{count} 笔 · 结存 {balance}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="283" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="284" />
      <source>No issue in</source>
      <translation>无出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="303" />
      <source>{count} products · value {value}</source>
      <translation>{count} 个商品 · 金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="325" />
      <source>Shortfall</source>
      <translation>缺口</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="334" />
      <source>{count} products at or below their reorder point</source>
      <translation>{count} 个商品低于或等于再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="269" />
      <source>Total {value}</source>
      <translation>合计 {value}</translation>
    </message>
  </context>
</TS>
