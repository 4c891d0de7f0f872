<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="20" />
      <source>Company</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="35" />
      <source>As printed on delivery notes and statements</source>
      <translation>打印在送货单和对账单上</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="37" />
      <source>A PNG or JPEG picture (optional)</source>
      <translation>PNG 或 JPEG 图片（可选）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="38" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="49" />
      <source>Printed at the foot of every page, e.g. thanks or payment terms</source>
      <translation>打印在每页底部，例如致谢或付款条件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="84" />
      <source>Choose the logo</source>
      <translation>选择标志图片</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="84" />
      <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
      <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="98" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
</TS>
