<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="14" />
      <source>Master data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="33" />
      <source>Price lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="34" />
      <source>Categories</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="46" />
      <source>Import from Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="67" />
      <source>Update rows whose code already exists (otherwise they are an error)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="69" />
      <source>Create unknown categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="198" />
      <source>Add row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="200" />
      <source>Remove row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="75" />
      <source>Import {list}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="61" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="62" />
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="63" />
      <source>Activate / deactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="64" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="66" />
      <source>Show inactive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="153" />
      <source>General</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="157" />
      <source>Tags separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="214" />
      <source>empty = no limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="226" />
      <source>Payment terms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="231" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="233" />
      <source>Addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="255" />
      <source>What was said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="259" />
      <source>Add follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="275" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="291" />
      <source>Prices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="415" />
      <source>Lead time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="435" />
      <source>Quotes</source>
      <translation>报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="60" />
      <source>Search code, name or phone…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="98" />
      <source>Delete {code} {name}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="204" />
      <source>New customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="204" />
      <source>Customer {code} {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="287" />
      <source>The price this customer gets, from the price lists for its tier and channel (today).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="306" />
      <source>Purchase history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="313" />
      <source>Save the customer first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="383" />
      <source>default sale price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="384" />
      <source>{price} ({source})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="395" />
      <source>New supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="395" />
      <source>Supplier {code} {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="430" />
      <source>Add a quote for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="168" />
      <source>Primary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="232" />
      <source>Default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="243" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="482" />
      <source>Quote {n}: unknown product code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="74" />
      <source>New price list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="75" />
      <source>Edit price list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="76" />
      <source>Delete price list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="78" />
      <source>Remove price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="88" />
      <source>Set price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="255" />
      <source>New top category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="256" />
      <source>New sub-category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="257" />
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="258" />
      <source>Move to…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="291" />
      <source>New category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="300" />
      <source>Rename category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="310" />
      <source>Move {path} to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="310" />
      <source>New parent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="96" />
      <source>from qty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="114" />
      <source>A customer gets the price of the list matching its tier and channel (specific beats blank, then priority, then the largest minimum quantity reached); without one, the product's sale price.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="151" />
      <source>Delete price list {name} and its {count} prices?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="158" />
      <source>Choose a price list and a product first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="162" />
      <source>Enter a valid price and quantity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="192" />
      <source>Price list {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="219" />
      <source>Blank tier or channel = any customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="318" />
      <source>Delete category {path}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="64" />
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="69" />
      <source>Default sale price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="309" />
      <source>(top level)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="55" />
      <source>New product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="147" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="157" />
      <source>Several barcodes separated by commas; scan into this field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="164" />
      <source>name=value; name=value (e.g. 品牌=农夫山泉; 保质期=12个月)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="165" />
      <source>Active (can be bought and sold)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="178" />
      <source>Tax rate (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="54" />
      <source>Search code, name, spec or barcode…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="129" />
      <source>Delete product {code} {name}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="142" />
      <source>Product {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="40" />
      <source>New warehouse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="41" />
      <source>Edit warehouse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="43" />
      <source>New bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="44" />
      <source>Edit bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="45" />
      <source>Move bin up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="46" />
      <source>Move bin down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="47" />
      <source>Delete bin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="151" />
      <source>Delete bin {code}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="203" />
      <source>Warehouse {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="232" />
      <source>New bin in {warehouse}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="232" />
      <source>Bin {code}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="219" />
      <source>A default bin is created with the warehouse.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
