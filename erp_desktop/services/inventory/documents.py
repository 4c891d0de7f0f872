"""Inventory documents (库存管理): other receipts (其他入库, OR), other issues (其他出库, OI) and
transfers (调拨, TR); assemblies and disassemblies (组装 AS / 拆卸 DA) are filled from a kit's bill
in ``kits`` and post here. Stock counts live in ``stock_counts``; reports in ``queries.stock``.

Each document is draft → posted. Posting writes, in one transaction, the stock moves (through
``stock_ledger.post_moves``) and the journal entry (业财一体):
- other receipt: Dr 1405 库存商品 / Cr the account of its reason (defaults: opening → 3999 期初余额调整,
  gift received / exchanged in / other → 5301 营业外收入);
- other issue: Dr the account of its reason (defaults: damage → 5711 营业外支出, internal use → 5602
  管理费用, gift/sample → 5601 销售费用, other → 5711) / Cr 1405.
  A receipt or issue cannot post without a reason; the owner edits each reason's account
  (``finance.set_posting_account``), and a reversal books the account its original booked;
- transfer: no entry (both sides are 1405); the value carried is recorded on the lines.
A posted document is immutable; ``reverse_stock_doc`` creates and posts a reversing document that
points at the original (moves back at the original values, the entry mirrored).

Receipt unit cost: as entered; if left empty, an opening receipt takes the product's purchase
price (else the current average) and other receipts the current average (else the purchase price),
so they do not disturb the average.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import N_, tr, user_label
from erp_desktop.models.base import Workflow, utcnow, uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.inventory_docs import (
    KIT_KINDS,
    NUMBER_PREFIX,
    STOCK_DOC_TYPE,
    DocState,
    IssueReason,
    ReceiptReason,
    StockDoc,
    StockDocKind,
    StockDocLine,
)
from erp_desktop.models.stock import ProductCost, StockMove
from erp_desktop.models.warehouse import Location, LocationKind, VirtualLocation, Warehouse
from erp_desktop.money import ZERO, money, price, to_decimal
from erp_desktop.money import qty as qty_
from erp_desktop.services.finance.chart import posting_account
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, location_refs, post_moves, product_refs, virtual_location_id
from erp_desktop.services.masterdata.units import entered_qtys, repriced
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.uow import UnitOfWork, actor_of

RECEIPT_REASONS: dict[str, str] = {
    ReceiptReason.OPENING.value: N_("Opening stock"),
    ReceiptReason.EXCHANGE_IN.value: N_("Exchange in"),
    ReceiptReason.GIFT.value: N_("Gift received"),
    ReceiptReason.OTHER.value: N_("Other receipt"),
}
ISSUE_REASONS: dict[str, str] = {
    IssueReason.DAMAGE.value: N_("Damage"),
    IssueReason.INTERNAL_USE.value: N_("Internal use"),
    IssueReason.GIFT.value: N_("Gift given"),
    IssueReason.SAMPLE.value: N_("Sample"),
    IssueReason.OTHER.value: N_("Other issue"),
}
KIND_LABELS = {
    StockDocKind.RECEIPT.value: N_("Other receipt"),
    StockDocKind.ISSUE.value: N_("Other issue"),
    StockDocKind.TRANSFER.value: N_("Transfer"),
    StockDocKind.ASSEMBLY.value: N_("Assembly"),
    StockDocKind.DISASSEMBLY.value: N_("Disassembly"),
}
STATE_LABELS = StockDoc.STATE_LABELS


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS.get(kind, kind))


def reason_label(kind: str, reason: str) -> str:
    table = (
        RECEIPT_REASONS
        if kind == StockDocKind.RECEIPT.value
        else ISSUE_REASONS
        if kind == StockDocKind.ISSUE.value
        else {}
    )
    return tr(table[reason]) if reason in table else reason


def state_label(state: str) -> str:
    return tr(STATE_LABELS.get(state, state))


# --- DTOs -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LineInput:
    """One line as the user entered it. Receipts need ``to_location_id``, issues
    ``from_location_id``, transfers both; a missing bin defaults to the document warehouse's first
    active bin. ``unit_cost`` only for receipts (None = the default, see the module docstring)."""

    product_id: uuid.UUID
    qty: Decimal
    unit_cost: Decimal | None = None
    from_location_id: uuid.UUID | None = None
    to_location_id: uuid.UUID | None = None
    note: str = ""
    unit: str = ""  # 多单位: the unit ``qty`` and ``unit_cost`` are in ("" = the base unit)


@dataclass(frozen=True)
class StockDocLineRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    qty: Decimal
    unit_cost: Decimal | None
    value: Decimal
    from_location_id: uuid.UUID | None
    from_label: str
    to_location_id: uuid.UUID | None
    to_label: str
    note: str
    base_qty: Decimal | None = None  # 多单位: ``qty`` is in ``unit``; this is the stock quantity
    base_unit: str = ""


@dataclass(frozen=True)
class StockDocRow:
    id: uuid.UUID
    number: str
    kind: str
    kind_label: str
    reason: str
    reason_label: str
    state: str
    state_label: str
    on: date
    warehouse_name: str
    total_value: Decimal
    note: str
    reversal_of_id: uuid.UUID | None
    reversed_by_id: uuid.UUID | None
    user_name: str
    pair_number: str = ""  # the other document of a 红冲 pair (the reversal, or what it reverses)

    @property
    def pair_label(self) -> str:
        """How the list shows the 红冲 pair: "reversed by TR-…" or "红冲 of OR-…"."""
        if not self.pair_number:
            return ""
        if self.reversal_of_id is not None:
            return tr("红冲 of {number}", number=self.pair_number)
        return tr("reversed by {number}", number=self.pair_number)


@dataclass(frozen=True)
class StockDocDetail:
    doc: StockDocRow
    warehouse_id: uuid.UUID | None
    version: int
    lines: tuple[StockDocLineRow, ...]
    reversal_of_number: str = ""
    reversed_by_number: str = ""


@dataclass(frozen=True)
class PostResult:
    id: uuid.UUID
    number: str
    total_value: Decimal
    journal_number: str = ""
    move_count: int = 0
    changes: frozenset[str] = field(default_factory=lambda: frozenset({"stock", "finance"}))


# --- writing ----------------------------------------------------------------------------
def save_stock_doc(
    uow: UnitOfWork,
    doc_id: uuid.UUID | None,
    *,
    kind: str,
    reason: str = "",
    on: date,
    warehouse_id: uuid.UUID | None = None,
    note: str = "",
    lines: list[LineInput],
    version: int | None = None,
) -> uuid.UUID:
    """Create (``doc_id`` None) or replace a draft. Raises ValidationError, InvalidTransition,
    NotFound, ConcurrencyError (a stale ``version``)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        doc = _new_or_draft(tx, doc_id, version)
        _fill(tx, doc, kind=kind, reason=reason, on=on, warehouse_id=warehouse_id, note=note, lines=lines)
        return doc.id


