"""Products and what describes them: categories, barcodes, price lists, custom fields.

Invariants: product codes and barcodes are unique (case-sensitive, trimmed); a category's
name is unique under its parent; price-list prices are never negative.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Price, Quantity, Rate, StrEnum, Synced
from .mnemonic import default_mnemonic


class Category(Synced, Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    name: Mapped[str] = mapped_column(String(80))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("category.id"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(String(400), default="")  # "Drinks/Tea" for display and import


class Product(Synced, Base):
    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint("sale_price >= 0", name="sale_price_nonneg"),
        CheckConstraint("purchase_price >= 0", name="purchase_price_nonneg"),
        Index("ix_product_name", "name"),
        Index("ix_product_mnemonic", "mnemonic"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    mnemonic: Mapped[str] = mapped_column(
        String(60), default=default_mnemonic, server_default=""
    )  # 助记码 (pinyin initials)
    category_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("category.id"), index=True)
    spec: Mapped[str] = mapped_column(String(120), default="")  # 规格
    colour: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(16), default="")  # 个, 箱, kg …
    tax_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal("0.13"))
    purchase_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    # 移动加权平均 "average" (default) or 先进先出 "fifo"; fixed once the product has moved (models.costing)
    costing_method: Mapped[str] = mapped_column(String(10), default="average")
    sale_price: Mapped[Decimal] = mapped_column(Price, default=Decimal(0))
    reorder_point: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    reorder_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # free attributes {"material": "cotton"}
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # values of owner-defined custom fields
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # 批次 / 序列号: a lot-tracked product moves by lot (stock_move.lot_id), a serial-tracked one
    # by serial (a lot of one unit); set before the product's first move
    lot_tracked: Mapped[bool] = mapped_column(Boolean, default=False)
    serial_tracked: Mapped[bool] = mapped_column(Boolean, default=False)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)  # 保质期: a lot needs a date; expiry derived
    expiry_warning_days: Mapped[int | None] = mapped_column(Integer)  # 近效期 window (None: the shop default)
    warranty_days: Mapped[int | None] = mapped_column(Integer)  # a serial's warranty from its delivery

    category: Mapped[Category | None] = relationship(lazy="joined")
    barcodes: Mapped[list[ProductBarcode]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductBarcode.barcode"
    )


class ProductBarcode(Synced, Base):
    __tablename__ = "product_barcode"

    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id", ondelete="CASCADE"), index=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)

    product: Mapped[Product] = relationship(back_populates="barcodes")


class PriceList(Synced, Base):
    """Prices for a customer tier and/or a channel, valid over a date range (either end open)."""

    __tablename__ = "price_list"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    tier: Mapped[str] = mapped_column(String(40), default="")  # "" = any tier
    channel: Mapped[str] = mapped_column(String(40), default="")  # "" = any channel
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    items: Mapped[list[PriceListItem]] = relationship(back_populates="price_list", cascade="all, delete-orphan")


class PriceListItem(Synced, Base):
    __tablename__ = "price_list_item"
    __table_args__ = (
        UniqueConstraint("price_list_id", "product_id", "min_qty", "unit"),
        CheckConstraint("price >= 0", name="price_nonneg"),
    )

    price_list_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("price_list.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    price: Mapped[Decimal] = mapped_column(Price)
    min_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    unit: Mapped[str] = mapped_column(String(16), default="", server_default="")  # "" = the base unit (多单位)

    price_list: Mapped[PriceList] = relationship(back_populates="items")


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


class CustomField(Synced, Base):
    """An owner-defined field on products, customers or suppliers (values live in ``custom``)."""

    __tablename__ = "custom_field"
    __table_args__ = (UniqueConstraint("entity", "key"),)

    entity: Mapped[str] = mapped_column(String(20))  # product | customer | supplier
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10), default=FieldKind.TEXT.value)
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
