<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="24" />
      <source>import a master-data list from an xlsx file (all or nothing; creates or updates by code)</source>
      <translation>从 xlsx 文件导入基础资料列表（要么全部成功要么不导入；按编码新增或更新）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="29" />
      <source>upsert: existing codes are updated (default); create: existing codes are an error</source>
      <translation>upsert：已存在的编码被更新（默认）；create：已存在的编码报错</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="35" />
      <source>create unknown categories (products) instead of refusing them</source>
      <translation>自动创建未知的商品分类，而不是拒绝导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="39" />
      <source>export a master-data list to an xlsx file</source>
      <translation>将基础资料列表导出为 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="42" />
      <source>write an empty xlsx import template for a list</source>
      <translation>生成空白的 xlsx 导入模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="45" />
      <source>create a demo shop (about 200 products, 2 warehouses, 50 customers, 10 suppliers)</source>
      <translation>创建演示店铺（约 200 个商品、2 个仓库、50 个客户、10 个供应商）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="46" />
      <source>the same seed makes the same shop</source>
      <translation>相同的种子生成相同的店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="47" />
      <source>also post N years of sales/purchase history before it (analysis; slower)</source>
      <translation>同时生成之前 N 年的销售/采购历史（用于分析；较慢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="118" />
      <source>a kit's bill of components</source>
      <translation>组合商品的物料清单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="127" />
      <source>the kit's product code</source>
      <translation>组合商品的商品编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="129" />
      <source>sold as a bundle (套装): a delivery issues the components</source>
      <translation>作为套装销售：出库时发出各组件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="130" />
      <source>remove the bill (the product is no longer a kit)</source>
      <translation>删除物料清单（该商品不再是组合商品）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="329" />
      <source>add, change or show one product</source>
      <translation>新增、修改或查看一个商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="337" />
      <source>add, change or show one customer</source>
      <translation>新增、修改或查看一个客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="345" />
      <source>add, change or show one supplier</source>
      <translation>新增、修改或查看一个供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="353" />
      <source>add, change or show one warehouse</source>
      <translation>新增、修改或查看一个仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="372" />
      <source>product code or barcode</source>
      <translation>商品编码或条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="373" />
      <source>unit name, e.g. 箱</source>
      <translation>单位名称，例如 箱</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="374" />
      <source>base units in one, e.g. 24</source>
      <translation>一个该单位包含的基本单位数，例如 24</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="375" />
      <source>the unit's own barcode (scanning it picks this unit)</source>
      <translation>该单位自己的条码（扫描它即选中此单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="376" />
      <source>the default unit on purchasing documents</source>
      <translation>采购单据的默认单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="377" />
      <source>the default unit on sales documents</source>
      <translation>销售单据的默认单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="594" />
      <source>{code} {name} saved.</source>
      <translation>{code} {name} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="66" />
      <source>Imported {n} rows: {created} created, {updated} updated.</source>
      <translation>已导入 {n} 行：新建 {created}，更新 {updated}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="81" />
      <source>Exported {n} rows to {path}.</source>
      <translation>已导出 {n} 行到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="106" />
      <source>Demo shop ready in {seconds} s ({steps}): {url}</source>
      <translation>演示店铺已就绪，用时 {seconds} 秒（{steps}）：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="143" />
      <source>serial numbers</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="187" />
      <source>Saved the bill of {code}: {n} components, {cost} per kit at today's cost{bundle}.</source>
      <translation>已保存 {code} 的物料清单：{n} 个组件，按当前成本每套 {cost}{bundle}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="258" />
      <source>One kit costs {cost}.</source>
      <translation>每套成本 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="291" />
      <source>sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="293" />
      <source>purchase price</source>
      <translation>进价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="294" />
      <source>specification (规格)</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="296" />
      <source>category name or path (Drinks/Tea)</source>
      <translation>分类名称或路径（如 饮料/茶）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="297" />
      <source>barcode (repeat for several)</source>
      <translation>条码（多个可重复）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="298" />
      <source>e.g. 0.13</source>
      <translation>如 0.13</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="316" />
      <source>'' for no limit</source>
      <translation>'' 表示不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="543" />
      <source>No product category {name}.</source>
      <translation>没有商品分类 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="606" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="607" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="608" />
      <source>Barcodes</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="609" />
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="610" />
      <source>Purchase price</source>
      <translation>进价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="611" />
      <source>Sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="614" />
      <source>Attributes</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="615" />
      <source>Custom fields</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="617" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="618" />
      <source>Mnemonic</source>
      <translation>助记码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="619" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="621" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="622" />
      <source>Tax ID</source>
      <translation>税号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="623" />
      <source>Payment terms (days)</source>
      <translation>账期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="624" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="626" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="627" />
      <source>Salesperson</source>
      <translation>销售员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="628" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="629" />
      <source>Addresses</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="630" />
      <source>Follow-ups</source>
      <translation>跟进记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="631" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="632" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="633" />
      <source>Lead time (days)</source>
      <translation>交货期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="634" />
      <source>Supplier quotes</source>
      <translation>供应商报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="635" />
      <source>Negative stock</source>
      <translation>负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="663" />
      <source>{code} {name} @ {price} (from {qty})</source>
      <translation>{code} {name} @ {price}（起订 {qty}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="143" />
      <source>lots</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="162" />
      <source>List the components as CODE:QTY, or give --clear to remove the bill.</source>
      <translation>请以 编码:数量 列出组件，或用 --clear 删除物料清单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="184" />
      <source>{code} has no bill of components any more.</source>
      <translation>{code} 已不再有物料清单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="205" />
      <source>{code} has no bill of components.</source>
      <translation>{code} 没有物料清单。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="237" />
      <source>Qty per kit</source>
      <translation>每套用量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="239" />
      <source>Base quantity</source>
      <translation>基本单位数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="240" />
      <source>Tracking</source>
      <translation>跟踪方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="241" />
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="242" />
      <source>Cost</source>
      <translation>成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="438" />
      <source>Factor</source>
      <translation>换算率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="438" />
      <source>Barcode</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="438" />
      <source>Purchase</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="438" />
      <source>Sale</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="542" />
      <source>Several categories are named {name}; give the path.</source>
      <translation>有多个分类名为 {name}；请给出完整路径。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="557" />
      <source>{code} already exists; use edit to change it.</source>
      <translation>{code} 已存在；要修改请用 edit。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="560" />
      <source>Give the name: --name.</source>
      <translation>请给出名称：--name。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="676" />
      <source>(default)</source>
      <translation>（默认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="694" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="694" />
      <source>Current value</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="174" />
      <source>Write each component as CODE:QTY or CODE:QTY:UNIT (got {item}).</source>
      <translation>每个组件请写成 编码:数量 或 编码:数量:单位（收到 {item}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="179" />
      <source>line {n}: the quantity is not a number: {text}</source>
      <translation>第 {n} 行：数量不是数字：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="192" />
      <source>, sold as a bundle</source>
      <translation>，作为套装销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="517" />
      <source>No product with code {code}.</source>
      <translation>没有编码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="230" />
      <source>bundle</source>
      <translation>套装</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="441" />
      <source>(base)</source>
      <translation>（基本单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="26" />
      <source>{field} is required.</source>
      <translation>{field}为必填项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="28" />
      <source>{field} is longer than {max} characters.</source>
      <translation>{field}超过 {max} 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="78" />
      <source>{field} must be at least {minimum}.</source>
      <translation>{field}不能小于 {minimum}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="80" />
      <source>{field} must be at most {maximum}.</source>
      <translation>{field}不能大于 {maximum}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="95" />
      <source>{field} must be a whole number from {minimum} to {maximum}.</source>
      <translation>{field}必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="112" />
      <source>{field} must be one of: {choices}</source>
      <translation>{field}必须是以下之一：{choices}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="74" />
      <source>{field} is not a number: {value}</source>
      <translation>{field}不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="77" />
      <source>{field} cannot be negative.</source>
      <translation>{field}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="91" />
      <source>{field} is not a whole number: {value}</source>
      <translation>{field}不是整数：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/base.py" line="126" />
      <source>{field} is not a date (YYYY-MM-DD): {value}</source>
      <translation>{field}不是日期（YYYY-MM-DD）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="745" />
      <source>Minimum quantity</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="62" />
      <source>A category name cannot contain '/'.</source>
      <translation>分类名称不能包含“/”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="70" />
      <source>There is already a category {path}.</source>
      <translation>已有分类 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="79" />
      <source>That category no longer exists.</source>
      <translation>该分类已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="409" />
      <source>Code {code} is already used by product {other}.</source>
      <translation>编码 {code} 已被商品 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="613" />
      <source>There is already a price list named {name}.</source>
      <translation>已有名为 {name} 的价格表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="616" />
      <source>The end date is before the start date.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="740" />
      <source>That price list no longer exists.</source>
      <translation>该价格表已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="743" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="163" />
      <source>Category {path} has sub-categories; move or delete them first.</source>
      <translation>分类 {path} 下还有子分类；请先移走或删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="167" />
      <source>Category {path} still holds {count} products; move them first.</source>
      <translation>分类 {path} 下还有 {count} 个商品；请先移走。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="430" />
      <source>Barcode {barcode} is already used by product {other}.</source>
      <translation>条码 {barcode} 已被商品 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="546" />
      <source>Product {code} is already used; deactivate it instead of deleting it.</source>
      <translation>商品 {code} 已被使用；请停用而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="623" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="791" />
      <source>That price no longer exists.</source>
      <translation>该价格已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/catalog.py" line="145" />
      <source>A category cannot move under itself.</source>
      <translation>分类不能移到它自己下面。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="99" />
      <source>Document lines in other units convert exactly to the base unit</source>
      <translation>以其他单位录入的单据明细准确换算为基本单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="158" />
      <source>Variants point at their template and a unique combination</source>
      <translation>规格商品指向其款式，且规格组合唯一</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="156" />
      <source>template {template}: {count} variants for one combination of values</source>
      <translation>款式 {template}：同一规格组合有 {count} 个商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="56" />
      <source>{table}: {n} lines in the base unit carry an entered quantity or a factor.</source>
      <translation>{table}：有 {n} 行按基本单位录入的明细带有录入数量或换算率。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="130" />
      <source>variant {variant}: its template is missing</source>
      <translation>规格商品 {variant}：款式不存在</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="134" />
      <source>variant {variant} of {template}: its product is missing</source>
      <translation>款式 {template} 的规格商品 {variant}：商品不存在</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="138" />
      <source>variant {variant} of {template}: its values are not of the template's dimensions</source>
      <translation>款式 {template} 的规格商品 {variant}：规格值不属于款式的规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="146" />
      <source>variant {variant} of {template}: its combination key is wrong</source>
      <translation>款式 {template} 的规格商品 {variant}：组合键不正确</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="66" />
      <source>{table} line {id}: {qty} in the base unit is not {unit_qty} {unit} × {factor}.</source>
      <translation>{table} 明细 {id}：基本单位数量 {qty} 不等于 {unit_qty} {unit} × {factor}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/checks.py" line="90" />
      <source>{table} line {id}: its stock moves hold {moved}, the line {qty} in the base unit.</source>
      <translation>{table} 明细 {id}：其库存流水为 {moved}，明细的基本单位数量为 {qty}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/costing.py" line="39" />
      <source>The costing method is moving average or FIFO (got {method}).</source>
      <translation>成本计价方法只能是移动加权平均或先进先出（收到的是 {method}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/costing.py" line="50" />
      <source>{code} {name} already has stock moves: its costing method ({method}) can only be chosen before its first move.</source>
      <translation>{code} {name} 已有出入库记录：成本计价方法（{method}）只能在首次出入库之前选择。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="30" />
      <source>Numeric</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="30" />
      <source>Choice</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="31" />
      <source>Products</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="31" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="31" />
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="149" />
      <source>{field} is not an exact number: {value}</source>
      <translation>{field}不是精确数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="82" />
      <source>Custom fields belong to products, customers or suppliers.</source>
      <translation>自定义字段只能用于商品、客户或供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="87" />
      <source>Unknown field kind: {kind}</source>
      <translation>未知字段类型：{kind}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="90" />
      <source>A choice field needs at least one choice.</source>
      <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="93" />
      <source>There is already a field named {label}.</source>
      <translation>已有名为 {label} 的字段。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="136" />
      <source>That custom field no longer exists.</source>
      <translation>该自定义字段已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/custom_fields.py" line="85" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="55" />
      <source>Product units</source>
      <translation>商品单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="58" />
      <source>Warehouses &amp; bins</source>
      <translation>仓库与库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="59" />
      <source>Price list items</source>
      <translation>价格表明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="197" />
      <source>Unknown list {name}; choose one of: {choices}</source>
      <translation>未知列表 {name}；可选：{choices}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="529" />
      <source>Unknown import mode {mode}.</source>
      <translation>未知导入模式 {mode}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="151" />
      <source>Warehouse name</source>
      <translation>仓库名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="155" />
      <source>Bin name</source>
      <translation>库位名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="156" />
      <source>Bin status</source>
      <translation>库位状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="157" />
      <source>Capacity</source>
      <translation>容量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="158" />
      <source>Walking order</source>
      <translation>拣货顺序</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="168" />
      <source>Product name</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="177" />
      <source>Base unit</source>
      <translation>基本单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="181" />
      <source>Default purchase unit</source>
      <translation>默认采购单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="182" />
      <source>Default sale unit</source>
      <translation>默认销售单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="187" />
      <source>Supplier name</source>
      <translation>供应商名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="551" />
      <source>Imported {file}: {created} created, {updated} updated</source>
      <translation>已导入 {file}：新建 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="594" />
      <source>Code {code} already exists ({what}); import in update mode to change it.</source>
      <translation>编码 {code} 已存在（{what}）；如需修改请用更新模式导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="758" />
      <source>Only the owner may choose a product's costing method.</source>
      <translation>只有店主可以选择商品的计价方法。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="104" />
      <source>Costing method</source>
      <translation>成本计价方法</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="123" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="124" />
      <source>Contact phone</source>
      <translation>联系人电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="637" />
      <source>product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="971" />
      <source>Unknown product code {code}.</source>
      <translation>未知商品编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="994" />
      <source>Line {line}: the product has no unit {unit}.</source>
      <translation>第 {line} 行：该商品没有单位 {unit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="1143" />
      <source>Unknown supplier code {code}.</source>
      <translation>未知供应商编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="814" />
      <source>customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="814" />
      <source>supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="1058" />
      <source>{unit} is the base unit of {code}; another unit needs another name.</source>
      <translation>{unit} 是 {code} 的基本单位；其他单位需要另起名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/io.py" line="678" />
      <source>Unknown category {path} (create it first, or import with the option to create categories).</source>
      <translation>未知分类 {path}（请先创建，或导入时勾选“自动创建分类”）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="334" />
      <source>Code {code} is already used by {what} {other}.</source>
      <translation>编码 {code} 已被{what} {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="436" />
      <source>That customer no longer exists.</source>
      <translation>该客户已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="453" />
      <source>That supplier no longer exists.</source>
      <translation>该供应商已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="664" />
      <source>Next date</source>
      <translation>下次日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="715" />
      <source>Quote {n}: pick a product.</source>
      <translation>报价 {n}：请选择商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="598" />
      <source>{code} is already used; deactivate it instead of deleting it.</source>
      <translation>{code} 已被使用；请停用而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="666" />
      <source>The next date is before the follow-up date.</source>
      <translation>下次日期早于跟进日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="690" />
      <source>That follow-up no longer exists.</source>
      <translation>该跟进记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="675" />
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/parties.py" line="302" />
      <source>Contact {n}: name</source>
      <translation>联系人 {n}：姓名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="81" />
      <source>Line {line}: </source>
      <translation>第 {line} 行：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="252" />
      <source>The unit factor must be greater than zero (got {value}): how many base units are in one.</source>
      <translation>单位换算率必须大于零（输入的是 {value}）：一个该单位等于多少基本单位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="257" />
      <source>The unit factor has more than 6 decimals (got {value}).</source>
      <translation>单位换算率的小数超过 6 位（输入的是 {value}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="84" />
      <source>{qty} {unit} is {base} in the base unit, more than 3 decimals; enter a quantity that converts exactly.</source>
      <translation>{qty} {unit} 折合基本单位为 {base}，超过 3 位小数；请输入能准确换算的数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="249" />
      <source>The unit factor is not a number: {value}</source>
      <translation>单位换算率不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="335" />
      <source>{code}: unit {unit} = {factor} {base}</source>
      <translation>{code}：单位 {unit} = {factor} {base}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="357" />
      <source>{code} has no unit {unit}.</source>
      <translation>{code} 没有单位 {unit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="366" />
      <source>{code}: unit {unit} removed</source>
      <translation>{code}：已删除单位 {unit}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/units.py" line="127" />
      <source> Its units: {units}.</source>
      <translation> 它的单位：{units}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="175" />
      <source>Dimension</source>
      <translation>规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="124" />
      <source>Value code</source>
      <translation>规格值编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="180" />
      <source>Category {category} already has a dimension {name}.</source>
      <translation>分类 {category} 已有规格维度 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="200" />
      <source>That variant dimension no longer exists.</source>
      <translation>该规格维度已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="127" />
      <source>Value code {code} of {value} cannot contain '-' or spaces.</source>
      <translation>{value} 的编码 {code} 不能含 “-” 或空格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="131" />
      <source>Dimension {dimension} already has the value {value}.</source>
      <translation>规格维度 {dimension} 已有值 {value}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/dimensions.py" line="137" />
      <source>Value code {code} of {value} is already used by {other} in dimension {dimension}.</source>
      <translation>{value} 的编码 {code} 已被规格维度 {dimension} 中的 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="40" />
      <source>Dimension 1</source>
      <translation>规格维度 1</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="41" />
      <source>Values 1</source>
      <translation>规格值 1</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="42" />
      <source>Dimension 2</source>
      <translation>规格维度 2</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="43" />
      <source>Values 2</source>
      <translation>规格值 2</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="94" />
      <source>Product templates</source>
      <translation>款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="124" />
      <source>Unknown category {path}.</source>
      <translation>未知分类 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/excel_io.py" line="178" />
      <source>Imported {file}: {count} templates, {made} variants made</source>
      <translation>已导入 {file}：{count} 个款式，生成 {made} 个规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/matrix.py" line="124" />
      <source>{variant}: the quantity must be positive.</source>
      <translation>{variant}：数量必须为正数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/matrix.py" line="127" />
      <source>{variant}: there is no such variant.</source>
      <translation>{variant}：没有这个规格商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="89" />
      <source>That variant value no longer exists.</source>
      <translation>该规格值已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="284" />
      <source>A template code cannot contain spaces.</source>
      <translation>款式编码不能含空格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="288" />
      <source>Code {code} is already used by template {other}.</source>
      <translation>编码 {code} 已被款式 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="296" />
      <source>A template needs at least one dimension (e.g. colour).</source>
      <translation>款式至少需要一个规格维度（如颜色）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="313" />
      <source>The two dimensions of a template must differ.</source>
      <translation>款式的两个规格维度必须不同。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="400" />
      <source>A value chosen is not of the template's dimensions.</source>
      <translation>所选的值不属于该款式的规格维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="491" />
      <source>Template {code} is inactive.</source>
      <translation>款式 {code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="495" />
      <source>Template {code} has no values to combine: add values to its dimensions first.</source>
      <translation>款式 {code} 没有可组合的规格值：请先给规格维度添加值。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="304" />
      <source>Dimension {dimension} belongs to another category, not {category}.</source>
      <translation>规格维度 {dimension} 属于其他分类，不属于 {category}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="355" />
      <source>Template {code} already has variants; its category and dimensions cannot change.</source>
      <translation>款式 {code} 已生成规格商品，不能再改分类和规格维度。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="396" />
      <source>Choose at least one value of {dimension} for this template.</source>
      <translation>请为该款式至少选择一个 {dimension} 的值。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="543" />
      <source>Variant {variant}: {message}</source>
      <translation>规格 {variant}：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/variants/templates.py" line="537" />
      <source>{value} is also given to variant {other}.</source>
      <translation>{value} 也被用于规格 {other}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="31" />
      <source>Forbid negative stock</source>
      <translation>禁止负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="32" />
      <source>Warn on negative stock</source>
      <translation>负库存时警告</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="33" />
      <source>Allow negative stock</source>
      <translation>允许负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="35" />
      <source>Frozen</source>
      <translation>冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="35" />
      <source>Full</source>
      <translation>已满</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="109" />
      <source>Code {code} is already used by warehouse {other}.</source>
      <translation>编码 {code} 已被仓库 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="192" />
      <source>This warehouse already has a bin {code}.</source>
      <translation>该仓库已有库位 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="91" />
      <source>That warehouse no longer exists.</source>
      <translation>该仓库已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="202" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="276" />
      <source>That bin no longer exists.</source>
      <translation>该库位已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="278" />
      <source>Bin {code} has stock history; freeze it instead of deleting it.</source>
      <translation>库位 {code} 已有库存记录；请冻结而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata/warehouses.py" line="127" />
      <source>Default bin</source>
      <translation>默认库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="16" />
      <source>Master data</source>
      <translation>基础资料</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="46" />
      <source>Price lists</source>
      <translation>价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="47" />
      <source>Categories</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/__init__.py" line="48" />
      <source>Templates &amp; variants</source>
      <translation>款式与规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="47" />
      <source>Sold as a bundle (套装): a delivery issues the components</source>
      <translation>作为套装销售：出库时发出各组件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="49" />
      <source>Add a component: code, name, barcode or 助记码</source>
      <translation>添加组件：编码、名称、条码或助记码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="63" />
      <source>A kit is assembled (组装单) from these components and taken apart (拆卸单) into them.</source>
      <translation>组合商品由这些组件组装（组装单），也可拆卸回这些组件（拆卸单）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="220" />
      <source>{n} components; one kit costs {cost} at today's cost.</source>
      <translation>{n} 个组件；按当前成本每套 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="227" />
      <source>No components: this product is not a kit.</source>
      <translation>没有组件：该商品不是组合商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/bom.py" line="125" />
      <source>Units: {units}</source>
      <translation>单位：{units}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="80" />
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="110" />
      <source>Update rows whose code already exists (otherwise they are an error)</source>
      <translation>编码已存在的行更新原资料（否则视为错误）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="112" />
      <source>Create unknown categories</source>
      <translation>自动创建不存在的分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="261" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="263" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/common.py" line="126" />
      <source>Import {list}</source>
      <translation>导入{list}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="161" />
      <source>General</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="166" />
      <source>Tags separated by commas</source>
      <translation>标签用逗号分隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="333" />
      <source>New customer</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="333" />
      <source>Customer {code} {name}</source>
      <translation>客户 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="344" />
      <source>empty = no limit</source>
      <translation>留空 = 不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="386" />
      <source>What was said</source>
      <translation>沟通内容</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="390" />
      <source>Add follow-up</source>
      <translation>添加跟进</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="424" />
      <source>Prices</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="443" />
      <source>Save the customer first</source>
      <translation>请先保存客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="535" />
      <source>New supplier</source>
      <translation>新建供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="535" />
      <source>Supplier {code} {name}</source>
      <translation>供应商 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="575" />
      <source>Quotes</source>
      <translation>报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="641" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="642" />
      <source>Activate / deactivate</source>
      <translation>启用/停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="643" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="645" />
      <source>Show inactive</source>
      <translation>显示已停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="209" />
      <source>Payment terms</source>
      <translation>账期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="419" />
      <source>The price this customer gets, from the price lists for its tier and channel (today).</source>
      <translation>该客户按其等级和渠道的价格表（今日）可得的价格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="439" />
      <source>Purchase history</source>
      <translation>采购记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="502" />
      <source>default sale price</source>
      <translation>默认售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="503" />
      <source>{price} ({source})</source>
      <translation>{price}（{source}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="550" />
      <source>Lead time</source>
      <translation>交货期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="570" />
      <source>Add a quote for</source>
      <translation>新增报价：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="638" />
      <source>Search code, name or phone…</source>
      <translation>搜索编码、名称或电话…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="700" />
      <source>Delete {code} {name}?</source>
      <translation>删除 {code} {name}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="182" />
      <source>Primary</source>
      <translation>主要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="354" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="468" />
      <source>Enter the date of the follow-up.</source>
      <translation>请填写跟进日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/parties.py" line="606" />
      <source>Quote {n}: unknown product code {code}.</source>
      <translation>报价 {n}：未知商品编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="108" />
      <source>New price list</source>
      <translation>新建价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="109" />
      <source>Edit price list</source>
      <translation>编辑价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="110" />
      <source>Delete price list</source>
      <translation>删除价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="112" />
      <source>Remove price</source>
      <translation>删除价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="122" />
      <source>Set price</source>
      <translation>设置价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="322" />
      <source>New top category</source>
      <translation>新建顶级分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="323" />
      <source>New sub-category</source>
      <translation>新建子分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="324" />
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="325" />
      <source>Move to…</source>
      <translation>移动到…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="358" />
      <source>New category</source>
      <translation>新建分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="367" />
      <source>Rename category</source>
      <translation>重命名分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="379" />
      <source>Move {path} to</source>
      <translation>将 {path} 移动到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="379" />
      <source>New parent</source>
      <translation>新的上级分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="130" />
      <source>from qty</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="151" />
      <source>A customer gets the price of the list matching its tier and channel (specific beats blank, then priority, then the largest minimum quantity reached); without one, the product's sale price.</source>
      <translation>客户按其等级和渠道匹配价格表取价（指定的优先于空白，其次看优先级，再取已达到的最大起订量）；没有匹配的价格表时用商品售价。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="194" />
      <source>Delete price list {name} and its {count} prices?</source>
      <translation>删除价格表 {name} 及其 {count} 条价格？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="206" />
      <source>Choose a price list and a product first.</source>
      <translation>请先选择价格表和商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="210" />
      <source>Enter a valid price and quantity.</source>
      <translation>请输入有效的价格和数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="249" />
      <source>Price list {name}</source>
      <translation>价格表 {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="276" />
      <source>Blank tier or channel = any customer.</source>
      <translation>等级或渠道留空 = 适用所有客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="387" />
      <source>Delete category {path}?</source>
      <translation>删除分类 {path}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="87" />
      <source>Items</source>
      <translation>明细数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="100" />
      <source>Default sale price</source>
      <translation>默认售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/prices.py" line="376" />
      <source>(top level)</source>
      <translation>（顶级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="72" />
      <source>New product</source>
      <translation>新建商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="185" />
      <source>Several barcodes separated by commas; scan into this field</source>
      <translation>多个条码用逗号分隔；可直接扫码录入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="192" />
      <source>name=value; name=value (e.g. 品牌=农夫山泉; 保质期=12个月)</source>
      <translation>名称=值; 名称=值（如 品牌=农夫山泉; 保质期=12个月）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="193" />
      <source>Active (can be bought and sold)</source>
      <translation>启用（可采购和销售）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="207" />
      <source>Tax rate (%)</source>
      <translation>税率(%)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="226" />
      <source>Kit (组装 / 套装)</source>
      <translation>组合（组装 / 套装）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="288" />
      <source>Chosen by the owner before the product's first stock movement.</source>
      <translation>由老板在商品首次出入库之前选择。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="299" />
      <source>Not tracked</source>
      <translation>不跟踪</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="300" />
      <source>By lot (批次, with expiry)</source>
      <translation>按批次（含保质期）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="301" />
      <source>By serial number (序列号, one per unit)</source>
      <translation>按序列号（一物一码）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="306" />
      <source>Shelf life (days)</source>
      <translation>保质期（天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="307" />
      <source>Warn before expiry (days)</source>
      <translation>到期前提醒（天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="308" />
      <source>Warranty (days)</source>
      <translation>保修期（天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="309" />
      <source>Tracking can change only before the product's first stock movement.</source>
      <translation>跟踪方式只能在商品第一次出入库之前修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="312" />
      <source>Lots and serials</source>
      <translation>批次与序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="70" />
      <source>Search code, name, spec or barcode…</source>
      <translation>搜索编码、名称、规格或条码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="152" />
      <source>Delete product {code} {name}?</source>
      <translation>删除商品 {code} {name}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/products.py" line="169" />
      <source>Product {code}</source>
      <translation>商品 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="52" />
      <source>New template</source>
      <translation>新建款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="53" />
      <source>Save template</source>
      <translation>保存款式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="54" />
      <source>Generate variants</source>
      <translation>生成规格商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="60" />
      <source>Dimension (颜色, 尺码)</source>
      <translation>规格维度（颜色、尺码）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="62" />
      <source>Values: 红:R, 蓝:B, 黑</source>
      <translation>规格值：红:R, 蓝:B, 黑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="63" />
      <source>Add dimension</source>
      <translation>添加规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="64" />
      <source>Add values to the chosen dimension</source>
      <translation>给所选维度添加规格值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="65" />
      <source>Dimensions of the category</source>
      <translation>分类的规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="88" />
      <source>Rows (dimension 1)</source>
      <translation>行（维度 1）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="89" />
      <source>Columns (dimension 2)</source>
      <translation>列（维度 2）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/variants.py" line="216" />
      <source>Add a category first (Master data › Categories).</source>
      <translation>请先添加分类（基础资料 › 分类）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="68" />
      <source>New warehouse</source>
      <translation>新建仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="69" />
      <source>Edit warehouse</source>
      <translation>编辑仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="71" />
      <source>New bin</source>
      <translation>新建库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="72" />
      <source>Edit bin</source>
      <translation>编辑库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="73" />
      <source>Move bin up</source>
      <translation>库位上移</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="74" />
      <source>Move bin down</source>
      <translation>库位下移</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="75" />
      <source>Delete bin</source>
      <translation>删除库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="181" />
      <source>Delete bin {code}?</source>
      <translation>删除库位 {code}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="247" />
      <source>Warehouse {code}</source>
      <translation>仓库 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="284" />
      <source>New bin in {warehouse}</source>
      <translation>在 {warehouse} 新建库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="284" />
      <source>Bin {code}</source>
      <translation>库位 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/masterdata/warehouses.py" line="263" />
      <source>A default bin is created with the warehouse.</source>
      <translation>新建仓库时会同时创建一个默认库位。</translation>
    </message>
  </context>
</TS>