def post_stock_doc(
    uow: UnitOfWork,
    doc_id: uuid.UUID,
    *,
    acknowledged: frozenset[str] = frozenset(),
    lots: Mapping[uuid.UUID, Sequence[LotInput]] | None = None,
) -> PostResult:
    """Post a draft: number, stock moves and journal entry, all or nothing. ``lots``: an
    assembly's or disassembly's lots and serials by product (see ``kits``). Raises
    InvalidTransition (not a draft), ValidationError, InsufficientStock, ConfirmationRequired,
    PeriodClosed."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        auth.require(tx, Perm.POST)
        doc = _get(tx, doc_id)
        return _post(tx, doc, acknowledged, lots=lots)


def create_and_post(
    uow: UnitOfWork,
    *,
    kind: str,
    reason: str = "",
    on: date,
    warehouse_id: uuid.UUID | None = None,
    note: str = "",
    lines: list[LineInput],
    acknowledged: frozenset[str] = frozenset(),
) -> PostResult:
    """Create a document and post it at once (command line, quick entry): one transaction. The
    document never exists as a draft: it is built, posted, then appended complete below the ORM."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        auth.require(tx, Perm.POST)
        doc = _QuickDoc(id=uuid7(), on=on)
        _fill(tx, doc, kind=kind, reason=reason, on=on, warehouse_id=warehouse_id, note=note, lines=lines, attach=False)
        result = _post(tx, doc, acknowledged)
        insert_rows(tx, StockDoc.__table__, [_quick_row(StockDoc.__table__, doc)])
        for line in doc.lines:
            line.doc_id = doc.id
        insert_rows(tx, StockDocLine.__table__, [_quick_row(StockDocLine.__table__, line) for line in doc.lines])
        return result


