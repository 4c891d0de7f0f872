<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="303" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="304" />
      <source>Awaiting delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="305" />
      <source>Partly delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="306" />
      <source>Delivered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="307" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="308" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="309" />
      <source>Converted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="310" />
      <source>Posted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="49" />
      <source>{number} was changed by someone else meanwhile (version {theirs}, yours {mine}); reload it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="91" />
      <source>Quote {number} is {state}; it cannot become {to}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="97" />
      <source>Quote {number} is {state} and can no longer be edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="143" />
      <source>Order {number} is {state}; it cannot become {to}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="151" />
      <source>Order {number} is {state}; only a draft can be edited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="159" />
      <source>Order {number} has no lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/models/sales.py" line="164" />
      <source>Order {number} is {state}; only a confirmed order can be delivered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/__init__.py" line="22" />
      <source>Orders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="159" />
      <source>Return against {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="222" />
      <source>Post exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="49" />
      <source>Deliver {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="55" />
      <source>Warehouse / bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="68" />
      <source>Post delivery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="205" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="216" />
      <source>Ship from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="58" />
      <source>Deliver now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="82" />
      <source>(as above)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="97" />
      <source>Enter a quantity to deliver.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="133" />
      <source>Can return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="150" />
      <source>Coming back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="211" />
      <source>Unit price (empty: list price)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="213" />
      <source>Going out instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="91" />
      <source>Line {row}: the quantity is not a valid number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/dialogs.py" line="227" />
      <source>Pick a product first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="77" />
      <source>{orders} orders · bought {net} excl. tax, {gross} incl. tax · still owed {owed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="41" />
      <source>Excl. tax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/history.py" line="42" />
      <source>Last bought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="374" />
      <source>Excl. tax {net} · Tax {tax} · Total incl. tax {gross}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="133" />
      <source>Deliveries and returns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="141" />
      <source>Confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="142" />
      <source>Deliver…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="144" />
      <source>Exchange…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="146" />
      <source>Convert to order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="335" />
      <source>price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="335" />
      <source>discount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="335" />
      <source>tax rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="106" />
      <source>Discount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="107" />
      <source>Exchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="145" />
      <source>Cancel quote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="282" />
      <source>Invoiced {invoiced} · Receivable {receivable} · Collected {collected} · Customer owes {owed} (credit limit {limit})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="371" />
      <source>On hand {on_hand}, reserved by other open orders {reserved}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="377" />
      <source>⚠ Shortage on {count} line(s): can be saved as a backorder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="479" />
      <source>Cancel {number}? Undelivered quantities are closed; delivered goods come back only by a return.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="125" />
      <source>Exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="257" />
      <source>New quote</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="260" />
      <source>New sales order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="341" />
      <source>Line {row}: the {what} is not a valid number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="368" />
      <source>short</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/order_editor.py" line="286" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="38" />
      <source>Open (awaiting or partly delivered)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="87" />
      <source>any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/sales/orders_page.py" line="33" />
      <source>Search number or customer…</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
