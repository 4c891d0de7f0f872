"""Stock counts (盘点): snapshot, count by typing or scanning, see variances, post adjustments.

- ``create_count`` snapshots the book quantity of every product × bin in scope (a warehouse's
  bins — all, some, or one category's products) into ``stock_count_line`` rows; optionally freezes
  the bins (status ``frozen``) until the count is posted or cancelled.
- ``scan_count`` adds one (or the typed quantity, ``"3*6901234567890"``) to a product's counted
  quantity in a bin; a code that matches no product is kept in ``stock_count_unknown`` and shown,
  never dropped. ``set_counted`` types a quantity.
- A serial-tracked product is counted by scanning its serial numbers: each serial scanned adds
  one to its product's line and is recorded on it (the same serial twice in a count is refused);
  posting reconciles the line's serials with those on the books in the bin — the missing ones
  leave stock (a loss), the ones found enter it (a gain).
- ``post_count`` adjusts each counted line by ``counted − book_at_snapshot`` — moves posted after
  the snapshot (a delivery made while counting) are not overwritten. Gains go Dr 1405 / Cr 1901
  待处理财产损溢 at the current average; losses Dr 1901 / Cr 1405. A count posts once.
A product scanned that was not in the snapshot gets its book quantity *at the snapshot time*
(today's balance less the moves since), so the same rule holds for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Category, Product
from erp_desktop.models.inventory_docs import (
    COUNT_DOC_TYPE,
    DocState,
    StockCount,
    StockCountLine,
    StockCountScan,
    StockCountUnknown,
)
from erp_desktop.models.stock import LotBalance, ProductCost, StockBalance, StockLot, StockMove
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, VirtualLocation, Warehouse
from erp_desktop.money import ZERO, NotANumber, money, parse_decimal
from erp_desktop.money import qty as qty_
from erp_desktop.services.inventory.documents import state_label
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.lots import LotInput, lot_id, lot_parts, named_parts
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.masterdata.lookups import find_product_by_code_or_barcode_tx
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import UnitOfWork, actor_of


@dataclass(frozen=True)
class CountRow:
    id: uuid.UUID
    number: str
    state: str
    state_label: str
    on: date
    warehouse_id: uuid.UUID
    warehouse_name: str
    scope: str
    line_count: int
    counted_count: int
    gain_value: Decimal
    loss_value: Decimal
    frozen: bool
    note: str


@dataclass(frozen=True)
class CountLineRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    location_id: uuid.UUID
    bin_code: str
    book_qty: Decimal
    counted_qty: Decimal | None
    variance: Decimal | None
    avg_cost: Decimal
    variance_value: Decimal | None
    in_snapshot: bool
    adjusted_qty: Decimal
    adjusted_value: Decimal
    serials: tuple[str, ...] = ()  # the serial numbers scanned into the line

    @property
    def serials_text(self) -> str:
        return " ".join(self.serials)


@dataclass(frozen=True)
class UnknownCode:
    id: uuid.UUID
    code: str
    bin_code: str
    hits: int
    qty: Decimal


@dataclass(frozen=True)
class BinChoice:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class CountDetail:
    count: CountRow
    bins: tuple[BinChoice, ...]
    lines: tuple[CountLineRow, ...]
    unknown: tuple[UnknownCode, ...]

    @property
    def gain_total(self) -> Decimal:
        return sum((l.variance_value for l in self.lines if l.variance_value and l.variance_value > 0), ZERO)

    @property
    def loss_total(self) -> Decimal:
        return sum((-l.variance_value for l in self.lines if l.variance_value and l.variance_value < 0), ZERO)


@dataclass(frozen=True)
class ScanResult:
    code: str
    known: bool
    product_id: uuid.UUID | None
    label: str
    qty_added: Decimal
    counted_qty: Decimal  # the product's counted quantity in the bin now (unknown: the code's total)
    in_snapshot: bool = True
    shelved_in: str = ""  # booked here although its stock is in these other bins ("A-04 53")


OTHER_BIN = "other-bin"


class ShelvedElsewhere(ConfirmationRequired):
    """A scanned product has no stock in the bin being counted but is on hand in other bins of
    the warehouse: booking it here would post a gain in the wrong bin. ``bins`` are
    ``(location_id, code, qty)`` where it is; ``in_count`` the ids among them this count covers."""

    def __init__(self, message: str, product_id: uuid.UUID, bins: tuple, in_count: frozenset):
        super().__init__(OTHER_BIN, message)
        self.product_id = product_id
        self.bins = bins
        self.in_count = in_count


@dataclass(frozen=True)
class CountPostResult:
    id: uuid.UUID
    number: str
    gain_value: Decimal
    loss_value: Decimal
    adjusted_lines: int
    journal_number: str


def parse_scan(text: str, qty: Decimal | None = None) -> tuple[Decimal, str]:
    """Scanner/keyboard input → (quantity, code). ``"6901234567890"`` is one; ``"3*690…"``
    (or ``3×``) is three; ``qty`` (a quantity box) overrides when given."""
    text = (text or "").strip()
    amount = Decimal(1)
    for sep in ("*", "×", "x*"):
        if sep in text:
            head, _, tail = text.partition(sep)
            try:
                amount = parse_decimal(head)
            except NotANumber as exc:
                raise ValidationError(tr("Type a quantity before '*', e.g. 3*6901234567890."), field="scan") from exc
            text = tail.strip()
            break
    if qty is not None:
        amount = qty
    if not text:
        raise ValidationError(tr("Scan or type a product code."), field="scan")
    if qty_(amount) != amount or amount == ZERO:
        raise ValidationError(
            tr("Quantity must be non-zero with at most 3 decimals (got {qty}).", qty=amount), field="qty"
        )
    return amount, text


# --- writing ----------------------------------------------------------------------------
def create_count(
    uow: UnitOfWork,
    *,
    warehouse_id: uuid.UUID,
    on: date,
    category_id: uuid.UUID | None = None,
    bin_ids: list[uuid.UUID] | None = None,
    freeze: bool = False,
    note: str = "",
) -> CountRow:
    """Create a count and snapshot the book quantities in scope. Raises ValidationError."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        warehouse = tx.get(Warehouse, warehouse_id)
        if warehouse is None:
            raise ValidationError(tr("Unknown warehouse."), field="warehouse")
        all_bins = [b for b in warehouse.bins if b.kind == LocationKind.BIN.value]
        if bin_ids:
            wanted = set(bin_ids)
            bins = [b for b in all_bins if b.id in wanted]
            if len(bins) != len(wanted):
                raise ValidationError(
                    tr("Some chosen bins are not bins of warehouse {name}.", name=warehouse.name), field="bins"
                )
        else:
            bins = all_bins
        if not bins:
            raise ValidationError(tr("Warehouse {name} has no bins to count.", name=warehouse.name), field="bins")
        categories = _category_tree(tx, category_id) if category_id is not None else None
        now = utcnow()
        count = StockCount(
            id=uuid7(),
            number=next_number(tx, "SC", on),
            state=DocState.DRAFT.value,
            on=on,
            warehouse_id=warehouse.id,
            category_id=category_id,
            bin_ids=[str(b.id) for b in bins],
            frozen_bins={},
            snapshot_at=now,
            note=note,
            user_name=actor_of(tx).username,
        )
        tx.add(count)
        order = {b.id: (b.sort_order, b.code) for b in bins}
        stmt = (
            select(StockBalance.product_id, StockBalance.location_id, StockBalance.qty, Product.code)
            .join(Product, Product.id == StockBalance.product_id)
            .where(StockBalance.location_id.in_(list(order)), StockBalance.qty != ZERO)
        )
        if categories is not None:
            stmt = stmt.where(Product.category_id.in_(categories))
        rows = sorted(tx.execute(stmt).all(), key=lambda r: (order[r.location_id], r.code))
        for seq, r in enumerate(rows, start=1):
            tx.add(
                StockCountLine(
                    id=uuid7(),
                    count_id=count.id,
                    seq=seq,
                    product_id=r.product_id,
                    location_id=r.location_id,
                    book_qty=r.qty,
                    counted_qty=None,
                    in_snapshot=True,
                )
            )
        if freeze:
            frozen = {}
            for b in bins:
                if b.status != BinStatus.FROZEN.value:
                    frozen[str(b.id)] = b.status
                    b.status = BinStatus.FROZEN.value
            count.frozen_bins = frozen
        tx.flush()
        return _count_row(tx, count)


