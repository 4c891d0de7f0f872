"""The stock ledger's lot dimension (批次 / 序列号), used by ``stock.post_moves``.

A lot-tracked product moves by lot: every one of its ``stock_move`` rows names a ``stock_lot``;
``lot_balance`` (lot × bin) is kept with the moves, in the same transaction, exactly as
``stock_balance`` is. A serial-tracked product moves by serial number: a serial is a lot of one
unit, so each of its moves carries exactly 1 and a serial is in stock at most once.

Which lots a move takes, when the caller names none and the stock leaves a bin: first expiry
first out (FEFO) — the lots at that bin with stock, earliest expiry first (no expiry last), then
earliest production, then lot number. Stock arriving from outside (a receipt, a gain) must name
its lots. Serials are never picked by the ledger: they are scanned.

Selling an expired lot (a move to the customer location dated after the lot's expiry) asks first
(``ConfirmationRequired('expired-lot')``), or is refused when the shop's setting
``stock.expired_lots`` is ``forbid``.

Invariants (``verify``): lot_balance = Σ the lot's moves per bin; every move of a tracked product
names a lot of that product; a serial's stock over all bins is 0 or 1.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import BindParameter, ColumnElement, Select, Table, bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, InsufficientStock, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.stock import LotBalance, StockLot
from erp_desktop.models.system import AppSetting
from erp_desktop.models.warehouse import LocationKind, NegativePolicy
from erp_desktop.money import ZERO, money
from erp_desktop.money import qty as qty_
from erp_desktop.storage.fastsql import PreparedIn
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.txcache import tx_cache

if TYPE_CHECKING:
    from .stock import LocationRef, MoveSpec, ProductRef

LOT_NAMESPACE = uuid.UUID("3b0e9c52-8d1f-4c1e-9f0a-6a2d7c4e5b17")
EXPIRED_LOTS_KEY = "stock.expired_lots"  # "ask" (default) or "forbid"
EXPIRED_KEY = "expired-lot"


def lot_id(product_id: uuid.UUID, number: str) -> uuid.UUID:
    """The id of a product's lot (or serial) ``number``: the same on every PC."""
    return uuid.uuid5(LOT_NAMESPACE, f"{product_id}:{number.strip()}")


class LotRef(NamedTuple):
    id: uuid.UUID
    product_id: uuid.UUID
    number: str
    production_date: date | None
    expiry_date: date | None


class _LotBalance:
    __slots__ = ("lot_id", "location_id", "product_id", "qty", "stored")

    def __init__(
        self, lot_id: uuid.UUID, location_id: uuid.UUID, product_id: uuid.UUID, qty: Decimal, stored: bool = True
    ) -> None:
        self.lot_id, self.location_id, self.product_id, self.qty, self.stored = (
            lot_id,
            location_id,
            product_id,
            qty,
            stored,
        )


_LOT_TABLE = cast(Table, StockLot.__table__)
_BALANCE_TABLE = cast(Table, LotBalance.__table__)
_S, _LB = _LOT_TABLE.c, _BALANCE_TABLE.c
_IN0: BindParameter[Any] = bindparam("in0", expanding=True)
_IN1: BindParameter[Any] = bindparam("in1", expanding=True)


def _lot_refs_query(ids: Any) -> Select[Any]:
    return select(_S.id, _S.product_id, _S.number, _S.production_date, _S.expiry_date).where(_S.id.in_(ids))


def _pair_query(products: Any, locations: Any) -> Select[Any]:
    return (
        select(
            _LB.lot_id,
            _LB.location_id,
            _LB.product_id,
            _LB.qty,
            _S.number,
            _S.production_date,
            _S.expiry_date,
        )
        .select_from(_BALANCE_TABLE.join(_LOT_TABLE, _S.id == _LB.lot_id))
        .where(_LB.product_id.in_(products), _LB.location_id.in_(locations))
    )


def _lot_rows_query(ids: Any) -> Select[Any]:
    return select(_LB.lot_id, _LB.location_id, _LB.product_id, _LB.qty).where(_LB.lot_id.in_(ids))


