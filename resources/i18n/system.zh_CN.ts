<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="38" />
      <source>Owner</source>
      <translation>店主</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="42" />
      <source>Warehouse clerk</source>
      <translation>仓管员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="86" />
      <source>{condition}: approval by {who}</source>
      <translation>{condition}：需 {who} 审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="84" />
      <source>always</source>
      <translation>始终</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="228" />
      <source>{number} needs approval by {who} first.</source>
      <translation>{number} 需要先经 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="242" />
      <source>No approval rule applies to {number}; it can be confirmed directly.</source>
      <translation>{number} 不适用任何审批规则，可直接确认。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="272" />
      <source>{user} ({role}) may not approve {number}; it needs approval by {who}.</source>
      <translation>{user}（{role}）不能审批 {number}；需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="290" />
      <source>Give a reason for the rejection.</source>
      <translation>请填写驳回原因。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="303" />
      <source>{user} ({role}) may not reject {number}; it needs approval by {who}.</source>
      <translation>{user}（{role}）不能驳回 {number}；需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="327" />
      <source>Unknown document type {doc_type}.</source>
      <translation>未知的单据类型 {doc_type}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="329" />
      <source>Name the role that must approve.</source>
      <translation>请指定审批角色。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="331" />
      <source>The amount threshold must be zero or more, in cents.</source>
      <translation>金额阈值必须不小于零，精确到分。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="79" />
      <source>amount over {amount}</source>
      <translation>金额超过 {amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="81" />
      <source>grade {grades}</source>
      <translation>等级 {grades}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="83" />
      <source>{count} product categories</source>
      <translation>{count} 个商品类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="85" />
      <source> (not the creator)</source>
      <translation>（非制单人）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="264" />
      <source>{user} created {number} and may not approve it; it needs another {who}.</source>
      <translation>{user} 是 {number} 的制单人，不能审批；需要另一位{who}审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/approvals.py" line="375" />
      <source>The approval rule no longer exists.</source>
      <translation>该审批规则已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit.py" line="189" />
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit.py" line="190" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit.py" line="209" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="65" />
      <source>View cost and margin</source>
      <translation>查看成本和毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="66" />
      <source>Edit prices</source>
      <translation>修改价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="67" />
      <source>Edit master data</source>
      <translation>编辑基础资料</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="68" />
      <source>Sell</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="69" />
      <source>Buy</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="70" />
      <source>Stock documents</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="71" />
      <source>Post documents</source>
      <translation>过账单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="72" />
      <source>Approve</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="73" />
      <source>Finance</source>
      <translation>财务</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="74" />
      <source>Close periods</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="75" />
      <source>Manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="76" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="77" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="78" />
      <source>View the audit log</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="124" />
      <source>A password needs at least 6 characters.</source>
      <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="146" />
      <source>User {user} ({role}) may not do this ({permission}).</source>
      <translation>用户 {user}（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="190" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="235" />
      <source>This shop requires log-in: pass --user NAME and set ERP_PASSWORD.</source>
      <translation>本店铺需要登录：请加上 --user 用户名 并设置 ERP_PASSWORD。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="282" />
      <source>Unknown role: {role}.</source>
      <translation>未知角色：{role}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="296" />
      <source>A user needs a name.</source>
      <translation>用户需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="329" />
      <source>No such user: {user}.</source>
      <translation>没有用户 {user}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="413" />
      <source>A role needs a name.</source>
      <translation>角色需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="415" />
      <source>The built-in role {role} cannot be changed.</source>
      <translation>内置角色 {role} 不能修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="419" />
      <source>Unknown permission: {permission}.</source>
      <translation>未知权限：{permission}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="193" />
      <source>Too many failed log-ins: {user} is locked for {minutes} more minutes.</source>
      <translation>登录失败次数过多：{user} 还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="302" />
      <source>The first user must be an owner.</source>
      <translation>第一个用户必须是店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="305" />
      <source>User {user} already exists.</source>
      <translation>用户 {user} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="360" />
      <source>The shop needs at least one active owner.</source>
      <translation>店铺至少需要一个启用的店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="448" />
      <source>Add an owner first; log-in needs at least one user.</source>
      <translation>请先添加店主；启用登录至少需要一个用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="392" />
      <source>Only the owner can set another user's password; your own needs the old password.</source>
      <translation>只有店主可以设置他人的密码；修改自己的密码需要提供旧密码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="99" />
      <source>Enter the company name.</source>
      <translation>请输入公司名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="112" />
      <source>Company name</source>
      <translation>公司名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="113" />
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="116" />
      <source>Tax id</source>
      <translation>纳税人识别号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="118" />
      <source>Bank account</source>
      <translation>银行账号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="119" />
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="120" />
      <source>Footer text</source>
      <translation>页脚文字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="86" />
      <source>Company details changed</source>
      <translation>公司信息已修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="96" />
      <source>{field} is too long (at most {limit} characters).</source>
      <translation>{field}太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="104" />
      <source>The logo file {path} does not exist.</source>
      <translation>标志图片 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="106" />
      <source>The logo must be a PNG, JPEG, GIF or BMP picture.</source>
      <translation>标志须为 PNG、JPEG、GIF 或 BMP 图片。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="58" />
      <source>Stock balances equal the sum of moves</source>
      <translation>库存余额等于出入库流水合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="88" />
      <source>Stock value equals the sum of move values</source>
      <translation>库存金额等于出入库金额合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="99" />
      <source>Every journal entry balances</source>
      <translation>每张凭证借贷平衡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="124" />
      <source>Receivables and payables equal their control accounts</source>
      <translation>应收应付明细等于总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="137" />
      <source>Stock value equals the inventory account</source>
      <translation>库存金额等于库存商品科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="149" />
      <source>Database integrity</source>
      <translation>数据库完整性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="192" />
      <source>Allocations equal the allocation rows</source>
      <translation>往来核销额等于核销记录合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="218" />
      <source>Cash and bank balances equal their moves and accounts</source>
      <translation>资金账户余额等于流水及科目余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/verify.py" line="245" />
      <source>Nothing posted into a closed month</source>
      <translation>已结账月份无新记账</translation>
    </message>
  </context>
</TS>
