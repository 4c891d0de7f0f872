"""Lots (批次 / 保质期) on the read side: stock and value per lot, the expiry warning list
(近效期 / 已过期), tracing a lot both ways (the supplier it came from, the customers who received
it — a recall list), and the shop's setting for expired lots.

Stock per lot is ``lot_balance`` (kept by the ledger with the moves); value per lot is its
quantity at the product's moving average (the shop's costing method), rounded to the cent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.catalog import Product
from erp_desktop.models.counter import CounterTicket
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.purchasing import PurchaseReceipt, PurchaseReturn
from erp_desktop.models.sales import SalesDelivery, SalesReturn
from erp_desktop.models.stock import LotBalance, ProductCost, StockLot, StockMove
from erp_desktop.models.system import AppSetting
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.money import ZERO, money
from erp_desktop.services.ledger.lots import EXPIRED_LOTS_KEY, LotInput, lot_id
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

DEFAULT_WARNING_DAYS = 30  # 近效期 window of a product that names none


@dataclass(frozen=True)
class LotBin:
    location_id: uuid.UUID
    label: str
    qty: Decimal


@dataclass(frozen=True)
class LotRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    number: str
    production_date: date | None
    expiry_date: date | None
    supplier_name: str
    origin_doc_number: str
    qty: Decimal
    value: Decimal
    bins: tuple[LotBin, ...]


def bin_labels(tx: Session, ids: set) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = tx.execute(
        select(Location.id, Location.code, Warehouse.name)
        .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.id.in_(list(ids)))
    )
    return {i: (f"{w} / {c}" if w else c) for i, c, w in rows}


def product_lots(uow: UnitOfWork, product_id: uuid.UUID, *, in_stock_only: bool = False) -> list[LotRow]:
    """The product's lots, first expiry first, with stock and value per lot and per bin."""
    with uow.read() as tx:
        return _lot_rows(tx, [StockLot.product_id == product_id], in_stock_only=in_stock_only)


def _lot_rows(tx: Session, where: list, *, in_stock_only: bool) -> list[LotRow]:
    lots = tx.execute(
        select(StockLot, Product.code, Product.name, Supplier.name)
        .join(Product, Product.id == StockLot.product_id)
        .outerjoin(Supplier, Supplier.id == StockLot.supplier_id)
        .where(*where)
    ).all()
    ids = [row[0].id for row in lots]
    held: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for lot_key, location, quantity in tx.execute(
            select(LotBalance.lot_id, LotBalance.location_id, LotBalance.qty).where(
                LotBalance.lot_id.in_(chunk), LotBalance.qty != 0
            )
        ):
            held.setdefault(lot_key, []).append((location, quantity))
    labels = bin_labels(tx, {loc for rows in held.values() for loc, _ in rows})
    products = {row[0].product_id for row in lots}
    averages = dict(
        tx.execute(
            select(ProductCost.product_id, ProductCost.avg_cost).where(ProductCost.product_id.in_(products))
        ).all()
    )
    layered = _fifo_lot_values(tx, ids)
    out = []
    for row in lots:
        lot: StockLot = row[0]
        code, name, supplier = row[1], row[2], row[3]
        bins = tuple(
            LotBin(loc, labels.get(loc, ""), q)
            for loc, q in sorted(held.get(lot.id, []), key=lambda r: labels.get(r[0], ""))
        )
        quantity = sum((b.qty for b in bins), ZERO)
        if in_stock_only and quantity <= ZERO:
            continue
        out.append(
            LotRow(
                lot.id,
                lot.product_id,
                code,
                name,
                lot.number,
                lot.production_date,
                lot.expiry_date,
                supplier or "",
                lot.origin_doc_number,
                quantity,
                layered[lot.id] if lot.id in layered else money(quantity * averages.get(lot.product_id, ZERO)),
                bins,
            )
        )
    out.sort(key=lambda r: (r.product_code, r.expiry_date is None, r.expiry_date or date.max, r.number))
    return out


