<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="15" />
      <source>shop database file (or a postgresql+psycopg:// URL)</source>
      <translation>店铺数据库文件（或 postgresql+psycopg:// 地址）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="18" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="21" />
      <source>act as this user (password from ERP_PASSWORD)</source>
      <translation>以此用户身份操作（密码取自 ERP_PASSWORD）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="93" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="77" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="92" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/__init__.py" line="65" />
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是有效日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="19" />
      <source>list users</source>
      <translation>列出用户</translation>
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
      <location filename="../../erp_desktop/commands/admin.py" line="32" />
      <source>list roles and their permissions</source>
      <translation>列出角色及其权限</translation>
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
      <location filename="../../erp_desktop/commands/admin.py" line="61" />
      <source>Log-in at start: {state}</source>
      <translation>启动时登录：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="72" />
      <source>User {user} added ({role}).</source>
      <translation>已添加用户 {user}（{role}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="88" />
      <source>User {user} saved.</source>
      <translation>用户 {user} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="95" />
      <source>Password of {user} changed.</source>
      <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="110" />
      <source>Role {role} saved: {permissions}</source>
      <translation>角色 {role} 已保存：{permissions}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="53" />
      <source>New password: </source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="63" />
      <source>active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="63" />
      <source>inactive</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="64" />
      <source>, locked until {time}</source>
      <translation>，锁定至 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="102" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="102" />
      <source>custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="130" />
      <source>{count} rows written to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="54" />
      <source>Repeat it: </source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="55" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="61" />
      <source>on</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="61" />
      <source>off</source>
      <translation>关闭</translation>
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
      <location filename="../../erp_desktop/commands/analysis.py" line="28" />
      <source>a pivot of sales or purchases; --xlsx writes it to a workbook</source>
      <translation>销售或采购的透视表；--xlsx 写入 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="31" />
      <source>row dimension (repeat for two): customer, tier, salesperson, supplier, product, category, warehouse, day, week, month</source>
      <translation>行维度（可重复两次）：customer、tier、salesperson、supplier、product、category、warehouse、day、week、month</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="37" />
      <source>column dimension (optional)</source>
      <translation>列维度（可选）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="38" />
      <source>qty, revenue, cost, margin, margin_pct, returns</source>
      <translation>qty（数量）、revenue（收入）、cost（成本）、margin（毛利）、margin_pct（毛利率）、returns（退货）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="41" />
      <source>keep only DIM=KEY (ids for parties/products)</source>
      <translation>只保留 维度=值（往来单位/商品用 id）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="44" />
      <source>write the pivot to this xlsx file</source>
      <translation>将透视表写入此 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="45" />
      <source>rows to print (default 50)</source>
      <translation>打印的行数（默认 50）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="65" />
      <source>As of {date}</source>
      <translation>截至 {date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="111" />
      <source>Wrote {count} rows to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="78" />
      <source>A filter is DIMENSION=KEY: {text}</source>
      <translation>筛选条件格式为 维度=值：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="13" />
      <source>create or upgrade the shop database</source>
      <translation>创建或升级店铺数据库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="14" />
      <source>print the program and schema versions</source>
      <translation>显示程序和数据库结构版本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="19" />
      <source>Shop database ready: {url}</source>
      <translation>店铺数据库已就绪：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="28" />
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
      <location filename="../../erp_desktop/commands/finance.py" line="51" />
      <source>reverse (冲销) a receipt, payment, transfer or other income/expense entered by mistake</source>
      <translation>冲销录错的收款、付款、转账或其他收支单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="54" />
      <source>the money document to reverse, e.g. RC-2026-000001</source>
      <translation>要冲销的资金单据号，例如 RC-2026-000001</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="55" />
      <source>date of the reversal (default today)</source>
      <translation>冲销日期（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="58" />
      <source>move money between two money accounts</source>
      <translation>在两个资金账户之间转账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="74" />
      <source>allocate a party's money and returns to its open documents</source>
      <translation>将往来单位的收付款和退货核销到未清单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="78" />
      <source>the receipt/payment/return to allocate (default: all, oldest first)</source>
      <translation>要核销的收款/付款/退货（默认全部，从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="81" />
      <source>DN-1[:amount],DN-2… (default: oldest first)</source>
      <translation>DN-1[:金额],DN-2……（默认从最早的开始）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="84" />
      <source>a customer's or supplier's statement for a period (CODE 'all': every one with a balance)</source>
      <translation>客户或供应商某期间的对账单（CODE 为 'all' 时：所有有余额的单位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="95" />
      <source>receivables (or --payables) ageing per party</source>
      <translation>按往来单位的应收（或 --payables 应付）账龄</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="99" />
      <source>trial balance for a period</source>
      <translation>某期间的试算平衡表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="103" />
      <source>profit report for a period</source>
      <translation>某期间的利润表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="107" />
      <source>close a month (YYYY-MM)</source>
      <translation>月末结账（YYYY-MM）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="111" />
      <source>re-open the last closed month (owner)</source>
      <translation>反结账最近结账的月份（店主）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="44" />
      <source>money account code</source>
      <translation>资金账户编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="49" />
      <source>auto, or document numbers: DN-1[:amount],DN-2…</source>
      <translation>auto（自动），或单号：DN-1[:金额],DN-2……</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="68" />
      <source>expense or income account, e.g. 5602</source>
      <translation>费用或收入科目，例如 5602</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="210" />
      <source>{number}: received {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：收款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="239" />
      <source>{number}: paid {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：付款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="255" />
      <source>{original} reversed by {number}: {amount}, allocations undone, entry {entry}.</source>
      <translation>{original} 已由 {number} 冲销：{amount}，核销已撤回，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="277" />
      <source>{number}: transferred {amount}.</source>
      <translation>{number}：已转账 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="293" />
      <source>{number}: {amount} booked, entry {entry}.</source>
      <translation>{number}：已记账 {amount}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="320" />
      <source>Allocated {amount} in {rows} allocations.</source>
      <translation>已核销 {amount}，共 {rows} 笔。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="340" />
      <source>Statement {code} {name}, {start} – {end}</source>
      <translation>对账单 {code} {name}，{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="359" />
      <source>Ageing at {date} (days past the document date): 0–30 {a}  31–60 {b}  61–90 {c}  90+ {d}  unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a}  31–60天 {b}  61–90天 {c}  90天以上 {d}  未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="424" />
      <source>{month} closed.</source>
      <translation>{month} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="433" />
      <source>{year}-{month:02d} re-opened.</source>
      <translation>{year}-{month:02d} 已反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="150" />
      <source>Money account {code} {name} created on account {gl}.</source>
      <translation>已创建资金账户 {code} {name}，科目 {gl}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="153" />
      <source> (inactive)</source>
      <translation>（停用）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="399" />
      <source>Balanced.</source>
      <translation>借贷平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="399" />
      <source>NOT BALANCED.</source>
      <translation>不平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="408" />
      <source>Sales revenue</source>
      <translation>主营业务收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="409" />
      <source>Cost of goods sold</source>
      <translation>主营业务成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="410" />
      <source>Gross margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="411" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="412" />
      <source>Expenses</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="413" />
      <source>Profit</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="129" />
      <source>Not an amount: {text}</source>
      <translation>不是金额：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="184" />
      <source>{number} has nothing open for this party.</source>
      <translation>{number} 在该往来单位下没有未清金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="311" />
      <source>Name the credit (--credit) to allocate to these documents.</source>
      <translation>请用 --credit 指定要核销到这些单据的贷方项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="317" />
      <source>{number} has nothing left to allocate.</source>
      <translation>{number} 没有可核销的余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="348" />
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="355" />
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="376" />
      <source>Unapplied</source>
      <translation>未核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="376" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="391" />
      <source>Opening Dr</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="391" />
      <source>Opening Cr</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="391" />
      <source>Debit</source>
      <translation>借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="391" />
      <source>Credit</source>
      <translation>贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="392" />
      <source>Closing Dr</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="392" />
      <source>Closing Cr</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="32" />
      <source>inventory: receipts, issues, transfers, stock counts and stock reports</source>
      <translation>库存：入库、出库、调拨、盘点和库存报表</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="59" />
      <source>post a transfer between bins or warehouses (调拨)</source>
      <translation>过账库位或仓库之间的调拨</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="61" />
      <source>WAREHOUSE or WAREHOUSE/BIN</source>
      <translation>仓库 或 仓库/库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="66" />
      <source>post the reversal of a posted stock document</source>
      <translation>过账已过账库存单据的冲销单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="69" />
      <source>start a stock count (盘点): snapshot the book quantities</source>
      <translation>开始盘点：记录账面数量快照</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="71" />
      <source>comma-separated bin codes (default: all)</source>
      <translation>逗号分隔的库位编码（默认全部）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="72" />
      <source>only this category (name or path)</source>
      <translation>只盘此分类（名称或路径）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="73" />
      <source>freeze the bins until the count is posted or cancelled</source>
      <translation>盘点过账或取消前冻结库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="76" />
      <source>add scanned codes to a count (one per line; '3*CODE' counts three)</source>
      <translation>将扫描的条码加入盘点（每行一个；'3*条码' 计三个）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="78" />
      <source>the bin being counted</source>
      <translation>正在盘点的库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="79" />
      <source>codes file (default: stdin)</source>
      <translation>条码文件（默认标准输入）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="82" />
      <source>type a counted quantity for one product</source>
      <translation>输入单个商品的盘点数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="87" />
      <source>show a count's lines and variances</source>
      <translation>显示盘点明细和差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="90" />
      <source>post a count's variances as gain/loss adjustments</source>
      <translation>将盘点差异过账为盘盈盘亏调整</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="92" />
      <source>treat lines never counted as counted zero</source>
      <translation>未盘到的行按盘点数为零处理</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="93" />
      <source>cancel a draft count</source>
      <translation>取消盘点草稿</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="95" />
      <source>stock on hand</source>
      <translation>现存库存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="99" />
      <source>one product: on hand, reserved, available</source>
      <translation>单个商品：现存、占用、可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="101" />
      <source>stock valuation (quantity × moving average)</source>
      <translation>库存估值（数量 × 移动平均成本）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="104" />
      <source>a product's movement history with running balance</source>
      <translation>商品的出入库明细及结存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="107" />
      <source>products at or below their reorder point</source>
      <translation>个商品低于或等于再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="108" />
      <source>products in stock with no issue for N days</source>
      <translation>N 天内没有出库的在库商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="38" />
      <source>accept a warning (negative-stock, bin-capacity)</source>
      <translation>接受警告（negative-stock 负库存、bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="49" />
      <source>warehouse code (or WAREHOUSE/BIN)</source>
      <translation>仓库编码（或 仓库/库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="50" />
      <source>bin code (default: the warehouse's first active bin)</source>
      <translation>库位编码（默认仓库的第一个可用库位）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="51" />
      <source>receipt: opening, exchange_in, gift, other; issue: damage, internal_use, gift, sample, other</source>
      <translation>入库：opening（期初）、exchange_in（换入）、gift（赠送）、other（其他）；出库：damage（报损）、internal_use（内部领用）、gift（赠送）、sample（样品）、other（其他）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="56" />
      <source>YYYY-MM-DD (default today)</source>
      <translation>YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="113" />
      <source>Choose an action; see erp-desktop stock --help.</source>
      <translation>请选择一个操作；参见 erp-desktop stock --help。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="138" />
      <source>No warehouse with code {code}.</source>
      <translation>没有编码为 {code} 的仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="190" />
      <source>Stock count {number} has no bin {bin}.</source>
      <translation>盘点单 {number} 不包含库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="246" />
      <source>Posted {number}: value {value}{journal}</source>
      <translation>已过账 {number}：金额 {value}{journal}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="270" />
      <source>Posted {number} reversing {original}: value {value}</source>
      <translation>已过账 {number}（冲销 {original}）：金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="306" />
      <source>Created stock count {number} for {warehouse} ({scope}): {lines} lines in the snapshot.</source>
      <translation>已创建盘点单 {number}，仓库 {warehouse}（{scope}）：快照 {lines} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="327" />
      <source>{scans} scans, {unknown} unknown.</source>
      <translation>扫描 {scans} 次，未知条码 {unknown} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="387" />
      <source>Gain {gain}, loss {loss}</source>
      <translation>盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="400" />
      <source>Posted stock count {number}: {lines} adjustments, gain {gain}, loss {loss}.</source>
      <translation>盘点单 {number} 已过账：调整 {lines} 行，盘盈 {gain}，盘亏 {loss}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="417" />
      <source>Cancelled stock count {number}.</source>
      <translation>已作废盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="502" />
      <source>Total stock value: {value}</source>
      <translation>库存总金额：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="259" />
      <source>Warehouse {warehouse} has no bins.</source>
      <translation>仓库 {warehouse} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="329" />
      <source>unknown code: {code}</source>
      <translation>未知条码：{code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="340" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Bin</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Book</source>
      <translation>账面数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Variance</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="373" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>unknown code: {code} ({bin}, {hits}×)</source>
      <translation>未知条码：{code}（{bin}，{hits} 次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="497" />
      <source>Warehouse</source>
      <translation>仓库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="497" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="497" />
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="501" />
      <source>{warehouse}: {value}</source>
      <translation>{warehouse}：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>In</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>Out</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="514" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="540" />
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="541" />
      <source>On hand</source>
      <translation>现存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="542" />
      <source>Reserved</source>
      <translation>预留</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="543" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="544" />
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="559" />
      <source>Last issue</source>
      <translation>最近出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="559" />
      <source>Days idle</source>
      <translation>呆滞天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="136" />
      <source>Warehouse {warehouse} has no bin {bin}.</source>
      <translation>仓库 {warehouse} 没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="154" />
      <source>{what} is not a number: {text}</source>
      <translation>{what}不是数字：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="165" />
      <source>Write each line as CODE:QTY{cost} (got {item}).</source>
      <translation>每行请写成 编码:数量{cost}（收到 {item}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="168" />
      <source>unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="442" />
      <source>{code}: on hand {on_hand}, reserved {reserved}, available {available}, value {value}</source>
      <translation>{code}：现存 {on_hand}，已预留 {reserved}，可用 {available}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="461" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="250" />
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
      <location filename="../../erp_desktop/commands/masterdata.py" line="22" />
      <source>import a master-data list from an xlsx file (all or nothing; creates or updates by code)</source>
      <translation>从 xlsx 文件导入基础资料列表（要么全部成功要么不导入；按编码新增或更新）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="27" />
      <source>upsert: existing codes are updated (default); create: existing codes are an error</source>
      <translation>upsert：已存在的编码被更新（默认）；create：已存在的编码报错</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="33" />
      <source>create unknown categories (products) instead of refusing them</source>
      <translation>自动创建未知的商品分类，而不是拒绝导入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="37" />
      <source>export a master-data list to an xlsx file</source>
      <translation>将基础资料列表导出为 xlsx 文件</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="40" />
      <source>write an empty xlsx import template for a list</source>
      <translation>生成空白的 xlsx 导入模板</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="43" />
      <source>create a demo shop (about 200 products, 2 warehouses, 50 customers, 10 suppliers)</source>
      <translation>创建演示店铺（约 200 个商品、2 个仓库、50 个客户、10 个供应商）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="44" />
      <source>the same seed makes the same shop</source>
      <translation>相同的种子生成相同的店铺</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="45" />
      <source>also post N years of sales/purchase history before it (analysis; slower)</source>
      <translation>同时生成之前 N 年的销售/采购历史（用于分析；较慢）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="65" />
      <source>Imported {n} rows: {created} created, {updated} updated.</source>
      <translation>已导入 {n} 行：新建 {created}，更新 {updated}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="80" />
      <source>Exported {n} rows to {path}.</source>
      <translation>已导出 {n} 行到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="105" />
      <source>Demo shop ready in {seconds} s ({steps}): {url}</source>
      <translation>演示店铺已就绪，用时 {seconds} 秒（{steps}）：{url}</translation>
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
      <location filename="../../erp_desktop/commands/purchasing.py" line="48" />
      <source>merge open requisition lines into draft orders, one per supplier</source>
      <translation>将未处理的采购申请合并为订单草稿，每个供应商一张</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="49" />
      <source>only these requisitions</source>
      <translation>只处理这些采购申请</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="50" />
      <source>override the proposed supplier</source>
      <translation>指定供应商，替代建议的供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="54" />
      <source>accept a warning (zero-price)</source>
      <translation>接受警告（zero-price 零价格）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="56" />
      <source>create an order or move it along (submit, approve, reject, confirm, cancel, close)</source>
      <translation>创建订单或推进流程（提交、审批、驳回、确认、取消、关闭）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="61" />
      <source>create a purchase order</source>
      <translation>创建采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="67" />
      <source>confirm at once (refused when it needs approval)</source>
      <translation>立即确认（需要审批时会被拒绝）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="79" />
      <source>reject with a reason</source>
      <translation>驳回并说明原因</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="83" />
      <source>receive an order (everything outstanding, or the given lines) into a bin</source>
      <translation>订单入库到库位（全部未到货，或指定明细）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="87" />
      <source>default: the warehouse's first active bin</source>
      <translation>默认：仓库的第一个可用库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="89" />
      <source>accept a warning (bin-capacity)</source>
      <translation>接受警告（bin-capacity 库位容量）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="91" />
      <source>return goods of a receipt to the supplier</source>
      <translation>将入库单的货物退给供应商</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="97" />
      <source>reorder suggestions (and --create draft orders from them)</source>
      <translation>补货建议（--create 据此生成订单草稿）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="98" />
      <source>days of sales to average (default 30)</source>
      <translation>计算日均销量的天数（默认 30）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="101" />
      <source>list purchase orders</source>
      <translation>列出采购订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="110" />
      <source>show an order with its execution and approvals</source>
      <translation>显示订单及其执行和审批情况</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="112" />
      <source>a supplier's quotes, on-time delivery and return rates</source>
      <translation>供应商的报价、准时交货率和退货率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="175" />
      <source>Requisition {number} raised.</source>
      <translation>已提交采购申请 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="229" />
      <source>Purchase order {number}: {total}</source>
      <translation>采购订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="237" />
      <source>{number} is now {state}.</source>
      <translation>{number} 现在是“{state}”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="286" />
      <source>Receipt {number}: net {net}, tax {tax}, payable {gross}; order {state}.</source>
      <translation>入库单 {number}：不含税 {net}，税额 {tax}，应付 {gross}；订单{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="315" />
      <source>Return {number}: payable reduced by {gross}.</source>
      <translation>退货单 {number}：应付减少 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="389" />
      <source>Total {gross} · invoiced {invoiced} · paid {paid}</source>
      <translation>合计 {gross} · 已开票 {invoiced} · 已付款 {paid}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="417" />
      <source>{code} {name} · grade {grade} · receipts {receipts} · on time {on_time} · return rate {returns}</source>
      <translation>{code} {name} · 等级 {grade} · 入库 {receipts} 次 · 准时率 {on_time} · 退货率 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="121" />
      <source>usage: erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</source>
      <translation>用法：erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="146" />
      <source>Write lines as PRODUCT:QTY (got {text}).</source>
      <translation>行的写法为 商品:数量（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="203" />
      <source>Draft order {number}: {total}</source>
      <translation>草稿订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="239" />
      <source>It needs approval by {who}.</source>
      <translation>需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="325" />
      <source>Nothing to reorder.</source>
      <translation>无需补货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="398" />
      <source>Approval: {state}</source>
      <translation>审批：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="132" />
      <source>{what} must be a number (got {text}).</source>
      <translation>{what}必须是数字（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="157" />
      <source>No usable bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有可用库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="311" />
      <source>{code} is not on receipt {number}.</source>
      <translation>{code} 不在入库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="330" />
      <source>No supplier known for {codes}; left out.</source>
      <translation>{codes} 没有已知供应商，已跳过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="370" />
      <source>buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="274" />
      <source>{code} is not on order {number}.</source>
      <translation>{code} 不在订单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="216" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="217" />
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="359" />
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="400" />
      <source>approved</source>
      <translation>已审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="400" />
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
      <location filename="../../erp_desktop/commands/sales.py" line="85" />
      <source>show an order with its tracking figures</source>
      <translation>显示订单及其跟踪数字</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="88" />
      <source>create or convert a quote</source>
      <translation>创建报价单或转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="91" />
      <source>create a quote</source>
      <translation>创建报价单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="94" />
      <source>convert a quote to an order</source>
      <translation>将报价单转为订单</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="97" />
      <source>a customer's purchase history</source>
      <translation>客户的购买历史</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="131" />
      <source>Created order {number}.</source>
      <translation>已创建订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="142" />
      <source>Confirmed order {number}: awaiting delivery.</source>
      <translation>订单 {number} 已确认:待发货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="149" />
      <source>Order {number} is now {state}.</source>
      <translation>订单 {number} 现为{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="180" />
      <source>Posted delivery {number}: net {net}, tax {tax}, receivable {gross}, cost {cost}.</source>
      <translation>已过账出库单 {number}:不含税 {net},税额 {tax},应收 {gross},成本 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="203" />
      <source>Posted return {number} against {delivery}.</source>
      <translation>已过账退货单 {number}(原出库单 {delivery})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="231" />
      <source>Posted exchange {number}: return {sr}, delivery {dn}, difference {amount}.</source>
      <translation>已过账换货单 {number}:退货 {sr},出库 {dn},差额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="284" />
      <source>Created quote {number}, valid until {date}, total {gross}.</source>
      <translation>已创建报价 {number},有效期至 {date},合计 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="301" />
      <source>Quote {quote} converted to order {number}.</source>
      <translation>报价 {quote} 已转为订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="309" />
      <source>Orders: {orders}  bought (net): {net}  (gross): {gross}  still owed: {owed}</source>
      <translation>订单数:{orders}  购买(不含税):{net}  (含税):{gross}  尚欠:{owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="327" />
      <source>{number}  {date}  {customer}  [{state}]</source>
      <translation>{number}  {date}  {customer}  [{state}]</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="114" />
      <source>usage: erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</source>
      <translation>用法:erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="261" />
      <source>… more (use --limit)</source>
      <translation>… 还有更多(使用 --limit)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="299" />
      <source>No quote {number}.</source>
      <translation>没有报价单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="351" />
      <source>net {net}  tax {tax}  total {gross}  invoiced {invoiced}  receivable {receivable}  collected {collected}</source>
      <translation>不含税 {net}  税额 {tax}  合计 {gross}  已开票 {invoiced}  应收 {receivable}  已收 {collected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="372" />
      <source>Write a line as PRODUCT:QTY (got {text}).</source>
      <translation>明细行格式为 商品:数量(输入为 {text})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="424" />
      <source>Bin {bin} is not one bin; give --warehouse too.</source>
      <translation>库位 {bin} 不唯一;请同时指定 --warehouse。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="434" />
      <source>{code} is not on delivery {number}.</source>
      <translation>{code} 不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="336" />
      <source>SHORTAGE (available {qty})</source>
      <translation>缺货(可用 {qty})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="386" />
      <source>Not a number: {text}</source>
      <translation>不是数字:{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="417" />
      <source>No bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="166" />
      <source>{code} has nothing open on order {number}.</source>
      <translation>{code} 在订单 {number} 上没有未发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="339" />
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
      <location filename="../../erp_desktop/commands/sync.py" line="38" />
      <source>list what merges raised for the owner (negative stock …)</source>
      <translation>列出合并后需店主处理的提醒（负库存等）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="46" />
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="47" />
      <source>Series: {series}</source>
      <translation>编号序列：{series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="48" />
      <source>Last sync: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="49" />
      <source>Pending changes: {count}</source>
      <translation>待发送变更：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="50" />
      <source>Conflicts to review: {count}</source>
      <translation>待处理冲突：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="51" />
      <source>Alerts: {count}</source>
      <translation>警告：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="77" />
      <source>Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成，用时 {seconds:.1f} 秒：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="44" />
      <source>Online mode: this PC works straight on {server}.</source>
      <translation>在线模式：本机直接使用 {server}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="53" />
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="66" />
      <source>Rebuilt stock balances, costs and open items; {count} negative balances.</source>
      <translation>已重建库存余额、成本和往来未清项；{count} 个负库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="71" />
      <source>The shared database now has this program's schema.</source>
      <translation>共享数据库已升级为本程序的结构。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="75" />
      <source>This PC joined the shop on the shared database.</source>
      <translation>本机已加入共享数据库中的店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="86" />
      <source>ALERT: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="108" />
      <source>Restored; the next sync sends it to the other PCs.</source>
      <translation>已恢复；下次同步时会发送到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="115" />
      <source>No conflicts.</source>
      <translation>没有冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="127" />
      <source>No alerts.</source>
      <translation>没有警告。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="46" />
      <source>not set up</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="48" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="118" />
      <source>lost</source>
      <translation>被覆盖</translation>
    </message>
  </context>
</TS>
