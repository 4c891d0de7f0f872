<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="59" />
      <source>Log-in at start: {state}</source>
      <translation>启动时登录：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="70" />
      <source>User {user} added ({role}).</source>
      <translation>已添加用户 {user}（{role}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="81" />
      <source>User {user} saved.</source>
      <translation>用户 {user} 已保存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="88" />
      <source>Password of {user} changed.</source>
      <translation>{user} 的密码已修改。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="103" />
      <source>Role {role} saved: {permissions}</source>
      <translation>角色 {role} 已保存：{permissions}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="51" />
      <source>New password: </source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="61" />
      <source>active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="61" />
      <source>inactive</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="62" />
      <source>, locked until {time}</source>
      <translation>，锁定至 {time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="95" />
      <source>built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="95" />
      <source>custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="121" />
      <source>{count} rows written to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="52" />
      <source>Repeat it: </source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="53" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="59" />
      <source>on</source>
      <translation>开启</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/admin.py" line="59" />
      <source>off</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="66" />
      <source>As of {date}</source>
      <translation>截至 {date}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="105" />
      <source>Wrote {count} rows to {path}</source>
      <translation>已写入 {count} 行到 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/analysis.py" line="79" />
      <source>A filter is DIMENSION=KEY: {text}</source>
      <translation>筛选条件格式为 维度=值：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="17" />
      <source>Shop database ready: {url}</source>
      <translation>店铺数据库已就绪：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/base.py" line="25" />
      <source>schema {current} (program {head})</source>
      <translation>数据库结构 {current}（程序 {head}）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="93" />
      <source>Template written to {path}.</source>
      <translation>模板已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/excel.py" line="57" />
      <source>Problems written to {path}</source>
      <translation>问题清单已写入 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="186" />
      <source>{number}: received {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：收款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="199" />
      <source>{number}: paid {amount}, allocated {allocated}, entry {entry}.</source>
      <translation>{number}：付款 {amount}，核销 {allocated}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="209" />
      <source>{number}: transferred {amount}.</source>
      <translation>{number}：已转账 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="218" />
      <source>{number}: {amount} booked, entry {entry}.</source>
      <translation>{number}：已记账 {amount}，凭证 {entry}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="242" />
      <source>Allocated {amount} in {rows} allocations.</source>
      <translation>已核销 {amount}，共 {rows} 笔。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="261" />
      <source>Statement {code} {name}, {start} – {end}</source>
      <translation>对账单 {code} {name}，{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="268" />
      <source>Ageing at {date} (days past the document date): 0–30 {a}  31–60 {b}  61–90 {c}  90+ {d}  unapplied {u}</source>
      <translation>截至 {date} 账龄（按单据日期）：0–30天 {a}  31–60天 {b}  61–90天 {c}  90天以上 {d}  未核销 {u}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="312" />
      <source>{month} closed.</source>
      <translation>{month} 已结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="321" />
      <source>{year}-{month:02d} re-opened.</source>
      <translation>{year}-{month:02d} 已反结账。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="136" />
      <source>Money account {code} {name} created on account {gl}.</source>
      <translation>已创建资金账户 {code} {name}，科目 {gl}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="139" />
      <source> (inactive)</source>
      <translation>（停用）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="292" />
      <source>Balanced.</source>
      <translation>借贷平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="292" />
      <source>NOT BALANCED.</source>
      <translation>不平衡。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="300" />
      <source>Sales revenue</source>
      <translation>主营业务收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="300" />
      <source>Cost of goods sold</source>
      <translation>主营业务成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="301" />
      <source>Gross margin</source>
      <translation>毛利</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="301" />
      <source>Other income</source>
      <translation>其他收入</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="301" />
      <source>Expenses</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="302" />
      <source>Profit</source>
      <translation>利润</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="122" />
      <source>Not an amount: {text}</source>
      <translation>不是金额：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="170" />
      <source>{number} has nothing open for this party.</source>
      <translation>{number} 在该往来单位下没有未清金额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="233" />
      <source>Name the credit (--credit) to allocate to these documents.</source>
      <translation>请用 --credit 指定要核销到这些单据的贷方项。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="239" />
      <source>{number} has nothing left to allocate.</source>
      <translation>{number} 没有可核销的余额。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="262" />
      <source>Opening balance</source>
      <translation>期初余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="266" />
      <source>Closing balance</source>
      <translation>期末余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="276" />
      <source>Unapplied</source>
      <translation>未核销</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="276" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="287" />
      <source>Opening Dr</source>
      <translation>期初借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="287" />
      <source>Opening Cr</source>
      <translation>期初贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="287" />
      <source>Debit</source>
      <translation>借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="287" />
      <source>Credit</source>
      <translation>贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="288" />
      <source>Closing Dr</source>
      <translation>期末借方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/finance.py" line="288" />
      <source>Closing Cr</source>
      <translation>期末贷方</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="102" />
      <source>Choose an action; see erp-desktop stock --help.</source>
      <translation>请选择一个操作；参见 erp-desktop stock --help。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="125" />
      <source>No warehouse with code {code}.</source>
      <translation>没有编码为 {code} 的仓库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="171" />
      <source>Stock count {number} has no bin {bin}.</source>
      <translation>盘点单 {number} 不包含库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="216" />
      <source>Posted {number}: value {value}{journal}</source>
      <translation>已过账 {number}：金额 {value}{journal}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="234" />
      <source>Posted {number} reversing {original}: value {value}</source>
      <translation>已过账 {number}（冲销 {original}）：金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="256" />
      <source>Created stock count {number} for {warehouse} ({scope}): {lines} lines in the snapshot.</source>
      <translation>已创建盘点单 {number}，仓库 {warehouse}（{scope}）：快照 {lines} 行。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="271" />
      <source>{scans} scans, {unknown} unknown.</source>
      <translation>扫描 {scans} 次，未知条码 {unknown} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="305" />
      <source>Gain {gain}, loss {loss}</source>
      <translation>盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="317" />
      <source>Posted stock count {number}: {lines} adjustments, gain {gain}, loss {loss}.</source>
      <translation>盘点单 {number} 已过账：调整 {lines} 行，盘盈 {gain}，盘亏 {loss}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="328" />
      <source>Cancelled stock count {number}.</source>
      <translation>已作废盘点单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="378" />
      <source>Total stock value: {value}</source>
      <translation>库存总金额：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="133" />
      <source>No product with code or barcode {code}.</source>
      <translation>没有编码或条码为 {code} 的商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="224" />
      <source>Warehouse {warehouse} has no bins.</source>
      <translation>仓库 {warehouse} 没有库位。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="273" />
      <source>unknown code: {code}</source>
      <translation>未知条码：{code}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="284" />
      <source>quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Bin</source>
      <translation>库位</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Product</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Book</source>
      <translation>账面数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Counted</source>
      <translation>实盘数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Variance</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="302" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="307" />
      <source>unknown code: {code} ({bin}, {hits}×)</source>
      <translation>未知条码：{code}（{bin}，{hits} 次）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="374" />
      <source>Warehouse</source>
      <translation>仓管</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="374" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="374" />
      <source>Average cost</source>
      <translation>平均成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="377" />
      <source>{warehouse}: {value}</source>
      <translation>{warehouse}：{value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>Document</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>To</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>In</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>Out</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="389" />
      <source>Balance</source>
      <translation>余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="398" />
      <source>Reorder point</source>
      <translation>再订货点</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="398" />
      <source>On hand</source>
      <translation>现存</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="398" />
      <source>Reserved</source>
      <translation>预留</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="398" />
      <source>Available</source>
      <translation>可用</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="398" />
      <source>Reorder quantity</source>
      <translation>再订货量</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="407" />
      <source>Last issue</source>
      <translation>最近出库</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="407" />
      <source>Days idle</source>
      <translation>呆滞天数</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="124" />
      <source>Warehouse {warehouse} has no bin {bin}.</source>
      <translation>仓库 {warehouse} 没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="141" />
      <source>{what} is not a number: {text}</source>
      <translation>{what}不是数字：{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="151" />
      <source>Write each line as CODE:QTY{cost} (got {item}).</source>
      <translation>每行请写成 编码:数量{cost}（收到 {item}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="153" />
      <source>unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="345" />
      <source>{code}: on hand {on_hand}, reserved {reserved}, available {available}, value {value}</source>
      <translation>{code}：现存 {on_hand}，已预留 {reserved}，可用 {available}，金额 {value}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="356" />
      <source>Category</source>
      <translation>分类</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/inventory.py" line="217" />
      <source>journal {number}</source>
      <translation>凭证 {number}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="36" />
      <source>Backup written: {path} ({size} bytes)</source>
      <translation>备份已写入：{path}（{size} 字节）</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="47" />
      <source>Restored {file} into {target}; the previous file is kept as {aside}.</source>
      <translation>已将 {file} 恢复到 {target}；原文件保留为 {aside}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="24" />
      <source>OK</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="24" />
      <source>FAILED</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="29" />
      <source>{count} check(s) failed.</source>
      <translation>{count} 项检查未通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="29" />
      <source>All checks passed.</source>
      <translation>全部检查通过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/maintenance.py" line="44" />
      <source>Restore works on a local shop file.</source>
      <translation>只能恢复本地店铺文件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="49" />
      <source>Imported {n} rows: {created} created, {updated} updated.</source>
      <translation>已导入 {n} 行：新建 {created}，更新 {updated}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="58" />
      <source>Exported {n} rows to {path}.</source>
      <translation>已导出 {n} 行到 {path}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/masterdata.py" line="77" />
      <source>Demo shop ready in {seconds} s ({steps}): {url}</source>
      <translation>演示店铺已就绪，用时 {seconds} 秒（{steps}）：{url}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="81" />
      <source>Written {path}</source>
      <translation>已生成 {path}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/printing.py" line="64" />
      <source>{text} is not a date (YYYY-MM-DD).</source>
      <translation>{text} 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="137" />
      <source>No supplier with code {code}.</source>
      <translation>没有编码为 {code} 的供应商。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="167" />
      <source>Requisition {number} raised.</source>
      <translation>已提交采购申请 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="207" />
      <source>Purchase order {number}: {total}</source>
      <translation>采购订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="215" />
      <source>{number} is now {state}.</source>
      <translation>{number} 现在是“{state}”。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="251" />
      <source>Receipt {number}: net {net}, tax {tax}, payable {gross}; order {state}.</source>
      <translation>入库单 {number}：不含税 {net}，税额 {tax}，应付 {gross}；订单{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="270" />
      <source>Return {number}: payable reduced by {gross}.</source>
      <translation>退货单 {number}：应付减少 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="310" />
      <source>Total {gross} · invoiced {invoiced} · paid {paid}</source>
      <translation>合计 {gross} · 已开票 {invoiced} · 已付款 {paid}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="327" />
      <source>{code} {name} · grade {grade} · receipts {receipts} · on time {on_time} · return rate {returns}</source>
      <translation>{code} {name} · 等级 {grade} · 入库 {receipts} 次 · 准时率 {on_time} · 退货率 {returns}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="114" />
      <source>usage: erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</source>
      <translation>用法：erp-desktop purchase {{requisition,merge,order,receive,return,suggest,list,show,supplier}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="143" />
      <source>Write lines as PRODUCT:QTY (got {text}).</source>
      <translation>行的写法为 商品:数量（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="193" />
      <source>Draft order {number}: {total}</source>
      <translation>草稿订单 {number}：{total}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="217" />
      <source>It needs approval by {who}.</source>
      <translation>需要 {who} 审批。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="280" />
      <source>Nothing to reorder.</source>
      <translation>无需补货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="313" />
      <source>Approval: {state}</source>
      <translation>审批：{state}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="123" />
      <source>{what} must be a number (got {text}).</source>
      <translation>{what}必须是数字（收到 {text}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="153" />
      <source>No usable bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有可用库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="267" />
      <source>{code} is not on receipt {number}.</source>
      <translation>{code} 不在入库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="285" />
      <source>No supplier known for {codes}; left out.</source>
      <translation>{codes} 没有已知供应商，已跳过。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="306" />
      <source>buyer</source>
      <translation>采购员</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="247" />
      <source>{code} is not on order {number}.</source>
      <translation>{code} 不在订单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="203" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="204" />
      <source>Tax rate</source>
      <translation>税率</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="299" />
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="313" />
      <source>approved</source>
      <translation>已审批</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/purchasing.py" line="313" />
      <source>waiting for {who}</source>
      <translation>等待 {who}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="123" />
      <source>Created order {number}.</source>
      <translation>已创建订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="134" />
      <source>Confirmed order {number}: awaiting delivery.</source>
      <translation>订单 {number} 已确认:待发货。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="141" />
      <source>Order {number} is now {state}.</source>
      <translation>订单 {number} 现为{state}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="162" />
      <source>Posted delivery {number}: net {net}, tax {tax}, receivable {gross}, cost {cost}.</source>
      <translation>已过账出库单 {number}:不含税 {net},税额 {tax},应收 {gross},成本 {cost}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="175" />
      <source>Posted return {number} against {delivery}.</source>
      <translation>已过账退货单 {number}(原出库单 {delivery})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="190" />
      <source>Posted exchange {number}: return {sr}, delivery {dn}, difference {amount}.</source>
      <translation>已过账换货单 {number}:退货 {sr},出库 {dn},差额 {amount}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="220" />
      <source>Created quote {number}, valid until {date}, total {gross}.</source>
      <translation>已创建报价 {number},有效期至 {date},合计 {gross}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="232" />
      <source>Quote {quote} converted to order {number}.</source>
      <translation>报价 {quote} 已转为订单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="239" />
      <source>Orders: {orders}  bought (net): {net}  (gross): {gross}  still owed: {owed}</source>
      <translation>订单数:{orders}  购买(不含税):{net}  (含税):{gross}  尚欠:{owed}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="250" />
      <source>{number}  {date}  {customer}  [{state}]</source>
      <translation>{number}  {date}  {customer}  [{state}]</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="310" />
      <source>No customer with code {code}.</source>
      <translation>没有编码为 {code} 的客户。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="113" />
      <source>usage: erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</source>
      <translation>用法:erp-desktop sales {{order,deliver,return,exchange,list,show,quote,history}} …</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="205" />
      <source>… more (use --limit)</source>
      <translation>… 还有更多(使用 --limit)</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="230" />
      <source>No quote {number}.</source>
      <translation>没有报价单 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="258" />
      <source>net {net}  tax {tax}  total {gross}  invoiced {invoiced}  receivable {receivable}  collected {collected}</source>
      <translation>不含税 {net}  税额 {tax}  合计 {gross}  已开票 {invoiced}  应收 {receivable}  已收 {collected}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="272" />
      <source>Write a line as PRODUCT:QTY (got {text}).</source>
      <translation>明细行格式为 商品:数量(输入为 {text})。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="330" />
      <source>Bin {bin} is not one bin; give --warehouse too.</source>
      <translation>库位 {bin} 不唯一;请同时指定 --warehouse。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="339" />
      <source>{code} is not on delivery {number}.</source>
      <translation>{code} 不在出库单 {number} 上。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="253" />
      <source>SHORTAGE (available {qty})</source>
      <translation>缺货(可用 {qty})</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="286" />
      <source>Not a number: {text}</source>
      <translation>不是数字:{text}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="323" />
      <source>No bin {bin} in warehouse {warehouse}.</source>
      <translation>仓库 {warehouse} 中没有库位 {bin}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="157" />
      <source>{code} has nothing open on order {number}.</source>
      <translation>{code} 在订单 {number} 上没有未发货数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sales.py" line="254" />
      <source>ordered {ordered} delivered {delivered} returned {returned} exchanged {exchanged} open {open}</source>
      <translation>订购 {ordered} 已出库 {delivered} 已退 {returned} 已换 {exchanged} 未发 {open}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="37" />
      <source>Server: {server}</source>
      <translation>服务器：{server}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="38" />
      <source>Series: {series}</source>
      <translation>编号序列：{series}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="39" />
      <source>Last sync: {time}</source>
      <translation>上次同步：{time}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="40" />
      <source>Pending changes: {count}</source>
      <translation>待发送变更：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="41" />
      <source>Conflicts to review: {count}</source>
      <translation>待处理冲突：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="42" />
      <source>Alerts: {count}</source>
      <translation>警告：{count}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="67" />
      <source>Sync done in {seconds:.1f} s: {pulled} received, {pushed} sent, {conflicts} conflicts.</source>
      <translation>同步完成，用时 {seconds:.1f} 秒：接收 {pulled} 条，发送 {pushed} 条，冲突 {conflicts} 个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="35" />
      <source>Online mode: this PC works straight on {server}.</source>
      <translation>在线模式：本机直接使用 {server}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="44" />
      <source>Last error: {error}</source>
      <translation>上次错误：{error}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="57" />
      <source>Rebuilt stock balances, costs and open items; {count} negative balances.</source>
      <translation>已重建库存余额、成本和往来未清项；{count} 个负库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="62" />
      <source>The shared database now has this program's schema.</source>
      <translation>共享数据库已升级为本程序的结构。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="66" />
      <source>This PC joined the shop on the shared database.</source>
      <translation>本机已加入共享数据库中的店铺。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="70" />
      <source>ALERT: {message}</source>
      <translation>警告：{message}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="90" />
      <source>Restored; the next sync sends it to the other PCs.</source>
      <translation>已恢复；下次同步时会发送到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="97" />
      <source>No conflicts.</source>
      <translation>没有冲突。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="107" />
      <source>No alerts.</source>
      <translation>没有警告。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="37" />
      <source>not set up</source>
      <translation>未设置</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="39" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/commands/sync.py" line="99" />
      <source>lost</source>
      <translation>被覆盖</translation>
    </message>
  </context>
</TS>
