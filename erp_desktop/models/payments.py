"""Money: cash and bank accounts, money transactions (receipts, payments, transfers, other income
and expenses, opening balances), allocations (核销) of open items, and the invoice registry.

Invariants (checked by ``services.verify``):
- a money account's ``balance`` equals the sum of its ``MoneyMove`` rows, and the money accounts
  sharing a GL account total that account's balance in the journal;
- an open item's ``allocated`` equals Σ allocations where it is the debit side minus Σ where it is
  the credit side (an un-allocation is a negative allocation pointing at the original, never a delete);
- money rows are append-only; a posted money transaction is immutable — a mistake is undone by a
  reversal (冲销, ``reversal_of_id``) of the same kind, the original only gaining ``reversed_by_id``.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, StrEnum, Synced


class MoneyAccountKind(StrEnum):
    CASH = "cash"
    BANK = "bank"


class MoneyAccount(Synced, Base):
    """A cash box or a bank account (资金账户), booked on its own GL account (1001/1002 or a sub-account)."""

    __tablename__ = "money_account"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default=MoneyAccountKind.BANK.value)
    gl_code: Mapped[str] = mapped_column(String(20), ForeignKey("account.code"))
    bank_name: Mapped[str] = mapped_column(String(120), default="")
    account_no: Mapped[str] = mapped_column(String(60), default="")
    allow_negative: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    balance: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # Σ moves, kept in step


class MoneyTxnKind(StrEnum):
    OPENING = "opening"  # opening balance (Dr account / Cr 3999)
    RECEIPT = "receipt"  # RC: money from a customer (Dr money / Cr 1122)
    PAYMENT = "payment"  # PM: money to a supplier (Dr 2202 / Cr money)
    TRANSFER = "transfer"  # MT: between two money accounts
    INCOME = "income"  # OI: other income (Dr money / Cr revenue account)
    EXPENSE = "expense"  # OE: other expense (Dr expense account / Cr money)
    COUNTER = "counter"  # a counter ticket's payment or refund, a stored-value top-up (services.counter)


class MoneyTxn(Synced, Base):
    """One posted money document. ``amount`` is always positive; its direction comes from ``kind``."""

    __tablename__ = "money_txn"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_pos"),
        Index("ix_money_txn_party", "party_id", "on"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    on: Mapped[date] = mapped_column(Date, index=True)
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_account.id"), index=True)
    to_account_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_account.id"))  # transfers
    party_kind: Mapped[str] = mapped_column(String(10), default="")
    party_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    counter_account: Mapped[str] = mapped_column(String(20), default="")  # income / expense account
    amount: Mapped[Decimal] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(20), default="")  # 现金/转账/微信/支付宝/承兑…
    reference: Mapped[str] = mapped_column(String(80), default="")
    memo: Mapped[str] = mapped_column(String(300), default="")
    entry_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("journal_entry.id"))
    open_item_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("open_item.id"))
    user_name: Mapped[str] = mapped_column(String(80), default="")
    # 冲销: a reversal is a money document of the same kind pointing at the original; the original
    # then carries ``reversed_by_id`` (set once, in the same transaction) and cannot be reversed twice
    reversal_of_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_txn.id"))
    reversed_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class MoneyMove(Synced, Base):
    """One signed change of one money account (a transfer writes two)."""

    __tablename__ = "money_move"
    __table_args__ = (Index("ix_money_move_account_on", "account_id", "on"),)

    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_account.id"))
    txn_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_txn.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)  # + in, − out


class Allocation(Synced, Base):
    """核销: ``amount`` of the credit item (negative open item) settles the debit item (positive).
    A negative ``amount`` with ``reversal_of_id`` undoes (part of) an earlier allocation."""

    __tablename__ = "allocation"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_nonzero"),
        Index("ix_allocation_debit", "debit_item_id"),
        Index("ix_allocation_credit", "credit_item_id"),
    )

    kind: Mapped[str] = mapped_column(String(10))  # receivable | payable
    party_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    debit_item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("open_item.id"))
    credit_item_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("open_item.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    on: Mapped[date] = mapped_column(Date)
    reversal_of_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("allocation.id"))
    user_name: Mapped[str] = mapped_column(String(80), default="")
    memo: Mapped[str] = mapped_column(String(300), default="")


class InvoiceDirection(StrEnum):
    ISSUED = "issued"  # 销项: we invoice a customer
    RECEIVED = "received"  # 进项: a supplier invoices us


class InvoiceType(StrEnum):
    SPECIAL = "special"  # 增值税专用发票
    NORMAL = "normal"  # 增值税普通发票


class Invoice(Synced, Base):
    __tablename__ = "invoice"
    __table_args__ = (
        Index("uq_invoice_direction_number", "direction", "number", unique=True),
        CheckConstraint("gross = net + tax", name="gross_sum"),
    )

    direction: Mapped[str] = mapped_column(String(10))
    number: Mapped[str] = mapped_column(String(40))
    invoice_type: Mapped[str] = mapped_column(String(10), default=InvoiceType.NORMAL.value)
    on: Mapped[date] = mapped_column(Date, index=True)
    party_kind: Mapped[str] = mapped_column(String(10))
    party_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    net: Mapped[Decimal] = mapped_column(Money)
    tax: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money)
    memo: Mapped[str] = mapped_column(String(300), default="")
    user_name: Mapped[str] = mapped_column(String(80), default="")


class InvoiceLink(Synced, Base):
    """Part of an invoice covering a business document (delivery, receipt, return …)."""

    __tablename__ = "invoice_link"
    __table_args__ = (Index("ix_invoice_link_doc", "doc_type", "doc_id"),)

    invoice_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("invoice.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    doc_number: Mapped[str] = mapped_column(String(40), default="")
    amount: Mapped[Decimal] = mapped_column(Money)


class BankStatementLine(Synced, Base):
    """One line of an imported bank statement (银行对账单) of a bank money account. ``amount`` is
    signed (+ money in). ``matched_txn_id`` is the money document it was reconciled with (set by
    auto-match or by hand, cleared by un-matching); ``balance`` is the bank's running balance when
    the file gives one."""

    __tablename__ = "bank_statement_line"
    __table_args__ = (
        Index("ix_bank_statement_line_account_on", "account_id", "on"),
        CheckConstraint("amount <> 0", name="amount_nonzero"),
    )

    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("money_account.id"))
    batch: Mapped[str] = mapped_column(String(80), default="")  # file name + import time
    row_no: Mapped[int] = mapped_column(Integer, default=0)
    on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    balance: Mapped[Decimal | None] = mapped_column(Money)
    counterparty: Mapped[str] = mapped_column(String(120), default="")
    reference: Mapped[str] = mapped_column(String(80), default="")
    memo: Mapped[str] = mapped_column(String(300), default="")
    matched_txn_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("money_txn.id"), index=True)
    matched_by: Mapped[str] = mapped_column(String(10), default="")  # auto | hand | created
