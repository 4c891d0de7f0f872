<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="54" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="526" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="527" />
      <source>Minimum quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="56" />
      <source>A category name cannot contain '/'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="60" />
      <source>There is already a category {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="69" />
      <source>That category no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="104" />
      <source>{field} is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="305" />
      <source>Barcode</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="316" />
      <source>Code {code} is already used by product {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="459" />
      <source>There is already a price list named {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="460" />
      <source>Valid from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="460" />
      <source>Valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="462" />
      <source>The end date is before the start date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="522" />
      <source>That price list no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="525" />
      <source>That product no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="150" />
      <source>Category {path} has sub-categories; move or delete them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="153" />
      <source>Category {path} still holds {count} products; move them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="323" />
      <source>Barcode {barcode} is already used by product {other}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="340" />
      <source>Spec</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="341" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="342" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="343" />
      <source>Tax rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="344" />
      <source>Purchase price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="345" />
      <source>Sale price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="351" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="412" />
      <source>Product {code} is already used; deactivate it instead of deleting it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="463" />
      <source>Tier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="463" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="464" />
      <source>Priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="548" />
      <source>That price no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="132" />
      <source>A category cannot move under itself.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
