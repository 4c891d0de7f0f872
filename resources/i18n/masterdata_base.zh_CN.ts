<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/masterdata_base.py" line="46" />
      <source>{field} must be at least {minimum}.</source>
      <translation>{field}不能小于 {minimum}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_base.py" line="48" />
      <source>{field} must be at most {maximum}.</source>
      <translation>{field}不能大于 {maximum}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_base.py" line="60" />
      <source>{field} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{field}必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_base.py" line="45" />
      <source>{field} cannot be negative.</source>
      <translation>{field}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_base.py" line="58" />
      <source>{field} is not a whole number: {value}</source>
      <translation>{field}不是整数：{value}</translation>
    </message>
  </context>
</TS>
