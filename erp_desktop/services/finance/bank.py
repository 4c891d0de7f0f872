"""Bank reconciliation (银行对账): a bank statement (xlsx or csv) is imported as lines of its bank
money account, matched to that account's money documents — automatically by amount, date and
reference, or by hand — and what only the bank knew (a fee, interest) becomes a money document
from its line. The 银行存款余额调节表 puts the two sides next to each other.

- Import is all or nothing: columns are found by their headers (Chinese or English, in any
  order); a missing column, an amount that is not a number, a date that is not a date, a line
  twice in the file or already imported — every problem is named in one message and nothing is
  written.
- A money document matches at most one statement line of its account, with the same signed
  amount. Auto-match takes the only candidate within ``MATCH_DAYS`` days (a reference in common
  decides between several).
- Reconciled for a month = no statement line of the month left unmatched, and, when the file
  gives balances, both sides of the 调节表 agree. Book items the bank has not seen yet (未达账项)
  are the reconciling items, not a problem.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ImportErrors, InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.payments import BankStatementLine, MoneyAccount, MoneyAccountKind, MoneyMove, MoneyTxn
from erp_desktop.money import ZERO
from erp_desktop.services.finance.reporting import Report
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

MATCH_DAYS = 3
ZERO_00 = Decimal("0.00")


def _columns():
    from erp_desktop.services import excel

    X = excel.XColumn
    return [
        X("on", tr("Date"), "text", aliases=("交易日期", "日期", "记账日期", "交易时间", "date")),
        X("amount", tr("Amount"), "text", aliases=("金额", "交易金额", "发生额", "amount")),
        X("income", tr("Money in"), "text", aliases=("收入", "收入金额", "贷方发生额", "贷方金额", "存入")),
        X("expense", tr("Money out"), "text", aliases=("支出", "支出金额", "借方发生额", "借方金额", "支取")),
        X(
            "counterparty",
            tr("Counterparty"),
            "text",
            aliases=("对方户名", "对方名称", "对方账户名称", "对方", "交易对方"),
        ),
        X("reference", tr("Reference"), "text", aliases=("流水号", "交易流水号", "凭证号", "参考号", "reference")),
        X("memo", tr("Memo"), "text", aliases=("摘要", "用途", "附言", "备注")),
        X("balance", tr("Balance"), "text", aliases=("余额", "账户余额", "balance")),
    ]


@dataclass(frozen=True)
class StatementLineRow:
    id: uuid.UUID
    row_no: int
    on: date
    amount: Decimal
    balance: Decimal | None
    counterparty: str
    reference: str
    memo: str
    matched_number: str  # the money document it is matched with ("" if none)
    matched_by: str


@dataclass(frozen=True)
class ImportResult:
    account_code: str
    lines: int
    matched: int


# --- reading the file ------------------------------------------------------------------------------------
def _raw_rows(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], set[str]]:
    """(row number, {key: text}) of the data rows, and the keys of the columns found."""
    from erp_desktop.services import excel

    columns = _columns()
    if path.suffix.lower() in (".csv", ".txt"):
        return _csv_rows(path, columns)
    rows = excel.read_xlsx(path, columns)
    present: set[str] = set()
    for r in rows:
        present |= set(r.values)
    return [(r.row, r.values) for r in rows], present


def _csv_rows(path: Path, columns) -> tuple[list[tuple[int, dict[str, Any]]], set[str]]:
    from erp_desktop.services import excel

    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportErrors(
            tr("The file is not readable text (csv)."), [(None, None, tr("The file is not readable text (csv)."))]
        )
    lookup = {name: c for c in columns for name in excel.header_names(c)}
    table = list(csv.reader(text.splitlines()))
    for index, header in enumerate(table[:10]):
        found = {i: lookup[_norm(cell)] for i, cell in enumerate(header) if _norm(cell) in lookup}
        if len(found) >= 2:
            rows = []
            for n, cells in enumerate(table[index + 1 :], start=index + 2):
                if not any(c.strip() for c in cells):
                    continue
                rows.append((n, {found[i].key: cells[i] for i in found if i < len(cells)}))
            return rows, {c.key for c in found.values()}
    message = tr("No header row with the statement's columns (date, amount …) in the first 10 rows.")
    raise ImportErrors(message, [(None, None, message)])


def _norm(text: str) -> str:
    import re
    import unicodedata

    return re.sub(r"[\s*_]+", "", unicodedata.normalize("NFKC", str(text)).casefold())


def _parse(rows: list[tuple[int, dict[str, Any]]], present: set[str]):
    from erp_desktop.services import excel

    problems: list[tuple[int | None, str | None, str]] = []
    if "on" not in present:
        problems.append((None, "on", tr("The column {column} is missing.", column=tr("Date"))))
    if "amount" not in present and not {"income", "expense"} & present:
        problems.append((None, "amount", tr("The column {column} is missing.", column=tr("Amount"))))
    if problems:
        return [], problems
    date_col = excel.XColumn("on", tr("Date"), "date")
    money_col = excel.XColumn("amount", tr("Amount"), "money")
    parsed = []
    for row_no, values in rows:

        def cell(key: str, column, row_no=row_no, values=values):
            value = values.get(key)
            if isinstance(value, str):
                value = value.strip().replace(",", "").replace("¥", "").replace("￥", "") or None
            try:
                return excel.convert(column, value)
            except ValueError as exc:
                problems.append((row_no, key, str(exc)))
                return None

        on = cell("on", date_col)
        if isinstance(on, datetime):
            on = on.date()
        amount = cell("amount", money_col) if "amount" in present else None
        income = cell("income", money_col) if "income" in present else None
        expense = cell("expense", money_col) if "expense" in present else None
        if amount is None and (income or expense):
            amount = (income or ZERO) - (expense or ZERO)
        balance = cell("balance", money_col) if "balance" in present else None
        if on is None and not any(p[0] == row_no and p[1] == "on" for p in problems):
            problems.append((row_no, "on", tr("Enter a date.")))
        if not amount and not any(p[0] == row_no for p in problems):
            problems.append((row_no, "amount", tr("Enter an amount other than zero.")))
        parsed.append(
            {
                "row_no": row_no,
                "on": on,
                "amount": amount,
                "balance": balance,
                "counterparty": (values.get("counterparty") or "").strip()[:120],
                "reference": (values.get("reference") or "").strip()[:80],
                "memo": (values.get("memo") or "").strip()[:300],
            }
        )
    return parsed, problems


def _money_account(tx: Session, ref: uuid.UUID | str) -> MoneyAccount:
    account = (
        tx.get(MoneyAccount, ref)
        if isinstance(ref, uuid.UUID)
        else tx.scalar(select(MoneyAccount).where(MoneyAccount.code == str(ref).strip()))
    )
    if account is None:
        raise NotFound(tr("No money account {code}.", code=str(ref)))
    if account.kind != MoneyAccountKind.BANK.value:
        raise ValidationError(tr("{code} is not a bank account.", code=account.code), field="account")
    return account


def import_statement(uow: UnitOfWork, account: uuid.UUID | str, path: str | Path, *, auto: bool = True) -> ImportResult:
    """Import a bank statement file into a bank money account's statement lines, then auto-match.
    Raises ImportErrors (every problem of the file at once; nothing written), NotFound, ValidationError."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(tr("No file {name}.", name=str(path)), field="path")
    rows, present = _raw_rows(path)
    parsed, problems = _parse(rows, present)
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        money = _money_account(tx, account)
        seen: dict[tuple, int] = {}
        existing = {
            (l.on, l.amount, l.reference, l.counterparty)
            for l in tx.scalars(select(BankStatementLine).where(BankStatementLine.account_id == money.id))
        }
        for p in parsed:
            key = (p["on"], p["amount"], p["reference"], p["counterparty"])
            if p["on"] is None or p["amount"] is None:
                continue
            if key in seen:
                problems.append((p["row_no"], None, tr("The same line as row {row}.", row=seen[key])))
            elif key in existing:
                problems.append((p["row_no"], None, tr("This line was imported before.")))
            seen.setdefault(key, p["row_no"])
        if problems:
            problems.sort(key=lambda p: p[0] or 0)
            listing = "\n".join(
                f"- {tr('row {row}', row=r) if r else tr('the file')}{f' ({f})' if f else ''}: {m}"
                for r, f, m in problems[:50]
            )
            raise ImportErrors(
                tr(
                    "The statement {name} was not imported ({count} problems):\n{problems}",
                    name=path.name,
                    count=len(problems),
                    problems=listing,
                ),
                problems,
            )
        batch = f"{path.name} {datetime.now():%Y-%m-%d %H:%M}"[:80]
        for p in parsed:
            tx.add(BankStatementLine(account_id=money.id, batch=batch, matched_by="", **p))
        tx.flush()
        matched = auto_match_tx(tx, money.id) if auto else 0
        audit.record(tx, "import", "bank_statement", money.id, summary=f"{money.code} {path.name}: {len(parsed)}")
        return ImportResult(money.code, len(parsed), matched)


