"""Finance read side: open items and ageing, customer/supplier statements (对账单), money account
ledgers, trial balance, general ledger, profit report and the journal list.

Ageing is on the **document date** (days from the item's date to the as-of date): 0–30, 31–60,
61–90, 90+. Credits not yet allocated (money received ahead, returns) are shown apart as
"unapplied", so buckets + unapplied = the party's balance. Open amounts as of a date count only
allocations dated on or before it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import N_, tr, user_label
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, AccountKind, JournalEntry, JournalLine, OpenItem
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.payments import Allocation, MoneyAccount, MoneyMove, MoneyTxn
from erp_desktop.services.finance.period_sums import period_sums, sides
from erp_desktop.services.ledger.journal import Accounts
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

ZERO_00 = Decimal("0.00")
CARRY_FORWARD = "CF"  # vouchers of the month-end carry-forward (finance.close)

DOC_LABELS = {
    "RC": N_("Receipt of money"),
    "PM": N_("Payment"),
    "DN": N_("Delivery"),
    "SD": N_("Delivery"),
    "SR": N_("Sales return"),
    "GR": N_("Goods receipt"),
    "PR": N_("Goods receipt"),
    "PT": N_("Purchase return"),
    "OB": N_("Opening balance"),
    "MT": N_("Transfer"),
    "OI": N_("Other income"),
    "OE": N_("Other expense"),
    "MJ": N_("Manual entry"),
    "SX": N_("Exchange"),
    "ST": N_("Sale"),
    "OPEN": N_("Opening stock"),
    "stock_doc": N_("Stock document"),
    "stock_count": N_("Stock count"),
    "POS": N_("Counter sale"),
    "POR": N_("Counter return"),
    "SV": N_("Stored value top-up"),
    "LC": N_("Landed cost"),
    "VT": N_("VAT transfer"),
    "PL": N_("Stock gains and losses settled"),
    "AC": N_("Balance moved to a sub-account"),
    "CF": N_("Carry-forward (结转损益)"),
}
# (a test walks every Posting and open item of the services and fails on a kind missing here)
BUCKETS = (N_("0–30 days"), N_("31–60 days"), N_("61–90 days"), N_("90+ days"))


def doc_label(doc_type: str) -> str:
    return tr(DOC_LABELS[doc_type]) if doc_type in DOC_LABELS else doc_type


def _party_model(kind: str):
    return Customer if kind in ("receivable", "customer") else Supplier


def _kind_of(party_kind: str) -> str:
    if party_kind in ("customer", "receivable"):
        return "receivable"
    if party_kind in ("supplier", "payable"):
        return "payable"
    raise ValidationError(tr("Unknown party kind {kind}.", kind=party_kind))


def _names(tx: Session, kind: str, ids) -> dict[uuid.UUID | None, tuple[str, str]]:
    """(code, name) of each customer or supplier in ``ids``; looked up by a column that may be empty."""
    model = _party_model(kind)
    ids = list(set(ids))
    if not ids:
        return {}
    return {
        r.id: (r.code, r.name) for r in tx.execute(select(model.id, model.code, model.name).where(model.id.in_(ids)))
    }


# --- open items and ageing -------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenItemRow:
    id: uuid.UUID
    kind: str
    party_id: uuid.UUID
    party_code: str
    party_name: str
    doc_type: str
    doc_label: str
    doc_number: str
    on: date
    due: date
    amount: Decimal
    allocated: Decimal
    open: Decimal
    days: int  # age in days from the document date to today (or the as-of date)
    memo: str


def bucket_of(days: int) -> int:
    """0: 0–30, 1: 31–60, 2: 61–90, 3: 90+ (days past the document date)."""
    return 0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3


def list_open_items(
    uow: UnitOfWork,
    *,
    kind: str,
    party_id: uuid.UUID | None = None,
    include_settled: bool = False,
    as_of: date | None = None,
    sign: int = 0,
) -> list[OpenItemRow]:
    """Open items of a kind ("receivable"/"payable"), optionally one party's; ``sign`` 1 only
    debits, −1 only credits. Oldest due first."""
    with uow.read() as tx:
        return open_items_tx(tx, kind=kind, party_id=party_id, include_settled=include_settled, as_of=as_of, sign=sign)


def open_items_tx(
    tx: Session, *, kind: str, party_id=None, include_settled=False, as_of: date | None = None, sign: int = 0
) -> list[OpenItemRow]:
    today = as_of or date.today()
    stmt = select(*_ITEM_COLUMNS).where(OpenItem.kind == kind)  # plain rows: no ORM objects for a big list
    if party_id is not None:
        stmt = stmt.where(OpenItem.party_id == party_id)
    if not include_settled and as_of is None:
        stmt = stmt.where(OpenItem.amount != OpenItem.allocated)
    if as_of is not None:
        stmt = stmt.where(OpenItem.on <= as_of)
    if sign > 0:
        stmt = stmt.where(OpenItem.amount > 0)
    elif sign < 0:
        stmt = stmt.where(OpenItem.amount < 0)
    items = tx.execute(stmt.order_by(OpenItem.due, OpenItem.on, OpenItem.doc_number, OpenItem.id)).all()
    later = _allocated_after(tx, kind, party_id, as_of) if as_of is not None else {}
    names = _names(tx, kind, [i.party_id for i in items])
    rows = []
    for i in items:
        allocated = i.allocated - later.get(i.id, ZERO_00)
        open_amount = i.amount - allocated
        if open_amount == ZERO_00 and not include_settled:
            continue
        code, name = names.get(i.party_id, ("", ""))
        rows.append(
            OpenItemRow(
                i.id,
                i.kind,
                i.party_id,
                code,
                name,
                i.doc_type,
                doc_label(i.doc_type),
                i.doc_number,
                i.on,
                i.due,
                i.amount,
                allocated,
                open_amount,
                (today - i.on).days,
                i.memo,
            )
        )
    return rows


_ITEM_COLUMNS = (
    OpenItem.id,
    OpenItem.kind,
    OpenItem.party_id,
    OpenItem.doc_type,
    OpenItem.doc_number,
    OpenItem.on,
    OpenItem.due,
    OpenItem.amount,
    OpenItem.allocated,
    OpenItem.memo,
)


def _allocated_after(tx: Session, kind: str, party_id, as_of: date) -> dict[uuid.UUID, Decimal]:
    """Per item, the allocated-movement of allocations dated after ``as_of`` (to take back out)."""
    stmt = select(Allocation.debit_item_id, Allocation.credit_item_id, Allocation.amount).where(
        Allocation.kind == kind, Allocation.on > as_of
    )
    if party_id is not None:
        stmt = stmt.where(Allocation.party_id == party_id)
    result: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO_00)
    for debit_id, credit_id, amount in tx.execute(stmt):
        result[debit_id] += amount
        result[credit_id] -= amount
    return result


@dataclass(frozen=True)
class Ageing:
    """A party's open balance at a date split by age (document date): buckets hold open debits,
    ``unapplied`` the open credits (negative); ``total`` = sum of all."""

    as_of: date
    days_0_30: Decimal
    days_31_60: Decimal
    days_61_90: Decimal
    days_over_90: Decimal
    unapplied: Decimal

    @property
    def total(self) -> Decimal:
        return self.days_0_30 + self.days_31_60 + self.days_61_90 + self.days_over_90 + self.unapplied

    @property
    def buckets(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        return (self.days_0_30, self.days_31_60, self.days_61_90, self.days_over_90)


def ageing_of(rows: list[OpenItemRow], as_of: date) -> Ageing:
    buckets = [ZERO_00, ZERO_00, ZERO_00, ZERO_00]
    unapplied = ZERO_00
    for row in rows:
        if row.open < ZERO_00:
            unapplied += row.open
        elif row.open > ZERO_00:
            buckets[bucket_of((as_of - row.on).days)] += row.open
    return Ageing(as_of, buckets[0], buckets[1], buckets[2], buckets[3], unapplied)


@dataclass(frozen=True)
class AgeingRow:
    party_id: uuid.UUID
    party_code: str
    party_name: str
    days_0_30: Decimal
    days_31_60: Decimal
    days_61_90: Decimal
    days_over_90: Decimal
    unapplied: Decimal
    total: Decimal


def ageing_report(uow: UnitOfWork, *, kind: str, as_of: date | None = None) -> list[AgeingRow]:
    """Receivables (kind "receivable") or payables ("payable") ageing per party with a balance."""
    as_of = as_of or date.today()
    with uow.read() as tx:
        rows = open_items_tx(tx, kind=kind, as_of=as_of)
    by_party: dict[uuid.UUID, list[OpenItemRow]] = defaultdict(list)
    for row in rows:
        by_party[row.party_id].append(row)
    result = []
    for party_id, items in by_party.items():
        a = ageing_of(items, as_of)
        if a.total == ZERO_00 and all(b == ZERO_00 for b in a.buckets):
            continue
        result.append(AgeingRow(party_id, items[0].party_code, items[0].party_name, *a.buckets, a.unapplied, a.total))
    return sorted(result, key=lambda r: r.party_code)


# --- statements (对账单) -------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatementLine:
    on: date
    doc_type: str
    doc_label: str
    doc_number: str
    memo: str
    debit: Decimal  # raises what the party owes (us) / we owe (them)
    credit: Decimal  # money, returns
    balance: Decimal
    due: date | None = None


@dataclass(frozen=True)
class Statement:
    party_kind: str  # customer | supplier
    party_id: uuid.UUID
    party_code: str
    party_name: str
    start: date
    end: date
    opening: Decimal
    lines: tuple[StatementLine, ...]
    total_debit: Decimal
    total_credit: Decimal
    closing: Decimal
    ageing: Ageing


def statement(uow: UnitOfWork, *, party_kind: str, party_id: uuid.UUID | str, start: date, end: date) -> Statement:
    """A customer's or supplier's statement for [start, end]: opening balance, each document and
    payment (allocations are not lines) with a running balance, closing balance, ageing at ``end``."""
    if end < start:
        raise ValidationError(tr("The period ends before it starts."), field="end")
    with uow.read() as tx:
        model = _party_model(party_kind)
        party = (
            tx.get(model, party_id)
            if isinstance(party_id, uuid.UUID)
            else tx.scalar(select(model).where(model.code == party_id))
        )
        if party is None:
            raise NotFound(tr("No such customer or supplier: {ref}.", ref=str(party_id)))
        return _statement_tx(tx, party_kind, party, start, end)


def _statement_tx(tx: Session, party_kind: str, party, start: date, end: date) -> Statement:
    kind = _kind_of(party_kind)
    opening = tx.execute(
        select(sum_of(OpenItem.amount)).where(OpenItem.kind == kind, OpenItem.party_id == party.id, OpenItem.on < start)
    ).scalar_one()
    items = tx.execute(
        select(OpenItem.on, OpenItem.doc_type, OpenItem.doc_number, OpenItem.memo, OpenItem.amount, OpenItem.due)
        .where(OpenItem.kind == kind, OpenItem.party_id == party.id, OpenItem.on >= start, OpenItem.on <= end)
        .order_by(OpenItem.on, OpenItem.created_at, OpenItem.doc_number)
    ).all()
    balance = opening
    lines = []
    debit_total = credit_total = ZERO_00
    for i in items:
        balance += i.amount
        debit, credit = (i.amount, ZERO_00) if i.amount > 0 else (ZERO_00, -i.amount)
        debit_total += debit
        credit_total += credit
        lines.append(
            StatementLine(i.on, i.doc_type, doc_label(i.doc_type), i.doc_number, i.memo, debit, credit, balance, i.due)
        )
    ageing = ageing_of(open_items_tx(tx, kind=kind, party_id=party.id, as_of=end), end)
    return Statement(
        party_kind,
        party.id,
        party.code,
        party.name,
        start,
        end,
        opening,
        tuple(lines),
        debit_total,
        credit_total,
        balance,
        ageing,
    )


def statements_with_balance(uow: UnitOfWork, *, party_kind: str, start: date, end: date) -> list[Statement]:
    """Statements for every customer (or supplier) with a balance at ``end`` or movement in the period."""
    kind = _kind_of(party_kind)
    model = _party_model(party_kind)
    with uow.read() as tx:
        balances = tx.execute(
            select(OpenItem.party_id, sum_of(OpenItem.amount))
            .where(OpenItem.kind == kind, OpenItem.on <= end)
            .group_by(OpenItem.party_id)
        ).all()
        moved = set(
            tx.scalars(select(OpenItem.party_id).where(OpenItem.kind == kind, OpenItem.on >= start, OpenItem.on <= end))
        )
        ids = {p for p, total in balances if total != ZERO_00} | moved
        parties = list(tx.scalars(select(model).where(model.id.in_(ids)).order_by(model.code))) if ids else []
        return [_statement_tx(tx, party_kind, p, start, end) for p in parties]


# --- money account ledger and balances -------------------------------------------------------------------
@dataclass(frozen=True)
class MoneyLedgerLine:
    txn_id: uuid.UUID
    on: date
    number: str
    kind: str
    party_name: str
    method: str
    reference: str
    memo: str
    amount_in: Decimal
    amount_out: Decimal
    balance: Decimal
    reversal_of_number: str = ""  # this document reverses that one
    reversed_by_number: str = ""  # this document was reversed by that one
    status: str = ""  # "Reversed by …" / "Reversal of …"
    txn_kind: str = ""  # MoneyTxnKind value ("receipt", "payment", …); ``kind`` is its label

    @property
    def reversible(self) -> bool:
        return not self.reversal_of_number and not self.reversed_by_number


@dataclass(frozen=True)
class MoneyLedger:
    account_id: uuid.UUID
    account_name: str
    start: date
    end: date
    opening: Decimal
    lines: tuple[MoneyLedgerLine, ...]
    closing: Decimal


KIND_LABELS = {
    "opening": N_("Opening balance"),
    "receipt": N_("Receipt of money"),
    "payment": N_("Payment"),
    "transfer": N_("Transfer"),
    "income": N_("Other income"),
    "expense": N_("Other expense"),
    "counter": N_("Counter"),
}


def money_ledger(uow: UnitOfWork, account_id: uuid.UUID, *, start: date, end: date) -> MoneyLedger:
    """Every movement of one money account in [start, end] with a running balance."""
    with uow.read() as tx:
        account = tx.get(MoneyAccount, account_id)
        if account is None:
            raise NotFound(tr("No money account {ref}.", ref=str(account_id)))
        opening = tx.execute(
            select(sum_of(MoneyMove.amount)).where(MoneyMove.account_id == account.id, MoneyMove.on < start)
        ).scalar_one()
        rows = tx.execute(
            select(MoneyMove.amount, MoneyTxn)
            .join(MoneyTxn, MoneyTxn.id == MoneyMove.txn_id)
            .where(MoneyMove.account_id == account.id, MoneyMove.on >= start, MoneyMove.on <= end)
            .order_by(MoneyMove.on, MoneyTxn.number)
        ).all()
        # keyed by what a money document may leave empty (party_id, to_account_id, reversal ids)
        customers = _names(tx, "customer", [t.party_id for _, t in rows if t.party_kind == "customer"])
        suppliers = _names(tx, "supplier", [t.party_id for _, t in rows if t.party_kind == "supplier"])
        others: dict[uuid.UUID | None, str] = {a.id: a.name for a in tx.scalars(select(MoneyAccount))}
        linked = {t.reversal_of_id for _, t in rows if t.reversal_of_id} | {
            t.reversed_by_id for _, t in rows if t.reversed_by_id
        }
        numbers: dict[uuid.UUID | None, str] = (
            dict(tx.execute(select(MoneyTxn.id, MoneyTxn.number).where(MoneyTxn.id.in_(linked))).all())
            if linked
            else {}
        )
        balance = opening
        lines = []
        for amount, t in rows:
            balance += amount
            if t.party_kind == "customer":
                who = customers.get(t.party_id, ("", ""))[1]
            elif t.party_kind == "supplier":
                who = suppliers.get(t.party_id, ("", ""))[1]
            elif t.kind == "transfer":
                who = others.get(t.to_account_id if amount < 0 else t.account_id, "")
            else:
                who = t.counter_account
            kind_text = tr(KIND_LABELS[t.kind]) if t.kind in KIND_LABELS else t.kind
            of, by = numbers.get(t.reversal_of_id, ""), numbers.get(t.reversed_by_id, "")
            status = (
                tr("Reversal of {number}", number=of) if of else tr("Reversed by {number}", number=by) if by else ""
            )
            lines.append(
                MoneyLedgerLine(
                    t.id,
                    t.on,
                    t.number,
                    kind_text,
                    who,
                    t.method,
                    t.reference,
                    t.memo,
                    amount if amount > 0 else ZERO_00,
                    -amount if amount < 0 else ZERO_00,
                    balance,
                    of,
                    by,
                    status,
                    t.kind,
                )
            )
        return MoneyLedger(account.id, account.name, start, end, opening, tuple(lines), balance)


@dataclass(frozen=True)
class CashBalanceRow:
    account_id: uuid.UUID
    code: str
    name: str
    kind: str
    gl_code: str
    balance: Decimal

    @property
    def kind_text(self) -> str:
        return tr("Cash") if self.kind == "cash" else tr("Bank")


def cash_balances(uow: UnitOfWork, *, as_of: date | None = None) -> list[CashBalanceRow]:
    """Every money account's balance at ``as_of`` (today: the kept balance)."""
    with uow.read() as tx:
        accounts = list(tx.scalars(select(MoneyAccount).order_by(MoneyAccount.code)))
        sums = {}
        if as_of is not None:
            sums = {
                a: s
                for a, s in tx.execute(
                    select(MoneyMove.account_id, sum_of(MoneyMove.amount))
                    .where(MoneyMove.on <= as_of)
                    .group_by(MoneyMove.account_id)
                )
            }
        return [
            CashBalanceRow(
                a.id, a.code, a.name, a.kind, a.gl_code, sums.get(a.id, ZERO_00) if as_of is not None else a.balance
            )
            for a in accounts
        ]