_LOT_REFS = PreparedIn(_lot_refs_query, _lot_refs_query(_IN0), [_S.id])
_PAIRS = PreparedIn(_pair_query, _pair_query(_IN0, _IN1), [_LB.product_id, _LB.location_id])
_LOT_ROWS = PreparedIn(_lot_rows_query, _lot_rows_query(_IN0), [_LB.lot_id])


@dataclass
class LotLedger:
    """The lot rows one transaction reads and changes (kept in ``tx.info`` like the balances)."""

    tx: Session
    refs: dict[uuid.UUID, LotRef]
    balances: dict[tuple[uuid.UUID, uuid.UUID], _LotBalance]
    pairs_loaded: set[tuple[uuid.UUID, uuid.UUID]]
    lots_loaded: set[uuid.UUID]
    touched: dict[tuple[uuid.UUID, uuid.UUID], _LotBalance]

    @classmethod
    def of(cls, tx: Session) -> LotLedger:
        held = tx_cache(tx, "lot_rows")  # for the rest of the transaction (written only here)
        if not held:
            held.update(refs={}, balances={}, pairs=set(), lots=set())
        return cls(tx, held["refs"], held["balances"], held["pairs"], held["lots"], {})

    # --- loading ---------------------------------------------------------------------------
    def load_refs(self, ids: set[uuid.UUID]) -> None:
        missing = [i for i in ids if i not in self.refs]
        if missing:
            for row in _LOT_REFS.rows(self.tx, missing):
                self.refs[row[0]] = LotRef(*row)

    def load_pairs(self, pairs: set[tuple[uuid.UUID, uuid.UUID]]) -> None:
        """Every lot balance of these (product, bin) pairs, with their lots (for FEFO)."""
        missing = pairs - self.pairs_loaded
        if not missing:
            return
        products, locations = list({p for p, _ in missing}), list({l for _, l in missing})
        for lot, location, product, quantity, number, made, expires in _PAIRS.rows(self.tx, products, locations):
            self.refs.setdefault(lot, LotRef(lot, product, number, made, expires))
            self.balances.setdefault((lot, location), _LotBalance(lot, location, product, quantity))
        self.pairs_loaded.update(missing)

    def load_lots(self, ids: set[uuid.UUID]) -> None:
        """Every balance of these lots over all bins (a serial's whereabouts)."""
        missing = [i for i in ids if i not in self.lots_loaded]
        if not missing:
            return
        for lot, location, product, quantity in _LOT_ROWS.rows(self.tx, missing):
            self.balances.setdefault((lot, location), _LotBalance(lot, location, product, quantity))
        self.lots_loaded.update(missing)

    def balance(self, lot: uuid.UUID, location: uuid.UUID, product: uuid.UUID) -> _LotBalance:
        key = (lot, location)
        row = self.balances.get(key)
        if row is None:
            row = self.balances[key] = _LotBalance(lot, location, product, ZERO, stored=False)
        self.touched[key] = row
        return row

    def in_stock(self, lot: uuid.UUID) -> Decimal:
        return sum((r.qty for (l, _), r in self.balances.items() if l == lot), ZERO)

    def write(self) -> None:
        rows = self.touched.values()
        insert_rows(
            self.tx,
            _BALANCE_TABLE,
            [
                {"lot_id": r.lot_id, "location_id": r.location_id, "product_id": r.product_id, "qty": r.qty}
                for r in rows
                if not r.stored
            ],
        )
        update_rows(
            self.tx,
            _BALANCE_TABLE,
            [{"lot_id": r.lot_id, "location_id": r.location_id, "qty": r.qty} for r in rows if r.stored],
            ("lot_id", "location_id"),
        )
        for r in rows:
            r.stored = True
        self.touched = {}

    # --- choosing lots ---------------------------------------------------------------------
    def fefo(self, product: uuid.UUID, location: uuid.UUID) -> list[tuple[LotRef, Decimal]]:
        """The lots of ``product`` with stock at ``location``, first expiry first."""
        held = [
            (self.refs[lot], row.qty)
            for (lot, loc), row in self.balances.items()
            if loc == location and row.product_id == product and row.qty > ZERO and lot in self.refs
        ]
        held.sort(key=lambda item: fefo_key(item[0]))
        return held


