"""The accountant's ledgers: 科目余额表 (every account at every level of sub-account: opening,
period, closing), 总账 (an account month by month with the year to date), 明细账 (an account's
lines with a running balance, its sub-accounts included) and 往来明细账 (a customer's or supplier's
lines on the control accounts). Every line carries its voucher and its business document, for
drilling down; every ledger turns into a ``Report`` for print and xlsx.

A parent account's figures are the sums of its sub-accounts' (its own lines, if any, included);
totals are taken over top-level accounts only, so they equal the journal's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, JournalEntry, JournalLine
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.services.finance.books import month_end
from erp_desktop.services.finance.period_sums import period_sums, sides
from erp_desktop.services.finance.reporting import Report
from erp_desktop.services.finance.vouchers import account_names, period_label, source_label
from erp_desktop.storage.uow import UnitOfWork

ZERO_00 = Decimal("0.00")
# a journal entry's source kind → the printout of its business document (drill-down)
DOCUMENT_PRINT_KINDS = {
    "DN": "delivery",
    "SD": "delivery",
    "SR": "sales_return",
    "PR": "receipt",
    "GR": "receipt",
    "PT": "purchase_return",
    "RC": "money_receipt",
    "PM": "money_payment",
    "stock_count": "stock_count",
    "stock_doc": "stock_in",
}


def document_print_kind(doc_type: str) -> str | None:
    return DOCUMENT_PRINT_KINDS.get(doc_type)


def direction(net: Decimal) -> str:
    """借 / 贷 / 平 of a balance (debit positive)."""
    return tr("Dr") if net > ZERO_00 else tr("Cr") if net < ZERO_00 else tr("Nil")


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(tr("The period ends before it starts."), field="end")


@dataclass(frozen=True)
class _Acc:
    code: str
    name: str
    kind: str
    parent_code: str | None


def _tree(tx: Session) -> tuple[dict[str, _Acc], dict[str, list[str]]]:
    accounts = {
        r.code: _Acc(r.code, r.name, r.kind, r.parent_code)
        for r in tx.execute(
            select(Account.code, Account.name, Account.kind, Account.parent_code).order_by(Account.code)
        )
    }
    children: dict[str, list[str]] = {}
    for a in accounts.values():
        if a.parent_code and a.parent_code in accounts:
            children.setdefault(a.parent_code, []).append(a.code)
    return accounts, children


def _descendants(code: str, children: dict[str, list[str]]) -> list[str]:
    out, todo = [code], [code]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _account(tx: Session, code: str) -> _Acc:
    row = tx.execute(
        select(Account.code, Account.name, Account.kind, Account.parent_code).where(Account.code == code.strip())
    ).first()
    if row is None:
        raise NotFound(tr("No account {code}.", code=code))
    return _Acc(row.code, row.name, row.kind, row.parent_code)


# --- 科目余额表 ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BalanceRow:
    code: str
    name: str
    kind: str
    level: int  # 1 = top-level account
    leaf: bool
    opening_debit: Decimal
    opening_credit: Decimal
    debit: Decimal
    credit: Decimal
    closing_debit: Decimal
    closing_credit: Decimal


@dataclass(frozen=True)
class AccountBalances:
    start: date
    end: date
    rows: tuple[BalanceRow, ...]
    totals: BalanceRow

    @property
    def balanced(self) -> bool:
        t = self.totals
        return t.opening_debit == t.opening_credit and t.debit == t.credit and t.closing_debit == t.closing_credit

    def as_report(self) -> Report:
        return Report(
            title=tr("Account balances (科目余额表)"),
            subtitle=f"{self.start.isoformat()} — {self.end.isoformat()}",
            headers=(
                tr("Code"),
                tr("Account"),
                tr("Opening Dr"),
                tr("Opening Cr"),
                tr("Debit"),
                tr("Credit"),
                tr("Closing Dr"),
                tr("Closing Cr"),
            ),
            rows=tuple(
                (
                    r.code,
                    "　" * (r.level - 1) + r.name,
                    r.opening_debit,
                    r.opening_credit,
                    r.debit,
                    r.credit,
                    r.closing_debit,
                    r.closing_credit,
                )
                for r in (*self.rows, self.totals)
            ),
            widths=(1.1, 3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3),
            numeric_from=2,
            bold_rows=(len(self.rows),),
            landscape=True,
        )


def account_balances(uow: UnitOfWork, *, start: date, end: date, all_accounts: bool = False) -> AccountBalances:
    """科目余额表 for [start, end]: every account with a figure (``all_accounts``: every account),
    parents summing their sub-accounts, in code order."""
    _check_period(start, end)
    with uow.read() as tx:
        accounts, children = _tree(tx)
        before, during = period_sums(tx, start, end)
    rows = []
    totals = [ZERO_00] * 6

    def level_of(a: _Acc) -> int:
        level, parent, seen = 1, a.parent_code, {a.code}
        while parent and parent in accounts and parent not in seen:
            seen.add(parent)
            level += 1
            parent = accounts[parent].parent_code
        return level

    for code, a in accounts.items():
        codes = _descendants(code, children)
        opening = sum((before.get(c, ZERO_00) for c in codes), ZERO_00)
        debit = sum((during.get(c, (ZERO_00, ZERO_00))[0] for c in codes), ZERO_00)
        credit = sum((during.get(c, (ZERO_00, ZERO_00))[1] for c in codes), ZERO_00)
        if not all_accounts and opening == ZERO_00 and debit == ZERO_00 and credit == ZERO_00:
            continue
        values = (*sides(opening), debit, credit, *sides(opening + debit - credit))
        level = level_of(a)
        if level == 1:
            totals = [t + v for t, v in zip(totals, values)]
        rows.append(BalanceRow(code, a.name, a.kind, level, code not in children, *values))
    total_row = BalanceRow("", tr("Total"), "", 0, False, *totals)
    return AccountBalances(start, end, tuple(rows), total_row)


# --- 明细账 and 往来明细账 --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DetailLine:
    on: date
    entry_id: uuid.UUID
    voucher: str  # "2026-10 记-0007"
    account_code: str
    source: str
    doc_type: str
    doc_id: uuid.UUID | None
    doc_number: str
    memo: str
    debit: Decimal
    credit: Decimal
    direction: str  # 借 / 贷 / 平 of the balance after the line
    balance: Decimal  # debit positive


@dataclass(frozen=True)
class DetailLedger:
    title: str
    code: str  # the account (or the party's code)
    name: str
    start: date
    end: date
    opening: Decimal
    lines: tuple[DetailLine, ...]
    debit: Decimal
    credit: Decimal
    closing: Decimal

    def as_report(self) -> Report:
        rows: list[tuple] = [
            (self.start, "", tr("Opening balance"), None, None, direction(self.opening), abs(self.opening))
        ]
        for l in self.lines:
            summary = l.memo if l.doc_number in l.memo else f"{l.memo} {l.doc_number}".strip()
            rows.append((l.on, l.voucher, summary, l.debit, l.credit, l.direction, abs(l.balance)))
        rows.append(
            (
                self.end,
                "",
                tr("Total for the period"),
                self.debit,
                self.credit,
                direction(self.closing),
                abs(self.closing),
            )
        )
        return Report(
            title=self.title,
            subtitle=f"{self.code} {self.name}　{self.start.isoformat()} — {self.end.isoformat()}",
            headers=(tr("Date"), tr("Voucher"), tr("Summary"), tr("Debit"), tr("Credit"), tr("Dr/Cr"), tr("Balance")),
            rows=tuple(rows),
            widths=(1.1, 1.4, 4, 1.3, 1.3, 0.6, 1.4),
            numeric_from=3,
            bold_rows=(0, len(rows) - 1),
        )


def _detail(tx: Session, cond, start: date, end: date) -> tuple[Decimal, list[DetailLine], Decimal, Decimal]:
    d, k = tx.execute(
        select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(cond, JournalLine.on < start)
    ).one()
    opening = d - k
    rows = tx.execute(
        select(JournalLine, JournalEntry)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(cond, JournalLine.on >= start, JournalLine.on <= end)
        .order_by(JournalLine.on, JournalEntry.voucher_period, JournalEntry.voucher_no, JournalLine.seq)
    ).all()
    balance, total_debit, total_credit = opening, ZERO_00, ZERO_00
    lines = []
    for line, entry in rows:
        balance += line.debit - line.credit
        total_debit += line.debit
        total_credit += line.credit
        lines.append(
            DetailLine(
                line.on,
                entry.id,
                f"{period_label(entry.voucher_period)} {entry.voucher_no}",
                line.account_code,
                source_label(entry.doc_type),
                entry.doc_type,
                entry.doc_id,
                entry.doc_number,
                line.memo or entry.memo,
                line.debit,
                line.credit,
                direction(balance),
                balance,
            )
        )
    return opening, lines, total_debit, total_credit


def detail_ledger(uow: UnitOfWork, *, code: str, start: date, end: date) -> DetailLedger:
    """明细账 of an account (with its sub-accounts) for [start, end]. Raises NotFound, ValidationError."""
    _check_period(start, end)
    with uow.read() as tx:
        account = _account(tx, code)
        _accounts, children = _tree(tx)
        codes = _descendants(account.code, children)
        opening, lines, debit, credit = _detail(tx, JournalLine.account_code.in_(codes), start, end)
        name = account_names(tx).get(account.code, account.name)
    return DetailLedger(
        tr("Detail ledger (明细账)"),
        account.code,
        name,
        start,
        end,
        opening,
        tuple(lines),
        debit,
        credit,
        opening + debit - credit,
    )


def _party(tx: Session, party_kind: str, ref: uuid.UUID | str):
    model: type[Customer] | type[Supplier] | None = {"customer": Customer, "supplier": Supplier}.get(party_kind)  # type: ignore[assignment]
    if model is None:
        raise ValidationError(tr("A party is a customer or a supplier."), field="party_kind")
    party = None
    if isinstance(ref, uuid.UUID):
        party = tx.get(model, ref)
    else:
        party = tx.scalar(select(model).where(model.code == str(ref).strip()))
    if party is None:
        raise NotFound(
            tr("No customer {code}.", code=str(ref))
            if party_kind == "customer"
            else tr("No supplier {code}.", code=str(ref))
        )
    return party


def party_ledger(uow: UnitOfWork, *, party_kind: str, party: uuid.UUID | str, start: date, end: date) -> DetailLedger:
    """往来明细账 of a customer or supplier (id or code): its lines on the control accounts
    (应收/预收 or 应付/预付), with a running balance (debit positive: owed to us)."""
    _check_period(start, end)
    with uow.read() as tx:
        p = _party(tx, party_kind, party)
        code, name = p.code, p.name
        opening, lines, debit, credit = _detail(tx, JournalLine.party_id == p.id, start, end)
    title = tr("Customer ledger (往来明细账)") if party_kind == "customer" else tr("Supplier ledger (往来明细账)")
    return DetailLedger(title, code, name, start, end, opening, tuple(lines), debit, credit, opening + debit - credit)


# --- 总账 ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GeneralLedgerMonth:
    period: str
    debit: Decimal
    credit: Decimal
    year_debit: Decimal  # 本年累计
    year_credit: Decimal
    closing: Decimal


@dataclass(frozen=True)
class GeneralLedgerBook:
    code: str
    name: str
    year: int
    opening: Decimal  # at the start of the year
    months: tuple[GeneralLedgerMonth, ...]

    def as_report(self) -> Report:
        rows: list[tuple] = [
            (
                f"{self.year}-01",
                tr("Opening balance of the year"),
                None,
                None,
                direction(self.opening),
                abs(self.opening),
            )
        ]
        for m in self.months:
            rows.append((m.period, tr("Total for the month"), m.debit, m.credit, direction(m.closing), abs(m.closing)))
            rows.append(
                (
                    m.period,
                    tr("Total for the year to date"),
                    m.year_debit,
                    m.year_credit,
                    direction(m.closing),
                    abs(m.closing),
                )
            )
        return Report(
            title=tr("General ledger (总账)"),
            subtitle=f"{self.code} {self.name}　{self.year}",
            headers=(tr("Month"), tr("Summary"), tr("Debit"), tr("Credit"), tr("Dr/Cr"), tr("Balance")),
            rows=tuple(rows),
            widths=(1, 3, 1.5, 1.5, 0.6, 1.5),
            numeric_from=2,
        )


def general_ledger_book(uow: UnitOfWork, *, code: str, year: int, through_month: int = 12) -> GeneralLedgerBook:
    """总账 of an account (with its sub-accounts): the year's opening, then each month's debit and
    credit, the year to date and the balance. Raises NotFound."""
    with uow.read() as tx:
        account = _account(tx, code)
        _accounts, children = _tree(tx)
        codes = _descendants(account.code, children)
        cond = JournalLine.account_code.in_(codes)
        d, k = tx.execute(
            select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(cond, JournalLine.on < date(year, 1, 1))
        ).one()
        opening = d - k
        months = []
        balance, year_debit, year_credit = opening, ZERO_00, ZERO_00
        for month in range(1, through_month + 1):
            d, k = tx.execute(
                select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(
                    cond, JournalLine.on >= date(year, month, 1), JournalLine.on <= month_end(year, month)
                )
            ).one()
            debit, credit = d, k
            year_debit += debit
            year_credit += credit
            balance += debit - credit
            months.append(GeneralLedgerMonth(f"{year}-{month:02d}", debit, credit, year_debit, year_credit, balance))
        name = account_names(tx).get(account.code, account.name)
    return GeneralLedgerBook(account.code, name, year, opening, tuple(months))
