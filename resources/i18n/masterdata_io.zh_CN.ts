<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="45" />
      <source>Warehouses &amp; bins</source>
      <translation>仓库与库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="45" />
      <source>Price list items</source>
      <translation>价格表明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="45" />
      <source>Supplier quotes</source>
      <translation>供应商报价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="163" />
      <source>Unknown list {name}; choose one of: {choices}</source>
      <translation>未知列表 {name}；可选：{choices}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="286" />
      <source>Unknown import mode {mode}.</source>
      <translation>未知导入模式 {mode}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="130" />
      <source>Warehouse name</source>
      <translation>仓库名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="132" />
      <source>Negative stock</source>
      <translation>负库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="134" />
      <source>Bin name</source>
      <translation>库位名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="135" />
      <source>Bin status</source>
      <translation>库位状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="136" />
      <source>Capacity</source>
      <translation>容量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="137" />
      <source>Walking order</source>
      <translation>拣货顺序</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="141" />
      <source>Price list</source>
      <translation>价格表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="147" />
      <source>Product name</source>
      <translation>商品名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="154" />
      <source>Supplier name</source>
      <translation>供应商名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="159" />
      <source>Lead time (days)</source>
      <translation>交货期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="299" />
      <source>Imported {file}: {created} created, {updated} updated</source>
      <translation>已导入 {file}：新建 {created} 条，更新 {updated} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="325" />
      <source>Code {code} already exists ({what}); import in update mode to change it.</source>
      <translation>编码 {code} 已存在（{what}）；如需修改请用更新模式导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="80" />
      <source>Barcodes</source>
      <translation>条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="86" />
      <source>Attributes</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="87" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="96" />
      <source>Tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="99" />
      <source>Email</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="100" />
      <source>Tax ID</source>
      <translation>税号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="101" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="102" />
      <source>Payment terms (days)</source>
      <translation>账期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="103" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="104" />
      <source>Contact phone</source>
      <translation>联系人电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="114" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="360" />
      <source>product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="592" />
      <source>Unknown product code {code}.</source>
      <translation>未知商品编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="651" />
      <source>Unknown supplier code {code}.</source>
      <translation>未知供应商编码 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="474" />
      <source>customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="474" />
      <source>supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/masterdata_io.py" line="379" />
      <source>Unknown category {path} (create it first, or import with the option to create categories).</source>
      <translation>未知分类 {path}（请先创建，或导入时勾选“自动创建分类”）。</translation>
    </message>
  </context>
</TS>