# --- trial balance, general ledger, profit -------------------------------------------------------------
@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    name: str
    kind: str
    opening_debit: Decimal
    opening_credit: Decimal
    debit: Decimal
    credit: Decimal
    closing_debit: Decimal
    closing_credit: Decimal


@dataclass(frozen=True)
class TrialBalance:
    start: date
    end: date
    rows: tuple[TrialBalanceRow, ...]
    totals: TrialBalanceRow

    @property
    def balanced(self) -> bool:
        t = self.totals
        return t.opening_debit == t.opening_credit and t.debit == t.credit and t.closing_debit == t.closing_credit


def trial_balance(uow: UnitOfWork, *, start: date, end: date, all_accounts: bool = False) -> TrialBalance:
    """Per account: opening balance, period debit and credit, closing balance (debit or credit side)."""
    if end < start:
        raise ValidationError(tr("The period ends before it starts."), field="end")
    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)  # cost of goods, stock value and margin are on it
        before, during = period_sums(tx, start, end)
        accounts = tx.execute(select(Account.code, Account.name, Account.kind).order_by(Account.code)).all()
    rows = []
    totals = [ZERO_00] * 6
    for a in accounts:
        opening = before.get(a.code, ZERO_00)
        debit, credit = during.get(a.code, (ZERO_00, ZERO_00))
        if not all_accounts and opening == ZERO_00 and debit == ZERO_00 and credit == ZERO_00:
            continue
        od, oc = sides(opening)
        cd, cc = sides(opening + debit - credit)
        values = (od, oc, debit, credit, cd, cc)
        totals = [t + v for t, v in zip(totals, values)]
        rows.append(TrialBalanceRow(a.code, a.name, a.kind, *values))
    return TrialBalance(start, end, tuple(rows), TrialBalanceRow("", tr("Total"), "", *totals))


