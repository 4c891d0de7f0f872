<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="38" />
      <source>Chart of accounts</source>
      <translation>会计科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="55" />
      <source>Add account…</source>
      <translation>新增科目…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="56" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="57" />
      <source>Deactivate / activate</source>
      <translation>停用 / 启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="106" />
      <source>Rename {code}</source>
      <translation>重命名 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="119" />
      <source>Add account</source>
      <translation>新增科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="43" />
      <source>Asset</source>
      <translation>资产</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="44" />
      <source>Liability</source>
      <translation>负债</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="45" />
      <source>Equity</source>
      <translation>所有者权益</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="47" />
      <source>Expense</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="133" />
      <source>Parent account</source>
      <translation>上级科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="68" />
      <source>Parent</source>
      <translation>上级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="70" />
      <source>Used by postings</source>
      <translation>系统科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="40" />
      <source>Approvals</source>
      <translation>审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="48" />
      <source>Approval rule</source>
      <translation>审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="55" />
      <source>any amount</source>
      <translation>任意金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="57" />
      <source>e.g. C, D (empty: any grade)</source>
      <translation>例如 C, D（留空：任意等级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="71" />
      <source>The approver may not be the document's creator</source>
      <translation>审批人不能是制单人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="75" />
      <source>Document type</source>
      <translation>单据类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="77" />
      <source>Amount over</source>
      <translation>金额超过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="78" />
      <source>Party grades</source>
      <translation>往来单位等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="79" />
      <source>Product categories</source>
      <translation>商品类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="80" />
      <source>Approver role</source>
      <translation>审批角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="179" />
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="180" />
      <source>Edit rule</source>
      <translation>编辑规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="181" />
      <source>Delete rule</source>
      <translation>删除规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="87" />
      <source>A rule applies when all its conditions hold; empty conditions match everything.</source>
      <translation>规则的所有条件都满足时生效；留空的条件匹配全部。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="112" />
      <source>The amount must be a number with at most 2 decimals.</source>
      <translation>金额必须是最多两位小数的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="167" />
      <source>Grades</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="170" />
      <source>Not the creator</source>
      <translation>非制单人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="195" />
      <source>Over-receipt tolerance (%)</source>
      <translation>超收容差（%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="202" />
      <source>Documents matching a rule need approval by the rule's role before they are confirmed. When several rules match, each must be approved.</source>
      <translation>符合规则的单据在确认前需要规则指定角色审批；多条规则同时适用时，每条都须审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="226" />
      <source>{count} categories</source>
      <translation>{count} 个类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="31" />
      <source>Company</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="53" />
      <source>As printed on delivery notes and statements</source>
      <translation>打印在送货单和对账单上</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="55" />
      <source>A PNG or JPEG picture (optional)</source>
      <translation>PNG 或 JPEG 图片（可选）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="56" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="67" />
      <source>Printed at the foot of every page, e.g. thanks or payment terms</source>
      <translation>打印在每页底部，例如致谢或付款条件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="105" />
      <source>Choose the logo</source>
      <translation>选择标志图片</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="105" />
      <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
      <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/company.py" line="125" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="31" />
      <source>Custom fields</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="74" />
      <source>For a choice field: the choices, separated by commas</source>
      <translation>选项字段：各选项用逗号分隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="76" />
      <source>Add field</source>
      <translation>添加字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="78" />
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="80" />
      <source>Delete field</source>
      <translation>删除字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="91" />
      <source>Choices</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="85" />
      <source>Fields of</source>
      <translation>字段所属</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="101" />
      <source>Custom fields appear in the editor, as list columns and as columns in Excel import and export.</source>
      <translation>自定义字段会出现在编辑窗口、列表列以及 Excel 导入导出的列中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="164" />
      <source>Delete the field {label}? Values already entered are kept but hidden.</source>
      <translation>删除字段 {label}？已录入的值会保留但不再显示。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/custom_fields.py" line="56" />
      <source>Key (import column)</source>
      <translation>键（导入列名）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="51" />
      <source>Last sync {time} · {pending} changes to send · {conflicts} conflicts · series {series}</source>
      <translation>上次同步 {time} · 待发送 {pending} 条变更 · {conflicts} 个冲突 · 编号序列 {series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="47" />
      <source>Online mode: working straight on the shared database.</source>
      <translation>在线模式：直接使用共享数据库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="49" />
      <source>Not set up: this PC works on its own.</source>
      <translation>未设置：本机独立工作。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="69" />
      <source>PC {pc}</source>
      <translation>电脑 {pc}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="79" />
      <source>e.g. 192.168.1.10 or shop-server</source>
      <translation>例如 192.168.1.10 或 shop-server</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="87" />
      <source>unchanged</source>
      <translation>不修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="99" />
      <source>Sync automatically every</source>
      <translation>自动同步，间隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="102" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="110" />
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="111" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="112" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="114" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="115" />
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="119" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="121" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="132" />
      <source>Shared database (PostgreSQL)</source>
      <translation>共享数据库（PostgreSQL）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="166" />
      <source>Restore this version</source>
      <translation>恢复此版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="168" />
      <source>Keep the current version</source>
      <translation>保留当前版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="177" />
      <source>Conflicts: versions that lost a merge</source>
      <translation>冲突：合并时被覆盖的版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="278" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="285" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="92" />
      <source>Use TLS when the server offers it</source>
      <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="93" />
      <source>Require TLS</source>
      <translation>必须使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="94" />
      <source>Require TLS and check the certificate</source>
      <translation>必须使用 TLS 并校验证书</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="95" />
      <source>No TLS</source>
      <translation>不使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="290" />
      <source>Sync done: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="144" />
      <source>Found</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="147" />
      <source>Lost version from</source>
      <translation>被覆盖版本来自</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="148" />
      <source>Kept version from</source>
      <translation>保留版本来自</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="45" />
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="82" />
      <source>Active (may log in)</source>
      <translation>启用（可以登录）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="85" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="86" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="119" />
      <source>Set password of {user}</source>
      <translation>设置 {user} 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="127" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="128" />
      <source>Repeat password</source>
      <translation>重复密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="154" />
      <source>Role name</source>
      <translation>角色名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="187" />
      <source>Ask for user name and password when the program starts</source>
      <translation>程序启动时要求输入用户名和密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="201" />
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="204" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="206" />
      <source>Set password…</source>
      <translation>设置密码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="208" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="218" />
      <source>Without users the program starts without log-in. The first user must be an owner.</source>
      <translation>没有用户时程序启动无需登录。第一个用户必须是店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="332" />
      <source>New role…</source>
      <translation>新建角色…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="466" />
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="496" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="71" />
      <source>Edit user</source>
      <translation>编辑用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="71" />
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="150" />
      <source>Edit role</source>
      <translation>编辑角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="150" />
      <source>New role</source>
      <translation>新建角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="390" />
      <source>Search summary or record id…</source>
      <translation>搜索摘要或记录编号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="487" />
      <source>Only the owner can manage users and see the audit log.</source>
      <translation>只有店主可以管理用户和查看审计日志。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="195" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="474" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
  </context>
</TS>
