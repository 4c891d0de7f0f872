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
A product costed first-in-first-out (``product.costing_method`` "fifo", ``ledger.layers``) keeps
the same totals, but each move in opens a cost layer and each move out is valued at what it takes
from the oldest layers (of its lot, for a lot-tracked product); ``product_cost.avg_cost`` is then
just value / qty. Landed costs add value without quantity (``ledger.revalue``, ``add_stock_value``).
Negative stock follows the source warehouse's policy: forbid (default), warn, allow.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import BindParameter, Select, Table, bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, InsufficientStock, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.costing import CostingMethod
from erp_desktop.models.stock import ProductCost, StockBalance, StockMove
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, NegativePolicy, VirtualLocation, Warehouse
from erp_desktop.money import ZERO, money, price
from erp_desktop.money import qty as qty_
from erp_desktop.services.ledger import lots as lot_dimension
from erp_desktop.services.ledger.journal import ensure_period_open
from erp_desktop.services.ledger.layers import LayerBook
from erp_desktop.storage.fastsql import PreparedIn
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.txcache import tx_cache
from erp_desktop.storage.uow import actor_of


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
    # lot- and serial-tracked products: the lot (or serial) moved, or several as (lot id, qty)
    # pairs adding up to ``qty``; neither: first expiry first out from the source bin
    lot_id: uuid.UUID | None = None
    lots: tuple[tuple[uuid.UUID, Decimal], ...] = ()
    # the document line a refusal names ("Line 3, …"); None: the move's place in the call
    line: int | None = None


def virtual_location_id(tx: Session, code: VirtualLocation) -> uuid.UUID:
    uow = tx.info.get("uow")  # the ids never change: remember them for the shop, not just the transaction
    cache = getattr(uow, "_virtual_locations", None) if uow is not None else None
    if cache is None:
        cache = tx.info.setdefault("_virtual", {})
        if uow is not None:
            uow._virtual_locations = cache
    if code not in cache:
        found = tx.scalar(select(Location.id).where(Location.warehouse_id.is_(None), Location.code == code.value))
        if found is None:
            raise ValidationError(tr("The database is missing its reference data; run 'erp-desktop init'."))
        cache[code] = found
    location_id: uuid.UUID = cache[code]
    return location_id


def ensure_virtual_locations(tx: Session) -> None:
    """Seed the virtual locations (idempotent)."""
    kinds = {
        VirtualLocation.SUPPLIER: LocationKind.SUPPLIER,
        VirtualLocation.CUSTOMER: LocationKind.CUSTOMER,
        VirtualLocation.ADJUSTMENT: LocationKind.ADJUSTMENT,
        VirtualLocation.TRANSIT: LocationKind.TRANSIT,
        VirtualLocation.OPENING: LocationKind.OPENING,
        VirtualLocation.ASSEMBLY: LocationKind.ASSEMBLY,
    }
    existing = set(tx.scalars(select(Location.code).where(Location.warehouse_id.is_(None))))
    for code, kind in kinds.items():
        if code.value not in existing:
            tx.add(Location(warehouse_id=None, code=code.value, name=code.name.title(), kind=kind.value))
    tx.flush()