def delete_stock_doc(uow: UnitOfWork, doc_id: uuid.UUID) -> None:
    """Delete a draft. Raises InvalidTransition for a posted document."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        doc = _get(tx, doc_id)
        doc.ensure_draft()
        tx.delete(doc)


def reverse_stock_doc(
    uow: UnitOfWork,
    doc_id: uuid.UUID,
    *,
    on: date | None = None,
    note: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> PostResult:
    """Create and post the reversal of a posted document: every move back at its original value,
    the journal entry mirrored. Raises InvalidTransition (draft, already reversed, or itself a
    reversal), InsufficientStock (the stock received has gone meanwhile)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        auth.require(tx, Perm.POST)
        original = _get(tx, doc_id)
        if original.state != DocState.POSTED.value:
            raise InvalidTransition(tr("Only a posted document can be reversed."))
        if original.reversed_by_id is not None:
            raise InvalidTransition(tr("Document {number} has already been reversed.", number=original.number))
        if original.reversal_of_id is not None:
            raise InvalidTransition(
                tr("Document {number} is itself a reversal and cannot be reversed.", number=original.number)
            )
        on = on or original.on
        reversal = StockDoc(
            id=uuid7(),
            kind=original.kind,
            reason=original.reason,
            state=DocState.DRAFT.value,
            on=on,
            warehouse_id=original.warehouse_id,
            reversal_of_id=original.id,
            note=note or tr("Reversal of {number}", number=original.number),
        )
        tx.add(reversal)
        values: dict[int, Decimal] = {}
        for line in original.lines:
            reversal.lines.append(
                StockDocLine(
                    id=uuid7(),
                    seq=line.seq,
                    product_id=line.product_id,
                    qty=line.qty,
                    unit=line.unit,
                    unit_qty=line.unit_qty,
                    unit_factor=line.unit_factor,
                    unit_cost=line.unit_cost,
                    from_location_id=line.to_location_id,
                    to_location_id=line.from_location_id,
                    value=ZERO,
                    note=line.note,
                )
            )
            if original.kind != StockDocKind.TRANSFER.value:
                values[line.seq] = line.value
        result = _post(tx, reversal, acknowledged, fixed_values=values)
        original.reversed_by_id = reversal.id
        original.version += 1
        return result


# --- internals --------------------------------------------------------------------------
def _get(tx: Session, doc_id: uuid.UUID, *, lock: bool = True) -> StockDoc:
    """The document; to change it (``lock``), row-locked and freshly read, so two clients
    posting or reversing one document serialise and the second gets "already posted"."""
    doc = lock_row(tx, StockDoc, doc_id) if lock else tx.get(StockDoc, doc_id)
    if doc is None:
        raise NotFound(tr("Stock document not found."))
    return doc


def _new_or_draft(tx: Session, doc_id: uuid.UUID | None, version: int | None) -> StockDoc:
    if doc_id is None:
        return StockDoc(id=uuid7(), state=DocState.DRAFT.value, version=1)  # added once filled
    doc = _get(tx, doc_id)
    doc.ensure_draft()
    if version is not None and version != doc.version:
        from erp_desktop.errors import ConcurrencyError

        raise ConcurrencyError(tr("Someone else changed this document meanwhile; reopen it and try again."))
    doc.version += 1
    return doc


