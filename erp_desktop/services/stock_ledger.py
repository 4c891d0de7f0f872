"""The one posting service for everything that moves stock.

``post_moves(tx, moves, …)`` writes append-only ``stock_move`` rows, keeps ``stock_balance``
(product × bin) and ``product_cost`` (moving weighted average) in step, in the caller's
transaction. Sales, purchasing and inventory documents all post through it.

Costing (moving weighted average per product over all internal locations):
- a receipt from outside (supplier, customer return, adjustment, opening) adds its value and
  re-averages: ``avg = value / qty``, kept to 6 places;
- an issue to outside is valued at the current average, rounded half-up to the cent — except an
  issue of the whole remaining quantity, which takes the whole remaining value, so rounding
  residue never lingers and stock value = Σ move values exactly;
- a caller may fix the value (returns at their original cost); an issue never takes more value
  than remains while quantity remains, so value and average never go negative;
- internal → internal (transfers) carry value at the average and change no totals.
Negative stock follows the source warehouse's policy: forbid (default), warn, allow.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ConfirmationRequired, InsufficientStock, ValidationError
from ..i18n import tr
from ..models.base import uuid7, utcnow
from ..models.catalog import Product
from ..models.stock import ProductCost, StockBalance, StockMove
from ..models.warehouse import BinStatus, Location, LocationKind, NegativePolicy, VirtualLocation, Warehouse
from ..money import ZERO, money, price, qty as qty_
from .uow import actor_of


@dataclass(frozen=True)
class MoveSpec:
    """One movement to post. ``unit_cost``/``value`` fix the valuation (receipts at purchase
    price, returns at original cost); leave both None to value at the current average."""

    product_id: uuid.UUID
    from_location_id: uuid.UUID
    to_location_id: uuid.UUID
    qty: Decimal
    unit_cost: Decimal | None = None
    value: Decimal | None = None
    doc_line_id: uuid.UUID | None = None


def virtual_location_id(tx: Session, code: VirtualLocation) -> uuid.UUID:
    cache = tx.info.setdefault("_virtual", {})
    if code not in cache:
        found = tx.scalar(select(Location.id).where(Location.warehouse_id.is_(None), Location.code == code.value))
        if found is None:
            raise ValidationError(tr("The database is missing its reference data; run 'erp-desktop init'."))
        cache[code] = found
    return cache[code]


def ensure_virtual_locations(tx: Session) -> None:
    """Seed the virtual locations (idempotent)."""
    kinds = {
        VirtualLocation.SUPPLIER: LocationKind.SUPPLIER,
        VirtualLocation.CUSTOMER: LocationKind.CUSTOMER,
        VirtualLocation.ADJUSTMENT: LocationKind.ADJUSTMENT,
        VirtualLocation.TRANSIT: LocationKind.TRANSIT,
        VirtualLocation.OPENING: LocationKind.OPENING,
    }
    existing = set(tx.scalars(select(Location.code).where(Location.warehouse_id.is_(None))))
    for code, kind in kinds.items():
        if code.value not in existing:
            tx.add(Location(warehouse_id=None, code=code.value, name=code.name.title(), kind=kind.value))
    tx.flush()


def on_hand(tx: Session, product_id: uuid.UUID, location_id: uuid.UUID, *, lock: bool = False) -> Decimal:
    stmt = select(StockBalance.qty).where(StockBalance.product_id == product_id, StockBalance.location_id == location_id)
    if lock:
        stmt = stmt.with_for_update()
    return tx.scalar(stmt) or ZERO


def post_moves(
    tx: Session,
    moves: list[MoveSpec],
    *,
    doc_type: str,
    doc_id: uuid.UUID,
    doc_number: str = "",
    on: date,
    acknowledged: frozenset[str] = frozenset(),
) -> list[StockMove]:
    """Post ``moves`` for one document. Returns the written moves (with their values).

    Raises ValidationError (bad quantity, inactive product, frozen/full bin, same location),
    InsufficientStock (under "forbid"), ConfirmationRequired (under "warn", key
    ``negative-stock``; capacity exceeded, key ``bin-capacity``)."""
    actor = actor_of(tx)
    written: list[StockMove] = []
    now = utcnow()
    for seq, spec in enumerate(moves):
        quantity = _check_quantity(spec.qty)
        if spec.from_location_id == spec.to_location_id:
            raise ValidationError(tr("A movement needs two different locations."), field="location")
        product = _product(tx, spec.product_id)
        source = _location(tx, spec.from_location_id)
        target = _location(tx, spec.to_location_id)
        internal_from = source.kind == LocationKind.BIN.value
        internal_to = target.kind == LocationKind.BIN.value
        if internal_from:
            _check_bin_usable(source, incoming=False)
        if internal_to:
            _check_bin_usable(target, incoming=True)
        cost = _cost(tx, product.id)
        if internal_from:
            _check_available(tx, product, source, quantity, acknowledged)
        if internal_to:
            _check_capacity(tx, target, quantity, acknowledged)
        unit_cost, value = _valuation(spec, quantity, cost, internal_from, internal_to, product)
        if internal_from and not internal_to:
            _issue(cost, quantity, value)
        elif internal_to and not internal_from:
            _receive(cost, quantity, value)
        if internal_from:
            _balance(tx, product.id, source.id).qty -= quantity
        if internal_to:
            _balance(tx, product.id, target.id).qty += quantity
        move = StockMove(
            id=uuid7(), product_id=product.id, from_location_id=source.id, to_location_id=target.id, qty=quantity,
            unit_cost=unit_cost, value=value, doc_type=doc_type, doc_id=doc_id, doc_line_id=spec.doc_line_id,
            doc_number=doc_number, on=on, moved_at=now, user_name=actor.username, seq=seq,
        )
        tx.add(move)
        written.append(move)
    return written


def _check_quantity(value: Decimal) -> Decimal:
    quantity = qty_(value)
    if quantity != value or quantity <= ZERO:
        raise ValidationError(tr("Quantity must be greater than zero with at most 3 decimals (got {qty}).", qty=value), field="qty")
    return quantity


def _product(tx: Session, product_id: uuid.UUID) -> Product:
    product = tx.get(Product, product_id)
    if product is None:
        raise ValidationError(tr("Unknown product."), field="product")
    if not product.active:
        raise ValidationError(tr("Product {code} {name} is inactive and cannot be moved.", code=product.code, name=product.name), field="product")
    return product


def _location(tx: Session, location_id: uuid.UUID) -> Location:
    location = tx.get(Location, location_id)
    if location is None:
        raise ValidationError(tr("Unknown location."), field="location")
    return location


def _where(location: Location) -> str:
    warehouse = location.warehouse
    return f"{warehouse.name} / {location.code}" if warehouse else location.code


def _check_bin_usable(location: Location, *, incoming: bool) -> None:
    warehouse: Warehouse | None = location.warehouse
    if warehouse is not None and not warehouse.active:
        raise ValidationError(tr("Warehouse {name} is inactive.", name=warehouse.name), field="warehouse")
    if location.status == BinStatus.FROZEN.value:
        raise ValidationError(tr("Bin {where} is frozen; no stock can move in or out.", where=_where(location)), field="location")
    if incoming and location.status == BinStatus.FULL.value:
        raise ValidationError(tr("Bin {where} is marked full.", where=_where(location)), field="location")


def _check_available(tx: Session, product: Product, source: Location, quantity: Decimal, acknowledged: frozenset[str]) -> None:
    balance = _balance(tx, product.id, source.id)
    if balance.qty >= quantity:
        return
    policy = source.warehouse.negative_policy if source.warehouse else NegativePolicy.ALLOW.value
    message = tr(
        "Not enough stock of {code} {name} in {where}: on hand {on_hand}, requested {requested}.",
        code=product.code, name=product.name, where=_where(source), on_hand=balance.qty, requested=quantity,
    )
    if policy == NegativePolicy.FORBID.value:
        raise InsufficientStock(message)
    if policy == NegativePolicy.WARN.value and "negative-stock" not in acknowledged:
        raise ConfirmationRequired("negative-stock", message + " " + tr("Post anyway?"))


def _check_capacity(tx: Session, target: Location, quantity: Decimal, acknowledged: frozenset[str]) -> None:
    if target.capacity is None or "bin-capacity" in acknowledged:
        return
    total = sum((b.qty for b in _bin_balances(tx, target.id)), ZERO)
    if total + quantity > target.capacity:
        raise ConfirmationRequired(
            "bin-capacity",
            tr("Bin {where} holds {total} of capacity {capacity}; adding {qty} exceeds it. Post anyway?",
               where=_where(target), total=total, capacity=target.capacity, qty=quantity),
        )


def _bin_balances(tx: Session, location_id: uuid.UUID) -> list[StockBalance]:
    tx.flush()
    return list(tx.scalars(select(StockBalance).where(StockBalance.location_id == location_id)))


def _balance(tx: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> StockBalance:
    """The balance row, locked for update (PostgreSQL online mode: two clients racing for the
    last unit serialise here)."""
    key = (product_id, location_id)
    row = tx.get(StockBalance, key, with_for_update=tx.bind.dialect.name != "sqlite")
    if row is None:
        row = StockBalance(product_id=product_id, location_id=location_id, qty=ZERO)
        tx.add(row)
    return row


def _cost(tx: Session, product_id: uuid.UUID) -> ProductCost:
    row = tx.get(ProductCost, product_id, with_for_update=tx.bind.dialect.name != "sqlite")
    if row is None:
        row = ProductCost(product_id=product_id, qty=ZERO, value=ZERO, avg_cost=ZERO)
        tx.add(row)
    return row


def _valuation(spec: MoveSpec, quantity: Decimal, cost: ProductCost, internal_from: bool, internal_to: bool, product: Product) -> tuple[Decimal, Decimal]:
    """(unit cost, value) of one move. See the module docstring for the rules."""
    if spec.value is not None:
        value = money(spec.value)
    elif spec.unit_cost is not None:
        value = money(quantity * spec.unit_cost)
    else:
        average = cost.avg_cost if cost.avg_cost > ZERO else price(product.purchase_price)
        value = money(quantity * average)
    if value < ZERO:
        raise ValidationError(tr("A movement's value cannot be negative."), field="value")
    issue = internal_from and not internal_to
    if issue and cost.qty > ZERO:
        value = cost.value if quantity >= cost.qty else min(value, max(cost.value, ZERO))
    return price(value / quantity), value


def _receive(cost: ProductCost, quantity: Decimal, value: Decimal) -> None:
    cost.qty += quantity
    cost.value += value
    _reaverage(cost, fallback=value / quantity)


def _issue(cost: ProductCost, quantity: Decimal, value: Decimal) -> None:
    cost.qty -= quantity
    cost.value -= value
    _reaverage(cost, fallback=cost.avg_cost)


def _reaverage(cost: ProductCost, *, fallback: Decimal) -> None:
    if cost.qty > ZERO and cost.value >= ZERO:
        cost.avg_cost = price(cost.value / cost.qty)
    else:
        cost.avg_cost = price(max(fallback, ZERO))
