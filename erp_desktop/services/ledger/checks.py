"""The ledger's own invariants for ``erp-desktop verify``: stock balances and costs equal their
moves, every entry balances, control accounts equal their subledgers, allocations and money
accounts add up, nothing posted into a closed month. ``Check`` is the result every area's
``checks.py`` returns; ``services.system.verify`` runs them all."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import JournalEntry, JournalLine, OpenItem
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.models.warehouse import Location, LocationKind
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.journal import Accounts


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    details: tuple[str, ...] = field(default_factory=tuple)


def _internal_ids(tx: Session) -> Select[Any]:
    return select(Location.id).where(Location.kind == LocationKind.BIN.value)


def check_balances(tx: Session) -> Check:
    """stock_balance = Σ moves in − Σ moves out, per product × bin."""
    tx_in = select(StockMove.product_id.label("p"), StockMove.to_location_id.label("l"), StockMove.qty.label("q"))
    tx_out = select(StockMove.product_id, StockMove.from_location_id, -StockMove.qty)
    moves = union_all(tx_in, tx_out).subquery()
    internal = _internal_ids(tx)
    summed = dict(
        ((p, l), q)
        for p, l, q in tx.execute(
            select(moves.c.p, moves.c.l, func.sum(moves.c.q))
            .where(moves.c.l.in_(internal))
            .group_by(moves.c.p, moves.c.l)
        )
    )
    details: list[str] = []
    balances = {(b.product_id, b.location_id): b.qty for b in tx.scalars(select(StockBalance))}
    for key in set(summed) | set(balances):
        expected = summed.get(key) or ZERO
        if expected != balances.get(key, ZERO):
            details.append(f"product {key[0]} location {key[1]}: balance {balances.get(key, ZERO)}, moves {expected}")
    return Check(tr("Stock balances equal the sum of moves"), not details, tuple(details[:20]))


def check_costs(tx: Session) -> Check:
    """product_cost qty and value = Σ internal move quantities and values (+ Σ revaluations)."""
    internal = _internal_ids(tx)
    signed_qty = case((StockMove.to_location_id.in_(internal), StockMove.qty), else_=literal(0)) - case(
        (StockMove.from_location_id.in_(internal), StockMove.qty), else_=literal(0)
    )
    signed_value = case((StockMove.to_location_id.in_(internal), StockMove.value), else_=literal(0)) - case(
        (StockMove.from_location_id.in_(internal), StockMove.value), else_=literal(0)
    )
    rows = tx.execute(
        select(
            StockMove.product_id,
            sum_of(signed_qty),
            sum_of(signed_value),
        ).group_by(StockMove.product_id)
    ).all()
    sums = {p: (q, v) for p, q, v in rows}
    for product, value in revaluation_sums(tx).items():  # landed costs: value without quantity
        q, v = sums.get(product, (ZERO, ZERO))
        sums[product] = (q, v + value)
    costs = {c.product_id: (c.qty, c.value) for c in tx.scalars(select(ProductCost))}
    details = []
    for product in set(sums) | set(costs):
        got = costs.get(product, (ZERO, ZERO))
        want = sums.get(product, (ZERO, ZERO))
        if got[0] != want[0] or got[1] != want[1]:
            details.append(f"product {product}: cost record {got[0]} / {got[1]}, moves {want[0]} / {want[1]}")
        if got[0] == ZERO and got[1] != ZERO:
            details.append(f"product {product}: value {got[1]} left with no quantity")
    return Check(tr("Stock value equals the sum of move values"), not details, tuple(details[:20]))


def check_journal_balanced(tx: Session) -> Check:
    rows = tx.execute(
        select(JournalEntry.number, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .group_by(JournalEntry.id, JournalEntry.number)
        .having(func.sum(JournalLine.debit) != func.sum(JournalLine.credit))
    ).all()
    return Check(
        tr("Every journal entry balances"), not rows, tuple(f"{n}: debit {d}, credit {c}" for n, d, c in rows[:20])
    )


def check_voucher_numbers(tx: Session) -> Check:
    """Every entry carries a voucher number (记-0001 …) of its own month (duplicates within a month
    are refused by the database)."""
    period = func.extract("year", JournalEntry.on) * 100 + func.extract("month", JournalEntry.on)
    rows = tx.execute(
        select(JournalEntry.number, JournalEntry.voucher_period, JournalEntry.voucher_no)
        .where(or_(JournalEntry.voucher_no == "", JournalEntry.voucher_period != period))
        .limit(20)
    ).all()
    return Check(
        tr("Every journal entry has a voucher number of its month"),
        not rows,
        tuple(f"{n}: {p} {v or '-'}" for n, p, v in rows),
    )


def check_control_accounts(tx: Session) -> Check:
    """Open receivables/payables (amount − allocated) equal 应收/应付 per party... in total.

    Advances are kept as negative open items, so the receivable account plus advances received
    (and payable plus prepayments) match the open items of that kind."""
    details = []
    for kind, accounts, sign in (
        ("receivable", (Accounts.RECEIVABLE, Accounts.ADVANCE_RECEIVED), 1),
        ("payable", (Accounts.PAYABLE, Accounts.PREPAID), -1),
    ):
        amount, allocated = tx.execute(
            select(sum_of(OpenItem.amount), sum_of(OpenItem.allocated)).where(OpenItem.kind == kind)
        ).one()
        open_total = amount - allocated
        debit, credit = tx.execute(
            select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(JournalLine.account_code.in_(accounts))
        ).one()
        ledger = (debit - credit) * sign
        if ledger != open_total:
            details.append(f"{kind}: open items {open_total}, accounts {'+'.join(accounts)} {ledger}")
    return Check(tr("Receivables and payables equal their control accounts"), not details, tuple(details))


def check_inventory_account(tx: Session) -> Check:
    stock_value = tx.scalar(select(sum_of(ProductCost.value)))
    debit, credit = tx.execute(
        select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(
            JournalLine.account_code == Accounts.INVENTORY
        )
    ).one()
    ledger = debit - credit
    ok = ledger == stock_value
    return Check(
        tr("Stock value equals the inventory account"),
        ok,
        () if ok else (f"stock {stock_value}, account 1405 {ledger}",),
    )


def check_integrity(tx: Session) -> Check:
    if tx.get_bind().dialect.name != "sqlite":
        return Check(tr("Database integrity"), True)
    result = [row[0] for row in tx.execute(text("PRAGMA integrity_check"))]
    fk = list(tx.execute(text("PRAGMA foreign_key_check")))
    details = tuple(r for r in result if r != "ok") + tuple(f"foreign key: {tuple(r)}" for r in fk[:10])
    return Check(tr("Database integrity"), not details, details)


def check_allocations(tx: Session) -> Check:
    """Each open item's ``allocated`` = Σ allocations where it is the debit side − Σ where it is the
    credit side; no item allocated beyond its amount (or the other way)."""
    from erp_desktop.models.payments import Allocation

    sums: dict[uuid.UUID, Decimal] = {}
    for debit_id, total in tx.execute(
        select(Allocation.debit_item_id, func.sum(Allocation.amount)).group_by(Allocation.debit_item_id)
    ):
        sums[debit_id] = sums.get(debit_id, ZERO) + total
    for credit_id, total in tx.execute(
        select(Allocation.credit_item_id, func.sum(Allocation.amount)).group_by(Allocation.credit_item_id)
    ):
        sums[credit_id] = sums.get(credit_id, ZERO) - total
    items = {i.id: i for i in tx.scalars(select(OpenItem).where(OpenItem.allocated != 0))}
    details = []
    for item_id in set(items) | {k for k, v in sums.items() if v != ZERO}:
        item = items.get(item_id) or tx.get(OpenItem, item_id)
        want = sums.get(item_id, ZERO)
        if item is None:
            details.append(f"allocation rows point at a missing open item {item_id}")
            continue
        if item.allocated != want:
            details.append(f"{item.doc_number}: allocated {item.allocated}, allocation rows {want}")
        if (item.amount > 0 and not ZERO <= item.allocated <= item.amount) or (
            item.amount < 0 and not item.amount <= item.allocated <= ZERO
        ):
            details.append(f"{item.doc_number}: allocated {item.allocated} outside 0…{item.amount}")
    return Check(tr("Allocations equal the allocation rows"), not details, tuple(details[:20]))


def check_money_accounts(tx: Session) -> Check:
    """Each money account's balance = Σ its moves; the accounts on one GL code total its balance."""
    from erp_desktop.models.payments import MoneyAccount, MoneyMove

    moves = {
        a: s
        for a, s in tx.execute(select(MoneyMove.account_id, func.sum(MoneyMove.amount)).group_by(MoneyMove.account_id))
    }
    details = []
    by_gl: dict[str, Decimal] = {}
    for account in tx.scalars(select(MoneyAccount)):
        if account.balance != moves.get(account.id, ZERO):
            details.append(f"{account.code}: balance {account.balance}, moves {moves.get(account.id, ZERO)}")
        by_gl[account.gl_code] = by_gl.get(account.gl_code, ZERO) + account.balance
    for code, total in by_gl.items():
        debit, credit = tx.execute(
            select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(JournalLine.account_code == code)
        ).one()
        ledger = debit - credit
        if ledger != total:
            details.append(f"GL {code}: {ledger}, money accounts {total}")
    return Check(tr("Cash and bank balances equal their moves and accounts"), not details, tuple(details[:20]))