def _fifo_lot_values(tx: Session, lot_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """A FIFO product's lot is worth what its cost layers still hold (``ledger.layers``)."""
    from erp_desktop.models.costing import CostLayer

    values: dict[uuid.UUID, Decimal] = {}
    for chunk in (lot_ids[i : i + 500] for i in range(0, len(lot_ids), 500)):
        for lot_key, value in tx.execute(
            select(CostLayer.lot_id, sum_of(CostLayer.value_left))
            .where(CostLayer.lot_id.in_(chunk))
            .group_by(CostLayer.lot_id)
        ):
            values[lot_key] = value
    return values


def lot_on_hand(uow: UnitOfWork, lot: uuid.UUID, location_id: uuid.UUID | None = None) -> Decimal:
    """On hand of one lot (at one bin, or over all): one indexed read of ``lot_balance``."""
    with uow.read() as tx:
        stmt = select(sum_of(LotBalance.qty)).where(LotBalance.lot_id == lot)
        if location_id is not None:
            stmt = select(LotBalance.qty).where(LotBalance.lot_id == lot, LotBalance.location_id == location_id)
        quantity: Decimal | None = tx.scalar(stmt)
        return ZERO if quantity is None else quantity


# --- expiry --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExpiryRow:
    lot_id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    number: str
    expiry_date: date
    days_left: int
    state: str  # "near" (近效期) or "expired" (已过期)
    qty: Decimal
    value: Decimal


def expiry_list(uow: UnitOfWork, *, on: date | None = None, state: str = "") -> list[ExpiryRow]:
    """Lots in stock that expired before ``on`` or expire within their product's warning window
    (``expiry_warning_days``, default 30), earliest first. ``state`` "near"/"expired" filters."""
    on = on or date.today()
    with uow.read() as tx:
        return expiry_rows(tx, on, state=state)


def expiry_rows(tx: Session, on: date, *, state: str = "", limit: int | None = None) -> list[ExpiryRow]:
    window = func.coalesce(Product.expiry_warning_days, DEFAULT_WARNING_DAYS)
    horizon = on + timedelta(days=366 * 5)
    stmt = (
        select(
            StockLot.id,
            StockLot.product_id,
            Product.code,
            Product.name,
            StockLot.number,
            StockLot.expiry_date,
            window,
            sum_of(LotBalance.qty),
        )
        .join(Product, Product.id == StockLot.product_id)
        .join(LotBalance, LotBalance.lot_id == StockLot.id)
        .where(StockLot.expiry_date.is_not(None), StockLot.expiry_date <= horizon)
        .group_by(
            StockLot.id, StockLot.product_id, Product.code, Product.name, StockLot.number, StockLot.expiry_date, window
        )
        .having(func.sum(LotBalance.qty) > 0)
        .order_by(StockLot.expiry_date, Product.code, StockLot.number)
    )
    rows = tx.execute(stmt).all()
    averages = dict(
        tx.execute(
            select(ProductCost.product_id, ProductCost.avg_cost).where(ProductCost.product_id.in_({r[1] for r in rows}))
        ).all()
    )
    out = []
    for lot, product, code, name, number, expires, days, quantity in rows:
        if expires is None:
            continue
        left = (expires - on).days
        if left > int(days):
            continue
        kind = "expired" if left < 0 else "near"
        if state and kind != state:
            continue
        out.append(
            ExpiryRow(
                lot,
                product,
                code,
                name,
                number,
                expires,
                left,
                kind,
                quantity,
                money(quantity * averages.get(product, ZERO)),
            )
        )
        if limit is not None and len(out) >= limit:
            break
    return out


@dataclass(frozen=True)
class ExpiryCard:
    """The dashboard card: how many lots (and their value) are expired / near expiry."""

    expired_lots: int
    expired_value: Decimal
    near_lots: int
    near_value: Decimal
    first: tuple[ExpiryRow, ...]


def expiry_card(uow: UnitOfWork, *, on: date | None = None) -> ExpiryCard:
    rows = expiry_list(uow, on=on)
    expired = [r for r in rows if r.state == "expired"]
    near = [r for r in rows if r.state == "near"]
    return ExpiryCard(
        len(expired),
        sum((r.value for r in expired), ZERO),
        len(near),
        sum((r.value for r in near), ZERO),
        tuple(rows[:5]),
    )


def set_expired_lot_policy(uow: UnitOfWork, policy: str) -> None:
    """``ask`` (default: selling an expired lot asks first) or ``forbid``. Owner only."""
    if policy not in ("ask", "forbid"):
        raise ValidationError(tr("The expired-lot policy is 'ask' or 'forbid'."), field="policy")
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        row = tx.scalar(select(AppSetting).where(AppSetting.key == EXPIRED_LOTS_KEY))
        if row is None:
            tx.add(AppSetting(key=EXPIRED_LOTS_KEY, value=policy))
        else:
            row.value = policy


def expired_lot_policy(uow: UnitOfWork) -> str:
    with uow.read() as tx:
        value = tx.scalar(select(AppSetting.value).where(AppSetting.key == EXPIRED_LOTS_KEY))
        return "forbid" if value == "forbid" else "ask"


# --- tracing -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TraceRow:
    on: date
    doc_type: str
    doc_number: str
    party_name: str
    qty: Decimal
    where: str


@dataclass(frozen=True)
class LotTrace:
    lot_id: uuid.UUID
    product_code: str
    product_name: str
    number: str
    production_date: date | None
    expiry_date: date | None
    supplier_name: str
    origin_doc_number: str
    received_on: date | None
    on_hand: Decimal
    suppliers: tuple[TraceRow, ...]  # what came in from suppliers (and went back)
    customers: tuple[TraceRow, ...]  # the recall list: deliveries of the lot, by customer
    returns: tuple[TraceRow, ...]  # what customers brought back


# doc type → (document table, its party column, the party table)
_PARTIES: dict[str, tuple[Any, Any, Any]] = {
    "DN": (SalesDelivery, SalesDelivery.customer_id, Customer),
    "SR": (SalesReturn, SalesReturn.customer_id, Customer),
    "PR": (PurchaseReceipt, PurchaseReceipt.supplier_id, Supplier),
    "PT": (PurchaseReturn, PurchaseReturn.supplier_id, Supplier),
    "POS": (CounterTicket, CounterTicket.customer_id, Customer),  # a counter sale (零售) and return
    "POR": (CounterTicket, CounterTicket.customer_id, Customer),
}


def party_names(tx: Session, docs: set[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID], str]:
    """The customer or supplier of each (doc type, doc id) of a sale, return or purchase."""
    found: dict[tuple[str, uuid.UUID], str] = {}
    for doc_type, (model, party_column, party) in _PARTIES.items():
        ids = [d for t, d in docs if t == doc_type]
        if not ids:
            continue
        for doc, name in tx.execute(
            select(model.id, party.name).join(party, party.id == party_column).where(model.id.in_(ids))
        ):
            found[(doc_type, doc)] = name
    return found


def lot_moves(tx: Session, lot: uuid.UUID) -> list[Any]:
    """The lot's moves in order, with the kinds of both locations."""
    source, target = Location.__table__.alias("src"), Location.__table__.alias("dst")
    rows = tx.execute(
        select(
            StockMove.on,
            StockMove.doc_type,
            StockMove.doc_id,
            StockMove.doc_number,
            StockMove.qty,
            StockMove.from_location_id,
            StockMove.to_location_id,
            source.c.kind,
            target.c.kind,
        )
        .join(source, source.c.id == StockMove.from_location_id)
        .join(target, target.c.id == StockMove.to_location_id)
        .where(StockMove.lot_id == lot)
        .order_by(StockMove.on, StockMove.moved_at, StockMove.seq)
    ).all()
    return list(rows)


def find_lot_row(tx: Session, product_id: uuid.UUID, number: str) -> StockLot:
    lot = tx.get(StockLot, lot_id(product_id, number))
    if lot is None:
        raise NotFound(tr("There is no lot {number} of this product.", number=number.strip()))
    return lot


def trace_lot(uow: UnitOfWork, product_id: uuid.UUID, number: str) -> LotTrace:
    """Where lot ``number`` of the product came from and who received it (the recall list).
    Raises NotFound."""
    with uow.read() as tx:
        lot = find_lot_row(tx, product_id, number)
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("The product no longer exists."))
        supplier = tx.get(Supplier, lot.supplier_id) if lot.supplier_id else None
        moves = lot_moves(tx, lot.id)
        parties = party_names(tx, {(m.doc_type, m.doc_id) for m in moves})
        labels = bin_labels(
            tx,
            {m.from_location_id for m in moves if m[7] == LocationKind.BIN.value}
            | {m.to_location_id for m in moves if m[8] == LocationKind.BIN.value},
        )
        suppliers, customers, returns = [], [], []
        on_hand = ZERO
        for m in moves:
            src_kind, dst_kind = m[7], m[8]
            if dst_kind == LocationKind.BIN.value:
                on_hand += m.qty
            if src_kind == LocationKind.BIN.value:
                on_hand -= m.qty
            party = parties.get((m.doc_type, m.doc_id), "")
            if dst_kind == LocationKind.CUSTOMER.value:
                customers.append(
                    TraceRow(m.on, m.doc_type, m.doc_number, party, m.qty, labels.get(m.from_location_id, ""))
                )
            elif src_kind == LocationKind.CUSTOMER.value:
                returns.append(TraceRow(m.on, m.doc_type, m.doc_number, party, m.qty, labels.get(m.to_location_id, "")))
            elif src_kind == LocationKind.SUPPLIER.value:
                suppliers.append(
                    TraceRow(m.on, m.doc_type, m.doc_number, party, m.qty, labels.get(m.to_location_id, ""))
                )
            elif dst_kind == LocationKind.SUPPLIER.value:
                suppliers.append(
                    TraceRow(m.on, m.doc_type, m.doc_number, party, -m.qty, labels.get(m.from_location_id, ""))
                )
        return LotTrace(
            lot.id,
            product.code,
            product.name,
            lot.number,
            lot.production_date,
            lot.expiry_date,
            supplier.name if supplier else "",
            lot.origin_doc_number,
            lot.received_on,
            on_hand,
            tuple(suppliers),
            tuple(customers),
            tuple(returns),
        )


