<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="44" />
      <source>Warehouses &amp; bins</source>
      <translation>仓库与库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="44" />
      <source>Price list items</source>
      <translation>价格表明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="44" />
      <source>Supplier quotes</source>
      <translation>供应商报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="162" />
      <source>Unknown list {name}; choose one of: {choices}</source>
      <translation>未知列表 {name}；可选：{choices}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="285" />
      <source>Unknown import mode {mode}.</source>
      <translation>未知导入模式 {mode}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="129" />
      <source>Warehouse name</source>
      <translation>仓库名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="131" />
      <source>Negative stock</source>
      <translation>负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="133" />
      <source>Bin name</source>
      <translation>库位名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="134" />
      <source>Bin status</source>
      <translation>库位状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="135" />
      <source>Capacity</source>
      <translation>容量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="136" />
      <source>Walking order</source>
      <translation>拣货顺序</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="140" />
      <source>Price list</source>
      <translation>价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="146" />
      <source>Product name</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="153" />
      <source>Supplier name</source>
      <translation>供应商名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="158" />
      <source>Lead time (days)</source>
      <translation>交货期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="298" />
      <source>Imported {file}: {created} created, {updated} updated</source>
      <translation>已导入 {file}：新建 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="324" />
      <source>Code {code} already exists ({what}); import in update mode to change it.</source>
      <translation>编码 {code} 已存在（{what}）；如需修改请用更新模式导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="79" />
      <source>Barcodes</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="85" />
      <source>Attributes</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="86" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="95" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="96" />
      <source>Salesperson</source>
      <translation>业务员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="98" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="99" />
      <source>Tax ID</source>
      <translation>税号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="100" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="101" />
      <source>Payment terms (days)</source>
      <translation>账期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="102" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="103" />
      <source>Contact phone</source>
      <translation>联系人电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="113" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="359" />
      <source>product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="571" />
      <source>Unknown product code {code}.</source>
      <translation>未知商品编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="630" />
      <source>Unknown supplier code {code}.</source>
      <translation>未知供应商编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="453" />
      <source>customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="453" />
      <source>supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="378" />
      <source>Unknown category {path} (create it first, or import with the option to create categories).</source>
      <translation>未知分类 {path}（请先创建，或导入时勾选“自动创建分类”）。</translation>
    </message>
  </context>
</TS>
