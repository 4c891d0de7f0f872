<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="46" />
      <source>purchasing: requisitions, orders, approvals, receipts, returns, suggestions</source>
      <translation>采购：采购申请、订单、审批、入库、退货、补货建议</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="49" />
      <source>raise or list requisitions (采购申请)</source>
      <translation>提交或列出采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="52" />
      <source>raise a requisition</source>
      <translation>提交采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="56" />
      <source>list requisition lines (open ones unless --all)</source>
      <translation>列出采购申请明细（除非 --all，只列未处理的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="60" />
      <source>merge open requisition lines into draft orders, one per supplier</source>
      <translation>将未处理的采购申请合并为订单草稿，每个供应商一张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="61" />
      <source>only these requisitions</source>
      <translation>只处理这些采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="62" />
      <source>override the proposed supplier</source>
      <translation>指定供应商，替代建议的供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="66" />
      <source>accept a warning (zero-price)</source>
      <translation>接受警告（zero-price 零价格）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="68" />
      <source>create an order or move it along (submit, approve, reject, confirm, cancel, close)</source>
      <translation>创建订单或推进流程（提交、审批、驳回、确认、取消、关闭）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="73" />
      <source>create a purchase order</source>
      <translation>创建采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="79" />
      <source>confirm at once (refused when it needs approval)</source>
      <translation>立即确认（需要审批时会被拒绝）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="91" />
      <source>reject with a reason</source>
      <translation>驳回并说明原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="95" />
      <source>change a draft purchase order (only what is given changes)</source>
      <translation>修改草稿采购订单（只改所给的内容）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="97" />
      <source>set this product's quantity (and price) on the order, adding the line if new; QTY 0 removes it</source>
      <translation>设置订单上此商品的数量（和单价），没有该行则新增；数量为 0 则删除该行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="104" />
      <source>remove this product's line</source>
      <translation>删除此商品的行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="105" />
      <source>the --line lines replace all the order's lines</source>
      <translation>用 --line 给出的行替换订单的全部行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="112" />
      <source>receive an order (everything outstanding, or the given lines) into a bin</source>
      <translation>订单入库到库位（全部未到货，或指定明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="116" />
      <source>default: the warehouse's first active bin</source>
      <translation>默认：仓库的第一个可用库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="118" />
      <source>accept a warning (bin-capacity)</source>
      <translation>接受警告（bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="119" />
      <source>a lot received (several per product allowed; dates YYYY-MM-DD)</source>
      <translation>收到的批次（一个商品可多个批次；日期格式 YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="126" />
      <source>one serial number received</source>
      <translation>收到的一个序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="130" />
      <source>return goods of a receipt to the supplier</source>
      <translation>将入库单的货物退给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="136" />
      <source>post a landed cost (采购费用单: freight, duty, handling) on receipts</source>
      <translation>为入库单登记采购费用单（运费、关税、装卸费）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="137" />
      <source>the receipts the charge falls on</source>
      <translation>费用分摊到的入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="138" />
      <source>who bills the charge (carrier, broker …)</source>
      <translation>开具费用发票的供应商（物流公司、报关行…）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="139" />
      <source>the charge before VAT</source>
      <translation>不含税费用金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="140" />
      <source>VAT rate as a fraction (0.09 = 9%%)</source>
      <translation>税率，用小数表示（0.09 = 9%%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="141" />
      <source>the VAT amount on the invoice (default: net × rate)</source>
      <translation>发票上的税额（默认：金额 × 税率）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="142" />
      <source>spread by line value or quantity</source>
      <translation>按明细金额或数量分摊</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="144" />
      <source>the supplier's invoice number</source>
      <translation>供应商发票号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="147" />
      <source>reverse (红冲) a landed cost</source>
      <translation>红冲采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="151" />
      <source>list landed costs</source>
      <translation>列出采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="156" />
      <source>show a landed cost: how it was spread and placed</source>
      <translation>查看采购费用单：如何分摊、计入库存或成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="160" />
      <source>reorder suggestions (and --create draft orders from them)</source>
      <translation>补货建议（--create 据此生成订单草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="161" />
      <source>days of sales to average (default 30)</source>
      <translation>计算日均销量的天数（默认 30）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="165" />
      <source>list purchase orders</source>
      <translation>列出采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="175" />
      <source>show an order with its execution and approvals</source>
      <translation>显示订单及其执行和审批情况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="178" />
      <source>a supplier's quotes, on-time delivery and return rates</source>
      <translation>供应商的报价、准时交货率和退货率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="250" />
      <source>Requisition {number} raised.</source>
      <translation>已提交采购申请 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="335" />
      <source>Purchase order {number}: {total}</source>
      <translation>采购订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="343" />
      <source>{number} is now {state}.</source>
      <translation>{number} 现在是“{state}”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="405" />
      <source>Receipt {number}: net {net}, tax {tax}, payable {gross}; order {state}.</source>
      <translation>入库单 {number}：不含税 {net}，税额 {tax}，应付 {gross}；订单{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="435" />
      <source>Return {number}: payable reduced by {gross}.</source>
      <translation>退货单 {number}：应付减少 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="457" />
      <source>Landed cost {number}: {net} + VAT {tax} = payable {gross}; to stock {stock}, to cost of goods {cogs}.</source>
      <translation>采购费用单 {number}：{net} + 税额 {tax} = 应付 {gross}；计入库存 {stock}，计入主营业务成本 {cogs}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="475" />
      <source>Landed cost {original} reversed by {number}.</source>
      <translation>采购费用单 {original} 已由 {number} 红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="517" />
      <source>Net {net}, VAT {tax}, gross {gross}</source>
      <translation>金额 {net}，税额 {tax}，价税合计 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="642" />
      <source>Total {gross} · invoiced {invoiced} · paid {paid}</source>
      <translation>合计 {gross} · 已开票 {invoiced} · 已付款 {paid}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="658" />
      <source>requested</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="658" />
      <source>approved</source>
      <translation>已审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="658" />
      <source>rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="677" />
      <source>{code} {name} · grade {grade} · receipts {receipts} · on time {on_time} · return rate {returns}</source>
      <translation>{code} {name} · 等级 {grade} · 入库 {receipts} 次 · 准时率 {on_time} · 退货率 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="188" />
      <source>usage: erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</source>
      <translation>用法：erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="213" />
      <source>Write lines as PRODUCT:QTY (got {text}).</source>
      <translation>行的写法为 商品:数量（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="265" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="268" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="269" />
      <source>Needed by</source>
      <translation>需求日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="271" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="307" />
      <source>Draft order {number}: {total}</source>
      <translation>草稿订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="345" />
      <source>It needs approval by {who}.</source>
      <translation>需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="496" />
      <source>Receipts</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="497" />
      <source>Gross</source>
      <translation>价税合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="498" />
      <source>To stock</source>
      <translation>计入库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="499" />
      <source>To cost of goods</source>
      <translation>计入主营业务成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="520" />
      <source>Receipt</source>
      <translation>入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="523" />
      <source>Basis</source>
      <translation>分摊依据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="525" />
      <source>In stock</source>
      <translation>在库数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="549" />
      <source>Nothing to reorder.</source>
      <translation>无需补货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="581" />
      <source>Buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="584" />
      <source>Ordered/received/returned</source>
      <translation>订购/入库/退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="586" />
      <source>Waiting for</source>
      <translation>待审批人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="618" />
      <source>Price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="620" />
      <source>Received</source>
      <translation>已入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="621" />
      <source>Returned</source>
      <translation>已退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="622" />
      <source>Outstanding</source>
      <translation>未入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="624" />
      <source>Requisitions</source>
      <translation>采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="651" />
      <source>Approval: {state}</source>
      <translation>审批：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="688" />
      <source>Min. quantity</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="688" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="688" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="702" />
      <source>Write lines as PRODUCT:QTY@PRICE (got {text}).</source>
      <translation>行的写法为 商品:数量@单价（收到的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="708" />
      <source>Quantity may not be negative (got {text}).</source>
      <translation>数量不能为负数（收到的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="717" />
      <source>{number} is {state}: only a draft can be edited.</source>
      <translation>{number} 的状态是{state}：只有草稿可以修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="720" />
      <source>Nothing to change: give --line, --remove, --supplier, --expected, --date or --note.</source>
      <translation>没有要修改的内容：请给出 --line、--remove、--supplier、--expected、--date 或 --note。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="199" />
      <source>{what} must be a number (got {text}).</source>
      <translation>{what}必须是数字（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="224" />
      <source>No usable bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有可用库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="395" />
      <source>A --lot or --serial names a product not received here.</source>
      <translation>--lot 或 --serial 指定的商品不在本次入库中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="430" />
      <source>{code} is not on receipt {number}.</source>
      <translation>{code} 不在入库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="449" />
      <source>VAT rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="545" />
      <source>Why</source>
      <translation>计算依据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="554" />
      <source>No supplier known for {codes}; left out.</source>
      <translation>{codes} 没有已知供应商，已跳过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="613" />
      <source>buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="731" />
      <source>{number} has no line for {code}.</source>
      <translation>{number} 没有 {code} 的行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="380" />
      <source>{code} is not on order {number}.</source>
      <translation>{code} 不在订单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="450" />
      <source>VAT</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="597" />
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="653" />
      <source>waiting for {who}</source>
      <translation>等待 {who}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="282" />
      <source>Not ordered</source>
      <translation>未下单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="282" />
      <source>Ordered</source>
      <translation>订购数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="282" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="95" />
      <source>Pending approval</source>
      <translation>待审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="96" />
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="97" />
      <source>Partly received</source>
      <translation>部分入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="99" />
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="146" />
      <source>Order {number} is {state}; only drafts can be changed.</source>
      <translation>订单 {number} 状态为 {state}，只有草稿可以修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="156" />
      <source>Order {number} is {state}; only confirmed orders can be received.</source>
      <translation>订单 {number} 状态为 {state}，只有已确认的订单可以入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/checks.py" line="121" />
      <source>Purchase receipts and returns have their moves, payables and entries</source>
      <translation>采购入库和退货的库存移动、应付和凭证齐全</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/checks.py" line="179" />
      <source>Landed costs have their revaluations, payables and entries</source>
      <translation>采购费用单都有成本调整、应付款和凭证</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="61" />
      <source>Choose a supplier.</source>
      <translation>请选择供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="77" />
      <source>The purchase order no longer exists.</source>
      <translation>该采购订单已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="72" />
      <source>The receipts' lines have nothing to spread the charge over.</source>
      <translation>所选入库单的明细没有可分摊费用的金额或数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="196" />
      <source>{what} must be an amount with at most 2 decimals.</source>
      <translation>{what}必须是最多两位小数的金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="202" />
      <source>Choose at least one purchase receipt for the charge.</source>
      <translation>请至少选择一张采购入库单来分摊费用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="279" />
      <source>Landed cost {number} ({kind})</source>
      <translation>采购费用单 {number}（{kind}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="97" />
      <source>The charge</source>
      <translation>费用金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="99" />
      <source>The charge must be greater than zero.</source>
      <translation>费用金额必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="101" />
      <source>Spread the charge by value or by quantity.</source>
      <translation>请选择按金额或按数量分摊费用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="103" />
      <source>Unknown kind of charge: {kind}.</source>
      <translation>未知的费用类型：{kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="106" />
      <source>The VAT rate must be between 0 and 1 (0.09 = 9%).</source>
      <translation>税率必须在 0 到 1 之间（0.09 = 9%）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="109" />
      <source>The VAT cannot be negative.</source>
      <translation>税额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="112" />
      <source>Choose the supplier who bills the charge.</source>
      <translation>请选择开具费用发票的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="146" />
      <source>The landed cost no longer exists.</source>
      <translation>该采购费用单已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="149" />
      <source>Landed cost {number} is {state}; it cannot be reversed.</source>
      <translation>采购费用单 {number} 状态为 {state}，不能红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="157" />
      <source>A reversal cannot be dated before the landed cost ({date}).</source>
      <translation>红冲日期不能早于采购费用单日期（{date}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="207" />
      <source>The purchase receipt no longer exists.</source>
      <translation>该采购入库单已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="210" />
      <source>Receipt {number} has been reversed; a charge cannot fall on it.</source>
      <translation>入库单 {number} 已红冲，不能再分摊费用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="215" />
      <source>Receipt {number} is dated {date}, after the charge; date the charge on or after it.</source>
      <translation>入库单 {number} 的日期是 {date}，晚于费用日期；请把费用日期定在入库当天或之后。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/landed.py" line="107" />
      <source>The VAT</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="90" />
      <source>An order needs at least one line.</source>
      <translation>订单至少需要一行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="138" />
      <source>These lines have a price of zero: {lines}. Save anyway?</source>
      <translation>以下行单价为零：{lines}。仍要保存吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="149" />
      <source>The requisition line no longer exists.</source>
      <translation>该采购申请行已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="152" />
      <source>A requisition line can only be covered by an order line of the same product.</source>
      <translation>采购申请行只能由相同商品的订单行覆盖。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="156" />
      <source>Requisition {number} line {line} is already covered by an order.</source>
      <translation>采购申请 {number} 第 {line} 行已被订单覆盖。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="357" />
      <source>The over-receipt tolerance must be between 0 and 1 (0.05 = 5 %).</source>
      <translation>超收容差必须在 0 到 1 之间（0.05 = 5%）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="110" />
      <source>Tax rate must be between 0 and 1, e.g. 0.13 (line {line}).</source>
      <translation>税率必须在 0 到 1 之间，例如 0.13（第 {line} 行）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="256" />
      <source>Order {number} was changed by someone else meanwhile; reopen it.</source>
      <translation>订单 {number} 已被他人修改，请重新打开。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="286" />
      <source>Order {number} is {state}; it cannot be confirmed.</source>
      <translation>订单 {number} 状态为 {state}，不能确认。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="308" />
      <source>{number} is not awaiting approval.</source>
      <translation>{number} 不在待审批状态。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="335" />
      <source>Order {number} has receipts; close it instead of cancelling.</source>
      <translation>订单 {number} 已有入库，请关闭而不是作废。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="104" />
      <source>Price must be zero or more with at most 6 decimals (line {line}).</source>
      <translation>单价必须不小于零且最多 6 位小数（第 {line} 行）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="391" />
      <source>No purchase order {number}.</source>
      <translation>没有采购订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="395" />
      <source>No purchase receipt {number}.</source>
      <translation>没有采购入库单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="765" />
      <source>No landed cost {number}.</source>
      <translation>没有采购费用单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="610" />
      <source>Reversed</source>
      <translation>已红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="610" />
      <source>Reversal</source>
      <translation>红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="536" />
      <source>The supplier no longer exists.</source>
      <translation>该供应商已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="370" />
      <source>A return cannot be dated before its receipt ({date}).</source>
      <translation>退货日期不能早于入库日期（{date}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="374" />
      <source>Nothing to return: enter a quantity on at least one line.</source>
      <translation>没有可退的：请至少在一行输入数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="483" />
      <source>Return to supplier {number} ({receipt})</source>
      <translation>采购退货 {number}（{receipt}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="103" />
      <source>A receipt cannot be dated before its order ({date}).</source>
      <translation>入库日期不能早于订单日期（{date}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="107" />
      <source>Choose the warehouse bin to receive into.</source>
      <translation>请选择入库的仓库库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="117" />
      <source>Nothing to receive: enter a quantity on at least one line.</source>
      <translation>没有可入库的：请至少在一行输入数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="231" />
      <source>Purchase receipt {number} ({order})</source>
      <translation>采购入库 {number}（{order}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="300" />
      <source>Receipt {number} has already been reversed.</source>
      <translation>入库单 {number} 已红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="304" />
      <source>The order of receipt {number} is closed; it cannot be reversed.</source>
      <translation>入库单 {number} 的订单已关闭，不能红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="311" />
      <source>Everything on receipt {number} has gone back already.</source>
      <translation>入库单 {number} 的货物已全部退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="318" />
      <source>红冲 {number}</source>
      <translation>红冲 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="392" />
      <source>That line is not on receipt {number}.</source>
      <translation>该行不在入库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="403" />
      <source>Cannot return {qty} of {code} {name}: received {received}, already returned {returned}.</source>
      <translation>不能退 {code} {name} {qty}：已入库 {received}，已退 {returned}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="136" />
      <source>That line is not on order {number}.</source>
      <translation>该行不在订单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="148" />
      <source>Receiving {qty} of {code} {name} exceeds the order: ordered {ordered}, received {received}, tolerance {tolerance}%.</source>
      <translation>入库 {code} {name} {qty} 超出订单：订购 {ordered}，已入库 {received}，容差 {tolerance}%。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="194" />
      <source>reorder point {rp} + {avg}/day × {lead} days − (on hand {on_hand} + on order {on_order} − reserved {reserved}) = {need}; sold {sold} in {days} days</source>
      <translation>再订货点 {rp} + 日均 {avg} × {lead} 天 −（现存 {on_hand} + 在途 {on_order} − 预留 {reserved}）= {need}；{days} 天内销售 {sold}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="130" />
      <source>The sales window must be at least one day.</source>
      <translation>销量统计天数至少为一天。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="192" />
      <source>no supplier known</source>
      <translation>无已知供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="215" />
      <source>; rounded up to {qty} ({how})</source>
      <translation>；向上取整为 {qty}（{how}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="217" />
      <source>; best valid quote: {supplier} at {price}</source>
      <translation>；最优有效报价：{supplier}，单价 {price}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="274" />
      <source>Select the suggestions to order.</source>
      <translation>请选择要下单的建议。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="209" />
      <source>whole units</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="211" />
      <source>multiples of {n}</source>
      <translation>{n} 的倍数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="213" />
      <source>minimum order {n}</source>
      <translation>起订量 {n}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="223" />
      <source>; no valid quote, last supplier {supplier}</source>
      <translation>；无有效报价，上次供应商 {supplier}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/reorder.py" line="282" />
      <source>Choose a supplier for {code} {name}.</source>
      <translation>请为 {code} {name} 选择供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="99" />
      <source>A requisition needs at least one line.</source>
      <translation>采购申请至少需要一行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="207" />
      <source>Select the requisition lines to merge.</source>
      <translation>请选择要合并的采购申请行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="218" />
      <source>Choose a supplier for {code} {name} ({number}).</source>
      <translation>请为 {code} {name}（{number}）选择供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="13" />
      <source>Purchasing</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="32" />
      <source>Reorder suggestions</source>
      <translation>补货建议</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="33" />
      <source>Landed costs</source>
      <translation>采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="46" />
      <source>Share</source>
      <translation>分摊金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="75" />
      <source>net × rate</source>
      <translation>金额 × 税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="78" />
      <source>Receipt number, Enter to add</source>
      <translation>入库单号，回车添加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="80" />
      <source>Billed by</source>
      <translation>开票供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="83" />
      <source>Amount (net)</source>
      <translation>金额（不含税）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="84" />
      <source>VAT rate (%)</source>
      <translation>税率（%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="88" />
      <source>Add receipt</source>
      <translation>添加入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="107" />
      <source>Post landed cost</source>
      <translation>过账费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="108" />
      <source>Remove receipt</source>
      <translation>移除入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="109" />
      <source>Reverse (红冲)</source>
      <translation>红冲</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="110" />
      <source>Print landed cost note</source>
      <translation>打印采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="115" />
      <source>New landed cost</source>
      <translation>新建采购费用单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="116" />
      <source>(not posted)</source>
      <translation>（未过账）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="208" />
      <source>{count} receipt lines · net {net} · VAT {tax} · payable {gross}</source>
      <translation>{count} 行入库明细 · 金额 {net} · 税额 {tax} · 应付 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="195" />
      <source>Net {net} · VAT {tax} · payable {gross} · to stock {stock} · to cost of goods {cogs}</source>
      <translation>金额 {net} · 税额 {tax} · 应付 {gross} · 计入库存 {stock} · 计入主营业务成本 {cogs}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="272" />
      <source>Reverse landed cost {number} (红冲)?</source>
      <translation>红冲采购费用单 {number}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="299" />
      <source>Landed cost {number}</source>
      <translation>采购费用单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="228" />
      <source>The charge must be an amount with at most 2 decimals.</source>
      <translation>费用金额必须是最多两位小数的金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="233" />
      <source>The VAT rate must be a number.</source>
      <translation>税率必须是数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_cost_form.py" line="236" />
      <source>The VAT must be an amount with at most 2 decimals.</source>
      <translation>税额必须是最多两位小数的金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/landed_costs_page.py" line="37" />
      <source>Search number, supplier or invoice…</source>
      <translation>搜索单号、供应商或发票号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="62" />
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="104" />
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="115" />
      <source>Submit for approval</source>
      <translation>提交审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="116" />
      <source>Approve order</source>
      <translation>审批通过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="117" />
      <source>Reject…</source>
      <translation>驳回…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="136" />
      <source>Confirm order</source>
      <translation>确认订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="137" />
      <source>Receive…</source>
      <translation>入库…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="138" />
      <source>Return…</source>
      <translation>退货…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="139" />
      <source>Cancel order</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="140" />
      <source>Close order</source>
      <translation>关闭订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="141" />
      <source>Open receipt…</source>
      <translation>打开入库单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="143" />
      <source>Print the order (Ctrl+P)</source>
      <translation>打印订单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="144" />
      <source>Print receipt note</source>
      <translation>打印入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="145" />
      <source>Print return note</source>
      <translation>打印退货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="324" />
      <source>Net {net} · Tax {tax} · Total {gross}</source>
      <translation>不含税 {net} · 税额 {tax} · 合计 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="577" />
      <source>Reject order</source>
      <translation>驳回订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="577" />
      <source>Why is the order rejected?</source>
      <translation>驳回原因？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="108" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="108" />
      <source>Decision</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="108" />
      <source>Who</source>
      <translation>审批人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="215" />
      <source>New purchase order</source>
      <translation>新建采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="222" />
      <source>{number} · {state} · buyer {buyer}</source>
      <translation>{number} · {state} · 采购员 {buyer}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="337" />
      <source>Save the order to see whether it needs approval.</source>
      <translation>保存订单后可查看是否需要审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="392" />
      <source>Ordered {ordered} · received {received} · returned {returned} · late lines {late} · invoiced {invoiced} · paid {paid}</source>
      <translation>订购 {ordered} · 已入库 {received} · 已退货 {returned} · 逾期行 {late} · 已开票 {invoiced} · 已付款 {paid}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="306" />
      <source>Late: the expected date has passed and the line is not fully received.</source>
      <translation>逾期：已过预计到货日期且未全部入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="339" />
      <source>No approval rule applies to this order.</source>
      <translation>此订单不适用任何审批规则。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="421" />
      <source>Receipts and returns: {docs}</source>
      <translation>入库与退货：{docs}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="502" />
      <source>Line {line}: quantity, price and tax rate must be numbers.</source>
      <translation>第 {line} 行：数量、单价和税率必须是数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="616" />
      <source>Return to supplier</source>
      <translation>采购退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="341" />
      <source>Approved.</source>
      <translation>已审批通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="344" />
      <source>Rejected — change the order and submit it again. </source>
      <translation>已驳回——请修改订单后重新提交。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="346" />
      <source>Needs approval by {who}. Rules: {rules}</source>
      <translation>需要 {who} 审批。规则：{rules}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="40" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="41" />
      <source>Open orders</source>
      <translation>未完成订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="51" />
      <source>Late only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="70" />
      <source>New order</source>
      <translation>新建订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="71" />
      <source>Open order</source>
      <translation>打开订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="73" />
      <source>Supplier view…</source>
      <translation>供应商概况…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="25" />
      <source>Order number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="35" />
      <source>Late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="38" />
      <source>Search number or supplier…</source>
      <translation>搜索单号或供应商…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="48" />
      <source>Receive now</source>
      <translation>本次入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="102" />
      <source>Into warehouse / bin</source>
      <translation>入库仓库 / 库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="114" />
      <source>Post receipt</source>
      <translation>过账入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="115" />
      <source>Scan to count</source>
      <translation>扫码点数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="116" />
      <source>Set every quantity to 0, then scan each item received.</source>
      <translation>把所有数量清零，然后逐件扫描收到的货物。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="119" />
      <source>Show a QR code: phones on the shop's Wi-Fi scan what arrived into this receipt</source>
      <translation>显示二维码：店内 Wi-Fi 上的手机扫码，到货直接录入本入库单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="121" />
      <source>Lots / serials… (Ctrl+L)</source>
      <translation>批次 / 序列号…… (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="123" />
      <source>The lots (number, production and expiry date) or the serial numbers of the current line.</source>
      <translation>当前行的批次（批号、生产日期、有效期）或序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="129" />
      <source>Reverse the posted receipt (红冲) and open a new receipt of the order with the same quantities.</source>
      <translation>红冲已过账的入库单，并按相同数量为该订单打开新的入库单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="131" />
      <source>Landed cost…</source>
      <translation>采购费用…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="132" />
      <source>Freight, duty or handling on this receipt (采购费用单), from any supplier.</source>
      <translation>为本入库单登记运费、关税或装卸费（采购费用单），可来自任何供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="223" />
      <source>Receive {number}</source>
      <translation>入库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="284" />
      <source>Order {number}</source>
      <translation>订单 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="327" />
      <source>Receiving {qty} · Net {net} · Tax {tax} · Total {gross}</source>
      <translation>本次入库 {qty} · 不含税 {net} · 税额 {tax} · 合计 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="180" />
      <source>Received {number}</source>
      <translation>已入库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="404" />
      <source>Unknown code {code}: not received; the PC lists it.</source>
      <translation>未知条码 {code}：未入库，已在电脑上列出。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="424" />
      <source>{label}: +{added} → receiving {qty} of {outstanding}</source>
      <translation>{label}：+{added} → 本次入库 {qty}（未入库 {outstanding}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="467" />
      <source>{qty} without serial</source>
      <translation>{qty} 未录序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="469" />
      <source>{qty} without lot</source>
      <translation>{qty} 未录批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="472" />
      <source>Ctrl+L: the lots of this line</source>
      <translation>Ctrl+L：录入本行批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="548" />
      <source>Reverse receipt {number} (红冲) and receive a corrected copy? The goods leave stock and the payable is reduced.</source>
      <translation>红冲入库单 {number} 并重新入库更正后的副本？货物将出库，应付账款相应减少。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="224" />
      <source>new</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="360" />
      <source>{product} is not outstanding on order {number}.</source>
      <translation>{product} 不在订单 {number} 的未入库明细中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receipt_form.py" line="158" />
      <source>Line {line}: the quantity must be a number.</source>
      <translation>第 {line} 行：数量必须是数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="52" />
      <source>Return to supplier from {number}</source>
      <translation>从 {number} 退货给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="87" />
      <source>Post return</source>
      <translation>过账退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="60" />
      <source>Returnable</source>
      <translation>可退数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="60" />
      <source>Return now</source>
      <translation>本次退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="93" />
      <source>{order} · {supplier} · {where}</source>
      <translation>{order} · {supplier} · {where}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="122" />
      <source>Line {row}: the quantity is not a valid number.</source>
      <translation>第 {row} 行:数量不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisition_form.py" line="37" />
      <source>Covered by</source>
      <translation>对应订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisition_form.py" line="114" />
      <source>{count} lines, quantity {qty}</source>
      <translation>共 {count} 行，数量 {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisition_form.py" line="77" />
      <source>New requisition</source>
      <translation>新建采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisition_form.py" line="82" />
      <source>Requisition {number}</source>
      <translation>采购申请 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisition_form.py" line="85" />
      <source>Requested by {user}</source>
      <translation>申请人 {user}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="75" />
      <source>Merge into orders…</source>
      <translation>合并生成订单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="76" />
      <source>Cancel lines</source>
      <translation>取消行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="137" />
      <source>Merge requisitions into orders</source>
      <translation>采购申请合并生成订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="149" />
      <source>best quote</source>
      <translation>最优报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="149" />
      <source>last supplier</source>
      <translation>上次供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="170" />
      <source>Create orders</source>
      <translation>生成订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="175" />
      <source>Order date</source>
      <translation>订单日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="43" />
      <source>Requisition</source>
      <translation>采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="46" />
      <source>Requested by</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="50" />
      <source>Not yet ordered</source>
      <translation>未下单数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="62" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="161" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="177" />
      <source>One draft order per supplier; each order line keeps the requisitions it covers.</source>
      <translation>每个供应商生成一张草稿订单；订单行保留其对应的采购申请。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="112" />
      <source>Select the open requisition lines to merge.</source>
      <translation>请选择要合并的未完成采购申请行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="47" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="48" />
      <source>Calculate</source>
      <translation>计算</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="49" />
      <source>Create orders from selected</source>
      <translation>按所选生成订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="50" />
      <source>Select all</source>
      <translation>全选</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="54" />
      <source>Average sales over</source>
      <translation>日均销量统计天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="67" />
      <source>On order</source>
      <translation>在途</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="70" />
      <source>Avg/day</source>
      <translation>日均销量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="71" />
      <source>Lead days</source>
      <translation>交货天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="72" />
      <source>Suggested</source>
      <translation>建议数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="94" />
      <source>Suggested = reorder point + average daily sales × lead time − (on hand + on order − reserved), rounded up to whole units, the reorder quantity and the quote's minimum.</source>
      <translation>建议数量 = 再订货点 + 日均销量 × 交货天数 −（现存 + 在途 − 已预留），向上取整到整数、补货批量和报价最小起订量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="142" />
      <source>Created {count} draft orders: {numbers}</source>
      <translation>已生成 {count} 张草稿订单：{numbers}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="116" />
      <source>{count} products to reorder</source>
      <translation>{count} 个商品需要补货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="42" />
      <source>Supplier view</source>
      <translation>供应商概况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="104" />
      <source>Grade {grade} · receipts {receipts} · on time {on_time} · received {received} · returned {returned} (return rate {returns}) · purchased {total}</source>
      <translation>等级 {grade} · 入库 {receipts} 次 · 准时率 {on_time} · 入库数量 {received} · 退货数量 {returned}（退货率 {returns}）· 采购额 {total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="52" />
      <source>Min qty</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="56" />
      <source>Valid now</source>
      <translation>当前有效</translation>
    </message>
  </context>
</TS>