def scan_count(
    uow: UnitOfWork,
    count_id: uuid.UUID,
    location_id: uuid.UUID,
    text: str,
    qty: Decimal | None = None,
    *,
    acknowledged: frozenset[str] = frozenset(),
    mode: str = "add",
) -> ScanResult:
    """One scan (or typed code): add its quantity to the product's counted quantity in the bin
    (``mode="set"``: the counted quantity becomes it — a shelf counted by eye, typed ``=12*code``).
    An unknown code is recorded and returned with ``known`` False. Raises ValidationError,
    InvalidTransition (count not a draft), ShelvedElsewhere (the product's stock is in other
    bins, not this one — nothing booked unless ``OTHER_BIN`` is acknowledged)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        count = _get(tx, count_id)
        return _scan(tx, count, location_id, text, qty, acknowledged, mode=mode)


def scan_once(
    uow: UnitOfWork,
    count_id: uuid.UUID,
    scan_id: str,
    location_id: uuid.UUID,
    text: str,
    qty: Decimal | None = None,
    *,
    acknowledged: frozenset[str] = frozenset(),
) -> tuple[ScanResult, bool]:
    """One scan carrying the id its sender gave it (a phone): booked once, whatever the number of
    times it is sent, and across restarts — the id is kept in the file (``stock_count_scan``) in
    the transaction that books it. Returns (result, repeat): a repeat returns what the first
    booking answered and books nothing. Raises as ``scan_count`` (nothing is kept then: a scan
    that was not booked may be sent again)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        count = _get(tx, count_id)  # locked (online mode): a repeat racing its original waits here
        done = tx.get(StockCountScan, (count.id, scan_id))
        if done is not None:
            return _result_from(done.outcome), True
        result = _scan(tx, count, location_id, text, qty, acknowledged)
        tx.add(StockCountScan(count_id=count.id, scan_id=scan_id, outcome=_result_json(result), booked_at=utcnow()))
        return result, False


