<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
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
      <source>read the --user password from the first line of this file</source>
      <translation>从此文件的第一行读取 --user 的密码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="213" />
      <source>print JSON (for scripts) instead of a table</source>
      <translation>输出 JSON（供脚本使用），而不是表格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="270" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="254" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="269" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="242" />
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是有效日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="91" />
      <source>Cannot read the password file {path}: {reason}</source>
      <translation>无法读取密码文件 {path}：{reason}</translation>
    </message>
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
      <location filename="../../erp_desktop/commands/admin.py" line="166" />
      <source>approval rules: which documents need whose approval</source>
      <translation>审批规则：哪些单据需要谁审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="170" />
      <source>list the approval rules</source>
      <translation>列出审批规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="172" />
      <source>purchase_order, sales_order or payment</source>
      <translation>purchase_order（采购订单）、sales_order（销售订单）或 payment（付款）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="174" />
      <source>add a rule, or change the rule --id ID</source>
      <translation>新增规则，或修改 --id 指定的规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="174" />
      <source>add a rule, or change the rule --id ID (only the options given change)</source>
      <translation>新增规则，或修改 --id 指定的规则（只改所给的选项）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="180" />
      <source>the rule to change (its id, or the first characters of it)</source>
      <translation>要修改的规则（其编号，或编号的前几位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="183" />
      <source>applies above this amount ('' for any)</source>
      <translation>金额超过此数时适用（'' 表示任意金额）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="184" />
      <source>only for parties of this grade (repeat)</source>
      <translation>只适用于此等级的往来单位（可重复）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="185" />
      <source>who approves: owner, accountant, buyer, sales, warehouse</source>
      <translation>由谁审批：owner（店主）、accountant（会计）、buyer（采购员）、sales（销售员）、warehouse（仓管员）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="186" />
      <source>the creator may not approve</source>
      <translation>制单人不得审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="188" />
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
      <location filename="../../erp_desktop/commands/admin.py" line="126" />
      <source>Role {role} saved: {permissions}</source>
      <translation>角色 {role} 已保存：{permissions}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="274" />
      <source>Approval rule {id} saved: {document}, {rule}.</source>
      <translation>审批规则 {id} 已保存：{document}，{rule}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="290" />
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
      <location filename="../../erp_desktop/commands/admin.py" line="146" />
      <source>{count} rows written to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="153" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="153" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="153" />
      <source>Entity</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="153" />
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="153" />
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="206" />
      <source>No approval rule with id {id}.</source>
      <translation>没有编号为 {id} 的审批规则。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="208" />
      <source>Several approval rules start with {id}; give more of the id.</source>
      <translation>有多条审批规则的编号以 {id} 开头，请多写几位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="220" />
      <source>No approval rules: no document needs approval.</source>
      <translation>没有审批规则：所有单据都无需审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="223" />
      <source>Id</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="223" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="223" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="223" />
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
      <location filename="../../erp_desktop/commands/admin.py" line="251" />
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
      <location filename="../../erp_desktop/commands/admin.py" line="116" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="116" />
      <source>custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="230" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="230" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="271" />
      <source>Not an amount: {text}</source>
      <translation>不是金额：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="19" />
      <source>dashboards and analysis: the overview figures and the pivot</source>
      <translation>看板与分析：全域看板数字和透视表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="24" />
      <source>print the overview dashboard's figures</source>
      <translation>打印全域看板的数字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="26" />
      <source>date (default today)</source>
      <translation>日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="29" />
      <source>a pivot of sales or purchases; --xlsx writes it to a workbook</source>
      <translation>销售或采购的透视表；--xlsx 写入 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="32" />
      <source>row dimension (repeat for two): customer, tier, salesperson, supplier, product, category, warehouse, day, week, month</source>
      <translation>行维度（可重复两次）：customer、tier、salesperson、supplier、product、category、warehouse、day、week、month</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="38" />
      <source>column dimension (optional)</source>
      <translation>列维度（可选）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="39" />
      <source>qty, revenue, cost, margin, margin_pct, returns</source>
      <translation>qty（数量）、revenue（收入）、cost（成本）、margin（毛利）、margin_pct（毛利率）、returns（退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="42" />
      <source>keep only DIM=KEY (ids for parties/products)</source>
      <translation>只保留 维度=值（往来单位/商品用 id）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="45" />
      <source>write the pivot to this xlsx file</source>
      <translation>将透视表写入此 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="46" />
      <source>rows to print (default 50)</source>
      <translation>打印的行数（默认 50）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="70" />
      <source>As of {date}</source>
      <translation>截至 {date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="75" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="122" />
      <source>Wrote {count} rows to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="85" />
      <source>A filter is DIMENSION=KEY: {text}</source>
      <translation>筛选条件格式为 维度=值：{text}</translation>
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
      <location filename="../../erp_desktop/commands/base.py" line="17" />
      <source>Shop database ready: {url}</source>
      <translation>店铺数据库已就绪：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="30" />
      <source>schema {current} (program {head})</source>
      <translation>数据库结构 {current}（程序 {head}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="28" />
      <source>import opening stock from an xlsx file (product, warehouse, bin, quantity, unit cost)</source>
      <translation>从 xlsx 文件导入期初库存（商品、仓库、库位、数量、单位成本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="34" />
      <source>date of the opening stock (default: today)</source>
      <translation>期初库存日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="35" />
      <source>on problems, also write them to this xlsx file</source>
      <translation>有问题时同时写入此 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="36" />
      <source>import opening receivables or payables from an xlsx file</source>
      <translation>从 xlsx 文件导入期初应收或应付</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="40" />
      <source>import draft sales or purchase orders from an xlsx file (one row per line)</source>
      <translation>从 xlsx 文件导入销售或采购订单草稿（每行一条明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="44" />
      <source>accept a warning (e.g. zero-price)</source>
      <translation>接受警告（例如 zero-price 零价格）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="45" />
      <source>write an xlsx template for opening stock, opening balances or order imports</source>
      <translation>生成期初库存、期初余额或订单导入的 xlsx 模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="96" />
      <source>Template written to {path}.</source>
      <translation>模板已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="58" />
      <source>Problems written to {path}</source>
      <translation>问题清单已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="17" />
      <source>finance: money accounts, receipts, payments, allocation, statements, reports, period close</source>
      <translation>财务：资金账户、收款、付款、核销、对账单、报表、结账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="29" />
      <source>list money accounts, or add one with --add</source>
      <translation>列出资金账户，或用 --add 新增</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="30" />
      <source>code of a new money account</source>
      <translation>新资金账户的编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="31" />
      <source>its name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="33" />
      <source>opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="34" />
      <source>date of the opening balance (default today)</source>
      <translation>期初余额日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="52" />
      <source>reverse (冲销) a receipt, payment, transfer or other income/expense entered by mistake</source>
      <translation>冲销录错的收款、付款、转账或其他收支单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="55" />
      <source>the money document to reverse, e.g. RC-2026-000001</source>
      <translation>要冲销的资金单据号，例如 RC-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="56" />
      <source>date of the reversal (default today)</source>
      <translation>冲销日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="59" />
      <source>move money between two money accounts</source>
      <translation>在两个资金账户之间转账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="75" />
      <source>allocate a party's money and returns to its open documents</source>
      <translation>将往来单位的收付款和退货核销到未清单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="79" />
      <source>the receipt/payment/return to allocate (default: all, oldest first)</source>
      <translation>要核销的收款/付款/退货（默认全部，从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="82" />
      <source>DN-1[:amount],DN-2… (default: oldest first)</source>
      <translation>DN-1[:金额],DN-2……（默认从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="85" />
      <source>a customer's or supplier's statement for a period (CODE 'all': every one with a balance)</source>
      <translation>客户或供应商某期间的对账单（CODE 为 'all' 时：所有有余额的单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="97" />
      <source>receivables (or --payables) ageing per party</source>
      <translation>按往来单位的应收（或 --payables 应付）账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="111" />
      <source>the invoice registry (发票): register an invoice or list them</source>
      <translation>发票登记：登记发票或列出发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="114" />
      <source>register an invoice issued to a customer or received from a supplier</source>
      <translation>登记开给客户或收到供应商的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="122" />
      <source>an invoice issued to this customer</source>
      <translation>开给此客户的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="123" />
      <source>an invoice received from this supplier</source>
      <translation>收到此供应商的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="124" />
      <source>the invoice number</source>
      <translation>发票号码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="125" />
      <source>amount before tax</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="126" />
      <source>tax amount</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="127" />
      <source>普票 or 专票</source>
      <translation>普票或专票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="128" />
      <source>invoice date (default today)</source>
      <translation>开票日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="129" />
      <source>a delivery or receipt the invoice covers (default amount: what is not yet invoiced); repeat</source>
      <translation>发票对应的出库单或入库单（金额默认为未开票部分）；可重复</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="137" />
      <source>list registered invoices</source>
      <translation>列出已登记的发票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="141" />
      <source>invoices received from suppliers (default: issued)</source>
      <translation>收到供应商的发票（默认：开出的发票）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="145" />
      <source>deliveries (or --received: receipts) not fully invoiced</source>
      <translation>未开足发票的出库单（或 --received：入库单）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="155" />
      <source>close a month (YYYY-MM)</source>
      <translation>月末结账（YYYY-MM）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="159" />
      <source>re-open the last closed month (owner)</source>
      <translation>反结账最近结账的月份（店主）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="45" />
      <source>money account code</source>
      <translation>资金账户编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="50" />
      <source>auto, or document numbers: DN-1[:amount],DN-2…</source>
      <translation>auto（自动），或单号：DN-1[:金额],DN-2……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="69" />
      <source>expense or income account, e.g. 5602</source>
      <translation>费用或收入科目，例如 5602</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="107" />
      <source>YYYY-MM-DD (default: the 1st of this month)</source>
      <translation>YYYY-MM-DD（默认：本月 1 日）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="108" />
      <source>YYYY-MM-DD (default: today)</source>
      <translation>YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="274" />
      <source>{number}: received {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：收款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="303" />
      <source>{number}: paid {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：付款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="319" />
      <source>{original} reversed by {number}: {amount}, allocations undone, entry {entry}.</source>
      <translation>{original} 已由 {number} 冲销：{amount}，核销已撤回，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="341" />
      <source>{number}: transferred {amount}.</source>
      <translation>{number}：已转账 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="357" />
      <source>{number}: {amount} booked, entry {entry}.</source>
      <translation>{number}：已记账 {amount}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="384" />
      <source>Allocated {amount} in {rows} allocations.</source>
      <translation>已核销 {amount}，共 {rows} 笔。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="412" />
      <source>Statement {code} {name}, {start} – {end}</source>
      <translation>对账单 {code} {name}，{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="435" />
      <source>Ageing at {date} (days past the document date): 0–30 {a}  31–60 {b}  61–90 {c}  90+ {d}  unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a}  31–60天 {b}  61–90天 {c}  90天以上 {d}  未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="523" />
      <source>{month} closed.</source>
      <translation>{month} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="532" />
      <source>{year}-{month:02d} re-opened.</source>
      <translation>{year}-{month:02d} 已反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="571" />
      <source>Invoice {number} registered for {party}: {gross}, linked {linked}.</source>
      <translation>发票 {number} 已登记（{party}）：{gross}，已关联 {linked}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="205" />
      <source>Money account {code} {name} created on account {gl}.</source>
      <translation>已创建资金账户 {code} {name}，科目 {gl}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="212" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="212" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="212" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="420" />
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="431" />
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="432" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="432" />
      <source>Debit</source>
      <translation>借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="432" />
      <source>Credit</source>
      <translation>贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="455" />
      <source>Unapplied</source>
      <translation>未核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="455" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="478" />
      <source>Opening Dr</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="479" />
      <source>Opening Cr</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="482" />
      <source>Closing Dr</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="483" />
      <source>Closing Cr</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="492" />
      <source>Balanced.</source>
      <translation>借贷平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="492" />
      <source>NOT BALANCED.</source>
      <translation>不平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="506" />
      <source>Sales revenue</source>
      <translation>主营业务收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="507" />
      <source>Cost of goods sold</source>
      <translation>主营业务成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="508" />
      <source>Gross margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="509" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="510" />
      <source>Expenses</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="511" />
      <source>Profit</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="514" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="514" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="593" />
      <source>Number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="594" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="596" />
      <source>Party</source>
      <translation>往来单位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="597" />
      <source>Net</source>
      <translation>不含税金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="598" />
      <source>Tax</source>
      <translation>税额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="600" />
      <source>Linked</source>
      <translation>已关联</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="601" />
      <source>Documents</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="630" />
      <source>Invoiced</source>
      <translation>已开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="630" />
      <source>Not invoiced</source>
      <translation>未开票</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="248" />
      <source>{number} has nothing open for this party.</source>
      <translation>{number} 在该往来单位下没有未清金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="375" />
      <source>Name the credit (--credit) to allocate to these documents.</source>
      <translation>请用 --credit 指定要核销到这些单据的贷方项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="381" />
      <source>{number} has nothing left to allocate.</source>
      <translation>{number} 没有可核销的余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="554" />
      <source>{number} is not a document of {code} waiting for an invoice.</source>
      <translation>{number} 不是 {code} 待开票的单据。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="214" />
      <source>(inactive)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="31" />
      <source>inventory: receipts, issues, transfers, stock counts and stock reports</source>
      <translation>库存：入库、出库、调拨、盘点和库存报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="58" />
      <source>post a transfer between bins or warehouses (调拨)</source>
      <translation>过账库位或仓库之间的调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="60" />
      <source>WAREHOUSE or WAREHOUSE/BIN</source>
      <translation>仓库 或 仓库/库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="65" />
      <source>post the reversal of a posted stock document</source>
      <translation>过账已过账库存单据的冲销单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="68" />
      <source>start a stock count (盘点): snapshot the book quantities</source>
      <translation>开始盘点：记录账面数量快照</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="70" />
      <source>comma-separated bin codes (default: all)</source>
      <translation>逗号分隔的库位编码（默认全部）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="71" />
      <source>only this category (name or path)</source>
      <translation>只盘此分类（名称或路径）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="72" />
      <source>freeze the bins until the count is posted or cancelled</source>
      <translation>盘点过账或取消前冻结库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="75" />
      <source>add scanned codes to a count (one per line; '3*CODE' counts three)</source>
      <translation>将扫描的条码加入盘点（每行一个；'3*条码' 计三个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="77" />
      <source>the bin being counted</source>
      <translation>正在盘点的库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="78" />
      <source>codes file (default: stdin)</source>
      <translation>条码文件（默认标准输入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="81" />
      <source>type a counted quantity for one product</source>
      <translation>输入单个商品的盘点数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="86" />
      <source>show a count's lines and variances</source>
      <translation>显示盘点明细和差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="89" />
      <source>post a count's variances as gain/loss adjustments</source>
      <translation>将盘点差异过账为盘盈盘亏调整</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="91" />
      <source>treat lines never counted as counted zero</source>
      <translation>未盘到的行按盘点数为零处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="92" />
      <source>cancel a draft count</source>
      <translation>取消盘点草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="94" />
      <source>stock on hand</source>
      <translation>现存库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="98" />
      <source>one product: on hand, reserved, available</source>
      <translation>单个商品：现存、占用、可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="100" />
      <source>stock valuation (quantity × moving average)</source>
      <translation>库存估值（数量 × 移动平均成本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="103" />
      <source>a product's movement history with running balance</source>
      <translation>商品的出入库明细及结存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="107" />
      <source>products at or below their reorder point</source>
      <translation>个商品低于或等于再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="109" />
      <source>products in stock with no issue for N days</source>
      <translation>N 天内没有出库的在库商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="37" />
      <source>accept a warning (negative-stock, bin-capacity)</source>
      <translation>接受警告（negative-stock 负库存、bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="48" />
      <source>warehouse code (or WAREHOUSE/BIN)</source>
      <translation>仓库编码（或 仓库/库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="49" />
      <source>bin code (default: the warehouse's first active bin)</source>
      <translation>库位编码（默认仓库的第一个可用库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="50" />
      <source>receipt: opening, exchange_in, gift, other; issue: damage, internal_use, gift, sample, other</source>
      <translation>入库：opening（期初）、exchange_in（换入）、gift（赠送）、other（其他）；出库：damage（报损）、internal_use（内部领用）、gift（赠送）、sample（样品）、other（其他）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="55" />
      <source>YYYY-MM-DD (default today)</source>
      <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="115" />
      <source>Choose an action; see erp-desktop stock --help.</source>
      <translation>请选择一个操作；参见 erp-desktop stock --help。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="140" />
      <source>No warehouse with code {code}.</source>
      <translation>没有编码为 {code} 的仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="192" />
      <source>Stock count {number} has no bin {bin}.</source>
      <translation>盘点单 {number} 不包含库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="236" />
      <source>Posted {number}: value {value}{journal}</source>
      <translation>已过账 {number}：金额 {value}{journal}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="260" />
      <source>Posted {number} reversing {original}: value {value}</source>
      <translation>已过账 {number}（冲销 {original}）：金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="296" />
      <source>Created stock count {number} for {warehouse} ({scope}): {lines} lines in the snapshot.</source>
      <translation>已创建盘点单 {number}，仓库 {warehouse}（{scope}）：快照 {lines} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="317" />
      <source>{scans} scans, {unknown} unknown.</source>
      <translation>扫描 {scans} 次，未知条码 {unknown} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="377" />
      <source>Gain {gain}, loss {loss}</source>
      <translation>盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="390" />
      <source>Posted stock count {number}: {lines} adjustments, gain {gain}, loss {loss}.</source>
      <translation>盘点单 {number} 已过账：调整 {lines} 行，盘盈 {gain}，盘亏 {loss}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="407" />
      <source>Cancelled stock count {number}.</source>
      <translation>已作废盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="492" />
      <source>Total stock value: {value}</source>
      <translation>库存总金额：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="249" />
      <source>Warehouse {warehouse} has no bins.</source>
      <translation>仓库 {warehouse} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="319" />
      <source>unknown code: {code}</source>
      <translation>未知条码：{code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="330" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="363" />
      <source>Bin</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="363" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="363" />
      <source>Book</source>
      <translation>账面数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="363" />
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="363" />
      <source>Variance</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="379" />
      <source>unknown code: {code} ({bin}, {hits}×)</source>
      <translation>未知条码：{code}（{bin}，{hits} 次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="487" />
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="487" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="487" />
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="491" />
      <source>{warehouse}: {value}</source>
      <translation>{warehouse}：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="507" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="507" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="507" />
      <source>In</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="507" />
      <source>Out</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="536" />
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="537" />
      <source>On hand</source>
      <translation>现存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="538" />
      <source>Reserved</source>
      <translation>预留</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="539" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="540" />
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="558" />
      <source>Last issue</source>
      <translation>最近出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="558" />
      <source>Days idle</source>
      <translation>呆滞天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="138" />
      <source>Warehouse {warehouse} has no bin {bin}.</source>
      <translation>仓库 {warehouse} 没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="156" />
      <source>{what} is not a number: {text}</source>
      <translation>{what}不是数字：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="167" />
      <source>Write each line as CODE:QTY{cost} (got {item}).</source>
      <translation>每行请写成 编码:数量{cost}（收到 {item}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="170" />
      <source>unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="432" />
      <source>{code}: on hand {on_hand}, reserved {reserved}, available {available}, value {value}</source>
      <translation>{code}：现存 {on_hand}，已预留 {reserved}，可用 {available}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="451" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="240" />
      <source>journal {number}</source>
      <translation>凭证 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="17" />
      <source>check every invariant of the books and the database; exit 1 if any fails</source>
      <translation>检查账目和数据库的所有一致性规则；任一失败则以 1 退出</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="18" />
      <source>copy the shop database (SQLite online backup)</source>
      <translation>备份店铺数据库（SQLite 在线备份）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="19" />
      <source>file to write (default: the backups folder)</source>
      <translation>写入的文件（默认备份文件夹）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="20" />
      <source>replace the shop database with a checked backup (the current file is kept aside)</source>
      <translation>用检查过的备份替换店铺数据库（当前文件另存保留）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="23" />
      <source>backup file to restore</source>
      <translation>要恢复的备份文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="42" />
      <source>Backup written: {path} ({size} bytes)</source>
      <translation>备份已写入：{path}（{size} 字节）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="54" />
      <source>Restored {file} into {target}; the previous file is kept as {aside}.</source>
      <translation>已将 {file} 恢复到 {target}；原文件保留为 {aside}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="30" />
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="30" />
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="35" />
      <source>{count} check(s) failed.</source>
      <translation>{count} 项检查未通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="35" />
      <source>All checks passed.</source>
      <translation>全部检查通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="50" />
      <source>Restore works on a local shop file.</source>
      <translation>只能恢复本地店铺文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="23" />
      <source>import a master-data list from an xlsx file (all or nothing; creates or updates by code)</source>
      <translation>从 xlsx 文件导入基础资料列表（要么全部成功要么不导入；按编码新增或更新）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="28" />
      <source>upsert: existing codes are updated (default); create: existing codes are an error</source>
      <translation>upsert：已存在的编码被更新（默认）；create：已存在的编码报错</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="34" />
      <source>create unknown categories (products) instead of refusing them</source>
      <translation>自动创建未知的商品分类，而不是拒绝导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="38" />
      <source>export a master-data list to an xlsx file</source>
      <translation>将基础资料列表导出为 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="41" />
      <source>write an empty xlsx import template for a list</source>
      <translation>生成空白的 xlsx 导入模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="44" />
      <source>create a demo shop (about 200 products, 2 warehouses, 50 customers, 10 suppliers)</source>
      <translation>创建演示店铺（约 200 个商品、2 个仓库、50 个客户、10 个供应商）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="45" />
      <source>the same seed makes the same shop</source>
      <translation>相同的种子生成相同的店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="46" />
      <source>also post N years of sales/purchase history before it (analysis; slower)</source>
      <translation>同时生成之前 N 年的销售/采购历史（用于分析；较慢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="178" />
      <source>add, change or show one product</source>
      <translation>新增、修改或查看一个商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="186" />
      <source>add, change or show one customer</source>
      <translation>新增、修改或查看一个客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="194" />
      <source>add, change or show one supplier</source>
      <translation>新增、修改或查看一个供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="202" />
      <source>add, change or show one warehouse</source>
      <translation>新增、修改或查看一个仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="344" />
      <source>{code} {name} saved.</source>
      <translation>{code} {name} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="66" />
      <source>Imported {n} rows: {created} created, {updated} updated.</source>
      <translation>已导入 {n} 行：新建 {created}，更新 {updated}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="81" />
      <source>Exported {n} rows to {path}.</source>
      <translation>已导出 {n} 行到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="106" />
      <source>Demo shop ready in {seconds} s ({steps}): {url}</source>
      <translation>演示店铺已就绪，用时 {seconds} 秒（{steps}）：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="142" />
      <source>sale price</source>
      <translation>售价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="143" />
      <source>purchase price</source>
      <translation>进价</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="144" />
      <source>specification (规格)</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="146" />
      <source>category name or path (Drinks/Tea)</source>
      <translation>分类名称或路径（如 饮料/茶）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="147" />
      <source>barcode (repeat for several)</source>
      <translation>条码（多个可重复）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="148" />
      <source>e.g. 0.13</source>
      <translation>如 0.13</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="165" />
      <source>'' for no limit</source>
      <translation>'' 表示不限</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="296" />
      <source>No product category {name}.</source>
      <translation>没有商品分类 {name}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="295" />
      <source>Several categories are named {name}; give the path.</source>
      <translation>有多个分类名为 {name}，请写出路径。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="308" />
      <source>{code} already exists; use edit to change it.</source>
      <translation>{code} 已存在；要修改请用 edit。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="311" />
      <source>Give the name: --name.</source>
      <translation>请给出名称：--name。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="365" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="365" />
      <source>Current value</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="270" />
      <source>No product with code {code}.</source>
      <translation>没有编码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="36" />
      <source>print documents, statements and labels to PDF</source>
      <translation>将单据、对账单和标签打印为 PDF</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="43" />
      <source>customer or supplier statement (对账单)</source>
      <translation>客户或供应商对账单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="51" />
      <source>product barcode labels</source>
      <translation>商品条码标签</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="52" />
      <source>product codes or barcodes, comma-separated</source>
      <translation>商品编码或条码，逗号分隔</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="56" />
      <source>a4-3x8, a4-3x10, a4-4x10 or roll-50x30</source>
      <translation>a4-3x8、a4-3x10、a4-4x10 或 roll-50x30（卷纸）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="59" />
      <source>labels already used on the first sheet</source>
      <translation>第一张纸上已用掉的标签数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="40" />
      <source>document number (or id)</source>
      <translation>单号（或 id）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="93" />
      <source>Written {path}</source>
      <translation>已生成 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="68" />
      <source>{text} is not a date (YYYY-MM-DD).</source>
      <translation>{text} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="35" />
      <source>purchasing: requisitions, orders, approvals, receipts, returns, suggestions</source>
      <translation>采购：采购申请、订单、审批、入库、退货、补货建议</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="38" />
      <source>raise or list requisitions (采购申请)</source>
      <translation>提交或列出采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="41" />
      <source>raise a requisition</source>
      <translation>提交采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="45" />
      <source>list requisition lines (open ones unless --all)</source>
      <translation>列出采购申请明细（除非 --all，只列未处理的）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="49" />
      <source>merge open requisition lines into draft orders, one per supplier</source>
      <translation>将未处理的采购申请合并为订单草稿，每个供应商一张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="50" />
      <source>only these requisitions</source>
      <translation>只处理这些采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="51" />
      <source>override the proposed supplier</source>
      <translation>指定供应商，替代建议的供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="55" />
      <source>accept a warning (zero-price)</source>
      <translation>接受警告（zero-price 零价格）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="57" />
      <source>create an order or move it along (submit, approve, reject, confirm, cancel, close)</source>
      <translation>创建订单或推进流程（提交、审批、驳回、确认、取消、关闭）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="62" />
      <source>create a purchase order</source>
      <translation>创建采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="68" />
      <source>confirm at once (refused when it needs approval)</source>
      <translation>立即确认（需要审批时会被拒绝）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="80" />
      <source>reject with a reason</source>
      <translation>驳回并说明原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="84" />
      <source>change a draft purchase order (only what is given changes)</source>
      <translation>修改草稿采购订单（只改所给的内容）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="86" />
      <source>set this product's quantity (and price) on the order, adding the line if new; QTY 0 removes it</source>
      <translation>设置订单上此商品的数量（和单价），没有该行则新增；数量为 0 则删除该行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="93" />
      <source>remove this product's line</source>
      <translation>删除此商品的行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="94" />
      <source>the --line lines replace all the order's lines</source>
      <translation>用 --line 给出的行替换订单的全部行</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="101" />
      <source>receive an order (everything outstanding, or the given lines) into a bin</source>
      <translation>订单入库到库位（全部未到货，或指定明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="105" />
      <source>default: the warehouse's first active bin</source>
      <translation>默认：仓库的第一个可用库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="107" />
      <source>accept a warning (bin-capacity)</source>
      <translation>接受警告（bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="109" />
      <source>return goods of a receipt to the supplier</source>
      <translation>将入库单的货物退给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="115" />
      <source>reorder suggestions (and --create draft orders from them)</source>
      <translation>补货建议（--create 据此生成订单草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="116" />
      <source>days of sales to average (default 30)</source>
      <translation>计算日均销量的天数（默认 30）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="120" />
      <source>list purchase orders</source>
      <translation>列出采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="130" />
      <source>show an order with its execution and approvals</source>
      <translation>显示订单及其执行和审批情况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="133" />
      <source>a supplier's quotes, on-time delivery and return rates</source>
      <translation>供应商的报价、准时交货率和退货率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="197" />
      <source>Requisition {number} raised.</source>
      <translation>已提交采购申请 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="278" />
      <source>Purchase order {number}: {total}</source>
      <translation>采购订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="286" />
      <source>{number} is now {state}.</source>
      <translation>{number} 现在是“{state}”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="335" />
      <source>Receipt {number}: net {net}, tax {tax}, payable {gross}; order {state}.</source>
      <translation>入库单 {number}：不含税 {net}，税额 {tax}，应付 {gross}；订单{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="364" />
      <source>Return {number}: payable reduced by {gross}.</source>
      <translation>退货单 {number}：应付减少 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="473" />
      <source>Total {gross} · invoiced {invoiced} · paid {paid}</source>
      <translation>合计 {gross} · 已开票 {invoiced} · 已付款 {paid}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="504" />
      <source>{code} {name} · grade {grade} · receipts {receipts} · on time {on_time} · return rate {returns}</source>
      <translation>{code} {name} · 等级 {grade} · 入库 {receipts} 次 · 准时率 {on_time} · 退货率 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="143" />
      <source>usage: erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</source>
      <translation>用法：erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="168" />
      <source>Write lines as PRODUCT:QTY (got {text}).</source>
      <translation>行的写法为 商品:数量（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="212" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="215" />
      <source>Open</source>
      <translation>未发货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="216" />
      <source>Needed by</source>
      <translation>需求日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="218" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="252" />
      <source>Draft order {number}: {total}</source>
      <translation>草稿订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="288" />
      <source>It needs approval by {who}.</source>
      <translation>需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="380" />
      <source>Nothing to reorder.</source>
      <translation>无需补货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="411" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="412" />
      <source>Buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="415" />
      <source>Ordered/received/returned</source>
      <translation>订购/入库/退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="417" />
      <source>Waiting for</source>
      <translation>待审批人</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="449" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="451" />
      <source>Received</source>
      <translation>已入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="452" />
      <source>Returned</source>
      <translation>已退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="453" />
      <source>Outstanding</source>
      <translation>未入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="455" />
      <source>Requisitions</source>
      <translation>采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="482" />
      <source>Approval: {state}</source>
      <translation>审批：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="515" />
      <source>Min. quantity</source>
      <translation>起订量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="515" />
      <source>Lead time (days)</source>
      <translation>交货期(天)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="515" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="515" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="529" />
      <source>Write lines as PRODUCT:QTY@PRICE (got {text}).</source>
      <translation>行的写法为 商品:数量@单价（收到的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="532" />
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="535" />
      <source>Quantity may not be negative (got {text}).</source>
      <translation>数量不能为负数（收到的是 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="544" />
      <source>{number} is {state}: only a draft can be edited.</source>
      <translation>{number} 的状态是{state}：只有草稿可以修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="547" />
      <source>Nothing to change: give --line, --remove, --supplier, --expected, --date or --note.</source>
      <translation>没有要修改的内容：请给出 --line、--remove、--supplier、--expected、--date 或 --note。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="154" />
      <source>{what} must be a number (got {text}).</source>
      <translation>{what}必须是数字（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="179" />
      <source>No usable bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有可用库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="360" />
      <source>{code} is not on receipt {number}.</source>
      <translation>{code} 不在入库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="376" />
      <source>Why</source>
      <translation>计算依据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="385" />
      <source>No supplier known for {codes}; left out.</source>
      <translation>{codes} 没有已知供应商，已跳过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="444" />
      <source>buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="558" />
      <source>{number} has no line for {code}.</source>
      <translation>{number} 没有 {code} 的行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="323" />
      <source>{code} is not on order {number}.</source>
      <translation>{code} 不在订单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="428" />
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="484" />
      <source>approved</source>
      <translation>已审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="484" />
      <source>waiting for {who}</source>
      <translation>等待 {who}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="34" />
      <source>sales: quotes, orders, deliveries, returns, exchanges</source>
      <translation>销售：报价、订单、出库、退货、换货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="37" />
      <source>create, confirm or cancel an order</source>
      <translation>创建、确认或取消订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="40" />
      <source>create a sales order</source>
      <translation>创建销售订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="42" />
      <source>confirm it at once (待发货)</source>
      <translation>立即确认（待发货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="43" />
      <source>accept a warning (credit-limit)</source>
      <translation>接受警告（credit-limit 信用额度）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="44" />
      <source>confirm a draft order</source>
      <translation>确认订单草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="47" />
      <source>cancel an order (a partly delivered one is closed)</source>
      <translation>取消订单（部分出库的订单改为关闭）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="50" />
      <source>deliver an order (everything open, or the given lines)</source>
      <translation>订单出库（全部未发货，或指定明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="56" />
      <source>accept a warning (negative-stock)</source>
      <translation>接受警告（negative-stock 负库存）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="58" />
      <source>return goods against a delivery</source>
      <translation>按出库单退货</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="61" />
      <source>bin to put the goods back (default: where they left)</source>
      <translation>退回货物放入的库位（默认原出库库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="65" />
      <source>exchange goods of a delivery for others (换货)</source>
      <translation>将出库单的货物换成其他商品（换货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="74" />
      <source>list orders</source>
      <translation>列出订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="86" />
      <source>show an order with its tracking figures</source>
      <translation>显示订单及其跟踪数字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="90" />
      <source>create or convert a quote</source>
      <translation>创建报价单或转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="93" />
      <source>create a quote</source>
      <translation>创建报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="96" />
      <source>convert a quote to an order</source>
      <translation>将报价单转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="99" />
      <source>a customer's purchase history</source>
      <translation>客户的购买历史</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="134" />
      <source>Created order {number}.</source>
      <translation>已创建订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="145" />
      <source>Confirmed order {number}: awaiting delivery.</source>
      <translation>订单 {number} 已确认:待发货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="152" />
      <source>Order {number} is now {state}.</source>
      <translation>订单 {number} 现为{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="183" />
      <source>Posted delivery {number}: net {net}, tax {tax}, receivable {gross}, cost {cost}.</source>
      <translation>已过账出库单 {number}:不含税 {net},税额 {tax},应收 {gross},成本 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="206" />
      <source>Posted return {number} against {delivery}.</source>
      <translation>已过账退货单 {number}(原出库单 {delivery})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="234" />
      <source>Posted exchange {number}: return {sr}, delivery {dn}, difference {amount}.</source>
      <translation>已过账换货单 {number}:退货 {sr},出库 {dn},差额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="304" />
      <source>Created quote {number}, valid until {date}, total {gross}.</source>
      <translation>已创建报价 {number},有效期至 {date},合计 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="321" />
      <source>Quote {quote} converted to order {number}.</source>
      <translation>报价 {quote} 已转为订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="332" />
      <source>Orders: {orders}  bought (net): {net}  (gross): {gross}  still owed: {owed}</source>
      <translation>订单数:{orders}  购买(不含税):{net}  (含税):{gross}  尚欠:{owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="356" />
      <source>{number}  {date}  {customer}  [{state}]</source>
      <translation>{number}  {date}  {customer}  [{state}]</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="117" />
      <source>usage: erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</source>
      <translation>用法:erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="262" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="262" />
      <source>Salesperson</source>
      <translation>销售员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="277" />
      <source>… more (use --limit)</source>
      <translation>… 还有更多(使用 --limit)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="319" />
      <source>No quote {number}.</source>
      <translation>没有报价单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="346" />
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="380" />
      <source>net {net}  tax {tax}  total {gross}  invoiced {invoiced}  receivable {receivable}  collected {collected}</source>
      <translation>不含税 {net}  税额 {tax}  合计 {gross}  已开票 {invoiced}  应收 {receivable}  已收 {collected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="401" />
      <source>Write a line as PRODUCT:QTY (got {text}).</source>
      <translation>明细行格式为 商品:数量(输入为 {text})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="453" />
      <source>Bin {bin} is not one bin; give --warehouse too.</source>
      <translation>库位 {bin} 不唯一;请同时指定 --warehouse。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="463" />
      <source>{code} is not on delivery {number}.</source>
      <translation>{code} 不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="365" />
      <source>SHORTAGE (available {qty})</source>
      <translation>缺货(可用 {qty})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="415" />
      <source>Not a number: {text}</source>
      <translation>不是数字:{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="446" />
      <source>No bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="169" />
      <source>{code} has nothing open on order {number}.</source>
      <translation>{code} 在订单 {number} 上没有未发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="368" />
      <source>ordered {ordered} delivered {delivered} returned {returned} exchanged {exchanged} open {open}</source>
      <translation>订购 {ordered} 已出库 {delivered} 已退 {returned} 已换 {exchanged} 未发 {open}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="16" />
      <source>sync with the shared PostgreSQL database (pull, then push)</source>
      <translation>与共享 PostgreSQL 数据库同步（先拉取，再推送）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="17" />
      <source>postgresql+psycopg://user@host:5432/db (default: the saved settings)</source>
      <translation>postgresql+psycopg://用户@主机:5432/数据库（默认已保存的设置）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="20" />
      <source>rows per batch (one transaction each)</source>
      <translation>每批行数（每批一个事务）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="21" />
      <source>only show the sync status</source>
      <translation>只显示同步状态</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="22" />
      <source>migrate the shared database to this program's schema</source>
      <translation>将共享数据库升级到本程序的数据库结构</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="23" />
      <source>rebuild stock balances, costs and open items from the ledgers</source>
      <translation>根据流水重建库存余额、成本和往来明细</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="26" />
      <source>save the shared database's connection (password from ERP_SYNC_PASSWORD)</source>
      <translation>保存共享数据库的连接（密码取自 ERP_SYNC_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="30" />
      <source>PostgreSQL user</source>
      <translation>PostgreSQL 用户</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="34" />
      <source>list versions that lost a merge; restore or dismiss one</source>
      <translation>列出合并中被覆盖的版本；恢复或忽略其中一个</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="35" />
      <source>include resolved ones</source>
      <translation>包括已处理的</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="39" />
      <source>list what merges raised for the owner (negative stock …)</source>
      <translation>列出合并后需店主处理的提醒（负库存等）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="47" />
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="48" />
      <source>Series: {series}</source>
      <translation>编号序列：{series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="49" />
      <source>Last sync: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="50" />
      <source>Pending changes: {count}</source>
      <translation>待发送变更：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="51" />
      <source>Conflicts to review: {count}</source>
      <translation>待处理冲突：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="52" />
      <source>Alerts: {count}</source>
      <translation>警告：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="78" />
      <source>Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成，用时 {seconds:.1f} 秒：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="45" />
      <source>Online mode: this PC works straight on {server}.</source>
      <translation>在线模式：本机直接使用 {server}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="54" />
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="67" />
      <source>Rebuilt stock balances, costs and open items; {count} negative balances.</source>
      <translation>已重建库存余额、成本和往来未清项；{count} 个负库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="72" />
      <source>The shared database now has this program's schema.</source>
      <translation>共享数据库已升级为本程序的结构。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="76" />
      <source>This PC joined the shop on the shared database.</source>
      <translation>本机已加入共享数据库中的店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="87" />
      <source>ALERT: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="109" />
      <source>Restored; the next sync sends it to the other PCs.</source>
      <translation>已恢复；下次同步时会发送到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="119" />
      <source>No conflicts.</source>
      <translation>没有冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>Detected</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>Table</source>
      <translation>数据表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>Lost</source>
      <translation>被覆盖方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="122" />
      <source>Won</source>
      <translation>保留方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="135" />
      <source>No alerts.</source>
      <translation>没有警告。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="137" />
      <source>Raised</source>
      <translation>发出时间</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="137" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="47" />
      <source>not set up</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="49" />
      <source>never</source>
      <translation>从未</translation>
    </message>
  </context>
</TS>
