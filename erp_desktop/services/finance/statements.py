"""Statutory statements in the 小企业会计准则 layouts: 资产负债表 (会小企01表: 期末余额 / 年初余额,
with 行次), 利润表 (会小企02表: 本月金额 / 本年累计金额) and 现金流量表 (会小企03表) from the money
documents classified by kind.

One table per statement maps each line to accounts by **code prefix** (a sub-account the owner adds
under 5602 lands on 管理费用's line by itself). An account no prefix claims falls on its kind's
catch-all line (其他流动资产, 其他流动负债, 未分配利润; 营业外收入 / 管理费用), so every balance is on
the sheet and 资产总计 = 负债和所有者权益总计 holds whenever the journal balances — the statement
shows the check. Income and expense balances not yet carried forward count in 未分配利润.

The income statement leaves the carry-forward vouchers out (they move the result into 本年利润);
its 净利润 equals the profit report of the same period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, AccountKind, JournalEntry, JournalLine
from erp_desktop.models.payments import MoneyMove, MoneyTxn, MoneyTxnKind
from erp_desktop.services.finance.books import month_end
from erp_desktop.services.finance.queries import CARRY_FORWARD
from erp_desktop.services.finance.reporting import Report
from erp_desktop.storage.uow import UnitOfWork

ZERO_00 = Decimal("0.00")

# A line: (行次, label, prefixes, formula). ``prefixes`` claim accounts; ``formula`` is a tuple of
# (行次, sign) summing other lines; a line with neither is a detail line shown empty. "*" marks the
# kind's catch-all. A leading "-" on a prefix subtracts it (减：累计折旧 is shown on its own line).
Line = tuple[int, str, tuple[str, ...], tuple[tuple[int, int], ...]]

ASSET_LINES: tuple[Line, ...] = (
    (1, "货币资金", ("1001", "1002", "1012"), ()),
    (2, "短期投资", ("1101",), ()),
    (3, "应收票据", ("1121",), ()),
    (4, "应收账款", ("1122",), ()),
    (5, "预付账款", ("1123",), ()),
    (6, "应收股利", ("1131",), ()),
    (7, "应收利息", ("1132",), ()),
    (8, "其他应收款", ("1221",), ()),
    (9, "存货", ("1401", "1402", "1403", "1404", "1405", "1407", "1408", "1411", "1421", "4001", "4401", "4403"), ()),
    (10, "　其中：原材料", (), ()),
    (11, "　　　　在产品", (), ()),
    (12, "　　　　库存商品", (), ()),
    (13, "　　　　周转材料", (), ()),
    (14, "其他流动资产", ("1901", "*"), ()),
    (15, "流动资产合计", (), ((1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1), (14, 1))),
    (16, "长期债券投资", ("1501",), ()),
    (17, "长期股权投资", ("1511",), ()),
    (18, "固定资产原价", ("1601",), ()),
    (19, "减：累计折旧", ("-1602",), ()),
    (20, "固定资产账面价值", (), ((18, 1), (19, -1))),
    (21, "在建工程", ("1604",), ()),
    (22, "工程物资", ("1605",), ()),
    (23, "固定资产清理", ("1606",), ()),
    (24, "生产性生物资产", ("1621", "1622"), ()),
    (25, "无形资产", ("1701", "1702"), ()),
    (26, "开发支出", ("4301",), ()),
    (27, "长期待摊费用", ("1801",), ()),
    (28, "其他非流动资产", (), ()),
    (
        29,
        "非流动资产合计",
        (),
        ((16, 1), (17, 1), (20, 1), (21, 1), (22, 1), (23, 1), (24, 1), (25, 1), (26, 1), (27, 1), (28, 1)),
    ),
    (30, "资产总计", (), ((15, 1), (29, 1))),
)
EQUITY_LINES: tuple[Line, ...] = (
    (31, "短期借款", ("2001",), ()),
    (32, "应付票据", ("2201",), ()),
    (33, "应付账款", ("2202",), ()),
    (34, "预收账款", ("2203",), ()),
    (35, "应付职工薪酬", ("2211",), ()),
    (36, "应交税费", ("2221",), ()),
    (37, "应付利息", ("2231",), ()),
    (38, "应付利润", ("2232",), ()),
    (39, "其他应付款", ("2241",), ()),
    (40, "其他流动负债", ("*L",), ()),
    (41, "流动负债合计", (), tuple((n, 1) for n in range(31, 41))),
    (42, "长期借款", ("2501",), ()),
    (43, "长期应付款", ("2701",), ()),
    (44, "递延收益", ("2401",), ()),
    (45, "其他非流动负债", (), ()),
    (46, "非流动负债合计", (), ((42, 1), (43, 1), (44, 1), (45, 1))),
    (47, "负债合计", (), ((41, 1), (46, 1))),
    (48, "实收资本（或股本）", ("3001",), ()),
    (49, "资本公积", ("3002",), ()),
    (50, "盈余公积", ("3101",), ()),
    (51, "未分配利润", ("3103", "3104", "*E", "*P"), ()),
    (52, "所有者权益（或股东权益）合计", (), ((48, 1), (49, 1), (50, 1), (51, 1))),
    (53, "负债和所有者权益（或股东权益）总计", (), ((47, 1), (52, 1))),
)
INCOME_LINES: tuple[Line, ...] = (
    (1, "一、营业收入", ("5001", "5051"), ()),
    (2, "减：营业成本", ("5401", "5402"), ()),
    (3, "税金及附加", ("5403",), ()),
    (4, "　其中：消费税", (), ()),
    (5, "　　　　城市维护建设税", (), ()),
    (6, "　　　　资源税", (), ()),
    (7, "　　　　土地增值税", (), ()),
    (8, "　　　　城镇土地使用税、房产税、车船税、印花税", (), ()),
    (9, "　　　　教育费附加、矿产资源补偿费、排污费", (), ()),
    (11, "销售费用", ("5601",), ()),
    (12, "　其中：商品维修费", (), ()),
    (13, "　　　　广告费和业务宣传费", (), ()),
    (14, "管理费用", ("5602", "*X"), ()),
    (15, "　其中：开办费", (), ()),
    (16, "　　　　业务招待费", (), ()),
    (17, "　　　　研究费用", (), ()),
    (18, "财务费用", ("5603",), ()),
    (19, "　其中：利息费用（收入以“-”号填列）", (), ()),
    (20, "加：投资收益（损失以“-”号填列）", ("5111",), ()),
    (21, "二、营业利润（亏损以“-”号填列）", (), ((1, 1), (2, -1), (3, -1), (11, -1), (14, -1), (18, -1), (20, 1))),
    (22, "加：营业外收入", ("5301", "*R"), ()),
    (23, "　其中：政府补助", (), ()),
    (24, "减：营业外支出", ("5711",), ()),
    (25, "　其中：坏账损失", (), ()),
    (30, "三、利润总额（亏损总额以“-”号填列）", (), ((21, 1), (22, 1), (24, -1))),
    (31, "减：所得税费用", ("5801",), ()),
    (32, "四、净利润（净亏损以“-”号填列）", (), ((30, 1), (31, -1))),
)
# 现金流量表: (行次, label, formula); the flows themselves come from ``_cash_line``
CASH_LINES: tuple[tuple[int, str, tuple[tuple[int, int], ...]], ...] = (
    (0, "一、经营活动产生的现金流量：", ()),
    (1, "销售产成品、商品、提供劳务收到的现金", ()),
    (2, "收到其他与经营活动有关的现金", ()),
    (3, "购买原材料、商品、接受劳务支付的现金", ()),
    (4, "支付的职工薪酬", ()),
    (5, "支付的税费", ()),
    (6, "支付其他与经营活动有关的现金", ()),
    (7, "经营活动产生的现金流量净额", ((1, 1), (2, 1), (3, -1), (4, -1), (5, -1), (6, -1))),
    (0, "二、投资活动产生的现金流量：", ()),
    (8, "收回短期投资、长期债券投资和长期股权投资收到的现金", ()),
    (9, "取得投资收益收到的现金", ()),
    (10, "处置固定资产、无形资产和其他非流动资产收回的现金净额", ()),
    (11, "短期投资、长期债券投资和长期股权投资支付的现金", ()),
    (12, "购建固定资产、无形资产和其他非流动资产支付的现金", ()),
    (13, "投资活动产生的现金流量净额", ((8, 1), (9, 1), (10, 1), (11, -1), (12, -1))),
    (0, "三、筹资活动产生的现金流量：", ()),
    (14, "取得借款收到的现金", ()),
    (15, "吸收投资者投资收到的现金", ()),
    (16, "偿还借款本金支付的现金", ()),
    (17, "偿还借款利息支付的现金", ()),
    (18, "分配利润支付的现金", ()),
    (19, "筹资活动产生的现金流量净额", ((14, 1), (15, 1), (16, -1), (17, -1), (18, -1))),
    (20, "四、现金净增加额", ((7, 1), (13, 1), (19, 1))),
    (21, "加：期初现金余额", ()),
    (22, "五、期末现金余额", ((20, 1), (21, 1))),
)
# counter account prefix of other income / expense → (line if money came in, line if it went out)
CASH_BY_COUNTER: tuple[tuple[str, int, int], ...] = (
    ("2211", 2, 4),
    ("2221", 2, 5),
    ("5403", 2, 5),
    ("5801", 2, 5),
    ("2001", 14, 16),
    ("2501", 14, 16),
    ("2231", 2, 17),
    ("3001", 15, 18),
    ("3002", 15, 18),
    ("2232", 15, 18),
    ("3104", 15, 18),
    ("1101", 8, 11),
    ("1501", 8, 11),
    ("1511", 8, 11),
    ("5111", 9, 11),
    ("1601", 10, 12),
    ("1604", 10, 12),
    ("1701", 10, 12),
)


@dataclass(frozen=True)
class FinancialLine:
    row: int  # 行次 (0: a heading)
    label: str
    first: Decimal | None  # 期末余额 / 本月金额 / 本期金额
    second: Decimal | None  # 年初余额 / 本年累计金额 / 本年累计金额
    total: bool = False


@dataclass(frozen=True)
class FinancialStatement:
    kind: str  # balance_sheet | income | cash_flow
    title: str
    year: int
    month: int
    columns: tuple[str, str]
    lines: tuple[FinancialLine, ...]  # balance sheet: the asset lines, then the liability/equity lines
    checks: tuple[tuple[str, bool], ...]  # (what, holds)

    def value(self, row: int, column: int = 0) -> Decimal:
        for line in self.lines:
            if line.row == row:
                got = line.first if column == 0 else line.second
                return got if got is not None else ZERO_00
        raise KeyError(row)

    @property
    def balanced(self) -> bool:
        return all(ok for _what, ok in self.checks)

    def as_report(self) -> Report:
        label = f"{self.year}-{self.month:02d}"
        notes = tuple(f"{what}: {tr('holds') if ok else tr('DOES NOT HOLD')}" for what, ok in self.checks)
        subtitle = tr("{month}, amounts in yuan", month=label)
        if self.kind == "balance_sheet":  # the standard's layout: assets left, liabilities and equity right
            left = [l for l in self.lines if l.row <= 30]
            right = [l for l in self.lines if l.row > 30]
            rows = []
            bold = []
            for i in range(max(len(left), len(right))):
                a = left[i] if i < len(left) else None
                b = right[i] if i < len(right) else None
                rows.append(
                    (
                        a.label if a else "",
                        a.row if a else "",
                        a.first if a else None,
                        a.second if a else None,
                        b.label if b else "",
                        b.row if b else "",
                        b.first if b else None,
                        b.second if b else None,
                    )
                )
                if (a and a.total) or (b and b.total):
                    bold.append(i)
            return Report(
                title=self.title,
                subtitle=subtitle,
                headers=(
                    tr("Assets"),
                    tr("Line"),
                    *self.columns,
                    tr("Liabilities and owners' equity"),
                    tr("Line"),
                    *self.columns,
                ),
                rows=tuple(rows),
                widths=(3.2, 0.6, 1.5, 1.5, 3.6, 0.6, 1.5, 1.5),
                numeric_from=1,
                bold_rows=tuple(bold),
                notes=notes,
                landscape=True,
            )
        return Report(
            title=self.title,
            subtitle=subtitle,
            headers=(tr("Item"), tr("Line"), *self.columns),
            rows=tuple((l.label, l.row or "", l.first, l.second) for l in self.lines),
            widths=(5, 0.7, 1.6, 1.6),
            numeric_from=1,
            bold_rows=tuple(i for i, l in enumerate(self.lines) if l.total),
            notes=notes,
        )


def _net_by_account(tx: Session, start: date | None, end: date, *, without_carry_forward: bool) -> dict[str, Decimal]:
    stmt = select(JournalLine.account_code, sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(
        JournalLine.on <= end
    )
    if start is not None:
        stmt = stmt.where(JournalLine.on >= start)
    if without_carry_forward:
        stmt = stmt.join(JournalEntry, JournalEntry.id == JournalLine.entry_id).where(
            JournalEntry.doc_type != CARRY_FORWARD
        )
    return {c: d - k for c, d, k in tx.execute(stmt.group_by(JournalLine.account_code))}


def _claim(lines: Sequence[Line], code: str) -> tuple[int, int] | None:
    """(行次, sign) of the line whose longest prefix claims ``code``."""
    best: tuple[int, int, int] | None = None
    for row, _label, prefixes, _formula in lines:
        for p in prefixes:
            sign = -1 if p.startswith("-") else 1
            p = p.lstrip("-")
            if p.startswith("*"):
                continue
            if code.replace(".", "").startswith(p) and (best is None or len(p) > best[2]):
                best = (row, sign, len(p))
    return (best[0], best[1]) if best else None


def _catch_all(lines: Sequence[Line], mark: str) -> int:
    for row, _label, prefixes, _formula in lines:
        if mark in prefixes:
            return row
    raise KeyError(mark)


def _fill(lines: Sequence[Line], values: dict[int, Decimal]) -> dict[int, Decimal | None]:
    out: dict[int, Decimal | None] = {}
    for row, _label, prefixes, formula in lines:
        if formula:
            out[row] = sum((sign * (out.get(r) or ZERO_00) for r, sign in formula), ZERO_00)
        elif prefixes:
            out[row] = values.get(row, ZERO_00)
        else:
            out[row] = values.get(row)
    return out


# --- 资产负债表 ----------------------------------------------------------------------------------------------
def _balance_values(tx: Session, kinds: dict[str, str], through: date) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    assets: dict[int, Decimal] = {}
    equity: dict[int, Decimal] = {}
    for code, net in _net_by_account(tx, None, through, without_carry_forward=False).items():
        if net == ZERO_00:
            continue
        kind = kinds.get(code, AccountKind.ASSET.value)
        if kind == AccountKind.ASSET.value:
            claim = _claim(ASSET_LINES, code)
            row, sign = claim if claim else (_catch_all(ASSET_LINES, "*"), 1)
            # a 减： line (累计折旧) shows its credit balance as a positive figure
            assets[row] = assets.get(row, ZERO_00) + (net if sign > 0 else -net)
        else:
            claim = _claim(EQUITY_LINES, code)
            if claim is None:
                mark = {"liability": "*L", "equity": "*E"}.get(kind, "*P")
                claim = (_catch_all(EQUITY_LINES, mark), 1)
            equity[claim[0]] = equity.get(claim[0], ZERO_00) - net
    return assets, equity


def balance_sheet_tx(tx: Session, year: int, month: int) -> FinancialStatement:
    kinds = dict(tx.execute(select(Account.code, Account.kind)).all())
    end = month_end(year, month)
    begin = date(year - 1, 12, 31)
    columns = []
    for through in (end, begin):
        assets, equity = _balance_values(tx, kinds, through)
        columns.append((_fill(ASSET_LINES, assets), _fill(EQUITY_LINES, equity)))
    lines = []
    for table, index in ((ASSET_LINES, 0), (EQUITY_LINES, 1)):
        for row, label, _prefixes, formula in table:
            lines.append(FinancialLine(row, label, columns[0][index][row], columns[1][index][row], total=bool(formula)))
    checks = tuple(
        (
            tr(
                "Total assets {assets} = total liabilities and equity {equity} ({column})",
                assets=f"{a[30]:,.2f}",
                equity=f"{e[53]:,.2f}",
                column=name,
            ),
            a[30] == e[53],
        )
        for (a, e), name in zip(columns, (tr("closing"), tr("beginning of year")))
    )
    return FinancialStatement(
        "balance_sheet",
        tr("Balance sheet (资产负债表)"),
        year,
        month,
        (tr("Closing balance"), tr("Beginning of year")),
        tuple(lines),
        checks,
    )


def balance_sheet(uow: UnitOfWork, year: int, month: int) -> FinancialStatement:
    """资产负债表 at the end of a month, with the beginning of the year beside it."""
    with uow.read() as tx:
        return balance_sheet_tx(tx, year, month)


# --- 利润表 --------------------------------------------------------------------------------------------------
def _income_values(tx: Session, kinds: dict[str, str], start: date, end: date) -> dict[int, Decimal]:
    values: dict[int, Decimal] = {}
    for code, net in _net_by_account(tx, start, end, without_carry_forward=True).items():
        kind = kinds.get(code)
        if kind not in (AccountKind.REVENUE.value, AccountKind.EXPENSE.value) or net == ZERO_00:
            continue
        claim = _claim(INCOME_LINES, code)
        row = claim[0] if claim else _catch_all(INCOME_LINES, "*R" if kind == AccountKind.REVENUE.value else "*X")
        row_kind_revenue = row in (1, 20, 22)
        values[row] = values.get(row, ZERO_00) + (-net if row_kind_revenue else net)
    return values


def income_statement_tx(tx: Session, year: int, month: int) -> FinancialStatement:
    kinds = dict(tx.execute(select(Account.code, Account.kind)).all())
    end = month_end(year, month)
    month_values = _fill(INCOME_LINES, _income_values(tx, kinds, date(year, month, 1), end))
    year_values = _fill(INCOME_LINES, _income_values(tx, kinds, date(year, 1, 1), end))
    lines = tuple(
        FinancialLine(row, label, month_values[row], year_values[row], total=bool(formula))
        for row, label, _p, formula in INCOME_LINES
    )
    return FinancialStatement(
        "income", tr("Income statement (利润表)"), year, month, (tr("This month"), tr("Year to date")), lines, ()
    )


def income_statement(uow: UnitOfWork, year: int, month: int) -> FinancialStatement:
    """利润表 for a month and the year to its end (carry-forward vouchers left out)."""
    with uow.read() as tx:
        return income_statement_tx(tx, year, month)


# --- 现金流量表 ----------------------------------------------------------------------------------------------
def _cash_line(kind: str, counter: str, amount: Decimal) -> int:
    if kind == MoneyTxnKind.RECEIPT.value:
        return 1
    if kind == MoneyTxnKind.PAYMENT.value:
        return 3
    for prefix, inflow, outflow in CASH_BY_COUNTER:
        if counter.replace(".", "").startswith(prefix):
            return inflow if amount > 0 else outflow
    return 2 if amount > 0 else 6


def _cash_values(tx: Session, start: date, end: date) -> dict[int, Decimal]:
    rows = tx.execute(
        select(MoneyTxn.kind, MoneyTxn.counter_account, MoneyMove.amount)
        .join(MoneyTxn, MoneyTxn.id == MoneyMove.txn_id)
        .where(MoneyMove.on >= start, MoneyMove.on <= end)
    ).all()
    values: dict[int, Decimal] = {}
    opening_in_period = ZERO_00
    for kind, counter, amount in rows:
        if kind == MoneyTxnKind.TRANSFER.value:
            continue  # between our own money accounts: no flow
        if kind == MoneyTxnKind.OPENING.value:
            opening_in_period += amount  # an opening balance is where the money starts, not a flow
            continue
        line = _cash_line(kind, counter or "", amount)
        inflow_line = line in (1, 2, 8, 9, 10, 14, 15)
        values[line] = values.get(line, ZERO_00) + (amount if inflow_line else -amount)
    before = tx.execute(select(sum_of(MoneyMove.amount)).where(MoneyMove.on < start)).scalar_one()
    values[21] = before + opening_in_period
    return values


def _fill_cash(values: dict[int, Decimal]) -> dict[int, Decimal | None]:
    out: dict[int, Decimal | None] = {}
    for row, _label, formula in CASH_LINES:
        if row == 0:
            continue
        out[row] = (
            sum((sign * (out.get(r) or ZERO_00) for r, sign in formula), ZERO_00)
            if formula
            else values.get(row, ZERO_00)
        )
    return out


def cash_flow_tx(tx: Session, year: int, month: int) -> FinancialStatement:
    end = month_end(year, month)
    month_values = _fill_cash(_cash_values(tx, date(year, month, 1), end))
    year_values = _fill_cash(_cash_values(tx, date(year, 1, 1), end))
    closing = tx.execute(select(sum_of(MoneyMove.amount)).where(MoneyMove.on <= end)).scalar_one()
    lines = tuple(
        FinancialLine(
            row, label, month_values.get(row) if row else None, year_values.get(row) if row else None, bool(formula)
        )
        for row, label, formula in CASH_LINES
    )
    checks = (
        (
            tr(
                "Closing cash {cash} = the money accounts' balance {books}",
                cash=f"{month_values[22]:,.2f}",
                books=f"{closing:,.2f}",
            ),
            month_values[22] == closing and year_values[22] == closing,
        ),
    )
    return FinancialStatement(
        "cash_flow",
        tr("Cash flow statement (现金流量表)"),
        year,
        month,
        (tr("This month"), tr("Year to date")),
        lines,
        checks,
    )


def cash_flow(uow: UnitOfWork, year: int, month: int) -> FinancialStatement:
    """现金流量表 for a month and the year to its end, from the money documents by kind."""
    with uow.read() as tx:
        return cash_flow_tx(tx, year, month)
