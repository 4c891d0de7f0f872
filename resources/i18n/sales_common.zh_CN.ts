<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="80" />
      <source>Choose a customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="94" />
      <source>Sales order not found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="119" />
      <source>Price must be zero or more with at most 6 decimals (got {price}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="122" />
      <source>Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="125" />
      <source>Tax rate must be a rate from 0 to below 1, e.g. 0.13 (got {value}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="128" />
      <source>The price of {code} is {price} from the price list; changing it needs the price-editing permission.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="133" />
      <source>The net price {price} of {code} is below its average cost {cost}; selling below cost needs the price-editing permission.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
