"""Stock reports (read side): on hand by warehouse / bin / category, one product's stock with
what open sales orders reserve, movement history with a running balance, valuation, slow-moving
and low stock.

Valuation: each product's value per warehouse is quantity × moving average, rounded to the cent;
the product's rounding residue goes to its warehouse holding the most, so the total equals
Σ ``product_cost.value`` exactly (the 1405 balance). The big reports read scaled integers and do
integer arithmetic (20,000 products × 3 warehouses well under 300 ms).
"""

from __future__ import annotations

import gc
import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from erp_desktop.i18n import N_, tr, user_label
from erp_desktop.models.catalog import Category, Product
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.money import ZERO, unscale
from erp_desktop.services.masterdata.units import in_other_units, unit_factors
from erp_desktop.services.system.auth import Perm, may, require
from erp_desktop.storage.uow import UnitOfWork

Q = 1000  # Quantity scale
P = 1_000_000  # Price scale


def _cents(qty_scaled: int, avg_scaled: int) -> int:
    """round_half_up(qty × avg) in cents from scaled integers (qty ×10³, avg ×10⁶)."""
    product = qty_scaled * avg_scaled  # ×10⁹
    sign = -1 if product < 0 else 1
    q, r = divmod(abs(product), 10_000_000)
    return sign * (q + (1 if r * 2 >= 10_000_000 else 0))


