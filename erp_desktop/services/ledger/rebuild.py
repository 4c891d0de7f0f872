"""Rebuilding derived data from the merged ledgers (after a sync pull, on the server after a
push, or by hand with ``erp-desktop sync --rebuild``).

- ``stock_balance`` (product × bin) = Σ moves in − Σ moves out;
- ``product_cost``: qty and value = Σ internal move quantities and values + Σ revaluations
  (landed costs); the moving average is recomputed as value / qty (kept when the quantity is not
  positive); ``cost_layer`` of FIFO products replayed from the moves (``ledger.layers``);
- ``open_item.allocated`` = Σ allocations where the item is the debit side + Σ where it is the
  credit side (signed so that Σ(amount − allocated) stays the control account) when the
  ``allocation`` table exists; ``money_account.balance`` = Σ ``money_move`` when those exist.

All of it in the caller's transaction: ``storage.rows`` for the derived tables (not synced, so not
stamped: derived values are the same on every PC); the synced ``open_item.allocated`` and
``money_account.balance`` by Core UPDATEs that keep ``updated_at`` (a rebuild is not an edit). ``REBUILDERS`` lets other areas add theirs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, literal, select, update
from sqlalchemy.orm import Session

from erp_desktop.models.base import Base, sum_of
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.models.warehouse import Location, LocationKind
from erp_desktop.money import ZERO, price
from erp_desktop.services.ledger.layers import rebuild_layers
from erp_desktop.storage.rows import insert_rows, update_rows


@dataclass(frozen=True)
class NegativeStock:
    product_id: uuid.UUID
    location_id: uuid.UUID
    before: Decimal
    after: Decimal
    lot_id: uuid.UUID | None = None  # a serial below zero (sold twice), or in stock twice
    serial: str = ""


def _chunks(items: list[uuid.UUID], size: int = 500) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def rebuild_stock(tx: Session, product_ids: Iterable[uuid.UUID] | None = None) -> list[NegativeStock]:
    """Recompute balances and costs for ``product_ids`` (all products when None). Returns the
    balances that were not negative before and are now (for an alert)."""
    ids = None if product_ids is None else sorted(set(product_ids))
    if ids is not None and not ids:
        return []
    internal = set(tx.scalars(select(Location.id).where(Location.kind == LocationKind.BIN.value)))
    lock = tx.get_bind().dialect.name != "sqlite"
    groups = [None] if ids is None else list(_chunks(ids))
    went_negative: list[NegativeStock] = []
    for chunk in groups:
        where_move = [] if chunk is None else [StockMove.product_id.in_(chunk)]
        sums: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}
        for pid, loc, q in tx.execute(
            select(StockMove.product_id, StockMove.to_location_id, func.sum(StockMove.qty))
            .where(*where_move)
            .group_by(StockMove.product_id, StockMove.to_location_id)
        ):
            if loc in internal:
                sums[(pid, loc)] = sums.get((pid, loc), ZERO) + q
        for pid, loc, q in tx.execute(
            select(StockMove.product_id, StockMove.from_location_id, func.sum(StockMove.qty))
            .where(*where_move)
            .group_by(StockMove.product_id, StockMove.from_location_id)
        ):
            if loc in internal:
                sums[(pid, loc)] = sums.get((pid, loc), ZERO) - q
        stmt = select(StockBalance.product_id, StockBalance.location_id, StockBalance.qty)
        if chunk is not None:
            stmt = stmt.where(StockBalance.product_id.in_(chunk))
        if lock:
            stmt = stmt.with_for_update()
        existing = {(p, l): q for p, l, q in tx.execute(stmt)}
        changes, inserts = [], []
        for key in set(existing) | set(sums):
            want = sums.get(key, ZERO)
            have = existing.get(key)
            if have is None:
                inserts.append({"product_id": key[0], "location_id": key[1], "qty": want})
            elif have != want:
                changes.append({"product_id": key[0], "location_id": key[1], "qty": want})
            if want < ZERO and (have is None or have >= ZERO):
                went_negative.append(NegativeStock(key[0], key[1], have if have is not None else ZERO, want))
        insert_rows(tx, StockBalance.__table__, inserts)
        update_rows(tx, StockBalance.__table__, changes, ("product_id", "location_id"))
        _rebuild_costs(tx, chunk, internal, lock)
        rebuild_layers(tx, chunk)
        went_negative.extend(_rebuild_lots(tx, chunk, lock))
    return went_negative


def _rebuild_lots(tx: Session, chunk: list[uuid.UUID] | None, lock: bool) -> list[NegativeStock]:
    """``lot_balance`` = Σ the lot's moves per bin; returns the serials that went below zero at a
    bin (the same serial sold on two PCs)."""

    from erp_desktop.models.catalog import Product
    from erp_desktop.models.stock import LotBalance, StockLot
    from erp_desktop.services.ledger.checks import lot_sums

    sums = lot_sums(tx, chunk)
    t = LotBalance.__table__
    stmt = select(t.c.lot_id, t.c.location_id, t.c.product_id, t.c.qty)
    if chunk is not None:
        stmt = stmt.where(t.c.product_id.in_(chunk))
    if lock:
        stmt = stmt.with_for_update()
    existing = {(lot, l): (p, q) for lot, l, p, q in tx.execute(stmt)}
    wanted = {(lot, l): (p, q) for (lot, l, p), q in sums.items()}
    inserts, changes = [], []
    for key in set(existing) | set(wanted):
        product, want = wanted.get(key, (existing.get(key, (None, ZERO))[0], ZERO))
        have = existing.get(key)
        if have is None:
            inserts.append({"lot_id": key[0], "location_id": key[1], "product_id": product, "qty": want})
        elif have[1] != want:
            changes.append({"lot_id": key[0], "location_id": key[1], "qty": want})
    insert_rows(tx, t, inserts)
    update_rows(tx, t, changes, ("lot_id", "location_id"))
    serial_stmt = (
        select(StockLot.id, StockLot.number, StockLot.product_id)
        .join(Product, Product.id == StockLot.product_id)
        .where(Product.serial_tracked.is_(True))
    )
    if chunk is not None:
        serial_stmt = serial_stmt.where(StockLot.product_id.in_(chunk))
    serials = {lot: (number, product) for lot, number, product in tx.execute(serial_stmt)}
    alerts: list[NegativeStock] = []
    for (lot, location), (_product, want) in wanted.items():
        if lot not in serials:
            continue
        before = existing.get((lot, location), (None, ZERO))[1]
        if want < ZERO and before >= ZERO:
            alerts.append(NegativeStock(serials[lot][1], location, before, want, lot, serials[lot][0]))
    return alerts


def _rebuild_costs(tx: Session, chunk: list[uuid.UUID] | None, internal: set[uuid.UUID], lock: bool) -> None:
    internal_ids = list(internal) or [uuid.UUID(int=0)]
    inside_to = StockMove.to_location_id.in_(internal_ids)
    inside_from = StockMove.from_location_id.in_(internal_ids)
    signed_qty = case((inside_to, StockMove.qty), else_=literal(0)) - case(
        (inside_from, StockMove.qty), else_=literal(0)
    )
    signed_value = case((inside_to, StockMove.value), else_=literal(0)) - case(
        (inside_from, StockMove.value), else_=literal(0)
    )
    stmt = select(
        StockMove.product_id,
        sum_of(signed_qty),
        sum_of(signed_value),
    ).group_by(StockMove.product_id)
    if chunk is not None:
        stmt = stmt.where(StockMove.product_id.in_(chunk))
    sums = {p: (q, v) for p, q, v in tx.execute(stmt)}
    from erp_desktop.services.ledger.checks import revaluation_sums

    for product, extra in revaluation_sums(tx, chunk).items():  # landed costs: value with no quantity
        q, v = sums.get(product, (ZERO, ZERO))
        sums[product] = (q, v + extra)
    current = select(ProductCost.product_id, ProductCost.qty, ProductCost.value, ProductCost.avg_cost)
    if chunk is not None:
        current = current.where(ProductCost.product_id.in_(chunk))
    if lock:
        current = current.with_for_update()
    existing = {p: (q, v, a) for p, q, v, a in tx.execute(current)}
    table = ProductCost.__table__
    inserts, changes = [], []
    for product in set(sums) | set(existing):
        qty, value = sums.get(product, (ZERO, ZERO))
        old = existing.get(product)
        average = price(value / qty) if qty > ZERO and value >= ZERO else (old[2] if old else ZERO)
        if old is None:
            inserts.append({"product_id": product, "qty": qty, "value": value, "avg_cost": average})
        elif old != (qty, value, average):
            changes.append({"product_id": product, "qty": qty, "value": value, "avg_cost": average})
    insert_rows(tx, table, inserts)
    update_rows(tx, table, changes, ("product_id",))


def rebuild_open_items(tx: Session, item_ids: Iterable[uuid.UUID] | None = None) -> int:
    """``open_item.allocated`` from the ``allocation`` rows (when that table exists): an
    allocation adds its amount to the debit item and subtracts it from the credit item."""
    tables = Base.metadata.tables
    if "allocation" not in tables or "open_item" not in tables:
        return 0
    alloc, items = tables["allocation"], tables["open_item"]
    ids = None if item_ids is None else sorted(set(item_ids))
    if ids is not None and not ids:
        return 0
    changed = 0
    for chunk in [None] if ids is None else list(_chunks(ids)):
        totals: dict[uuid.UUID, Decimal] = {}
        q1 = select(alloc.c.debit_item_id, func.sum(alloc.c.amount)).group_by(alloc.c.debit_item_id)
        q2 = select(alloc.c.credit_item_id, func.sum(alloc.c.amount)).group_by(alloc.c.credit_item_id)
        if chunk is not None:
            q1, q2 = q1.where(alloc.c.debit_item_id.in_(chunk)), q2.where(alloc.c.credit_item_id.in_(chunk))
        for item, amount in tx.execute(q1):
            totals[item] = totals.get(item, ZERO) + amount
        for item, amount in tx.execute(q2):
            totals[item] = totals.get(item, ZERO) - amount
        current = select(items.c.id, items.c.allocated)
        if chunk is not None:
            current = current.where(items.c.id.in_(chunk))
        for item, allocated in tx.execute(current).all():
            want = totals.get(item, ZERO)
            if allocated != want:
                # a derived value: keep the row's own updated_at (Core would stamp it; the PCs would differ)
                tx.execute(
                    update(items).where(items.c.id == item).values(allocated=want, updated_at=items.c.updated_at)
                )
                changed += 1
    return changed


def rebuild_money_accounts(tx: Session, account_ids: Iterable[uuid.UUID] | None = None) -> int:
    """``money_account.balance`` = Σ ``money_move.amount`` (when those tables exist)."""
    tables = Base.metadata.tables
    if "money_account" not in tables or "money_move" not in tables or "balance" not in tables["money_account"].c:
        return 0
    accounts, moves = tables["money_account"], tables["money_move"]
    sums = {
        a: v for a, v in tx.execute(select(moves.c.account_id, func.sum(moves.c.amount)).group_by(moves.c.account_id))
    }
    current = select(accounts.c.id, accounts.c.balance)
    if account_ids is not None:
        current = current.where(accounts.c.id.in_(list(set(account_ids))))
    changed = 0
    for account, balance in tx.execute(current).all():
        want = sums.get(account, ZERO)
        if balance != want:
            tx.execute(
                update(accounts).where(accounts.c.id == account).values(balance=want, updated_at=accounts.c.updated_at)
            )
            changed += 1
    return changed


# Extra rebuilders other areas may register: fn(tx, touched) where touched maps a table name to
# the ids of its rows a merge wrote.
REBUILDERS: list[Callable[[Session, dict[str, set[uuid.UUID]]], None]] = []


def rebuild_after_merge(tx: Session, touched: dict[str, set[uuid.UUID]]) -> list[NegativeStock]:
    """Rebuild what the rows in ``touched`` (table name → row ids, or {"*"} for everything) affect."""
    everything = touched.get("*") is not None
    negative: list[NegativeStock] = []
    if everything:
        negative = rebuild_stock(tx)
        rebuild_open_items(tx)
        rebuild_money_accounts(tx)
    else:
        move_ids = list(touched.get("stock_move", ()))
        if move_ids:
            products: set[uuid.UUID] = set()
            for chunk in _chunks(move_ids):
                products.update(tx.scalars(select(StockMove.product_id).where(StockMove.id.in_(chunk)).distinct()))
            negative = rebuild_stock(tx, products)
        items = set(touched.get("open_item", ()))
        tables = Base.metadata.tables
        if "allocation" in tables and touched.get("allocation"):
            alloc = tables["allocation"]
            for chunk in _chunks(list(touched["allocation"])):
                for d, c in tx.execute(
                    select(alloc.c.debit_item_id, alloc.c.credit_item_id).where(alloc.c.id.in_(chunk))
                ):
                    items.update((d, c))
        if items:
            rebuild_open_items(tx, items)
        if touched.get("money_move") or touched.get("money_account"):
            rebuild_money_accounts(tx)
    for extra in REBUILDERS:
        extra(tx, touched)
    return negative


def rebuild_all(tx: Session) -> list[NegativeStock]:
    return rebuild_after_merge(tx, {"*": set()})
