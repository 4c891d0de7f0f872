<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="36" />
      <source>inventory: receipts, issues, transfers, stock counts and stock reports</source>
      <translation>库存：入库、出库、调拨、盘点和库存报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="64" />
      <source>post a transfer between bins or warehouses (调拨)</source>
      <translation>过账库位或仓库之间的调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="66" />
      <source>WAREHOUSE or WAREHOUSE/BIN</source>
      <translation>仓库 或 仓库/库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="93" />
      <source>post the reversal of a posted stock document</source>
      <translation>过账已过账库存单据的冲销单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="96" />
      <source>start a stock count (盘点): snapshot the book quantities</source>
      <translation>开始盘点：记录账面数量快照</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="98" />
      <source>comma-separated bin codes (default: all)</source>
      <translation>逗号分隔的库位编码（默认全部）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="99" />
      <source>only this category (name or path)</source>
      <translation>只盘此分类（名称或路径）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="100" />
      <source>freeze the bins until the count is posted or cancelled</source>
      <translation>盘点过账或取消前冻结库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="103" />
      <source>add scanned codes to a count (one per line; '3*CODE' counts three)</source>
      <translation>将扫描的条码加入盘点（每行一个；'3*条码' 计三个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="105" />
      <source>the bin being counted</source>
      <translation>正在盘点的库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="106" />
      <source>codes file (default: stdin)</source>
      <translation>条码文件（默认标准输入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="109" />
      <source>type a counted quantity for one product</source>
      <translation>输入单个商品的盘点数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="114" />
      <source>show a count's lines and variances</source>
      <translation>显示盘点明细和差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="117" />
      <source>post a count's variances as gain/loss adjustments</source>
      <translation>将盘点差异过账为盘盈盘亏调整</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="119" />
      <source>treat lines never counted as counted zero</source>
      <translation>未盘到的行按盘点数为零处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="120" />
      <source>cancel a draft count</source>
      <translation>取消盘点草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="122" />
      <source>stock on hand</source>
      <translation>现存库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="126" />
      <source>one product: on hand, reserved, available</source>
      <translation>单个商品：现存、占用、可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="128" />
      <source>stock valuation (quantity × moving average)</source>
      <translation>库存估值（数量 × 移动平均成本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="131" />
      <source>FIFO cost layers: what each receipt (or lot) still holds and at what cost</source>
      <translation>先进先出成本层：每次入库（或批次）剩余的数量和成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="132" />
      <source>one product (code or barcode)</source>
      <translation>单个商品（编码或条码）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="133" />
      <source>product code or name, or lot number</source>
      <translation>商品编码或名称，或批号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="134" />
      <source>export the layers to an Excel file</source>
      <translation>把成本层导出为 Excel 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="136" />
      <source>show or choose a product's costing method (before its first move)</source>
      <translation>查看或选择商品的成本计价方法（须在首次出入库之前）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="138" />
      <source>average (移动加权平均) or fifo (先进先出)</source>
      <translation>average（移动加权平均）或 fifo（先进先出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="140" />
      <source>a product's movement history with running balance</source>
      <translation>商品的出入库明细及结存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="144" />
      <source>products at or below their reorder point</source>
      <translation>个商品低于或等于再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="146" />
      <source>products in stock with no issue for N days</source>
      <translation>N 天内没有出库的在库商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="149" />
      <source>a serial number's whole history: supplier, date in, customer, date out, warranty</source>
      <translation>序列号的完整履历：供应商、入库日期、客户、出库日期、保修</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="152" />
      <source>a product's lots: dates, stock and value per lot and bin</source>
      <translation>商品的批次：各批次各货位的日期、库存与金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="154" />
      <source>also lots no longer in stock</source>
      <translation>也显示已无库存的批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="156" />
      <source>lots expired (已过期) or about to expire (近效期)</source>
      <translation>已过期或近效期的批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="157" />
      <source>as of (default today)</source>
      <translation>截至日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="160" />
      <source>trace a lot: its supplier and the customers who received it (recall list)</source>
      <translation>追溯批次：来源供应商与收货客户（召回清单）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="164" />
      <source>show or set a product's lot / serial tracking</source>
      <translation>查看或设置商品的批次/序列号管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="166" />
      <source>track by lot (批次)</source>
      <translation>按批次管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="167" />
      <source>track by serial number (序列号)</source>
      <translation>按序列号管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="168" />
      <source>no tracking</source>
      <translation>不管理批次或序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="170" />
      <source>near-expiry window</source>
      <translation>近效期预警天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="42" />
      <source>accept a warning (negative-stock, bin-capacity)</source>
      <translation>接受警告（negative-stock 负库存、bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="53" />
      <source>warehouse code (or WAREHOUSE/BIN)</source>
      <translation>仓库编码（或 仓库/库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="54" />
      <source>bin code (default: the warehouse's first active bin)</source>
      <translation>库位编码（默认仓库的第一个可用库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="55" />
      <source>receipt: opening, exchange_in, gift, other; issue: damage, internal_use, gift, sample, other (each books its own account: see finance posting-accounts)</source>
      <translation>入库：opening、exchange_in、gift、other；出库：damage、internal_use、gift、sample、other（各自记入对应科目：见 finance posting-accounts）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="61" />
      <source>YYYY-MM-DD (default today)</source>
      <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="77" />
      <source>the kit's product code (see product bom set)</source>
      <translation>套装（组合商品）的商品编码（见 product bom set）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="78" />
      <source>number of kits</source>
      <translation>组合商品数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="80" />
      <source>WAREHOUSE or WAREHOUSE/BIN (default: --from)</source>
      <translation>仓库 或 仓库/库位（默认同 --from）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="83" />
      <source>a lot of the kit or of a component (default for one leaving a bin: first expiry first)</source>
      <translation>套件或组件的批次（出库的批次默认先到期先出）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="90" />
      <source>a serial of the kit or a component</source>
      <translation>套件或组件的序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="176" />
      <source>Choose an action; see erp-desktop stock --help.</source>
      <translation>请选择一个操作；参见 erp-desktop stock --help。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="259" />
      <source>Stock count {number} has no bin {bin}.</source>
      <translation>盘点单 {number} 不包含库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="303" />
      <source>Posted {number}: value {value}{journal}</source>
      <translation>已过账 {number}：金额 {value}{journal}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="335" />
      <source>Posted {number}: {qty} × {code}, value {value}</source>
      <translation>已过账 {number}：{qty} × {code}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="369" />
      <source>Posted {number} reversing {original}: value {value}</source>
      <translation>已过账 {number}（冲销 {original}）：金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="405" />
      <source>Created stock count {number} for {warehouse} ({scope}): {lines} lines in the snapshot.</source>
      <translation>已创建盘点单 {number}，仓库 {warehouse}（{scope}）：快照 {lines} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="426" />
      <source>{scans} scans, {unknown} unknown.</source>
      <translation>扫描 {scans} 次，未知条码 {unknown} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="488" />
      <source>Gain {gain}, loss {loss}</source>
      <translation>盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="501" />
      <source>Posted stock count {number}: {lines} adjustments, gain {gain}, loss {loss}.</source>
      <translation>盘点单 {number} 已过账：调整 {lines} 行，盘盈 {gain}，盘亏 {loss}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="518" />
      <source>Cancelled stock count {number}.</source>
      <translation>已作废盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="625" />
      <source>Total stock value: {value}</source>
      <translation>库存总金额：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="737" />
      <source>Total: {qty} remaining, value {value}</source>
      <translation>合计：剩余 {qty}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="755" />
      <source>{code} {name}: costing method {method}</source>
      <translation>{code} {name}：成本计价方法 {method}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="844" />
      <source>near expiry</source>
      <translation>近效期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="844" />
      <source>expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="873" />
      <source>{code} {name} lot {lot}: made {production}, expires {expiry}; from {supplier} ({receipt}); on hand {qty}</source>
      <translation>{code} {name} 批次 {lot}：生产 {production}，有效期至 {expiry}；来自 {supplier}（{receipt}）；结存 {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="885" />
      <source>Customers who received it:</source>
      <translation>收到该批次的客户：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="924" />
      <source>by lot</source>
      <translation>按批次管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="926" />
      <source>{code}: {kind}; shelf life {shelf} days, warning {warning} days, warranty {warranty} days</source>
      <translation>{code}：{kind}；保质期 {shelf} 天，预警 {warning} 天，保修 {warranty} 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="358" />
      <source>Warehouse {warehouse} has no bins.</source>
      <translation>仓库 {warehouse} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="428" />
      <source>unknown code: {code}</source>
      <translation>未知条码：{code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="430" />
      <source>counted here, but on the books in {bins}: {label}</source>
      <translation>已记入当前库位，但账面在 {bins}：{label}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="441" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="474" />
      <source>Bin</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="474" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="474" />
      <source>Book</source>
      <translation>账面数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="474" />
      <source>Variance</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="490" />
      <source>unknown code: {code} ({bin}, {hits}×)</source>
      <translation>未知条码：{code}（{bin}，{hits} 次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="624" />
      <source>{warehouse}: {value}</source>
      <translation>{warehouse}：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="640" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="640" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="640" />
      <source>In</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="640" />
      <source>Out</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="690" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="690" />
      <source>Last issue</source>
      <translation>最近出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="690" />
      <source>Days idle</source>
      <translation>呆滞天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="714" />
      <source>{count} cost layers written to {path}.</source>
      <translation>已将 {count} 个成本层写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="772" />
      <source>No serial number {serial}.</source>
      <translation>没有序列号 {serial}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="819" />
      <source>Lot</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="819" />
      <source>Production</source>
      <translation>生产日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="819" />
      <source>Expiry</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="819" />
      <source>Bins</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="819" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="846" />
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="887" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="891" />
      <source>Brought back:</source>
      <translation>退回：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="924" />
      <source>by serial number</source>
      <translation>按序列号管理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="924" />
      <source>not tracked</source>
      <translation>不跟踪批次/序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="199" />
      <source>Warehouse {warehouse} has no bin {bin}.</source>
      <translation>仓库 {warehouse} 没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="217" />
      <source>{what} is not a number: {text}</source>
      <translation>{what}不是数字：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="228" />
      <source>Write each line as CODE:QTY{cost} (got {item}).</source>
      <translation>每行请写成 编码:数量{cost}（收到 {item}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="231" />
      <source>unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="543" />
      <source>{code}: on hand {on_hand}, reserved {reserved}, available {available}, value {value}</source>
      <translation>{code}：现存 {on_hand}，已预留 {reserved}，可用 {available}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="562" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="615" />
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="781" />
      <source>Supplier {supplier}, in {date_in}; customer {customer}, out {date_out}; warranty until {warranty}; {where}</source>
      <translation>供应商 {supplier}，入库 {date_in}；客户 {customer}，出库 {date_out}；保修至 {warranty}；{where}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="792" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="800" />
      <source>received</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="801" />
      <source>delivered</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="802" />
      <source>returned by customer</source>
      <translation>客户退回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="803" />
      <source>returned to supplier</source>
      <translation>退给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="804" />
      <source>transferred</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="805" />
      <source>adjusted</source>
      <translation>调整</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="893" />
      <source>Into</source>
      <translation>退入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="669" />
      <source>Reserved</source>
      <translation>预留</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="669" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="669" />
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="670" />
      <source>Reorder in units</source>
      <translation>补货量（多单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="778" />
      <source>Serial</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="307" />
      <source>journal {number}</source>
      <translation>凭证 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="614" />
      <source>In units</source>
      <translation>按单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="667" />
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="667" />
      <source>On hand</source>
      <translation>现存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="788" />
      <source>in stock at {where}</source>
      <translation>在库：{where}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="788" />
      <source>not in stock</source>
      <translation>不在库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="570" />
      <source>Spec</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="168" />
      <source>Stock count</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="109" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="110" />
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="135" />
      <source>Document {number} is posted and cannot be changed; reverse it instead.</source>
      <translation>单据 {number} 已过账，不能修改；请改用冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="196" />
      <source>Stock count {number} is {state} and cannot be changed.</source>
      <translation>盘点单 {number} 当前为 {state}，不能修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/checks.py" line="49" />
      <source>Posted stock documents have their moves</source>
      <translation>已过账库存单据均有库存移动</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/checks.py" line="77" />
      <source>Assemblies produce the value they consume</source>
      <translation>组装/拆卸单的产出成本等于耗用成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/checks.py" line="126" />
      <source>Bundle deliveries issue their components</source>
      <translation>套装出库发出其组件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/checks.py" line="169" />
      <source>Assemblies move their lots and serials line by line</source>
      <translation>组装/拆卸单逐行按批次和序列号出入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/costing.py" line="56" />
      <source>FIFO cost layers</source>
      <translation>先进先出成本层</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/costing.py" line="69" />
      <source>Received qty</source>
      <translation>入库数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/costing.py" line="70" />
      <source>Remaining qty</source>
      <translation>剩余数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/costing.py" line="72" />
      <source>Remaining value</source>
      <translation>剩余金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/costing.py" line="28" />
      <source>The product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="658" />
      <source>Serial {serial} belongs to several products ({products}): count it by typing the quantity on its line.</source>
      <translation>序列号 {serial} 属于多个商品（{products}）：请在其行上直接输入数量盘点。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="727" />
      <source>{label} serial {serial}</source>
      <translation>{label} 序列号 {serial}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="188" />
      <source>Scan or type a product code.</source>
      <translation>请扫描或输入商品编码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="191" />
      <source>Quantity must be non-zero with at most 3 decimals (got {qty}).</source>
      <translation>数量不能为零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="501" />
      <source>Stock count not found.</source>
      <translation>找不到盘点单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="507" />
      <source>Unknown category.</source>
      <translation>未知分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="519" />
      <source>That bin is not part of stock count {number}.</source>
      <translation>该库位不在盘点单 {number} 的范围内。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="611" />
      <source>{label} is on the books in {bins}, not in {bin}. Count it in {bin} anyway?</source>
      <translation>{label} 账面在 {bins}，不在 {bin}。仍要记入 {bin} 吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="626" />
      <source>The counted quantity of {label} cannot go below zero.</source>
      <translation>{label} 的实盘数不能小于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="683" />
      <source>Serial {serial} of {label} stands for one unit: scan it without a quantity.</source>
      <translation>{label} 的序列号 {serial} 代表一件：扫描时请不要带数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="695" />
      <source>Serial {serial} of {label} is counted already (bin {bin}): a serial counts once.</source>
      <translation>{label} 的序列号 {serial} 已盘点过（库位 {bin}）：一个序列号只能盘点一次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="710" />
      <source>Serial {serial} of {label} is on the books in bin {bin}, which this count does not cover: count it there, or transfer it first.</source>
      <translation>{label} 的序列号 {serial} 账面在库位 {bin}，不在本次盘点范围内：请在该库位盘点，或先调拨过来。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="853" />
      <source>category {name}</source>
      <translation>分类 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="859" />
      <source>all bins</source>
      <translation>全部库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="859" />
      <source>bins {codes}</source>
      <translation>库位 {codes}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="212" />
      <source>Unknown warehouse.</source>
      <translation>未知仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="224" />
      <source>Warehouse {name} has no bins to count.</source>
      <translation>仓库 {name} 没有可盘点的库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="374" />
      <source>A counted quantity must be zero or more with at most 3 decimals (got {qty}).</source>
      <translation>实盘数必须大于或等于零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="478" />
      <source>Stock count {number}</source>
      <translation>盘点单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="751" />
      <source>{label}: {counted} counted but {serials} serial numbers scanned — scan each unit's serial.</source>
      <translation>{label}：盘点数量 {counted}，但只扫描了 {serials} 个序列号——请逐件扫描序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="1004" />
      <source>Stock count {number} not found.</source>
      <translation>找不到盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="1015" />
      <source>No single category named {name}.</source>
      <translation>找不到唯一名为 {name} 的分类。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="219" />
      <source>Some chosen bins are not bins of warehouse {name}.</source>
      <translation>所选库位中有不属于仓库 {name} 的。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/counts.py" line="182" />
      <source>Type a quantity before '*', e.g. 3*6901234567890.</source>
      <translation>请在“*”前输入数量，例如 3*6901234567890。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="68" />
      <source>Exchange in</source>
      <translation>换货入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="69" />
      <source>Gift received</source>
      <translation>受赠入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="70" />
      <source>Other receipt</source>
      <translation>其他入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="73" />
      <source>Damage</source>
      <translation>报损</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="74" />
      <source>Internal use</source>
      <translation>内部领用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="75" />
      <source>Gift given</source>
      <translation>赠送出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="76" />
      <source>Sample</source>
      <translation>样品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="77" />
      <source>Other issue</source>
      <translation>其他出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="83" />
      <source>Assembly</source>
      <translation>组装单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="84" />
      <source>Disassembly</source>
      <translation>拆卸单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="493" />
      <source>line {n}</source>
      <translation>第 {n} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="334" />
      <source>Stock document not found.</source>
      <translation>找不到库存单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="346" />
      <source>Someone else changed this document meanwhile; reopen it and try again.</source>
      <translation>此单据已被他人修改；请重新打开后再试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="427" />
      <source>Unknown stock document type {kind}.</source>
      <translation>未知的库存单据类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="430" />
      <source>An assembly or disassembly is made from the kit's bill of components (组装 / 拆卸).</source>
      <translation>组装单或拆卸单须按组合商品的物料清单（组装 / 拆卸）生成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="446" />
      <source>Enter the document date.</source>
      <translation>请输入单据日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="448" />
      <source>Add at least one line.</source>
      <translation>请至少添加一行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="496" />
      <source>{where}: unknown product.</source>
      <translation>{where}：未知商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="499" />
      <source>{where}: product {code} {name} is inactive.</source>
      <translation>{where}：商品 {code} {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="506" />
      <source>{where}: quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>{where}：数量必须大于零，最多 3 位小数（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="536" />
      <source>{where}: a transfer needs a target bin different from its source.</source>
      <translation>{where}：调拨的目标库位必须与来源库位不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="564" />
      <source>{where}: unknown bin.</source>
      <translation>{where}：未知库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="590" />
      <source>Document {number} is already posted.</source>
      <translation>单据 {number} 已过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="601" />
      <source>Choose the reason of this {kind}: it decides the account booked against the stock.</source>
      <translation>请选择此{kind}的原因：它决定与库存对应的记账科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="283" />
      <source>Only a posted document can be reversed.</source>
      <translation>只有已过账的单据才能冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="285" />
      <source>Document {number} has already been reversed.</source>
      <translation>单据 {number} 已被冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="288" />
      <source>Document {number} is itself a reversal and cannot be reversed.</source>
      <translation>单据 {number} 本身是冲销单，不能再冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="442" />
      <source>Unknown reason {reason}.</source>
      <translation>未知原因 {reason}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="520" />
      <source>{where}: choose the bin the stock comes from.</source>
      <translation>{where}：请选择出库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="529" />
      <source>{where}: choose the bin the stock goes to.</source>
      <translation>{where}：请选择入库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="545" />
      <source>{where}: the unit cost cannot be negative.</source>
      <translation>{where}：单位成本不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/documents.py" line="855" />
      <source>Stock document {number} not found.</source>
      <translation>找不到库存单据 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="161" />
      <source>From bin</source>
      <translation>调出库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="162" />
      <source>To bin</source>
      <translation>调入库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="77" />
      <source>Lots or serials were entered for {code}, which is not on this document.</source>
      <translation>录入了 {code} 的批次或序列号，但该商品不在本单据上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="86" />
      <source>Line {line}, {code}</source>
      <translation>第 {line} 行，{code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="135" />
      <source>Choose the kit.</source>
      <translation>请选择组合商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="138" />
      <source>{code} {name} has no bill of components; enter its components first.</source>
      <translation>{code} {name} 没有物料清单，请先录入其组件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="147" />
      <source>The number of kits must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>组合商品数量必须大于零，最多 3 位小数（当前为 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="157" />
      <source>Choose the bin the stock comes from.</source>
      <translation>请选择出库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="159" />
      <source>Choose the bin the stock goes to.</source>
      <translation>请选择入库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="272" />
      <source>Assembly not found.</source>
      <translation>找不到该组装/拆卸单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_docs.py" line="181" />
      <source>{where}: {qty} kits need {base} of component {code}, more than 3 decimals.</source>
      <translation>{where}：{qty} 套需要组件 {code} {base}，超过 3 位小数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_lots.py" line="31" />
      <source>{where}: a lot or serial without its number.</source>
      <translation>{where}：批次或序列号缺少号码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_lots.py" line="40" />
      <source>{where}: the quantity of {number} must be more than zero with at most 3 decimals (got {qty}).</source>
      <translation>{where}：{number} 的数量必须大于零，且最多 3 位小数（输入的是 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kit_lots.py" line="50" />
      <source>{where}: {number} expires before it was produced.</source>
      <translation>{where}：{number} 的到期日期早于生产日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="347" />
      <source>An assembly needs what it consumes and what it produces.</source>
      <translation>组装/拆卸单须同时有耗用和产出。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="137" />
      <source>Product not found.</source>
      <translation>找不到该商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="195" />
      <source>{where}: the quantity per kit must be greater than zero.</source>
      <translation>{where}：每套用量必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="199" />
      <source>{where}: the quantity per kit has at most 3 decimals (got {qty}).</source>
      <translation>{where}：每套用量最多 3 位小数（当前为 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="205" />
      <source>{where}: kit {code} cannot contain itself.</source>
      <translation>{where}：组合商品 {code} 不能包含其自身。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="214" />
      <source>{where}: {component} contains kit {code} itself ({chain}).</source>
      <translation>{where}：{component} 包含了组合商品 {code} 本身（{chain}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="226" />
      <source>{where}: {code} is already on the bill; enter it once.</source>
      <translation>{where}：{code} 已在物料清单中，请只录入一次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="468" />
      <source>{line}: enter the lot number (and its date) of what is produced.</source>
      <translation>{line}：请录入产出商品的批号（及日期）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="444" />
      <source>{line}: the product is not lot- or serial-tracked; it takes no lot.</source>
      <translation>{line}：该商品不按批次或序列号管理，不需要批次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/kits.py" line="462" />
      <source>{line}: scan the serial number of each of its {qty} units.</source>
      <translation>{line}：请扫描全部 {qty} 件的序列号，每件一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="267" />
      <source>The expired-lot policy is 'ask' or 'forbid'.</source>
      <translation>过期批次策略只能是 'ask'（询问）或 'forbid'（禁止）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="362" />
      <source>There is no lot {number} of this product.</source>
      <translation>该商品没有批次 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="457" />
      <source>A product is tracked by lot or by serial number, not both.</source>
      <translation>商品只能按批次或按序列号管理，不能两者兼有。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="472" />
      <source>{code} {name} already has stock moves: lot or serial tracking can only be chosen before its first move.</source>
      <translation>{code} {name} 已有库存流水：批次或序列号管理只能在首笔流水前设定。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="496" />
      <source>Write a serial as PRODUCT:SERIAL (got {text}).</source>
      <translation>序列号请写成 商品:序列号（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="498" />
      <source>Write a lot as PRODUCT:LOT[:QTY[:EXPIRY[:PRODUCTION]]] (got {text}).</source>
      <translation>批次请写成 商品:批次[:数量[:有效期[:生产日期]]]（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="466" />
      <source>{field} must be a whole number of days between 1 and 36500.</source>
      <translation>{field} 必须是 1 到 36500 之间的整数天数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/lots.py" line="515" />
      <source>{text} is not a date: write YYYY-MM-DD, e.g. 2026-03-31.</source>
      <translation>{text} 不是日期：请写成 YYYY-MM-DD，例如 2026-03-31。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="276" />
      <source>Sales delivery</source>
      <translation>销售出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="278" />
      <source>Purchase receipt</source>
      <translation>采购入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="280" />
      <source>Opening</source>
      <translation>期初</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="347" />
      <source>Adjustment</source>
      <translation>盘盈盘亏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="348" />
      <source>In transit</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="350" />
      <source>Assembly / disassembly</source>
      <translation>组装 / 拆卸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/queries.py" line="201" />
      <source>(no category)</source>
      <translation>（未分类）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/inventory/variants.py" line="132" />
      <source>That product template no longer exists.</source>
      <translation>该款式已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="16" />
      <source>Inventory</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="27" />
      <source>Stock counts</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="29" />
      <source>Serial number lookup…</source>
      <translation>序列号查询…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/__init__.py" line="30" />
      <source>Type or scan a serial number to see its history</source>
      <translation>输入或扫描序列号，查看其全部经历</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/common.py" line="21" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/common.py" line="59" />
      <source>Posted {number}</source>
      <translation>已过账 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="63" />
      <source>Count number</source>
      <translation>盘点单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="66" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="86" />
      <source>New count</source>
      <translation>新建盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="87" />
      <source>Open count</source>
      <translation>打开盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="88" />
      <source>Cancel count</source>
      <translation>作废盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="93" />
      <source>Print count sheet…</source>
      <translation>打印盘点表…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="153" />
      <source>New stock count</source>
      <translation>新建盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="158" />
      <source>All categories</source>
      <translation>全部分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="159" />
      <source>Freeze the bins while counting (no stock moves in or out)</source>
      <translation>盘点期间冻结库位（禁止出入库）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="163" />
      <source>Create and snapshot</source>
      <translation>创建并快照</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="250" />
      <source>Book (snapshot)</source>
      <translation>账面数（快照）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="254" />
      <source>Variance value</source>
      <translation>差异金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="255" />
      <source>Serial numbers</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="281" />
      <source>Scan a barcode or type a code, Enter (3*code adds three, =12*code sets the count to 12)</source>
      <translation>扫描条码或输入编码后回车（3*编码 加 3 件，=12*编码 把实盘设为 12）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="288" />
      <source>Qty (1)</source>
      <translation>数量（1）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="290" />
      <source>Ready to scan.</source>
      <translation>可以开始扫描。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="305" />
      <source>Unknown codes</source>
      <translation>未知条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="309" />
      <source>Treat products not counted as zero</source>
      <translation>未盘商品按零处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="311" />
      <source>Post count</source>
      <translation>盘点过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="312" />
      <source>Set quantity…</source>
      <translation>录入数量…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="314" />
      <source>Count with a phone…</source>
      <translation>用手机盘点…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="315" />
      <source>Show a QR code: phones on the shop's Wi-Fi scan into this count</source>
      <translation>显示二维码：连接店内 Wi-Fi 的手机可扫码录入本盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="317" />
      <source>The count sheet to count on paper (Ctrl+P)</source>
      <translation>打印盘点表，在纸上盘点 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="319" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="463" />
      <source>Unknown codes ({count})</source>
      <translation>未知条码（{count}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="467" />
      <source>{counted} of {lines} lines counted · gain {gain} · loss {loss}</source>
      <translation>已盘 {counted}/{lines} 行 · 盘盈 {gain} · 盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="576" />
      <source>Shelved in another bin</source>
      <translation>商品在其他库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="696" />
      <source>found over the book</source>
      <translation>盘盈（多于账面）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="696" />
      <source>missing</source>
      <translation>盘亏（少于账面）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="84" />
      <source>Search number or note…</source>
      <translation>搜索单号或备注…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="225" />
      <source>Choose at least one bin.</source>
      <translation>请至少选择一个库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="336" />
      <source>Scan</source>
      <translation>扫描</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="403" />
      <source>Matrix: {n} variants, +{qty}</source>
      <translation>矩阵：{n} 个规格商品，+{qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="460" />
      <source>{code} — bin {bin}, scanned {hits}×</source>
      <translation>{code} — 库位 {bin}，扫描 {hits} 次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="611" />
      <source>Unknown code {code}: kept in the list on the right, not counted.</source>
      <translation>未知条码 {code}：已记入右侧列表，未计数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="641" />
      <source>Counted quantity</source>
      <translation>实盘数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="642" />
      <source>{code} {name} in bin {bin}:</source>
      <translation>{code} {name}，库位 {bin}：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="732" />
      <source>Post stock count {number}: gain {gain}, loss {loss}?</source>
      <translation>盘点单 {number} 过账：盘盈 {gain}，盘亏 {loss}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="134" />
      <source>Cancel stock count {number}?</source>
      <translation>作废盘点单 {number}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="594" />
      <source>(not in the snapshot: book quantity at the snapshot is used)</source>
      <translation>（不在快照中：使用快照时点的账面数）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="597" />
      <source>(on the books in {bins})</source>
      <translation>（账面在 {bins}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="599" />
      <source>{label}: {added} → counted {counted}</source>
      <translation>{label}：{added} → 实盘 {counted}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="727" />
      <source>{count} unknown codes were scanned and will not be adjusted. Post anyway?</source>
      <translation>扫描到 {count} 个未知条码，不会调整。仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/counts.py" line="446" />
      <source>bins frozen</source>
      <translation>库位已冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="330" />
      <source>{count} lines, value {value}</source>
      <translation>{count} 行，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="762" />
      <source>Unknown codes from phones: {codes}</source>
      <translation>手机扫到的未知条码：{codes}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="59" />
      <source>Base qty</source>
      <translation>基本单位数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="135" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="136" />
      <source>Save draft</source>
      <translation>保存草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="140" />
      <source>Reverse the posted document (红冲) and open a copy of it as a new draft to correct and post again.</source>
      <translation>红冲已过账单据，并把副本作为新草稿打开，更正后重新过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="143" />
      <source>Delete draft</source>
      <translation>删除草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="144" />
      <source>Phone scanning…</source>
      <translation>手机扫码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="146" />
      <source>Show a QR code: phones on the shop's Wi-Fi scan what is moved into this transfer</source>
      <translation>显示二维码：店内 Wi-Fi 上的手机扫码，调拨的商品直接录入本调拨单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="417" />
      <source>{code}: only {qty} in this warehouse; the line takes what is there.</source>
      <translation>{code}：本仓库只有 {qty}，此行按现有数量出库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="622" />
      <source>Reverse {number}? A reversing document is posted at once.</source>
      <translation>冲销 {number}？将立即过账一张冲销单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="190" />
      <source>— choose a reason —</source>
      <translation>— 请选择原因 —</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="240" />
      <source>Reverses {number}.</source>
      <translation>冲销 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="242" />
      <source>Reversed by {number}.</source>
      <translation>已被 {number} 冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="332" />
      <source>(+ lines at average cost)</source>
      <translation>（另有按平均成本计价的行）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="632" />
      <source>Reverse {number} (红冲) and open a copy as a new draft to correct? The reversal is posted at once.</source>
      <translation>红冲 {number} 并把副本作为新草稿打开进行更正？红冲单将立即过账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="713" />
      <source>Unknown code {code}: not moved; the PC lists it.</source>
      <translation>未知条码 {code}：未调拨，已在电脑上列出。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="742" />
      <source>{label}: +{added} → moving {qty}</source>
      <translation>{label}：+{added} → 调拨 {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="551" />
      <source>Line {line}: enter a quantity greater than zero.</source>
      <translation>第 {line} 行：请输入大于零的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="586" />
      <source>Delete this draft?</source>
      <translation>删除此草稿？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/doc_form.py" line="479" />
      <source>A transfer needs a target bin different from its source.</source>
      <translation>调拨的目标库位必须与来源库位不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="45" />
      <source>Document number</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="82" />
      <source>New issue</source>
      <translation>新建出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="83" />
      <source>New transfer</source>
      <translation>新建调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="84" />
      <source>New assembly</source>
      <translation>新建组装单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="85" />
      <source>New disassembly</source>
      <translation>新建拆卸单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/documents.py" line="78" />
      <source>Search number, note or product…</source>
      <translation>搜索单号、备注或商品…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="404" />
      <source>In stock at that bin: {lots}</source>
      <translation>该库位库存：{lots}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="80" />
      <source>Kit: code, name, barcode or 助记码</source>
      <translation>组合商品：编码、名称、条码或助记码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="89" />
      <source>Kits</source>
      <translation>套数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="94" />
      <source>The lots or serial numbers of the kits</source>
      <translation>套件的批次或序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="96" />
      <source>Kit lots / serials</source>
      <translation>套件批次 / 序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="238" />
      <source>{kits} × {code}: value {value}</source>
      <translation>{kits} × {code}：金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="339" />
      <source>As assembled (Enter to type)</source>
      <translation>按组装时（按 Enter 录入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="340" />
      <source>Scan serials…</source>
      <translation>扫描序列号……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="340" />
      <source>Enter lots…</source>
      <translation>录入批次…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="403" />
      <source>None in stock at that bin.</source>
      <translation>该库位没有库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="91" />
      <source>Components from</source>
      <translation>组件出库库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="91" />
      <source>Kits from</source>
      <translation>组合商品出库库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="92" />
      <source>Kits to</source>
      <translation>组合商品入库库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="92" />
      <source>Components to</source>
      <translation>组件入库库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="221" />
      <source>A reversal (红冲).</source>
      <translation>这是一张红冲单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="223" />
      <source>Reversed.</source>
      <translation>已红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="252" />
      <source>{kits} × {code}: {value} at today's cost ({cost} a kit)</source>
      <translation>{kits} × {code}：按当前成本 {value}（每套 {cost}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="260" />
      <source>Choose the kit: its bill of components fills the lines.</source>
      <translation>请选择组合商品：按其物料清单自动生成明细。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="337" />
      <source>FEFO (first expiry first)</source>
      <translation>先到期先出（FEFO）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/kit_form.py" line="312" />
      <source>Enter how many kits, more than zero.</source>
      <translation>请输入套数，须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="93" />
      <source>Scan this code with the phone's camera; the phone must be on the same Wi-Fi as this PC. Several phones may count at once. Scans appear in the count screen as they arrive; posting stays here.</source>
      <translation>用手机相机扫描此二维码；手机须与本电脑连接同一 Wi-Fi。可多部手机同时盘点。手机扫码会实时显示在盘点界面中；过账仍在电脑上进行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="108" />
      <source>End the phone session</source>
      <translation>结束手机盘点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="109" />
      <source>Hide</source>
      <translation>隐藏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="113" />
      <source>PC address</source>
      <translation>电脑地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="114" />
      <source>Page</source>
      <translation>页面地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="157" />
      <source>Secure page (https) with this shop's own certificate: the phone warns once that it does not know it. Check that it shows the fingerprint {fingerprint} and continue; then the Camera button scans live.</source>
      <translation>安全页面（https），使用本店自己的证书：手机会提示一次不认识该证书。请核对显示的指纹为 {fingerprint} 后继续；之后“摄像头”按钮即可实时扫码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="188" />
      <source>none yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="189" />
      <source>Phones: {phones} · scans received: {n}</source>
      <translation>手机：{phones} · 已收到扫码 {n} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="150" />
      <source>Plain http: the phone cannot open its live camera here; it can take a photo of a barcode, or type the code.</source>
      <translation>普通 http：手机无法在此打开实时摄像头；可以拍摄条码照片，或输入条码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="184" />
      <source>The phone session has ended.</source>
      <translation>手机盘点已结束。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="267" />
      <source>Scan this code with the phone's camera; the phone must be on the same Wi-Fi as this PC. Several phones may scan at once. Scans appear in this form as they arrive; posting stays here.</source>
      <translation>用手机相机扫描此二维码；手机须与本电脑连接同一 Wi-Fi。可多部手机同时扫码。扫码结果实时出现在本单据中；过账仍在电脑上完成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/phone.py" line="274" />
      <source>End phone scanning</source>
      <translation>结束手机扫码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="170" />
      <source>All warehouses</source>
      <translation>全部仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="183" />
      <source>Stock on hand</source>
      <translation>库存现存量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="243" />
      <source>Stock movements</source>
      <translation>库存流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="284" />
      <source>Stock valuation</source>
      <translation>库存估值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="350" />
      <source>Slow-moving stock</source>
      <translation>呆滞库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="91" />
      <source>In units (箱 / 瓶)</source>
      <translation>按单位显示（箱 / 瓶）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="93" />
      <source>Show the quantity split over the product's units, largest first</source>
      <translation>按商品的各单位拆分显示数量，大单位在前</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="190" />
      <source>Product code or name…</source>
      <translation>商品编码或名称…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="321" />
      <source>Product code or name, or lot…</source>
      <translation>商品编码或名称，或批号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="429" />
      <source>Movements</source>
      <translation>流水</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="430" />
      <source>Valuation</source>
      <translation>估值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="431" />
      <source>Slow-moving</source>
      <translation>呆滞</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="433" />
      <source>FIFO layers</source>
      <translation>先进先出成本层</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="434" />
      <source>By template</source>
      <translation>按款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="186" />
      <source>By bin</source>
      <translation>按库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="186" />
      <source>By warehouse</source>
      <translation>按仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="186" />
      <source>By category</source>
      <translation>按分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="236" />
      <source>{count} rows · value {value}</source>
      <translation>{count} 行 · 金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="277" />
      <source>{count} moves · balance {balance}</source>
      <translation>{count} 笔 · 结存 {balance}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="338" />
      <source>{count} layers · {qty} remaining · value {value}</source>
      <translation>{count} 个成本层 · 剩余 {qty} · 金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="355" />
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="356" />
      <source>No issue in</source>
      <translation>无出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="375" />
      <source>{count} products · value {value}</source>
      <translation>{count} 个商品 · 金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="401" />
      <source>Shortfall</source>
      <translation>缺口</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="411" />
      <source>{count} products at or below their reorder point</source>
      <translation>{count} 个商品低于或等于再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/reports.py" line="307" />
      <source>Total {value}</source>
      <translation>合计 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/serials.py" line="52" />
      <source>Serial number lookup</source>
      <translation>序列号查询</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/serials.py" line="54" />
      <source>Type or scan a serial number, then Enter</source>
      <translation>输入或扫描序列号，按回车</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/variant_reports.py" line="32" />
      <source>Stock by template</source>
      <translation>款式库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/inventory/variant_reports.py" line="52" />
      <source>Template</source>
      <translation>款式</translation>
    </message>
  </context>
</TS>
