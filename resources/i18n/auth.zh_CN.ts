<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="67" />
      <source>This shop requires log-in: pass --user NAME and set ERP_PASSWORD.</source>
      <translation>本店铺需要登录：请加上 --user 用户名 并设置 ERP_PASSWORD。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/auth.py" line="47" />
      <source>User {user} ({role}) may not do this ({permission}).</source>
      <translation>用户 {user}（{role}）无权执行此操作（{permission}）。</translation>
    </message>
  </context>
</TS>
