"""Quotes (SQ) and orders (SO): entry, confirmation with the credit-limit check, cancelling,
and converting a quote to an order. Each public function is one user action = one transaction.

Rules: prices come from ``pricing.resolve_price``; a changed price or a net price below the
product's average cost needs ``Perm.EDIT_PRICES``; only drafts can be edited; a stale form
(``expected_version`` behind the stored ``version``) is refused with ``ConcurrencyError``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.parties import Customer
from erp_desktop.models.sales import (
    OrderRules,
    OrderState,
    QuoteState,
    SalesOrder,
    SalesOrderLine,
    SalesQuote,
    SalesQuoteLine,
)
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.sales.common import DocRef, LineInput, get_customer, get_order, open_receivables, price_lines
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.fastsql import Prepared
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.rows import as_row, insert_rows, update_rows
from erp_desktop.storage.uow import UnitOfWork


# --- orders -------------------------------------------------------------------------------
def create_order(
    uow: UnitOfWork,
    *,
    customer_id: uuid.UUID,
    lines: Sequence[LineInput],
    on: date | None = None,
    salesperson: str | None = None,
    notes: str = "",
) -> DocRef:
    """Save a new draft order. Raises ValidationError, PermissionDenied."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        order = _new_order(tx, customer_id=customer_id, lines=lines, on=on, salesperson=salesperson, notes=notes)
        audit.record(tx, "create", "sales_order", order.id, summary=order.number)
        return order


def update_order(
    uow: UnitOfWork,
    order_id: uuid.UUID,
    *,
    expected_version: int,
    customer_id: uuid.UUID,
    lines: Sequence[LineInput],
    on: date,
    salesperson: str | None = None,
    notes: str = "",
) -> DocRef:
    """Replace a draft order's header and lines. Raises InvalidTransition (not a draft),
    ConcurrencyError (stale form), ValidationError, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        order = get_order(tx, order_id)
        order.ensure_editable(expected_version)
        customer = get_customer(tx, customer_id)
        order.customer_id = customer.id
        order.on = on
        order.salesperson = customer.salesperson if salesperson is None else salesperson
        order.notes = notes
        order.lines.clear()
        tx.flush()
        _fill_lines(tx, order, customer, lines, on, SalesOrderLine)
        order.version += 1
        audit.record(tx, "update", "sales_order", order.id, summary=order.number)
        return _ref(order)


def confirm_order(
    uow: UnitOfWork,
    order_id: uuid.UUID,
    *,
    expected_version: int | None = None,
    acknowledged: frozenset[str] = frozenset(),
) -> DocRef:
    """Draft → confirmed (待发货). Warns (ConfirmationRequired 'credit-limit') when the
    customer's open receivables plus this order's gross exceed the credit limit."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        order = _order_head(tx, order_id)
        order.check_version(expected_version)
        if order.state == OrderState.DRAFT.value:
            check_credit(tx, order.credit(), order.gross_total, acknowledged)
        order.confirm()
        update_rows(tx, SalesOrder.__table__, [{"id": order.id, "state": order.state, "version": order.version}])
        audit.record(tx, "confirm", "sales_order", order.id, summary=order.number)
        return _ref(order)


@dataclass(eq=False)
class _OrderHead(OrderRules):
    """An order's header as confirming needs it, whether it has lines and its customer's credit
    limit, read below the ORM in one statement."""

    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    state: str
    version: int
    gross_total: Decimal
    any_line: bool
    customer_name: str | None
    credit_limit: Decimal | None

    def has_lines(self) -> bool:
        return self.any_line

    def credit(self) -> _Credit:
        if self.customer_name is None:
            raise ValidationError(tr("Choose a customer."), field="customer")
        return _Credit(self.customer_id, self.customer_name, self.credit_limit)


_SO, _SOL, _C = SalesOrder.__table__.c, SalesOrderLine.__table__.c, Customer.__table__.c
# the lines and the customer in subqueries of the select list: FOR UPDATE locks the order's row only
_ORDER_HEAD = Prepared(
    select(
        _SO.id,
        _SO.number,
        _SO.customer_id,
        _SO.state,
        _SO.version,
        _SO.gross_total,
        exists().where(_SOL.order_id == _SO.id),
        select(_C.name).where(_C.id == _SO.customer_id).scalar_subquery(),
        select(_C.credit_limit).where(_C.id == _SO.customer_id).scalar_subquery(),
    ).where(_SO.id == bindparam("id"))
)


