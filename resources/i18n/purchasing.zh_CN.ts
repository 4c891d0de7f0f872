<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="111" />
      <source>Order {number} is {state}; it cannot become {target}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="117" />
      <source>Order {number} is {state}; only drafts can be changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/purchasing.py" line="121" />
      <source>Order {number} is {state}; only confirmed orders can be received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="42" />
      <source>Quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>数量必须大于零且最多 3 位小数（输入为 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="49" />
      <source>Choose a supplier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="56" />
      <source>Unknown product.</source>
      <translation>商品不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/common.py" line="63" />
      <source>The purchase order no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="65" />
      <source>An order needs at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="106" />
      <source>These lines have a price of zero: {lines}. Save anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="116" />
      <source>The requisition line no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="118" />
      <source>A requisition line can only be covered by an order line of the same product.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="120" />
      <source>Requisition {number} line {line} is already covered by an order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="266" />
      <source>The over-receipt tolerance must be between 0 and 1 (0.05 = 5 %).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="81" />
      <source>Tax rate must be between 0 and 1, e.g. 0.13 (line {line}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="176" />
      <source>Order {number} was changed by someone else meanwhile; reopen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="204" />
      <source>Order {number} is {state}; it cannot be confirmed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="245" />
      <source>Order {number} has receipts; close it instead of cancelling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/orders.py" line="77" />
      <source>Price must be zero or more with at most 6 decimals (line {line}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="31" />
      <source>Pending approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="32" />
      <source>Confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="33" />
      <source>Partly received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="34" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="264" />
      <source>No purchase order {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="272" />
      <source>No purchase receipt {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="309" />
      <source>The purchase receipt no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/queries.py" line="365" />
      <source>The supplier no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="77" />
      <source>Choose the warehouse bin to receive into.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="84" />
      <source>Nothing to receive: enter a quantity on at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="122" />
      <source>Purchase receipt {number} ({order})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="145" />
      <source>A return cannot be dated before its receipt ({date}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="148" />
      <source>Nothing to return: enter a quantity on at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="195" />
      <source>Return to supplier {number} ({receipt})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="95" />
      <source>That line is not on order {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="102" />
      <source>Receiving {qty} of {code} {name} exceeds the order: ordered {ordered}, received {received}, tolerance {tolerance}%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="160" />
      <source>That line is not on receipt {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/receipts.py" line="165" />
      <source>Cannot return {qty} of {code} {name}: received {received}, already returned {returned}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="86" />
      <source>A requisition needs at least one line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="156" />
      <source>Select the requisition lines to merge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/purchasing/requisitions.py" line="166" />
      <source>Choose a supplier for {code} {name} ({number}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="12" />
      <source>Purchasing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="27" />
      <source>Purchase orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="28" />
      <source>Requisitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/__init__.py" line="29" />
      <source>Reorder suggestions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="63" />
      <source>Add line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="64" />
      <source>Remove line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="82" />
      <source>Approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="91" />
      <source>Submit for approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="93" />
      <source>Reject…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="105" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="107" />
      <source>Confirm order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="108" />
      <source>Receive…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="109" />
      <source>Return…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="110" />
      <source>Cancel order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="111" />
      <source>Close order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="220" />
      <source>Net {net} · Tax {tax} · Total {gross}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="238" />
      <source>requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="238" />
      <source>rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="358" />
      <source>Reject order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="358" />
      <source>Why is the order rejected?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="72" />
      <source>Net</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="72" />
      <source>Gross</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="73" />
      <source>Returned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="73" />
      <source>Outstanding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="86" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="86" />
      <source>Decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="86" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="160" />
      <source>New purchase order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="162" />
      <source>{number} · {state} · buyer {buyer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="199" />
      <source>Late: the expected date has passed and the line is not fully received.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="227" />
      <source>Save the order to see whether it needs approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="255" />
      <source>Ordered {ordered} · received {received} · returned {returned} · late lines {late} · invoiced {invoiced} · paid {paid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="229" />
      <source>No approval rule applies to this order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="262" />
      <source>Receipts and returns: {docs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="272" />
      <source>Pick a product and enter a quantity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="301" />
      <source>Line {line}: quantity, price and tax rate must be numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="378" />
      <source>Return to supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="378" />
      <source>Receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="231" />
      <source>Approved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="234" />
      <source>Rejected — change the order and submit it again. </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="306" />
      <source>Line {line}: the expected date must look like 2026-03-31.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/order_editor.py" line="235" />
      <source>Needs approval by {who}. Rules: {rules}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="32" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="33" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="43" />
      <source>Late only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="53" />
      <source>New order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="56" />
      <source>Supplier view…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="25" />
      <source>Ordered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="27" />
      <source>Late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="28" />
      <source>Waiting for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/orders_page.py" line="30" />
      <source>Search number or supplier…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="38" />
      <source>Receive {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="44" />
      <source>Into warehouse / bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="59" />
      <source>Post receipt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="100" />
      <source>Return to supplier from {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="116" />
      <source>Post return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="47" />
      <source>Receive now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="63" />
      <source>Supplier {supplier}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="107" />
      <source>Returnable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="107" />
      <source>Return now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="120" />
      <source>{order} · {supplier} · {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/receive_dialog.py" line="76" />
      <source>Line {line}: the quantity must be a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="50" />
      <source>New requisition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="51" />
      <source>Merge into orders…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="52" />
      <source>Cancel lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="89" />
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="154" />
      <source>Merge requisitions into orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="164" />
      <source>best quote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="164" />
      <source>last supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="176" />
      <source>Create orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="181" />
      <source>Order date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="30" />
      <source>Requisition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="31" />
      <source>Requested by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="34" />
      <source>Needed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="35" />
      <source>Covered by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="40" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="43" />
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="169" />
      <source>— choose —</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="183" />
      <source>One draft order per supplier; each order line keeps the requisitions it covers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/requisitions_page.py" line="65" />
      <source>Select the open requisition lines to merge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="24" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="25" />
      <source>Calculate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="26" />
      <source>Create orders from selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="27" />
      <source>Select all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="30" />
      <source>Average sales over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="36" />
      <source>On order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="38" />
      <source>Avg/day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="38" />
      <source>Lead days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="39" />
      <source>Suggested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="40" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="57" />
      <source>Suggested = reorder point + average daily sales × lead time − (on hand + on order − reserved), rounded up to whole units, the reorder quantity and the quote's minimum. Hover a row for the reasoning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="70" />
      <source>{count} products to reorder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/suggestions_page.py" line="86" />
      <source>Created {count} draft orders: {numbers}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="30" />
      <source>Supplier view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="69" />
      <source>Grade {grade} · receipts {receipts} · on time {on_time} · received {received} · returned {returned} (return rate {returns}) · purchased {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="37" />
      <source>Min qty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/purchasing/supplier_view.py" line="38" />
      <source>Valid now</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