def on_hand(tx: Session, product_id: uuid.UUID, location_id: uuid.UUID, *, lock: bool = False) -> Decimal:
    stmt = select(StockBalance.qty).where(
        StockBalance.product_id == product_id, StockBalance.location_id == location_id
    )
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
) -> list[PostedMove]:
    """Post ``moves`` for one document. Returns one written move per entry of ``moves`` (with
    its value); a move that the lot dimension split over several lots comes back summed (its
    ``lot_id`` None) while each lot's part is written as its own row.

    Raises ValidationError (bad quantity, inactive product, frozen/full bin, same location),
    InsufficientStock (under "forbid"), ConfirmationRequired (under "warn", key
    ``negative-stock``; capacity exceeded, key ``bin-capacity``).

    Speed: the products, locations (with warehouses), costs and balances the moves touch are
    loaded up front in one query each (locked ``FOR UPDATE`` off SQLite), then the moves are
    worked through in memory; the changed costs and balances and the new moves are written with
    one executemany per table, below the ORM (moves are append-only, costs and balances derived)."""
    actor = actor_of(tx)
    written: list[PostedMove] = []
    if not moves:
        return written
    ensure_period_open(tx, on)  # no stock moves into a closed month, whoever posts them
    quantities = []
    for spec in moves:
        quantities.append(_check_quantity(spec.qty))
        if spec.from_location_id == spec.to_location_id:
            raise ValidationError(tr("A movement needs two different locations."), field="location")
    if tx.autoflush:
        tx.flush()  # the ledger reads and writes below the ORM: let it see what the session holds
    now = utcnow()
    rows = _Rows(tx, moves)
    parts, lot_ledger = lot_dimension.expand(tx, moves, quantities, rows.products, rows.locations)
    fifo = [p.id for p in rows.products.values() if p.costing_method == CostingMethod.FIFO.value]
    if fifo:
        LayerBook.of(tx).load(fifo)  # every FIFO product's layers in one query
    for seq, (index, spec) in enumerate(parts):
        quantity = spec.qty if spec.lot_id is not None else quantities[index]
        product = rows.product(spec.product_id)
        source = rows.location(spec.from_location_id)
        target = rows.location(spec.to_location_id)
        internal_from = source.kind == LocationKind.BIN.value
        internal_to = target.kind == LocationKind.BIN.value
        if internal_from:
            _check_bin_usable(source, incoming=False)
        if internal_to:
            _check_bin_usable(target, incoming=True)
        cost = rows.cost(product.id)
        if lot_ledger is not None and spec.lot_id is not None:  # first: a serial's own message is the clearer
            lot_dimension.apply(lot_ledger, spec, product, source, target, on=on, acknowledged=acknowledged)
        if internal_from:
            _check_available(rows.balance(product.id, source.id), product, source, quantity, acknowledged)
        if internal_to:
            _check_capacity(tx, target, quantity, acknowledged, rows)
        unit_cost, value = _valuation(spec, quantity, cost, internal_from, internal_to, product)
        move_id = uuid7()
        if product.costing_method == CostingMethod.FIFO.value and internal_from != internal_to:
            unit_cost, value = _fifo(
                tx, spec, product, move_id, quantity, value, cost, internal_to, (doc_type, doc_number, on, now, seq)
            )
        if internal_from and not internal_to:
            _issue(cost, quantity, value)
        elif internal_to and not internal_from:
            _receive(cost, quantity, value)
        if internal_from:
            rows.balance(product.id, source.id).qty -= quantity
        if internal_to:
            rows.balance(product.id, target.id).qty += quantity
        written.append(
            PostedMove(
                id=move_id,
                product_id=product.id,
                from_location_id=source.id,
                to_location_id=target.id,
                qty=quantity,
                unit_cost=unit_cost,
                value=value,
                doc_type=doc_type,
                doc_id=doc_id,
                doc_line_id=spec.doc_line_id,
                doc_number=doc_number,
                on=on,
                moved_at=now,
                user_name=actor.username,
                seq=seq,
                lot_id=spec.lot_id,
            )
        )
    rows.write()
    if "book" in tx_cache(tx, "cost_layers"):
        LayerBook.of(tx).write()
    if lot_ledger is not None:
        lot_ledger.write()
    insert_rows(tx, StockMove.__table__, [move._asdict() for move in written])
    if len(written) == len(moves):
        return written
    return _per_spec(parts, written)