class _Credit(NamedTuple):
    id: uuid.UUID
    name: str
    credit_limit: Decimal | None


def _order_head(tx: Session, order_id: uuid.UUID) -> _OrderHead:
    """The order to confirm, row-locked where the database has row locks (see storage/locks.py)."""
    row = _ORDER_HEAD.first(tx, {"id": order_id}, lock=True)
    if row is None:
        raise NotFound(tr("Sales order not found."))
    order_id_, number, customer_id, state, version, gross_total, any_line, name, credit_limit = row
    return _OrderHead(order_id_, number, customer_id, state, version, gross_total, bool(any_line), name, credit_limit)


def cancel_order(uow: UnitOfWork, order_id: uuid.UUID, *, expected_version: int | None = None) -> DocRef:
    """Cancel a draft or undelivered order; a partly delivered one is closed (its remaining
    quantities cancelled). Delivered goods come back only by a return."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        order = get_order(tx, order_id)
        order.check_version(expected_version)
        order.cancel()
        audit.record(tx, "cancel", "sales_order", order.id, summary=order.number)
        return _ref(order)


def check_credit(tx: Session, customer, amount, acknowledged: frozenset[str]) -> None:
    if customer.credit_limit is None or "credit-limit" in acknowledged:
        return
    owed = open_receivables(tx, customer.id)
    if owed + amount > customer.credit_limit:
        raise ConfirmationRequired(
            "credit-limit",
            tr(
                "{customer} owes {owed}; with this order ({amount}) that is {total}, over the credit limit {limit}. Confirm anyway?",
                customer=customer.name,
                owed=owed,
                amount=amount,
                total=owed + amount,
                limit=customer.credit_limit,
            ),
        )


class _Buyer(NamedTuple):
    """What entering an order needs of its customer (read below the ORM)."""

    id: uuid.UUID
    salesperson: str
    tier: str
    channel: str


_BUYER = Prepared(select(_C.id, _C.salesperson, _C.tier, _C.channel).where(_C.id == bindparam("id")))


def _buyer(tx: Session, customer_id: uuid.UUID) -> _Buyer:
    row = _BUYER.first(tx, {"id": customer_id}) if customer_id else None
    if row is None:
        raise ValidationError(tr("Choose a customer."), field="customer")
    return _Buyer(*row)


def _new_order(tx: Session, *, customer_id, lines, on, salesperson, notes, quote_id=None) -> DocRef:
    """Write a new draft order and its lines below the ORM (one INSERT each, the lines in one
    executemany): nothing else in the transaction changes them."""
    customer = _buyer(tx, customer_id)
    if not lines:
        raise ValidationError(tr("Add at least one line."), field="lines")
    priced = price_lines(tx, customer, lines, on)
    order_id = uuid7()
    rows = [
        {
            "id": uuid7(),
            "order_id": order_id,
            "seq": seq,
            "product_id": p.product.id,
            **p.columns(),
        }
        for seq, p in enumerate(priced)
    ]
    net_total = sum((p.net for p in priced), ZERO)
    tax_total = sum((p.tax for p in priced), ZERO)
    gross_total = sum((p.gross for p in priced), ZERO)
    order = SalesOrder(
        id=order_id,
        number=next_number(tx, "SO", on),
        customer_id=customer.id,
        on=on,
        state=OrderState.DRAFT.value,
        salesperson=customer.salesperson if salesperson is None else salesperson,
        notes=notes,
        quote_id=quote_id,
        version=1,
        net_total=net_total,
        tax_total=tax_total,
        gross_total=gross_total,
    )
    insert_rows(tx, SalesOrder.__table__, [as_row(order)])  # a new draft: written as a row, not tracked
    insert_rows(tx, SalesOrderLine.__table__, rows)
    return DocRef(order.id, order.number, order.version, order.state)


def _fill_lines(tx: Session, doc, customer, lines: Sequence[LineInput], on: date, line_class) -> None:
    if not lines:
        raise ValidationError(tr("Add at least one line."), field="lines")
    net_total = tax_total = gross_total = ZERO
    for seq, priced in enumerate(price_lines(tx, customer, lines, on)):
        doc.lines.append(line_class(seq=seq, product_id=priced.product.id, **priced.columns()))
        net_total += priced.net
        tax_total += priced.tax
        gross_total += priced.gross
    doc.net_total, doc.tax_total, doc.gross_total = net_total, tax_total, gross_total


def _ref(doc) -> DocRef:
    return DocRef(doc.id, doc.number, doc.version, doc.state)


# --- quotes -------------------------------------------------------------------------------
def create_quote(
    uow: UnitOfWork,
    *,
    customer_id: uuid.UUID,
    lines: Sequence[LineInput],
    on: date | None = None,
    valid_until: date | None = None,
    salesperson: str | None = None,
    notes: str = "",
) -> DocRef:
    """Save a new quote (SQ) valid until ``valid_until`` (default: 30 days)."""
    from datetime import timedelta

    on = on or date.today()
    valid_until = valid_until or on + timedelta(days=30)
    if valid_until < on:
        raise ValidationError(tr("A quote cannot expire before its date."), field="valid_until")
    with uow.write() as tx:
        require(tx, Perm.SELL)
        customer = get_customer(tx, customer_id)
        quote = SalesQuote(
            number=next_number(tx, "SQ", on),
            customer_id=customer.id,
            on=on,
            valid_until=valid_until,
            salesperson=customer.salesperson if salesperson is None else salesperson,
            notes=notes,
            state=QuoteState.DRAFT.value,
            version=1,
        )
        tx.add(quote)
        _fill_lines(tx, quote, customer, lines, on, SalesQuoteLine)
        tx.flush()
        return _ref(quote)


def update_quote(
    uow: UnitOfWork,
    quote_id: uuid.UUID,
    *,
    expected_version: int,
    customer_id: uuid.UUID,
    lines: Sequence[LineInput],
    on: date,
    valid_until: date,
    salesperson: str | None = None,
    notes: str = "",
) -> DocRef:
    with uow.write() as tx:
        require(tx, Perm.SELL)
        quote = _get_quote(tx, quote_id)
        quote.ensure_editable(expected_version)
        customer = get_customer(tx, customer_id)
        if valid_until < on:
            raise ValidationError(tr("A quote cannot expire before its date."), field="valid_until")
        quote.customer_id, quote.on, quote.valid_until, quote.notes = customer.id, on, valid_until, notes
        quote.salesperson = customer.salesperson if salesperson is None else salesperson
        quote.lines.clear()
        tx.flush()
        _fill_lines(tx, quote, customer, lines, on, SalesQuoteLine)
        quote.version += 1
        return _ref(quote)


def convert_quote(uow: UnitOfWork, quote_id: uuid.UUID, *, on: date | None = None) -> DocRef:
    """Make a draft order from a quote in one action: customer, salesperson and lines with their
    prices, discounts and tax rates carried over; the quote is marked converted and linked.
    An expired quote is refused."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        quote = _get_quote(tx, quote_id)
        quote.ensure_editable()
        if quote.valid_until is not None and on > quote.valid_until:
            raise ValidationError(
                tr("Quote {number} expired on {date}.", number=quote.number, date=quote.valid_until.isoformat()),
                field="valid_until",
            )
        customer = get_customer(tx, quote.customer_id)
        order = SalesOrder(
            number=next_number(tx, "SO", on),
            customer_id=customer.id,
            on=on,
            state=OrderState.DRAFT.value,
            salesperson=quote.salesperson,
            notes=quote.notes,
            quote_id=quote.id,
            version=1,
        )
        tx.add(order)
        for line in quote.lines:
            order.lines.append(
                SalesOrderLine(
                    seq=line.seq,
                    product_id=line.product_id,
                    qty=line.qty,
                    unit_price=line.unit_price,
                    discount=line.discount,
                    tax_rate=line.tax_rate,
                    net=line.net,
                    tax=line.tax,
                    gross=line.gross,
                    unit=line.unit,
                    unit_qty=line.unit_qty,
                    unit_factor=line.unit_factor,
                )
            )
        order.net_total, order.tax_total, order.gross_total = quote.net_total, quote.tax_total, quote.gross_total
        tx.flush()
        quote.convert(order.id)
        audit.record(tx, "convert", "sales_quote", quote.id, summary=f"{quote.number} → {order.number}")
        return _ref(order)


def cancel_quote(uow: UnitOfWork, quote_id: uuid.UUID) -> DocRef:
    with uow.write() as tx:
        require(tx, Perm.SELL)
        quote = _get_quote(tx, quote_id)
        quote.cancel()
        return _ref(quote)


def _get_quote(tx: Session, quote_id: uuid.UUID) -> SalesQuote:
    """The quote to change, row-locked and freshly read (two clients converting it at once: the
    second finds it converted)."""
    quote = lock_row(tx, SalesQuote, quote_id)
    if quote is None:
        raise NotFound(tr("Quote not found."))
    return quote
