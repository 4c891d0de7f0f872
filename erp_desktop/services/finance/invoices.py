"""The invoice registry (发票): invoices we issue to customers and receive from suppliers, each
linked to one or more business documents (deliveries, goods receipts, returns) with the amount
it covers. A document's gross is its open item amount (what it raised on the party's account);
"uninvoiced" = gross − Σ linked. A link never covers more than the document has left, nor an
invoice more than its gross.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of, uuid7
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.payments import Invoice, InvoiceDirection, InvoiceLink, InvoiceType
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.finance.money import party_tx
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_where
from erp_desktop.storage.uow import UnitOfWork, actor_of

MONEY_DOCS = ("RC", "PM")


@dataclass(frozen=True)
class InvoiceLinkSpec:
    doc_type: str
    doc_id: uuid.UUID
    amount: Decimal


@dataclass(frozen=True)
class InvoiceRow:
    id: uuid.UUID
    direction: str
    number: str
    invoice_type: str
    on: date
    party_id: uuid.UUID
    party_code: str
    party_name: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    linked: Decimal
    documents: str  # linked document numbers
    memo: str


@dataclass(frozen=True)
class UninvoicedRow:
    doc_type: str
    doc_id: uuid.UUID
    doc_number: str
    on: date
    party_id: uuid.UUID
    party_code: str
    party_name: str
    gross: Decimal
    invoiced: Decimal
    uninvoiced: Decimal


def invoiced_amount(tx: Session, doc_type: str, doc_ids: Iterable[uuid.UUID]) -> Decimal:
    """Σ invoice links for these documents (sales/purchasing order tracking)."""
    ids = list(doc_ids)
    if not ids:
        return ZERO
    total = tx.scalar(
        select(func.sum(InvoiceLink.amount)).where(InvoiceLink.doc_type == doc_type, InvoiceLink.doc_id.in_(ids))
    )
    return total if isinstance(total, Decimal) else ZERO


def _kind(direction: str) -> tuple[str, str]:
    if direction == InvoiceDirection.ISSUED.value:
        return "receivable", "customer"
    if direction == InvoiceDirection.RECEIVED.value:
        return "payable", "supplier"
    raise ValidationError(tr("Unknown invoice direction {direction}.", direction=direction), field="direction")


def _doc_gross(tx: Session, kind: str, doc_type: str, doc_id: uuid.UUID) -> tuple[Decimal, str, uuid.UUID | None]:
    rows = tx.execute(
        select(OpenItem.amount, OpenItem.doc_number, OpenItem.party_id).where(
            OpenItem.kind == kind, OpenItem.doc_type == doc_type, OpenItem.doc_id == doc_id
        )
    ).all()
    return sum((r[0] for r in rows), ZERO), (rows[0][1] if rows else ""), (rows[0][2] if rows else None)


def _add_links(tx: Session, invoice: Invoice, kind: str, links: Sequence[InvoiceLinkSpec]) -> Decimal:
    if links:  # the documents' open items locked first: two invoices for one delivery serialise on
        lock_where(  # them, and the second sees what the first already invoiced
            tx,
            OpenItem,
            OpenItem.kind == kind,
            or_(*(and_(OpenItem.doc_type == s.doc_type, OpenItem.doc_id == s.doc_id) for s in links)),
        )
    total = ZERO
    for n, spec in enumerate(links, start=1):
        amount = to_decimal(spec.amount)
        if money(amount) != amount or amount == ZERO:
            raise ValidationError(tr("Link {n}: enter an amount in cents.", n=n), field="links", row=n)
        if spec.doc_type in MONEY_DOCS:
            raise ValidationError(tr("Link {n}: invoices cover goods documents, not money.", n=n), field="links", row=n)
        gross, number, party_id = _doc_gross(tx, kind, spec.doc_type, spec.doc_id)
        if gross == ZERO or party_id != invoice.party_id:
            raise ValidationError(
                tr("Link {n}: the document is not on this party's account.", n=n), field="links", row=n
            )
        left = gross - invoiced_amount(tx, spec.doc_type, [spec.doc_id])
        if (amount > ZERO) != (gross > ZERO) or abs(amount) > abs(left):
            raise ValidationError(
                tr(
                    "{number} has {left} left to invoice; cannot link {amount}.",
                    number=number,
                    left=left,
                    amount=amount,
                ),
                field="links",
                row=n,
            )
        tx.add(
            InvoiceLink(
                id=uuid7(),
                invoice_id=invoice.id,
                doc_type=spec.doc_type,
                doc_id=spec.doc_id,
                doc_number=number,
                amount=amount,
            )
        )
        tx.flush()
        total += amount
    already = tx.scalar(select(func.sum(InvoiceLink.amount)).where(InvoiceLink.invoice_id == invoice.id)) or ZERO
    if abs(already) > abs(invoice.gross):
        raise ValidationError(
            tr("The links total {linked}, more than the invoice's {gross}.", linked=already, gross=invoice.gross),
            field="links",
        )
    return total


def register_invoice(
    uow: UnitOfWork,
    *,
    direction: str,
    number: str,
    invoice_type: str = "normal",
    on: date,
    party_id: uuid.UUID | str,
    net: Decimal,
    tax: Decimal,
    links: Sequence[InvoiceLinkSpec] = (),
    memo: str = "",
) -> InvoiceRow:
    """Record an issued or received invoice with its document links. Raises Duplicate (number),
    ValidationError (amounts, links over what is left), NotFound."""
    _kind(direction)
    if invoice_type not in (InvoiceType.SPECIAL.value, InvoiceType.NORMAL.value):
        raise ValidationError(tr("Unknown invoice type {type}.", type=invoice_type), field="invoice_type")
    number = number.strip()
    if not number:
        raise ValidationError(tr("Enter the invoice number."), field="number")
    try:
        net, tax = to_decimal(net), to_decimal(tax)
    except ValueError:
        raise ValidationError(tr("Enter an amount."), field="net") from None
    if money(net) != net or money(tax) != tax:
        raise ValidationError(tr("An amount has at most two decimal places."), field="net")
    if net + tax == ZERO:
        raise ValidationError(tr("The invoice total cannot be zero."), field="net")
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        invoice = register_invoice_tx(
            tx,
            direction=direction,
            number=number,
            invoice_type=invoice_type,
            on=on,
            party_id=party_id,
            net=net,
            tax=tax,
            links=links,
            memo=memo,
        )
        return _rows(tx, [invoice])[0]


def register_invoice_tx(
    tx: Session,
    *,
    direction: str,
    number: str,
    invoice_type: str,
    on: date,
    party_id: uuid.UUID | str,
    net: Decimal,
    tax: Decimal,
    links: Sequence[InvoiceLinkSpec] = (),
    memo: str = "",
) -> Invoice:
    """``register_invoice`` in the caller's transaction (checked amounts)."""
    kind, party_kind = _kind(direction)
    party = party_tx(tx, party_kind, party_id)
    if tx.scalar(select(Invoice.id).where(Invoice.direction == direction, Invoice.number == number)) is not None:
        raise Duplicate(tr("Invoice {number} is already registered.", number=number), field="number")
    invoice = Invoice(
        id=uuid7(),
        direction=direction,
        number=number,
        invoice_type=invoice_type,
        on=on,
        party_kind=party_kind,
        party_id=party.id,
        net=net,
        tax=tax,
        gross=net + tax,
        memo=memo.strip(),
        user_name=actor_of(tx).username,
    )
    tx.add(invoice)
    tx.flush()
    _add_links(tx, invoice, kind, list(links))
    audit.record(tx, "create", "invoice", invoice.id, summary=f"{direction} {number} {invoice.gross}")
    return invoice