@dataclass(eq=False)
class _QuickLine:
    """A line of a document posted as it is created (``create_and_post``): StockDocLine's columns
    as a plain object. The row is written once, complete, below the ORM, so the mapped object's
    instrumented attributes and collection events (about 40 µs a line) bought nothing."""

    id: uuid.UUID
    seq: int
    product_id: uuid.UUID
    qty: Decimal
    unit_cost: Decimal | None
    from_location_id: uuid.UUID | None
    to_location_id: uuid.UUID | None
    value: Decimal
    note: str
    unit: str = ""
    unit_qty: Decimal | None = None
    unit_factor: Decimal = Decimal(1)
    lots: list[Any] | None = None
    doc_id: uuid.UUID | None = None


@dataclass(eq=False)
class _QuickDoc(Workflow):
    """The document of ``create_and_post``: StockDoc's columns and state machine, never a draft in
    the session (its row and its lines' rows are inserted once posted)."""

    TRANSITIONS = StockDoc.TRANSITIONS
    STATE_LABELS = StockDoc.STATE_LABELS
    DOC_NOUN = StockDoc.DOC_NOUN

    id: uuid.UUID
    on: date
    state: str = DocState.DRAFT.value
    version: int = 1
    number: str = ""
    kind: str = ""
    reason: str = ""
    warehouse_id: uuid.UUID | None = None
    note: str = ""
    total_value: Decimal = ZERO
    reversal_of_id: uuid.UUID | None = None
    reversed_by_id: uuid.UUID | None = None
    posted_at: datetime | None = None
    user_name: str = ""
    lines: list[_QuickLine] = field(default_factory=list)

    def post(self, number: str, at: datetime, user_name: str) -> None:  # as StockDoc.post
        self.transition(DocState.POSTED)
        self.number = number
        self.posted_at = at
        self.user_name = user_name


def _quick_row(table: Any, obj: _QuickDoc | _QuickLine) -> dict[str, Any]:
    """The row of a quick document or line: every column but the sync stamps (``insert_rows``)."""
    return {c.key: getattr(obj, c.key) for c in table.columns if c.key not in _STAMPED}


_STAMPED = frozenset({"created_at", "updated_at", "origin_pc", "hlc"})


def _fill(
    tx: Session,
    doc: StockDoc | _QuickDoc,
    *,
    kind: str,
    reason: str,
    on: date,
    warehouse_id: uuid.UUID | None,
    note: str,
    lines: list[LineInput],
    attach: bool = True,
) -> None:
    """Validate and set the document's fields and lines; ``attach`` adds a new one to the session."""
    if kind not in NUMBER_PREFIX:
        raise ValidationError(tr("Unknown stock document type {kind}.", kind=kind), field="kind")
    if kind in KIT_KINDS:
        raise ValidationError(
            tr("An assembly or disassembly is made from the kit's bill of components (组装 / 拆卸)."), field="kind"
        )
    reasons = (
        RECEIPT_REASONS
        if kind == StockDocKind.RECEIPT.value
        else ISSUE_REASONS
        if kind == StockDocKind.ISSUE.value
        else None
    )
    if reasons is not None:
        reason = (reason or "").strip()
        if reason and reason not in reasons:
            raise ValidationError(tr("Unknown reason {reason}.", reason=reason), field="reason")
    else:
        reason = ""
    if on is None:
        raise ValidationError(tr("Enter the document date."), field="on")
    if not lines:
        raise ValidationError(tr("Add at least one line."), field="lines")
    warehouse = tx.get(Warehouse, warehouse_id) if warehouse_id is not None else None
    if warehouse_id is not None and warehouse is None:
        raise ValidationError(tr("Unknown warehouse."), field="warehouse")
    default_bin = _default_bin(tx, warehouse) if warehouse is not None else None
    with tx.no_autoflush:
        products = product_refs(tx, {entered.product_id for entered in lines if entered.product_id is not None})
        locations = location_refs(
            tx, {i for entered in lines for i in (entered.from_location_id, entered.to_location_id, default_bin) if i}
        )
        make: Any = StockDocLine if isinstance(doc, StockDoc) else _QuickLine
        new_lines = [
            _line(make, products, locations, kind, seq, entered, default_bin)
            for seq, entered in enumerate(lines, start=1)
        ]
        shown = entered_qtys(tx, [(line.product_id, line.qty, entered.unit) for line, entered in zip(new_lines, lines)])
        for line, unit in zip(new_lines, shown):
            line.qty, line.unit, line.unit_qty, line.unit_factor = unit.qty, unit.unit, unit.unit_qty, unit.factor
    doc.kind, doc.reason, doc.on, doc.warehouse_id, doc.note = kind, reason, on, warehouse_id, note
    if isinstance(doc, StockDoc) and doc in tx:
        for old in list(doc.lines):
            doc.lines.remove(old)
        tx.flush()
    doc.lines.extend(new_lines)
    if attach and isinstance(doc, StockDoc) and doc not in tx:
        tx.add(doc)