def _result_json(result: ScanResult) -> dict:
    return {
        "code": result.code,
        "known": result.known,
        "product_id": str(result.product_id) if result.product_id else None,
        "label": result.label,
        "qty_added": str(result.qty_added),
        "counted_qty": str(result.counted_qty),
        "in_snapshot": result.in_snapshot,
        "shelved_in": result.shelved_in,
    }


def _result_from(data: dict) -> ScanResult:
    return ScanResult(
        str(data.get("code") or ""),
        bool(data.get("known")),
        uuid.UUID(data["product_id"]) if data.get("product_id") else None,
        str(data.get("label") or ""),
        Decimal(str(data.get("qty_added") or "0")),
        Decimal(str(data.get("counted_qty") or "0")),
        bool(data.get("in_snapshot", True)),
        str(data.get("shelved_in") or ""),
    )


def scan_codes(
    uow: UnitOfWork,
    count_id: uuid.UUID,
    location_id: uuid.UUID,
    texts: list[str],
    *,
    acknowledged: frozenset[str] = frozenset({OTHER_BIN}),
) -> list[ScanResult]:
    """Many scans at once (a scanner's batch file, the command line): one transaction. A batch
    cannot ask: products shelved elsewhere are booked here and named in ``shelved_in``."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        count = _get(tx, count_id)
        return [_scan(tx, count, location_id, t, None, acknowledged) for t in texts if t.strip()]


def set_counted(
    uow: UnitOfWork, count_id: uuid.UUID, product_id: uuid.UUID, location_id: uuid.UUID, counted: Decimal | None
) -> CountLineRow:
    """Type a counted quantity (None = not counted). Raises ValidationError, InvalidTransition."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        count = _get(tx, count_id)
        count.ensure_draft()
        _check_bin(count, location_id)
        if counted is not None and (qty_(counted) != counted or counted < ZERO):
            raise ValidationError(
                tr("A counted quantity must be zero or more with at most 3 decimals (got {qty}).", qty=counted),
                field="counted_qty",
            )
        product = tx.get(Product, product_id)
        if product is None:
            raise ValidationError(tr("Unknown product."), field="product")
        line = _line_for(tx, count, product.id, location_id)
        line.counted_qty = counted
        tx.flush()
        return _line_rows(tx, count, [line])[0]


