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
      <translation>付款</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="36" />
      <source>Owner</source>
      <translation>店主</translation>
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
      <location filename="../../erp_desktop/services/approvals.py" line="37" />
      <source>Warehouse clerk</source>
      <translation>仓管员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="80" />
      <source>{condition}: approval by {who}</source>
      <translation>{condition}：需 {who} 审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="78" />
      <source>always</source>
      <translation>始终</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="181" />
      <source>{number} needs approval by {who} first.</source>
      <translation>{number} 需要先经 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="189" />
      <source>No approval rule applies to {number}; it can be confirmed directly.</source>
      <translation>{number} 不适用任何审批规则，可直接确认。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="201" />
      <source>{number} is not awaiting approval.</source>
      <translation>{number} 不在待审批状态。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="211" />
      <source>{user} ({role}) may not approve {number}; it needs approval by {who}.</source>
      <translation>{user}（{role}）不能审批 {number}；需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="221" />
      <source>Give a reason for the rejection.</source>
      <translation>请填写驳回原因。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="229" />
      <source>{user} ({role}) may not reject {number}; it needs approval by {who}.</source>
      <translation>{user}（{role}）不能驳回 {number}；需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="247" />
      <source>Unknown document type {doc_type}.</source>
      <translation>未知的单据类型 {doc_type}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="249" />
      <source>Name the role that must approve.</source>
      <translation>请指定审批角色。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="251" />
      <source>The amount threshold must be zero or more, in cents.</source>
      <translation>金额阈值必须不小于零，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="73" />
      <source>amount over {amount}</source>
      <translation>金额超过 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="75" />
      <source>grade {grades}</source>
      <translation>等级 {grades}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="77" />
      <source>{count} product categories</source>
      <translation>{count} 个商品类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="79" />
      <source> (not the creator)</source>
      <translation>（非制单人）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="209" />
      <source>{user} created {number} and may not approve it; it needs another {who}.</source>
      <translation>{user} 是 {number} 的制单人，不能审批；需要另一位{who}审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/approvals.py" line="283" />
      <source>The approval rule no longer exists.</source>
      <translation>该审批规则已不存在。</translation>
    </message>
  </context>
</TS>