@dataclass(frozen=True)
class LedgerLine:
    entry_id: uuid.UUID
    on: date
    entry_number: str
    doc_number: str
    memo: str
    debit: Decimal
    credit: Decimal
    balance: Decimal


@dataclass(frozen=True)
class GeneralLedger:
    code: str
    name: str
    start: date
    end: date
    opening: Decimal  # debit positive
    lines: tuple[LedgerLine, ...]
    closing: Decimal


def general_ledger(
    uow: UnitOfWork, *, code: str, start: date, end: date, party_id: uuid.UUID | None = None
) -> GeneralLedger:
    """One account's lines in [start, end] with a running balance (debit positive)."""
    with uow.read() as tx:
        account = tx.scalar(select(Account).where(Account.code == code))
        if account is None:
            raise NotFound(tr("No account {code}.", code=code))
        cond = [JournalLine.account_code == code]
        if party_id is not None:
            cond.append(JournalLine.party_id == party_id)
        d, k = tx.execute(
            select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(*cond, JournalLine.on < start)
        ).one()
        opening = d - k
        rows = tx.execute(
            select(JournalLine, JournalEntry.number, JournalEntry.doc_number)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(*cond, JournalLine.on >= start, JournalLine.on <= end)
            .order_by(JournalLine.on, JournalEntry.number, JournalLine.seq)
        ).all()
        balance = opening
        lines = []
        for line, number, doc_number in rows:
            balance += line.debit - line.credit
            lines.append(
                LedgerLine(line.entry_id, line.on, number, doc_number, line.memo, line.debit, line.credit, balance)
            )
        return GeneralLedger(code, account.name, start, end, opening, tuple(lines), balance)