def post_count(
    uow: UnitOfWork,
    count_id: uuid.UUID,
    *,
    zero_uncounted: bool = False,
    acknowledged: frozenset[str] = frozenset(),
    lots: Mapping[tuple[uuid.UUID, uuid.UUID], Sequence[LotInput]] | None = None,
) -> CountPostResult:
    """Post the variances as gain/loss moves and one journal entry; unfreeze the bins.
    ``zero_uncounted`` treats lines never counted as counted zero (else they are left alone).
    ``lots`` by (product, bin), for lot- and serial-tracked products: the lots (serials) found
    over the book (a gain: new ones are created with their dates) or missing (a loss); a lot
    loss named by nobody goes first expiry first out, a serial's must be named.
    Raises InvalidTransition (already posted or cancelled), InsufficientStock (a loss larger
    than what is on hand now), PeriodClosed, ValidationError (lots that do not add up to the
    variance, a tracked gain without its lots)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        auth.require(tx, Perm.POST)
        count = _get(tx, count_id)
        count.post(utcnow(), actor_of(tx).username)
        count.zero_uncounted = zero_uncounted
        _unfreeze(tx, count)
        adjust = virtual_location_id(tx, VirtualLocation.ADJUSTMENT)
        # (line, +1 gain / −1 loss, move); the serials missing from a bin leave first, so a serial
        # found in another bin of the count is out of its old bin before it enters the new one
        by_serials = [l for l in count.lines if l.serials and (l.product_id, l.location_id) not in (lots or {})]
        serial_losses, planned = _serial_moves(tx, count, by_serials, adjust)
        for line in list(count.lines):
            counted = line.counted_qty if line.counted_qty is not None else (ZERO if zero_uncounted else None)
            if counted is None or line in by_serials:
                continue
            diff = counted - line.book_qty
            entered = tuple((lots or {}).get((line.product_id, line.location_id), ()))
            if diff > ZERO:
                parts = (
                    lot_parts(
                        tx,
                        line.product_id,
                        entered,
                        qty=diff,
                        line=line.seq,
                        doc_type=COUNT_DOC_TYPE,
                        doc_id=count.id,
                        doc_number=count.number,
                        on=count.on,
                    )
                    if entered
                    else ()
                )
                planned.append(
                    (
                        line,
                        1,
                        MoveSpec(line.product_id, adjust, line.location_id, diff, doc_line_id=line.id, lots=parts),
                    )
                )
            elif diff < ZERO:
                parts = named_parts(tx, line.product_id, entered, line=line.seq) if entered else ()
                planned.append(
                    (
                        line,
                        -1,
                        MoveSpec(line.product_id, line.location_id, adjust, -diff, doc_line_id=line.id, lots=parts),
                    )
                )
        planned = serial_losses + planned
        moves = post_moves(
            tx,
            [spec for _line, _sign, spec in planned],
            doc_type=COUNT_DOC_TYPE,
            doc_id=count.id,
            doc_number=count.number,
            on=count.on,
            acknowledged=acknowledged,
        )
        gain = loss = ZERO
        adjusted: dict[uuid.UUID, tuple[Decimal, Decimal]] = {}
        for (line, sign, spec), move in zip(planned, moves):
            so_far, value = adjusted.get(line.id, (ZERO, ZERO))
            adjusted[line.id] = (so_far + sign * spec.qty, value + sign * move.value)
            line.adjusted_qty, line.adjusted_value = adjusted[line.id]
            if sign > 0:
                gain += move.value
            else:
                loss += move.value
        count.gain_value, count.loss_value = gain, loss
        posting = Posting(
            count.on,
            doc_type=COUNT_DOC_TYPE,
            doc_id=count.id,
            doc_number=count.number,
            memo=tr("Stock count {number}", number=count.number),
        )
        posting.debit(Accounts.INVENTORY, gain).credit(Accounts.PENDING_LOSS, gain)
        posting.debit(Accounts.PENDING_LOSS, loss).credit(Accounts.INVENTORY, loss)
        entry = posting.post(tx)
        return CountPostResult(count.id, count.number, gain, loss, len(adjusted), entry.number if entry else "")


def cancel_count(uow: UnitOfWork, count_id: uuid.UUID) -> None:
    """Cancel a draft count (nothing posts); unfreeze its bins. Raises InvalidTransition."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        count = _get(tx, count_id)
        count.cancel()
        _unfreeze(tx, count)


# --- internals --------------------------------------------------------------------------
def _get(tx: Session, count_id: uuid.UUID, *, lock: bool = True) -> StockCount:
    """The count; to change it (``lock``), row-locked and freshly read, so two clients scanning
    into or posting one count serialise and the second sees the first's state."""
    count = lock_row(tx, StockCount, count_id) if lock else tx.get(StockCount, count_id)
    if count is None:
        raise NotFound(tr("Stock count not found."))
    return count


def _category_tree(tx: Session, root: uuid.UUID) -> set[uuid.UUID]:
    if tx.get(Category, root) is None:
        raise ValidationError(tr("Unknown category."), field="category")
    found = {root}
    frontier = {root}
    while frontier:
        frontier = set(tx.scalars(select(Category.id).where(Category.parent_id.in_(frontier)))) - found
        found |= frontier
    return found


def _check_bin(count: StockCount, location_id: uuid.UUID) -> None:
    if str(location_id) not in count.bin_ids:
        raise ValidationError(
            tr("That bin is not part of stock count {number}.", number=count.number), field="location"
        )


def _unfreeze(tx: Session, count: StockCount) -> None:
    for bin_id, status in (count.frozen_bins or {}).items():
        location = tx.get(Location, uuid.UUID(bin_id))
        if location is not None and location.status == BinStatus.FROZEN.value:
            location.status = status
    count.frozen_bins = {}
    tx.flush()  # the posting below reads bin statuses afresh (the flush drops the cached bins)


