"""结账 as a guided procedure: the checklist, the carry-forward (结转损益) and the close itself.

- The checklist names everything that stops a month from closing (drafts of posting documents
  dated in it, 1901 待处理财产损溢 not settled, negative stock, money not allocated although the
  party has open documents, a bank statement not reconciled, any ``verify`` check failing, entries
  posted after the month's carry-forward) and, as information only, deliveries and receipts not
  yet invoiced and bank accounts without an imported statement.
- Closing writes the carry-forward in the same transaction: every income and expense account's
  balance at the month's end into 本年利润; in December 本年利润 then goes into 利润分配-未分配利润.
  Both are vouchers of kind ``CF`` dated the month's last day. A month has at most one carry-forward
  that is not reversed; a second is refused.
- Re-opening (owner, last closed month only) reverses the month's carry-forward vouchers, so every
  balance is exactly what it was before the close.
- The accounts are found by role (``chart.account_for``) and by kind (revenue, expense).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from erp_desktop.errors import InvalidTransition, PermissionDenied, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, AccountKind, ClosedPeriod, JournalEntry, JournalLine
from erp_desktop.models.inventory_docs import StockCount, StockDoc
from erp_desktop.models.purchasing import PurchaseReceipt, PurchaseReturn
from erp_desktop.models.sales import SalesDelivery, SalesReturn
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.finance.books import ClosedPeriodRow, _last_closed, _next_month, month_end
from erp_desktop.services.finance.chart import account_for
from erp_desktop.services.finance.queries import CARRY_FORWARD
from erp_desktop.services.ledger.journal import Posting, reverse_entry
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork, actor_of

ZERO_00 = Decimal("0.00")
# documents that post stock or money when they leave draft: a draft left in a month is not in its books
POSTING_DOCUMENTS = (
    (SalesDelivery, N_("Delivery")),
    (SalesReturn, N_("Sales return")),
    (PurchaseReceipt, N_("Goods receipt")),
    (PurchaseReturn, N_("Purchase return")),
    (StockDoc, N_("Stock document")),
    (StockCount, N_("Stock count")),
)


@dataclass(frozen=True)
class CheckItem:
    key: str
    title: str  # what is checked ("Drafts in the month")
    problem: str  # what is wrong when it fails ("Drafts left open in the month")
    ok: bool
    blocking: bool  # False: shown as information, never stops the close
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class CloseChecklist:
    year: int
    month: int
    items: tuple[CheckItem, ...]

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def passed(self) -> bool:
        return all(i.ok or not i.blocking for i in self.items)

    @property
    def reasons(self) -> list[str]:
        return [
            f"- {i.problem}" + (f": {'; '.join(i.details[:5])}" if i.details else "")
            for i in self.items
            if i.blocking and not i.ok
        ]


def _period(year: int, month: int) -> int:
    return year * 100 + month


# --- balances ---------------------------------------------------------------------------------------------
def balances_through(tx: Session, through: date, *, kinds: tuple[str, ...] | None = None) -> dict[str, Decimal]:
    """Net (debit − credit) per account of all lines dated on or before ``through``."""
    stmt = (
        select(JournalLine.account_code, sum_of(JournalLine.debit), sum_of(JournalLine.credit))
        .where(JournalLine.on <= through)
        .group_by(JournalLine.account_code)
    )
    if kinds is not None:
        stmt = stmt.join(Account, Account.code == JournalLine.account_code).where(Account.kind.in_(kinds))
    return {c: d - k for c, d, k in tx.execute(stmt) if d - k != ZERO_00}


def profit_and_loss_balances(tx: Session, through: date) -> dict[str, Decimal]:
    return balances_through(tx, through, kinds=(AccountKind.REVENUE.value, AccountKind.EXPENSE.value))


def carry_forward_entries(tx: Session, year: int, month: int) -> list[JournalEntry]:
    """The month's carry-forward vouchers that stand (neither a reversal nor reversed)."""
    reversal = aliased(JournalEntry)
    return list(
        tx.scalars(
            select(JournalEntry)
            .outerjoin(reversal, reversal.reversal_of_id == JournalEntry.id)
            .where(
                JournalEntry.doc_type == CARRY_FORWARD,
                JournalEntry.voucher_period == _period(year, month),
                JournalEntry.reversal_of_id.is_(None),
                reversal.id.is_(None),
            )
            .order_by(JournalEntry.voucher_no)
        )
    )


