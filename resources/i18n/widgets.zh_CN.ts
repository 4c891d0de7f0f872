<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="101" />
      <source>{count} rows</source>
      <translation>共 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="27" />
      <source>Search…</source>
      <translation>搜索……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="146" />
      <source>Product: code, name, spec or barcode…</source>
      <translation>商品：编码、名称、规格或条码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="261" />
      <source>frozen</source>
      <translation>冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="261" />
      <source>full</source>
      <translation>已满</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="170" />
      <source>Customer: code, name or phone…</source>
      <translation>客户：编码、名称或电话…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="170" />
      <source>Supplier: code, name or phone…</source>
      <translation>供应商：编码、名称或电话…</translation>
    </message>
  </context>
</TS>
