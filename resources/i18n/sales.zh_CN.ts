<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="314" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="315" />
      <source>Awaiting delivery</source>
      <translation>待发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="316" />
      <source>Partly delivered</source>
      <translation>部分出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="317" />
      <source>Delivered</source>
      <translation>已出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="318" />
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="319" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="320" />
      <source>Converted</source>
      <translation>已转订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="321" />
      <source>Posted</source>
      <translation>已过账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="49" />
      <source>{number} was changed by someone else meanwhile (version {theirs}, yours {mine}); reload it and try again.</source>
      <translation>{number} 已被他人修改(版本 {theirs},您的版本 {mine});请重新加载后再试。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="91" />
      <source>Quote {number} is {state}; it cannot become {to}.</source>
      <translation>报价 {number} 状态为 {state},不能变为 {to}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="97" />
      <source>Quote {number} is {state} and can no longer be edited.</source>
      <translation>报价 {number} 状态为 {state},不能再修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="133" />
      <source>Order {number} is {state}; it cannot become {to}.</source>
      <translation>订单 {number} 状态为{state},不能变为{to}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="143" />
      <source>Order {number} is {state}; only a confirmed order can be delivered.</source>
      <translation>订单 {number} 状态为{state};只有已确认的订单才能出库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="185" />
      <source>Order {number} is {state}; only a draft can be edited.</source>
      <translation>订单 {number} 状态为{state};只有草稿可以修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="190" />
      <source>Order {number} has no lines.</source>
      <translation>订单 {number} 没有明细行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/__init__.py" line="13" />
      <source>Sales</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/__init__.py" line="22" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="166" />
      <source>Return against {number}</source>
      <translation>退货(原出库单 {number})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="230" />
      <source>Post exchange</source>
      <translation>过账换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="52" />
      <source>Deliver {number}</source>
      <translation>出库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="58" />
      <source>Warehouse / bin</source>
      <translation>仓库 / 库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="71" />
      <source>Post delivery</source>
      <translation>过账出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="212" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="223" />
      <source>Ship from</source>
      <translation>发货仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="61" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="61" />
      <source>Deliver now</source>
      <translation>本次出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="87" />
      <source>(as above)</source>
      <translation>(同上)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="102" />
      <source>Enter a quantity to deliver.</source>
      <translation>请输入出库数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="138" />
      <source>Can return</source>
      <translation>可退数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="155" />
      <source>Coming back</source>
      <translation>退回商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="218" />
      <source>Unit price (empty: list price)</source>
      <translation>单价(留空:价目表价)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="220" />
      <source>Going out instead</source>
      <translation>换出商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="96" />
      <source>Line {row}: the quantity is not a valid number.</source>
      <translation>第 {row} 行:数量不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="235" />
      <source>Pick a product first.</source>
      <translation>请先选择商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="79" />
      <source>{orders} orders · bought {net} excl. tax, {gross} incl. tax · still owed {owed}</source>
      <translation>{orders} 张订单 · 购买不含税 {net},含税 {gross} · 尚欠 {owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="42" />
      <source>Excl. tax</source>
      <translation>不含税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="43" />
      <source>Last bought</source>
      <translation>最近购买</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="426" />
      <source>Excl. tax {net} · Tax {tax} · Total incl. tax {gross}</source>
      <translation>不含税 {net} · 税额 {tax} · 价税合计 {gross}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="145" />
      <source>Deliveries and returns</source>
      <translation>出库与退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="153" />
      <source>Confirm</source>
      <translation>确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="154" />
      <source>Deliver…</source>
      <translation>出库…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="156" />
      <source>Exchange…</source>
      <translation>换货…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="158" />
      <source>Convert to order</source>
      <translation>转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="161" />
      <source>Print delivery note</source>
      <translation>打印送货单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="387" />
      <source>price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="387" />
      <source>discount</source>
      <translation>折扣</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="387" />
      <source>tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="117" />
      <source>Discount %</source>
      <translation>折扣 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="117" />
      <source>Tax %</source>
      <translation>税率 %</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="118" />
      <source>Exchanged</source>
      <translation>已换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="157" />
      <source>Cancel quote</source>
      <translation>作废报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="160" />
      <source>Print the quote (Ctrl+P)</source>
      <translation>打印报价单 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="312" />
      <source>Invoiced {invoiced} · Receivable {receivable} · Collected {collected} · Customer owes {owed} (credit limit {limit})</source>
      <translation>已开票 {invoiced} · 应收 {receivable} · 已收 {collected} · 客户欠款 {owed}(信用额度 {limit})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="423" />
      <source>On hand {on_hand}, reserved by other open orders {reserved}</source>
      <translation>现存 {on_hand},其他未完成订单占用 {reserved}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="429" />
      <source>⚠ Shortage on {count} line(s): can be saved as a backorder</source>
      <translation>⚠ {count} 行缺货预警:可保存为欠货订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="545" />
      <source>Cancel {number}? Undelivered quantities are closed; delivered goods come back only by a return.</source>
      <translation>取消 {number}?未发货数量将关闭;已出库的货物只能通过退货退回。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="136" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="287" />
      <source>New quote</source>
      <translation>新建报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="290" />
      <source>New sales order</source>
      <translation>新建销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="393" />
      <source>Line {row}: the {what} is not a valid number.</source>
      <translation>第 {row} 行:{what}不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="420" />
      <source>short</source>
      <translation>缺货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="316" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="42" />
      <source>Open (awaiting or partly delivered)</source>
      <translation>未完成(待发货或部分出库)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="30" />
      <source>Order no.</source>
      <translation>订单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="36" />
      <source>Search number or customer…</source>
      <translation>搜索单号或客户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/quotes_page.py" line="26" />
      <source>Quote no.</source>
      <translation>报价单号</translation>
    </message>
  </context>
</TS>
