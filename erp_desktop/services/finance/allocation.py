"""Allocation (核销): matching a party's credit items (money received/paid, returns) with its debit
items (deliveries, goods receipts), partly or fully, automatically oldest first or by choice.

An allocation of x: debit item ``allocated += x``, credit item ``allocated -= x``. No journal entry
is needed — both sides sit in the same control account (1122 / 2202) — so Σ(amount − allocated)
per kind always equals that account. Un-allocation is a negative allocation row pointing at the
original, never a delete. Refused: more than either side has open, items of different parties or
kinds, a date in a closed period.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of, uuid7
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.payments import Allocation
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.ledger.journal import ensure_period_open
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.fastsql import PreparedIn
from erp_desktop.storage.locks import lock_row, lock_rows, lock_where
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.uow import UnitOfWork, actor_of


@dataclass(frozen=True)
class AllocationResult:
    allocated: Decimal
    rows: int


def open_of(item: OpenItem) -> Decimal:
    return item.amount - item.allocated


def _item(tx: Session, ref: uuid.UUID | str, kind: str | None = None) -> OpenItem:
    """An open item by id or document number, row-locked and freshly read. Raises NotFound."""
    if isinstance(ref, uuid.UUID):
        item = lock_row(tx, OpenItem, ref)
    else:
        stmt = select(OpenItem.id).where(OpenItem.doc_number == ref)
        if kind:
            stmt = stmt.where(OpenItem.kind == kind)
        found = list(tx.scalars(stmt))
        if len(found) > 1:
            raise ValidationError(tr("{number} has several open items; choose one.", number=ref))
        item = lock_row(tx, OpenItem, found[0]) if found else None
    if item is None:
        raise NotFound(tr("No open item {ref}.", ref=str(ref)))
    return item


def check_pair(tx: Session, debit, credit, amount, *, on: date) -> tuple[Decimal, date]:
    """The checks for settling ``amount`` of ``debit`` with ``credit`` (open items, mapped or
    plain views): the amount and the allocation's date. Raises ValidationError, PeriodClosed."""
    try:
        amount = to_decimal(amount)
    except ValueError:
        raise ValidationError(tr("Enter an amount."), field="amount") from None
    if money(amount) != amount or amount <= ZERO:
        raise ValidationError(tr("The amount to allocate must be greater than zero, in cents."), field="amount")
    if debit.kind != credit.kind or debit.party_id != credit.party_id:
        raise ValidationError(
            tr("{a} and {b} do not belong to the same party's account.", a=debit.doc_number, b=credit.doc_number)
        )
    if debit.amount <= ZERO or credit.amount >= ZERO:
        raise ValidationError(tr("Allocate a credit (money, return) against a debit (delivery, receipt of goods)."))
    debit_open, credit_open = open_of(debit), -open_of(credit)
    if amount > debit_open:
        raise ValidationError(
            tr(
                "{number} has only {open} open; cannot allocate {amount}.",
                number=debit.doc_number,
                open=debit_open,
                amount=amount,
            ),
            field="amount",
        )
    if amount > credit_open:
        raise ValidationError(
            tr(
                "{number} has only {open} left to allocate; cannot allocate {amount}.",
                number=credit.doc_number,
                open=credit_open,
                amount=amount,
            ),
            field="amount",
        )
    on = max(on, debit.on, credit.on)
    ensure_period_open(tx, on)
    return amount, on


def allocate_pair_tx(
    tx: Session, debit: OpenItem, credit: OpenItem, amount: Decimal, *, on: date, memo: str = ""
) -> Allocation:
    """Settle ``amount`` of the positive ``debit`` item with the negative ``credit`` item."""
    amount, on = check_pair(tx, debit, credit, amount, on=on)
    row = Allocation(
        id=uuid7(),
        kind=debit.kind,
        party_id=debit.party_id,
        debit_item_id=debit.id,
        credit_item_id=credit.id,
        amount=amount,
        on=on,
        user_name=actor_of(tx).username,
        memo=memo,
    )
    tx.add(row)
    debit.allocated = debit.allocated + amount
    credit.allocated = credit.allocated - amount
    return row


@dataclass(eq=False)
class ItemView:
    """An open item read below the ORM, to allocate without loading mapped objects (the receipt
    of money allocated as it is entered); written back with ``update_rows``."""

    id: uuid.UUID
    kind: str
    party_id: uuid.UUID
    amount: Decimal
    allocated: Decimal
    on: date
    doc_number: str


_OI = OpenItem.__table__.c


