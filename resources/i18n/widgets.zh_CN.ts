<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="23" />
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="34" />
      <source>{title}…</source>
      <translation>{title}…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="78" />
      <source>Opening stock date:</source>
      <translation>期初库存日期：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="87" />
      <source>Import {what} from Excel</source>
      <translation>从 Excel 导入{what}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/excel_import.py" line="90" />
      <source>{what} template</source>
      <translation>{what}模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="127" />
      <source>Exporting {title}…</source>
      <translation>正在导出{title}……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="127" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="182" />
      <source>Open file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="60" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="71" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/export.py" line="137" />
      <source>Exporting {title}… {count} rows</source>
      <translation>正在导出{title}…… 已写 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="264" />
      <source>Import finished.</source>
      <translation>导入完成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="256" />
      <source>{count} rows imported.</source>
      <translation>已导入 {count} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="82" />
      <source>Choose an Excel file (.xlsx) whose first row names the columns. Required columns: {columns}. Nothing is imported unless every row is correct.</source>
      <translation>请选择一个 Excel 文件（.xlsx），其第一行为列名。必填列：{columns}。只有每一行都正确时才会导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="91" />
      <source>File to import…</source>
      <translation>要导入的文件…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="93" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="95" />
      <source>Download template…</source>
      <translation>下载模板…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="124" />
      <source>Save error report…</source>
      <translation>保存错误报告…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="128" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="155" />
      <source>Choose the file to import</source>
      <translation>选择要导入的文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="160" />
      <source>Save the template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="171" />
      <source>Template saved to {path}. Fill it in with Excel, then choose it here.</source>
      <translation>模板已保存到 {path}。请用 Excel 填写后在此选择该文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="184" />
      <source>Importing {name}…</source>
      <translation>正在导入 {name}……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="193" />
      <source>Save error report</source>
      <translation>保存错误报告</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="202" />
      <source>Error report saved to {path}.</source>
      <translation>错误报告已保存到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="193" />
      <source>{name} - problems</source>
      <translation>{name} - 问题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="169" />
      <source>The template could not be saved: {error}</source>
      <translation>无法保存模板：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="200" />
      <source>The error report could not be saved: {error}</source>
      <translation>无法保存错误报告：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="221" />
      <source>Correct the file and import it again.</source>
      <translation>请修改文件后重新导入。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/import_dialog.py" line="225" />
      <source>The import failed; nothing was imported.</source>
      <translation>导入失败；未导入任何数据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="142" />
      <source>{count} rows</source>
      <translation>共 {count} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/list_page.py" line="52" />
      <source>Search…</source>
      <translation>搜索……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="157" />
      <source>Product: code, name, spec or barcode…</source>
      <translation>商品：编码、名称、规格或条码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="274" />
      <source>frozen</source>
      <translation>冻结</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="274" />
      <source>full</source>
      <translation>已满</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="182" />
      <source>Customer: code, name or phone…</source>
      <translation>客户：编码、名称或电话…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/widgets/pickers.py" line="182" />
      <source>Supplier: code, name or phone…</source>
      <translation>供应商：编码、名称或电话…</translation>
    </message>
  </context>
</TS>
