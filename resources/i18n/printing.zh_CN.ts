<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="45" />
      <source>print documents, statements and labels to PDF</source>
      <translation>将单据、对账单和标签打印为 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="53" />
      <source>customer or supplier statement (对账单)</source>
      <translation>客户或供应商对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="62" />
      <source>product barcode labels</source>
      <translation>商品条码标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="63" />
      <source>product codes or barcodes, comma-separated</source>
      <translation>商品编码或条码，逗号分隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="67" />
      <source>a4-3x8, a4-3x10, a4-4x10 or roll-50x30</source>
      <translation>a4-3x8、a4-3x10、a4-4x10 或 roll-50x30（卷纸）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="70" />
      <source>labels already used on the first sheet</source>
      <translation>第一张纸上已用掉的标签数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="72" />
      <source>a labels template: its paper and grid instead of --layout</source>
      <translation>标签模板：用它的纸张和排列代替 --layout</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="74" />
      <source>print templates: list, export, import</source>
      <translation>打印模板：列出、导出、导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="76" />
      <source>the templates of every kind (or one)</source>
      <translation>所有单据类型（或某一类型）的模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="77" />
      <source>delivery, sales_order, statement, labels …</source>
      <translation>delivery、sales_order、statement、labels …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="80" />
      <source>write a template to a file</source>
      <translation>把模板写入文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="85" />
      <source>add the template in a file</source>
      <translation>添加文件中的模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="87" />
      <source>store it under this name instead of the file's</source>
      <translation>用此名称保存，而不用文件里的名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="88" />
      <source>and make it the default of its kind</source>
      <translation>并设为该类单据的默认模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="90" />
      <source>make a template the default of its kind</source>
      <translation>将模板设为该类单据的默认模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="92" />
      <source>a template's name; "Standard" for the built-in layout</source>
      <translation>模板名称；“标准”表示内置格式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="94" />
      <source>a customer's or supplier's own template</source>
      <translation>客户或供应商专用模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="96" />
      <source>a template's name; "Standard" to go back to the shop's default</source>
      <translation>模板名称；“标准”表示恢复本店默认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="100" />
      <source>a counter member (会员): counter_ticket</source>
      <translation>收银台会员（卡号或电话）：用于 counter_ticket</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="49" />
      <source>document number (or id)</source>
      <translation>单号（或 id）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="51" />
      <source>print template (default: the customer's, the shop's)</source>
      <translation>打印模板（默认：客户专用的，其次店铺默认的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="191" />
      <source>Imported template {name} for {kind}.</source>
      <translation>已导入{kind}模板 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="120" />
      <source>Unknown document kind {kind}; one of {known}.</source>
      <translation>未知的单据类型 {kind}；可选：{known}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="159" />
      <source>* = the default of its kind</source>
      <translation>* = 该类单据的默认模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="168" />
      <source>{name} is now the default template for {kind}.</source>
      <translation>{name} 现为{kind}的默认模板。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="108" />
      <source>{text} is not a date (YYYY-MM-DD).</source>
      <translation>{text} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="147" />
      <source>Print template</source>
      <translation>打印模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="147" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="183" />
      <source>{code} prints {kind} with the shop's default template.</source>
      <translation>{code} 的{kind}使用本店默认模板打印。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="186" />
      <source>{code} prints {kind} with {name}.</source>
      <translation>{code} 的{kind}使用模板 {name} 打印。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/api.py" line="52" />
      <source>The template {name} is for {kind}, not for this document.</source>
      <translation>模板 {name} 用于{kind}，不适用于此单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="159" />
      <source>Total: {words}</source>
      <translation>合计：{words}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="183" />
      <source>Bookkeeper (记账):</source>
      <translation>记账：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="184" />
      <source>Reviewer (审核):</source>
      <translation>审核：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="185" />
      <source>Prepared by (制单): {name}</source>
      <translation>制单：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="199" />
      <source>Accounting voucher (记账凭证)</source>
      <translation>记账凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="88" />
      <source>A voucher needs a paper with a height; {paper} is a roll.</source>
      <translation>记账凭证需要有高度的纸张；{paper} 是卷纸。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="147" />
      <source>Debit amount</source>
      <translation>借方金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="147" />
      <source>Credit amount</source>
      <translation>贷方金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="263" />
      <source>Page {page}</source>
      <translation>第 {page} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="103" />
      <source>No vouchers.</source>
      <translation>没有凭证。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="138" />
      <source>Unit: {name}</source>
      <translation>编制单位：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="139" />
      <source>Date: {date}</source>
      <translation>日期：{date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="140" />
      <source>Voucher No. {number}</source>
      <translation>凭证号：{number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="192" />
      <source>Source: {source}</source>
      <translation>来源：{source}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/books.py" line="193" />
      <source>Attachments: {n}</source>
      <translation>附单据 {n} 张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="420" />
      <source>Received from</source>
      <translation>今收到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="421" />
      <source>For</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="425" />
      <source>Amount (figures)</source>
      <translation>小写金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="168" />
      <source>Document No.</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="326" />
      <source>Brought forward</source>
      <translation>承上页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="331" />
      <source>Carried forward</source>
      <translation>过次页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="424" />
      <source>Amount (RMB, in words)</source>
      <translation>人民币（大写）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="145" />
      <source>(company name not set — Settings › Company)</source>
      <translation>（未设置公司名称——设置 › 公司信息）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="184" />
      <source>Total (in words)</source>
      <translation>合计金额（大写）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="443" />
      <source>Applied to</source>
      <translation>核销单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/documents.py" line="186" />
      <source>Notes: {notes}</source>
      <translation>备注：{notes}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="151" />
      <source>Product labels</source>
      <translation>商品标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="136" />
      <source>Unknown label layout {layout}; choose one of {known}.</source>
      <translation>未知的标签版式 {layout}；可选：{known}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="140" />
      <source>Choose at least one product to print labels for.</source>
      <translation>请至少选择一个要打印标签的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="143" />
      <source>Copies must be between 1 and {max} labels in all.</source>
      <translation>份数须至少为 1，标签总数不超过 {max}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="145" />
      <source>Unknown barcode type {kind}.</source>
      <translation>未知的条码类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="78" />
      <source>A4, 3 × 8 labels (70 × 36 mm)</source>
      <translation>A4，3 × 8 标签（70 × 36 毫米）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="79" />
      <source>A4, 3 × 10 labels (70 × 29.7 mm)</source>
      <translation>A4，3 × 10 标签（70 × 29.7 毫米）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="80" />
      <source>A4, 4 × 10 labels (48.5 × 25.4 mm)</source>
      <translation>A4，4 × 10 标签（48.5 × 25.4 毫米）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="81" />
      <source>Label roll, 50 × 30 mm</source>
      <translation>卷标签，50 × 30 毫米</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/labels.py" line="101" />
      <source>{code} is not a valid EAN-13 barcode.</source>
      <translation>{code} 不是有效的 EAN-13 条码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="371" />
      <source>Page {page} of {total}</source>
      <translation>第 {page} 页 / 共 {total} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="207" />
      <source>Bank: {bank}</source>
      <translation>开户行：{bank}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="354" />
      <source>{role}:</source>
      <translation>{role}：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="199" />
      <source>Tel: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/layout.py" line="200" />
      <source>Tax id: {tax_id}</source>
      <translation>税号：{tax_id}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/receipts.py" line="171" />
      <source>Receipt paper is 58 or 80 mm wide (a custom roll {low} to {high} mm).</source>
      <translation>小票纸宽 58 或 80 mm（自定义卷纸 {low} 至 {high} mm）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/reports.py" line="24" />
      <source>reverses {voucher}</source>
      <translation>冲销 {voucher}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/reports.py" line="59" />
      <source>The paper is a4 or a5.</source>
      <translation>纸张为 a4 或 a5。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="553" />
      <source>Lots {lots}</source>
      <translation>批次 {lots}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="552" />
      <source>Serials {numbers}</source>
      <translation>序列号 {numbers}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="53" />
      <source>No {what} {ref}.</source>
      <translation>找不到{what} {ref}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="115" />
      <source>Amount before tax</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="115" />
      <source>Total incl. tax</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="280" />
      <source>contains {parts}</source>
      <translation>含 {parts}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="374" />
      <source>sales quote</source>
      <translation>报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="375" />
      <source>Quotation</source>
      <translation>报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="387" />
      <source>delivery</source>
      <translation>出库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="388" />
      <source>Delivery note</source>
      <translation>销售出库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="400" />
      <source>sales order</source>
      <translation>销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="401" />
      <source>Sales order</source>
      <translation>销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="411" />
      <source>sales return</source>
      <translation>销售退货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="412" />
      <source>Sales return note</source>
      <translation>销售退货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="424" />
      <source>purchase order</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="425" />
      <source>Purchase order</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="436" />
      <source>goods receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="437" />
      <source>Goods receipt note</source>
      <translation>采购入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="447" />
      <source>purchase return</source>
      <translation>采购退货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="448" />
      <source>Purchase return note</source>
      <translation>采购退货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="464" />
      <source>stock document</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="566" />
      <source>stock count</source>
      <translation>盘点单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="618" />
      <source>receipt of money</source>
      <translation>收付款单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="670" />
      <source>landed cost</source>
      <translation>采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="806" />
      <source>No product with code or barcode {codes}.</source>
      <translation>找不到编码或条码为 {codes} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="862" />
      <source>Cannot print documents of kind {kind}.</source>
      <translation>无法打印此类单据：{kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="331" />
      <source>Expected</source>
      <translation>预计到货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="378" />
      <source>Prepared by</source>
      <translation>制单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="378" />
      <source>Approved by</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="378" />
      <source>Customer confirmation</source>
      <translation>客户确认签章</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="391" />
      <source>Shipped by</source>
      <translation>发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="391" />
      <source>Received by (customer)</source>
      <translation>收货（客户签收）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="415" />
      <source>Received by</source>
      <translation>收货人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="428" />
      <source>Supplier confirmation</source>
      <translation>供应商确认签章</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="440" />
      <source>Received by (warehouse)</source>
      <translation>仓库验收</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="440" />
      <source>Delivered by</source>
      <translation>送货人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="504" />
      <source>Transfer note</source>
      <translation>调拨单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="505" />
      <source>Stock receipt note</source>
      <translation>其他入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="506" />
      <source>Stock issue note</source>
      <translation>其他出库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="597" />
      <source>Stock count sheet</source>
      <translation>盘点表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="620" />
      <source>{number} is not a receipt or payment of money.</source>
      <translation>{number} 不是收款或付款单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="695" />
      <source>Charge</source>
      <translation>费用类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="696" />
      <source>Spread</source>
      <translation>分摊方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="703" />
      <source>Landed cost note</source>
      <translation>采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="507" />
      <source>Assembly note</source>
      <translation>组装单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="509" />
      <source>Disassembly note</source>
      <translation>拆卸单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="513" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="515" />
      <source>Kit</source>
      <translation>组合商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="518" />
      <source>Reverses</source>
      <translation>红冲原单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="521" />
      <source>Total value</source>
      <translation>合计金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="535" />
      <source>Issued by</source>
      <translation>发料人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="606" />
      <source>Counted by</source>
      <translation>盘点人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="606" />
      <source>Checked by</source>
      <translation>复核</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="606" />
      <source>Warehouse keeper</source>
      <translation>仓管员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="644" />
      <source>Money receipt</source>
      <translation>收款收据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="644" />
      <source>Payment voucher</source>
      <translation>付款单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="700" />
      <source>Invoice number</source>
      <translation>发票号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="716" />
      <source>Accountant</source>
      <translation>会计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="603" />
      <source>Snapshot</source>
      <translation>快照时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="634" />
      <source>Document of {date}</source>
      <translation>{date} 的单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="654" />
      <source>Payment received</source>
      <translation>收款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="654" />
      <source>Payment made</source>
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="656" />
      <source>Handled by</source>
      <translation>经手人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="658" />
      <source>Payee</source>
      <translation>收款人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/sources.py" line="688" />
      <source>to stock {stock}, to cost of goods {cogs}</source>
      <translation>计入库存 {stock}，计入主营业务成本 {cogs}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="184" />
      <source>Total for the period / closing balance</source>
      <translation>本期合计 / 期末余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="39" />
      <source>Customer statement</source>
      <translation>客户对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="39" />
      <source>Supplier statement</source>
      <translation>供应商对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="149" />
      <source>Amount received</source>
      <translation>已收金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="149" />
      <source>Amount paid</source>
      <translation>已付金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="205" />
      <source>Over 90 days</source>
      <translation>90 天以上</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="205" />
      <source>Unapplied credits</source>
      <translation>未核销贷项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="148" />
      <source>Amount due</source>
      <translation>应收金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="148" />
      <source>Amount payable</source>
      <translation>应付金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="107" />
      <source>Closing balance (in words)</source>
      <translation>期末余额（大写）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="137" />
      <source>Company seal</source>
      <translation>公司盖章</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="113" />
      <source>Ageing of the balance at {date}</source>
      <translation>截至 {date} 余额账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="126" />
      <source>Please check this statement; if anything differs, tell us within 7 days. Otherwise it is taken as confirmed.</source>
      <translation>请核对本对账单，如有不符请于 7 日内告知，逾期视为确认无误。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/statements.py" line="98" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="39" />
      <source>Standard</source>
      <translation>标准</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="48" />
      <source>Unknown document kind {kind} for a template.</source>
      <translation>模板的单据类型 {kind} 未知。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="134" />
      <source>Give the template a name.</source>
      <translation>请为模板命名。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="136" />
      <source>A template's name has at most 80 characters.</source>
      <translation>模板名称最多 80 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="138" />
      <source>{name} is the built-in template's name; choose another.</source>
      <translation>{name} 是内置模板的名称，请换一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="146" />
      <source>There is already a template {name} for {kind}.</source>
      <translation>{kind}已有名为 {name} 的模板。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="177" />
      <source>The built-in template cannot be renamed; duplicate it instead.</source>
      <translation>内置模板不能改名，请复制后修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="185" />
      <source>The built-in template cannot be deleted.</source>
      <translation>内置模板不能删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="269" />
      <source>{path} is not a print template file.</source>
      <translation>{path} 不是打印模板文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="61" />
      <source>See erp-desktop print templates list.</source>
      <translation>请查看 erp-desktop print templates list。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="263" />
      <source>Cannot read {path}: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/store.py" line="59" />
      <source>No print template {name} for {kind}.</source>
      <translation>{kind}没有名为 {name} 的打印模板。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="74" />
      <source>Statement</source>
      <translation>对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="76" />
      <source>Accounting voucher</source>
      <translation>记账凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="77" />
      <source>Counter ticket</source>
      <translation>零售小票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="93" />
      <source>A4 (210 × 297 mm)</source>
      <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="94" />
      <source>A5 (148 × 210 mm)</source>
      <translation>A5（148 × 210 mm）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="95" />
      <source>Continuous paper 241 × 279 mm</source>
      <translation>连续纸 241 × 279 mm</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="96" />
      <source>Continuous paper 241 × 140 mm (1/2, 二联)</source>
      <translation>连续纸 241 × 140 mm（二等分，二联）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="97" />
      <source>Continuous paper 241 × 93 mm (1/3, 三联)</source>
      <translation>连续纸 241 × 93 mm（三等分，三联）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="98" />
      <source>Receipt roll 80 mm</source>
      <translation>80 mm 小票纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="99" />
      <source>Receipt roll 58 mm</source>
      <translation>58 mm 小票纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="100" />
      <source>Custom size</source>
      <translation>自定义尺寸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="118" />
      <source>Barcode number</source>
      <translation>条码号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="127" />
      <source>Shop name</source>
      <translation>店名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="128" />
      <source>Shop address</source>
      <translation>门店地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="129" />
      <source>Shop phone</source>
      <translation>门店电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="130" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="131" />
      <source>Ticket number</source>
      <translation>小票号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="135" />
      <source>Member card</source>
      <translation>会员卡号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="136" />
      <source>Original ticket (returns)</source>
      <translation>原小票号（退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="137" />
      <source>Dashed line</source>
      <translation>虚线</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="140" />
      <source>Subtotal, discounts, 抹零 and total</source>
      <translation>小计、优惠、抹零和合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="141" />
      <source>Payments and change</source>
      <translation>收款方式和找零</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="142" />
      <source>VAT included</source>
      <translation>含增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="144" />
      <source>Barcode of the ticket number</source>
      <translation>小票号条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="145" />
      <source>Company footer</source>
      <translation>公司页脚</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="146" />
      <source>Footer text</source>
      <translation>页脚文字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="157" />
      <source>Disc.</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="166" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="170" />
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="180" />
      <source>Letterhead and number</source>
      <translation>抬头与单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="181" />
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="183" />
      <source>Customer / supplier</source>
      <translation>客户 / 供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="184" />
      <source>Customer / supplier details</source>
      <translation>往来单位信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="187" />
      <source>Document details</source>
      <translation>单据信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="189" />
      <source>Right column</source>
      <translation>右栏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="192" />
      <source>Total in words (大写)</source>
      <translation>合计大写</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="194" />
      <source>Signature boxes</source>
      <translation>签字栏</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="195" />
      <source>Ageing</source>
      <translation>账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="196" />
      <source>Confirmation slip</source>
      <translation>回执确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="565" />
      <source>Lots / serials</source>
      <translation>批次 / 序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/printing/templates.py" line="667" />
      <source>Three-part form 241 × 93 mm</source>
      <translation>三联单 241 × 93 mm</translation>
    </message>
  </context>
</TS>