def _per_spec(parts: list[tuple[int, MoveSpec]], written: list[PostedMove]) -> list[PostedMove]:
    """One move per caller's spec: the parts of a split move summed (quantity, value)."""
    out: list[PostedMove] = []
    last = -1
    for (index, _spec), move in zip(parts, written):
        if index != last:
            out.append(move)
            last = index
            continue
        first = out[-1]
        total_qty, total_value = first.qty + move.qty, first.value + move.value
        out[-1] = first._replace(
            qty=total_qty, value=total_value, unit_cost=price(total_value / total_qty), lot_id=None
        )
    return out


class PostedMove(NamedTuple):
    """A stock move as written (a plain value: the ledger appends rows, it does not track them)."""

    id: uuid.UUID
    product_id: uuid.UUID
    from_location_id: uuid.UUID
    to_location_id: uuid.UUID
    qty: Decimal
    unit_cost: Decimal
    value: Decimal
    doc_type: str
    doc_id: uuid.UUID
    doc_line_id: uuid.UUID | None
    doc_number: str
    on: date
    moved_at: datetime
    user_name: str
    seq: int
    lot_id: uuid.UUID | None = None


class _Cost:
    """A ``product_cost`` row held by the transaction (plain, written back by ``_Rows.write``)."""

    __slots__ = ("product_id", "qty", "value", "avg_cost", "stored")

    def __init__(
        self, product_id: uuid.UUID, qty: Decimal, value: Decimal, avg_cost: Decimal, stored: bool = True
    ) -> None:
        self.product_id, self.qty, self.value, self.avg_cost, self.stored = product_id, qty, value, avg_cost, stored


class _Balance:
    """A ``stock_balance`` row held by the transaction."""

    __slots__ = ("product_id", "location_id", "qty", "stored")

    def __init__(self, product_id: uuid.UUID, location_id: uuid.UUID, qty: Decimal, stored: bool = True) -> None:
        self.product_id, self.location_id, self.qty, self.stored = product_id, location_id, qty, stored