# --- matching --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Move:
    txn_id: uuid.UUID
    number: str
    reference: str
    on: date
    amount: Decimal


def _unmatched_moves(tx: Session, account_id: uuid.UUID, *, until: date | None = None) -> list[_Move]:
    matched = select(BankStatementLine.matched_txn_id).where(
        BankStatementLine.account_id == account_id, BankStatementLine.matched_txn_id.is_not(None)
    )
    stmt = (
        select(MoneyMove.txn_id, MoneyTxn.number, MoneyTxn.reference, MoneyMove.on, sum_of(MoneyMove.amount))
        .join(MoneyTxn, MoneyTxn.id == MoneyMove.txn_id)
        .where(MoneyMove.account_id == account_id, MoneyMove.txn_id.not_in(matched))
        .group_by(MoneyMove.txn_id, MoneyTxn.number, MoneyTxn.reference, MoneyMove.on)
        .order_by(MoneyMove.on, MoneyTxn.number)
    )
    if until is not None:
        stmt = stmt.where(MoneyMove.on <= until)
    return [_Move(t, n, r or "", on, a) for t, n, r, on, a in tx.execute(stmt) if a]


def auto_match_tx(tx: Session, account_id: uuid.UUID) -> int:
    lines = tx.scalars(
        select(BankStatementLine)
        .where(BankStatementLine.account_id == account_id, BankStatementLine.matched_txn_id.is_(None))
        .order_by(BankStatementLine.on, BankStatementLine.row_no)
    ).all()
    moves = _unmatched_moves(tx, account_id)
    matched = 0
    for line in lines:
        same = [m for m in moves if m.amount == line.amount and abs((m.on - line.on).days) <= MATCH_DAYS]
        ref = line.reference.strip()
        if ref:
            by_ref = [
                m
                for m in same
                if (m.reference and (m.reference == ref or m.reference in ref or ref in m.reference)) or ref in m.number
            ]
            if by_ref:
                same = by_ref
        if len(same) > 1:  # the nearest date decides when it is the only one that near
            best = min(abs((m.on - line.on).days) for m in same)
            same = [m for m in same if abs((m.on - line.on).days) == best]
        if len(same) == 1:
            line.matched_txn_id, line.matched_by = same[0].txn_id, "auto"
            moves.remove(same[0])
            matched += 1
    tx.flush()
    return matched


