<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="134" />
      <source>{count} draft orders created from {rows} rows: {numbers}</source>
      <translation>已由 {rows} 行创建 {count} 张草稿订单：{numbers}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="486" />
      <source>Unknown import {name}.</source>
      <translation>未知的导入类型 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="53" />
      <source>Product code</source>
      <translation>商品编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="54" />
      <source>Warehouse code</source>
      <translation>仓库编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="55" />
      <source>Bin code</source>
      <translation>库位编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="57" />
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="58" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="63" />
      <source>Customer code</source>
      <translation>客户编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="65" />
      <source>Supplier code</source>
      <translation>供应商编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="68" />
      <source>Document no.</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="70" />
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="81" />
      <source>Order reference</source>
      <translation>订单参考号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="86" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="130" />
      <source>{rows} rows imported as opening stock {numbers}, value {total}.</source>
      <translation>已导入 {rows} 行期初库存（单据 {numbers}），金额 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="133" />
      <source>{rows} opening balances imported, total {total}.</source>
      <translation>已导入 {rows} 笔期初余额，合计 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="290" />
      <source>Unknown kind {kind}.</source>
      <translation>未知类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="466" />
      <source>Opening stock</source>
      <translation>期初库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="468" />
      <source>Opening receivables</source>
      <translation>期初应收</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="471" />
      <source>Opening payables</source>
      <translation>期初应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="474" />
      <source>Sales orders</source>
      <translation>销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="476" />
      <source>Purchase orders</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="98" />
      <source>(example)</source>
      <translation>（示例）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="273" />
      <source>Imported from {name}</source>
      <translation>从 {name} 导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="308" />
      <source>Unknown customer {code}.</source>
      <translation>未知客户 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="308" />
      <source>Unknown supplier {code}.</source>
      <translation>未知供应商 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="228" />
      <source>Unknown product {code}.</source>
      <translation>未知商品 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="236" />
      <source>Unknown warehouse {code}.</source>
      <translation>未知仓库 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="254" />
      <source>The quantity must be greater than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="258" />
      <source>The unit cost cannot be negative.</source>
      <translation>单位成本不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="312" />
      <source>The amount is zero.</source>
      <translation>金额为零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="315" />
      <source>The due date is before the document date.</source>
      <translation>到期日早于单据日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="400" />
      <source>The price cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="231" />
      <source>Product {code} is inactive.</source>
      <translation>商品 {code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="263" />
      <source>{code} in bin {bin} is already in row {row}.</source>
      <translation>{code} 在库位 {bin} 的记录已在第 {row} 行出现。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="320" />
      <source>Document {number} of this party is already in row {row}.</source>
      <translation>该往来单位的单据 {number} 已在第 {row} 行出现。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="243" />
      <source>Warehouse {warehouse} has no bin {code}.</source>
      <translation>仓库 {warehouse} 没有库位 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="250" />
      <source>Warehouse {code} has no bins.</source>
      <translation>仓库 {code} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel_imports.py" line="406" />
      <source>Order {ref} has another party or date in row {row}.</source>
      <translation>订单 {ref} 在第 {row} 行的往来单位或日期不同。</translation>
    </message>
  </context>
</TS>
