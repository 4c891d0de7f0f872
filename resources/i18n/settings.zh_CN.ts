<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="20" />
      <source>Approvals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="28" />
      <source>Approval rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="35" />
      <source>any amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="37" />
      <source>e.g. C, D (empty: any grade)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="49" />
      <source>The approver may not be the document's creator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="53" />
      <source>Document type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="55" />
      <source>Amount over</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="56" />
      <source>Party grades</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="57" />
      <source>Product categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="58" />
      <source>Approver role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="122" />
      <source>Add rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="123" />
      <source>Edit rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="124" />
      <source>Delete rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="65" />
      <source>A rule applies when all its conditions hold; empty conditions match everything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="89" />
      <source>The amount must be a number with at most 2 decimals.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="115" />
      <source>Grades</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="115" />
      <source>Categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="116" />
      <source>Not the creator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="138" />
      <source>Over-receipt tolerance (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="143" />
      <source>Documents matching a rule need approval by the rule's role before they are confirmed. When several rules match, each must be approved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="159" />
      <source>{count} categories</source>
      <translation type="unfinished" />
    </message>
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
      <location filename="../../erp_desktop/ui/settings/company.py" line="99" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
</TS>