def auto_match(uow: UnitOfWork, account: uuid.UUID | str) -> int:
    """Match what can be matched without a doubt. Returns how many lines were matched."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        return auto_match_tx(tx, _money_account(tx, account).id)


def _line(tx: Session, line_id: uuid.UUID | str) -> BankStatementLine:
    try:
        key = line_id if isinstance(line_id, uuid.UUID) else uuid.UUID(str(line_id))
    except ValueError:
        key = None
    line = tx.get(BankStatementLine, key) if key else None
    if line is None:
        raise NotFound(tr("No statement line {ref}.", ref=str(line_id)))
    return line


def match_line(uow: UnitOfWork, line_id: uuid.UUID | str, txn: uuid.UUID | str) -> StatementLineRow:
    """Match a statement line by hand with a money document (id or number) of the same account and
    amount. Raises NotFound, InvalidTransition (already matched), ValidationError (amount, account)."""
    from erp_desktop.services.finance.money import get_money_txn_tx

    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        line = _line(tx, line_id)
        if line.matched_txn_id is not None:
            raise InvalidTransition(tr("The line is already matched; un-match it first."))
        doc = get_money_txn_tx(tx, txn)
        moved = tx.execute(
            select(sum_of(MoneyMove.amount)).where(MoneyMove.txn_id == doc.id, MoneyMove.account_id == line.account_id)
        ).scalar_one()
        if moved != line.amount:
            raise ValidationError(
                tr(
                    "{number} moves {moved} on this account; the line is {amount}.",
                    number=doc.number,
                    moved=f"{moved:,.2f}",
                    amount=f"{line.amount:,.2f}",
                ),
                field="txn",
            )
        taken = tx.scalar(
            select(func.count())
            .select_from(BankStatementLine)
            .where(BankStatementLine.account_id == line.account_id, BankStatementLine.matched_txn_id == doc.id)
        )
        if taken:
            raise InvalidTransition(tr("{number} is already matched with another line.", number=doc.number))
        line.matched_txn_id, line.matched_by = doc.id, "hand"
        tx.flush()
        return _line_row(line, doc.number)


def unmatch_line(uow: UnitOfWork, line_id: uuid.UUID | str) -> None:
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        line = _line(tx, line_id)
        line.matched_txn_id, line.matched_by = None, ""
        tx.flush()


def record_line(uow: UnitOfWork, line_id: uuid.UUID | str, *, counter_account: str, memo: str = "") -> StatementLineRow:
    """Make the money document a statement line shows and the books lack — a bank fee (money out:
    other expense) or interest (money in: other income) — dated as the line, and match it, in one
    transaction. Raises NotFound, InvalidTransition, ValidationError, PeriodClosed."""
    from erp_desktop.services.finance.money import record_other_tx

    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        line = _line(tx, line_id)
        if line.matched_txn_id is not None:
            raise InvalidTransition(tr("The line is already matched; un-match it first."))
        result = record_other_tx(
            tx,
            kind="income" if line.amount > 0 else "expense",
            account_id=line.account_id,
            counter_account=counter_account,
            amount=abs(line.amount),
            on=line.on,
            method="转账",
            reference=line.reference,
            memo=memo or line.memo or line.counterparty,
        )
        line.matched_txn_id, line.matched_by = result.id, "created"
        tx.flush()
        return _line_row(line, result.number)


def fee_account(uow: UnitOfWork) -> str:
    """The account a bank fee or interest usually goes to (财务费用, found by role)."""
    from erp_desktop.services.finance.chart import account_for

    with uow.read() as tx:
        return account_for(tx, "finance_expense")


def _line_row(line: BankStatementLine, number: str) -> StatementLineRow:
    return StatementLineRow(
        line.id,
        line.row_no,
        line.on,
        line.amount,
        line.balance,
        line.counterparty,
        line.reference,
        line.memo,
        number,
        line.matched_by,
    )


def statement_lines(
    uow: UnitOfWork, account: uuid.UUID | str, *, start: date | None = None, end: date | None = None
) -> list[StatementLineRow]:
    """A bank account's statement lines (with what each is matched with), by date."""
    with uow.read() as tx:
        money = _money_account(tx, account)
        stmt = select(BankStatementLine, MoneyTxn.number).outerjoin(
            MoneyTxn, MoneyTxn.id == BankStatementLine.matched_txn_id
        )
        stmt = stmt.where(BankStatementLine.account_id == money.id)
        if start:
            stmt = stmt.where(BankStatementLine.on >= start)
        if end:
            stmt = stmt.where(BankStatementLine.on <= end)
        return [
            _line_row(l, n or "") for l, n in tx.execute(stmt.order_by(BankStatementLine.on, BankStatementLine.row_no))
        ]


