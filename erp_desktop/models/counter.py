"""The counter (零售开单 / 收银): shifts, tickets, their payments, members and held tickets.

Invariants (kept by ``services.counter`` in the posting transaction, checked by its ``checks``):
- a posted ticket (sale ``POS`` or return ``POR``) has one stock move per line, one journal entry
  and payments that add up to its total; the money part of each payment has a ``MoneyTxn`` of kind
  ``counter`` (one per payment, its move on the payment's money account), so no receivable is left;
- a ticket line's amounts: ``list_gross`` = money(qty × price × (1 − discount)) — counter prices
  include VAT (零售价含税); the ticket's 整单折扣, points discount and 抹零 are spread over the lines,
  so ``gross`` = ``list_gross`` − its share, ``net`` = money(gross / (1 + rate)), ``tax`` = gross − net;
  the ticket's totals are the sums of its lines;
- a line's ``returned_qty`` = Σ qty of the return lines pointing at it, never above its ``qty``;
- a member's ``points`` and ``stored_value`` equal the sums of their ``counter_member_event`` rows;
  stored value is a liability (2203 预收账款) until spent: Σ members' stored value = the credit
  balance of 2203 booked with a member's customer as party;
- a shift is ``open`` then ``closed`` once; closing fixes its figures in ``report``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, Price, Quantity, Rate, StrEnum, Synced, utcnow, uuid7
from .units import LineUnit


class ShiftState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class TicketKind(StrEnum):
    SALE = "sale"  # POS-…
    RETURN = "return"  # POR-…


class CounterShift(Synced, Base):
    """One cashier's shift at one counter (交班 / 日结): opened with the cash float, closed with
    the cash counted; the difference is posted to its account (a money document)."""

    __tablename__ = "counter_shift"
    __table_args__ = (CheckConstraint("float_amount >= 0", name="float_nonneg"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    cashier: Mapped[str] = mapped_column(String(80), default="")
    counter_name: Mapped[str] = mapped_column(String(80), default="")  # the PC / till
    store_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("store.id"), index=True)  # set at opening
    cash_account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_account.id"))
    state: Mapped[str] = mapped_column(String(10), default=ShiftState.OPEN.value)
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    float_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    expected_cash: Mapped[Decimal | None] = mapped_column(Money)
    counted_cash: Mapped[Decimal | None] = mapped_column(Money)
    difference: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # counted − expected
    difference_txn_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_txn.id"))
    note: Mapped[str] = mapped_column(String(300), default="")
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the figures fixed at close
    version: Mapped[int] = mapped_column(Integer, default=1)


class CounterMember(Synced, Base):
    """A member (会员): a customer of the shop with a card, points and stored value (储值)."""

    __tablename__ = "counter_member"
    __table_args__ = (
        CheckConstraint("points >= 0", name="points_nonneg"),
        CheckConstraint("stored_value >= 0", name="stored_value_nonneg"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), unique=True)
    card_no: Mapped[str] = mapped_column(String(40), unique=True)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(Integer, default=0)  # Σ events, kept in step
    stored_value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # Σ events, kept in step
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CounterTicket(Synced, Base):
    """A posted counter ticket: a sale (POS) or a return against one (POR). Created posted; never changes
    except the ``returned_qty`` of its lines."""

    __tablename__ = "counter_ticket"
    __table_args__ = (Index("ix_counter_ticket_shift", "shift_id", "sold_at"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default=TicketKind.SALE.value)
    shift_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("counter_shift.id"))
    store_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("store.id"), index=True)  # its shift's
    on: Mapped[date] = mapped_column(Date, index=True)
    sold_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    cashier: Mapped[str] = mapped_column(String(80), default="")
    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id"), index=True)
    member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("counter_member.id"), index=True)
    original_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("counter_ticket.id"), index=True)
    subtotal: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # Σ list_gross
    discount_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))  # 整单折扣
    discount_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    points_redeemed: Mapped[int] = mapped_column(Integer, default=0)
    points_discount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rounding: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # 抹零
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # what the customer pays (gross)
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cost_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tendered: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # Σ payments as handed over
    change: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # cash given back
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    entry_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("journal_entry.id"))
    note: Mapped[str] = mapped_column(String(300), default="")


class CounterTicketLine(LineUnit, Synced, Base):
    __tablename__ = "counter_ticket_line"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_pos"),
        CheckConstraint("returned_qty <= qty", name="returned_le_qty"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("counter_ticket.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"))
    original_line_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("counter_ticket_line.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))  # VAT included
    discount: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    list_gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    returned_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))


class CounterPayment(Synced, Base):
    """One way a ticket was paid (or refunded): cash, WeChat, Alipay, card or stored value."""

    __tablename__ = "counter_payment"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_pos"),)

    ticket_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("counter_ticket.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(20))  # cash | wechat | alipay | card | stored_value
    amount: Mapped[Decimal] = mapped_column(Money)  # what it pays (refunds) of the ticket
    tendered: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # cash handed over
    change: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_account.id"))
    money_txn_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_txn.id"))


class CounterMemberEvent(Synced, Base):
    """A member's points or stored value changing: earned, redeemed, topped up, spent, refunded."""

    __tablename__ = "counter_member_event"
    __sync__ = "ledger"
    __table_args__ = (Index("ix_counter_member_event_member", "member_id", "at"),)

    member_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("counter_member.id"))
    on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))  # earn | redeem | topup | spend | refund | unearn
    points: Mapped[int] = mapped_column(Integer, default=0)  # signed
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # signed stored value
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("counter_ticket.id"))
    money_txn_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_txn.id"))
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    memo: Mapped[str] = mapped_column(String(300), default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")


class CounterHeld(Base):
    """A ticket put aside (挂单) on this PC, to be recalled (取单): never posted, never synced."""

    __tablename__ = "counter_held"
    __sync__ = "local"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    held_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    cashier: Mapped[str] = mapped_column(String(80), default="")
    label: Mapped[str] = mapped_column(String(80), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