def _default_bin(tx: Session, warehouse: Warehouse) -> uuid.UUID | None:
    bins = [b for b in warehouse.bins if b.kind == LocationKind.BIN.value]
    active = [b for b in bins if b.status == "active"]
    chosen = active or bins
    return chosen[0].id if chosen else None


def _line(
    make: Any,
    products: dict,
    locations: dict,
    kind: str,
    seq: int,
    entered: LineInput,
    default_bin: uuid.UUID | None,
) -> Any:
    """One line checked, made with ``make`` (StockDocLine for a draft, _QuickLine to post at once)."""
    where = tr("line {n}", n=seq)
    product = products.get(entered.product_id)
    if product is None:
        raise ValidationError(tr("{where}: unknown product.", where=where), field="product", row=seq)
    if not product.active:
        raise ValidationError(
            tr("{where}: product {code} {name} is inactive.", where=where, code=product.code, name=product.name),
            field="product",
            row=seq,
        )
    quantity = entered.qty
    if quantity is None or qty_(quantity) != quantity or quantity <= ZERO:
        raise ValidationError(
            tr(
                "{where}: quantity must be greater than zero with at most 3 decimals (got {qty}).",
                where=where,
                qty=quantity,
            ),
            field="qty",
            row=seq,
        )
    source = entered.from_location_id
    target = entered.to_location_id
    if kind in (StockDocKind.ISSUE.value, StockDocKind.TRANSFER.value):
        source = source or default_bin
        if source is None:
            raise ValidationError(
                tr("{where}: choose the bin the stock comes from.", where=where), field="from_location", row=seq
            )
        _require_bin(locations, source, where)
    else:
        source = None
    if kind in (StockDocKind.RECEIPT.value, StockDocKind.TRANSFER.value):
        target = target or default_bin
        if target is None:
            raise ValidationError(
                tr("{where}: choose the bin the stock goes to.", where=where), field="to_location", row=seq
            )
        _require_bin(locations, target, where)
    else:
        target = None
    if kind == StockDocKind.TRANSFER.value and source == target:
        raise ValidationError(
            tr("{where}: a transfer needs a target bin different from its source.", where=where),
            field="to_location",
            row=seq,
        )
    unit_cost = None
    if kind == StockDocKind.RECEIPT.value and entered.unit_cost is not None:
        entered_cost = to_decimal(entered.unit_cost)  # text, float or NaN → a clear ValidationError
        if entered_cost < ZERO:
            raise ValidationError(
                tr("{where}: the unit cost cannot be negative.", where=where), field="unit_cost", row=seq
            )
        unit_cost = price(entered_cost)
    return make(
        id=uuid7(),
        seq=seq,
        product_id=product.id,
        qty=quantity,
        unit_cost=unit_cost,
        from_location_id=source,
        to_location_id=target,
        value=ZERO,
        note=entered.note or "",
    )