def check_closed_periods(tx: Session) -> Check:
    """Nothing dated in a closed month was posted after that month was closed."""
    from erp_desktop.models.finance import ClosedPeriod

    last = tx.scalar(select(ClosedPeriod).order_by(ClosedPeriod.year.desc(), ClosedPeriod.month.desc()).limit(1))
    details: list[str] = []
    if last is not None:
        for period in tx.scalars(select(ClosedPeriod)):
            start = date(period.year, period.month, 1)
            end = date(period.year + (period.month == 12), period.month % 12 + 1, 1)
            rows = tx.execute(
                select(JournalEntry.number, JournalEntry.on)
                .where(JournalEntry.on >= start, JournalEntry.on < end, JournalEntry.posted_at > period.closed_at)
                .limit(20)
            ).all()
            details.extend(f"{n} dated {on} posted after {period.year}-{period.month:02d} was closed" for n, on in rows)
            moves = tx.execute(
                select(StockMove.doc_number, StockMove.on)
                .where(StockMove.on >= start, StockMove.on < end, StockMove.moved_at > period.closed_at)
                .limit(20)
            ).all()
            details.extend(
                f"stock move of {n} dated {on} after {period.year}-{period.month:02d} was closed" for n, on in moves
            )
    return Check(tr("Nothing posted into a closed month"), not details, tuple(details[:20]))