def reserved_quantities(tx: Session, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """What open sales orders reserve, from the sales module when it is there (else nothing)."""
    try:
        from erp_desktop.services import sales
    except ImportError:
        return {}
    fn = getattr(sales, "reserved_quantities", None)
    if fn is None:
        return {}
    return dict(fn(tx, list(product_ids)) or {})


# --- one product ------------------------------------------------------------------------
@dataclass(frozen=True)
class WarehouseQty:
    warehouse_id: uuid.UUID
    warehouse_name: str
    qty: Decimal


@dataclass(frozen=True)
class ProductStock:
    product_id: uuid.UUID
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    avg_cost: Decimal
    value: Decimal
    warehouses: tuple[WarehouseQty, ...]


def on_hand_tx(tx: Session, product_id: uuid.UUID, warehouse_id: uuid.UUID | None = None) -> Decimal:
    """On hand for one product (optionally one warehouse): a few indexed balance rows."""
    stmt = select(func.sum(StockBalance.qty)).where(StockBalance.product_id == product_id)
    if warehouse_id is not None:
        stmt = stmt.where(
            StockBalance.location_id.in_(select(Location.id).where(Location.warehouse_id == warehouse_id))
        )
    return tx.scalar(stmt) or ZERO


_ON_HAND_SQL = "SELECT COALESCE(SUM(qty), 0) FROM stock_balance WHERE product_id = ?"
_ON_HAND_WAREHOUSE_SQL = (
    "SELECT COALESCE(SUM(b.qty), 0) FROM stock_balance b JOIN location l ON l.id = b.location_id "
    "WHERE b.product_id = ? AND l.warehouse_id = ?"
)


def on_hand(uow: UnitOfWork, product_id: uuid.UUID, warehouse_id: uuid.UUID | None = None) -> Decimal:
    """On hand for one product (optionally in one warehouse). The hot path of every screen that
    shows stock: one indexed statement on a pooled connection, no ORM session (< 1 ms with
    1,000,000 moves in the ledger, because balances are kept, not summed from moves)."""
    if uow.engine.dialect.name != "sqlite":
        with uow.read() as tx:
            return on_hand_tx(tx, product_id, warehouse_id)
    with uow.engine.connect() as conn:
        if warehouse_id is None:
            scaled = conn.exec_driver_sql(_ON_HAND_SQL, (product_id.hex,)).scalar()
        else:
            scaled = conn.exec_driver_sql(_ON_HAND_WAREHOUSE_SQL, (product_id.hex, warehouse_id.hex)).scalar()
    return unscale(scaled, 3)


def product_stock(uow: UnitOfWork, product_id: uuid.UUID) -> ProductStock:
    """On hand, reserved by open sales orders, available and value of one product."""
    with uow.read() as tx:
        rows = tx.execute(
            select(Warehouse.id, Warehouse.name, func.sum(StockBalance.qty))
            .join(Location, Location.id == StockBalance.location_id)
            .join(Warehouse, Warehouse.id == Location.warehouse_id)
            .where(StockBalance.product_id == product_id)
            .group_by(Warehouse.id, Warehouse.name)
            .order_by(Warehouse.name)
        ).all()
        warehouses = tuple(WarehouseQty(w, n, q or ZERO) for w, n, q in rows)
        total = sum((w.qty for w in warehouses), ZERO)
        reserved = reserved_quantities(tx, [product_id]).get(product_id, ZERO)
        cost = tx.get(ProductCost, product_id) if may(tx, Perm.VIEW_COST) else None  # cost: only with VIEW_COST
        return ProductStock(
            product_id,
            total,
            reserved,
            total - reserved,
            cost.avg_cost if cost else ZERO,
            cost.value if cost else ZERO,
            warehouses,
        )


# --- on hand ----------------------------------------------------------------------------
@dataclass(frozen=True)
class OnHandRow:
    product_id: uuid.UUID | None
    product_code: str
    product_name: str
    category: str
    unit: str
    warehouse_name: str
    bin_code: str
    qty: Decimal
    avg_cost: Decimal
    value: Decimal
    in_units: str = ""  # 多单位: "3 箱 5 瓶" when the product has other units, else ""
    spec: str = ""  # 规格: tells same-named products apart (乐事薯片原味 70g / 135g)


def on_hand_report(
    uow: UnitOfWork,
    *,
    group_by: str = "bin",
    warehouse_id: uuid.UUID | None = None,
    category_id: uuid.UUID | None = None,
    search: str = "",
    include_zero: bool = False,
) -> list[OnHandRow]:
    """Stock on hand per product × bin (``group_by='bin'``), per product × warehouse
    (``'warehouse'``) or per category × warehouse (``'category'``), with value at average."""
    with uow.read() as tx:
        sql = """
            SELECT b.product_id, l.warehouse_id, l.code, b.qty, p.code, p.name, p.unit, COALESCE(c.path, c.name, ''),
                   COALESCE(pc.avg_cost, 0), p.category_id, COALESCE(p.spec, '')
            FROM stock_balance b
            JOIN location l ON l.id = b.location_id
            JOIN product p ON p.id = b.product_id
            LEFT JOIN category c ON c.id = p.category_id
            LEFT JOIN product_cost pc ON pc.product_id = b.product_id
            WHERE l.kind = 'bin'"""
        params: dict = {}
        if not include_zero:
            sql += " AND b.qty <> 0"
        if warehouse_id is not None:
            sql += " AND l.warehouse_id = :wid"
            params["wid"] = _uuid_param(tx, warehouse_id)
        if search.strip():
            sql += " AND (p.code LIKE :pat ESCAPE '\\' OR p.name LIKE :pat ESCAPE '\\')"
            from erp_desktop.services.paging import like_pattern

            params["pat"] = like_pattern(search)
        rows = tx.execute(text(sql), params).all()
        categories = _category_tree(tx, category_id) if category_id is not None else None
        warehouses = {_as_uuid(w): n for w, n in tx.execute(select(Warehouse.id, Warehouse.name))}
        grouped: dict[tuple, list] = {}
        specs: dict[str, str] = {}
        for pid, wid, bin_code, q, code, name, unit, cat, avg, cat_id, spec in rows:
            specs[code] = spec
            if categories is not None and _as_uuid(cat_id) not in categories:
                continue
            wname = warehouses.get(_as_uuid(wid), "")
            key: tuple[object, ...]
            if group_by == "bin":
                key = (code, wname, bin_code)
                info = (_as_uuid(pid), code, name, cat, unit, wname, bin_code, avg)
            elif group_by == "warehouse":
                key = (code, wname)
                info = (_as_uuid(pid), code, name, cat, unit, wname, "", avg)
            else:
                key = (cat, wname)
                info = (None, "", "", cat or tr("(no category)"), "", wname, "", 0)
            slot = grouped.setdefault(key, [info, 0, 0])
            slot[1] += q
            slot[2] += _cents(q, avg)
        result = []
        see_cost = may(tx, Perm.VIEW_COST)  # without it the average and value read 0
        factors = unit_factors(tx, {info[0] for info, _q, _c in grouped.values() if info[0] is not None})
        for key in sorted(grouped):
            (pid, code, name, cat, unit, wname, bin_code, avg), q, cents = grouped[key]
            if not see_cost:
                avg = cents = 0
            held = unscale(q, 3)
            others = factors.get(pid) if pid is not None else None
            result.append(
                OnHandRow(
                    pid,
                    code,
                    name,
                    cat,
                    unit,
                    wname,
                    bin_code,
                    held,
                    unscale(avg, 6),
                    unscale(cents, 2),
                    in_other_units(held, unit, others),
                    specs.get(code, "") if code else "",
                )
            )
        return result


def _uuid_param(tx: Session, value: uuid.UUID):
    return value.hex if tx.get_bind().dialect.name == "sqlite" else value


def _as_uuid(value) -> uuid.UUID | None:
    return None if value is None else _to_uuid(value)


def _to_uuid(value: uuid.UUID | str | bytes) -> uuid.UUID:
    """An id as the raw cursor gives it (hex text on SQLite, bytes or a UUID elsewhere)."""
    if isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(hex=value) if isinstance(value, str) else uuid.UUID(bytes=value)


def _category_tree(tx: Session, root: uuid.UUID) -> set[uuid.UUID]:
    found = {root}
    frontier = {root}
    while frontier:
        frontier = set(tx.scalars(select(Category.id).where(Category.parent_id.in_(frontier)))) - found
        found |= frontier
    return found


# --- movement history -------------------------------------------------------------------
@dataclass(frozen=True)
class MoveRow:
    on: date
    doc_type: str
    doc_number: str
    from_label: str
    to_label: str
    qty_in: Decimal
    qty_out: Decimal
    balance: Decimal
    unit_cost: Decimal
    value: Decimal
    user_name: str


DOC_TYPE_LABELS = {
    "stock_doc": N_("Stock document"),
    "stock_count": N_("Stock count"),
    "DN": N_("Sales delivery"),
    "SR": N_("Sales return"),
    "PR": N_("Purchase receipt"),
    "PT": N_("Purchase return"),
    "OPEN": N_("Opening"),
}


def movement_history(
    uow: UnitOfWork,
    product_id: uuid.UUID,
    *,
    warehouse_id: uuid.UUID | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 5000,
) -> list[MoveRow]:
    """A product's moves in and out of its bins (one warehouse's, or all), oldest first, with the
    running on-hand balance (starting from the balance before ``date_from``)."""
    with uow.read() as tx:
        bins_stmt = select(Location.id).where(Location.kind == LocationKind.BIN.value)
        if warehouse_id is not None:
            bins_stmt = bins_stmt.where(Location.warehouse_id == warehouse_id)
        bins = set(tx.scalars(bins_stmt))
        labels = _location_labels(tx)
        base = select(StockMove).where(
            StockMove.product_id == product_id,
            or_(StockMove.from_location_id.in_(bins), StockMove.to_location_id.in_(bins)),
        )
        running = ZERO
        if date_from is not None:
            before = tx.execute(
                select(StockMove.from_location_id, StockMove.to_location_id, StockMove.qty).where(
                    StockMove.product_id == product_id, StockMove.on < date_from
                )
            ).all()
            for src, dst, q in before:
                running += (q if dst in bins else ZERO) - (q if src in bins else ZERO)
            base = base.where(StockMove.on >= date_from)
        if date_to is not None:
            base = base.where(StockMove.on <= date_to)
        rows = []
        see_cost = may(tx, Perm.VIEW_COST)
        for m in tx.scalars(base.order_by(StockMove.on, StockMove.moved_at, StockMove.seq).limit(limit)):
            qty_in = m.qty if m.to_location_id in bins else ZERO
            qty_out = m.qty if m.from_location_id in bins else ZERO
            if qty_in == qty_out:  # a transfer inside the scope: show it, balance unchanged
                pass
            running += qty_in - qty_out
            rows.append(
                MoveRow(
                    m.on,
                    tr(DOC_TYPE_LABELS[m.doc_type]) if m.doc_type in DOC_TYPE_LABELS else m.doc_type,
                    m.doc_number,
                    labels.get(m.from_location_id, ""),
                    labels.get(m.to_location_id, ""),
                    qty_in,
                    qty_out,
                    running,
                    m.unit_cost if see_cost else ZERO,
                    m.value if see_cost else ZERO,
                    user_label(m.user_name),
                )
            )
        return rows


def _location_labels(tx: Session) -> dict[uuid.UUID, str]:
    names = {
        "@SUPPLIER": tr("Supplier"),
        "@CUSTOMER": tr("Customer"),
        "@ADJUST": tr("Adjustment"),
        "@TRANSIT": tr("In transit"),
        "@OPENING": tr("Opening"),
        "@ASSEMBLY": tr("Assembly / disassembly"),
    }
    rows = tx.execute(
        select(Location.id, Location.code, Warehouse.name).outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
    )
    return {i: (f"{w} / {c}" if w else names.get(c, c)) for i, c, w in rows}


# --- valuation --------------------------------------------------------------------------
class ValuationRow(NamedTuple):
    """One product × warehouse. A NamedTuple rather than a frozen dataclass: immutable all the
    same, and ten times cheaper to make — the report builds 60,000 of them in well under 300 ms."""

    product_id: uuid.UUID
    product_code: str
    product_name: str
    warehouse_id: uuid.UUID
    warehouse_name: str
    qty: Decimal
    avg_cost: Decimal
    value: Decimal
    in_units: str = ""  # 多单位: "3 箱 5 瓶" when the product has other units, else ""


@dataclass(frozen=True)
class WarehouseValue:
    warehouse_id: uuid.UUID
    warehouse_name: str
    qty: Decimal
    value: Decimal


@dataclass(frozen=True)
class Valuation:
    rows: tuple[ValuationRow, ...]
    warehouses: tuple[WarehouseValue, ...]
    total: Decimal


def valuation(uow: UnitOfWork, *, warehouse_id: uuid.UUID | None = None, with_rows: bool = True) -> Valuation:
    """Stock value per product × warehouse, per warehouse and in total (= Σ product_cost.value).

    Integer arithmetic on the scaled columns: each slot's value is its quantity × the product's
    average, rounded half-up to the cent, and the product's rounding residue goes to the
    warehouse holding the most, so the slots add up to the product's book value exactly.
    Speed (60,000 slots in about 0.2 s): three plain table scans fetched in bulk — joining and
    sorting in the database costs twice as much — then one pass in Python, in product-code order."""
    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)
        dbapi = tx.connection().connection.dbapi_connection
        assert dbapi is not None, "a connection checked out of the pool has its DBAPI connection"
        cursor = dbapi.cursor()  # plain tuples, fetched in bulk
        try:
            cursor.execute("SELECT id, name FROM warehouse")
            names = dict(cursor.fetchall())
            cursor.execute("SELECT id, warehouse_id FROM location WHERE kind = 'bin'")
            bin_warehouse = dict(cursor.fetchall())
            cursor.execute("SELECT product_id, location_id, qty FROM stock_balance WHERE qty <> 0")
            balances = cursor.fetchall()
            cursor.execute("SELECT product_id, value, avg_cost FROM product_cost")
            costs = {pid: (value, avg) for pid, value, avg in cursor.fetchall()}
            cursor.execute("SELECT id, code, name, unit FROM product")
            products = {pid: (code, name, unit) for pid, code, name, unit in cursor.fetchall()}
            cursor.execute("SELECT product_id, name, factor FROM product_unit")  # 多单位 (a small table)
            others: dict = {}
            for pid, unit_name, factor in cursor.fetchall():
                others.setdefault(pid, {})[unit_name] = unscale(factor, 6)
        finally:
            cursor.close()
    wanted = _key_for(names, warehouse_id)
    order = sorted(names, key=lambda w: (names[w], str(w)))  # warehouses in report order
    slot_of = {w: i for i, w in enumerate(order)}
    bin_slot = {loc: slot_of[w] for loc, w in bin_warehouse.items() if w in slot_of}
    width = len(order)
    held: dict = {}  # product → quantity per warehouse slot
    for pid, loc, q in balances:
        i = bin_slot.get(loc)
        if i is not None:
            per = held.get(pid)
            if per is None:
                per = held[pid] = [0] * width
            per[i] += q
    uuids = [_as_uuid(w) for w in order]
    labels = [names[w] for w in order]
    qty_totals = [0] * width
    value_totals = [0] * width
    only = slot_of.get(wanted) if wanted is not None else None
    out: list = []
    append = out.append
    averages: dict = {}
    dec = Decimal
    no_product = ("", "", "")
    was_collecting = gc.isenabled()
    gc.disable()  # tens of thousands of small objects and no cycles: the collector would only rescan them
    try:
        make_row = ValuationRow._make
        for pid in sorted(held, key=lambda p: (products.get(p, no_product)[0], p)):
            value, avg = costs.get(pid, (0, 0))
            slots = []
            rounded = 0
            for i, q in enumerate(held[pid]):
                if q:
                    cents = _cents(q, avg)
                    slots.append([i, q, cents])
                    rounded += cents
            if not slots:
                continue
            if value != rounded:  # the product's rounding residue to the warehouse holding the most
                max(slots, key=lambda slot: abs(slot[1]))[2] += value - rounded
            for i, q, cents in slots:
                qty_totals[i] += q
                value_totals[i] += cents
            if with_rows:
                code, name, unit = products.get(pid, no_product)
                units = others.get(pid)
                product_id = _as_uuid(pid)
                average = averages.get(avg)
                if average is None:
                    average = averages[avg] = dec(avg).scaleb(-6)
                for i, q, cents in slots:
                    if only is None or i == only:
                        held_qty = dec(q).scaleb(-3)
                        append(
                            make_row(
                                (
                                    product_id,
                                    code,
                                    name,
                                    uuids[i],
                                    labels[i],
                                    held_qty,
                                    average,
                                    dec(cents).scaleb(-2),
                                    in_other_units(held_qty, unit, units) if units else "",
                                )
                            )
                        )
    finally:
        if was_collecting:
            gc.enable()
    totals = {order[i]: (qty_totals[i], value_totals[i]) for i in range(width)}
    # value left with no quantity anywhere (only if the books are broken) still counts in the total
    orphan = sum(value for pid, (value, _avg) in costs.items() if value and pid not in held) if wanted is None else 0
    warehouses = tuple(
        WarehouseValue(_to_uuid(w), names[w], unscale(t[0], 3), unscale(t[1], 2))
        for w, t in totals.items()
        if (wanted is None and t != (0, 0)) or w == wanted
    )
    total = sum(t[1] for w, t in totals.items() if wanted is None or w == wanted) + orphan
    return Valuation(tuple(out), warehouses, unscale(total, 2))