def _require_bin(locations: dict, location_id: uuid.UUID, where: str):
    location = locations.get(location_id)
    if location is None or location.kind != LocationKind.BIN.value:
        raise ValidationError(tr("{where}: unknown bin.", where=where), field="location")
    return location


def _default_unit_cost(tx: Session, doc: StockDoc | _QuickDoc, line: StockDocLine | _QuickLine) -> Decimal:
    product = tx.get(Product, line.product_id)
    if product is None:
        raise ValidationError(tr("Unknown product."), field="product")
    cost = tx.execute(
        select(ProductCost.qty, ProductCost.avg_cost).where(ProductCost.product_id == line.product_id)
    ).first()
    average = cost.avg_cost if cost is not None and cost.qty > ZERO else ZERO
    if doc.reason == ReceiptReason.OPENING.value:
        return product.purchase_price if product.purchase_price > ZERO else average
    return average if average > ZERO else product.purchase_price


def _post(
    tx: Session,
    doc: StockDoc | _QuickDoc,
    acknowledged: frozenset[str],
    *,
    fixed_values: dict[int, Decimal] | None = None,
    lots: Mapping[uuid.UUID, Sequence[LotInput]] | None = None,
) -> PostResult:
    if doc.state != DocState.DRAFT.value:
        raise InvalidTransition(tr("Document {number} is already posted.", number=doc.number))
    if not doc.lines:
        raise ValidationError(tr("Add at least one line."), field="lines")
    if doc.kind in KIT_KINDS:
        from erp_desktop.services.inventory.kits import post_kit_doc

        assert isinstance(doc, StockDoc)  # kits are filled from their bill (``_fill`` refuses them)
        number, value, moved = post_kit_doc(tx, doc, acknowledged, fixed_values, lots)
        return PostResult(doc.id, number, value, "", moved, frozenset({"stock"}))
    if doc.kind != StockDocKind.TRANSFER.value and not doc.reason and doc.reversal_of_id is None:
        raise ValidationError(
            tr(
                "Choose the reason of this {kind}: it decides the account booked against the stock.",
                kind=kind_label(doc.kind),
            ),
            field="reason",
        )
    number = next_number(tx, NUMBER_PREFIX[doc.kind], doc.on)
    doc.post(number, utcnow(), actor_of(tx).username)
    receipt = doc.kind == StockDocKind.RECEIPT.value
    reversal = doc.reversal_of_id is not None
    virtual = virtual_location_id(
        tx,
        VirtualLocation.OPENING
        if receipt and doc.reason == ReceiptReason.OPENING.value
        else VirtualLocation.ADJUSTMENT,
    )
    specs: list[MoveSpec] = []
    doc_lines: list[StockDocLine | _QuickLine] = list(doc.lines)
    for line in doc_lines:
        fixed = (fixed_values or {}).get(line.seq)
        unit_cost = None
        if fixed is None and receipt and not reversal:
            if line.unit_cost is None:
                line.unit_cost = repriced(_default_unit_cost(tx, doc, line), Decimal(1), line.unit_factor)
            unit_cost = line.unit_cost
            # a cost per 箱: the value is exact from the entered quantity, not from a cost per 瓶
            if line.unit and line.unit_qty is not None:
                fixed, unit_cost = money(line.unit_qty * line.unit_cost), None
        source = line.from_location_id or virtual
        target = line.to_location_id or virtual
        specs.append(
            MoveSpec(line.product_id, source, target, line.qty, unit_cost=unit_cost, value=fixed, doc_line_id=line.id)
        )
    moves = post_moves(
        tx, specs, doc_type=STOCK_DOC_TYPE, doc_id=doc.id, doc_number=number, on=doc.on, acknowledged=acknowledged
    )
    total = ZERO
    for line, move in zip(doc_lines, moves):
        line.value = move.value
        if line.unit_cost is None or not receipt:
            line.unit_cost = repriced(move.unit_cost, Decimal(1), line.unit_factor)  # per the line's unit
        total += move.value
    doc.total_value = total
    entry = None
    if doc.kind != StockDocKind.TRANSFER.value:
        # a receipt (or the reversal of an issue) brings stock in
        stock_in = receipt != reversal
        counter = _original_counter(tx, doc) if reversal else posting_account(tx, f"{doc.kind}.{doc.reason}")
        memo = f"{kind_label(doc.kind)} {number}"
        posting = Posting(doc.on, doc_type=STOCK_DOC_TYPE, doc_id=doc.id, doc_number=number, memo=memo)
        if stock_in:
            posting.debit(Accounts.INVENTORY, total).credit(counter, total)
        else:
            posting.debit(counter, total).credit(Accounts.INVENTORY, total)
        if reversal:
            from erp_desktop.models.finance import JournalEntry

            posting.reversal_of_id = tx.scalar(
                select(JournalEntry.id)
                .where(JournalEntry.doc_type == STOCK_DOC_TYPE, JournalEntry.doc_id == doc.reversal_of_id)
                .limit(1)
            )
        entry = posting.post(tx)
    return PostResult(doc.id, number, total, entry.number if entry is not None else "", len(moves))


