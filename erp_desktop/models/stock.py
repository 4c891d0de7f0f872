"""The stock ledger.

Invariants (checked by ``verify``):
- ``stock_move`` rows are append-only; quantity > 0; each goes from one location to another.
- ``stock_balance`` (product × internal location) equals the sum of moves in minus moves out
  and is written in the same transaction as the moves.
- ``lot_balance`` (lot × internal location) equals the sum of the lot's moves in minus out; a
  move of a lot- or serial-tracked product always names its lot (a serial is a lot of one unit,
  so a serial is in stock at most once: Σ over bins of its balance ∈ {0, 1}).
- ``product_cost`` holds the product's total quantity and value over internal locations and
  the moving weighted average cost; total value = sum of internal move values exactly, plus the
  product's ``stock_revaluation`` values (landed costs, ``models.costing``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, Price, Quantity, Synced, utcnow


class StockLot(Synced, Base):
    """A lot (批次) or a serial number (序列号) of one product, with its dates and origin.

    The id is derived from (product, number) (``lot_id``), so two PCs receiving the same lot
    write the same row and a sync merges them instead of colliding on the unique number."""

    __tablename__ = "stock_lot"
    __table_args__ = (
        UniqueConstraint("product_id", "number"),
        CheckConstraint(
            "expiry_date IS NULL OR production_date IS NULL OR expiry_date >= production_date",
            name="expiry_after_production",
        ),
        Index("ix_stock_lot_number", "number"),
        Index("ix_stock_lot_expiry", "expiry_date"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    number: Mapped[str] = mapped_column(String(64))
    production_date: Mapped[date | None] = mapped_column(Date)
    expiry_date: Mapped[date | None] = mapped_column(Date)
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("supplier.id"))
    origin_doc_type: Mapped[str] = mapped_column(String(20), default="")
    origin_doc_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    origin_doc_number: Mapped[str] = mapped_column(String(40), default="")
    received_on: Mapped[date | None] = mapped_column(Date)


class StockMove(Synced, Base):
    __tablename__ = "stock_move"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("from_location_id <> to_location_id", name="two_sided"),
        Index("ix_stock_move_product_on", "product_id", "on"),
        Index("ix_stock_move_doc", "doc_type", "doc_id"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    from_location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"), index=True)
    to_location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity)
    unit_cost: Mapped[Decimal] = mapped_column(Price)
    value: Mapped[Decimal] = mapped_column(Money)
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_line_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    on: Mapped[date] = mapped_column(Date)
    moved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)  # order within the document
    lot_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stock_lot.id"), index=True)


class StockBalance(Base):
    """On-hand per product × internal location; derived, rebuilt after a sync merge."""

    __tablename__ = "stock_balance"

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"), primary_key=True, index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))


class LotBalance(Base):
    """On-hand per lot × internal location; derived like ``stock_balance``, never synced."""

    __tablename__ = "lot_balance"
    __table_args__ = (Index("ix_lot_balance_product_location", "product_id", "location_id"),)

    lot_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stock_lot.id"), primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("location.id"), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"))
    qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))


class ProductCost(Base):
    """Moving weighted average per product over all internal locations; derived."""

    __tablename__ = "product_cost"
    __table_args__ = (CheckConstraint("avg_cost >= 0", name="avg_cost_nonneg"),)

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), primary_key=True)
    qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    avg_cost: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