def _key_for(names: dict, warehouse_id: uuid.UUID | None):
    """``warehouse_id`` as the raw rows spell ids (SQLite: 32-char hex; PostgreSQL: UUID)."""
    if warehouse_id is None:
        return None
    for key in names:
        if _as_uuid(key) == warehouse_id:
            return key
    return warehouse_id.hex


# --- slow-moving and low stock ----------------------------------------------------------
@dataclass(frozen=True)
class SlowRow:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    qty: Decimal
    value: Decimal
    last_issue: date | None
    days_idle: int | None


def slow_moving(uow: UnitOfWork, *, days: int = 90, as_of: date | None = None) -> list[SlowRow]:
    """Products in stock with no issue (a move out of a bin to outside) in the last ``days`` days."""
    as_of = as_of or date.today()
    cutoff = as_of - timedelta(days=days)
    with uow.read() as tx:
        bins = select(Location.id).where(Location.kind == LocationKind.BIN.value)
        last_issue = (
            select(StockMove.product_id, func.max(StockMove.on).label("last"))
            .where(StockMove.from_location_id.in_(bins), StockMove.to_location_id.not_in(bins))
            .group_by(StockMove.product_id)
            .subquery()
        )
        rows = tx.execute(
            select(Product.id, Product.code, Product.name, ProductCost.qty, ProductCost.value, last_issue.c.last)
            .join(ProductCost, ProductCost.product_id == Product.id)
            .outerjoin(last_issue, last_issue.c.product_id == Product.id)
            .where(ProductCost.qty > ZERO, or_(last_issue.c.last.is_(None), last_issue.c.last < cutoff))
            .order_by(ProductCost.value.desc(), Product.code)
        ).all()
        see_cost = may(tx, Perm.VIEW_COST)
        return [
            SlowRow(pid, code, name, q, v if see_cost else ZERO, last, (as_of - last).days if last else None)
            for pid, code, name, q, v, last in rows
        ]


