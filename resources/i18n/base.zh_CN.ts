<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="100" />
      <source>erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.</source>
      <translation>erp-desktop：面向小商店的进销存与财务一体化软件。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="105" />
      <source>open the demo shop (created on first use)</source>
      <translation>打开演示店铺（首次使用时创建）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="106" />
      <source>open the window on a fresh database, post a sale, exit 0 if all went well</source>
      <translation>在新数据库上打开窗口并过账一笔销售，一切正常则以 0 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="174" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="181" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="176" />
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="57" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
  </context>
</TS>