# --- the 银行存款余额调节表 ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReconItem:
    on: date
    text: str
    amount: Decimal


@dataclass(frozen=True)
class Reconciliation:
    account_code: str
    account_name: str
    as_of: date
    book_balance: Decimal  # 企业银行存款日记账余额
    bank_balance: Decimal | None  # 银行对账单余额 (None: the file gave no balances)
    bank_in_not_books: tuple[ReconItem, ...]  # 银行已收、企业未收
    bank_out_not_books: tuple[ReconItem, ...]  # 银行已付、企业未付
    books_in_not_bank: tuple[ReconItem, ...]  # 企业已收、银行未收
    books_out_not_bank: tuple[ReconItem, ...]  # 企业已付、银行未付

    @property
    def adjusted_books(self) -> Decimal:
        return self.book_balance + _sum(self.bank_in_not_books) - _sum(self.bank_out_not_books)

    @property
    def adjusted_bank(self) -> Decimal | None:
        if self.bank_balance is None:
            return None
        return self.bank_balance + _sum(self.books_in_not_bank) - _sum(self.books_out_not_bank)

    @property
    def balanced(self) -> bool:
        return self.adjusted_bank is None or self.adjusted_bank == self.adjusted_books

    def as_report(self) -> Report:
        rows: list[tuple] = [
            (tr("Balance per books"), self.book_balance, tr("Balance per bank statement"), self.bank_balance)
        ]
        left = [(tr("Add: received by the bank, not in the books"), None)] + [
            (f"　{i.on} {i.text}", i.amount) for i in self.bank_in_not_books
        ]
        left += [(tr("Less: paid by the bank, not in the books"), None)] + [
            (f"　{i.on} {i.text}", i.amount) for i in self.bank_out_not_books
        ]
        right = [(tr("Add: received in the books, not by the bank"), None)] + [
            (f"　{i.on} {i.text}", i.amount) for i in self.books_in_not_bank
        ]
        right += [(tr("Less: paid in the books, not by the bank"), None)] + [
            (f"　{i.on} {i.text}", i.amount) for i in self.books_out_not_bank
        ]
        for n in range(max(len(left), len(right))):
            a = left[n] if n < len(left) else ("", None)
            b = right[n] if n < len(right) else ("", None)
            rows.append((a[0], a[1], b[0], b[1]))
        rows.append((tr("Adjusted balance"), self.adjusted_books, tr("Adjusted balance"), self.adjusted_bank))
        return Report(
            title=tr("Bank reconciliation (银行存款余额调节表)"),
            subtitle=f"{self.account_code} {self.account_name}　{self.as_of.isoformat()}",
            headers=(tr("Books"), tr("Amount"), tr("Bank"), tr("Amount")),
            rows=tuple(rows),
            widths=(3, 1.2, 3, 1.2),
            numeric_from=1,
            bold_rows=(0, len(rows) - 1),
            notes=(
                tr("The two adjusted balances agree.") if self.balanced else tr("The adjusted balances DO NOT agree."),
            ),
        )