@dataclass(frozen=True)
class LowStockRow:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    reorder_point: Decimal
    reorder_qty: Decimal
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    shortfall: Decimal
    in_units: str = ""  # 多单位: on hand as "3 箱 5 瓶" when the product has other units, else ""
    reorder_in_units: str = ""  # the reorder quantity the same way ("5 箱")


def low_stock(uow: UnitOfWork, *, warehouse_id: uuid.UUID | None = None) -> list[LowStockRow]:
    """Active products with a reorder point whose available quantity (on hand − reserved by open
    sales orders) is at or below it."""
    with uow.read() as tx:
        stmt = select(
            Product.id, Product.code, Product.name, Product.unit, Product.reorder_point, Product.reorder_qty
        ).where(Product.active.is_(True), Product.reorder_point > ZERO)
        products = tx.execute(stmt.order_by(Product.code)).all()
        if not products:
            return []
        ids = [p[0] for p in products]
        qty_stmt = (
            select(StockBalance.product_id, func.sum(StockBalance.qty))
            .join(Location, Location.id == StockBalance.location_id)
            .where(Location.kind == LocationKind.BIN.value)
        )
        if warehouse_id is not None:
            qty_stmt = qty_stmt.where(Location.warehouse_id == warehouse_id)
        on_hand_by = dict(tx.execute(qty_stmt.group_by(StockBalance.product_id)).all())
        reserved = reserved_quantities(tx, ids)
        result = []
        for pid, code, name, unit, point, reorder_qty in products:
            have = on_hand_by.get(pid) or ZERO
            res = reserved.get(pid, ZERO)
            available = have - res
            if available <= point:
                result.append(
                    LowStockRow(pid, code, name, unit, point, reorder_qty, have, res, available, point - available)
                )
        factors = unit_factors(tx, [r.product_id for r in result]) if result else {}
        return [
            replace(
                r,
                in_units=in_other_units(r.on_hand, r.unit, factors[r.product_id]),
                reorder_in_units=in_other_units(r.reorder_qty, r.unit, factors[r.product_id]) if r.reorder_qty else "",
            )
            if r.product_id in factors
            else r
            for r in result
        ]


