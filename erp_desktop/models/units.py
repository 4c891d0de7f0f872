"""多单位: a product's other units (1 箱 = 24 瓶) and the unit columns every document line carries.

Invariants:
- a product's base unit is ``product.unit`` (the stock unit); a ``product_unit`` row names another
  unit with ``factor`` base units in one of it (factor > 0, unique name per product, never the base
  unit's own name); its barcode is unique among unit barcodes, product barcodes and product codes;
- a line entered in another unit stores ``unit`` (its name), ``unit_qty`` (the quantity entered)
  and ``unit_factor``; its ``qty`` is the base quantity and equals ``unit_qty × unit_factor``
  exactly (a base quantity needing more places than the column holds is refused, never rounded).
  A line entered in the base unit has ``unit`` "" and ``unit_qty`` NULL (its ``qty`` is what was
  entered). The line's price is per the unit it was entered in; stock, cost and the ledger only
  ever see ``qty``.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Quantity, ScaledDecimal, Synced


class Factor(ScaledDecimal):
    """Unit conversion factors: 6 places."""

    cache_ok = True
    places = 6


class ProductUnit(Synced, Base):
    __tablename__ = "product_unit"
    __table_args__ = (
        UniqueConstraint("product_id", "name"),
        CheckConstraint("factor > 0", name="factor_positive"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(16))
    factor: Mapped[Decimal] = mapped_column(Factor)  # base units in one of this unit
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    purchase_default: Mapped[bool] = mapped_column(Boolean, default=False)
    sale_default: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class LineUnit:
    """The unit a document line was entered in (see the module's invariants)."""

    unit: Mapped[str] = mapped_column(String(16), default="", server_default="")
    unit_qty: Mapped[Decimal | None] = mapped_column(Quantity)
    unit_factor: Mapped[Decimal] = mapped_column(Factor, default=Decimal(1), server_default="1000000")