def link_invoice(uow: UnitOfWork, invoice_id: uuid.UUID, links: list[InvoiceLinkSpec]) -> InvoiceRow:
    """Link more documents to a registered invoice."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        invoice = tx.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound(tr("No such invoice."))
        _add_links(tx, invoice, _kind(invoice.direction)[0], list(links))
        return _rows(tx, [invoice])[0]


def _rows(tx: Session, invoices: list[Invoice]) -> list[InvoiceRow]:
    from erp_desktop.services.finance.queries import _names

    ids = [i.id for i in invoices]
    linked: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    docs: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        for link in tx.scalars(select(InvoiceLink).where(InvoiceLink.invoice_id.in_(ids))):
            linked[link.invoice_id] += link.amount
            docs[link.invoice_id].append(link.doc_number)
    names = {
        **_names(tx, "customer", [i.party_id for i in invoices if i.party_kind == "customer"]),
        **_names(tx, "supplier", [i.party_id for i in invoices if i.party_kind == "supplier"]),
    }
    return [
        InvoiceRow(
            i.id,
            i.direction,
            i.number,
            i.invoice_type,
            i.on,
            i.party_id,
            *names.get(i.party_id, ("", "")),
            i.net,
            i.tax,
            i.gross,
            linked[i.id],
            ", ".join(docs[i.id]),
            i.memo,
        )
        for i in invoices
    ]


def list_invoices(
    uow: UnitOfWork,
    *,
    direction: str,
    party_id: uuid.UUID | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[InvoiceRow]:
    with uow.read() as tx:
        stmt = select(Invoice).where(Invoice.direction == direction)
        if party_id is not None:
            stmt = stmt.where(Invoice.party_id == party_id)
        if start is not None:
            stmt = stmt.where(Invoice.on >= start)
        if end is not None:
            stmt = stmt.where(Invoice.on <= end)
        return _rows(tx, list(tx.scalars(stmt.order_by(Invoice.on.desc(), Invoice.number))))


def uninvoiced_documents(uow: UnitOfWork, *, direction: str, party_id: uuid.UUID | None = None) -> list[UninvoicedRow]:
    """Deliveries (issued) or goods receipts (received) — and their returns — not fully invoiced."""
    from erp_desktop.services.finance.queries import _names

    kind, party_kind = _kind(direction)
    with uow.read() as tx:
        stmt = select(
            OpenItem.doc_type,
            OpenItem.doc_id,
            OpenItem.doc_number,
            func.min(OpenItem.on),
            OpenItem.party_id,
            sum_of(OpenItem.amount),
        ).where(OpenItem.kind == kind, OpenItem.doc_type.not_in(MONEY_DOCS))
        if party_id is not None:
            stmt = stmt.where(OpenItem.party_id == party_id)
        docs = tx.execute(
            stmt.group_by(OpenItem.doc_type, OpenItem.doc_id, OpenItem.doc_number, OpenItem.party_id).order_by(
                func.min(OpenItem.on), OpenItem.doc_number
            )
        ).all()
        invoiced = {
            (t, d): a
            for t, d, a in tx.execute(
                select(InvoiceLink.doc_type, InvoiceLink.doc_id, sum_of(InvoiceLink.amount)).group_by(
                    InvoiceLink.doc_type, InvoiceLink.doc_id
                )
            )
        }
        names = _names(tx, party_kind, [d[4] for d in docs])
        rows = []
        for doc_type, doc_id, number, on, pid, gross in docs:
            done = invoiced.get((doc_type, doc_id), ZERO)
            if gross - done != ZERO:
                rows.append(
                    UninvoicedRow(
                        doc_type, doc_id, number, on, pid, *names.get(pid, ("", "")), gross, done, gross - done
                    )
                )
        return rows
