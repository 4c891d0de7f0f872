<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/cli.py" line="102" />
      <source>erp-desktop: purchase, sales, inventory and finance for small shops. No command opens the window.</source>
      <translation>erp-desktop：面向小商店的进销存与财务一体化软件。不带命令时打开主窗口。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="107" />
      <source>open the demo shop (created on first use)</source>
      <translation>打开演示店铺（首次使用时创建）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="108" />
      <source>open the window on a fresh database, post a sale, exit 0 if all went well</source>
      <translation>在新数据库上打开窗口并过账一笔销售，一切正常则以 0 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="181" />
      <source>error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="189" />
      <source>(pass --allow-odd-date to accept)</source>
      <translation>（加上 --allow-odd-date 以确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="191" />
      <source>(pass --yes {key} to accept)</source>
      <translation>（加上 --yes {key} 表示确认）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/cli.py" line="183" />
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="31" />
      <source>shop database file (or a postgresql+psycopg:// URL)</source>
      <translation>店铺数据库文件（或 postgresql+psycopg:// 地址）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="34" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="37" />
      <source>act as this user (password from ERP_PASSWORD)</source>
      <translation>以此用户身份操作（密码取自 ERP_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="40" />
      <source>read the --user password from the first line of standard input</source>
      <translation>从标准输入的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="46" />
      <source>accept a document date outside the plausible range (before the shop opened, over a year ahead)</source>
      <translation>接受超出合理范围的单据日期（早于开业日期或晚于一年以后）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="52" />
      <source>read the --user password from the first line of this file</source>
      <translation>从此文件的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="241" />
      <source>print JSON (for scripts) instead of a table</source>
      <translation>输出 JSON（供脚本使用），而不是表格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="298" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="282" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="297" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="270" />
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="119" />
      <source>Cannot read the password file {path}: {reason}</source>
      <translation>无法读取密码文件 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="187" />
      <source>{document} {number} is {state}; it cannot become {target}.</source>
      <translation>{document} {number} 当前为「{state}」，不能变为「{target}」。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/models/base.py" line="190" />
      <source>(draft)</source>
      <translation>（草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/money.py" line="57" />
      <source>“{text}” is not a valid number.</source>
      <translation>“{text}”不是有效的数字。</translation>
    </message>
  </context>
</TS>
