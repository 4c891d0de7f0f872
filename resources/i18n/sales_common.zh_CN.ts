<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="82" />
      <source>Choose a customer.</source>
      <translation>请选择客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="155" />
      <source>Sales order not found.</source>
      <translation>找不到销售订单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="190" />
      <source>Price must be zero or more with at most 6 decimals (got {price}).</source>
      <translation>单价须不小于零,最多 6 位小数(输入为 {price})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="193" />
      <source>Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).</source>
      <translation>折扣须为 0 到 1(不含)之间的比率,如 0.05 表示 5%(输入为 {value})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="196" />
      <source>Tax rate must be a rate from 0 to below 1, e.g. 0.13 (got {value}).</source>
      <translation>税率须为 0 到 1(不含)之间的比率,如 0.13(输入为 {value})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="199" />
      <source>The price of {code} is {price} from the price list; changing it needs the price-editing permission.</source>
      <translation>{code} 的价目表价格为 {price};修改价格需要改价权限。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/sales_common.py" line="204" />
      <source>The net price {price} of {code} is below its average cost {cost}; selling below cost needs the price-editing permission.</source>
      <translation>{code} 的净价 {price} 低于平均成本 {cost};低于成本销售需要改价权限。</translation>
    </message>
  </context>
</TS>