class _Rows:
    """The rows one ``post_moves`` call reads and changes: products and locations as read-only
    refs, costs and balances as plain rows loaded in one query each (locked ``FOR UPDATE`` off
    SQLite) and kept for the rest of the transaction; ``write`` stores what changed with one
    executemany per table."""

    def __init__(self, tx: Session, moves: list[MoveSpec]):
        self.tx = tx
        lock = tx.get_bind().dialect.name != "sqlite"
        product_ids = {m.product_id for m in moves}
        location_ids = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
        self.products = product_refs(tx, product_ids)
        self.locations = location_refs(tx, location_ids)
        held = tx_cache(tx, "stock_rows")  # written only by ``_Rows.write``: in step by itself
        held.setdefault("costs", {})
        held.setdefault("balances", {})
        self.costs: dict[uuid.UUID, _Cost] = held["costs"]
        self.balances: dict[tuple[uuid.UUID, uuid.UUID], _Balance] = held["balances"]
        self.touched_costs: dict[uuid.UUID, _Cost] = {}
        self.touched_balances: dict[tuple[uuid.UUID, uuid.UUID], _Balance] = {}
        internal = {i for i, loc in self.locations.items() if loc.kind == LocationKind.BIN.value}
        wanted = {
            (m.product_id, loc) for m in moves for loc in (m.from_location_id, m.to_location_id) if loc in internal
        }
        missing = wanted - set(self.balances)
        missing_costs = product_ids - set(self.costs)
        if lock and tx.get_bind().dialect.name == "postgresql":  # create, lock and read in one statement each
            for row in _lock_costs(tx, missing_costs):
                self.costs[row[0]] = _Cost(*row)
            for row in _lock_balances(tx, missing):
                self.balances.setdefault((row[0], row[1]), _Balance(*row))
            missing_costs, missing = set(), set()
        elif lock:  # online mode: create missing rows first, so racing clients lock the same row (no insert race)
            _ensure_rows(tx, missing_costs, missing)
        if missing_costs:
            for row in _COSTS.rows(tx, list(missing_costs), lock=True):
                self.costs[row[0]] = _Cost(*row)
        if missing:
            products, locations = list({k[0] for k in missing}), list({k[1] for k in missing})
            for row in _BALANCES.rows(tx, products, locations, lock=True):
                self.balances.setdefault((row[0], row[1]), _Balance(*row))

    def product(self, product_id: uuid.UUID) -> ProductRef:
        product = self.products.get(product_id)
        if product is None:
            raise ValidationError(tr("Unknown product."), field="product")
        if not product.active:
            raise ValidationError(
                tr("Product {code} {name} is inactive and cannot be moved.", code=product.code, name=product.name),
                field="product",
            )
        return product

    def location(self, location_id: uuid.UUID) -> LocationRef:
        location = self.locations.get(location_id)
        if location is None:
            raise ValidationError(tr("Unknown location."), field="location")
        return location

    def cost(self, product_id: uuid.UUID) -> _Cost:
        row = self.costs.get(product_id)
        if row is None:
            row = self.costs[product_id] = _Cost(product_id, ZERO, ZERO, ZERO, stored=False)
        self.touched_costs[product_id] = row
        return row

    def balance(self, product_id: uuid.UUID, location_id: uuid.UUID) -> _Balance:
        key = (product_id, location_id)
        row = self.balances.get(key)
        if row is None:
            row = self.balances[key] = _Balance(product_id, location_id, ZERO, stored=False)
        self.touched_balances[key] = row
        return row

    def bin_total(self, location_id: uuid.UUID) -> Decimal:
        known = {k: r.qty for k, r in self.balances.items() if k[1] == location_id}
        for product_id, quantity in self.tx.connection().execute(_BIN_BALANCES, {"location": location_id}):
            known.setdefault((product_id, location_id), quantity)
        return sum(known.values(), ZERO)

    def write(self) -> None:
        """Store the costs and balances this call changed (inserts for new rows, then updates)."""
        costs = self.touched_costs.values()
        new = [
            {"product_id": r.product_id, "qty": r.qty, "value": r.value, "avg_cost": r.avg_cost}
            for r in costs
            if not r.stored
        ]
        old = [
            {"product_id": r.product_id, "qty": r.qty, "value": r.value, "avg_cost": r.avg_cost}
            for r in costs
            if r.stored
        ]
        insert_rows(self.tx, ProductCost.__table__, new)
        update_rows(self.tx, ProductCost.__table__, old, ("product_id",))
        balances = self.touched_balances.values()
        new = [
            {"product_id": r.product_id, "location_id": r.location_id, "qty": r.qty} for r in balances if not r.stored
        ]
        old = [{"product_id": r.product_id, "location_id": r.location_id, "qty": r.qty} for r in balances if r.stored]
        insert_rows(self.tx, StockBalance.__table__, new)
        update_rows(self.tx, StockBalance.__table__, old, ("product_id", "location_id"))
        for cost in costs:
            cost.stored = True
        for balance in balances:
            balance.stored = True


def _ensure_rows(tx: Session, product_ids: set[uuid.UUID], balance_keys: set[tuple[uuid.UUID, uuid.UUID]]) -> None:
    """PostgreSQL: insert zero cost/balance rows that do not exist yet (a concurrent insert of the
    same row waits, then does nothing), so ``SELECT … FOR UPDATE`` always finds a row to lock."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    if tx.get_bind().dialect.name != "postgresql":
        return
    if product_ids:
        tx.connection().execute(
            pg_insert(cast(Table, ProductCost.__table__))
            .values([{"product_id": p, "qty": ZERO, "value": ZERO, "avg_cost": ZERO} for p in sorted(product_ids)])
            .on_conflict_do_nothing()
        )
    if balance_keys:
        tx.connection().execute(
            pg_insert(cast(Table, StockBalance.__table__))
            .values([{"product_id": p, "location_id": l, "qty": ZERO} for p, l in sorted(balance_keys)])
            .on_conflict_do_nothing()
        )


def _lock_costs(tx: Session, product_ids: set[uuid.UUID]) -> list[tuple[Any, ...]]:
    """PostgreSQL: the cost rows of ``product_ids``, locked until the transaction ends, zero rows
    made for those that have none. A DO UPDATE that changes nothing locks the row (waiting for a
    client that holds it) and returns its latest values: ``_ensure_rows`` and ``SELECT … FOR
    UPDATE`` in one round trip."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    if not product_ids:
        return []
    stmt = (
        pg_insert(cast(Table, ProductCost.__table__))
        .values([{"product_id": p, "qty": ZERO, "value": ZERO, "avg_cost": ZERO} for p in sorted(product_ids)])
        .on_conflict_do_update(index_elements=[_C.product_id], set_={"qty": _C.qty})
        .returning(_C.product_id, _C.qty, _C.value, _C.avg_cost)
    )
    return [tuple(row) for row in tx.connection().execute(stmt)]


