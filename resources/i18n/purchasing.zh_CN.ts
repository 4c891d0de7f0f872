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
  </context>
</TS>