def fefo_key(lot: LotRef) -> tuple[bool, date, date, str]:
    return (
        lot.expiry_date is None,
        lot.expiry_date or date.max,
        lot.production_date or date.max,
        lot.number,
    )


def _label(product: ProductRef, line: int) -> str:
    return tr("Line {line}, {code} {name}", line=line, code=product.code, name=product.name)


def expand(
    tx: Session,
    moves: list[MoveSpec],
    quantities: list[Decimal],
    products: dict[uuid.UUID, ProductRef],
    locations: dict[uuid.UUID, LocationRef],
) -> tuple[list[tuple[int, MoveSpec]], LotLedger | None]:
    """Each move as the moves the ledger writes: one per lot for a tracked product (FEFO where
    the caller named none), the move itself otherwise. Returns (original index, move) pairs.
    Raises ValidationError (a lot missing or of another product, lots not adding up, a serial
    quantity other than one)."""
    tracked = [
        i
        for i, spec in enumerate(moves)
        if (p := products.get(spec.product_id)) is not None and (p.lot_tracked or p.serial_tracked)
    ]
    named = [i for i, spec in enumerate(moves) if spec.lot_id is not None or spec.lots]
    if not tracked and not named:
        return list(enumerate(moves)), None
    ledger = LotLedger.of(tx)
    for i in named:
        product = products.get(moves[i].product_id)
        if product is not None and not (product.lot_tracked or product.serial_tracked):
            raise ValidationError(
                tr(
                    "{line}: the product is not lot- or serial-tracked; it takes no lot.",
                    line=_label(product, moves[i].line or i + 1),
                ),
                field="lot",
            )
    wanted_lots = {lot for lot in (moves[i].lot_id for i in named) if lot is not None}
    wanted_lots |= {lot for i in named for lot, _ in moves[i].lots}
    ledger.load_refs(wanted_lots)
    internal = {k for k, loc in locations.items() if loc.kind == LocationKind.BIN.value}
    ledger.load_pairs(
        {(moves[i].product_id, moves[i].from_location_id) for i in tracked if moves[i].from_location_id in internal}
    )
    out: list[tuple[int, MoveSpec]] = []
    taken: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}  # FEFO picks of earlier lines of this call
    tracked_set = set(tracked)
    for i, spec in enumerate(moves):
        if i not in tracked_set:
            out.append((i, spec))
            continue
        product = products[spec.product_id]
        line = spec.line or i + 1
        parts = _parts(ledger, spec, quantities[i], product, spec.from_location_id in internal, line, taken)
        for lot, quantity in parts:
            ref = ledger.refs.get(lot)
            if ref is None or ref.product_id != product.id:
                raise ValidationError(
                    tr("{line}: that lot is not a lot of this product.", line=_label(product, line)), field="lot"
                )
            if product.serial_tracked and quantity != 1:
                raise ValidationError(
                    tr(
                        "{line}: serial {serial} stands for one unit (got {qty}).",
                        line=_label(product, line),
                        serial=ref.number,
                        qty=quantity,
                    ),
                    field="serial",
                )
        out.extend((i, part) for part in _split(spec, quantities[i], parts))
    # every bin's balance of the lots moved into a bin (a lot arriving where it already is) and of
    # serials (their whereabouts); a lot only leaving a bin has that balance from ``load_pairs``
    ledger.load_lots(
        {
            part.lot_id
            for _, part in out
            if part.lot_id is not None and (part.to_location_id in internal or products[part.product_id].serial_tracked)
        }
    )
    return out, ledger


