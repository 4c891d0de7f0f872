<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="39" />
      <source>Something went wrong</source>
      <translation>出错了</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="40" />
      <source>An unexpected error happened; nothing was saved. Details are in the log:
{path}

{error}</source>
      <translation>发生意外错误，未保存任何内容。详情见日志：
{path}

{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/app.py" line="100" />
      <source>Cannot open the shop</source>
      <translation>无法打开店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="28" />
      <source>Cannot import</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="45" />
      <source>Please confirm</source>
      <translation>请确认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="27" />
      <source>… and {count} more</source>
      <translation>……还有 {count} 条</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="30" />
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/errors.py" line="23" />
      <source>Row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="488" />
      <source>Print a document…</source>
      <translation>打印单据…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="492" />
      <source>Print product labels…</source>
      <translation>打印商品标签…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="497" />
      <source>Customer statement…</source>
      <translation>客户对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="499" />
      <source>Supplier statement…</source>
      <translation>供应商对账单…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="75" />
      <source>Print preview — {name}</source>
      <translation>打印预览 — {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="82" />
      <source>{count} page(s)</source>
      <translation>共 {count} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="86" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="88" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="147" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="154" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="154" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="258" />
      <source>Print a document</source>
      <translation>打印单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="263" />
      <source>Document number, e.g. DN-2026-000001</source>
      <translation>单据编号，例如 DN-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="270" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="302" />
      <source>Print a statement</source>
      <translation>打印对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="321" />
      <source>Statement of</source>
      <translation>对账对象</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="366" />
      <source>Print product labels</source>
      <translation>打印商品标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="373" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="393" />
      <source>Show the price</source>
      <translation>显示价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="398" />
      <source>Add product</source>
      <translation>添加商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="399" />
      <source>Copies for new products</source>
      <translation>新加商品的份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="400" />
      <source>Label paper</source>
      <translation>标签纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="402" />
      <source>Labels already used on the first sheet</source>
      <translation>第一张已用掉的标签数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="370" />
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="387" />
      <source>EAN-13 when valid, else Code128</source>
      <translation>有效时用 EAN-13，否则用 Code128</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="390" />
      <source>QR code</source>
      <translation>二维码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="465" />
      <source>Add at least one product.</source>
      <translation>请至少添加一个商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="168" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/printing.py" line="169" />
      <source>Could not write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
  </context>
</TS>
