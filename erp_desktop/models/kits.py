"""Kits (组装 / 拆卸): a product's bill of components.

Invariants:
- a kit (``product_kit``, one per product) lists its components (``product_kit_line``): another
  product and a quantity per kit (> 0, three decimals, in the component's base unit), each
  component once; a line defined in another of the component's units (1 箱 = 24 瓶) also keeps
  that unit (``unit``, ``unit_qty``, ``unit_factor``, as document lines do) and ``qty`` is
  ``unit_qty × unit_factor`` exactly;
- a kit or its components may be lot- or serial-tracked: an assembly or disassembly then names
  (or, for lots leaving a bin, picks first expiry first) the lots and serials of each line;
- a kit never contains itself, directly or through another kit (checked when the bill is saved);
- ``bundle`` (套装): a delivery of the kit issues its components instead of the kit itself;
- ``bom_changed_at`` is stamped whenever the bill changes, so ``verify`` compares a bundle
  delivery's component moves with the bill that was in force when it was posted.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Quantity, Synced, utcnow
from .units import LineUnit


class ProductKit(Synced, Base):
    __tablename__ = "product_kit"

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), unique=True)
    bundle: Mapped[bool] = mapped_column(Boolean, default=False)  # 套装: sold as its components
    note: Mapped[str] = mapped_column(String(200), default="")
    bom_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    lines: Mapped[list[ProductKitLine]] = relationship(
        back_populates="kit", cascade="all, delete-orphan", order_by="ProductKitLine.seq"
    )


class ProductKitLine(LineUnit, Synced, Base):
    __tablename__ = "product_kit_line"
    __table_args__ = (
        UniqueConstraint("kit_id", "component_id"),
        CheckConstraint("qty > 0", name="qty_positive"),
    )

    kit_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product_kit.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    component_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    qty: Mapped[Decimal] = mapped_column(Quantity)

    kit: Mapped[ProductKit] = relationship(back_populates="lines")