def _original_counter(tx: Session, doc: StockDoc | _QuickDoc) -> str:
    """The counter-account the reversed document booked (not today's choice for its reason)."""
    from erp_desktop.models.finance import JournalEntry, JournalLine

    code = tx.scalar(
        select(JournalLine.account_code)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(
            JournalEntry.doc_type == STOCK_DOC_TYPE,
            JournalEntry.doc_id == doc.reversal_of_id,
            JournalLine.account_code != Accounts.INVENTORY,
        )
        .limit(1)
    )
    return code or posting_account(tx, f"{doc.kind}.{doc.reason}")


# --- reading ----------------------------------------------------------------------------
def _location_labels(tx: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID | None, str]:
    if not ids:
        return {}
    rows = tx.execute(
        select(Location.id, Location.code, Warehouse.name)
        .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.id.in_(ids))
    )
    return {i: (f"{w} / {c}" if w else c) for i, c, w in rows}


def _doc_row(doc: StockDoc, warehouse_name: str, pair_number: str = "") -> StockDocRow:
    return StockDocRow(
        doc.id,
        doc.number,
        doc.kind,
        kind_label(doc.kind),
        doc.reason,
        reason_label(doc.kind, doc.reason),
        doc.state,
        state_label(doc.state),
        doc.on,
        warehouse_name,
        doc.total_value,
        doc.note,
        doc.reversal_of_id,
        doc.reversed_by_id,
        user_label(doc.user_name),
        pair_number or "",
    )


def get_stock_doc(uow: UnitOfWork, doc_id: uuid.UUID) -> StockDocDetail:
    with uow.read() as tx:
        doc = _get(tx, doc_id, lock=False)
        warehouse = tx.get(Warehouse, doc.warehouse_id) if doc.warehouse_id else None
        labels = _location_labels(
            tx, {i for line in doc.lines for i in (line.from_location_id, line.to_location_id) if i}
        )
        products = {
            p.id: p for p in tx.scalars(select(Product).where(Product.id.in_({line.product_id for line in doc.lines})))
        }
        lines = tuple(
            StockDocLineRow(
                line.id,
                line.product_id,
                products[line.product_id].code,
                products[line.product_id].name,
                line.unit or products[line.product_id].unit,
                line.qty if line.unit_qty is None else line.unit_qty,
                line.unit_cost,
                line.value,
                line.from_location_id,
                labels.get(line.from_location_id, ""),
                line.to_location_id,
                labels.get(line.to_location_id, ""),
                line.note,
                line.qty,
                products[line.product_id].unit,
            )
            for line in doc.lines
        )
        numbers: dict[uuid.UUID | None, str] = {}
        for other in (doc.reversal_of_id, doc.reversed_by_id):
            if other is not None:
                numbers[other] = tx.scalar(select(StockDoc.number).where(StockDoc.id == other)) or ""
        return StockDocDetail(
            _doc_row(
                doc,
                warehouse.name if warehouse else "",
                numbers.get(doc.reversal_of_id) or numbers.get(doc.reversed_by_id) or "",
            ),
            doc.warehouse_id,
            doc.version,
            lines,
            numbers.get(doc.reversal_of_id, ""),
            numbers.get(doc.reversed_by_id, ""),
        )