def _parts(
    ledger: LotLedger,
    spec: MoveSpec,
    quantity: Decimal,
    product: ProductRef,
    from_bin: bool,
    line: int,
    taken: dict[tuple[uuid.UUID, uuid.UUID], Decimal],
) -> list[tuple[uuid.UUID, Decimal]]:
    if spec.lot_id is not None:
        return [(spec.lot_id, quantity)]
    if spec.lots:
        parts = []
        for lot, part in spec.lots:
            amount = qty_(part)
            if amount != part or amount <= ZERO:
                raise ValidationError(
                    tr("{line}: a lot's quantity must be greater than zero.", line=_label(product, line)), field="lot"
                )
            parts.append((lot, amount))
        total = sum((p for _, p in parts), ZERO)
        if total != quantity:
            raise ValidationError(
                tr(
                    "{line}: the lots add up to {lots}, the line says {qty}.",
                    line=_label(product, line),
                    lots=total,
                    qty=quantity,
                ),
                field="lot",
            )
        return parts
    if product.serial_tracked:
        raise ValidationError(
            tr("{line}: scan the serial number of each unit.", line=_label(product, line)), field="serial"
        )
    if not from_bin:
        raise ValidationError(
            tr("{line}: enter the lot number (and its date) of what comes in.", line=_label(product, line)),
            field="lot",
        )
    parts, left = [], quantity
    available = ledger.fefo(product.id, spec.from_location_id)
    for ref, held in available:
        key = (ref.id, spec.from_location_id)
        take = min(held - taken.get(key, ZERO), left)
        if take <= ZERO:
            continue
        parts.append((ref.id, take))
        taken[key] = taken.get(key, ZERO) + take
        left -= take
        if left == ZERO:
            break
    if left > ZERO:
        if not parts:  # nothing of any lot left here
            raise InsufficientStock(
                tr(
                    "{line}: no lot of it is in stock at that bin to take {qty} from.",
                    line=_label(product, line),
                    qty=quantity,
                )
            )
        last = parts[-1]  # short under "warn"/"allow": the latest lot goes below zero
        parts[-1] = (last[0], last[1] + left)
    return parts


def _split(spec: MoveSpec, quantity: Decimal, parts: list[tuple[uuid.UUID, Decimal]]) -> list[MoveSpec]:
    if len(parts) == 1:
        return [replace(spec, lot_id=parts[0][0], lots=(), qty=quantity)]
    out: list[MoveSpec] = []
    value_left = spec.value if spec.value is not None else ZERO
    for n, (lot, part) in enumerate(parts):
        value = None
        if spec.value is not None:
            value = value_left if n == len(parts) - 1 else money(spec.value * part / quantity)
            value_left -= value
        out.append(replace(spec, lot_id=lot, lots=(), qty=part, value=value))
    return out


def apply(
    ledger: LotLedger,
    spec: MoveSpec,
    product: ProductRef,
    source: LocationRef,
    target: LocationRef,
    *,
    on: date,
    acknowledged: frozenset[str],
) -> None:
    """Check one lot move and change its lot balances. Raises ValidationError (a serial in stock
    twice or not at the bin), InsufficientStock / ConfirmationRequired (a lot short at the bin,
    by the warehouse's negative-stock policy; an expired lot sold)."""
    lot = spec.lot_id
    assert lot is not None
    ref = ledger.refs[lot]
    from_bin = source.kind == LocationKind.BIN.value
    to_bin = target.kind == LocationKind.BIN.value
    if from_bin:
        row = ledger.balance(lot, source.id, product.id)
        if row.qty < spec.qty:
            _short(product, ref, source, row.qty, spec.qty, acknowledged)
        row.qty -= spec.qty
    if to_bin:
        if product.serial_tracked and ledger.in_stock(lot) + spec.qty > 1:
            raise ValidationError(
                tr(
                    "Serial {serial} of {code} {name} is already in stock.",
                    serial=ref.number,
                    code=product.code,
                    name=product.name,
                ),
                field="serial",
            )
        ledger.balance(lot, target.id, product.id).qty += spec.qty
    if target.kind == LocationKind.CUSTOMER.value and ref.expiry_date is not None and ref.expiry_date < on:
        _expired(ledger.tx, product, ref, acknowledged)


def _short(
    product: ProductRef, ref: LotRef, source: LocationRef, held: Decimal, wanted: Decimal, acknowledged: frozenset[str]
) -> None:
    where = f"{source.warehouse_name} / {source.code}" if source.warehouse_id is not None else source.code
    if product.serial_tracked:
        raise ValidationError(
            tr(
                "Serial {serial} of {code} {name} is not in stock in {where}.",
                serial=ref.number,
                code=product.code,
                name=product.name,
                where=where,
            ),
            field="serial",
        )
    message = tr(
        "Not enough of lot {lot} of {code} {name} in {where}: on hand {on_hand}, requested {requested}.",
        lot=ref.number,
        code=product.code,
        name=product.name,
        where=where,
        on_hand=held,
        requested=wanted,
    )
    policy = source.negative_policy if source.warehouse_id is not None else NegativePolicy.ALLOW.value
    if policy == NegativePolicy.FORBID.value:
        raise InsufficientStock(message)
    if policy == NegativePolicy.WARN.value and "negative-stock" not in acknowledged:
        raise ConfirmationRequired("negative-stock", message + " " + tr("Post anyway?"))