def _book_at_snapshot(tx: Session, count: StockCount, product_id: uuid.UUID, location_id: uuid.UUID) -> Decimal:
    """Balance now minus the net moves into the bin since the snapshot."""
    tx.flush()
    now = (
        tx.scalar(
            select(StockBalance.qty).where(
                StockBalance.product_id == product_id, StockBalance.location_id == location_id
            )
        )
        or ZERO
    )
    since = (StockMove.product_id == product_id) & (StockMove.moved_at > count.snapshot_at)
    moved_in = tx.scalar(select(func.sum(StockMove.qty)).where(since, StockMove.to_location_id == location_id))
    moved_out = tx.scalar(select(func.sum(StockMove.qty)).where(since, StockMove.from_location_id == location_id))
    return now - (moved_in or ZERO) + (moved_out or ZERO)


def _line_for(tx: Session, count: StockCount, product_id: uuid.UUID, location_id: uuid.UUID) -> StockCountLine:
    line = tx.scalar(
        select(StockCountLine).where(
            StockCountLine.count_id == count.id,
            StockCountLine.product_id == product_id,
            StockCountLine.location_id == location_id,
        )
    )
    if line is None:
        seq = (tx.scalar(select(func.max(StockCountLine.seq)).where(StockCountLine.count_id == count.id)) or 0) + 1
        line = StockCountLine(
            id=uuid7(),
            count_id=count.id,
            seq=seq,
            product_id=product_id,
            location_id=location_id,
            book_qty=_book_at_snapshot(tx, count, product_id, location_id),
            counted_qty=None,
            in_snapshot=False,
        )
        tx.add(line)
    return line


def _scan(
    tx: Session,
    count: StockCount,
    location_id: uuid.UUID,
    text: str,
    qty: Decimal | None,
    acknowledged: frozenset[str] = frozenset(),
    *,
    mode: str = "add",
) -> ScanResult:
    count.ensure_draft()
    _check_bin(count, location_id)
    amount, code = parse_scan(text, qty)
    brief = find_product_by_code_or_barcode_tx(tx, code)
    if brief is None:
        serial = _serial_of(tx, count, code)
        if serial is not None:
            return _scan_serial(tx, count, location_id, serial, amount, explicit=qty is not None or mode == "set")
        unknown = tx.scalar(
            select(StockCountUnknown).where(
                StockCountUnknown.count_id == count.id,
                StockCountUnknown.location_id == location_id,
                StockCountUnknown.code == code,
            )
        )
        if unknown is None:
            unknown = StockCountUnknown(
                id=uuid7(), count_id=count.id, location_id=location_id, code=code, hits=0, qty=ZERO
            )
            tx.add(unknown)
        unknown.hits += 1
        unknown.qty += amount
        return ScanResult(code, False, None, code, amount, unknown.qty, False)
    elsewhere = _shelved_elsewhere(tx, count, brief.id, location_id)
    if elsewhere and OTHER_BIN not in acknowledged:
        here = tx.get(Location, location_id)
        where = ", ".join(f"{code} ({qty.normalize():f})" for _id, code, qty in elsewhere)
        raise ShelvedElsewhere(
            tr(
                "{label} is on the books in {bins}, not in {bin}. Count it in {bin} anyway?",
                label=brief.label,
                bins=where,
                bin=here.code if here else "?",
            ),
            brief.id,
            elsewhere,
            frozenset(b.id for b in _bins(tx, count)),
        )
    line = _line_for(tx, count, brief.id, location_id)
    before = line.counted_qty or ZERO
    counted = amount if mode == "set" else before + amount
    if counted < ZERO:
        raise ValidationError(
            tr("The counted quantity of {label} cannot go below zero.", label=brief.label), field="qty"
        )
    line.counted_qty = counted
    shelved = " ".join(f"{code} {qty.normalize():f}" for _id, code, qty in elsewhere)
    return ScanResult(code, True, brief.id, brief.label, counted - before, counted, line.in_snapshot, shelved)


