<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="32" />
      <source>Purchase order</source>
      <translation>采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="33" />
      <source>Sales order</source>
      <translation>销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="34" />
      <source>Payment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="36" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="36" />
      <source>Accountant</source>
      <translation>会计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="36" />
      <source>Buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="36" />
      <source>Sales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="80" />
      <source>{condition}: approval by {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="78" />
      <source>always</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="181" />
      <source>{number} needs approval by {who} first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="189" />
      <source>No approval rule applies to {number}; it can be confirmed directly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="201" />
      <source>{number} is not awaiting approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="211" />
      <source>{user} ({role}) may not approve {number}; it needs approval by {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="221" />
      <source>Give a reason for the rejection.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="229" />
      <source>{user} ({role}) may not reject {number}; it needs approval by {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="247" />
      <source>Unknown document type {doc_type}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="249" />
      <source>Name the role that must approve.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="251" />
      <source>The amount threshold must be zero or more, in cents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="73" />
      <source>amount over {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="75" />
      <source>grade {grades}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="77" />
      <source>{count} product categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="79" />
      <source> (not the creator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="209" />
      <source>{user} created {number} and may not approve it; it needs another {who}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="283" />
      <source>The approval rule no longer exists.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