# --- the carry-forward ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CarryForwardResult:
    year: int
    month: int
    profit: Decimal  # carried into 本年利润 (negative: a loss)
    vouchers: tuple[str, ...]
    year_end: Decimal | None  # December: 本年利润 moved into 未分配利润


def carry_forward_tx(tx: Session, year: int, month: int) -> CarryForwardResult:
    """Write the month's carry-forward (and, in December, the year-end transfer). Raises
    InvalidTransition when the month already has one, PeriodClosed for a closed month."""
    if carry_forward_entries(tx, year, month):
        raise InvalidTransition(
            tr(
                "{year}-{month:02d} already has its carry-forward; re-open the month to redo it.",
                year=year,
                month=month,
            )
        )
    end = month_end(year, month)
    profit_account = account_for(tx, "current_year_profit", create=True)
    balances = profit_and_loss_balances(tx, end)
    label = f"{year}-{month:02d}"
    posting = Posting(
        end,
        doc_type=CARRY_FORWARD,
        doc_number=f"CF-{label}",
        memo=tr("Carry-forward of income and expenses {month}", month=label),
    )
    total = ZERO_00
    for code in sorted(balances):
        posting.credit(code, balances[code])  # a debit balance is credited out, a credit balance debited
        total += balances[code]
    posting.debit(profit_account, total)
    vouchers = []
    entry = posting.post(tx)
    if entry is not None:
        vouchers.append(entry.voucher_no)
    year_end = None
    if month == 12:
        retained = account_for(tx, "undistributed_profit", create=True)
        profit_balance = balances_through(tx, end).get(profit_account, ZERO_00)
        closing = Posting(
            end,
            doc_type=CARRY_FORWARD,
            doc_number=f"CF-{year}",
            memo=tr("Profit of the year {year} into undistributed profit", year=year),
        )
        closing.credit(profit_account, profit_balance).debit(retained, profit_balance)
        second = closing.post(tx)
        if second is not None:
            vouchers.append(second.voucher_no)
        year_end = -profit_balance
    return CarryForwardResult(year, month, -total, tuple(vouchers), year_end)