# --- tracking settings of a product ------------------------------------------------------
@dataclass(frozen=True)
class Tracking:
    lot_tracked: bool = False
    serial_tracked: bool = False
    shelf_life_days: int | None = None
    expiry_warning_days: int | None = None
    warranty_days: int | None = None


def product_tracking(uow: UnitOfWork, product_id: uuid.UUID) -> Tracking:
    with uow.read() as tx:
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("The product no longer exists."))
        return Tracking(
            product.lot_tracked,
            product.serial_tracked,
            product.shelf_life_days,
            product.expiry_warning_days,
            product.warranty_days,
        )


def set_tracking(uow: UnitOfWork, product_id: uuid.UUID, tracking: Tracking) -> Tracking:
    """Make a product lot- or serial-tracked (or neither) with its shelf life, warning window and
    warranty. The flags change only before the product's first stock move (every move of a
    tracked product names its lot). Raises ValidationError, NotFound, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.EDIT_MASTER)
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("The product no longer exists."))
        if tracking.lot_tracked and tracking.serial_tracked:
            raise ValidationError(
                tr("A product is tracked by lot or by serial number, not both."), field="serial_tracked"
            )
        for field, value in (
            ("shelf_life_days", tracking.shelf_life_days),
            ("expiry_warning_days", tracking.expiry_warning_days),
            ("warranty_days", tracking.warranty_days),
        ):
            if value is not None and (value < 0 or value > 36500 or (field == "shelf_life_days" and value == 0)):
                raise ValidationError(
                    tr("{field} must be a whole number of days between 1 and 36500.", field=field.replace("_", " ")),
                    field=field,
                )
        changes_flags = (product.lot_tracked, product.serial_tracked) != (tracking.lot_tracked, tracking.serial_tracked)
        if changes_flags and tx.scalar(select(StockMove.id).where(StockMove.product_id == product_id).limit(1)):
            raise ValidationError(
                tr(
                    "{code} {name} already has stock moves: lot or serial tracking can only be chosen before its first move.",
                    code=product.code,
                    name=product.name,
                ),
                field="lot_tracked",
            )
        product.lot_tracked = tracking.lot_tracked
        product.serial_tracked = tracking.serial_tracked
        product.shelf_life_days = tracking.shelf_life_days if tracking.lot_tracked else None
        product.expiry_warning_days = tracking.expiry_warning_days
        product.warranty_days = tracking.warranty_days
        return tracking


# --- lots as typed on the command line -------------------------------------------------------
def parse_lot_option(text: str, *, serial: bool = False) -> tuple[str, LotInput]:
    """``PRODUCT:LOT[:QTY[:EXPIRY[:PRODUCTION]]]`` (a serial: ``PRODUCT:SERIAL``) → (product code,
    the lot as entered). Dates are YYYY-MM-DD. Raises ValidationError."""
    from erp_desktop.money import NotANumber, parse_decimal

    parts = [p.strip() for p in text.split(":")]
    if len(parts) < 2 or not parts[0] or not parts[1] or (serial and len(parts) > 2):
        raise ValidationError(
            tr("Write a serial as PRODUCT:SERIAL (got {text}).", text=text)
            if serial
            else tr("Write a lot as PRODUCT:LOT[:QTY[:EXPIRY[:PRODUCTION]]] (got {text}).", text=text),
            field="lot",
        )
    quantity = Decimal(1)
    if len(parts) > 2 and parts[2]:
        try:
            quantity = parse_decimal(parts[2])
        except NotANumber:
            raise ValidationError(tr("{what} is not a number: {text}", what=tr("Quantity"), text=parts[2])) from None

    def _date(value: str) -> date | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                tr("{text} is not a date: write YYYY-MM-DD, e.g. 2026-03-31.", text=value), field="lot"
            ) from None

    expiry = _date(parts[3]) if len(parts) > 3 else None
    made = _date(parts[4]) if len(parts) > 4 else None
    return parts[0], LotInput(parts[1], quantity, production_date=made, expiry_date=expiry)


def lots_by_product(items: list[str], serials: list[str], code_to_id) -> dict[uuid.UUID, list[LotInput]]:
    """``--lot``/``--serial`` options grouped by product id (``code_to_id`` resolves a code)."""
    out: dict[uuid.UUID, list[LotInput]] = {}
    for text, serial in [(t, False) for t in items] + [(t, True) for t in serials]:
        code, lot = parse_lot_option(text, serial=serial)
        out.setdefault(code_to_id(code), []).append(lot)
    return out
