<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="160" />
      <source>Choose a warehouse with an active bin to deliver from.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="189" />
      <source>Sales delivery {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="191" />
      <source>Sales delivery {number} · {customer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="219" />
      <source>Enter what comes back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="221" />
      <source>A return cannot be dated before its delivery ({date}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="268" />
      <source>Sales return {number} against {delivery}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="326" />
      <source>Delivery not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="107" />
      <source>Nothing left to deliver on order {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="195" />
      <source>Output VAT {rate}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="233" />
      <source>That line is not on delivery {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="238" />
      <source>Returning {qty} of {code} exceeds what can come back from {number}: delivered {delivered}, already returned {returned}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="295" />
      <source>Enter what goes out in exchange.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="312" />
      <source>Exchange against {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_delivery.py" line="118" />
      <source>Delivering {qty} of {code} exceeds the {remaining} still open on order {number}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