def _lock_balances(tx: Session, keys: set[tuple[uuid.UUID, uuid.UUID]]) -> list[tuple[Any, ...]]:
    """PostgreSQL: the balance rows of ``keys`` (product, bin), locked, as ``_lock_costs``."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    if not keys:
        return []
    stmt = (
        pg_insert(cast(Table, StockBalance.__table__))
        .values([{"product_id": p, "location_id": l, "qty": ZERO} for p, l in sorted(keys)])
        .on_conflict_do_update(index_elements=[_B.product_id, _B.location_id], set_={"qty": _B.qty})
        .returning(_B.product_id, _B.location_id, _B.qty)
    )
    return [tuple(row) for row in tx.connection().execute(stmt)]


class ProductRef(NamedTuple):
    """What posting needs of a product (read once per transaction, no ORM object)."""

    id: uuid.UUID
    code: str
    name: str
    active: bool
    purchase_price: Decimal
    lot_tracked: bool = False
    serial_tracked: bool = False
    costing_method: str = "average"


class LocationRef(NamedTuple):
    """What posting needs of a location and its warehouse."""

    id: uuid.UUID
    code: str
    kind: str
    status: str
    capacity: Decimal | None
    warehouse_id: uuid.UUID | None
    warehouse_name: str
    warehouse_active: bool
    negative_policy: str


# statements built once, on the tables (building a SELECT costs more than running it on SQLite,
# and a table statement skips the ORM's per-execution work)
_P, _L, _W = Product.__table__.c, Location.__table__.c, Warehouse.__table__.c
_C, _B = ProductCost.__table__.c, StockBalance.__table__.c
_IN0: BindParameter[Any] = bindparam("in0", expanding=True)
_IN1: BindParameter[Any] = bindparam("in1", expanding=True)


def _product_refs_query(ids: Any) -> Select[Any]:
    return select(
        _P.id, _P.code, _P.name, _P.active, _P.purchase_price, _P.lot_tracked, _P.serial_tracked, _P.costing_method
    ).where(_P.id.in_(ids))


def _location_refs_query(ids: Any) -> Select[Any]:
    return (
        select(_L.id, _L.code, _L.kind, _L.status, _L.capacity, _L.warehouse_id, _W.name, _W.active, _W.negative_policy)
        .select_from(Location.__table__.outerjoin(Warehouse.__table__, _W.id == _L.warehouse_id))
        .where(_L.id.in_(ids))
    )


def _costs_query(ids: Any) -> Select[Any]:
    return select(_C.product_id, _C.qty, _C.value, _C.avg_cost).where(_C.product_id.in_(ids))


def _balances_query(products: Any, locations: Any) -> Select[Any]:
    return select(_B.product_id, _B.location_id, _B.qty).where(
        _B.product_id.in_(products), _B.location_id.in_(locations)
    )


_PRODUCT_REFS = PreparedIn(_product_refs_query, _product_refs_query(_IN0), [_P.id])
_LOCATION_REFS = PreparedIn(_location_refs_query, _location_refs_query(_IN0), [_L.id])
_COSTS = PreparedIn(_costs_query, _costs_query(_IN0), [_C.product_id])
_BALANCES = PreparedIn(_balances_query, _balances_query(_IN0, _IN1), [_B.product_id, _B.location_id])
_BIN_BALANCES = select(_B.product_id, _B.qty).where(_B.location_id == bindparam("location"))


def _ref_cache(tx: Session) -> dict[str, dict[uuid.UUID, Any]]:
    cache = tx_cache(tx, "stock_refs", [Product.__table__, Location.__table__, Warehouse.__table__])
    if not cache:
        cache.update(products={}, locations={})
    return cache


def product_refs(tx: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, ProductRef]:
    """Products by id as ``ProductRef``, cached for the transaction (one query for the missing)."""
    cache = _ref_cache(tx)["products"]
    missing = [i for i in ids if i not in cache]
    if missing:
        for row in _PRODUCT_REFS.rows(tx, missing):
            cache[row[0]] = ProductRef(*row)
    return {i: cache[i] for i in ids if i in cache}


def location_refs(tx: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, LocationRef]:
    """Locations (with their warehouse's name, state and negative-stock policy) by id, cached for
    the transaction. A service that changes a bin's status in the same transaction flushes first."""
    cache = _ref_cache(tx)["locations"]
    missing = [i for i in ids if i not in cache]
    if missing:
        for row in _LOCATION_REFS.rows(tx, missing):
            cache[row[0]] = LocationRef(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                row[6] or "",
                bool(row[7]) if row[5] is not None else True,
                row[8] or NegativePolicy.ALLOW.value,
            )
    return {i: cache[i] for i in ids if i in cache}


def _check_quantity(value: Decimal) -> Decimal:
    quantity = qty_(value)
    if quantity != value or quantity <= ZERO:
        raise ValidationError(
            tr("Quantity must be greater than zero with at most 3 decimals (got {qty}).", qty=value), field="qty"
        )
    return quantity


def _where(location: LocationRef) -> str:
    if location.warehouse_id is not None:
        return f"{location.warehouse_name} / {location.code}"
    return location.code


def _check_bin_usable(location: LocationRef, *, incoming: bool) -> None:
    if location.warehouse_id is not None and not location.warehouse_active:
        raise ValidationError(tr("Warehouse {name} is inactive.", name=location.warehouse_name), field="warehouse")
    if location.status == BinStatus.FROZEN.value:
        raise ValidationError(
            tr("Bin {where} is frozen; no stock can move in or out.", where=_where(location)), field="location"
        )
    if incoming and location.status == BinStatus.FULL.value:
        raise ValidationError(tr("Bin {where} is marked full.", where=_where(location)), field="location")


def _check_available(
    balance: _Balance, product: ProductRef, source: LocationRef, quantity: Decimal, acknowledged: frozenset[str]
) -> None:
    if balance.qty >= quantity:
        return
    policy = source.negative_policy if source.warehouse_id is not None else NegativePolicy.ALLOW.value
    message = tr(
        "Not enough stock of {code} {name} in {where}: on hand {on_hand}, requested {requested}.",
        code=product.code,
        name=product.name,
        where=_where(source),
        on_hand=balance.qty,
        requested=quantity,
    )
    if policy == NegativePolicy.FORBID.value:
        raise InsufficientStock(message)
    if policy == NegativePolicy.WARN.value and "negative-stock" not in acknowledged:
        raise ConfirmationRequired("negative-stock", message + " " + tr("Post anyway?"))


def _check_capacity(
    tx: Session, target: LocationRef, quantity: Decimal, acknowledged: frozenset[str], rows: _Rows
) -> None:
    if target.capacity is None or "bin-capacity" in acknowledged:
        return
    total = rows.bin_total(target.id)
    if total + quantity > target.capacity:
        raise ConfirmationRequired(
            "bin-capacity",
            tr(
                "Bin {where} holds {total} of capacity {capacity}; adding {qty} exceeds it. Post anyway?",
                where=_where(target),
                total=total,
                capacity=target.capacity,
                qty=quantity,
            ),
        )


def _valuation(
    spec: MoveSpec, quantity: Decimal, cost: _Cost, internal_from: bool, internal_to: bool, product: ProductRef
) -> tuple[Decimal, Decimal]:
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


def _fifo(
    tx: Session,
    spec: MoveSpec,
    product: ProductRef,
    move_id: uuid.UUID,
    quantity: Decimal,
    value: Decimal,
    cost: _Cost,
    incoming: bool,
    where: tuple[str, str, date, datetime, int],
) -> tuple[Decimal, Decimal]:
    """A FIFO product's move in or out (``ledger.layers``): an incoming move opens a layer at its
    value; an outgoing one is valued at what it takes from the oldest layers."""
    book = LayerBook.of(tx)
    doc_type, doc_number, on, now, seq = where
    if incoming:
        book.receive(
            move_id=move_id,
            product_id=product.id,
            lot_id=spec.lot_id,
            on=on,
            moved_at=now,
            seq=seq,
            doc_type=doc_type,
            doc_number=doc_number,
            qty=quantity,
            value=value,
        )
        return price(value / quantity), value
    fallback = cost.avg_cost if cost.avg_cost > ZERO else price(product.purchase_price)
    taken = book.issue(product.id, spec.lot_id, quantity, fallback)
    return price(taken / quantity), taken


def _receive(cost: _Cost, quantity: Decimal, value: Decimal) -> None:
    cost.qty += quantity
    cost.value += value
    _reaverage(cost, fallback=value / quantity)


def _issue(cost: _Cost, quantity: Decimal, value: Decimal) -> None:
    cost.qty -= quantity
    cost.value -= value
    _reaverage(cost, fallback=cost.avg_cost)


def _reaverage(cost: _Cost, *, fallback: Decimal) -> None:
    if cost.qty > ZERO and cost.value >= ZERO:
        cost.avg_cost = price(cost.value / cost.qty)
    else:
        cost.avg_cost = price(max(fallback, ZERO))


def add_stock_value(tx: Session, product_id: uuid.UUID, value: Decimal) -> None:
    """Add ``value`` (signed) to a product's stock value without quantity and re-average — the
    ``product_cost`` half of a revaluation (``ledger.revalue``), kept in step with the rows
    ``post_moves`` holds for the transaction."""
    held = tx_cache(tx, "stock_rows")
    costs: dict[uuid.UUID, _Cost] = held.setdefault("costs", {})
    row = costs.get(product_id)
    if row is None:
        lock = tx.get_bind().dialect.name != "sqlite"
        if lock:
            _ensure_rows(tx, {product_id}, set())
        found = [_Cost(*r) for r in _COSTS.rows(tx, [product_id], lock=True)]
        row = costs[product_id] = found[0] if found else _Cost(product_id, ZERO, ZERO, ZERO, stored=False)
    row.value += value
    _reaverage(row, fallback=row.avg_cost)
    values = {"product_id": row.product_id, "qty": row.qty, "value": row.value, "avg_cost": row.avg_cost}
    if row.stored:
        update_rows(tx, ProductCost.__table__, [values], ("product_id",))
    else:
        insert_rows(tx, ProductCost.__table__, [values])
        row.stored = True


def stock_cost(tx: Session, product_id: uuid.UUID) -> tuple[Decimal, Decimal]:
    """(quantity, value) of a product's stock over all bins, as the transaction holds it."""
    held = tx_cache(tx, "stock_rows")
    row = held.setdefault("costs", {}).get(product_id)
    if row is not None:
        return row.qty, row.value
    found = list(_COSTS.rows(tx, [product_id]))
    return (found[0][1], found[0][2]) if found else (ZERO, ZERO)