def _serial_of(tx: Session, count: StockCount, code: str) -> tuple[StockLot, Product] | None:
    """The serial ``code`` of a serial-tracked product, or None. The same number may belong to two
    products (two makers): the one on the books in this count's bins wins; otherwise it is ambiguous."""
    found = tx.execute(
        select(StockLot, Product)
        .join(Product, Product.id == StockLot.product_id)
        .where(StockLot.number == code, Product.serial_tracked.is_(True))
        .order_by(Product.code)
    ).all()
    if len(found) <= 1:
        return (found[0][0], found[0][1]) if found else None
    bins = [uuid.UUID(b) for b in count.bin_ids]
    held = set(
        tx.scalars(
            select(LotBalance.lot_id).where(
                LotBalance.lot_id.in_([lot.id for lot, _p in found]),
                LotBalance.location_id.in_(bins),
                LotBalance.qty > 0,
            )
        )
    )
    here = [(lot, product) for lot, product in found if lot.id in held]
    if len(here) == 1:
        return here[0]
    raise ValidationError(
        tr(
            "Serial {serial} belongs to several products ({products}): count it by typing the quantity on its line.",
            serial=code,
            products=", ".join(product.code for _lot, product in found),
        ),
        field="scan",
    )


def _scan_serial(
    tx: Session,
    count: StockCount,
    location_id: uuid.UUID,
    serial: tuple[StockLot, Product],
    amount: Decimal,
    *,
    explicit: bool,
) -> ScanResult:
    """A serial number scanned: one more of its product in the bin, the serial recorded on the line.
    Raises ValidationError (a quantity given with it, the serial counted already in this count, or
    on the books in a bin this count does not cover)."""
    lot, product = serial
    label = f"{product.code} {product.name}"
    if explicit or amount != 1:
        raise ValidationError(
            tr(
                "Serial {serial} of {label} stands for one unit: scan it without a quantity.",
                serial=lot.number,
                label=label,
            ),
            field="qty",
        )
    for seen in tx.scalars(
        select(StockCountLine).where(StockCountLine.count_id == count.id, StockCountLine.product_id == product.id)
    ):
        if lot.number in (seen.serials or ()):
            counted_in = tx.get(Location, seen.location_id)
            message = tr(
                "Serial {serial} of {label} is counted already (bin {bin}): a serial counts once.",
                serial=lot.number,
                label=label,
                bin=counted_in.code if counted_in else "?",
            )
            raise ValidationError(message, field="scan")
    bins = {uuid.UUID(b) for b in count.bin_ids}
    outside = tx.execute(
        select(Location.code)
        .join(LotBalance, LotBalance.location_id == Location.id)
        .where(LotBalance.lot_id == lot.id, LotBalance.qty > 0, Location.id.not_in(bins))
    ).scalar()
    if outside is not None:
        raise ValidationError(
            tr(
                "Serial {serial} of {label} is on the books in bin {bin}, which this count does not cover: "
                "count it there, or transfer it first.",
                serial=lot.number,
                label=label,
                bin=outside,
            ),
            field="scan",
        )
    line = _line_for(tx, count, product.id, location_id)
    before = line.counted_qty or ZERO
    line.counted_qty = before + 1
    line.serials = [*(line.serials or ()), lot.number]  # a new list: the JSON column sees the change
    return ScanResult(
        lot.number,
        True,
        product.id,
        tr("{label} serial {serial}", label=label, serial=lot.number),
        Decimal(1),
        line.counted_qty,
        line.in_snapshot,
    )


def _serial_moves(
    tx: Session, count: StockCount, lines: list[StockCountLine], adjust: uuid.UUID
) -> tuple[list[tuple[StockCountLine, int, MoveSpec]], list[tuple[StockCountLine, int, MoveSpec]]]:
    """The serials scanned into ``lines`` against those on the books in their bins now:
    (losses, gains) as (line, −1 / +1, move). A serial on the books in a bin but scanned nowhere
    there leaves it; one scanned in a bin it is not on the books in enters it — and leaves the
    other bin of the count that held it, when that bin's own serials do not say so already.
    Raises ValidationError when a line's counted quantity is not its number of serials (units
    counted without their serial)."""
    reconciled = {(line.product_id, line.location_id) for line in lines}
    missing: dict[tuple[uuid.UUID, uuid.UUID], list[str]] = {}
    found: dict[tuple[uuid.UUID, uuid.UUID], list[str]] = {}
    for line in lines:
        scanned = list(dict.fromkeys(line.serials or ()))
        if line.counted_qty != len(scanned):
            product = tx.get(Product, line.product_id)
            raise ValidationError(
                tr(
                    "{label}: {counted} counted but {serials} serial numbers scanned — scan each unit's serial.",
                    label=f"{product.code} {product.name}" if product else "?",
                    counted=(line.counted_qty or ZERO).normalize(),
                    serials=len(scanned),
                ),
                field="serials",
            )
        key = (line.product_id, line.location_id)
        held = _serials_held(tx, line.product_id, line.location_id)
        missing.setdefault(key, []).extend(n for n in held if n not in scanned)
        for number in scanned:
            if number in held:
                continue
            found.setdefault(key, []).append(number)
            for other in _bins_holding(tx, line.product_id, number):
                if other != line.location_id and (line.product_id, other) not in reconciled:
                    missing.setdefault((line.product_id, other), []).append(number)
    by_key = {(line.product_id, line.location_id): line for line in lines}

    def line_of(key: tuple[uuid.UUID, uuid.UUID]) -> StockCountLine:
        return by_key.get(key) or _line_for(tx, count, key[0], key[1])

    losses = []
    for key, numbers in missing.items():
        if numbers:
            line = line_of(key)
            parts = named_parts(tx, key[0], [LotInput(n) for n in numbers], line=line.seq)
            losses.append(
                (line, -1, MoveSpec(key[0], key[1], adjust, Decimal(len(numbers)), doc_line_id=line.id, lots=parts))
            )
    gains = []
    for key, numbers in found.items():
        line = line_of(key)
        parts = lot_parts(
            tx,
            key[0],
            [LotInput(n) for n in numbers],
            qty=Decimal(len(numbers)),
            line=line.seq,
            doc_type=COUNT_DOC_TYPE,
            doc_id=count.id,
            doc_number=count.number,
            on=count.on,
        )
        gains.append(
            (line, 1, MoveSpec(key[0], adjust, key[1], Decimal(len(numbers)), doc_line_id=line.id, lots=parts))
        )
    return losses, gains