def low_stock_count(uow: UnitOfWork) -> int:
    return len(low_stock(uow))


# --- FIFO cost layers (先进先出 成本层) ---------------------------------------------------------
@dataclass(frozen=True)
class LayerRow:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    lot_number: str
    on: date
    doc_type: str
    doc_number: str
    qty_in: Decimal
    qty_left: Decimal
    unit_cost: Decimal
    value_left: Decimal


@dataclass(frozen=True)
class LayerValuation:
    rows: tuple[LayerRow, ...]
    qty: Decimal
    value: Decimal


def layer_valuation(
    uow: UnitOfWork, *, product_id: uuid.UUID | None = None, search: str = "", limit: int = 100_000
) -> LayerValuation:
    """The remaining FIFO cost layers, oldest first per product (product code order): what each
    receipt (or lot) still holds and at what cost; the totals equal the FIFO products' stock value.
    ``search`` matches product code or name and lot number. Raises PermissionDenied (cost)."""
    from erp_desktop.models.costing import CostLayer
    from erp_desktop.models.stock import StockLot
    from erp_desktop.services.paging import like_pattern

    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)
        stmt = (
            select(CostLayer, Product.code, Product.name, StockLot.number)
            .join(Product, Product.id == CostLayer.product_id)
            .outerjoin(StockLot, StockLot.id == CostLayer.lot_id)
            .where(CostLayer.qty_left != 0)
            .order_by(Product.code, CostLayer.on, CostLayer.moved_at, CostLayer.seq)
            .limit(limit)
        )
        if product_id is not None:
            stmt = stmt.where(CostLayer.product_id == product_id)
        if search.strip():
            pattern = like_pattern(search.strip())
            stmt = stmt.where(
                or_(Product.code.ilike(pattern), Product.name.ilike(pattern), StockLot.number.ilike(pattern))
            )
        rows = tuple(
            LayerRow(
                layer.product_id,
                code,
                name,
                lot or "",
                layer.on,
                layer.doc_type,
                layer.doc_number,
                layer.qty_in,
                layer.qty_left,
                (layer.value_left / layer.qty_left).quantize(Decimal("0.000001")),
                layer.value_left,
            )
            for layer, code, name, lot in tx.execute(stmt)
        )
        return LayerValuation(rows, sum((r.qty_left for r in rows), ZERO), sum((r.value_left for r in rows), ZERO))