def list_stock_docs(uow: UnitOfWork, query: ListQuery) -> Page[StockDocRow]:
    """Documents, newest first by default. Filters: ``kind``, ``state``, ``date_from``,
    ``date_to``, ``warehouse_id``; search: number, note, or a product code/name on a line."""
    with uow.read() as tx:
        partner = aliased(StockDoc)  # the other document of a 红冲 pair (one side at most is set)
        stmt = (
            select(StockDoc, Warehouse.name, partner.number)
            .outerjoin(Warehouse, Warehouse.id == StockDoc.warehouse_id)
            .outerjoin(partner, or_(partner.id == StockDoc.reversal_of_id, partner.id == StockDoc.reversed_by_id))
        )
        f = query.filters
        if f.get("kind"):
            stmt = stmt.where(StockDoc.kind == f["kind"])
        if f.get("state"):
            stmt = stmt.where(StockDoc.state == f["state"])
        if f.get("date_from"):
            stmt = stmt.where(StockDoc.on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(StockDoc.on <= f["date_to"])
        if f.get("warehouse_id"):
            stmt = stmt.where(StockDoc.warehouse_id == f["warehouse_id"])
        if query.search.strip():
            pattern = like_pattern(query.search)
            product_hit = (
                select(StockDocLine.doc_id)
                .join(Product, Product.id == StockDocLine.product_id)
                .where(or_(Product.code.like(pattern, escape="\\"), Product.name.like(pattern, escape="\\")))
            )
            stmt = stmt.where(
                or_(
                    StockDoc.number.like(pattern, escape="\\"),
                    StockDoc.note.like(pattern, escape="\\"),
                    StockDoc.id.in_(product_hit),
                )
            )
        descending = query.descending if query.sort else True
        q = ListQuery(
            search=query.search,
            sort=query.sort or "on",
            descending=descending,
            after=query.after,
            limit=query.limit,
            filters=query.filters,
        )
        return keyset_page(
            tx,
            stmt,
            sort_columns={
                "on": StockDoc.on,
                "number": StockDoc.number,
                "kind_label": StockDoc.kind,
                "state_label": StockDoc.state,
                "total_value": StockDoc.total_value,
            },
            default_sort="on",
            id_column=StockDoc.id,
            query=q,
            to_row=lambda r: _doc_row(r[0], r[1] or "", r[2] or ""),
        )


def doc_moves(uow: UnitOfWork, doc_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, Decimal, Decimal]]:
    """(product, from, to, qty, value) of a document's moves (tests, the verify check)."""
    with uow.read() as tx:
        return [
            (product, source, target, quantity, value)
            for product, source, target, quantity, value in tx.execute(
                select(
                    StockMove.product_id,
                    StockMove.from_location_id,
                    StockMove.to_location_id,
                    StockMove.qty,
                    StockMove.value,
                )
                .where(StockMove.doc_type == STOCK_DOC_TYPE, StockMove.doc_id == doc_id)
                .order_by(StockMove.seq)
            )
        ]


def find_stock_doc(uow: UnitOfWork, number_or_id: str) -> StockDocRow:
    """A document by its number (OR-2026-000001) or id (command line)."""
    with uow.read() as tx:
        doc = tx.scalar(select(StockDoc).where(StockDoc.number == number_or_id.strip()))
        if doc is None:
            try:
                doc = tx.get(StockDoc, uuid.UUID(number_or_id))
            except ValueError:
                doc = None
        if doc is None:
            raise NotFound(tr("Stock document {number} not found.", number=number_or_id))
        warehouse = tx.get(Warehouse, doc.warehouse_id) if doc.warehouse_id else None
        return _doc_row(doc, warehouse.name if warehouse else "")