@dataclass(frozen=True)
class ProfitLine:
    code: str
    name: str
    amount: Decimal


@dataclass(frozen=True)
class ProfitReport:
    start: date
    end: date
    sales_revenue: Decimal
    cost_of_goods: Decimal
    gross_margin: Decimal
    other_income: Decimal
    expenses: Decimal
    profit: Decimal
    expense_lines: tuple[ProfitLine, ...]
    income_lines: tuple[ProfitLine, ...]

    @property
    def margin_rate(self) -> Decimal | None:
        return (self.gross_margin / self.sales_revenue).quantize(Decimal("0.0001")) if self.sales_revenue else None


def profit_report(uow: UnitOfWork, *, start: date, end: date) -> ProfitReport:
    """Sales revenue (5001), cost of goods (5401), gross margin, other income, expenses, profit
    (the carry-forward vouchers are left out: they move the result, they do not make it)."""
    with uow.read() as tx:
        require(tx, Perm.VIEW_COST)
        rows = tx.execute(
            select(Account.code, Account.name, Account.kind, sum_of(JournalLine.debit), sum_of(JournalLine.credit))
            .join(JournalLine, JournalLine.account_code == Account.code)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(
                JournalLine.on >= start,
                JournalLine.on <= end,
                Account.kind.in_((AccountKind.REVENUE.value, AccountKind.EXPENSE.value)),
                JournalEntry.doc_type != CARRY_FORWARD,  # the month's result, not its carrying into 本年利润
            )
            .group_by(Account.code, Account.name, Account.kind)
            .order_by(Account.code)
        ).all()
    sales = cogs = other = expenses = ZERO_00
    expense_lines, income_lines = [], []
    for code, name, kind, d, k in rows:
        net = k - d  # revenue positive
        if kind == AccountKind.REVENUE.value:
            if code.startswith(Accounts.REVENUE):
                sales += net
            else:
                other += net
                income_lines.append(ProfitLine(code, name, net))
        else:
            if code.startswith(Accounts.COGS):
                cogs -= net
            else:
                expenses -= net
                expense_lines.append(ProfitLine(code, name, -net))
    margin = sales - cogs
    return ProfitReport(
        start,
        end,
        sales,
        cogs,
        margin,
        other,
        expenses,
        margin + other - expenses,
        tuple(expense_lines),
        tuple(income_lines),
    )


