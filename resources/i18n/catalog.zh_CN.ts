<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="54" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="534" />
      <source>Minimum quantity</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="56" />
      <source>A category name cannot contain '/'.</source>
      <translation>分类名称不能包含“/”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="60" />
      <source>There is already a category {path}.</source>
      <translation>已有分类 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="69" />
      <source>That category no longer exists.</source>
      <translation>该分类已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="104" />
      <source>{field} is required.</source>
      <translation>{field}为必填项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="307" />
      <source>Barcode</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="318" />
      <source>Code {code} is already used by product {other}.</source>
      <translation>编码 {code} 已被商品 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="463" />
      <source>There is already a price list named {name}.</source>
      <translation>已有名为 {name} 的价格表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="464" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="464" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="466" />
      <source>The end date is before the start date.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="529" />
      <source>That price list no longer exists.</source>
      <translation>该价格表已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="532" />
      <source>That product no longer exists.</source>
      <translation>该商品已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="150" />
      <source>Category {path} has sub-categories; move or delete them first.</source>
      <translation>分类 {path} 下还有子分类；请先移走或删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="153" />
      <source>Category {path} still holds {count} products; move them first.</source>
      <translation>分类 {path} 下还有 {count} 个商品；请先移走。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="325" />
      <source>Barcode {barcode} is already used by product {other}.</source>
      <translation>条码 {barcode} 已被商品 {other} 使用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="342" />
      <source>Spec</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="343" />
      <source>Colour</source>
      <translation>颜色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="344" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="346" />
      <source>Purchase price</source>
      <translation>进价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="347" />
      <source>Sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="353" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="415" />
      <source>Product {code} is already used; deactivate it instead of deleting it.</source>
      <translation>商品 {code} 已被使用；请停用而不是删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="467" />
      <source>Tier</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="467" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="468" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="555" />
      <source>That price no longer exists.</source>
      <translation>该价格已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/catalog.py" line="132" />
      <source>A category cannot move under itself.</source>
      <translation>分类不能移到它自己下面。</translation>
    </message>
  </context>
</TS>
