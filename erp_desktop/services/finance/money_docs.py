"""Receipts (收款 RC) and payments (付款 PM) as documents: the list (kind, state — posted,
reversed, reversal — dates, search) and one document with its allocations and its 红冲 partner."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.payments import Allocation, MoneyAccount, MoneyTxn, MoneyTxnKind
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.storage.uow import UnitOfWork

KINDS = (MoneyTxnKind.RECEIPT.value, MoneyTxnKind.PAYMENT.value)


def money_doc_state(txn: MoneyTxn) -> str:
    if txn.reversal_of_id is not None:
        return "reversal"
    if txn.reversed_by_id is not None:
        return "reversed"
    return "posted"


def state_label(state: str) -> str:
    return {"posted": tr("posted"), "reversed": tr("reversed"), "reversal": tr("红冲")}.get(state, state)


@dataclass(frozen=True)
class MoneyDocAllocation:
    doc_number: str
    doc_type: str
    amount: Decimal


@dataclass(frozen=True)
class MoneyDocRow:
    id: uuid.UUID
    number: str
    kind: str
    kind_label: str
    on: date
    party_id: uuid.UUID | None
    party_code: str
    party_name: str
    account_id: uuid.UUID
    account_name: str
    amount: Decimal
    method: str
    reference: str
    memo: str
    state: str
    state_label: str
    pair_number: str

    @property
    def party(self) -> str:
        return f"{self.party_code} {self.party_name}".strip()

    @property
    def pair_label(self) -> str:
        if not self.pair_number:
            return ""
        if self.state == "reversal":
            return tr("红冲 of {number}", number=self.pair_number)
        return tr("reversed by {number}", number=self.pair_number)


@dataclass(frozen=True)
class MoneyDocDetail:
    doc: MoneyDocRow
    allocations: tuple[MoneyDocAllocation, ...]


def _kind_label(kind: str) -> str:
    return tr("Receipt (收款)") if kind == MoneyTxnKind.RECEIPT.value else tr("Payment (付款)")


def _party(tx: Session, kind: str, party_id: uuid.UUID | None) -> tuple[str, str]:
    if party_id is None:
        return "", ""
    row: Customer | Supplier | None = tx.get(Customer, party_id) if kind == "customer" else tx.get(Supplier, party_id)
    return (row.code, row.name) if row is not None else ("", "")


def _row(tx: Session, txn: MoneyTxn, pair_number: str | None = None) -> MoneyDocRow:
    code, name = _party(tx, txn.party_kind, txn.party_id)
    account = tx.get(MoneyAccount, txn.account_id)
    if pair_number is None:
        other = txn.reversal_of_id or txn.reversed_by_id
        pair_number = tx.scalar(select(MoneyTxn.number).where(MoneyTxn.id == other)) if other else ""
    state = money_doc_state(txn)
    return MoneyDocRow(
        txn.id,
        txn.number,
        txn.kind,
        _kind_label(txn.kind),
        txn.on,
        txn.party_id,
        code,
        name,
        txn.account_id,
        f"{account.code} {account.name}" if account is not None else "",
        txn.amount,
        txn.method,
        txn.reference,
        txn.memo,
        state,
        state_label(state),
        pair_number or "",
    )


def get_money_doc(uow: UnitOfWork, txn_id: uuid.UUID) -> MoneyDocDetail:
    """A receipt or payment with the documents it is allocated against (核销)."""
    with uow.read() as tx:
        txn = tx.get(MoneyTxn, txn_id)
        if txn is None or txn.kind not in KINDS:
            raise NotFound(tr("The receipt or payment no longer exists."))
        allocations: list[MoneyDocAllocation] = []
        if txn.open_item_id is not None:
            for number, doc_type, amount in tx.execute(
                select(OpenItem.doc_number, OpenItem.doc_type, Allocation.amount)
                .join(OpenItem, OpenItem.id == Allocation.debit_item_id)
                .where(Allocation.credit_item_id == txn.open_item_id)
                .order_by(OpenItem.on, OpenItem.doc_number)
            ):
                allocations.append(MoneyDocAllocation(number, doc_type, amount))
        return MoneyDocDetail(_row(tx, txn), tuple(allocations))


def list_money_docs(uow: UnitOfWork, query: ListQuery) -> Page[MoneyDocRow]:
    """Receipts and payments, newest first. Filters: ``kind`` (receipt / payment), ``state``
    (posted / reversed / reversal), ``date_from``, ``date_to``; search: number, reference, memo."""
    with uow.read() as tx:
        partner = aliased(MoneyTxn)
        stmt = (
            select(MoneyTxn, partner.number)
            .outerjoin(partner, or_(partner.id == MoneyTxn.reversal_of_id, partner.id == MoneyTxn.reversed_by_id))
            .where(MoneyTxn.kind.in_(KINDS))
        )
        f = query.filters
        if f.get("kind"):
            stmt = stmt.where(MoneyTxn.kind == f["kind"])
        state = f.get("state")
        if state == "posted":
            stmt = stmt.where(MoneyTxn.reversal_of_id.is_(None), MoneyTxn.reversed_by_id.is_(None))
        elif state == "reversed":
            stmt = stmt.where(MoneyTxn.reversed_by_id.is_not(None))
        elif state == "reversal":
            stmt = stmt.where(MoneyTxn.reversal_of_id.is_not(None))
        if f.get("date_from"):
            stmt = stmt.where(MoneyTxn.on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(MoneyTxn.on <= f["date_to"])
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                or_(
                    MoneyTxn.number.like(pattern, escape="\\"),
                    MoneyTxn.reference.like(pattern, escape="\\"),
                    MoneyTxn.memo.like(pattern, escape="\\"),
                )
            )
        q = ListQuery(
            search=query.search,
            sort=query.sort or "on",
            descending=query.descending if query.sort else True,
            after=query.after,
            limit=query.limit,
            filters=query.filters,
        )
        return keyset_page(
            tx,
            stmt,
            sort_columns=cast(
                "dict[str, ColumnElement[Any]]",
                {"on": MoneyTxn.on, "number": MoneyTxn.number, "amount": MoneyTxn.amount},
            ),
            default_sort="on",
            id_column=cast("ColumnElement[Any]", MoneyTxn.id),
            query=q,
            to_row=lambda r: _row(tx, r[0], r[1] or ""),
        )
