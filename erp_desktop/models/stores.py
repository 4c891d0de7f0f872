"""Stores (多门店): a store groups a warehouse, its counters (PCs) and the money accounts its payment
methods book to; it may have its own price list and member rules (points), else the shop-wide ones.

Invariants (kept by ``services.counter.stores``, checked by ``services.counter.checks``):
- a store's ``code`` is unique and a warehouse is in at most one store;
- a counter (a PC id, ``CounterShift.counter_name``) is in at most one store; a counter in none
  belongs to the default store (``DEFAULT_STORE_ID``, made by the migration, the same row on every PC);
- a store maps each payment method to at most one money account; a method it does not map books
  to the shop-wide account of the counter settings;
- every shift and ticket carries its store; a ticket's bins are in its store's warehouse and its
  money accounts are its store's (or shop-wide ones no store claims).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Price, Synced

# the store every existing shift, ticket and counter belongs to (one fixed id, so every PC's
# migration makes the same row and sync merges it instead of reporting a duplicate code)
DEFAULT_STORE_ID = uuid.UUID("018f0000-0000-7000-8000-0000000051a0")
DEFAULT_STORE_CODE = "S001"
DEFAULT_STORE_NAME = "总店"


class Store(Synced, Base):
    """A shop's store (门店). ``warehouse_id`` None: the counter settings' warehouse (the default
    store of a shop that never set stores up). ``earn_per``/``redeem_points`` None: the shop-wide
    points rules. ``member_tier``: the customer tier members are priced at here (会员价 of this
    store), "" = each member's own tier."""

    __tablename__ = "store"
    __table_args__ = (
        CheckConstraint("earn_per IS NULL OR earn_per >= 0", name="earn_per_nonneg"),
        CheckConstraint("redeem_points IS NULL OR redeem_points >= 0", name="redeem_points_nonneg"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    warehouse_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("warehouse.id"), unique=True)
    price_list_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("price_list.id"))
    earn_per: Mapped[Decimal | None] = mapped_column(Price)
    redeem_points: Mapped[int | None] = mapped_column(Integer)
    member_tier: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StoreCounter(Synced, Base):
    """A counter (PC) of a store: its PC id as shifts know it (``CounterShift.counter_name``)."""

    __tablename__ = "store_counter"

    counter_name: Mapped[str] = mapped_column(String(80), unique=True)
    store_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("store.id"), index=True)
    label: Mapped[str] = mapped_column(String(80), default="")


class StoreAccount(Synced, Base):
    """The money account one payment method of a store books to."""

    __tablename__ = "store_account"
    __table_args__ = (UniqueConstraint("store_id", "method"),)

    store_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("store.id"))
    method: Mapped[str] = mapped_column(String(20))  # cash | wechat | alipay | card
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_account.id"))
