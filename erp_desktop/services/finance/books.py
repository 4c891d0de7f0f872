"""The books themselves: manual journal entries (balanced or refused) and their reversal, and the
month-end close.

- A manual entry may not touch an account kept by a subledger (receivables, payables, inventory,
  cash and bank) — those move only through their documents, so the subledgers keep agreeing.
- There is no delete: a posted entry is corrected by a reversing entry pointing at it.
- Months close in order through the guided close (``finance.close``: checklist, carry-forward);
  nothing posts into a closed month afterwards (``posting.ensure_period_open``).
"""

from __future__ import annotations

import uuid
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, UnbalancedEntry, ValidationError
from erp_desktop.i18n import tr, user_label
from erp_desktop.models.base import uuid7
from erp_desktop.models.finance import Account, ClosedPeriod, JournalEntry
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.finance.chart import leaf_codes
from erp_desktop.services.finance.money import SUBLEDGER_CODES
from erp_desktop.services.ledger.journal import Posting, ensure_period_open, reverse_entry
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ManualLine:
    account_code: str
    debit: Decimal = ZERO
    credit: Decimal = ZERO
    memo: str = ""


@dataclass(frozen=True)
class EntryResult:
    id: uuid.UUID
    number: str
    doc_number: str
    total: Decimal
    voucher_no: str = ""  # 记-0001 of the entry's month


def _amount(value, field: str) -> Decimal:
    try:
        result = to_decimal(value if value is not None else ZERO)
    except ValueError:
        raise ValidationError(tr("Enter an amount."), field=field) from None
    if money(result) != result or result < ZERO:
        raise ValidationError(tr("Amounts are positive, in cents."), field=field)
    return result


def post_manual_entry(uow: UnitOfWork, *, on: date, lines: list[ManualLine], memo: str = "") -> EntryResult:
    """Post a balanced manual journal entry (记账凭证, "MJ"). Raises ValidationError (bad line,
    an account kept by a subledger), UnbalancedEntry, PeriodClosed."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        if not memo.strip():
            raise ValidationError(tr("Give the entry a description."), field="memo")
        real = [l for l in lines if (l.debit or ZERO) != ZERO or (l.credit or ZERO) != ZERO]
        if len(real) < 2:
            raise ValidationError(tr("An entry needs at least two lines."), field="lines")
        accounts = {a.code: a for a in tx.scalars(select(Account))}
        leaves = leaf_codes(tx)
        money_codes = set(tx.scalars(select(MoneyAccount.gl_code)))
        doc_id = uuid7()
        number = next_number(tx, "MJ", on)
        posting = Posting(on, doc_type="MJ", doc_id=doc_id, doc_number=number, memo=memo.strip())
        for n, line in enumerate(real, start=1):
            debit, credit = _amount(line.debit, "debit"), _amount(line.credit, "credit")
            if debit and credit:
                raise ValidationError(tr("Line {n}: a line is either a debit or a credit.", n=n), field="lines", row=n)
            account = accounts.get(line.account_code.strip())
            if account is None or not account.active:
                raise ValidationError(
                    tr("Line {n}: no active account {code}.", n=n, code=line.account_code), field="lines", row=n
                )
            if account.code not in leaves:
                raise ValidationError(
                    tr(
                        "Line {n}: {code} {name} has sub-accounts; post to one of them.",
                        n=n,
                        code=account.code,
                        name=account.name,
                    ),
                    field="lines",
                    row=n,
                )
            if account.code in SUBLEDGER_CODES or account.code in money_codes:
                raise ValidationError(
                    tr(
                        "Line {n}: {code} {name} is kept by its own ledger; post it through its documents.",
                        n=n,
                        code=account.code,
                        name=account.name,
                    ),
                    field="lines",
                    row=n,
                )
            posting.debit(account.code, debit, memo=line.memo).credit(account.code, credit, memo=line.memo)
        if posting.total_debit != posting.total_credit:
            raise UnbalancedEntry(
                tr(
                    "The entry does not balance: debit {debit}, credit {credit}.",
                    debit=posting.total_debit,
                    credit=posting.total_credit,
                )
            )
        ensure_period_open(tx, on)
        entry = posting.post(tx)
        assert entry is not None  # two non-zero lines
        audit.record(tx, "create", "journal_entry", entry.id, summary=f"{entry.voucher_no} {memo.strip()}"[:300])
        return EntryResult(entry.id, entry.number, number, posting.total_debit, entry.voucher_no)


def reverse_manual_entry(uow: UnitOfWork, entry_id: uuid.UUID | str, *, on: date, memo: str = "") -> EntryResult:
    """Post the reversal of a manual entry (a business document's entry is corrected by a
    reversing document instead). Raises InvalidTransition (not manual, already reversed, itself a
    reversal), PeriodClosed."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        entry = (
            tx.get(JournalEntry, entry_id)
            if isinstance(entry_id, uuid.UUID)
            else tx.scalar(select(JournalEntry).where(JournalEntry.number == entry_id))
        )
        if entry is None:
            raise NotFound(tr("No journal entry {ref}.", ref=str(entry_id)))
        if entry.doc_type != "MJ":
            raise InvalidTransition(
                tr(
                    "{number} was posted by {doc}; correct it with a reversing document there.",
                    number=entry.number,
                    doc=entry.doc_number or entry.doc_type,
                )
            )
        if entry.reversal_of_id is not None:
            raise InvalidTransition(tr("{number} is itself a reversal.", number=entry.number))
        if tx.scalar(select(func.count()).select_from(JournalEntry).where(JournalEntry.reversal_of_id == entry.id)):
            raise InvalidTransition(tr("{number} was already reversed.", number=entry.number))
        if on < entry.on:
            raise ValidationError(tr("A reversal cannot be dated before the entry it reverses."), field="on")
        reversal = reverse_entry(tx, entry, on=on, memo=memo or tr("Reversal of {number}", number=entry.number))
        audit.record(tx, "reverse", "journal_entry", entry.id, summary=f"{entry.number} → {reversal.number}")
        total = sum((l.debit for l in entry.lines), ZERO)
        return EntryResult(reversal.id, reversal.number, entry.doc_number, total, reversal.voucher_no)


# --- period close ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ClosedPeriodRow:
    year: int
    month: int
    closed_at: datetime
    user_name: str
    note: str

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"


def parse_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(p) for p in text.strip().split("-")[:2])
        date(year, month, 1)
    except ValueError:
        raise ValidationError(tr("Write the month as YYYY-MM, e.g. 2026-10."), field="month") from None
    return year, month


def month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def list_closed_periods(uow: UnitOfWork) -> list[ClosedPeriodRow]:
    with uow.read() as tx:
        return [
            ClosedPeriodRow(p.year, p.month, p.closed_at, user_label(p.user_name), p.note)
            for p in tx.scalars(select(ClosedPeriod).order_by(ClosedPeriod.year.desc(), ClosedPeriod.month.desc()))
        ]


def _last_closed(tx: Session) -> ClosedPeriod | None:
    return tx.scalar(select(ClosedPeriod).order_by(ClosedPeriod.year.desc(), ClosedPeriod.month.desc()).limit(1))


def next_month_to_close(uow: UnitOfWork) -> tuple[int, int] | None:
    """The month that closes next (None: none closed yet — any past month may be the first)."""
    with uow.read() as tx:
        last = _last_closed(tx)
        return _next_month(last.year, last.month) if last else None


def ensure_open(tx: Session, on: date) -> None:
    """Re-exported for callers that only import finance."""
    ensure_period_open(tx, on)
