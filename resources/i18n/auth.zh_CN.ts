<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="63" />
      <source>View cost and margin</source>
      <translation>查看成本和毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="64" />
      <source>Edit prices</source>
      <translation>修改价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="65" />
      <source>Edit master data</source>
      <translation>编辑基础资料</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="66" />
      <source>Sell</source>
      <translation>销售</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="67" />
      <source>Buy</source>
      <translation>采购</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="68" />
      <source>Stock documents</source>
      <translation>库存单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="69" />
      <source>Post documents</source>
      <translation>过账单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="70" />
      <source>Approve</source>
      <translation>审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="71" />
      <source>Finance</source>
      <translation>财务</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="72" />
      <source>Close periods</source>
      <translation>结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="73" />
      <source>Manage users</source>
      <translation>管理用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="74" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="75" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="76" />
      <source>View the audit log</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="111" />
      <source>A password needs at least 6 characters.</source>
      <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="130" />
      <source>User {user} ({role}) may not do this ({permission}).</source>
      <translation>用户 {user}（{role}）无权执行此操作（{permission}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="167" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="202" />
      <source>This shop requires log-in: pass --user NAME and set ERP_PASSWORD.</source>
      <translation>本店铺需要登录：请加上 --user 用户名 并设置 ERP_PASSWORD。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="244" />
      <source>Unknown role: {role}.</source>
      <translation>未知角色：{role}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="256" />
      <source>A user needs a name.</source>
      <translation>用户需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="277" />
      <source>No such user: {user}.</source>
      <translation>没有用户 {user}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="335" />
      <source>A role needs a name.</source>
      <translation>角色需要名称。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="337" />
      <source>The built-in role {role} cannot be changed.</source>
      <translation>内置角色 {role} 不能修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="340" />
      <source>Unknown permission: {permission}.</source>
      <translation>未知权限：{permission}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="170" />
      <source>Too many failed log-ins: {user} is locked for {minutes} more minutes.</source>
      <translation>登录失败次数过多：{user} 还将锁定 {minutes} 分钟。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="262" />
      <source>The first user must be an owner.</source>
      <translation>第一个用户必须是店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="265" />
      <source>User {user} already exists.</source>
      <translation>用户 {user} 已存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="295" />
      <source>The shop needs at least one active owner.</source>
      <translation>店铺至少需要一个启用的店主。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="361" />
      <source>Add an owner first; log-in needs at least one user.</source>
      <translation>请先添加店主；启用登录至少需要一个用户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="315" />
      <source>Only the owner can set another user's password; your own needs the old password.</source>
      <translation>只有店主可以设置他人的密码；修改自己的密码需要提供旧密码。</translation>
    </message>
  </context>
</TS>
