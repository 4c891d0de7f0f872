<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="42" />
      <source>Warehouses &amp; bins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="42" />
      <source>Price list items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="42" />
      <source>Supplier quotes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="159" />
      <source>Unknown list {name}; choose one of: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="271" />
      <source>Unknown import mode {mode}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="125" />
      <source>Warehouse code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="126" />
      <source>Warehouse name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="128" />
      <source>Negative stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="129" />
      <source>Bin code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="130" />
      <source>Bin name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="131" />
      <source>Bin status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="132" />
      <source>Capacity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="133" />
      <source>Walking order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="137" />
      <source>Price list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="142" />
      <source>Product code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="143" />
      <source>Product name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="149" />
      <source>Supplier code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="150" />
      <source>Supplier name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="155" />
      <source>Lead time (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="284" />
      <source>Imported {file}: {created} created, {updated} updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="310" />
      <source>Code {code} already exists ({what}); import in update mode to change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="76" />
      <source>Barcodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="82" />
      <source>Attributes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="83" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="92" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="93" />
      <source>Salesperson</source>
      <translation>业务员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="95" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="96" />
      <source>Tax ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="97" />
      <source>Credit limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="98" />
      <source>Payment terms (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="99" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="100" />
      <source>Contact phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="110" />
      <source>Grade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="344" />
      <source>product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="554" />
      <source>Unknown product code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="613" />
      <source>Unknown supplier code {code}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="438" />
      <source>customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="438" />
      <source>supplier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="363" />
      <source>Unknown category {path} (create it first, or import with the option to create categories).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
