"""Purchasing documents: requisitions (采购申请 RQ), purchase orders (PO), receipts (采购入库 PR)
and returns to supplier (采购退货 PT).

Invariants:
- a purchase order is ``draft`` → ``pending`` (awaiting approval) → ``confirmed`` →
  ``partly_received`` → ``received``; ``closed`` (short-closed) and ``cancelled`` end it. Only
  drafts are edited; a rejected order goes back to draft. Totals are fixed from the lines.
- an order line's ``received_qty``/``returned_qty`` equal the sums over its posted receipt and
  return lines (kept in the same transaction).
- receipts and returns are posted when created and immutable: each has its stock moves
  (``doc_type`` "PR" / "PT"), its payable open item and one balanced journal entry.
- a receipt line's ``returned_qty`` never exceeds its ``qty``; the stock value of a receipt line
  is its net amount (VAT excluded), and a return takes back the proportional value (all of what is
  left when the rest of the line returns).
- ``requisition_link`` ties an order line to the requisition lines it covers.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..errors import InvalidTransition
from ..i18n import N_, tr
from .base import Base, Money, Price, Quantity, Rate, StrEnum, Synced, Workflow
from .units import LineUnit

RECEIPT_DOC_TYPE = "PR"
RETURN_DOC_TYPE = "PT"


class RequisitionState(StrEnum):
    OPEN = "open"
    ORDERED = "ordered"  # every line is covered by an order
    CANCELLED = "cancelled"


class OrderState(StrEnum):
    DRAFT = "draft"
    PENDING = "pending"  # awaiting approval
    CONFIRMED = "confirmed"  # approved / confirmed
    PARTLY_RECEIVED = "partly_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Requisition(Synced, Base):
    __tablename__ = "requisition"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    department: Mapped[str] = mapped_column(String(80), default="")
    requested_by: Mapped[str] = mapped_column(String(80), default="")
    state: Mapped[str] = mapped_column(String(12), default=RequisitionState.OPEN.value)
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[RequisitionLine]] = relationship(
        back_populates="requisition", order_by="RequisitionLine.seq", cascade="all, delete-orphan"
    )


class RequisitionLine(LineUnit, Synced, Base):
    __tablename__ = "requisition_line"
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)

    requisition_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("requisition.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity)
    needed_by: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(80), default="")
    ordered_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))  # Σ links
    cancelled: Mapped[bool] = mapped_column(default=False)

    requisition: Mapped[Requisition] = relationship(back_populates="lines")


class PurchaseOrder(Workflow, Synced, Base):
    __tablename__ = "purchase_order"
    __table_args__ = (
        Index("ix_purchase_order_state_on", "state", "on"),
        Index("ix_purchase_order_supplier_on", "supplier_id", "on"),
    )
    DOC_NOUN = N_("Order")
    STATE_LABELS = {
        "draft": N_("Draft"),
        "pending": N_("Pending approval"),
        "confirmed": N_("Confirmed"),
        "partly_received": N_("Partly received"),
        "received": N_("Received"),
        "closed": N_("Closed"),
        "cancelled": N_("Cancelled"),
    }
    TRANSITIONS = frozenset(
        {
            ("draft", "pending"),
            ("draft", "confirmed"),
            ("pending", "confirmed"),
            ("pending", "draft"),
            ("confirmed", "partly_received"),
            ("confirmed", "received"),
            ("partly_received", "received"),
            ("received", "partly_received"),
            ("partly_received", "partly_received"),
            ("confirmed", "closed"),
            ("partly_received", "closed"),
            ("received", "closed"),
            ("draft", "cancelled"),
            ("pending", "cancelled"),
            ("confirmed", "cancelled"),
        }
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date)
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"))
    buyer: Mapped[str] = mapped_column(String(80), default="", index=True)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    state: Mapped[str] = mapped_column(String(16), default=OrderState.DRAFT.value)
    expected_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order", order_by="PurchaseOrderLine.seq", cascade="all, delete-orphan"
    )

    def move_to(self, target: OrderState) -> None:
        self.transition(target)

    def ensure_draft(self) -> None:
        if self.state != OrderState.DRAFT.value:
            raise InvalidTransition(
                tr(
                    "Order {number} is {state}; only drafts can be changed.",
                    number=self.number,
                    state=self.state_label(self.state),
                )
            )

    def ensure_receivable(self) -> None:
        if self.state not in (OrderState.CONFIRMED.value, OrderState.PARTLY_RECEIVED.value, OrderState.RECEIVED.value):
            raise InvalidTransition(
                tr(
                    "Order {number} is {state}; only confirmed orders can be received.",
                    number=self.number,
                    state=self.state_label(self.state),
                )
            )

    def refresh_receipt_state(self) -> None:
        """partly_received / received from the lines (open orders only)."""
        if self.state not in (OrderState.CONFIRMED.value, OrderState.PARTLY_RECEIVED.value, OrderState.RECEIVED.value):
            return
        kept = [line.received_qty - line.returned_qty for line in self.lines]
        if all(k >= line.qty for k, line in zip(kept, self.lines)):
            self.state = OrderState.RECEIVED.value
        elif any(line.received_qty > 0 for line in self.lines):
            self.state = OrderState.PARTLY_RECEIVED.value
        else:
            self.state = OrderState.CONFIRMED.value


class PurchaseOrderLine(LineUnit, Synced, Base):
    __tablename__ = "purchase_order_line"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("price >= 0", name="price_nonneg"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_order.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity)
    price: Mapped[Decimal] = mapped_column(Price)  # net unit price, VAT excluded
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal("0.13"))
    net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    expected_date: Mapped[date | None] = mapped_column(Date)
    received_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    returned_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    price_source: Mapped[str] = mapped_column(String(20), default="")  # quote | last | product | manual

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class RequisitionLink(Synced, Base):
    """An order line covers (part of) a requisition line."""

    __tablename__ = "requisition_link"

    order_line_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("purchase_order_line.id", ondelete="CASCADE"), index=True
    )
    requisition_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("requisition_line.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity)


class PurchaseReceipt(Synced, Base):
    __tablename__ = "purchase_receipt"
    __table_args__ = (Index("ix_purchase_receipt_supplier_on", "supplier_id", "on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date)
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_order.id"), index=True)
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("warehouse.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"))
    state: Mapped[str] = mapped_column(String(10), default="posted")
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    user_name: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[PurchaseReceiptLine]] = relationship(
        back_populates="receipt", order_by="PurchaseReceiptLine.seq", cascade="all, delete-orphan"
    )


class PurchaseReceiptLine(LineUnit, Synced, Base):
    __tablename__ = "purchase_receipt_line"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("returned_qty <= qty", name="returned_le_qty"),
    )

    receipt_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("purchase_receipt.id", ondelete="CASCADE"), index=True
    )
    order_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_order_line.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    price: Mapped[Decimal] = mapped_column(Price)
    tax_rate: Mapped[Decimal] = mapped_column(Rate)
    net: Mapped[Decimal] = mapped_column(Money)  # = stock value of the receipt move
    tax: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    returned_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    returned_net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    returned_tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    receipt: Mapped[PurchaseReceipt] = relationship(back_populates="lines")


class PurchaseReturn(Synced, Base):
    __tablename__ = "purchase_return"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date)
    receipt_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_receipt.id"), index=True)
    order_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_order.id"), index=True)
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"), index=True)
    state: Mapped[str] = mapped_column(String(10), default="posted")
    reason: Mapped[str] = mapped_column(String(300), default="")
    net_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cost_total: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    user_name: Mapped[str] = mapped_column(String(80), default="")

    lines: Mapped[list[PurchaseReturnLine]] = relationship(
        back_populates="document", order_by="PurchaseReturnLine.seq", cascade="all, delete-orphan"
    )


class PurchaseReturnLine(LineUnit, Synced, Base):
    __tablename__ = "purchase_return_line"
    __table_args__ = (CheckConstraint("qty > 0", name="qty_positive"),)

    return_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_return.id", ondelete="CASCADE"), index=True)
    receipt_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_receipt_line.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity)
    net: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    cost: Mapped[Decimal] = mapped_column(Money)  # value of the stock move out

    document: Mapped[PurchaseReturn] = relationship(back_populates="lines")
