<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/ledger/bundles.py" line="123" />
      <source>Line {line}, bundle {kit}, component {code} {name}</source>
      <translation>第 {line} 行，套装 {kit}，组件 {code} {name}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/bundles.py" line="109" />
      <source>Line {line}: {code} is not a component of bundle {kit}.</source>
      <translation>第 {line} 行：{code} 不是套装 {kit} 的组件。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="58" />
      <source>Stock balances equal the sum of moves</source>
      <translation>库存余额等于出入库流水合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="90" />
      <source>Stock value equals the sum of move values</source>
      <translation>库存金额等于出入库金额合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="101" />
      <source>Every journal entry balances</source>
      <translation>每张凭证借贷平衡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="115" />
      <source>Every journal entry has a voucher number of its month</source>
      <translation>每张凭证都有其所属月份的凭证号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="141" />
      <source>Receivables and payables equal their control accounts</source>
      <translation>应收应付明细等于总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="154" />
      <source>Stock value equals the inventory account</source>
      <translation>库存金额等于库存商品科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="166" />
      <source>Database integrity</source>
      <translation>数据库完整性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="197" />
      <source>Allocations equal the allocation rows</source>
      <translation>往来核销额等于核销记录合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="221" />
      <source>Cash and bank balances equal their moves and accounts</source>
      <translation>资金账户余额等于流水及科目余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="248" />
      <source>Nothing posted into a closed month</source>
      <translation>已结账月份无新记账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="323" />
      <source>Stock per lot and serial equals its moves</source>
      <translation>批次与序列号库存等于其流水合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="383" />
      <source>FIFO cost layers equal stock on hand and its value</source>
      <translation>先进先出成本层等于库存数量和金额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="133" />
      <source>before the shop's opening date {opened}</source>
      <translation>早于本店开业日期 {opened}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="154" />
      <source>The date {date} is {why}. Is it really meant? Post it with this date?</source>
      <translation>日期 {date} {why}。确定是这个日期吗？仍按此日期过账？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="135" />
      <source>more than {years} years back</source>
      <translation>早于 {years} 年以前</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="137" />
      <source>more than a year ahead</source>
      <translation>晚于一年以后</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="140" />
      <source>The date {date} is {why}; this shop's settings do not allow such dates (allowed: {low} to {high}).</source>
      <translation>日期 {date} {why}；本店设置不允许这样的日期（允许范围：{low} 至 {high}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="163" />
      <source>Account {code} has sub-accounts; post to one of them instead.</source>
      <translation>科目 {code} 有下级科目，请记入明细科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="111" />
      <source>{date} falls in a closed period (closed through {year}-{month:02d}). Post it into an open month.</source>
      <translation>{date} 属于已结账期间（已结账至 {year}-{month:02d}），请过账到未结账的月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="241" />
      <source>The journal entry does not balance: debit {debit}, credit {credit}.</source>
      <translation>凭证借贷不平：借方 {debit}，贷方 {credit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="429" />
      <source>Not enough of lot {lot} of {code} {name} in {where}: on hand {on_hand}, requested {requested}.</source>
      <translation>{where} 中 {code} {name} 批次 {lot} 库存不足：结存 {on_hand}，需要 {requested}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="451" />
      <source>Lot {lot} of {code} {name} expired on {date}.</source>
      <translation>{code} {name} 批次 {lot} 已于 {date} 过期。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="502" />
      <source>serial number</source>
      <translation>序列号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="502" />
      <source>lot number</source>
      <translation>批号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="328" />
      <source>{line}: scan the serial number of each unit.</source>
      <translation>{line}：请扫描每一件的序列号。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="332" />
      <source>{line}: enter the lot number (and its date) of what comes in.</source>
      <translation>{line}：请录入入库商品的批号（及其日期）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="420" />
      <source>Serial {serial} of {code} {name} is not in stock in {where}.</source>
      <translation>{code} {name} 的序列号 {serial} 不在 {where}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="504" />
      <source>{line}: enter the {what}.</source>
      <translation>{line}：请录入{what}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="507" />
      <source>{line}: the {what} is longer than 64 characters.</source>
      <translation>{line}：{what}超过 64 个字符。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="527" />
      <source>{line}: lot {lot} expires ({expiry}) before it was made ({production}).</source>
      <translation>{line}：批次 {lot} 的有效期（{expiry}）早于生产日期（{production}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="612" />
      <source>Line {line}: there is no lot or serial {number} of this product.</source>
      <translation>第 {line} 行：该商品没有批次或序列号 {number}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="703" />
      <source>Line {line}: more comes back than the lots that went out on it.</source>
      <translation>第 {line} 行：退回数量超过该行出库的批次数量。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="741" />
      <source>{line}: {count} serial numbers entered for {qty} units; scan one per unit.</source>
      <translation>{line}：{qty} 件录入了 {count} 个序列号；请每件扫描一个。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="748" />
      <source>{line}: the lots add up to {lots}, the line says {qty}.</source>
      <translation>{line}：各批次合计 {lots}，而本行数量为 {qty}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="350" />
      <source>{line}: no lot of it is in stock at that bin to take {qty} from.</source>
      <translation>{line}：该库位没有可出 {qty} 的批次库存。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="401" />
      <source>Serial {serial} of {code} {name} is already in stock.</source>
      <translation>{code} {name} 的序列号 {serial} 已在库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="442" />
      <source>Post anyway?</source>
      <translation>仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="459" />
      <source>The shop's settings forbid selling expired lots.</source>
      <translation>本店设置禁止销售过期批次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="461" />
      <source>Sell it anyway?</source>
      <translation>仍要销售吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="513" />
      <source>{line}: lot {lot} needs its production date or its expiry date (shelf life {days} days).</source>
      <translation>{line}：批次 {lot} 需要生产日期或有效期（保质期 {days} 天）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="593" />
      <source>Line {line}: serial {serial} is entered twice.</source>
      <translation>第 {line} 行：序列号 {serial} 录入了两次。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="761" />
      <source>{line}: serial {serial} is not in stock at that bin.</source>
      <translation>{line}：序列号 {serial} 不在该库位的库存中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="770" />
      <source>{line}: serial {serial} is already in stock.</source>
      <translation>{line}：序列号 {serial} 已在库存中。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="269" />
      <source>{line}: that lot is not a lot of this product.</source>
      <translation>{line}：该批次不属于此商品。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="273" />
      <source>{line}: serial {serial} stands for one unit (got {qty}).</source>
      <translation>{line}：序列号 {serial} 只代表一件（收到 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="311" />
      <source>{line}: a lot's quantity must be greater than zero.</source>
      <translation>{line}：批次数量必须大于零。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="545" />
      <source>{line}: lot {lot} is already known with {field} {date}.</source>
      <translation>{line}：批次 {lot} 已登记，其 {field} 为 {date}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/lots.py" line="684" />
      <source>Line {line}: {number} did not go out on the original line (or has come back already).</source>
      <translation>第 {line} 行：{number} 不是原单该行出库的（或已退回）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="573" />
      <source>Not enough stock of {code} {name} in {where}: on hand {on_hand}, requested {requested}.</source>
      <translation>{where} 的 {code} {name} 库存不足：现有 {on_hand}，需要 {requested}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="545" />
      <source>Quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>数量必须大于零且最多 3 位小数（输入为 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="558" />
      <source>Warehouse {name} is inactive.</source>
      <translation>仓库 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="561" />
      <source>Bin {where} is frozen; no stock can move in or out.</source>
      <translation>库位 {where} 已冻结，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="564" />
      <source>Bin {where} is marked full.</source>
      <translation>库位 {where} 已满。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="596" />
      <source>Bin {where} holds {total} of capacity {capacity}; adding {qty} exceeds it. Post anyway?</source>
      <translation>库位 {where} 已存 {total}，容量 {capacity}，再放入 {qty} 将超出容量。仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="618" />
      <source>A movement's value cannot be negative.</source>
      <translation>出入库金额不能为负。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="82" />
      <source>The database is missing its reference data; run 'erp-desktop init'.</source>
      <translation>数据库缺少基础数据，请运行 'erp-desktop init'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="145" />
      <source>A movement needs two different locations.</source>
      <translation>出入库必须在两个不同的库位之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="323" />
      <source>Product {code} {name} is inactive and cannot be moved.</source>
      <translation>商品 {code} {name} 已停用，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="331" />
      <source>Unknown location.</source>
      <translation>库位不存在。</translation>
    </message>
  </context>
</TS>
