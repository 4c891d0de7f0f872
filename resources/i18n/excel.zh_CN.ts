<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="198" />
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="198" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="198" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="198" />
      <source>How to fill it in</source>
      <translation>填写说明</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="209" />
      <source>Fill in one row per record below the header; do not merge cells or use formulas. Columns are matched by their header, so their order does not matter and columns you do not need may be deleted (except required ones, marked *). Delete the example rows before importing. An import is all-or-nothing: if any row has a problem nothing is imported and every problem is listed.</source>
      <translation>在表头下方每行填写一条记录；不要合并单元格，也不要使用公式。列按表头名称匹配，因此列的顺序无关紧要，不需要的列可以删除（标 * 的必填列除外）。导入前请删除示例行。导入要么全部成功、要么全部不导入：只要有一行有问题，就什么都不导入，并列出所有问题。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="260" />
      <source>Also accepted as header: {names}</source>
      <translation>也可用作表头：{names}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="483" />
      <source>The file is not an Excel workbook (.xlsx): {name}</source>
      <translation>该文件不是 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="608" />
      <source>The sheet has {n} rows; at most {max} rows can be imported at once. Split the file (or delete empty rows at its end).</source>
      <translation>工作表有 {n} 行；一次最多只能导入 {max} 行。请拆分文件（或删除末尾的空行）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="171" />
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="223" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="225" />
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="228" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="237" />
      <source>Rate (%)</source>
      <translation>比率（%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="238" />
      <source>Whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="240" />
      <source>Yes/No</source>
      <translation>是/否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="241" />
      <source>List</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="247" />
      <source>Text.</source>
      <translation>文本。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="248" />
      <source>A number with at most 2 decimals, e.g. 1234.50 (thousands separators allowed).</source>
      <translation>最多 2 位小数的数字，例如 1234.50（可带千位分隔符）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="249" />
      <source>A number with at most 3 decimals, e.g. 12.5.</source>
      <translation>最多 3 位小数的数字，例如 12.5。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="250" />
      <source>A number with at most 6 decimals, e.g. 3.25.</source>
      <translation>最多 6 位小数的数字，例如 3.25。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="251" />
      <source>A percentage, e.g. 13% (or 0.13).</source>
      <translation>百分比，例如 13%（或 0.13）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="252" />
      <source>A whole number.</source>
      <translation>整数。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="253" />
      <source>A date, e.g. 2026-11-25 (also 2026/11/25, 2026年11月25日, 20261125).</source>
      <translation>日期，例如 2026-11-25（也可写作 2026/11/25、2026年11月25日、20261125）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="254" />
      <source>Yes or No (是/否, 1/0, true/false).</source>
      <translation>是或否（是/否、1/0、true/false）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="255" />
      <source>Several values separated by commas, e.g. red, blue.</source>
      <translation>多个值用逗号分隔，例如：红, 蓝。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="389" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="389" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="460" />
      <source>File not found: {path}</source>
      <translation>找不到文件：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="475" />
      <source>The file is a zip archive but not an Excel workbook (.xlsx): {name}</source>
      <translation>该文件是 zip 压缩包，而不是 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="478" />
      <source>The file is empty: {name}</source>
      <translation>文件是空的：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="480" />
      <source>The file is in the old Excel 97-2003 format (.xls) or encrypted; open it in Excel and save it as .xlsx: {name}</source>
      <translation>该文件是旧的 Excel 97-2003 格式（.xls）或已加密；请用 Excel 打开并另存为 .xlsx：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="482" />
      <source>The file is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx: {name}</source>
      <translation>该文件是文本（CSV）文件，不是 Excel 工作簿；请用 Excel 打开并另存为 .xlsx：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="565" />
      <source>The workbook has no worksheet.</source>
      <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="594" />
      <source>No header row found: the first rows name none of the expected columns ({columns}).</source>
      <translation>找不到表头行：前几行中没有任何预期的列名（{columns}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="604" />
      <source>Required columns are missing: {columns}</source>
      <translation>缺少必填列：{columns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="679" />
      <source>The sheet has a header but no data rows.</source>
      <translation>工作表只有表头，没有数据行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="684" />
      <source>{n} problems found; nothing was imported.</source>
      <translation>发现 {n} 个问题；未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="808" />
      <source>Not a number: {value}</source>
      <translation>不是数字：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="824" />
      <source>Number too large: {value}</source>
      <translation>数字太大：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="829" />
      <source>Too many decimals (at most {places}): {value}</source>
      <translation>小数位数过多（最多 {places} 位）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="879" />
      <source>Not a date: {value}</source>
      <translation>不是日期：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="895" />
      <source>Not a date (use 2026-11-25): {value}</source>
      <translation>不是日期（请写作 2026-11-25）：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="109" />
      <source>Sheet1</source>
      <translation>工作表1</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="133" />
      <source>Export cancelled.</source>
      <translation>导出已取消。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="258" />
      <source>Required.</source>
      <translation>必填。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="592" />
      <source>The workbook is empty: no rows to import.</source>
      <translation>工作簿是空的：没有可导入的行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="598" />
      <source>The column appears twice in the header.</source>
      <translation>该列在表头中出现了两次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="632" />
      <source>The sheet has more than {max} data rows; at most {max} rows can be imported at once. Split the file.</source>
      <translation>工作表的数据行超过 {max} 行；一次最多只能导入 {max} 行。请拆分文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="677" />
      <source>Merged cells ({ref}): unmerge them and fill in every cell.</source>
      <translation>有合并单元格（{ref}）：请取消合并并填写每个单元格。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="754" />
      <source>Not yes/no: {value}</source>
      <translation>不是“是/否”：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="774" />
      <source>Not a valid value: {value}</source>
      <translation>不是有效的值：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="828" />
      <source>Expected a whole number: {value}</source>
      <translation>应为整数：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="443" />
      <source>The file is not a readable Excel workbook (.xlsx): {name}</source>
      <translation>该文件不是可读取的 Excel 工作簿（.xlsx）：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="603" />
      <source>Required column missing from the header.</source>
      <translation>表头中缺少该必填列。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="629" />
      <source>The sheet has about {n} rows; at most {max} rows can be imported at once. Split the file.</source>
      <translation>工作表约有 {n} 行；一次最多只能导入 {max} 行。请拆分文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="683" />
      <source>… and {n} more problems not listed.</source>
      <translation>……另有 {n} 个问题未列出。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="646" />
      <source>Formula found ({formula}): paste values instead of formulas.</source>
      <translation>发现公式（{formula}）：请粘贴数值而不是公式。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="651" />
      <source>Error value in the cell: {value}</source>
      <translation>单元格中是错误值：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="661" />
      <source>Required value is empty.</source>
      <translation>必填值为空。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="670" />
      <source>Duplicate value {value}: also in row {row}.</source>
      <translation>重复的值 {value}：第 {row} 行也有。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/excel.py" line="818" />
      <source>Expected a number, found a date: {value}</source>
      <translation>应为数字，却是日期：{value}</translation>
    </message>
  </context>
</TS>