def expired_policy(tx: Session) -> str:
    value = tx.scalar(select(AppSetting.value).where(AppSetting.key == EXPIRED_LOTS_KEY))
    return "forbid" if value == "forbid" else "ask"


def _expired(tx: Session, product: ProductRef, ref: LotRef, acknowledged: frozenset[str]) -> None:
    message = tr(
        "Lot {lot} of {code} {name} expired on {date}.",
        lot=ref.number,
        code=product.code,
        name=product.name,
        date=ref.expiry_date.isoformat() if ref.expiry_date else "",
    )
    if expired_policy(tx) == "forbid":
        raise ValidationError(message + " " + tr("The shop's settings forbid selling expired lots."), field="lot")
    if EXPIRED_KEY not in acknowledged:
        raise ConfirmationRequired(EXPIRED_KEY, message + " " + tr("Sell it anyway?"))


# --- lots coming in ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LotInput:
    """A lot (or serial) entered on a line: its number, how many, and its dates (a serial's qty is 1)."""

    number: str
    qty: Decimal = Decimal(1)
    production_date: date | None = None
    expiry_date: date | None = None


def ensure_lot(
    tx: Session,
    product_id: uuid.UUID,
    entered: LotInput,
    *,
    line: int,
    supplier_id: uuid.UUID | None = None,
    doc_type: str = "",
    doc_id: uuid.UUID | None = None,
    doc_number: str = "",
    on: date | None = None,
) -> uuid.UUID:
    """The id of the product's lot ``entered.number``, created with its dates and origin when new.
    A product with a shelf life needs the production or the expiry date (the other is derived).
    Raises ValidationError (no number, a required date missing, expiry before production, dates
    that contradict the lot already known, a product that is not tracked)."""
    from erp_desktop.models.catalog import Product

    product = tx.get(Product, product_id)
    if product is None:
        raise ValidationError(tr("Unknown product."), field="product")
    where = tr("Line {line}, {code} {name}", line=line, code=product.code, name=product.name)
    if not (product.lot_tracked or product.serial_tracked):
        raise ValidationError(
            tr("{line}: the product is not lot- or serial-tracked; it takes no lot.", line=where), field="lot"
        )
    number = (entered.number or "").strip()
    noun = tr("serial number") if product.serial_tracked else tr("lot number")
    if not number:
        raise ValidationError(tr("{line}: enter the {what}.", line=where, what=noun), field="lot")
    if len(number) > 64:
        raise ValidationError(
            tr("{line}: the {what} is longer than 64 characters.", line=where, what=noun), field="lot"
        )
    made, expires = entered.production_date, entered.expiry_date
    if product.lot_tracked:
        if product.shelf_life_days and made is None and expires is None:
            raise ValidationError(
                tr(
                    "{line}: lot {lot} needs its production date or its expiry date (shelf life {days} days).",
                    line=where,
                    lot=number,
                    days=product.shelf_life_days,
                ),
                field="production_date",
            )
        if product.shelf_life_days and made is not None and expires is None:
            from datetime import timedelta

            expires = made + timedelta(days=product.shelf_life_days)
    if made is not None and expires is not None and expires < made:
        raise ValidationError(
            tr(
                "{line}: lot {lot} expires ({expiry}) before it was made ({production}).",
                line=where,
                lot=number,
                expiry=expires.isoformat(),
                production=made.isoformat(),
            ),
            field="expiry_date",
        )
    key = lot_id(product.id, number)
    known = tx.get(StockLot, key)
    if known is not None:
        for given, held, field in (
            (made, known.production_date, "production_date"),
            (expires, known.expiry_date, "expiry_date"),
        ):
            if given is not None and held is not None and given != held:
                raise ValidationError(
                    tr(
                        "{line}: lot {lot} is already known with {field} {date}.",
                        line=where,
                        lot=number,
                        field=field.replace("_", " "),
                        date=held.isoformat(),
                    ),
                    field=field,
                )
        if made is not None and known.production_date is None:
            known.production_date = made
        if expires is not None and known.expiry_date is None:
            known.expiry_date = expires
        return key
    tx.add(
        StockLot(
            id=key,
            product_id=product.id,
            number=number,
            production_date=made,
            expiry_date=expires,
            supplier_id=supplier_id,
            origin_doc_type=doc_type,
            origin_doc_id=doc_id,
            origin_doc_number=doc_number,
            received_on=on,
        )
    )
    tx_cache(tx, "lot_rows").get("refs", {}).pop(key, None)
    return key


