"""全域看板: the owner's figures on one screen, read from the same posted documents as the books.

- Sales (net revenue) of a period = Σ posted deliveries' ``net_total`` − Σ posted returns'
  ``net_total`` dated in it — exactly what the delivery/return postings credit/debit to 5001.
- Gross margin = that revenue − (Σ deliveries' ``cost_total`` − Σ returns' ``cost_total``) = 5001 − 5401.
- Receivables / payables = Σ open items (amount − allocated) = the 1122 / 2202 balances;
  overdue = the positive open remainder of items past their due date; "due soon" = due within 7 days.
- Cash and bank = Σ money account balances by kind (kept in step with their moves).
- Orders waiting to ship / purchases waiting to arrive: open sales / purchase orders.

Every figure has a small trend series (12 months, or 30 days for the daily ones) for a chart.
Aggregation is in SQL (one GROUP BY per source); buckets by day are folded into weeks/months here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.models.payments import MoneyAccount, MoneyTxn, MoneyTxnKind
from erp_desktop.models.purchasing import PurchaseOrder
from erp_desktop.models.sales import OPEN_ORDER_STATES, SalesDelivery, SalesOrder, SalesReturn
from erp_desktop.services.ledger.journal import Accounts
from erp_desktop.services.system.auth import Perm, may
from erp_desktop.storage.uow import UnitOfWork

ZERO = Decimal("0.00")
OPEN_PURCHASE_STATES = ("confirmed", "partly_received")


def _m(value: Decimal | None) -> Decimal:
    """A sum over no rows is NULL: zero (sums of scaled columns are Decimals already)."""
    return ZERO if value is None else value


def month_start(on: date) -> date:
    return on.replace(day=1)


def add_months(on: date, months: int) -> date:
    y, m = divmod(on.year * 12 + on.month - 1 + months, 12)
    return date(y, m + 1, 1)


def week_start(on: date) -> date:
    return on - timedelta(days=on.weekday())


@dataclass(frozen=True)
class Point:
    label: str  # "2026-03" or "03-10"
    value: Decimal


@dataclass(frozen=True)
class Figure:
    key: str
    title: str
    value: Decimal
    unit: str  # "money" | "count" | "percent"
    note: str  # a second line (e.g. "margin 23.4 %", "3 orders")
    tab: str  # the tab that lists what is behind the figure
    trend: tuple[Point, ...]
    chart: str = "bar"  # "bar" | "line"
    # the filters that make the list behind the figure show what it counts, as (name, value) pairs
    # (sales figures: orders with a posted delivery or return then; receipts: the money ledger then)
    drill: tuple[tuple[str, object], ...] = ()

    def drill_filters(self) -> dict[str, object]:
        return dict(self.drill)


@dataclass(frozen=True)
class Overview:
    as_of: date
    figures: tuple[Figure, ...]
    margin_rate: Decimal | None
    receivable_overdue: Decimal
    receivable_soon: Decimal
    payable_overdue: Decimal
    payable_soon: Decimal

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


@dataclass(frozen=True)
class SalesTotals:
    revenue: Decimal
    cost: Decimal

    @property
    def margin(self) -> Decimal:
        return self.revenue - self.cost

    @property
    def margin_rate(self) -> Decimal | None:
        """Gross margin ÷ revenue, rounded to 0.1 % (0.234 = 23.4 %)."""
        if not self.revenue:
            return None
        return (self.margin / self.revenue).quantize(Decimal("0.001"))


def daily_sales_tx(tx: Session, start: date, end: date) -> dict[date, tuple[Decimal, Decimal]]:
    """(revenue, cost) per day in [start, end]: deliveries minus returns, net of VAT."""
    out: dict[date, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for model, sign in ((SalesDelivery, 1), (SalesReturn, -1)):
        stmt = (
            select(model.on, func.sum(model.net_total), func.sum(model.cost_total))
            .where(model.on >= start, model.on <= end, model.state == "posted")
            .group_by(model.on)
        )
        for on, net, cost in tx.execute(stmt):
            out[on][0] += sign * _m(net)
            out[on][1] += sign * _m(cost)
    return {k: (v[0], v[1]) for k, v in out.items()}


def sales_totals_tx(tx: Session, start: date, end: date) -> SalesTotals:
    revenue = cost = ZERO
    for model, sign in ((SalesDelivery, 1), (SalesReturn, -1)):
        net, c = tx.execute(
            select(func.sum(model.net_total), func.sum(model.cost_total)).where(
                model.on >= start, model.on <= end, model.state == "posted"
            )
        ).one()
        revenue += sign * _m(net)
        cost += sign * _m(c)
    return SalesTotals(revenue, cost)


def sales_totals(uow: UnitOfWork, start: date, end: date) -> SalesTotals:
    with uow.read() as tx:
        return sales_totals_tx(tx, start, end)


def daily_receipts_tx(tx: Session, start: date, end: date) -> dict[date, Decimal]:
    """Money received from customers per day in [start, end]: receipts less their reversals."""
    out: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for reversal, sign in ((False, 1), (True, -1)):
        stmt = (
            select(MoneyTxn.on, func.sum(MoneyTxn.amount))
            .where(
                MoneyTxn.kind == MoneyTxnKind.RECEIPT.value,
                MoneyTxn.on >= start,
                MoneyTxn.on <= end,
                MoneyTxn.reversal_of_id.is_not(None) if reversal else MoneyTxn.reversal_of_id.is_(None),
            )
            .group_by(MoneyTxn.on)
        )
        for on, amount in tx.execute(stmt):
            out[on] += sign * _m(amount)
    return dict(out)


def _account_month_ends(tx: Session, codes: list[str], months: list[date], end: date, sign: int) -> list[Decimal]:
    """sign × (debit − credit) of ``codes`` at each month's end (the last one: ``end``)."""
    if not codes:
        return [ZERO for _ in months]
    first = months[0]
    before = tx.execute(
        select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
            JournalLine.account_code.in_(codes), JournalLine.on < first
        )
    ).one()
    running = _m(before[0]) - _m(before[1])
    by_day = tx.execute(
        select(JournalLine.on, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
        .where(JournalLine.account_code.in_(codes), JournalLine.on >= first, JournalLine.on <= end)
        .group_by(JournalLine.on)
    ).all()
    per_month: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for on, d, c in by_day:
        per_month[month_start(on)] += _m(d) - _m(c)
    out = []
    for m in months:
        running += per_month.get(m, ZERO)
        out.append(sign * running)
    return out


def _label_month(m: date) -> str:
    return f"{m.year}-{m.month:02d}"


def _percent(rate: Decimal | None) -> str:
    return "—" if rate is None else f"{(rate * 100).quantize(Decimal('0.1'))} %"


def overview(uow: UnitOfWork, *, as_of: date | None = None) -> Overview:
    """Every figure of the overview dashboard at ``as_of`` (today)."""
    from erp_desktop.services.inventory.queries import low_stock_count

    today = as_of or date.today()
    months = [add_months(month_start(today), k) for k in range(-11, 1)]
    with uow.read() as tx:
        see_cost = may(tx, Perm.VIEW_COST)
        see_money = see_cost or may(tx, Perm.FINANCE)
        daily = daily_sales_tx(tx, months[0], today)
        by_month: dict[date, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        for on, (rev, cost) in daily.items():
            by_month[month_start(on)][0] += rev
            by_month[month_start(on)][1] += cost
        days = [today - timedelta(days=k) for k in range(29, -1, -1)]
        weeks = [week_start(today) - timedelta(weeks=k) for k in range(11, -1, -1)]
        by_week: dict[date, Decimal] = defaultdict(lambda: ZERO)
        for on, (rev, _cost) in daily.items():
            by_week[week_start(on)] += rev
        # weeks reaching before the 12-month window
        if weeks[0] < months[0]:
            for on, (rev, _cost) in daily_sales_tx(tx, weeks[0], months[0] - timedelta(days=1)).items():
                by_week[week_start(on)] += rev

        today_rev = daily.get(today, (ZERO, ZERO))[0]
        receipts = daily_receipts_tx(tx, today - timedelta(days=29), today)
        week_rev = by_week.get(week_start(today), ZERO)
        month_rev, month_cost = by_month.get(months[-1], [ZERO, ZERO])
        month = SalesTotals(month_rev, month_cost)

        open_so = tx.execute(
            select(func.count(), func.sum(SalesOrder.net_total)).where(SalesOrder.state.in_(OPEN_ORDER_STATES))
        ).one()
        open_po = tx.execute(
            select(func.count(), func.sum(PurchaseOrder.net_total)).where(PurchaseOrder.state.in_(OPEN_PURCHASE_STATES))
        ).one()

        def open_items(kind: str) -> tuple[Decimal, Decimal, Decimal]:
            """Open total, overdue and due-within-7-days in one scan (raw scaled integers: the
            CASE arithmetic would lose the Money type)."""
            rest = OpenItem.amount - OpenItem.allocated  # Money: the scaled type survives the difference
            owed = OpenItem.amount > OpenItem.allocated
            row = tx.execute(
                select(
                    func.sum(rest),
                    func.sum(case((and_(owed, OpenItem.due < today), rest), else_=0)),
                    func.sum(
                        case(
                            (and_(owed, OpenItem.due >= today, OpenItem.due <= today + timedelta(days=7)), rest),
                            else_=0,
                        )
                    ),
                ).where(OpenItem.kind == kind)
            ).one()
            total, overdue, soon = (_m(v) for v in row)
            return total, overdue, soon

        recv_total, recv_overdue, recv_soon = open_items("receivable")
        pay_total, pay_overdue, pay_soon = open_items("payable")
        recv_trend = _account_month_ends(tx, [Accounts.RECEIVABLE], months, today, 1)
        pay_trend = _account_month_ends(tx, [Accounts.PAYABLE], months, today, -1)

        money: dict[str, Decimal] = defaultdict(lambda: ZERO)
        codes: dict[str, list[str]] = defaultdict(list)
        for kind, gl, balance in tx.execute(select(MoneyAccount.kind, MoneyAccount.gl_code, MoneyAccount.balance)):
            money[kind] += balance
            if gl not in codes[kind]:
                codes[kind].append(gl)
        cash_trend = _account_month_ends(tx, codes["cash"], months, today, 1)
        bank_trend = _account_month_ends(tx, codes["bank"], months, today, 1)

    low = low_stock_count(uow)
    mlabels = [_label_month(m) for m in months]

    def series(labels, values) -> tuple[Point, ...]:
        return tuple(Point(lbl, v) for lbl, v in zip(labels, values))

    revenue_trend = series(mlabels, [by_month.get(m, [ZERO, ZERO])[0] for m in months])
    margin_trend = series(
        mlabels, [by_month.get(m, [ZERO, ZERO])[0] - by_month.get(m, [ZERO, ZERO])[1] for m in months]
    )
    figures = (
        Figure(
            "sales_today",
            tr("Sales today (excl. tax)"),
            today_rev,
            "money",
            tr("net of VAT and returns · last 30 days"),
            "sales",
            series([f"{d.month:02d}-{d.day:02d}" for d in days], [daily.get(d, (ZERO, ZERO))[0] for d in days]),
            drill=(("shipped_from", today), ("shipped_to", today)),
        ),
        Figure(
            "receipts_today",
            tr("Received today"),
            receipts.get(today, ZERO),
            "money",
            tr("from customers, incl. tax · last 30 days"),
            "finance",
            series([f"{d.month:02d}-{d.day:02d}" for d in days], [receipts.get(d, ZERO) for d in days]),
            drill=(("date_from", today), ("date_to", today)),
        ),
        Figure(
            "sales_week",
            tr("Sales this week (excl. tax)"),
            week_rev,
            "money",
            tr("last 12 weeks"),
            "sales",
            series([f"{w.month:02d}-{w.day:02d}" for w in weeks], [by_week.get(w, ZERO) for w in weeks]),
            drill=(("shipped_from", week_start(today)), ("shipped_to", today)),
        ),
        Figure(
            "sales_month",
            tr("Sales this month (excl. tax)"),
            month_rev,
            "money",
            tr("last 12 months"),
            "sales",
            revenue_trend,
            drill=(("shipped_from", months[-1]), ("shipped_to", today)),
        ),
        Figure(
            "margin_month",
            tr("Gross margin this month"),
            month.margin,
            "money",
            tr("margin {rate}", rate=_percent(month.margin_rate)),
            "analysis",
            margin_trend,
        ),
        Figure(
            "to_ship",
            tr("Orders waiting to ship"),
            Decimal(open_so[0]),
            "count",
            tr("worth {amount}", amount=f"{_m(open_so[1]):,.2f}"),
            "sales",
            (),
            "bar",
            drill=(("state", tuple(OPEN_ORDER_STATES)),),
        ),
        Figure(
            "to_arrive",
            tr("Purchases waiting to arrive"),
            Decimal(open_po[0]),
            "count",
            tr("worth {amount}", amount=f"{_m(open_po[1]):,.2f}"),
            "purchasing",
            (),
            "bar",
        ),
        Figure(
            "receivable",
            tr("Receivables"),
            recv_total,
            "money",
            tr("overdue {overdue} · due in 7 days {soon}", overdue=f"{recv_overdue:,.2f}", soon=f"{recv_soon:,.2f}"),
            "finance",
            series(mlabels, recv_trend),
            "line",
        ),
        Figure(
            "payable",
            tr("Payables"),
            pay_total,
            "money",
            tr("overdue {overdue} · due in 7 days {soon}", overdue=f"{pay_overdue:,.2f}", soon=f"{pay_soon:,.2f}"),
            "finance",
            series(mlabels, pay_trend),
            "line",
        ),
        Figure(
            "cash",
            tr("Cash on hand"),
            money["cash"],
            "money",
            tr("cash boxes"),
            "finance",
            series(mlabels, cash_trend),
            "line",
        ),
        Figure(
            "bank",
            tr("Bank balances"),
            money["bank"],
            "money",
            tr("bank accounts"),
            "finance",
            series(mlabels, bank_trend),
            "line",
        ),
        Figure(
            "low_stock",
            tr("Low stock"),
            Decimal(low),
            "count",
            tr("products at or below their reorder point"),
            "inventory",
            (),
            "bar",
        ),
    )
    # what the acting user may not see is left out: margin (cost) without VIEW_COST; payables,
    # cash and bank without VIEW_COST or FINANCE; what open purchases are worth (cost) likewise
    hidden = set() if see_cost else {"margin_month"}
    if not see_money:
        hidden |= {"payable", "cash", "bank"}
        pay_overdue = pay_soon = ZERO
    shown = tuple(
        f if see_cost or f.key != "to_arrive" else replace(f, note="") for f in figures if f.key not in hidden
    )
    margin_rate = month.margin_rate if see_cost else None
    return Overview(today, shown, margin_rate, recv_overdue, recv_soon, pay_overdue, pay_soon)


# --- 库存统计看板 --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Slice:
    label: str
    value: Decimal


@dataclass(frozen=True)
class ProductFigure:
    product_id: object
    label: str
    qty: Decimal
    value: Decimal
    note: str = ""


@dataclass(frozen=True)
class StockOverview:
    as_of: date
    total: Decimal
    by_warehouse: tuple[Slice, ...]
    by_category: tuple[Slice, ...]
    top_movers: tuple[ProductFigure, ...]  # most units sold (net of returns) in the last 30 days
    slow_movers: tuple[ProductFigure, ...]  # in stock, nothing issued for 90+ days
    dead_stock: tuple[ProductFigure, ...]  # in stock, nothing issued for 365+ days or ever
    stock_outs: tuple[ProductFigure, ...]  # with a reorder point and nothing available
    count_variances: tuple[ProductFigure, ...]  # posted stock count adjustments in the last 90 days


def stock_overview(uow: UnitOfWork, *, as_of: date | None = None, top: int = 10) -> StockOverview:
    from erp_desktop.models.catalog import Category, Product
    from erp_desktop.models.inventory_docs import StockCount, StockCountLine
    from erp_desktop.models.sales import SalesDeliveryLine
    from erp_desktop.models.warehouse import Location
    from erp_desktop.services.inventory.queries import low_stock, slow_moving, valuation

    today = as_of or date.today()
    val = valuation(uow, with_rows=True)
    with uow.read() as tx:
        cat_of = dict(tx.execute(select(Product.id, Product.category_id)).all())
        cat_names = dict(tx.execute(select(Category.id, Category.name)).all())
        by_cat: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for row in val.rows:
            category_id = cat_of.get(row.product_id)
            by_cat[cat_names.get(category_id, tr("(none)")) if category_id else tr("(none)")] += row.value
        since = today - timedelta(days=29)
        sold: dict = defaultdict(lambda: [Decimal(0), ZERO])
        for model, line, link, sign in ((SalesDelivery, SalesDeliveryLine, SalesDeliveryLine.delivery_id, 1),):
            stmt = (
                select(line.product_id, func.sum(line.qty), func.sum(line.net))
                .join(model, model.id == link)
                .where(model.on >= since, model.on <= today)
                .group_by(line.product_id)
            )
            for pid, q, n in tx.execute(stmt):
                sold[pid][0] += sign * q
                sold[pid][1] += sign * _m(n)
        names = {}
        ids = sorted(sold, key=lambda p: -sold[p][0])[:top]
        if ids:
            names = {
                i: f"{c} {n}"
                for i, c, n in tx.execute(select(Product.id, Product.code, Product.name).where(Product.id.in_(ids)))
            }
        movers = tuple(ProductFigure(p, names.get(p, ""), sold[p][0], sold[p][1]) for p in ids)
        counts = tx.execute(
            select(
                StockCountLine.product_id,
                Product.code,
                Product.name,
                StockCount.number,
                Location.code,
                StockCountLine.adjusted_qty,
                StockCountLine.adjusted_value,
            )
            .join(StockCount, StockCount.id == StockCountLine.count_id)
            .join(Product, Product.id == StockCountLine.product_id)
            .join(Location, Location.id == StockCountLine.location_id)
            .where(
                StockCount.state == "posted",
                StockCount.on >= today - timedelta(days=90),
                StockCountLine.adjusted_qty != 0,
            )
            .order_by(StockCount.on.desc(), Product.code)
            .limit(50)
        ).all()
        # the bin with the count: a gain in the wrong bin (a product counted where it is not
        # shelved) shows as such
        variances = tuple(ProductFigure(p, f"{c} {n}", q, v, f"{num} · {b}") for p, c, n, num, b, q, v in counts)
    slow = slow_moving(uow, days=90, as_of=today)
    slow_rows = tuple(
        ProductFigure(
            r.product_id,
            f"{r.product_code} {r.product_name}",
            r.qty,
            r.value,
            tr("{days} days idle", days=r.days_idle) if r.days_idle is not None else tr("never issued"),
        )
        for r in slow
    )
    dead = tuple(r for r, s in zip(slow_rows, slow) if s.days_idle is None or s.days_idle >= 365)
    outs = tuple(
        ProductFigure(r.product_id, f"{r.product_code} {r.product_name}", r.available, ZERO, "")
        for r in low_stock(uow)
        if r.available <= 0
    )
    return StockOverview(
        today,
        val.total,
        tuple(Slice(w.warehouse_name, w.value) for w in val.warehouses),
        tuple(Slice(k, v) for k, v in sorted(by_cat.items(), key=lambda kv: -kv[1])),
        movers,
        tuple(r for r in slow_rows if r not in dead)[: top * 2],
        dead[: top * 2],
        outs[: top * 5],
        variances,
    )