def _sum(items: Sequence[ReconItem]) -> Decimal:
    return sum((i.amount for i in items), ZERO_00)


def reconciliation_tx(tx: Session, money: MoneyAccount, as_of: date) -> Reconciliation:
    book = tx.execute(
        select(sum_of(MoneyMove.amount)).where(MoneyMove.account_id == money.id, MoneyMove.on <= as_of)
    ).scalar_one()
    lines = tx.scalars(
        select(BankStatementLine)
        .where(BankStatementLine.account_id == money.id, BankStatementLine.on <= as_of)
        .order_by(BankStatementLine.on, BankStatementLine.row_no)
    ).all()
    with_balance = [l for l in lines if l.balance is not None]
    bank_balance = with_balance[-1].balance if with_balance else None
    open_lines = [l for l in lines if l.matched_txn_id is None]
    first = lines[0].on if lines else as_of
    moves = [m for m in _unmatched_moves(tx, money.id, until=as_of) if m.on >= first]

    def item(l: BankStatementLine) -> ReconItem:
        return ReconItem(l.on, " ".join(p for p in (l.counterparty, l.memo, l.reference) if p), abs(l.amount))

    return Reconciliation(
        money.code,
        money.name,
        as_of,
        book,
        bank_balance,
        tuple(item(l) for l in open_lines if l.amount > 0),
        tuple(item(l) for l in open_lines if l.amount < 0),
        tuple(ReconItem(m.on, m.number, m.amount) for m in moves if m.amount > 0),
        tuple(ReconItem(m.on, m.number, -m.amount) for m in moves if m.amount < 0),
    )


def reconciliation(uow: UnitOfWork, account: uuid.UUID | str, *, as_of: date) -> Reconciliation:
    """The 银行存款余额调节表 of a bank account at ``as_of``."""
    with uow.read() as tx:
        return reconciliation_tx(tx, _money_account(tx, account), as_of)


def reconciliation_problems(tx: Session, start: date, end: date) -> tuple[list[str], list[str]]:
    """For the month's close: (bank accounts not reconciled, bank accounts without a statement of the month)."""
    unreconciled, missing = [], []
    accounts = tx.scalars(
        select(MoneyAccount)
        .where(MoneyAccount.kind == MoneyAccountKind.BANK.value, MoneyAccount.active.is_(True))
        .order_by(MoneyAccount.code)
    ).all()
    for money in accounts:
        in_month = tx.scalar(
            select(func.count())
            .select_from(BankStatementLine)
            .where(BankStatementLine.account_id == money.id, BankStatementLine.on >= start, BankStatementLine.on <= end)
        )
        if not in_month:
            missing.append(f"{money.code} {money.name}")
            continue
        open_lines = tx.scalar(
            select(func.count())
            .select_from(BankStatementLine)
            .where(
                BankStatementLine.account_id == money.id,
                BankStatementLine.on >= start,
                BankStatementLine.on <= end,
                BankStatementLine.matched_txn_id.is_(None),
            )
        )
        if open_lines:
            unreconciled.append(tr("{code}: {count} statement lines not matched", code=money.code, count=open_lines))
        elif not reconciliation_tx(tx, money, end).balanced:
            unreconciled.append(tr("{code}: the adjusted balances do not agree", code=money.code))
    return unreconciled, missing
