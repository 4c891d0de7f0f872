<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="14" />
      <source>Master data</source>
      <translation>基础资料</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="33" />
      <source>Price lists</source>
      <translation>价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="34" />
      <source>Categories</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="46" />
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="67" />
      <source>Update rows whose code already exists (otherwise they are an error)</source>
      <translation>编码已存在的行更新原资料（否则视为错误）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="69" />
      <source>Create unknown categories</source>
      <translation>自动创建不存在的分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="198" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="200" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="75" />
      <source>Import {list}</source>
      <translation>导入{list}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="114" />
      <source>General</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="118" />
      <source>Tags separated by commas</source>
      <translation>标签用逗号分隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="154" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="240" />
      <source>New customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="240" />
      <source>Customer {code} {name}</source>
      <translation>客户 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="251" />
      <source>empty = no limit</source>
      <translation>留空 = 不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="257" />
      <source>Addresses</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="278" />
      <source>What was said</source>
      <translation>沟通内容</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="282" />
      <source>Add follow-up</source>
      <translation>添加跟进</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="298" />
      <source>Follow-ups</source>
      <translation>跟进记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="314" />
      <source>Prices</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="333" />
      <source>Save the customer first</source>
      <translation>请先保存客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="397" />
      <source>New supplier</source>
      <translation>新建供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="397" />
      <source>Supplier {code} {name}</source>
      <translation>供应商 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="425" />
      <source>Quotes</source>
      <translation>报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="471" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="472" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="473" />
      <source>Activate / deactivate</source>
      <translation>启用/停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="474" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="476" />
      <source>Show inactive</source>
      <translation>显示已停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="146" />
      <source>Payment terms</source>
      <translation>账期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="310" />
      <source>The price this customer gets, from the price lists for its tier and channel (today).</source>
      <translation>该客户按其等级和渠道的价格表（今日）可得的价格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="329" />
      <source>Purchase history</source>
      <translation>采购记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="380" />
      <source>default sale price</source>
      <translation>默认售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="381" />
      <source>{price} ({source})</source>
      <translation>{price}（{source}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="409" />
      <source>Lead time</source>
      <translation>交货期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="420" />
      <source>Add a quote for</source>
      <translation>新增报价：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="470" />
      <source>Search code, name or phone…</source>
      <translation>搜索编码、名称或电话…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="522" />
      <source>Delete {code} {name}?</source>
      <translation>删除 {code} {name}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="129" />
      <source>Primary</source>
      <translation>主要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="256" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="448" />
      <source>Quote {n}: unknown product code {code}.</source>
      <translation>报价 {n}：未知商品编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="75" />
      <source>New price list</source>
      <translation>新建价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="76" />
      <source>Edit price list</source>
      <translation>编辑价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="77" />
      <source>Delete price list</source>
      <translation>删除价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="79" />
      <source>Remove price</source>
      <translation>删除价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="89" />
      <source>Set price</source>
      <translation>设置价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="258" />
      <source>New top category</source>
      <translation>新建顶级分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="259" />
      <source>New sub-category</source>
      <translation>新建子分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="260" />
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="261" />
      <source>Move to…</source>
      <translation>移动到…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="294" />
      <source>New category</source>
      <translation>新建分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="303" />
      <source>Rename category</source>
      <translation>重命名分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="313" />
      <source>Move {path} to</source>
      <translation>将 {path} 移动到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="313" />
      <source>New parent</source>
      <translation>新的上级分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="97" />
      <source>from qty</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="116" />
      <source>A customer gets the price of the list matching its tier and channel (specific beats blank, then priority, then the largest minimum quantity reached); without one, the product's sale price.</source>
      <translation>客户按其等级和渠道匹配价格表取价（指定的优先于空白，其次看优先级，再取已达到的最大起订量）；没有匹配的价格表时用商品售价。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="153" />
      <source>Delete price list {name} and its {count} prices?</source>
      <translation>删除价格表 {name} 及其 {count} 条价格？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="160" />
      <source>Choose a price list and a product first.</source>
      <translation>请先选择价格表和商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="164" />
      <source>Enter a valid price and quantity.</source>
      <translation>请输入有效的价格和数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="194" />
      <source>Price list {name}</source>
      <translation>价格表 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="221" />
      <source>Blank tier or channel = any customer.</source>
      <translation>等级或渠道留空 = 适用所有客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="321" />
      <source>Delete category {path}?</source>
      <translation>删除分类 {path}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="65" />
      <source>Items</source>
      <translation>明细数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="70" />
      <source>Default sale price</source>
      <translation>默认售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="312" />
      <source>(top level)</source>
      <translation>（顶级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="56" />
      <source>New product</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="158" />
      <source>Several barcodes separated by commas; scan into this field</source>
      <translation>多个条码用逗号分隔；可直接扫码录入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="165" />
      <source>name=value; name=value (e.g. 品牌=农夫山泉; 保质期=12个月)</source>
      <translation>名称=值; 名称=值（如 品牌=农夫山泉; 保质期=12个月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="166" />
      <source>Active (can be bought and sold)</source>
      <translation>启用（可采购和销售）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="179" />
      <source>Tax rate (%)</source>
      <translation>税率(%)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="55" />
      <source>Search code, name, spec or barcode…</source>
      <translation>搜索编码、名称、规格或条码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="130" />
      <source>Delete product {code} {name}?</source>
      <translation>删除商品 {code} {name}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="143" />
      <source>Product {code}</source>
      <translation>商品 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="41" />
      <source>New warehouse</source>
      <translation>新建仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="42" />
      <source>Edit warehouse</source>
      <translation>编辑仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="44" />
      <source>New bin</source>
      <translation>新建库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="45" />
      <source>Edit bin</source>
      <translation>编辑库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="46" />
      <source>Move bin up</source>
      <translation>库位上移</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="47" />
      <source>Move bin down</source>
      <translation>库位下移</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="48" />
      <source>Delete bin</source>
      <translation>删除库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="153" />
      <source>Delete bin {code}?</source>
      <translation>删除库位 {code}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="206" />
      <source>Warehouse {code}</source>
      <translation>仓库 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="235" />
      <source>New bin in {warehouse}</source>
      <translation>在 {warehouse} 新建库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="235" />
      <source>Bin {code}</source>
      <translation>库位 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="222" />
      <source>A default bin is created with the warehouse.</source>
      <translation>新建仓库时会同时创建一个默认库位。</translation>
    </message>
  </context>
</TS>
