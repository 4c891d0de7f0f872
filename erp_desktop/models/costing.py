"""Costing: FIFO cost layers, value-only stock revaluations and landed-cost documents (采购费用单).

Invariants (checked by ``verify``):
- ``product.costing_method`` is ``average`` (移动加权平均, the default) or ``fifo`` (先进先出); it
  changes only while the product has no stock move.
- ``stock_revaluation`` rows are append-only (a ledger, like ``stock_move``): a value with no
  quantity added to (or, for a reversal, taken from) a product's stock. ``product_cost.value`` =
  Σ internal move values + Σ revaluation values.
- ``cost_layer`` (derived, rebuilt from the ledgers) holds one row per incoming move of a FIFO
  product: what is left of it. For each FIFO product Σ ``qty_left`` = ``product_cost.qty`` and
  Σ ``value_left`` = ``product_cost.value``; per lot Σ ``qty_left`` = the lot's on-hand.
- a posted landed cost has lines summing to its net amount exactly; each line's ``to_stock`` +
  ``to_cogs`` = its ``amount``; its revaluations sum to Σ ``to_stock``; one payable for the gross
  and one balanced journal entry (库存商品 + 主营业务成本 + 进项税额 = 应付账款). A reversal is a
  new landed cost with negative amounts pointing at the original.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..i18n import N_
from .base import Base, Money, Price, Quantity, Rate, StrEnum, Synced, utcnow

LANDED_DOC_TYPE = "LC"


class CostingMethod(StrEnum):
    AVERAGE = "average"  # 移动加权平均
    FIFO = "fifo"  # 先进先出


COSTING_LABELS = {CostingMethod.AVERAGE.value: N_("Moving average"), CostingMethod.FIFO.value: N_("FIFO")}


class SpreadBy(StrEnum):
    VALUE = "value"  # by each line's net amount
    QTY = "qty"  # by each line's quantity


SPREAD_LABELS = {SpreadBy.VALUE.value: N_("By value"), SpreadBy.QTY.value: N_("By quantity")}


class ChargeKind(StrEnum):
    FREIGHT = "freight"  # 运费
    DUTY = "duty"  # 关税
    HANDLING = "handling"  # 装卸费
    OTHER = "other"


CHARGE_LABELS = {
    ChargeKind.FREIGHT.value: N_("Freight"),
    ChargeKind.DUTY.value: N_("Duty"),
    ChargeKind.HANDLING.value: N_("Handling"),
    ChargeKind.OTHER.value: N_("Other charge"),
}


class StockRevaluation(Synced, Base):
    """A value added to a product's stock without quantity (landed cost); append-only."""

    __tablename__ = "stock_revaluation"
    __sync__: ClassVar[str] = "ledger"
    __table_args__ = (
        Index("ix_stock_revaluation_product", "product_id"),
        Index("ix_stock_revaluation_doc", "doc_type", "doc_id"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stock_lot.id"))
    layer_move_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # FIFO: the incoming move's layer raised
    value: Mapped[Decimal] = mapped_column(Money)  # signed: a reversal takes value back
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_line_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    on: Mapped[date] = mapped_column(Date)
    moved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    user_name: Mapped[str] = mapped_column(String(80), default="")


class CostLayer(Base):
    """What is left of one incoming move of a FIFO product (derived, never synced)."""

    __tablename__ = "cost_layer"
    __table_args__ = (Index("ix_cost_layer_product_order", "product_id", "on", "moved_at", "seq"),)

    move_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stock_lot.id"))
    on: Mapped[date] = mapped_column(Date)
    moved_at: Mapped[datetime] = mapped_column(DateTime)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    doc_type: Mapped[str] = mapped_column(String(20), default="")
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    qty_in: Mapped[Decimal] = mapped_column(Quantity)
    value_in: Mapped[Decimal] = mapped_column(Money)
    qty_left: Mapped[Decimal] = mapped_column(Quantity)
    value_left: Mapped[Decimal] = mapped_column(Money)


class LandedCost(Synced, Base):
    """采购费用单: a charge (freight, duty, handling) on one or more purchase receipts, spread over
    their lines; posted when created, reversed by a new document."""

    __tablename__ = "landed_cost"
    __table_args__ = (Index("ix_landed_cost_on", "on"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date)
    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id"))  # who bills the charge
    kind: Mapped[str] = mapped_column(String(12), default=ChargeKind.FREIGHT.value)
    spread_by: Mapped[str] = mapped_column(String(8), default=SpreadBy.VALUE.value)
    net: Mapped[Decimal] = mapped_column(Money)
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money)
    to_stock: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    to_cogs: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    state: Mapped[str] = mapped_column(String(10), default="posted")
    reversal_of_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("landed_cost.id"))
    reversed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    invoice_no: Mapped[str] = mapped_column(String(40), default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[LandedCostLine]] = relationship(
        back_populates="landed_cost", order_by="LandedCostLine.seq", cascade="all, delete-orphan"
    )


class LandedCostLine(Synced, Base):
    """The part of a landed cost that falls on one receipt line."""

    __tablename__ = "landed_cost_line"
    __table_args__ = (CheckConstraint("to_stock + to_cogs = amount", name="parts_sum"),)

    landed_cost_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("landed_cost.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer, default=0)
    receipt_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_receipt.id"), index=True)
    receipt_line_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("purchase_receipt_line.id"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    basis: Mapped[Decimal] = mapped_column(Price)  # the line's value or quantity the spread used
    amount: Mapped[Decimal] = mapped_column(Money)
    in_stock_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))  # of the line, at posting
    to_stock: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    to_cogs: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))

    landed_cost: Mapped[LandedCost] = relationship(back_populates="lines")
