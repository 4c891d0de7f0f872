<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="163" />
      <source>Choose a warehouse with an active bin to deliver from.</source>
      <translation>请选择有可用库位的出货仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="193" />
      <source>Sales delivery {number}</source>
      <translation>销售出库 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="195" />
      <source>Sales delivery {number} · {customer}</source>
      <translation>销售出库 {number} · {customer}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="223" />
      <source>Enter what comes back.</source>
      <translation>请输入退回的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="225" />
      <source>A return cannot be dated before its delivery ({date}).</source>
      <translation>退货日期不能早于出库日期({date})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="272" />
      <source>Sales return {number} against {delivery}</source>
      <translation>销售退货 {number}(原出库单 {delivery})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="331" />
      <source>Delivery not found.</source>
      <translation>找不到出库单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="108" />
      <source>Nothing left to deliver on order {number}.</source>
      <translation>订单 {number} 已无待发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="199" />
      <source>Output VAT {rate}%</source>
      <translation>销项税额 {rate}%</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="237" />
      <source>That line is not on delivery {number}.</source>
      <translation>该行不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="242" />
      <source>Returning {qty} of {code} exceeds what can come back from {number}: delivered {delivered}, already returned {returned}.</source>
      <translation>{code} 退货 {qty} 超过 {number} 可退数量:已出库 {delivered},已退 {returned}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="299" />
      <source>Enter what goes out in exchange.</source>
      <translation>请输入换出的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="316" />
      <source>Exchange against {number}</source>
      <translation>换货(原出库单 {number})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="119" />
      <source>Delivering {qty} of {code} exceeds the {remaining} still open on order {number}.</source>
      <translation>{code} 出库 {qty} 超过订单 {number} 未发货数量 {remaining}。</translation>
    </message>
  </context>
</TS>