def _serials_held(tx: Session, product_id: uuid.UUID, location_id: uuid.UUID) -> list[str]:
    return list(
        tx.scalars(
            select(StockLot.number)
            .join(LotBalance, LotBalance.lot_id == StockLot.id)
            .where(LotBalance.product_id == product_id, LotBalance.location_id == location_id, LotBalance.qty > 0)
        )
    )


def _bins_holding(tx: Session, product_id: uuid.UUID, number: str) -> list[uuid.UUID]:
    return list(
        tx.scalars(
            select(LotBalance.location_id).where(LotBalance.lot_id == lot_id(product_id, number), LotBalance.qty > 0)
        )
    )


def _shelved_elsewhere(tx: Session, count: StockCount, product_id: uuid.UUID, location_id: uuid.UUID) -> tuple:
    """Where else in the warehouse the product is on hand, when this bin neither holds it nor
    had it at the snapshot (a line already there means it was shelved or accepted here)."""
    has_line = tx.scalar(
        select(StockCountLine.id).where(
            StockCountLine.count_id == count.id,
            StockCountLine.product_id == product_id,
            StockCountLine.location_id == location_id,
            or_(StockCountLine.in_snapshot.is_(True), StockCountLine.counted_qty.is_not(None)),
        )
    )
    if has_line is not None:
        return ()
    rows = tx.execute(
        select(Location.id, Location.code, StockBalance.qty)
        .join(StockBalance, StockBalance.location_id == Location.id)
        .where(
            Location.warehouse_id == count.warehouse_id,
            Location.kind == LocationKind.BIN.value,
            StockBalance.product_id == product_id,
            StockBalance.qty > 0,
        )
        .order_by(StockBalance.qty.desc(), Location.code)
    ).all()
    if any(lid == location_id for lid, _code, _qty in rows):
        return ()
    return tuple((lid, code, qty) for lid, code, qty in rows)


def _scope_text(tx: Session, count: StockCount, bins: list[Location]) -> str:
    parts = []
    if count.category_id is not None:
        category = tx.get(Category, count.category_id)
        parts.append(tr("category {name}", name=category.path or category.name if category else "?"))
    all_bins = tx.scalar(
        select(func.count())
        .select_from(Location)
        .where(Location.warehouse_id == count.warehouse_id, Location.kind == LocationKind.BIN.value)
    )
    parts.append(tr("all bins") if len(bins) == all_bins else tr("bins {codes}", codes=", ".join(b.code for b in bins)))
    return "; ".join(parts)


def _count_row(tx: Session, count: StockCount) -> CountRow:
    warehouse = tx.get(Warehouse, count.warehouse_id)
    bins = _bins(tx, count)
    n, counted = tx.execute(
        select(func.count(), func.count(StockCountLine.counted_qty)).where(StockCountLine.count_id == count.id)
    ).one()
    return CountRow(
        count.id,
        count.number,
        count.state,
        state_label(count.state),
        count.on,
        count.warehouse_id,
        warehouse.name if warehouse else "",
        _scope_text(tx, count, bins),
        n,
        counted,
        count.gain_value,
        count.loss_value,
        bool(count.frozen_bins),
        count.note,
    )


