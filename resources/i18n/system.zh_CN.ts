<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="20" />
      <source>add a user (password from ERP_NEW_PASSWORD or asked)</source>
      <translation>添加用户（密码取自 ERP_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="22" />
      <source>owner, sales, warehouse, accountant, buyer or a custom role</source>
      <translation>owner（店主）、sales（销售）、warehouse（仓管）、accountant（会计）、buyer（采购）或自定义角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="24" />
      <source>change a user's role, name or active flag; unlock</source>
      <translation>修改用户的角色、姓名或启用状态；解除锁定</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="30" />
      <source>set a user's password (from ERP_NEW_PASSWORD or asked)</source>
      <translation>设置用户密码（取自 ERP_NEW_PASSWORD 或提示输入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="33" />
      <source>create or change a custom role</source>
      <translation>创建或修改自定义角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="37" />
      <source>switch log-in at start on or off</source>
      <translation>开启或关闭启动时登录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="39" />
      <source>show or export the audit log</source>
      <translation>查看或导出审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="40" />
      <source>user name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="180" />
      <source>approval rules: which documents need whose approval</source>
      <translation>审批规则：哪些单据需要谁审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="184" />
      <source>list the approval rules</source>
      <translation>列出审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="186" />
      <source>purchase_order, sales_order or payment</source>
      <translation>purchase_order（采购订单）、sales_order（销售订单）或 payment（付款）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="188" />
      <source>add a rule, or change the rule --id ID</source>
      <translation>新增规则，或修改 --id 指定的规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="188" />
      <source>add a rule, or change the rule --id ID (only the options given change)</source>
      <translation>新增规则，或修改 --id 指定的规则（只改所给的选项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="194" />
      <source>the rule to change (its id, or the first characters of it)</source>
      <translation>要修改的规则（其编号，或编号的前几位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="197" />
      <source>applies above this amount ('' for any)</source>
      <translation>金额超过此数时适用（'' 表示任意金额）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="198" />
      <source>only for parties of this grade (repeat)</source>
      <translation>只适用于此等级的往来单位（可重复）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="199" />
      <source>who approves: owner, accountant, buyer, sales, warehouse</source>
      <translation>由谁审批：owner（店主）、accountant（会计）、buyer（采购员）、sales（销售员）、warehouse（仓管员）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="200" />
      <source>the creator may not approve</source>
      <translation>制单人不得审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="202" />
      <source>delete an approval rule</source>
      <translation>删除一条审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="19" />
      <source>list users</source>
      <translation>列出用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="32" />
      <source>list roles and their permissions</source>
      <translation>列出角色及其权限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="67" />
      <source>Log-in at start: {state}</source>
      <translation>启动时登录：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="80" />
      <source>User {user} added ({role}).</source>
      <translation>已添加用户 {user}（{role}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="96" />
      <source>User {user} saved.</source>
      <translation>用户 {user} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="103" />
      <source>Password of {user} changed.</source>
      <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="140" />
      <source>Role {role} saved: {permissions}</source>
      <translation>角色 {role} 已保存：{permissions}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="309" />
      <source>Approval rule {id} saved: {document}, {rule}.</source>
      <translation>审批规则 {id} 已保存：{document}，{rule}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="326" />
      <source>Approval rule {id} removed.</source>
      <translation>审批规则 {id} 已删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="55" />
      <source>New password: </source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="70" />
      <source>active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="70" />
      <source>inactive</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="71" />
      <source>, locked until {time}</source>
      <translation>，锁定至 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="73" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="73" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="73" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="73" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="114" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="114" />
      <source>Permissions</source>
      <translation>权限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="160" />
      <source>{count} rows written to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="167" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="167" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="167" />
      <source>Entity</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="167" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="167" />
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="240" />
      <source>No approval rule with id {id}.</source>
      <translation>没有编号为 {id} 的审批规则。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="242" />
      <source>Several approval rules start with {id}; give more of the id.</source>
      <translation>有多条审批规则的编号以 {id} 开头，请多写几位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="254" />
      <source>No approval rules: no document needs approval.</source>
      <translation>没有审批规则：所有单据都无需审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="258" />
      <source>Id</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="258" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="258" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="258" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="56" />
      <source>Repeat it: </source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="57" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="286" />
      <source>Name the document type: --doc-type purchase_order, sales_order or payment.</source>
      <translation>请指定单据类型：--doc-type purchase_order、sales_order 或 payment。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="67" />
      <source>on</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="67" />
      <source>off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="119" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="119" />
      <source>custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="265" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="265" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="306" />
      <source>Not an amount: {text}</source>
      <translation>不是金额：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="11" />
      <source>create or upgrade the shop database</source>
      <translation>创建或升级店铺数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="12" />
      <source>print the program and schema versions</source>
      <translation>显示程序和数据库结构版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="20" />
      <source>Shop database ready: {url}</source>
      <translation>店铺数据库已就绪：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="38" />
      <source>schema {current} (program {head})</source>
      <translation>数据库结构 {current}（程序 {head}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="17" />
      <source>copy the shop database (SQLite online backup)</source>
      <translation>备份店铺数据库（SQLite 在线备份）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="18" />
      <source>file to write (default: the backups folder)</source>
      <translation>写入的文件（默认备份文件夹）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="19" />
      <source>replace the shop database with a checked backup (the current file is kept aside)</source>
      <translation>用检查过的备份替换店铺数据库（当前文件另存保留）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="22" />
      <source>backup file to restore</source>
      <translation>要恢复的备份文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="24" />
      <source>show or set the shop's opening date and whether odd document dates are refused</source>
      <translation>查看或设置本店的开业日期，以及是否拒绝异常的单据日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="27" />
      <source>the shop's opening date</source>
      <translation>本店的开业日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="28" />
      <source>forget the opening date</source>
      <translation>清除开业日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="30" />
      <source>refuse odd dates outright</source>
      <translation>直接拒绝异常日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="31" />
      <source>odd dates need a confirmation (the default)</source>
      <translation>异常日期需要确认（默认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="16" />
      <source>check every invariant of the books and the database; exit 1 if any fails</source>
      <translation>检查账目和数据库的所有一致性规则；任一失败则以 1 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="23" />
      <source>list this shop's last good backups with their dates</source>
      <translation>列出本店最近的完好备份及其日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="57" />
      <source>Backup written: {path} ({size} bytes)</source>
      <translation>备份已写入：{path}（{size} 字节）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="76" />
      <source>Restored {file} into {target} ({checks} checks passed on it first).</source>
      <translation>已将 {file} 恢复到 {target}（恢复前已通过 {checks} 项检查）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="117" />
      <source>Opening date: {date}</source>
      <translation>开业日期：{date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="118" />
      <source>Plausible document dates: {low} to {high}</source>
      <translation>合理的单据日期：{low} 至 {high}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="44" />
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="44" />
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="49" />
      <source>{count} check(s) failed.</source>
      <translation>{count} 项检查未通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="49" />
      <source>All checks passed.</source>
      <translation>全部检查通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="70" />
      <source>Restore works on a local shop file.</source>
      <translation>只能恢复本地店铺文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="84" />
      <source>The previous file is kept as {aside}.</source>
      <translation>原文件已另存为 {aside}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="91" />
      <source>Backups are listed for a local shop file.</source>
      <translation>只能列出本地店铺文件的备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="98" />
      <source>No good backup of {path} was found.</source>
      <translation>没有找到 {path} 的完好备份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="100" />
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="100" />
      <source>Size (KiB)</source>
      <translation>大小（KiB）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="100" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="119" />
      <source>Other dates: refused</source>
      <translation>其他日期：拒绝</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="119" />
      <source>Other dates: need a confirmation (--allow-odd-date)</source>
      <translation>其他日期：需要确认（--allow-odd-date）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="117" />
      <source>not set</source>
      <translation>未设置</translation>
    </message>
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
      <location filename="../../erp_desktop/services/system/approvals.py" line="376" />
      <source>The approval rule no longer exists.</source>
      <translation>该审批规则已不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="17" />
      <source>Created</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="18" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="19" />
      <source>Imported</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="20" />
      <source>Locked</source>
      <translation>锁定</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="21" />
      <source>Password changed</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="23" />
      <source>Re-opened</source>
      <translation>反结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="24" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="26" />
      <source>Settled</source>
      <translation>已处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="27" />
      <source>Unlocked</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="28" />
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="29" />
      <source>VAT transferred</source>
      <translation>结转增值税</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="34" />
      <source>Approval rule</source>
      <translation>审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="35" />
      <source>Bank statement</source>
      <translation>银行对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="38" />
      <source>Custom field</source>
      <translation>自定义字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="40" />
      <source>Follow-up</source>
      <translation>跟进记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="41" />
      <source>Invoice</source>
      <translation>发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="44" />
      <source>Money account</source>
      <translation>资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="45" />
      <source>Money receipt / payment</source>
      <translation>收付款单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="48" />
      <source>Accounting period</source>
      <translation>会计期间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="51" />
      <source>Price list item</source>
      <translation>价格表条目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="58" />
      <source>Purchase requisition</source>
      <translation>采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="65" />
      <source>Store counter (PC)</source>
      <translation>门店收银台（电脑）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="69" />
      <source>Variant dimension</source>
      <translation>规格维度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/audit_labels.py" line="70" />
      <source>Variant value</source>
      <translation>规格值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="72" />
      <source>View cost and margin</source>
      <translation>查看成本和毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="73" />
      <source>Edit prices</source>
      <translation>修改价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="74" />
      <source>Edit master data</source>
      <translation>编辑基础资料</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="75" />
      <source>Sell</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="76" />
      <source>Buy</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="77" />
      <source>Stock documents</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="78" />
      <source>Post documents</source>
      <translation>过账单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="79" />
      <source>Approve</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="80" />
      <source>Finance</source>
      <translation>财务</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="81" />
      <source>Close periods</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="82" />
      <source>Manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="83" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="84" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="85" />
      <source>View the audit log</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="86" />
      <source>Back up, restore and repair the shop file</source>
      <translation>备份、恢复和修复店铺文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="146" />
      <source>A password needs at least 6 characters.</source>
      <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="168" />
      <source>User {user} ({role}) may not do this ({permission}).</source>
      <translation>用户 {user}（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="240" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="333" />
      <source>This shop requires log-in: pass --user NAME and set ERP_PASSWORD.</source>
      <translation>本店铺需要登录：请加上 --user 用户名 并设置 ERP_PASSWORD。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="401" />
      <source>A user needs a name.</source>
      <translation>用户需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="545" />
      <source>A role needs a name.</source>
      <translation>角色需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="547" />
      <source>The built-in role {role} cannot be changed.</source>
      <translation>内置角色 {role} 不能修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="551" />
      <source>Unknown permission: {permission}.</source>
      <translation>未知权限：{permission}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="243" />
      <source>Too many failed log-ins: {user} is locked for {minutes} more minutes.</source>
      <translation>登录失败次数过多：{user} 还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="407" />
      <source>The first user must be an owner.</source>
      <translation>第一个用户必须是店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="410" />
      <source>User {user} already exists.</source>
      <translation>用户 {user} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="470" />
      <source>The shop needs at least one active owner.</source>
      <translation>店铺至少需要一个启用的店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="582" />
      <source>Add an owner first; log-in needs at least one user.</source>
      <translation>请先添加店主；启用登录至少需要一个用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="250" />
      <source>{user} does not sign in at this PC; ask the owner.</source>
      <translation>{user} 不在本机登录，请联系老板（店主）设置。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/auth.py" line="506" />
      <source>Only the owner can set another user's password; your own needs the old password.</source>
      <translation>只有店主可以设置他人的密码；修改自己的密码需要提供旧密码。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/checks.py" line="26" />
      <source>Audit log and journal unaltered (hash chains)</source>
      <translation>审计日志和凭证未被篡改（哈希链）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/checks.py" line="73" />
      <source>Users and log-in as the owners left them</source>
      <translation>用户和登录设置与店主的操作一致</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/checks.py" line="67" />
      <source>Log-in at start is {value} but no owner's action set it (the audit log says {expected}).</source>
      <translation>启动时登录为 {value}，但没有店主这样设置过（审计日志记录为 {expected}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/checks.py" line="54" />
      <source>User {user}: {field} is {value} but no owner's action set it (the audit log says {expected}).</source>
      <translation>用户 {user}：{field} 为 {value}，但没有店主这样设置过（审计日志记录为 {expected}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/company.py" line="99" />
      <source>Enter the company name.</source>
      <translation>请输入公司名称。</translation>
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
      <location filename="../../erp_desktop/services/system/queries.py" line="163" />
      <source>Record type</source>
      <translation>记录类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/queries.py" line="164" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/queries.py" line="183" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="38" />
      <source>Restoring needs the owner's log-in ({whose}): pass --user NAME and the password (ERP_PASSWORD, --password-stdin or --password-file). Nothing was changed.</source>
      <translation>恢复备份需要店主登录（{whose}）：请用 --user 用户名 并提供密码（ERP_PASSWORD、--password-stdin 或 --password-file）。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="47" />
      <source>Only an owner may restore a backup; {user} is not one. Nothing was changed.</source>
      <translation>只有店主可以恢复备份；{user} 不是店主。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="80" />
      <source>The backup fails the book checks ({checks}); it was not restored. Nothing was changed.</source>
      <translation>该备份未通过账簿检查（{checks}），没有恢复。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="102" />
      <source>No such file: {path}</source>
      <translation>文件不存在：{path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="104" />
      <source>{path} is the shop itself; choose a backup file.</source>
      <translation>{path} 就是当前店铺文件本身；请选择一个备份文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="62" />
      <source>the current shop</source>
      <translation>当前店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/recovery.py" line="111" />
      <source>the backup's owner</source>
      <translation>备份中的店主</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/setup.py" line="74" />
      <source>The shared database does not let {user} log in: the owner has deactivated the user.</source>
      <translation>共享数据库不允许 {user} 登录：店主已停用该用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/system/setup.py" line="78" />
      <source>The shared database refused the log-in of {user}: wrong password, or the user has no login there yet (the owner sets the user's password once in online mode).</source>
      <translation>共享数据库拒绝了 {user} 的登录：密码错误，或该用户在共享数据库上还没有登录账号（店主在在线模式下为该用户设置一次密码即可）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="41" />
      <source>Chart of accounts</source>
      <translation>会计科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="58" />
      <source>Add account…</source>
      <translation>新增科目…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="59" />
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="60" />
      <source>Deactivate / activate</source>
      <translation>停用 / 启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="78" />
      <source>Change account…</source>
      <translation>更改科目…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="145" />
      <source>Rename {code}</source>
      <translation>重命名 {code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="158" />
      <source>Add account</source>
      <translation>新增科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="163" />
      <source>(the parent's)</source>
      <translation>（同上级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="89" />
      <source>Counter-accounts: what each reason books against the stock</source>
      <translation>对方科目：各原因与库存对应的记账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="173" />
      <source>Parent account</source>
      <translation>上级科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="71" />
      <source>Parent</source>
      <translation>上级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="72" />
      <source>Postable</source>
      <translation>可记账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/accounts.py" line="74" />
      <source>Used by postings</source>
      <translation>系统科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="39" />
      <source>Approvals</source>
      <translation>审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="54" />
      <source>any amount</source>
      <translation>任意金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="56" />
      <source>e.g. C, D (empty: any grade)</source>
      <translation>例如 C, D（留空：任意等级）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="70" />
      <source>The approver may not be the document's creator</source>
      <translation>审批人不能是制单人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="74" />
      <source>Document type</source>
      <translation>单据类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="76" />
      <source>Amount over</source>
      <translation>金额超过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="77" />
      <source>Party grades</source>
      <translation>往来单位等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="78" />
      <source>Product categories</source>
      <translation>商品类别</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="79" />
      <source>Approver role</source>
      <translation>审批角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="178" />
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="179" />
      <source>Edit rule</source>
      <translation>编辑规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="180" />
      <source>Delete rule</source>
      <translation>删除规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="86" />
      <source>A rule applies when all its conditions hold; empty conditions match everything.</source>
      <translation>规则的所有条件都满足时生效；留空的条件匹配全部。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="111" />
      <source>The amount must be a number with at most 2 decimals.</source>
      <translation>金额必须是最多两位小数的数字。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="166" />
      <source>Grades</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="169" />
      <source>Not the creator</source>
      <translation>非制单人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="194" />
      <source>Over-receipt tolerance (%)</source>
      <translation>超收容差（%）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="201" />
      <source>Documents matching a rule need approval by the rule's role before they are confirmed. When several rules match, each must be approved.</source>
      <translation>符合规则的单据在确认前需要规则指定角色审批；多条规则同时适用时，每条都须审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/approvals.py" line="225" />
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
      <location filename="../../erp_desktop/ui/settings/opening.py" line="43" />
      <source>Opening the books</source>
      <translation>开账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="89" />
      <source>Company details</source>
      <translation>公司信息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="89" />
      <source>Printed at the head of every delivery note, statement and receipt.</source>
      <translation>打印在每张送货单、对账单和收据的抬头。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="131" />
      <source>Warehouses and bins</source>
      <translation>仓库与库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="131" />
      <source>Where the goods are kept: each warehouse with its bins.</source>
      <translation>商品存放的地方：每个仓库及其库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="137" />
      <source>Bin codes, separated by commas: A-01, A-02</source>
      <translation>库位编码，用逗号分隔：A-01, A-02</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="138" />
      <source>Add warehouse</source>
      <translation>添加仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="152" />
      <source>{n} warehouses.</source>
      <translation>共 {n} 个仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="176" />
      <source>Money accounts</source>
      <translation>资金账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="177" />
      <source>Cash boxes and bank accounts with what they hold on the opening day (posted against 3999).</source>
      <translation>现金和银行账户及其开账日的余额（对方科目 3999）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="206" />
      <source>{n} accounts holding {amount}.</source>
      <translation>共 {n} 个账户，余额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="271" />
      <source>What is on the shelves on the opening day, per product and bin, at its cost (Dr 1405 / Cr 3999).</source>
      <translation>开账日各商品、各库位的库存数量及成本（借 1405 / 贷 3999）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="276" />
      <source>{n} products; stock worth {amount}.</source>
      <translation>共 {n} 个商品；库存金额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="288" />
      <source>Opening receivables and payables</source>
      <translation>期初应收与应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="289" />
      <source>Unpaid invoices on the opening day: receivables Dr 1122 / Cr 3999, payables Dr 3999 / Cr 2202.</source>
      <translation>开账日尚未结清的单据：应收 借 1122 / 贷 3999，应付 借 3999 / 贷 2202。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="294" />
      <source>Customers owe {receivable}; the shop owes suppliers {payable}.</source>
      <translation>客户欠款 {receivable}；欠供应商 {payable}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="304" />
      <source>Who works with the program; the first user is the owner.</source>
      <translation>使用本软件的人员；第一个用户为店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="310" />
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="313" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="314" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="315" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="324" />
      <source>{n} users.</source>
      <translation>共 {n} 个用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="348" />
      <source>Ready to start</source>
      <translation>准备就绪</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="348" />
      <source>The books are open with these balances.</source>
      <translation>已按以下余额开账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="372" />
      <source>Opening wizard</source>
      <translation>开账向导</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="413" />
      <source>Open the opening wizard…</source>
      <translation>打开开账向导……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="61" />
      <source>Skip this step with Next; it stays reachable from Settings.</source>
      <translation>可点「下一步」跳过，以后可在「设置」中再做。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="267" />
      <source>Import opening stock from Excel…</source>
      <translation>从 Excel 导入期初库存……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="283" />
      <source>Import what customers owe…</source>
      <translation>导入期初应收……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="284" />
      <source>Import what the shop owes suppliers…</source>
      <translation>导入期初应付……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="418" />
      <source>Company details, warehouses, money accounts with opening balances, opening stock, opening receivables and payables, users — step by step.</source>
      <translation>公司信息、仓库、资金账户及期初余额、期初库存、期初应收应付、用户——逐步完成。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="435" />
      <source>{warehouses} warehouses · {accounts} money accounts ({money}) · stock {stock} · receivables {receivable} · payables {payable} · {users} users</source>
      <translation>{warehouses} 个仓库 · {accounts} 个资金账户（{money}）· 库存 {stock} · 应收 {receivable} · 应付 {payable} · {users} 个用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="355" />
      <source>Company: {name}</source>
      <translation>公司：{name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="356" />
      <source>Money accounts: {amount}</source>
      <translation>资金账户：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="357" />
      <source>Opening stock: {amount}</source>
      <translation>期初库存：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="358" />
      <source>Receivables: {amount}</source>
      <translation>应收：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="359" />
      <source>Payables: {amount}</source>
      <translation>应付：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="360" />
      <source>Opening balance equity (3999): {amount}</source>
      <translation>期初余额调整（3999）：{amount}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/opening.py" line="355" />
      <source>(not set)</source>
      <translation>（未设置）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="69" />
      <source>Print templates</source>
      <translation>打印模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="100" />
      <source>New from copy…</source>
      <translation>复制新建…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="103" />
      <source>Make default</source>
      <translation>设为默认</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="104" />
      <source>Use for customer…</source>
      <translation>指定给客户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="105" />
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="106" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="134" />
      <source>Portrait</source>
      <translation>纵向</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="135" />
      <source>Landscape</source>
      <translation>横向</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="140" />
      <source>as many as fit</source>
      <translation>自动（排满为止）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="142" />
      <source>e.g. 存根联, 客户联, 回单联</source>
      <translation>如：存根联, 客户联, 回单联</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="146" />
      <source>the document's own title</source>
      <translation>单据自身的标题</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="148" />
      <source>e.g. 七天无理由退换 / 凭小票退换</source>
      <translation>如：七天无理由退换 / 凭小票退换</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="167" />
      <source>Size</source>
      <translation>尺寸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="168" />
      <source>Margins (top, right, bottom, left)</source>
      <translation>页边距（上、右、下、左）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="169" />
      <source>Offset (right, down)</source>
      <translation>偏移（右、下）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="170" />
      <source>Lines per page</source>
      <translation>每页行数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="171" />
      <source>Copies (联)</source>
      <translation>联</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="172" />
      <source>Header fields</source>
      <translation>表头字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="173" />
      <source>Footer</source>
      <translation>表尾</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="177" />
      <source>Font size</source>
      <translation>字号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="192" />
      <source>Add column</source>
      <translation>添加列</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="570" />
      <source>{pages} page(s)</source>
      <translation>{pages} 页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="712" />
      <source>Use for member…</source>
      <translation>用于会员…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="715" />
      <source>Name, card or phone</source>
      <translation>姓名、卡号或电话</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="720" />
      <source>The counter has no members yet.</source>
      <translation>收银台还没有会员。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="184" />
      <source>Width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="184" />
      <source>Only when used</source>
      <translation>有值才显示</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="213" />
      <source>Line columns (Insert adds, Delete removes, Ctrl+↑/↓ move)</source>
      <translation>明细列（Insert 添加，Delete 删除，Ctrl+↑/↓ 移动）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="243" />
      <source>Preview with</source>
      <translation>预览单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="315" />
      <source>Barcode of the number</source>
      <translation>单号条码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="319" />
      <source>Fields, in order: {fields}</source>
      <translation>可用字段（按顺序填写）：{fields}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="370" />
      <source>The built-in template cannot be changed; make a copy to edit it.</source>
      <translation>内置模板不能修改，请复制后编辑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="593" />
      <source>{name} (copy)</source>
      <translation>{name}（副本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="611" />
      <source>Rename template</source>
      <translation>重命名模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="791" />
      <source>Use for supplier…</source>
      <translation>指定给供应商…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="533" />
      <source>Pick a document to preview.</source>
      <translation>请选择一张单据进行预览。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="535" />
      <source>Preview this kind from its print dialog.</source>
      <translation>此类打印请在其打印对话框中预览。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="625" />
      <source>Delete the template {name}?</source>
      <translation>删除模板 {name}？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="674" />
      <source>{name} is now this party's template for this kind.</source>
      <translation>{name} 已设为该往来单位此类单据的模板。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="679" />
      <source>Import a template</source>
      <translation>导入模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="679" />
      <source>Templates (*.json)</source>
      <translation>模板 (*.json)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/print_templates.py" line="693" />
      <source>Export a template</source>
      <translation>导出模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="41" />
      <source>80 mm roll</source>
      <translation>80 mm 卷纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="42" />
      <source>58 mm roll</source>
      <translation>58 mm 卷纸</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="47" />
      <source>e.g. 192.168.1.87</source>
      <translation>如 192.168.1.87</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="52" />
      <source>4 hex digits, e.g. 0416</source>
      <translation>4 位十六进制，如 0416</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="54" />
      <source>4 hex digits, e.g. 5011</source>
      <translation>4 位十六进制，如 5011</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="56" />
      <source>e.g. /dev/usb/lp0 or COM3</source>
      <translation>如 /dev/usb/lp0 或 COM3</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="58" />
      <source>Ticket paper</source>
      <translation>小票纸张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="59" />
      <source>Connection</source>
      <translation>连接方式</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="60" />
      <source>Network address</source>
      <translation>网络地址</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="61" />
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="62" />
      <source>USB vendor id</source>
      <translation>USB 厂商 ID</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="63" />
      <source>USB product id</source>
      <translation>USB 产品 ID</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="64" />
      <source>Port or device file</source>
      <translation>端口或设备文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="71" />
      <source>Test print</source>
      <translation>打印测试页</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="164" />
      <source>Printing a test slip…</source>
      <translation>正在打印测试小票…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="170" />
      <source>Test slip sent; check that the ruler fills one line and the Chinese reads right.</source>
      <translation>测试小票已发送；请检查标尺正好占满一行、中文显示正确。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/receipt_printer.py" line="90" />
      <source>Tickets print on an ESC/POS receipt printer when one is set here, else as a PDF.</source>
      <translation>在此设置了 ESC/POS 小票打印机时小票直接打印到该打印机，否则生成 PDF。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="36" />
      <source>Stores</source>
      <translation>门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="53" />
      <source>this PC ({computer})</source>
      <translation>本机（{computer}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="88" />
      <source>blank = the shop's rule</source>
      <translation>留空 = 全店规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="92" />
      <source>blank = each member's own tier</source>
      <translation>留空 = 按会员自己的等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="98" />
      <source>New store</source>
      <translation>新增门店</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="104" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="106" />
      <source>This PC sells here</source>
      <translation>本机在此门店收银</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="119" />
      <source>One point per (yuan)</source>
      <translation>每多少元积一分</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="121" />
      <source>Members' price tier</source>
      <translation>会员价等级</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="150" />
      <source>(none: the counter settings' warehouse)</source>
      <translation>（无：使用收银设置中的仓库）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="170" />
      <source>This PC ({pc}) sells at store {code} {name}.</source>
      <translation>本机（{pc}）在门店 {code} {name} 收银。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="130" />
      <source>A store groups a warehouse, its counters (PCs) and its money accounts. Its tickets leave from its warehouse and book to its accounts; what it leaves blank is the counter settings'.</source>
      <translation>门店包含一个仓库、它的收银台（电脑）和资金账户。门店的小票从它的仓库出货、记入它的账户；留空的项目使用收银设置。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="67" />
      <source>Counters (PCs)</source>
      <translation>收银台（电脑）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/stores.py" line="274" />
      <source>Deactivate store {code} {name}? Its counters can no longer open shifts.</source>
      <translation>停用门店 {code} {name}？其收银台将不能再开班。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="52" />
      <source>Last sync {time} · {pending} changes to send · {conflicts} conflicts · series {series}</source>
      <translation>上次同步 {time} · 待发送 {pending} 条变更 · {conflicts} 个冲突 · 编号序列 {series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="48" />
      <source>Online mode: working straight on the shared database.</source>
      <translation>在线模式：直接使用共享数据库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="50" />
      <source>Not set up: this PC works on its own.</source>
      <translation>未设置：本机独立工作。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="86" />
      <source>Password of {user} on the sync server (kept only while the program runs):</source>
      <translation>同步服务器上 {user} 的密码（仅在程序运行期间保留）：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="110" />
      <source>PC {pc}</source>
      <translation>电脑 {pc}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="60" />
      <source>{count} rows set aside</source>
      <translation>{count} 行被搁置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="120" />
      <source>e.g. 192.168.1.10 or shop-server</source>
      <translation>例如 192.168.1.10 或 shop-server</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="128" />
      <source>unchanged</source>
      <translation>不修改</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="140" />
      <source>Sync automatically every</source>
      <translation>自动同步，间隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="143" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="151" />
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="153" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="156" />
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="160" />
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="162" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="164" />
      <source>PCs and what the server refused…</source>
      <translation>各电脑及服务器拒绝的内容…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="166" />
      <source>Users at a PC…</source>
      <translation>本机可登录用户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="167" />
      <source>Only the password hashes of the users who sign in at a PC reach it</source>
      <translation>只有在该电脑登录的用户，其密码校验数据才会同步到该电脑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="178" />
      <source>Shared database (PostgreSQL)</source>
      <translation>共享数据库（PostgreSQL）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="212" />
      <source>Restore this version</source>
      <translation>恢复此版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="214" />
      <source>Keep the current version</source>
      <translation>保留当前版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="227" />
      <source>Make this a new PC</source>
      <translation>设为新电脑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="229" />
      <source>This file gets its own PC id and document series from the shared database; its data stays.</source>
      <translation>此文件将从共享数据库获得自己的电脑编号和单号系列；数据保留。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="232" />
      <source>It is the same PC (the file was moved)</source>
      <translation>是同一台电脑（文件被移动了）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="238" />
      <source>This shop file is a copy</source>
      <translation>此店铺文件是副本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="265" />
      <source>Dismiss</source>
      <translation>忽略</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="267" />
      <source>Set aside: rows one side refused (the rest synced)</source>
      <translation>已搁置：一方拒绝的行（其余已同步）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="279" />
      <source>Conflicts: versions that lost a merge</source>
      <translation>冲突：合并时被覆盖的版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="397" />
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="406" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="410" />
      <source>Sync done: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="521" />
      <source>This shop file gets a new PC id and its own document series from the shared database; its data stays, and what it has not sent yet is sent under the new id. Continue?</source>
      <translation>此店铺文件将从共享数据库获得新的电脑编号和自己的单号系列；数据保留，尚未发送的内容将以新编号发送。继续吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="133" />
      <source>Use TLS when the server offers it</source>
      <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="134" />
      <source>Require TLS</source>
      <translation>必须使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="135" />
      <source>Require TLS and check the certificate</source>
      <translation>必须使用 TLS 并校验证书</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="136" />
      <source>No TLS</source>
      <translation>不使用 TLS</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="270" />
      <source>Each sync tries them again: once fixed (e.g. one of two equal codes renamed) they apply.</source>
      <translation>每次同步都会重试：一旦修正（例如把两个相同编码之一改名），它们就会被应用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="468" />
      <source>PCs on the shared database</source>
      <translation>共享数据库上的电脑</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="489" />
      <source>Users at a PC</source>
      <translation>电脑可登录用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="489" />
      <source>PC:</source>
      <translation>电脑：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="496" />
      <source>Users who sign in at {pc} (user names, comma-separated):</source>
      <translation>在 {pc} 登录的用户（用户名，用逗号分隔）：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="190" />
      <source>Found</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="193" />
      <source>Lost version from</source>
      <translation>被覆盖版本来自</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="194" />
      <source>Kept version from</source>
      <translation>保留版本来自</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="249" />
      <source>Refused by</source>
      <translation>拒绝方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="250" />
      <source>What happened</source>
      <translation>发生了什么</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="251" />
      <source>How to fix it</source>
      <translation>如何处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="417" />
      <source>{count} rows set aside (one side refused them): see below.</source>
      <translation>{count} 行被搁置（一方拒绝了它们）：见下方。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="461" />
      <source>No PC logins yet: run 'erp-desktop sync-roles' and 'sync-invite' on this PC.</source>
      <translation>还没有电脑登录：请在本机运行 'erp-desktop sync-roles' 和 'sync-invite'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="463" />
      <source>Latest refusals:</source>
      <translation>最近的拒绝：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="506" />
      <source>Users who sign in at {pc}: {users}. Their password hashes reach it at its next sync; the others' leave it.</source>
      <translation>在 {pc} 登录的用户：{users}。下次同步时这些用户的密码校验数据会同步到该电脑，其他用户的会从该电脑删除。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="442" />
      <source>{login} — {pc} ({role}): joined {joined}, revoked {revoked}, {count} refused</source>
      <translation>{login} — {pc}（{role}）：加入 {joined}，收回 {revoked}，被拒绝 {count} 次</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/sync.py" line="455" />
      <source>users who sign in there: {users}</source>
      <translation>可登录用户：{users}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="81" />
      <source>Active (may log in)</source>
      <translation>启用（可以登录）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="85" />
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="118" />
      <source>Set password of {user}</source>
      <translation>设置 {user} 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="126" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="127" />
      <source>Repeat password</source>
      <translation>重复密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="153" />
      <source>Role name</source>
      <translation>角色名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="186" />
      <source>Ask for user name and password when the program starts</source>
      <translation>程序启动时要求输入用户名和密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="200" />
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="205" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="207" />
      <source>Set password…</source>
      <translation>设置密码…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="209" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="219" />
      <source>Without users the program starts without log-in. The first user must be an owner.</source>
      <translation>没有用户时程序启动无需登录。第一个用户必须是店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="333" />
      <source>New role…</source>
      <translation>新建角色…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="474" />
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="504" />
      <source>Roles</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="70" />
      <source>Edit user</source>
      <translation>编辑用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="149" />
      <source>Edit role</source>
      <translation>编辑角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="149" />
      <source>New role</source>
      <translation>新建角色</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="391" />
      <source>Search summary or record id…</source>
      <translation>搜索摘要或记录编号…</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="495" />
      <source>Only the owner can manage users and see the audit log.</source>
      <translation>只有店主可以管理用户和查看审计日志。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="194" />
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/ui/settings/users.py" line="482" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
  </context>
</TS>