def lot_parts(
    tx: Session,
    product_id: uuid.UUID,
    entered: list[LotInput] | tuple[LotInput, ...],
    *,
    qty: Decimal,
    line: int,
    **origin: Any,
) -> tuple[tuple[uuid.UUID, Decimal], ...]:
    """``MoveSpec.lots`` for a line's entered lots (created when new). Raises ValidationError
    (as ``ensure_lot``; the same serial twice on a line)."""
    parts: dict[uuid.UUID, Decimal] = {}
    for lot in entered:
        key = ensure_lot(tx, product_id, lot, line=line, **origin)
        if key in parts and _is_serial(tx, product_id):
            raise ValidationError(
                tr("Line {line}: serial {serial} is entered twice.", line=line, serial=lot.number.strip()),
                field="serial",
            )
        parts[key] = parts.get(key, ZERO) + lot.qty
    return tuple(parts.items())


def _is_serial(tx: Session, product_id: uuid.UUID) -> bool:
    from erp_desktop.models.catalog import Product

    product = tx.get(Product, product_id)
    return bool(product is not None and product.serial_tracked)


def find_lot(tx: Session, product_id: uuid.UUID, number: str, *, line: int = 1) -> uuid.UUID:
    """An existing lot of the product by number. Raises ValidationError when there is none."""
    key = lot_id(product_id, number)
    if tx.get(StockLot, key) is None:
        raise ValidationError(
            tr("Line {line}: there is no lot or serial {number} of this product.", line=line, number=number.strip()),
            field="lot",
        )
    return key


def named_parts(
    tx: Session, product_id: uuid.UUID, entered: list[LotInput] | tuple[LotInput, ...], *, line: int
) -> tuple[tuple[uuid.UUID, Decimal], ...]:
    """``MoveSpec.lots`` for lots or serials that must already exist (stock going out)."""
    parts: dict[uuid.UUID, Decimal] = {}
    serial = _is_serial(tx, product_id)
    for lot in entered:
        key = find_lot(tx, product_id, lot.number, line=line)
        if key in parts and serial:
            raise ValidationError(
                tr("Line {line}: serial {serial} is entered twice.", line=line, serial=lot.number.strip()),
                field="serial",
            )
        parts[key] = parts.get(key, ZERO) + lot.qty
    return tuple(parts.items())


def line_lots(
    tx: Session, doc_line_ids: list[uuid.UUID], product_id: uuid.UUID | None = None
) -> dict[uuid.UUID, Decimal]:
    """Σ quantity per lot of the moves of these document lines (of ``product_id`` only, if
    given: a bundle's or a kit document's line moves several products)."""

    from erp_desktop.models.stock import StockMove

    if not doc_line_ids:
        return {}
    found: dict[uuid.UUID, Decimal] = {}
    where: list[ColumnElement[bool]] = [StockMove.doc_line_id.in_(doc_line_ids), StockMove.lot_id.is_not(None)]
    if product_id is not None:
        where.append(StockMove.product_id == product_id)
    for lot, quantity in tx.execute(
        select(StockMove.lot_id, sum_of(StockMove.qty))  # lot_id IS NOT NULL below
        .where(*where)
        .group_by(StockMove.lot_id)
    ):
        if lot is not None:
            found[lot] = quantity
    return found