def lot_sums(
    tx: Session, product_ids: list[uuid.UUID] | None = None
) -> dict[tuple[uuid.UUID, uuid.UUID, uuid.UUID], Decimal]:
    """Σ moves in − out per (lot, bin, product) over the moves that carry a lot."""
    tx_in = select(
        StockMove.lot_id.label("lot"),
        StockMove.to_location_id.label("l"),
        StockMove.product_id.label("p"),
        StockMove.qty.label("q"),
    ).where(StockMove.lot_id.is_not(None))
    tx_out = select(StockMove.lot_id, StockMove.from_location_id, StockMove.product_id, -StockMove.qty).where(
        StockMove.lot_id.is_not(None)
    )
    if product_ids is not None:
        tx_in = tx_in.where(StockMove.product_id.in_(product_ids))
        tx_out = tx_out.where(StockMove.product_id.in_(product_ids))
    moves = union_all(tx_in, tx_out).subquery()
    return {
        (lot, l, p): q
        for lot, l, p, q in tx.execute(
            select(moves.c.lot, moves.c.l, moves.c.p, func.sum(moves.c.q))
            .where(moves.c.l.in_(_internal_ids(tx)))
            .group_by(moves.c.lot, moves.c.l, moves.c.p)
        )
    }


def check_lots(tx: Session) -> Check:
    """lot_balance = Σ the lot's moves per bin; every move of a lot- or serial-tracked product
    names a lot of that product; a serial is in stock at most once and never below zero."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.stock import LotBalance, StockLot

    details: list[str] = []
    summed = {(lot, l): q for (lot, l, _p), q in lot_sums(tx).items()}
    balances = {(b.lot_id, b.location_id): b.qty for b in tx.scalars(select(LotBalance))}
    for key in set(summed) | set(balances):
        expected = summed.get(key, ZERO)
        if expected != balances.get(key, ZERO):
            details.append(f"lot {key[0]} location {key[1]}: balance {balances.get(key, ZERO)}, moves {expected}")
    tracked = (Product.lot_tracked.is_(True)) | (Product.serial_tracked.is_(True))
    for number, code in tx.execute(
        select(StockMove.doc_number, Product.code)
        .join(Product, Product.id == StockMove.product_id)
        .where(tracked, StockMove.lot_id.is_(None))
        .limit(20)
    ):
        details.append(f"{number}: a move of {code} names no lot")
    for number, code in tx.execute(
        select(StockMove.doc_number, Product.code)
        .join(Product, Product.id == StockMove.product_id)
        .join(StockLot, StockLot.id == StockMove.lot_id)
        .where(StockLot.product_id != StockMove.product_id)
        .limit(20)
    ):
        details.append(f"{number}: a move of {code} names another product's lot")
    serial_stock: dict[uuid.UUID, Decimal] = {}
    for (lot, _l), q in summed.items():
        serial_stock[lot] = serial_stock.get(lot, ZERO) + q
    serials = dict(
        tx.execute(
            select(StockLot.id, StockLot.number)
            .join(Product, Product.id == StockLot.product_id)
            .where(Product.serial_tracked.is_(True))
        ).all()
    )
    for (lot, location), q in summed.items():
        if lot in serials and q < ZERO:
            details.append(f"serial {serials[lot]}: {q} at location {location}")
    for lot, q in serial_stock.items():
        if lot in serials and q > 1:
            details.append(f"serial {serials[lot]}: in stock {q} times")
    return Check(tr("Stock per lot and serial equals its moves"), not details, tuple(details[:20]))


def revaluation_sums(tx: Session, product_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, Decimal]:
    """Σ ``stock_revaluation.value`` per product (landed costs: value that came with no quantity)."""
    from erp_desktop.models.costing import StockRevaluation

    stmt = select(StockRevaluation.product_id, sum_of(StockRevaluation.value)).group_by(StockRevaluation.product_id)
    if product_ids is not None:
        stmt = stmt.where(StockRevaluation.product_id.in_(product_ids))
    return {p: v for p, v in tx.execute(stmt)}


def check_cost_layers(tx: Session) -> Check:
    """FIFO products: Σ layers' qty_left / value_left = product_cost qty / value, and per lot
    Σ qty_left = the lot's on-hand; an average-cost product has no layer."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.costing import CostLayer
    from erp_desktop.models.stock import LotBalance

    details: list[str] = []
    fifo = dict(tx.execute(select(Product.id, Product.code).where(Product.costing_method == "fifo")).all())
    layers = {
        p: (q, v)
        for p, q, v in tx.execute(
            select(CostLayer.product_id, sum_of(CostLayer.qty_left), sum_of(CostLayer.value_left)).group_by(
                CostLayer.product_id
            )
        )
    }
    costs = {
        c.product_id: (c.qty, c.value) for c in tx.scalars(select(ProductCost).where(ProductCost.product_id.in_(fifo)))
    }
    for product in set(layers) | set(costs):
        code = fifo.get(product)
        if code is None:
            details.append(f"product {product}: cost layers on a moving-average product")
            continue
        got, want = layers.get(product, (ZERO, ZERO)), costs.get(product, (ZERO, ZERO))
        if got != want:
            details.append(f"{code}: layers {got[0]} / {got[1]}, stock {want[0]} / {want[1]}")
    by_lot = {
        lot: q
        for lot, q in tx.execute(
            select(CostLayer.lot_id, sum_of(CostLayer.qty_left))
            .where(CostLayer.lot_id.is_not(None))
            .group_by(CostLayer.lot_id)
        )
    }
    on_hand = {
        lot: q
        for lot, q in tx.execute(
            select(LotBalance.lot_id, sum_of(LotBalance.qty))
            .where(LotBalance.product_id.in_(fifo))
            .group_by(LotBalance.lot_id)
        )
    }
    for lot in set(by_lot) | set(on_hand):
        if by_lot.get(lot, ZERO) != on_hand.get(lot, ZERO):
            details.append(f"lot {lot}: layers {by_lot.get(lot, ZERO)}, on hand {on_hand.get(lot, ZERO)}")
    return Check(tr("FIFO cost layers equal stock on hand and its value"), not details, tuple(details[:20]))


CHECKS: list[Callable[[Session], Check]] = [
    check_integrity,
    check_balances,
    check_lots,
    check_costs,
    check_cost_layers,
    check_journal_balanced,
    check_voucher_numbers,
    check_control_accounts,
    check_inventory_account,
    check_allocations,
    check_money_accounts,
    check_closed_periods,
]