# --- the journal -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JournalRow:
    id: uuid.UUID
    number: str
    on: date
    doc_type: str
    doc_label: str
    doc_number: str
    memo: str
    total: Decimal
    user_name: str
    reversal_of_id: uuid.UUID | None


def journal_page(uow: UnitOfWork, query: ListQuery) -> Page[JournalRow]:
    """Journal entries, newest first by default; search number, document number, memo;
    filters: start, end (dates), doc_type."""
    total = (
        select(sum_of(JournalLine.debit))
        .where(JournalLine.entry_id == JournalEntry.id)
        .correlate(JournalEntry)
        .scalar_subquery()
    )
    stmt = select(JournalEntry, total.label("total"))
    if query.search.strip():
        p = like_pattern(query.search)
        stmt = stmt.where(
            or_(
                JournalEntry.number.like(p, escape="\\"),
                JournalEntry.doc_number.like(p, escape="\\"),
                JournalEntry.memo.like(p, escape="\\"),
            )
        )
    f = query.filters
    if f.get("start"):
        stmt = stmt.where(JournalEntry.on >= f["start"])
    if f.get("end"):
        stmt = stmt.where(JournalEntry.on <= f["end"])
    if f.get("doc_type"):
        stmt = stmt.where(JournalEntry.doc_type == f["doc_type"])
    if query.sort == "":  # newest first unless the user sorts
        query = ListQuery(
            search=query.search,
            sort="number",
            descending=True,
            after=query.after,
            limit=query.limit,
            filters=query.filters,
        )

    def to_row(r) -> JournalRow:
        e = r[0]
        return JournalRow(
            e.id,
            e.number,
            e.on,
            e.doc_type,
            doc_label(e.doc_type),
            e.doc_number,
            e.memo,
            r.total,
            user_label(e.user_name),
            e.reversal_of_id,
        )

    with uow.read() as tx:
        return keyset_page(
            tx,
            stmt,
            sort_columns={"number": JournalEntry.number, "on": JournalEntry.on, "doc_number": JournalEntry.doc_number},
            default_sort="number",
            id_column=JournalEntry.id,
            query=query,
            to_row=to_row,
        )


