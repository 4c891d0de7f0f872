"""Customers and suppliers, their contacts, addresses, follow-ups and supplier quotes.

Invariants: codes unique per kind; credit limits and quote prices never negative.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, Price, Quantity, Synced
from .mnemonic import default_mnemonic

# 散客: the walk-in customer every new shop gets (services.system.setup). One fixed id, so two PCs
# that each set up the same shop make the same row and sync merges it; a PC holding only it still
# counts as empty when it joins a shop.
WALK_IN_CUSTOMER_ID = uuid.UUID("018f0000-0000-7000-8000-00000000c000")


class Customer(Synced, Base):
    __tablename__ = "customer"
    __table_args__ = (CheckConstraint("credit_limit >= 0", name="credit_limit_nonneg"),)

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    mnemonic: Mapped[str] = mapped_column(String(60), default=default_mnemonic, server_default="", index=True)  # 助记码
    tier: Mapped[str] = mapped_column(String(40), default="")  # 零售 / 批发 / VIP … matches PriceList.tier
    channel: Mapped[str] = mapped_column(String(40), default="")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    salesperson: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")  # 纳税人识别号
    credit_limit: Mapped[Decimal | None] = mapped_column(Money)  # None = no limit
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(foreign_keys="Contact.customer_id", cascade="all, delete-orphan")
    addresses: Mapped[list[Address]] = relationship(cascade="all, delete-orphan")
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="FollowUp.on.desc()"
    )


class Supplier(Synced, Base):
    __tablename__ = "supplier"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    mnemonic: Mapped[str] = mapped_column(String(60), default=default_mnemonic, server_default="", index=True)  # 助记码
    category: Mapped[str] = mapped_column(String(60), default="")
    grade: Mapped[str] = mapped_column(String(10), default="")  # A / B / C
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    custom: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(foreign_keys="Contact.supplier_id", cascade="all, delete-orphan")
    quotes: Mapped[list[SupplierQuote]] = relationship(back_populates="supplier", cascade="all, delete-orphan")


class Contact(Synced, Base):
    __tablename__ = "contact"

    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("supplier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class Address(Synced, Base):
    __tablename__ = "address"

    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")  # 送货 / 开票 …
    address: Mapped[str] = mapped_column(String(300))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class FollowUp(Synced, Base):
    """A contact with a customer: when, how, what was said, what comes next."""

    __tablename__ = "follow_up"

    customer_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(40), default="")  # 电话 / 微信 / 上门 …
    note: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(300), default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    user_name: Mapped[str] = mapped_column(String(80), default="")

    customer: Mapped[Customer] = relationship(back_populates="follow_ups")


class SupplierQuote(Synced, Base):
    __tablename__ = "supplier_quote"
    __table_args__ = (CheckConstraint("price >= 0", name="price_nonneg"),)

    supplier_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("supplier.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("product.id"), index=True)
    price: Mapped[Decimal] = mapped_column(Price)
    min_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    supplier: Mapped[Supplier] = relationship(back_populates="quotes")
