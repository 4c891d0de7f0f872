"""Warehouses and locations.

A *location* is where stock can be: a bin of a warehouse (kind ``bin``) or a virtual place on
the other side of a movement (supplier, customer, adjustment/盘盈盘亏, transit, opening). Every
stock move goes from one location to another, so quantities summed over all locations are zero.
Virtual locations have no warehouse and are seeded once, with fixed codes (``VirtualLocation``).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Quantity, StrEnum, Synced


class NegativePolicy(StrEnum):
    FORBID = "forbid"
    WARN = "warn"
    ALLOW = "allow"


class LocationKind(StrEnum):
    BIN = "bin"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    ADJUSTMENT = "adjustment"
    TRANSIT = "transit"
    OPENING = "opening"
    ASSEMBLY = "assembly"  # the other side of 组装 / 拆卸: what goes in comes out as kits or components


class BinStatus(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"
    FULL = "full"


class VirtualLocation(StrEnum):
    """Codes of the seeded virtual locations."""

    SUPPLIER = "@SUPPLIER"
    CUSTOMER = "@CUSTOMER"
    ADJUSTMENT = "@ADJUST"
    TRANSIT = "@TRANSIT"
    OPENING = "@OPENING"
    ASSEMBLY = "@ASSEMBLY"


class Warehouse(Synced, Base):
    __tablename__ = "warehouse"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(300), default="")
    negative_policy: Mapped[str] = mapped_column(String(10), default=NegativePolicy.FORBID.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    bins: Mapped[list[Location]] = relationship(back_populates="warehouse", order_by="Location.sort_order")


class Location(Synced, Base):
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("warehouse_id", "code"),)

    warehouse_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("warehouse.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(12), default=LocationKind.BIN.value)
    status: Mapped[str] = mapped_column(String(10), default=BinStatus.ACTIVE.value)
    capacity: Mapped[Decimal | None] = mapped_column(Quantity)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)  # walking order for count sheets

    warehouse: Mapped[Warehouse | None] = relationship(back_populates="bins")
