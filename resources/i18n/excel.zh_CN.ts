<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="28" />
      <source>import opening stock from an xlsx file (product, warehouse, bin, quantity, unit cost)</source>
      <translation>从 xlsx 文件导入期初库存（商品、仓库、库位、数量、单位成本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="34" />
      <source>date of the opening stock (default: today)</source>
      <translation>期初库存日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="35" />
      <source>on problems, also write them to this xlsx file</source>
      <translation>有问题时同时写入此 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="36" />
      <source>import opening receivables or payables from an xlsx file</source>
      <translation>从 xlsx 文件导入期初应收或应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="40" />
      <source>import draft sales or purchase orders from an xlsx file (one row per line)</source>
      <translation>从 xlsx 文件导入销售或采购订单草稿（每行一条明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="44" />
      <source>accept a warning (e.g. zero-price)</source>
      <translation>接受警告（例如 zero-price 零价格）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="45" />
      <source>write an xlsx template for opening stock, opening balances or order imports</source>
      <translation>生成期初库存、期初余额或订单导入的 xlsx 模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="94" />
      <source>Template written to {path}.</source>
      <translation>模板已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="58" />
      <source>Problems written to {path}</source>
      <translation>问题清单已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="216" />
      <source>Fill in one row per record below the header; do not merge cells or use formulas. Columns are matched by their header, so their order does not matter and columns you do not need may be deleted (except required ones, marked *). Delete the example rows before importing. An import is all-or-nothing: if any row has a problem nothing is imported and every problem is listed.</source>
      <translation>在表头下方每行填写一条记录；不要合并单元格，也不要使用公式。列按表头名称匹配，因此列的顺序无关紧要，不需要的列可以删除（标 * 的必填列除外）。导入前请删除示例行。导入要么全部成功、要么全部不导入：只要有一行有问题，就什么都不导入，并列出所有问题。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="276" />
      <source>Also accepted as header: {names}</source>
      <translation>也可用作表头：{names}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="445" />
      <source>The file is not an Excel workbook (.xlsx): {name}</source>
      <translation>该文件不是 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="580" />
      <source>The sheet has {n} rows; at most {max} rows can be imported at once. Split the file (or delete empty rows at its end).</source>
      <translation>工作表有 {n} 行；一次最多只能导入 {max} 行。请拆分文件（或删除末尾的空行）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="239" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="240" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="241" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="244" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="249" />
      <source>Text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="253" />
      <source>Rate (%)</source>
      <translation>比率（%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="254" />
      <source>Whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="256" />
      <source>Yes/No</source>
      <translation>是/否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="257" />
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="263" />
      <source>Text.</source>
      <translation>文本。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="264" />
      <source>A number with at most 2 decimals, e.g. 1234.50 (thousands separators allowed).</source>
      <translation>最多 2 位小数的数字，例如 1234.50（可带千位分隔符）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="265" />
      <source>A number with at most 3 decimals, e.g. 12.5.</source>
      <translation>最多 3 位小数的数字，例如 12.5。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="266" />
      <source>A number with at most 6 decimals, e.g. 3.25.</source>
      <translation>最多 6 位小数的数字，例如 3.25。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="267" />
      <source>A percentage, e.g. 13% (or 0.13).</source>
      <translation>百分比，例如 13%（或 0.13）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="268" />
      <source>A whole number.</source>
      <translation>整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="269" />
      <source>A date, e.g. 2026-11-25 (also 2026/11/25, 2026年11月25日, 20261125).</source>
      <translation>日期，例如 2026-11-25（也可写作 2026/11/25、2026年11月25日、20261125）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="270" />
      <source>Yes or No (是/否, 1/0, true/false).</source>
      <translation>是或否（是/否、1/0、true/false）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="271" />
      <source>Several values separated by commas, e.g. red, blue.</source>
      <translation>多个值用逗号分隔，例如：红, 蓝。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="341" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="341" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="412" />
      <source>File not found: {path}</source>
      <translation>找不到文件：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="427" />
      <source>The file is a zip archive but not an Excel workbook (.xlsx): {name}</source>
      <translation>该文件是 zip 压缩包，而不是 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="430" />
      <source>The file is empty: {name}</source>
      <translation>文件是空的：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="433" />
      <source>The file is in the old Excel 97-2003 format (.xls) or encrypted; open it in Excel and save it as .xlsx: {name}</source>
      <translation>该文件是旧的 Excel 97-2003 格式（.xls）或已加密；请用 Excel 打开并另存为 .xlsx：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="440" />
      <source>The file is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx: {name}</source>
      <translation>该文件是文本（CSV）文件，不是 Excel 工作簿；请用 Excel 打开并另存为 .xlsx：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="535" />
      <source>The workbook has no worksheet.</source>
      <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="565" />
      <source>No header row found: the first rows name none of the expected columns ({columns}).</source>
      <translation>找不到表头行：前几行中没有任何预期的列名（{columns}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="576" />
      <source>Required columns are missing: {columns}</source>
      <translation>缺少必填列：{columns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="693" />
      <source>Import cancelled; nothing was imported.</source>
      <translation>已取消导入；未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="695" />
      <source>The sheet has a header but no data rows.</source>
      <translation>工作表只有表头，没有数据行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="703" />
      <source>{n} problems found; nothing was imported.</source>
      <translation>发现 {n} 个问题；未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="840" />
      <source>Not a number: {value}</source>
      <translation>不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="856" />
      <source>Number too large: {value}</source>
      <translation>数字太大：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="861" />
      <source>Too many decimals (at most {places}): {value}</source>
      <translation>小数位数过多（最多 {places} 位）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="912" />
      <source>Not a date: {value}</source>
      <translation>不是日期：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="929" />
      <source>Not a date (use 2026-11-25): {value}</source>
      <translation>不是日期（请写作 2026-11-25）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="131" />
      <source>Sheet1</source>
      <translation>工作表1</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="156" />
      <source>Export cancelled.</source>
      <translation>导出已取消。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="200" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="209" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="209" />
      <source>How to fill it in</source>
      <translation>填写说明</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="274" />
      <source>Required.</source>
      <translation>必填。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="562" />
      <source>The workbook is empty: no rows to import.</source>
      <translation>工作簿是空的：没有可导入的行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="570" />
      <source>The column appears twice in the header.</source>
      <translation>该列在表头中出现了两次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="615" />
      <source>The sheet has more than {max} data rows; at most {max} rows can be imported at once. Split the file.</source>
      <translation>工作表的数据行超过 {max} 行；一次最多只能导入 {max} 行。请拆分文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="690" />
      <source>Merged cells ({ref}): unmerge them and fill in every cell.</source>
      <translation>有合并单元格（{ref}）：请取消合并并填写每个单元格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="784" />
      <source>Not yes/no: {value}</source>
      <translation>不是“是/否”：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="806" />
      <source>Not a valid value: {value}</source>
      <translation>不是有效的值：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="860" />
      <source>Expected a whole number: {value}</source>
      <translation>应为整数：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="393" />
      <source>The file is not a readable Excel workbook (.xlsx): {name}</source>
      <translation>该文件不是可读取的 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="575" />
      <source>Required column missing from the header.</source>
      <translation>表头中缺少该必填列。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="607" />
      <source>The sheet has about {n} rows; at most {max} rows can be imported at once. Split the file.</source>
      <translation>工作表约有 {n} 行；一次最多只能导入 {max} 行。请拆分文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="699" />
      <source>… and {n} more problems not listed.</source>
      <translation>……另有 {n} 个问题未列出。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="643" />
      <source>Formula found ({formula}): paste values instead of formulas.</source>
      <translation>发现公式（{formula}）：请粘贴数值而不是公式。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="650" />
      <source>Error value in the cell: {value}</source>
      <translation>单元格中是错误值：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="664" />
      <source>Required value is empty.</source>
      <translation>必填值为空。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="678" />
      <source>Duplicate value {value}: also in row {row}.</source>
      <translation>重复的值 {value}：第 {row} 行也有。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/__init__.py" line="850" />
      <source>Expected a number, found a date: {value}</source>
      <translation>应为数字，却是日期：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="184" />
      <source>{count} draft orders created from {rows} rows: {numbers}</source>
      <translation>已由 {rows} 行创建 {count} 张草稿订单：{numbers}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="670" />
      <source>Unknown import {name}.</source>
      <translation>未知的导入类型 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="55" />
      <source>Product code</source>
      <translation>商品编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="59" />
      <source>Warehouse code</source>
      <translation>仓库编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="60" />
      <source>Bin code</source>
      <translation>库位编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="69" />
      <source>Customer code</source>
      <translation>客户编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="71" />
      <source>Supplier code</source>
      <translation>供应商编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="75" />
      <source>Document no.</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="77" />
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="90" />
      <source>Order reference</source>
      <translation>订单参考号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="176" />
      <source>{rows} rows imported as opening stock {numbers}, value {total}.</source>
      <translation>已导入 {rows} 行期初库存（单据 {numbers}），金额 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="183" />
      <source>{rows} opening balances imported, total {total}.</source>
      <translation>已导入 {rows} 笔期初余额，合计 {total}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="384" />
      <source>Unknown kind {kind}.</source>
      <translation>未知类型 {kind}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="625" />
      <source>Opening stock</source>
      <translation>期初库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="633" />
      <source>Opening receivables</source>
      <translation>期初应收</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="641" />
      <source>Opening payables</source>
      <translation>期初应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="649" />
      <source>Sales orders</source>
      <translation>销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="657" />
      <source>Purchase orders</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="121" />
      <source>(example)</source>
      <translation>（示例）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="363" />
      <source>Imported from {name}</source>
      <translation>从 {name} 导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="403" />
      <source>Unknown customer {code}.</source>
      <translation>未知客户 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="405" />
      <source>Unknown supplier {code}.</source>
      <translation>未知供应商 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="292" />
      <source>Unknown product {code}.</source>
      <translation>未知商品 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="300" />
      <source>Unknown warehouse {code}.</source>
      <translation>未知仓库 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="325" />
      <source>The quantity must be greater than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="329" />
      <source>The unit cost cannot be negative.</source>
      <translation>单位成本不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="410" />
      <source>The amount is zero.</source>
      <translation>金额为零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="413" />
      <source>The due date is before the document date.</source>
      <translation>到期日早于单据日期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="537" />
      <source>The price cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="295" />
      <source>Product {code} is inactive.</source>
      <translation>商品 {code} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="338" />
      <source>{code} in bin {bin} is already in row {row}.</source>
      <translation>{code} 在库位 {bin} 的记录已在第 {row} 行出现。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="422" />
      <source>Document {number} of this party is already in row {row}.</source>
      <translation>该往来单位的单据 {number} 已在第 {row} 行出现。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="311" />
      <source>Warehouse {warehouse} has no bin {code}.</source>
      <translation>仓库 {warehouse} 没有库位 {code}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="320" />
      <source>Warehouse {code} has no bins.</source>
      <translation>仓库 {code} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel/imports.py" line="547" />
      <source>Order {ref} has another party or date in row {row}.</source>
      <translation>订单 {ref} 在第 {row} 行的往来单位或日期不同。</translation>
    </message>
  </context>
</TS>