def _item_views_query(ids):
    return (
        select(_OI.id, _OI.kind, _OI.party_id, _OI.amount, _OI.allocated, _OI.on, _OI.doc_number)
        .where(_OI.id.in_(ids))
        .order_by(_OI.id)
    )


_ITEM_VIEWS = PreparedIn(_item_views_query, _item_views_query(bindparam("in0", expanding=True)), [_OI.id])


def lock_item_views(tx: Session, ids) -> dict[uuid.UUID, ItemView]:
    """The open items ``ids`` row-locked in id order (see storage/locks.py) and read as views."""
    wanted = sorted({i for i in ids if i is not None})
    return {row[0]: ItemView(*row) for row in _ITEM_VIEWS.rows(tx, wanted, lock=True)} if wanted else {}


def allocate_views_tx(
    tx: Session,
    credit: ItemView,
    choices: list[tuple[uuid.UUID, Decimal]],
    debits: dict[uuid.UUID, ItemView],
    *,
    on: date,
) -> Decimal:
    """``allocate_credit_tx`` on views: the debit items were locked and read by ``lock_item_views``;
    the allocation rows are appended and the items' ``allocated`` written with one UPDATE."""
    total = ZERO
    rows: list[dict] = []
    touched: dict[uuid.UUID, ItemView] = {}
    username = actor_of(tx).username
    for ref, amount in choices:
        if to_decimal(amount) == ZERO:
            continue
        debit = debits.get(ref)
        if debit is None:
            raise NotFound(tr("No open item {ref}.", ref=str(ref)))
        value, when = check_pair(tx, debit, credit, amount, on=on)
        rows.append(
            {
                "id": uuid7(),
                "kind": debit.kind,
                "party_id": debit.party_id,
                "debit_item_id": debit.id,
                "credit_item_id": credit.id,
                "amount": value,
                "on": when,
                "reversal_of_id": None,
                "user_name": username,
                "memo": "",
            }
        )
        debit.allocated = debit.allocated + value
        credit.allocated = credit.allocated - value
        touched[debit.id] = debit
        total += value
    if rows:
        update_rows(
            tx,
            OpenItem.__table__,
            [{"id": item.id, "allocated": item.allocated} for item in (credit, *touched.values())],
        )
        insert_rows(tx, Allocation.__table__, rows)
    return total


def _locked_in_order(tx: Session, criteria: tuple, order: tuple) -> list[OpenItem]:
    """The open items matching ``criteria``, row-locked (in id order) and freshly read, returned
    in ``order``; only rows that still match once locked."""
    locked = {item.id for item in lock_where(tx, OpenItem, *criteria)}
    return [item for item in tx.scalars(select(OpenItem).where(*criteria).order_by(*order)) if item.id in locked]


def _open_debits(tx: Session, credit: OpenItem) -> list[OpenItem]:
    return _locked_in_order(
        tx,
        (
            OpenItem.kind == credit.kind,
            OpenItem.party_id == credit.party_id,
            OpenItem.amount > 0,
            OpenItem.amount != OpenItem.allocated,
        ),
        (OpenItem.due, OpenItem.on, OpenItem.doc_number, OpenItem.id),
    )


def _open_credits(tx: Session, kind: str, party_id: uuid.UUID) -> list[OpenItem]:
    return _locked_in_order(
        tx,
        (
            OpenItem.kind == kind,
            OpenItem.party_id == party_id,
            OpenItem.amount < 0,
            OpenItem.amount != OpenItem.allocated,
        ),
        (OpenItem.on, OpenItem.doc_number, OpenItem.id),
    )


def auto_allocate_credit_tx(tx: Session, credit: OpenItem, *, on: date) -> Decimal:
    """Allocate as much of ``credit`` as possible to the party's open debit items, oldest due first."""
    total = ZERO
    for debit in _open_debits(tx, credit):
        left = -open_of(credit)
        if left <= ZERO:
            break
        amount = min(left, open_of(debit))
        if amount > ZERO:
            allocate_pair_tx(tx, debit, credit, amount, on=on)
            total += amount
    return total


def allocate_credit_tx(
    tx: Session, credit: OpenItem, choices: list[tuple[uuid.UUID | str, Decimal]], *, on: date
) -> Decimal:
    """Allocate ``credit`` to the chosen debit items with the chosen amounts (zeros skipped)."""
    total = ZERO
    for ref, amount in choices:
        if to_decimal(amount) == ZERO:
            continue
        debit = _item(tx, ref, credit.kind)
        allocate_pair_tx(tx, debit, credit, amount, on=on)
        total += to_decimal(amount)
    return total