@dataclass(frozen=True)
class EntryLine:
    seq: int
    account_code: str
    account_name: str
    party_name: str
    memo: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class EntryDetail:
    id: uuid.UUID
    number: str
    on: date
    doc_type: str
    doc_label: str
    doc_number: str
    memo: str
    user_name: str
    reversal_of_number: str
    reversed_by_number: str
    lines: tuple[EntryLine, ...]
    total_debit: Decimal
    total_credit: Decimal


def entry_detail(uow: UnitOfWork, entry_id: uuid.UUID | str) -> EntryDetail:
    """One journal entry's lines and its source document (drill-down)."""
    with uow.read() as tx:
        entry = (
            tx.get(JournalEntry, entry_id)
            if isinstance(entry_id, uuid.UUID)
            else tx.scalar(select(JournalEntry).where(JournalEntry.number == entry_id))
        )
        if entry is None:
            raise NotFound(tr("No journal entry {ref}.", ref=str(entry_id)))
        names = {a.code: a.name for a in tx.scalars(select(Account))}
        customers = _names(tx, "customer", [l.party_id for l in entry.lines if l.party_kind == "customer"])
        suppliers = _names(tx, "supplier", [l.party_id for l in entry.lines if l.party_kind == "supplier"])
        lines = []
        for l in entry.lines:
            party = (
                (customers if l.party_kind == "customer" else suppliers).get(l.party_id, ("", ""))[1]
                if l.party_id
                else ""
            )
            lines.append(
                EntryLine(l.seq, l.account_code, names.get(l.account_code, ""), party, l.memo, l.debit, l.credit)
            )
        original = (
            tx.scalar(select(JournalEntry.number).where(JournalEntry.id == entry.reversal_of_id))
            if entry.reversal_of_id
            else ""
        )
        reversed_by = tx.scalar(select(JournalEntry.number).where(JournalEntry.reversal_of_id == entry.id)) or ""
        return EntryDetail(
            entry.id,
            entry.number,
            entry.on,
            entry.doc_type,
            doc_label(entry.doc_type),
            entry.doc_number,
            entry.memo,
            user_label(entry.user_name),
            original or "",
            reversed_by,
            tuple(lines),
            sum((l.debit for l in lines), ZERO_00),
            sum((l.credit for l in lines), ZERO_00),
        )


@dataclass(frozen=True)
class AllocationRow:
    id: uuid.UUID
    on: date
    debit_number: str
    credit_number: str
    amount: Decimal
    reversal: bool
    undone: Decimal
    user_name: str


def allocations_for_party(uow: UnitOfWork, *, kind: str, party_id: uuid.UUID) -> list[AllocationRow]:
    """A party's allocations (newest first), with how much of each was undone since."""
    with uow.read() as tx:
        rows = list(
            tx.scalars(
                select(Allocation)
                .where(Allocation.kind == kind, Allocation.party_id == party_id)
                .order_by(Allocation.on.desc(), Allocation.created_at.desc())
            )
        )
        numbers = {i.id: i.doc_number for i in tx.scalars(select(OpenItem).where(OpenItem.party_id == party_id))}
        undone: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO_00)
        for r in rows:
            if r.reversal_of_id:
                undone[r.reversal_of_id] -= r.amount
        return [
            AllocationRow(
                r.id,
                r.on,
                numbers.get(r.debit_item_id, ""),
                numbers.get(r.credit_item_id, ""),
                r.amount,
                r.reversal_of_id is not None,
                undone.get(r.id, ZERO_00),
                user_label(r.user_name),
            )
            for r in rows
        ]
