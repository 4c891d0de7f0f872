"""The books: chart of accounts, journal entries, open receivable/payable items, closed periods.

Invariants (checked by ``verify``):
- every journal entry balances (Σ debit = Σ credit) and is append-only; a correction is a
  reversing entry pointing at the original;
- an open item's ``allocated`` equals the sum of its allocations, and the open items of a kind
  total the balance of their control account (应收账款 / 应付账款) per party;
- nothing is dated in a closed period.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Money, StrEnum, Synced, utcnow


class AccountKind(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    REVENUE = "revenue"
    EXPENSE = "expense"


class Account(Synced, Base):
    __tablename__ = "account"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(10))
    parent_code: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    system: Mapped[bool] = mapped_column(Boolean, default=False)  # used by postings; cannot be removed


class JournalEntry(Synced, Base):
    """One posted entry = one 记账凭证: ``voucher_no`` (记-0001 …) restarts every month
    (``voucher_period`` = yyyymm) and is taken in the posting's transaction, gap-free per month and
    PC series (a PC that syncs puts its series letter in front: 记-B0001)."""

    __tablename__ = "journal_entry"
    __table_args__ = (
        Index("ix_journal_entry_doc", "doc_type", "doc_id"),
        Index("ix_journal_entry_chain", "chain_pc", "chain_seq"),
        UniqueConstraint("voucher_period", "voucher_no"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    voucher_period: Mapped[int] = mapped_column(Integer, default=0)  # yyyymm of ``on``
    voucher_no: Mapped[str] = mapped_column(String(20), default="")  # 记-0001, per month
    doc_type: Mapped[str] = mapped_column(String(20), default="")
    doc_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    memo: Mapped[str] = mapped_column(String(300), default="")
    reversal_of_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("journal_entry.id"))
    posted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    # a link of its PC's hash chain over the entry and its lines (storage.chain)
    chain_pc: Mapped[str] = mapped_column(String(40), default="", server_default="")
    chain_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    chain_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    lines: Mapped[list[JournalLine]] = relationship(back_populates="entry", order_by="JournalLine.seq")


class JournalLine(Synced, Base):
    __tablename__ = "journal_line"
    __table_args__ = (
        CheckConstraint("debit >= 0 AND credit >= 0", name="nonneg"),
        CheckConstraint("(debit = 0) OR (credit = 0)", name="one_side"),
        Index("ix_journal_line_account_on", "account_code", "on"),
    )

    entry_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("journal_entry.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    on: Mapped[date] = mapped_column(Date)  # copy of the entry's date: ledgers by account and period
    account_code: Mapped[str] = mapped_column(String(20), ForeignKey("account.code"))
    debit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    party_kind: Mapped[str] = mapped_column(String(10), default="")  # customer | supplier | ""
    party_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    memo: Mapped[str] = mapped_column(String(300), default="")

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")


class OpenItemKind(StrEnum):
    RECEIVABLE = "receivable"
    PAYABLE = "payable"


class OpenItem(Synced, Base):
    """A receivable or payable raised by a document. ``amount`` is signed: positive is owed to
    us (receivable) or by us (payable); a return or an advance is negative (a credit)."""

    __tablename__ = "open_item"
    __table_args__ = (
        Index("ix_open_item_party", "kind", "party_id", "on"),
        Index("ix_open_item_doc", "doc_type", "doc_id"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    party_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    on: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    allocated: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # Σ allocations, kept in step
    memo: Mapped[str] = mapped_column(String(300), default="")


class ClosedPeriod(Synced, Base):
    __tablename__ = "closed_period"
    __table_args__ = (UniqueConstraint("year", "month"),)

    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class VoucherTemplate(Synced, Base):
    """常用凭证: a reusable manual voucher (depreciation, wages, interest …). ``lines`` is a list of
    ``{"account_code", "side" ("debit"|"credit"), "amount" (text, may be ""), "memo"}``; amounts
    left empty are filled in when the voucher is entered."""

    __tablename__ = "voucher_template"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    memo: Mapped[str] = mapped_column(String(300), default="")
    lines: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
