<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="44" />
      <source>sales: quotes, orders, deliveries, returns, exchanges</source>
      <translation>销售：报价、订单、出库、退货、换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="47" />
      <source>create, confirm or cancel an order</source>
      <translation>创建、确认或取消订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="50" />
      <source>create a sales order</source>
      <translation>创建销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="52" />
      <source>confirm it at once (待发货)</source>
      <translation>立即确认（待发货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="53" />
      <source>accept a warning (credit-limit)</source>
      <translation>接受警告（credit-limit 信用额度）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="54" />
      <source>confirm a draft order</source>
      <translation>确认订单草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="57" />
      <source>cancel an order (a partly delivered one is closed)</source>
      <translation>取消订单（部分出库的订单改为关闭）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="60" />
      <source>deliver an order (everything open, or the given lines)</source>
      <translation>订单出库（全部未发货，或指定明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="72" />
      <source>a serial number delivered</source>
      <translation>发出的一个序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="76" />
      <source>accept a warning (negative-stock)</source>
      <translation>接受警告（negative-stock 负库存）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="78" />
      <source>return goods against a delivery</source>
      <translation>按出库单退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="81" />
      <source>bin to put the goods back (default: where they left)</source>
      <translation>退回货物放入的库位（默认原出库库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="84" />
      <source>this lot comes back (default: as delivered)</source>
      <translation>退回这个批次（默认：按出库时）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="91" />
      <source>this serial comes back (a bundle's: its component's; default: those delivered)</source>
      <translation>退回这个序列号（套装则为其组件的；默认：出库时的那些）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="99" />
      <source>exchange goods of a delivery for others (换货)</source>
      <translation>将出库单的货物换成其他商品（换货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="108" />
      <source>list orders</source>
      <translation>列出订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="120" />
      <source>show an order with its tracking figures</source>
      <translation>显示订单及其跟踪数字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="124" />
      <source>create or convert a quote</source>
      <translation>创建报价单或转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="127" />
      <source>create a quote</source>
      <translation>创建报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="130" />
      <source>convert a quote to an order</source>
      <translation>将报价单转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="133" />
      <source>a customer's purchase history</source>
      <translation>客户的购买历史</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="168" />
      <source>Created order {number}.</source>
      <translation>已创建订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="179" />
      <source>Confirmed order {number}: awaiting delivery.</source>
      <translation>订单 {number} 已确认:待发货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="186" />
      <source>Order {number} is now {state}.</source>
      <translation>订单 {number} 现为{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="268" />
      <source>Posted return {number} against {delivery}.</source>
      <translation>已过账退货单 {number}(原出库单 {delivery})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="297" />
      <source>Posted exchange {number}: return {sr}, delivery {dn}, difference {amount}.</source>
      <translation>已过账换货单 {number}:退货 {sr},出库 {dn},差额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="367" />
      <source>Created quote {number}, valid until {date}, total {gross}.</source>
      <translation>已创建报价 {number},有效期至 {date},合计 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="384" />
      <source>Quote {quote} converted to order {number}.</source>
      <translation>报价 {quote} 已转为订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="395" />
      <source>Orders: {orders}  bought (net): {net}  (gross): {gross}  still owed: {owed}</source>
      <translation>订单数:{orders}  购买(不含税):{net}  (含税):{gross}  尚欠:{owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="419" />
      <source>{number}  {date}  {customer}  [{state}]</source>
      <translation>{number}  {date}  {customer}  [{state}]</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="151" />
      <source>usage: erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</source>
      <translation>用法:erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="233" />
      <source>Posted delivery {number}: net {net}, tax {tax}, receivable {gross}.</source>
      <translation>已过账出库单 {number}：不含税 {net}，税额 {tax}，应收 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="243" />
      <source>Posted delivery {number}: net {net}, tax {tax}, receivable {gross}, cost {cost}.</source>
      <translation>已过账出库单 {number}:不含税 {net},税额 {tax},应收 {gross},成本 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="340" />
      <source>… more (use --limit)</source>
      <translation>… 还有更多(使用 --limit)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="382" />
      <source>No quote {number}.</source>
      <translation>没有报价单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="409" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="433" />
      <source>Delivered</source>
      <translation>已出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="435" />
      <source>Exchanged</source>
      <translation>已换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="437" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="460" />
      <source>net {net}  tax {tax}  total {gross}  invoiced {invoiced}  receivable {receivable}  collected {collected}</source>
      <translation>不含税 {net}  税额 {tax}  合计 {gross}  已开票 {invoiced}  应收 {receivable}  已收 {collected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="482" />
      <source>Write a line as PRODUCT:QTY (got {text}).</source>
      <translation>明细行格式为 商品:数量(输入为 {text})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="535" />
      <source>Bin {bin} is not one bin; give --warehouse too.</source>
      <translation>库位 {bin} 不唯一;请同时指定 --warehouse。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="558" />
      <source>A --lot or --serial names a product not returned here.</source>
      <translation>--lot 或 --serial 指定的商品不在本次退货中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="583" />
      <source>{code} is not on delivery {number}.</source>
      <translation>{code} 不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="220" />
      <source>A --lot or --serial names a product not delivered here.</source>
      <translation>--lot 或 --serial 指定的商品不在本次出库中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="497" />
      <source>Not a number: {text}</source>
      <translation>不是数字:{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="528" />
      <source>No bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="203" />
      <source>{code} has nothing open on order {number}.</source>
      <translation>{code} 在订单 {number} 上没有未发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="452" />
      <source>SHORTAGE (available {qty})</source>
      <translation>缺货(可用 {qty})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="89" />
      <source>Quote</source>
      <translation>报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="98" />
      <source>Converted</source>
      <translation>已转订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="165" />
      <source>Awaiting delivery</source>
      <translation>待发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="166" />
      <source>Partly delivered</source>
      <translation>部分出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="60" />
      <source>{number} was changed by someone else meanwhile (version {theirs}, yours {mine}); reload it and try again.</source>
      <translation>{number} 已被他人修改(版本 {theirs},您的版本 {mine});请重新加载后再试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="119" />
      <source>Quote {number} is {state} and can no longer be edited.</source>
      <translation>报价 {number} 状态为 {state},不能再修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="185" />
      <source>Order {number} has no lines.</source>
      <translation>订单 {number} 没有明细行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="191" />
      <source>Order {number} is {state}; only a confirmed order can be delivered.</source>
      <translation>订单 {number} 状态为{state};只有已确认的订单才能出库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="244" />
      <source>Order {number} is {state}; only a draft can be edited.</source>
      <translation>订单 {number} 状态为{state};只有草稿可以修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/bundle_returns.py" line="31" />
      <source>That delivery line no longer exists.</source>
      <translation>该出库明细已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/checks.py" line="90" />
      <source>Sales documents have their moves, receivables and entries</source>
      <translation>销售单据的库存移动、应收与凭证齐全</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/common.py" line="110" />
      <source>Choose a customer.</source>
      <translation>请选择客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/common.py" line="226" />
      <source>Sales order not found.</source>
      <translation>找不到销售订单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/common.py" line="368" />
      <source>Tax rate must be a rate from 0 to below 1, e.g. 0.13 (got {value}).</source>
      <translation>税率须为 0 到 1(不含)之间的比率,如 0.13(输入为 {value})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/common.py" line="383" />
      <source>The net price {price} of {code} is below its average cost {cost}; selling below cost needs the price-editing permission.</source>
      <translation>{code} 的净价 {price} 低于平均成本 {cost};低于成本销售需要改价权限。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="420" />
      <source>Sales delivery {number}</source>
      <translation>销售出库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="427" />
      <source>Sales delivery {number} · {customer}</source>
      <translation>销售出库 {number} · {customer}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="482" />
      <source>A return cannot be dated before its delivery ({date}).</source>
      <translation>退货日期不能早于出库日期({date})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="633" />
      <source>Sales return {number} against {delivery}</source>
      <translation>销售退货 {number}(原出库单 {delivery})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="862" />
      <source>Delivery not found.</source>
      <translation>找不到出库单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="173" />
      <source>Nothing left to deliver on order {number}.</source>
      <translation>订单 {number} 已无待发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="505" />
      <source>That line is not on delivery {number}.</source>
      <translation>该行不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="515" />
      <source>Returning {qty} of {code} exceeds what can come back from {number}: delivered {delivered}, already returned {returned}.</source>
      <translation>{code} 退货 {qty} 超过 {number} 可退数量:已出库 {delivered},已退 {returned}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="676" />
      <source>Delivery {number} has already been reversed.</source>
      <translation>出库单 {number} 已红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="679" />
      <source>Delivery {number} is part of an exchange; return the goods instead of reversing it.</source>
      <translation>出库单 {number} 属于换货，请做退货，不能红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="687" />
      <source>The order of delivery {number} is closed; it cannot be reversed.</source>
      <translation>出库单 {number} 所属订单已关闭，不能红冲。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="696" />
      <source>Everything on delivery {number} has come back already.</source>
      <translation>出库单 {number} 的货物已全部退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="762" />
      <source>Enter what goes out in exchange.</source>
      <translation>请输入换出的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/deliveries.py" line="196" />
      <source>Delivering {qty} of {code} exceeds the {remaining} still open on order {number}.</source>
      <translation>{code} 出库 {qty} 超过订单 {number} 未发货数量 {remaining}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/orders.py" line="190" />
      <source>{customer} owes {owed}; with this order ({amount}) that is {total}, over the credit limit {limit}. Confirm anyway?</source>
      <translation>{customer} 欠款 {owed};加上本订单({amount})共 {total},超过信用额度 {limit}。仍要确认吗?</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/orders.py" line="293" />
      <source>A quote cannot expire before its date.</source>
      <translation>报价的有效期不能早于报价日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/orders.py" line="404" />
      <source>Quote not found.</source>
      <translation>找不到报价单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/orders.py" line="352" />
      <source>Quote {number} expired on {date}.</source>
      <translation>报价 {number} 已于 {date} 过期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/queries.py" line="418" />
      <source>No sales order {number}.</source>
      <translation>没有销售订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/queries.py" line="424" />
      <source>No delivery {number}.</source>
      <translation>没有出库单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales/queries.py" line="808" />
      <source>Customer not found.</source>
      <translation>找不到该客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="52" />
      <source>Components' lots / serials…</source>
      <translation>组件批次 / 序列号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="92" />
      <source>Lots and serials of {kit}</source>
      <translation>{kit} 的批次和序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="98" />
      <source>Component</source>
      <translation>组件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="113" />
      <source>Enter on a row: its lots or serials; Ctrl+Enter: done.</source>
      <translation>在某行按 Enter：录入其批次或序列号；Ctrl+Enter：完成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="142" />
      <source>As delivered: {lots}</source>
      <translation>按出库退回：{lots}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/bundle_lots.py" line="161" />
      <source>Delivered on this line, not back yet: {lots}</source>
      <translation>本行已出库、尚未退回：{lots}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="594" />
      <source>Post exchange</source>
      <translation>过账换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="80" />
      <source>Deliver {number}</source>
      <translation>出库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="92" />
      <source>Warehouse / bin</source>
      <translation>仓库 / 库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="119" />
      <source>Post delivery</source>
      <translation>过账出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="315" />
      <source>{lot} · expires {date} · {qty}</source>
      <translation>{lot} · 有效期至 {date} · {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="587" />
      <source>Ship from</source>
      <translation>发货仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="99" />
      <source>In warehouse</source>
      <translation>本仓库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="100" />
      <source>Deliver now</source>
      <translation>本次出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="101" />
      <source>Bin (on hand)</source>
      <translation>库位（现存）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="102" />
      <source>Lot / serials</source>
      <translation>批次 / 序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="244" />
      <source>Enter a quantity to deliver.</source>
      <translation>请输入出库数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="276" />
      <source>The lots and serial numbers of the bundle's components</source>
      <translation>套装各组件的批次和序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="286" />
      <source>Scan the serial number of each unit delivered</source>
      <translation>逐件扫描出库的序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="312" />
      <source>FEFO (first expiry first): {lot}</source>
      <translation>先到期先出：{lot}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="312" />
      <source>FEFO</source>
      <translation>先到期先出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="435" />
      <source>Can return</source>
      <translation>可退数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="479" />
      <source>Coming back</source>
      <translation>退回商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="581" />
      <source>Unit price (empty: list price)</source>
      <translation>单价(留空:价目表价)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="583" />
      <source>Going out instead</source>
      <translation>换出商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="173" />
      <source>{product}: {short} not in this warehouse, stays open.</source>
      <translation>{product}：本仓缺 {short}，留待以后出库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="466" />
      <source>Which of the bundle's component serials and lots come back (default: as delivered)</source>
      <translation>选择套装退回哪些组件序列号和批次（默认：按出库）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="599" />
      <source>Pick a product first.</source>
      <translation>请先选择商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/exchange_out.py" line="141" />
      <source>{product}: {wanted} {unit} going out, {held} {unit} in bin {bin} it ships from.</source>
      <translation>{product}：换出 {wanted} {unit}，发货库位 {bin} 只有 {held} {unit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="97" />
      <source>{orders} orders · bought {net} excl. tax, {gross} incl. tax · still owed {owed}</source>
      <translation>{orders} 张订单 · 购买不含税 {net},含税 {gross} · 尚欠 {owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="47" />
      <source>Excl. tax</source>
      <translation>不含税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="49" />
      <source>Last bought</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="113" />
      <source>Receivable {amount}</source>
      <translation>应收 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="115" />
      <source>Refund due to the customer {amount}</source>
      <translation>应退客户 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="119" />
      <source>Customer owes {amount}</source>
      <translation>客户欠款 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="121" />
      <source>Customer's credit {amount}</source>
      <translation>客户预收余额 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="513" />
      <source>Excl. tax {net} · Tax {tax} · Total incl. tax {gross}</source>
      <translation>不含税 {net} · 税额 {tax} · 价税合计 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="94" />
      <source>Short</source>
      <translation>缺货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="96" />
      <source>Discount %</source>
      <translation>折扣 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="126" />
      <source>Invoiced {amount}</source>
      <translation>已开票 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="128" />
      <source>Collected {amount}</source>
      <translation>已收 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="194" />
      <source>Deliveries and returns</source>
      <translation>出库与退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="204" />
      <source>Confirm</source>
      <translation>确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="205" />
      <source>Deliver…</source>
      <translation>出库…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="207" />
      <source>Exchange…</source>
      <translation>换货…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="208" />
      <source>Amend delivery (红冲)…</source>
      <translation>改单（红冲）…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="210" />
      <source>Reverse the selected posted delivery (a 红冲 return linked to it) and deliver the corrected copy</source>
      <translation>红冲所选的已过账出库单（生成与之关联的红冲单），再按更正后的副本出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="212" />
      <source>Convert to order</source>
      <translation>转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="221" />
      <source>Print delivery note</source>
      <translation>打印送货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="444" />
      <source>price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="444" />
      <source>tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="499" />
      <source>On hand {on_hand}, reserved by other open orders {reserved}</source>
      <translation>现存 {on_hand},其他未完成订单占用 {reserved}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="129" />
      <source>(credit limit {limit})</source>
      <translation>（信用额度 {limit}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="214" />
      <source>Cancel quote</source>
      <translation>作废报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="218" />
      <source>Print the quote (Ctrl+P)</source>
      <translation>打印报价单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="520" />
      <source>⚠ Shortage on {count} line(s): can be saved as a backorder</source>
      <translation>⚠ {count} 行缺货预警:可保存为欠货订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="736" />
      <source>Cancel {number}? Undelivered quantities are closed; delivered goods come back only by a return.</source>
      <translation>取消 {number}?未发货数量将关闭;已出库的货物只能通过退货退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="836" />
      <source>Reverse delivery {number} (红冲) and deliver a corrected copy? The goods come back to stock and the receivable is credited.</source>
      <translation>红冲出库单 {number} 并按更正后的副本重新出库？货物退回库存，应收冲减。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="341" />
      <source>New quote</source>
      <translation>新建报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="344" />
      <source>New sales order</source>
      <translation>新建销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="508" />
      <source>short {qty}</source>
      <translation>缺 {qty}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="451" />
      <source>Line {row}: the {what} may not be negative.</source>
      <translation>第 {row} 行：{what}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="460" />
      <source>Line {row}: the {what} is not a valid number.</source>
      <translation>第 {row} 行:{what}不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="62" />
      <source>New order (Ctrl+N)</source>
      <translation>新建订单 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="63" />
      <source>Open (Enter)</source>
      <translation>打开 (Enter)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="68" />
      <source>Open (awaiting or partly delivered)</source>
      <translation>未完成(待发货或部分出库)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="100" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="147" />
      <source>shipped {start} – {end}</source>
      <translation>出库/退货日期 {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="147" />
      <source>open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="40" />
      <source>Order no.</source>
      <translation>订单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="59" />
      <source>Search number or customer…</source>
      <translation>搜索单号或客户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="149" />
      <source>{figure}: {filter}</source>
      <translation>{figure}：{filter}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/quotes_page.py" line="44" />
      <source>New quote (Ctrl+N)</source>
      <translation>新建报价 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/quotes_page.py" line="28" />
      <source>Quote no.</source>
      <translation>报价单号</translation>
    </message>
  </context>
</TS>
