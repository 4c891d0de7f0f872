"""Sales documents: quotes (SQ), orders (SO), deliveries (DN, 销售出库), returns (SR, 销售退货)
and exchanges (SX, 换货).

Invariants (kept by ``services.sales_*`` in the posting transaction):
- an order line's ``delivered_qty`` = Σ qty of its delivery lines; ``returned_qty`` = Σ qty of
  returns against those deliveries (exchanges included); ``exchanged_qty`` = the returned part
  that went back through an exchange; ``cancelled_qty`` is what was closed undelivered;
  ``delivered_qty + cancelled_qty <= qty``;
- a delivery line's ``returned_qty`` = Σ qty of its return lines <= its ``qty``;
- deliveries and returns are created posted and never change (a correction is a return);
- line amounts: net = money(qty × price × (1 − discount)), tax = money(net × rate), gross = net + tax;
  document totals are the sums of their lines.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..errors import ConcurrencyError, InvalidTransition
from ..i18n import N_, tr
from .base import Base, Money, Price, Quantity, Rate, StrEnum, Synced, Workflow
from .units import LineUnit


class QuoteState(StrEnum):
    DRAFT = "draft"
    CONVERTED = "converted"
    CANCELLED = "cancelled"


class OrderState(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    PARTLY_DELIVERED = "partly_delivered"
    DELIVERED = "delivered"
    CLOSED = "closed"
    CANCELLED = "cancelled"


OPEN_ORDER_STATES = (OrderState.CONFIRMED.value, OrderState.PARTLY_DELIVERED.value)


class _Versioned(Protocol):
    @property
    def number(self) -> str: ...
    @property
    def version(self) -> int: ...


def _check_version(doc: _Versioned, expected: int | None) -> None:
    if expected is not None and expected != doc.version:
        raise ConcurrencyError(
            tr(
                "{number} was changed by someone else meanwhile (version {theirs}, yours {mine}); reload it and try again.",
                number=doc.number,
                theirs=doc.version,
                mine=expected,
            )
        )


class _Amounts:
    """Line amount columns shared by every sales line."""

    qty: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    discount: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class _Totals:
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class SalesQuote(Workflow, _Totals, Synced, Base):
    __tablename__ = "sales_quote"
    DOC_NOUN = N_("Quote")
    TRANSITIONS = frozenset(
        {
            (QuoteState.DRAFT.value, QuoteState.CONVERTED.value),
            (QuoteState.DRAFT.value, QuoteState.CANCELLED.value),
        }
    )
    STATE_LABELS = {
        QuoteState.DRAFT.value: N_("Draft"),
        QuoteState.CONVERTED.value: N_("Converted"),
        QuoteState.CANCELLED.value: N_("Cancelled"),
    }

    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    salesperson: Mapped[str] = mapped_column(String(80), default="")
    on: Mapped[date] = mapped_column(Date, index=True)
    valid_until: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default=QuoteState.DRAFT.value)
    order_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[SalesQuoteLine]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="SalesQuoteLine.seq"
    )

    def ensure_editable(self, expected_version: int | None = None) -> None:
        if self.state != QuoteState.DRAFT.value:
            raise InvalidTransition(
                tr(
                    "Quote {number} is {state} and can no longer be edited.",
                    number=self.number,
                    state=self.state_label(self.state),
                )
            )
        _check_version(self, expected_version)

    def convert(self, order_id: uuid.UUID) -> None:
        self.transition(QuoteState.CONVERTED)
        self.order_id = order_id

    def cancel(self) -> None:
        self.transition(QuoteState.CANCELLED)


class SalesQuoteLine(_Amounts, LineUnit, Synced, Base):
    __tablename__ = "sales_quote_line"

    quote_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_quote.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))

    quote: Mapped[SalesQuote] = relationship(back_populates="lines")


class OrderRules(Workflow):
    """An order's state rules, shared by the mapped ``SalesOrder`` and the plain view a delivery
    posts from (``services.sales.common.DeliverableOrder``): anything with ``number``, ``state``,
    ``version`` and ``lines``."""

    DOC_NOUN = N_("Order")
    TRANSITIONS = frozenset(
        {
            ("draft", "confirmed"),
            ("draft", "cancelled"),
            ("confirmed", "cancelled"),
            ("confirmed", "partly_delivered"),
            ("confirmed", "delivered"),
            ("partly_delivered", "partly_delivered"),
            ("partly_delivered", "delivered"),
            ("partly_delivered", "closed"),
        }
    )
    STATE_LABELS = {
        "draft": N_("Draft"),
        "confirmed": N_("Awaiting delivery"),
        "partly_delivered": N_("Partly delivered"),
        "delivered": N_("Delivered"),
        "closed": N_("Closed"),
        "cancelled": N_("Cancelled"),
    }

    if TYPE_CHECKING:  # what the rules read; SalesOrder maps them, the delivery's view holds them
        number: str
        version: int
        lines: Sequence[OrderLineRules]

    def check_version(self, expected_version: int | None) -> None:
        _check_version(self, expected_version)

    def has_lines(self) -> bool:
        return bool(self.lines)

    def confirm(self) -> None:
        if not self.has_lines():
            raise InvalidTransition(tr("Order {number} has no lines.", number=self.number))
        self.transition(OrderState.CONFIRMED)

    def ensure_deliverable(self) -> None:
        if self.state not in OPEN_ORDER_STATES:
            raise InvalidTransition(
                tr(
                    "Order {number} is {state}; only a confirmed order can be delivered.",
                    number=self.number,
                    state=state_label(self.state),
                )
            )

    def refresh_state(self) -> None:
        """After a delivery: confirmed / partly delivered / delivered from the line quantities."""
        if self.state not in OPEN_ORDER_STATES:
            return
        remaining = sum((line.remaining for line in self.lines), Decimal(0))
        delivered = sum((line.delivered_qty for line in self.lines), Decimal(0))
        if remaining <= 0:
            self.transition(OrderState.DELIVERED)
        elif delivered > 0:
            self.transition(OrderState.PARTLY_DELIVERED)


class OrderLineRules:
    """What an order line knows of itself (mapped line and plain view alike)."""

    if TYPE_CHECKING:  # what ``remaining`` reads (mapped columns, or the view's fields)
        qty: Decimal
        delivered_qty: Decimal
        cancelled_qty: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.qty - self.delivered_qty - self.cancelled_qty


class SalesOrder(OrderRules, _Totals, Synced, Base):
    __tablename__ = "sales_order"
    __table_args__ = (Index("ix_sales_order_state_on", "state", "on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    salesperson: Mapped[str] = mapped_column(String(80), default="", index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20), default=OrderState.DRAFT.value)
    quote_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("sales_quote.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="SalesOrderLine.seq"
    )

    def ensure_editable(self, expected_version: int | None = None) -> None:
        _check_version(self, expected_version)
        if self.state != OrderState.DRAFT.value:
            raise InvalidTransition(
                tr(
                    "Order {number} is {state}; only a draft can be edited.",
                    number=self.number,
                    state=state_label(self.state),
                )
            )

    def cancel(self) -> None:
        """Cancel a draft or undelivered order; close a partly delivered one (the rest is cancelled)."""
        if self.state == OrderState.PARTLY_DELIVERED.value:
            for line in self.lines:
                line.cancelled_qty = line.qty - line.delivered_qty
            self.transition(OrderState.CLOSED)
            return
        self.transition(OrderState.CANCELLED)
        if self.state == OrderState.CANCELLED.value:
            for line in self.lines:
                line.cancelled_qty = line.qty - line.delivered_qty


class SalesOrderLine(OrderLineRules, _Amounts, LineUnit, Synced, Base):
    __tablename__ = "sales_order_line"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("delivered_qty + cancelled_qty <= qty", name="not_over_delivered"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    delivered_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    returned_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    exchanged_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    cancelled_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class SalesDelivery(_Totals, Synced, Base):
    """销售出库: posted when created (stock out, receivable, journal in one transaction)."""

    __tablename__ = "sales_delivery"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20), default="posted")
    cost_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    exchange_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[SalesDeliveryLine]] = relationship(back_populates="delivery", order_by="SalesDeliveryLine.seq")


class SalesDeliveryLine(_Amounts, LineUnit, Synced, Base):
    __tablename__ = "sales_delivery_line"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("returned_qty <= qty", name="not_over_returned"),
    )

    delivery_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_delivery.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    order_line_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("sales_order_line.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # value of the stock move
    returned_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    returned_net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    returned_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    returned_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    delivery: Mapped[SalesDelivery] = relationship(back_populates="lines")


class SalesReturn(_Totals, Synced, Base):
    """销售退货 against one delivery: stock back at original cost, a credit, the entry reversed."""

    __tablename__ = "sales_return"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    delivery_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_delivery.id"), index=True)
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20), default="posted")
    cost_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    exchange_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(300), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[SalesReturnLine]] = relationship(back_populates="sales_return", order_by="SalesReturnLine.seq")


class SalesReturnLine(_Amounts, LineUnit, Synced, Base):
    __tablename__ = "sales_return_line"
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)

    return_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_return.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    delivery_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_delivery_line.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    sales_return: Mapped[SalesReturn] = relationship(back_populates="lines")


class SalesExchange(Synced, Base):
    """换货: a return and a delivery posted together in one transaction, linked here."""

    __tablename__ = "sales_exchange"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_order.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    return_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_return.id"))
    delivery_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sales_delivery.id"))
    difference: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # delivery gross − return gross
    reason: Mapped[str] = mapped_column(String(300), default="")


def state_label(state: str) -> str:
    """The user's word for an order or quote state (待发货 for confirmed)."""
    if state in OrderRules.STATE_LABELS:
        return OrderRules.state_label(state)
    if state in SalesQuote.STATE_LABELS:
        return SalesQuote.state_label(state)
    return tr("Posted") if state == "posted" else state