def _bins(tx: Session, count: StockCount) -> list[Location]:
    ids = [uuid.UUID(i) for i in count.bin_ids]
    return list(tx.scalars(select(Location).where(Location.id.in_(ids)).order_by(Location.sort_order, Location.code)))


def _line_rows(tx: Session, count: StockCount, lines: list[StockCountLine]) -> list[CountLineRow]:
    pids = {l.product_id for l in lines}
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(pids)))} if pids else {}
    costs = (
        dict(
            tx.execute(
                select(ProductCost.product_id, ProductCost.avg_cost).where(ProductCost.product_id.in_(pids))
            ).all()
        )
        if pids
        else {}
    )
    codes = {b.id: b.code for b in _bins(tx, count)}
    rows = []
    for l in lines:
        p = products[l.product_id]
        avg = costs.get(l.product_id) or ZERO
        if not avg:
            avg = p.purchase_price
        if count.state == DocState.POSTED.value:
            variance = l.adjusted_qty if (l.counted_qty is not None or count.zero_uncounted) else None
            value = l.adjusted_value if variance is not None else None
        else:
            variance = None if l.counted_qty is None else l.counted_qty - l.book_qty
            value = None if variance is None else money(variance * avg)
        rows.append(
            CountLineRow(
                l.id,
                l.product_id,
                p.code,
                p.name,
                p.unit,
                l.location_id,
                codes.get(l.location_id, ""),
                l.book_qty,
                l.counted_qty,
                variance,
                avg,
                value,
                l.in_snapshot,
                l.adjusted_qty,
                l.adjusted_value,
                tuple(l.serials or ()),
            )
        )
    return rows


# --- reading ----------------------------------------------------------------------------
def get_count(uow: UnitOfWork, count_id: uuid.UUID) -> CountDetail:
    with uow.read() as tx:
        count = _get(tx, count_id, lock=False)
        lines = list(
            tx.scalars(select(StockCountLine).where(StockCountLine.count_id == count.id).order_by(StockCountLine.seq))
        )
        codes = {b.id: b.code for b in _bins(tx, count)}
        unknown = tuple(
            UnknownCode(u.id, u.code, codes.get(u.location_id, "") if u.location_id else "", u.hits, u.qty)
            for u in tx.scalars(
                select(StockCountUnknown)
                .where(StockCountUnknown.count_id == count.id)
                .order_by(StockCountUnknown.created_at)
            )
        )
        return CountDetail(
            _count_row(tx, count),
            tuple(BinChoice(b.id, b.code, b.name) for b in _bins(tx, count)),
            tuple(_line_rows(tx, count, lines)),
            unknown,
        )


def list_counts(uow: UnitOfWork, query: ListQuery) -> Page[CountRow]:
    """Counts, newest first. Filters: ``state``, ``warehouse_id``; search: number or note."""
    with uow.read() as tx:
        stmt = select(StockCount)
        if query.filters.get("state"):
            stmt = stmt.where(StockCount.state == query.filters["state"])
        if query.filters.get("warehouse_id"):
            stmt = stmt.where(StockCount.warehouse_id == query.filters["warehouse_id"])
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(StockCount.number.like(pattern, escape="\\") | StockCount.note.like(pattern, escape="\\"))
        q = ListQuery(
            search=query.search,
            sort=query.sort or "number",
            descending=query.descending if query.sort else True,
            after=query.after,
            limit=query.limit,
            filters=query.filters,
        )
        return keyset_page(
            tx,
            stmt,
            sort_columns={"number": StockCount.number, "on": StockCount.on, "state_label": StockCount.state},
            default_sort="number",
            id_column=StockCount.id,
            query=q,
            to_row=lambda r: _count_row(tx, r[0]),
        )


def find_count(uow: UnitOfWork, number_or_id: str) -> CountRow:
    """A count by its number (SC-2026-000001) or id (command line)."""
    with uow.read() as tx:
        count = tx.scalar(select(StockCount).where(StockCount.number == number_or_id.strip()))
        if count is None:
            try:
                count = tx.get(StockCount, uuid.UUID(number_or_id))
            except ValueError:
                count = None
        if count is None:
            raise NotFound(tr("Stock count {number} not found.", number=number_or_id))
        return _count_row(tx, count)


def category_by_name(uow: UnitOfWork, text: str) -> uuid.UUID:
    """A category's id by its path ("Drinks/Tea") or name (command line). Raises ValidationError."""
    with uow.read() as tx:
        found = tx.scalars(
            select(Category.id).where((Category.path == text.strip()) | (Category.name == text.strip()))
        ).all()
        if len(found) != 1:
            raise ValidationError(tr("No single category named {name}.", name=text), field="category")
        return found[0]