def returning_parts(
    tx: Session,
    product_id: uuid.UUID,
    out_line_id: uuid.UUID,
    back_line_ids: list[uuid.UUID],
    quantity: Decimal,
    entered: list[LotInput] | tuple[LotInput, ...],
    *,
    line: int,
) -> tuple[tuple[uuid.UUID, Decimal], ...]:
    """The lots (serials) coming back against a line that took them out: those named (each must
    have left on that line and not come back yet), else what left on it first. Empty when the
    line moved no lots. Raises ValidationError."""
    gone = line_lots(tx, [out_line_id], product_id)
    if not gone:
        return named_parts(tx, product_id, entered, line=line) if entered else ()
    for lot, back in line_lots(tx, back_line_ids, product_id).items():
        if lot in gone:
            gone[lot] -= back
    if entered:
        parts = named_parts(tx, product_id, entered, line=line)
        for lot, part in parts:
            if gone.get(lot, ZERO) < part:
                number = tx.get(StockLot, lot)
                raise ValidationError(
                    tr(
                        "Line {line}: {number} did not go out on the original line (or has come back already).",
                        line=line,
                        number=number.number if number is not None else "?",
                    ),
                    field="lot",
                )
        return parts
    refs = {r.id: r for r in (LotRef(*row) for row in _LOT_REFS.rows(tx, list(gone)))}
    parts_list, left = [], quantity
    for lot in sorted(gone, key=lambda i: fefo_key(refs[i])):
        take = min(gone[lot], left)
        if take > ZERO:
            parts_list.append((lot, take))
            left -= take
        if left == ZERO:
            break
    if left > ZERO:
        raise ValidationError(
            tr("Line {line}: more comes back than the lots that went out on it.", line=line), field="lot"
        )
    return tuple(parts_list)


# --- checks a document makes before it posts, naming its line -----------------------------------
def check_named(
    tx: Session,
    product_id: uuid.UUID,
    parts: tuple[tuple[uuid.UUID, Decimal], ...],
    quantity: Decimal,
    *,
    where: str,
    serial: bool,
    leaving: uuid.UUID | None = None,
    arriving: bool = False,
) -> None:
    """The lots or serials named for a line of ``quantity`` (``where``: "Line 3, C01 name"): they
    add up to it, a serial counts one unit; a serial leaving bin ``leaving`` is in stock there; a
    serial ``arriving`` from outside is not in stock anywhere. Raises ValidationError (field
    ``lot`` or ``serial``), so the document is refused before anything moves."""
    field = "serial" if serial else "lot"
    total = sum((part for _lot, part in parts), ZERO)
    numbers = {row[0]: row[2] for row in _LOT_REFS.rows(tx, [lot for lot, _part in parts])} if parts else {}
    if serial:
        for lot, part in parts:
            if part != 1:
                raise ValidationError(
                    tr(
                        "{line}: serial {serial} stands for one unit (got {qty}).",
                        line=where,
                        serial=numbers.get(lot, "?"),
                        qty=part,
                    ),
                    field=field,
                )
    if total != quantity:
        if serial:
            message = tr(
                "{line}: {count} serial numbers entered for {qty} units; scan one per unit.",
                line=where,
                count=len(parts),
                qty=quantity,
            )
        else:
            message = tr(
                "{line}: the lots add up to {lots}, the line says {qty}.", line=where, lots=total, qty=quantity
            )
        raise ValidationError(message, field=field)
    if not serial or not parts:
        return
    held: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = {}
    for lot, location, _product, qty in _LOT_ROWS.rows(tx, [lot for lot, _part in parts]):
        held.setdefault(lot, {})[location] = qty
    for lot, _part in parts:
        here = held.get(lot, {})
        if leaving is not None and here.get(leaving, ZERO) < 1:
            raise ValidationError(
                tr(
                    "{line}: serial {serial} is not in stock at that bin.",
                    line=where,
                    serial=numbers.get(lot, "?"),
                ),
                field=field,
            )
        if arriving and sum(here.values(), ZERO) > ZERO:
            raise ValidationError(
                tr("{line}: serial {serial} is already in stock.", line=where, serial=numbers.get(lot, "?")),
                field=field,
            )
