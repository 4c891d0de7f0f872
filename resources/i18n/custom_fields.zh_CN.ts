<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="29" />
      <source>Text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="29" />
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="29" />
      <source>Choice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Products</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Suppliers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="125" />
      <source>{field} is not an exact number: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="145" />
      <source>{field} must be one of: {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="147" />
      <source>{field} is longer than {max} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="72" />
      <source>Custom fields belong to products, customers or suppliers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="77" />
      <source>Unknown field kind: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="80" />
      <source>A choice field needs at least one choice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="83" />
      <source>There is already a field named {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="115" />
      <source>That custom field no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="138" />
      <source>{field} is not a number: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="143" />
      <source>{field} is not a date (YYYY-MM-DD): {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="75" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
