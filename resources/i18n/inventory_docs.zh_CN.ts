<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="104" />
      <source>Document {number} is {state}; it cannot become {target}.</source>
      <translation>单据 {number} 当前为 {state}，不能变为 {target}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="116" />
      <source>Document {number} is posted and cannot be changed; reverse it instead.</source>
      <translation>单据 {number} 已过账，不能修改；请改用冲销。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="169" />
      <source>Stock count {number} is {state}; it cannot become {target}.</source>
      <translation>盘点单 {number} 当前为 {state}，不能变为 {target}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="181" />
      <source>Stock count {number} is {state} and cannot be changed.</source>
      <translation>盘点单 {number} 当前为 {state}，不能修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/inventory_docs.py" line="106" />
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
  </context>
</TS>