def allocate(
    uow: UnitOfWork,
    *,
    credit_item_id: uuid.UUID | str,
    choices: list[tuple[uuid.UUID | str, Decimal]] | None = None,
    on: date | None = None,
) -> AllocationResult:
    """Allocate a credit item (a receipt of money, a payment, a return) later: to the chosen
    debit items, or — with ``choices`` None — automatically oldest first."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        credit = _item(tx, credit_item_id)
        if credit.amount >= ZERO:
            raise ValidationError(
                tr("{number} is not a credit (money received or paid, or a return).", number=credit.doc_number)
            )
        before = tx.execute(select(func.count()).select_from(Allocation)).scalar_one()
        when = on or date.today()
        total = (
            auto_allocate_credit_tx(tx, credit, on=when)
            if choices is None
            else allocate_credit_tx(tx, credit, choices, on=when)
        )
        tx.flush()
        after = tx.execute(select(func.count()).select_from(Allocation)).scalar_one()
        return AllocationResult(total, after - before)


def auto_allocate_party(uow: UnitOfWork, *, kind: str, party_id: uuid.UUID, on: date | None = None) -> AllocationResult:
    """Allocate every open credit of a party to its open debits, oldest first on both sides."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        total, rows = ZERO, 0
        for credit in _open_credits(tx, kind, party_id):
            for debit in _open_debits(tx, credit):
                amount = min(-open_of(credit), open_of(debit))
                if amount <= ZERO:
                    break
                allocate_pair_tx(tx, debit, credit, amount, on=on or date.today())
                total += amount
                rows += 1
        return AllocationResult(total, rows)


def unallocate(
    uow: UnitOfWork, allocation_id: uuid.UUID, *, amount: Decimal | None = None, on: date | None = None, memo: str = ""
) -> AllocationResult:
    """Undo (part of) an allocation: a negative allocation row pointing at it. Raises
    InvalidTransition (a reversal row, or nothing left to undo), ValidationError, PeriodClosed."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        original = tx.get(Allocation, allocation_id)
        if original is None:
            raise NotFound(tr("No such allocation."))
        value = unallocate_tx(tx, original, amount=amount, on=on or date.today(), memo=memo)
        return AllocationResult(-value, 1)


def undone_of(tx: Session, original: Allocation) -> Decimal:
    """How much of ``original`` earlier un-allocations took back."""
    took_back: Decimal = tx.execute(
        select(sum_of(Allocation.amount)).where(Allocation.reversal_of_id == original.id)
    ).scalar_one()
    return -took_back


def unallocate_tx(
    tx: Session, original: Allocation, *, amount: Decimal | None = None, on: date, memo: str = ""
) -> Decimal:
    """The un-allocation inside an open transaction; returns the amount taken back (all that is
    left of ``original`` when ``amount`` is None)."""
    if original.amount < ZERO:
        raise InvalidTransition(tr("This row is itself an un-allocation."))
    # both items locked before what is left is worked out: two clients undoing the same
    # allocation at once serialise here and the second finds nothing left
    lock_rows(tx, OpenItem, [original.debit_item_id, original.credit_item_id])
    debit = tx.get_one(OpenItem, original.debit_item_id)
    credit = tx.get_one(OpenItem, original.credit_item_id)
    left = original.amount - undone_of(tx, original)
    if left <= ZERO:
        raise InvalidTransition(tr("This allocation was already undone."))
    value = left if amount is None else to_decimal(amount)
    if money(value) != value or value <= ZERO or value > left:
        raise ValidationError(tr("Un-allocate between 0.01 and {left}.", left=left), field="amount")
    ensure_period_open(tx, on)
    tx.add(
        Allocation(
            id=uuid7(),
            kind=original.kind,
            party_id=original.party_id,
            debit_item_id=debit.id,
            credit_item_id=credit.id,
            amount=-value,
            on=max(on, original.on),
            reversal_of_id=original.id,
            user_name=actor_of(tx).username,
            memo=memo,
        )
    )
    debit.allocated = debit.allocated - value
    credit.allocated = credit.allocated + value
    return value


def unallocate_item_tx(tx: Session, item: OpenItem, *, on: date, memo: str = "") -> Decimal:
    """Undo every allocation still standing on ``item`` (either side), e.g. before its document is
    reversed; returns the total taken back."""
    rows = list(
        tx.scalars(
            select(Allocation)
            .where(
                (Allocation.debit_item_id == item.id) | (Allocation.credit_item_id == item.id), Allocation.amount > 0
            )
            .order_by(Allocation.on, Allocation.id)
        )
    )
    total = ZERO
    for row in rows:
        if row.amount - undone_of(tx, row) > ZERO:
            total += unallocate_tx(tx, row, on=on, memo=memo)
    return total