def carry_forward(uow: UnitOfWork, year: int, month: int) -> CarryForwardResult:
    """Write a month's carry-forward ahead of closing it (closing writes it when missing).
    Raises InvalidTransition (already carried forward), PeriodClosed, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.CLOSE_PERIOD)
        result = carry_forward_tx(tx, year, month)
        audit.record(tx, "carry_forward", "period", "", summary=f"{year}-{month:02d} {result.profit}")
        return result


# --- the checklist ----------------------------------------------------------------------------------------
def _drafts(tx: Session, start: date, end: date) -> list[str]:
    found = []
    for model, noun in POSTING_DOCUMENTS:
        rows = tx.execute(
            select(model.number).where(model.state == "draft", model.on >= start, model.on <= end).limit(20)
        ).all()
        found += [f"{tr(noun)} {r.number or tr('(no number)')}" for r in rows]
    return found


def _uninvoiced(tx: Session, start: date, end: date) -> list[str]:
    from erp_desktop.models.finance import OpenItem
    from erp_desktop.models.payments import InvoiceLink
    from erp_desktop.services.finance.invoices import MONEY_DOCS

    docs = tx.execute(
        select(OpenItem.doc_type, OpenItem.doc_id, OpenItem.doc_number, sum_of(OpenItem.amount))
        .where(
            OpenItem.doc_type.not_in(MONEY_DOCS), OpenItem.doc_type != "OB", OpenItem.on >= start, OpenItem.on <= end
        )
        .group_by(OpenItem.doc_type, OpenItem.doc_id, OpenItem.doc_number)
        .order_by(OpenItem.doc_number)
    ).all()
    invoiced = {
        (t, d): a
        for t, d, a in tx.execute(
            select(InvoiceLink.doc_type, InvoiceLink.doc_id, sum_of(InvoiceLink.amount)).group_by(
                InvoiceLink.doc_type, InvoiceLink.doc_id
            )
        )
    }
    return [
        f"{number} {(gross - invoiced.get((t, d), ZERO_00)):,.2f}"
        for t, d, number, gross in docs
        if gross - invoiced.get((t, d), ZERO_00) != ZERO_00
    ]


def _unallocated(tx: Session, end: date) -> list[str]:
    """Parties holding money of the month or before not allocated (a credit) while they still have
    open documents of then (a debit), as allocated today."""
    from erp_desktop.services.finance.queries import open_items_tx

    found = []
    for kind in ("receivable", "payable"):
        debit: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO_00)
        credit: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO_00)
        names = {}
        for row in open_items_tx(tx, kind=kind):  # allocations made since count: the money is allocated
            if row.on > end:
                continue
            names[row.party_id] = row.party_name or row.party_code
            if row.open > ZERO_00:
                debit[row.party_id] += row.open
            elif row.open < ZERO_00:
                credit[row.party_id] -= row.open
        for pid in credit:
            if debit.get(pid, ZERO_00) > ZERO_00:
                found.append(
                    tr("{party}: {amount} to allocate", party=names[pid], amount=f"{min(credit[pid], debit[pid]):,.2f}")
                )
    return found


def _negative_stock(tx: Session) -> list[str]:
    from erp_desktop.models.catalog import Product

    rows = tx.execute(
        select(Product.code, sum_of(StockBalance.qty))
        .join(Product, Product.id == StockBalance.product_id)
        .where(StockBalance.qty < 0)
        .group_by(Product.code)
        .order_by(Product.code)
        .limit(20)
    ).all()
    return [f"{code} {qty}" for code, qty in rows]


def checklist_tx(tx: Session, year: int, month: int) -> CloseChecklist:
    from erp_desktop.services.finance.bank import reconciliation_problems
    from erp_desktop.services.system import verify

    start, end = date(year, month, 1), month_end(year, month)
    items: list[CheckItem] = []

    def add(key: str, title: str, problem: str, details: list[str], *, blocking: bool = True) -> None:
        items.append(CheckItem(key, title, problem, not details, blocking, tuple(details)))

    add(
        "drafts",
        tr("Drafts in the month"),
        tr("Drafts left open in the month (post or cancel them)"),
        _drafts(tx, start, end),
    )
    pending = account_for(tx, "pending_loss")
    pending_balance = balances_through(tx, end).get(pending, ZERO_00)
    add(
        "pending_loss",
        tr("Stock count differences settled (待处理财产损溢)"),
        tr("Stock count differences not settled (待处理财产损溢)"),
        [tr("{code} balance {amount}", code=pending, amount=f"{pending_balance:,.2f}")] if pending_balance else [],
    )
    add("negative_stock", tr("No negative stock"), tr("Negative stock"), _negative_stock(tx))
    add(
        "unallocated",
        tr("Money allocated to open documents"),
        tr("Money not allocated to open documents"),
        _unallocated(tx, end),
    )
    unreconciled, no_statement = reconciliation_problems(tx, start, end)
    add("bank", tr("Bank reconciled"), tr("Bank not reconciled"), unreconciled)
    add(
        "bank_statement",
        tr("Bank statements imported"),
        tr("Bank accounts without an imported statement"),
        no_statement,
        blocking=False,
    )
    add(
        "uninvoiced",
        tr("Deliveries and receipts invoiced"),
        tr("Deliveries and receipts not yet invoiced"),
        _uninvoiced(tx, start, end),
        blocking=False,
    )
    failed = [c for c in (check(tx) for check in verify.all_checks()) if not c.ok]
    add(
        "verify",
        tr("The books tie out (verify)"),
        tr("The books do not tie out"),
        [c.name + (f" ({'; '.join(c.details[:2])})" if c.details else "") for c in failed],
    )
    late = []
    if carry_forward_entries(tx, year, month) and profit_and_loss_balances(tx, end):
        late.append(tr("income or expense posted after the carry-forward"))
    add("carry_forward", tr("Carry-forward up to date"), tr("Carry-forward out of date"), late)
    return CloseChecklist(year, month, tuple(items))


def close_checklist(uow: UnitOfWork, year: int, month: int) -> CloseChecklist:
    """What stands between the month and its close (and what is only worth knowing)."""
    with uow.read() as tx:
        return checklist_tx(tx, year, month)


# --- close and re-open ------------------------------------------------------------------------------------
def close_period(
    uow: UnitOfWork, year: int, month: int, *, note: str = "", today: date | None = None
) -> ClosedPeriodRow:
    """Close a month: in order and not before it ends; the checklist must pass (ValidationError
    lists every reason); the carry-forward is written and the month locked, in one transaction.
    Raises PermissionDenied, InvalidTransition, ValidationError."""
    today = today or date.today()
    with uow.write() as tx:
        require(tx, Perm.CLOSE_PERIOD)
        date(year, month, 1)
        last = _last_closed(tx)
        if last is not None:
            expected = _next_month(last.year, last.month)
            if (year, month) <= (last.year, last.month):
                raise InvalidTransition(tr("{year}-{month:02d} is already closed.", year=year, month=month))
            if (year, month) != expected:
                raise InvalidTransition(
                    tr("Months close in order: close {year}-{month:02d} first.", year=expected[0], month=expected[1])
                )
        if month_end(year, month) >= today:
            raise InvalidTransition(tr("{year}-{month:02d} has not ended yet.", year=year, month=month))
        checklist = checklist_tx(tx, year, month)
        if not checklist.passed:
            raise ValidationError(
                tr(
                    "Cannot close {year}-{month:02d}:\n{reasons}",
                    year=year,
                    month=month,
                    reasons="\n".join(checklist.reasons),
                )
            )
        if not carry_forward_entries(tx, year, month):
            carry_forward_tx(tx, year, month)
        row = ClosedPeriod(year=year, month=month, user_name=actor_of(tx).username, note=note)
        tx.add(row)
        tx.flush()
        audit.record(tx, "close", "period", row.id, summary=f"{year}-{month:02d} {note}".strip())
        return ClosedPeriodRow(row.year, row.month, row.closed_at, row.user_name, row.note)


def reopen_period(uow: UnitOfWork, year: int, month: int, *, reason: str) -> None:
    """Re-open the last closed month (owner only, a reason required; recorded in the audit log):
    its carry-forward vouchers are reversed first, so every balance is as it was before the close."""
    with uow.write() as tx:
        actor = require(tx, Perm.CLOSE_PERIOD)
        if actor.permissions is not None and actor.role != "owner":
            raise PermissionDenied(tr("Only the owner may re-open a closed month."))
        if not reason.strip():
            raise ValidationError(tr("Give a reason for re-opening."), field="reason")
        last = _last_closed(tx)
        if last is None or (last.year, last.month) != (year, month):
            raise InvalidTransition(tr("Only the last closed month can be re-opened."))
        audit.record(
            tx,
            "reopen",
            "period",
            last.id,
            summary=f"{year}-{month:02d}: {reason.strip()}",
            before={"closed_at": last.closed_at.isoformat(), "user": last.user_name, "note": last.note},
        )
        tx.delete(last)
        tx.flush()
        for entry in reversed(carry_forward_entries(tx, year, month)):
            reverse_entry(
                tx,
                entry,
                on=entry.on,
                memo=tr(
                    "Re-opening {year}-{month:02d}: reversal of {voucher}",
                    year=year,
                    month=month,
                    voucher=entry.voucher_no,
                ),
            )


def is_carry_forward(doc_type: str) -> bool:
    return doc_type == CARRY_FORWARD


__all__ = [
    "CARRY_FORWARD",
    "CarryForwardResult",
    "CheckItem",
    "CloseChecklist",
    "carry_forward",
    "close_checklist",
    "close_period",
    "reopen_period",
]
