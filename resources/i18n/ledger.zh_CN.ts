<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>erp</name>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="56" />
      <source>Stock balances equal the sum of moves</source>
      <translation>库存余额等于出入库流水合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="86" />
      <source>Stock value equals the sum of move values</source>
      <translation>库存金额等于出入库金额合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="97" />
      <source>Every journal entry balances</source>
      <translation>每张凭证借贷平衡</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="111" />
      <source>Every journal entry has a voucher number of its month</source>
      <translation>每张凭证都有其所属月份的凭证号</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="138" />
      <source>Receivables and payables equal their control accounts</source>
      <translation>应收应付明细等于总账科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="151" />
      <source>Stock value equals the inventory account</source>
      <translation>库存金额等于库存商品科目</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="163" />
      <source>Database integrity</source>
      <translation>数据库完整性</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="206" />
      <source>Allocations equal the allocation rows</source>
      <translation>往来核销额等于核销记录合计</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="232" />
      <source>Cash and bank balances equal their moves and accounts</source>
      <translation>资金账户余额等于流水及科目余额</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/checks.py" line="259" />
      <source>Nothing posted into a closed month</source>
      <translation>已结账月份无新记账</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="107" />
      <source>before the shop's opening date {opened}</source>
      <translation>早于本店开业日期 {opened}</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="128" />
      <source>The date {date} is {why}. Is it really meant? Post it with this date?</source>
      <translation>日期 {date} {why}。确定是这个日期吗？仍按此日期过账？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="109" />
      <source>more than {years} years back</source>
      <translation>早于 {years} 年以前</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="111" />
      <source>more than a year ahead</source>
      <translation>晚于一年以后</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/dates.py" line="114" />
      <source>The date {date} is {why}; this shop's settings do not allow such dates (allowed: {low} to {high}).</source>
      <translation>日期 {date} {why}；本店设置不允许这样的日期（允许范围：{low} 至 {high}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="76" />
      <source>{date} falls in a closed period (closed through {year}-{month:02d}). Post it into an open month.</source>
      <translation>{date} 属于已结账期间（已结账至 {year}-{month:02d}），请过账到未结账的月份。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="111" />
      <source>Account {code} has sub-accounts; post to one of them instead.</source>
      <translation>科目 {code} 有下级科目，请记入明细科目。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/journal.py" line="165" />
      <source>The journal entry does not balance: debit {debit}, credit {credit}.</source>
      <translation>凭证借贷不平：借方 {debit}，贷方 {credit}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="479" />
      <source>Not enough stock of {code} {name} in {where}: on hand {on_hand}, requested {requested}.</source>
      <translation>{where} 的 {code} {name} 库存不足：现有 {on_hand}，需要 {requested}。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="451" />
      <source>Quantity must be greater than zero with at most 3 decimals (got {qty}).</source>
      <translation>数量必须大于零且最多 3 位小数（输入为 {qty}）。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="464" />
      <source>Warehouse {name} is inactive.</source>
      <translation>仓库 {name} 已停用。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="467" />
      <source>Bin {where} is frozen; no stock can move in or out.</source>
      <translation>库位 {where} 已冻结，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="470" />
      <source>Bin {where} is marked full.</source>
      <translation>库位 {where} 已满。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="502" />
      <source>Bin {where} holds {total} of capacity {capacity}; adding {qty} exceeds it. Post anyway?</source>
      <translation>库位 {where} 已存 {total}，容量 {capacity}，再放入 {qty} 将超出容量。仍要过账吗？</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="524" />
      <source>A movement's value cannot be negative.</source>
      <translation>出入库金额不能为负。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="67" />
      <source>The database is missing its reference data; run 'erp-desktop init'.</source>
      <translation>数据库缺少基础数据，请运行 'erp-desktop init'。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="126" />
      <source>A movement needs two different locations.</source>
      <translation>出入库必须在两个不同的库位之间。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="257" />
      <source>Product {code} {name} is inactive and cannot be moved.</source>
      <translation>商品 {code} {name} 已停用，不能出入库。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="265" />
      <source>Unknown location.</source>
      <translation>库位不存在。</translation>
    </message>
    <message>
      <location filename="../../erp_desktop/services/ledger/stock.py" line="490" />
      <source>Post anyway?</source>
      <translation>仍要过账吗？</translation>
    </message>
  </context>
</TS>
