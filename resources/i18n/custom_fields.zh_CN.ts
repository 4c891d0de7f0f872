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
      <source>Numeric</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="29" />
      <source>Choice</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="30" />
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="125" />
      <source>{field} is not an exact number: {value}</source>
      <translation>{field}不是精确数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="145" />
      <source>{field} must be one of: {choices}</source>
      <translation>{field}必须是以下之一：{choices}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="147" />
      <source>{field} is longer than {max} characters.</source>
      <translation>{field}超过 {max} 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="72" />
      <source>Custom fields belong to products, customers or suppliers.</source>
      <translation>自定义字段只能用于商品、客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="77" />
      <source>Unknown field kind: {kind}</source>
      <translation>未知字段类型：{kind}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="80" />
      <source>A choice field needs at least one choice.</source>
      <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="83" />
      <source>There is already a field named {label}.</source>
      <translation>已有名为 {label} 的字段。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="115" />
      <source>That custom field no longer exists.</source>
      <translation>该自定义字段已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="138" />
      <source>{field} is not a number: {value}</source>
      <translation>{field}不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="143" />
      <source>{field} is not a date (YYYY-MM-DD): {value}</source>
      <translation>{field}不是日期（YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/custom_fields.py" line="75" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
  </context>
</TS>
