"""Vouchers (记账凭证): every journal entry is one, numbered 记-0001 … per month; the voucher list
with its filters, one voucher's detail (drill-down to the business document) and manual vouchers
entered from reusable templates (常用凭证: depreciation, wages, interest).

- A manual voucher balances or is refused, uses only active leaf accounts and never falls in a
  closed month (``books.post_manual_entry``); it is corrected by a reversing voucher.
- A template is a row (``VoucherTemplate``): its lines name accounts and sides, amounts may be left
  empty and are filled in when the voucher is entered. The shop starts with three, built on the
  accounts found by role (``chart.account_for``), never on written-in codes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import String, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, JournalEntry, JournalLine, VoucherTemplate
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.finance.books import EntryResult, ManualLine, post_manual_entry
from erp_desktop.services.finance.chart import ACCOUNT_NAMESPACE, account_for
from erp_desktop.services.finance.queries import _names, doc_label
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

ZERO_00 = Decimal("0.00")
_JE = JournalEntry.__table__.c
SOURCE_KINDS = {
    "MJ": N_("Manual voucher"),
    "CF": N_("Carry-forward (结转损益)"),
}


def source_label(doc_type: str) -> str:
    return tr(SOURCE_KINDS[doc_type]) if doc_type in SOURCE_KINDS else doc_label(doc_type)


def period_label(period: int) -> str:
    return f"{period // 100}-{period % 100:02d}" if period else ""


def parse_period(text: str) -> int:
    """'2026-10' → 202610. Raises ValidationError."""
    try:
        year, month = (int(p) for p in str(text).strip().split("-")[:2])
        date(year, month, 1)
    except ValueError:
        raise ValidationError(tr("Write the month as YYYY-MM, e.g. 2026-10."), field="period") from None
    return year * 100 + month


# --- the voucher list ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class VoucherRow:
    id: uuid.UUID
    period: str  # 2026-10
    voucher_no: str  # 记-0001
    on: date
    number: str  # the entry's JE number
    doc_type: str
    source: str  # the source kind, in words
    doc_number: str
    memo: str
    total: Decimal
    user_name: str
    reversal_of_id: uuid.UUID | None

    @property
    def label(self) -> str:
        return f"{self.period} {self.voucher_no}"


def list_vouchers(uow: UnitOfWork, query: ListQuery) -> Page[VoucherRow]:
    """Vouchers in voucher order (month, then number). Search: voucher number, entry number,
    document number, memo. Filters: ``period`` ("2026-10"), ``start``/``end`` (dates), ``account``
    (a code: vouchers with a line on it or on a sub-account), ``doc_type`` (source kind, or a list)."""
    total = (
        select(sum_of(JournalLine.debit))
        .where(JournalLine.entry_id == JournalEntry.id)
        .correlate(JournalEntry)
        .scalar_subquery()
    )
    stmt = select(JournalEntry, total.label("total"))
    f = query.filters
    if f.get("period"):
        stmt = stmt.where(JournalEntry.voucher_period == parse_period(f["period"]))
    if f.get("start"):
        stmt = stmt.where(JournalEntry.on >= f["start"])
    if f.get("end"):
        stmt = stmt.where(JournalEntry.on <= f["end"])
    if f.get("doc_type"):
        kinds = f["doc_type"]
        stmt = stmt.where(JournalEntry.doc_type.in_([kinds] if isinstance(kinds, str) else list(kinds)))
    if f.get("account"):
        code = str(f["account"]).strip()
        stmt = stmt.where(
            exists().where(
                JournalLine.entry_id == JournalEntry.id,
                or_(JournalLine.account_code == code, JournalLine.account_code.like(code.replace(".", "") + "%")),
            )
        )
    if query.search.strip():
        p = like_pattern(query.search)
        stmt = stmt.where(
            or_(
                JournalEntry.voucher_no.like(p, escape="\\"),
                JournalEntry.number.like(p, escape="\\"),
                JournalEntry.doc_number.like(p, escape="\\"),
                JournalEntry.memo.like(p, escape="\\"),
            )
        )
    voucher_key = cast(JournalEntry.voucher_period, String) + JournalEntry.voucher_no

    def to_row(r) -> VoucherRow:
        e = r[0]
        return VoucherRow(
            e.id,
            period_label(e.voucher_period),
            e.voucher_no,
            e.on,
            e.number,
            e.doc_type,
            source_label(e.doc_type),
            e.doc_number,
            e.memo,
            r.total,
            e.user_name,
            e.reversal_of_id,
        )

    with uow.read() as tx:
        return keyset_page(
            tx,
            stmt,
            sort_columns={"voucher": voucher_key, "on": _JE.on, "doc_number": _JE.doc_number},
            default_sort="voucher",
            id_column=_JE.id,
            query=query,
            to_row=to_row,
        )


# --- one voucher ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VoucherLine:
    seq: int
    memo: str
    account_code: str
    account_name: str  # with its parents: 应交税费-应交增值税-进项税额
    party_name: str
    debit: Decimal
    credit: Decimal


@dataclass(frozen=True)
class VoucherDetail:
    id: uuid.UUID
    period: str
    voucher_no: str
    on: date
    number: str
    doc_type: str
    source: str
    doc_id: uuid.UUID | None
    doc_number: str
    memo: str
    user_name: str
    reversal_of: str  # the voucher this one reverses ("2026-10 记-0003")
    reversed_by: str
    lines: tuple[VoucherLine, ...]
    total_debit: Decimal
    total_credit: Decimal

    @property
    def label(self) -> str:
        return f"{self.period} {self.voucher_no}"


def find_entry(tx: Session, ref: uuid.UUID | str) -> JournalEntry:
    """A voucher by id, entry number (JE-…), or "2026-10 记-0001". Raises NotFound."""
    entry = None
    if isinstance(ref, uuid.UUID):
        entry = tx.get(JournalEntry, ref)
    else:
        text = str(ref).strip()
        parts = text.split()
        if len(parts) == 2 and "-" in parts[0]:
            try:
                period = parse_period(parts[0])
            except ValidationError:
                period = 0
            entry = tx.scalar(
                select(JournalEntry).where(JournalEntry.voucher_period == period, JournalEntry.voucher_no == parts[1])
            )
        if entry is None:
            entry = tx.scalar(select(JournalEntry).where(JournalEntry.number == text))
        if entry is None:
            try:
                entry = tx.get(JournalEntry, uuid.UUID(text))
            except ValueError:
                entry = None
    if entry is None:
        raise NotFound(tr("No voucher {ref}.", ref=str(ref)))
    return entry


def account_names(tx: Session) -> dict[str, str]:
    """Code → full name with its parents (应交税费-应交增值税 …), as a voucher shows it."""
    rows = {a.code: (a.name, a.parent_code) for a in tx.scalars(select(Account))}
    full: dict[str, str] = {}
    for code, (name, parent) in rows.items():
        parts, seen = [name], {code}
        while parent and parent in rows and parent not in seen:
            seen.add(parent)
            pname, parent_next = rows[parent]
            if not name.startswith(pname):
                parts.insert(0, pname)
            parent = parent_next
        full[code] = "-".join(parts)
    return full


def _voucher_detail_tx(tx: Session, entry: JournalEntry) -> VoucherDetail:
    names = account_names(tx)
    customers = _names(tx, "customer", [l.party_id for l in entry.lines if l.party_kind == "customer"])
    suppliers = _names(tx, "supplier", [l.party_id for l in entry.lines if l.party_kind == "supplier"])
    lines = []
    for l in entry.lines:
        party = ""
        if l.party_id:
            party = (customers if l.party_kind == "customer" else suppliers).get(l.party_id, ("", ""))[1]
        lines.append(
            VoucherLine(l.seq, l.memo, l.account_code, names.get(l.account_code, ""), party, l.debit, l.credit)
        )

    def label_of(e: JournalEntry | None) -> str:
        return f"{period_label(e.voucher_period)} {e.voucher_no}" if e is not None else ""

    original = tx.get(JournalEntry, entry.reversal_of_id) if entry.reversal_of_id else None
    reversed_by = tx.scalar(select(JournalEntry).where(JournalEntry.reversal_of_id == entry.id).limit(1))
    return VoucherDetail(
        entry.id,
        period_label(entry.voucher_period),
        entry.voucher_no,
        entry.on,
        entry.number,
        entry.doc_type,
        source_label(entry.doc_type),
        entry.doc_id,
        entry.doc_number,
        entry.memo,
        entry.user_name,
        label_of(original),
        label_of(reversed_by),
        tuple(lines),
        sum((l.debit for l in lines), ZERO_00),
        sum((l.credit for l in lines), ZERO_00),
    )


def voucher_detail(uow: UnitOfWork, ref: uuid.UUID | str) -> VoucherDetail:
    """One voucher with its lines (account names in full) and its source document. Raises NotFound."""
    with uow.read() as tx:
        return _voucher_detail_tx(tx, find_entry(tx, ref))


def vouchers_of_period(uow: UnitOfWork, period: str) -> list[VoucherDetail]:
    """Every voucher of a month, in voucher order (for printing the month's vouchers)."""
    key = parse_period(period)
    with uow.read() as tx:
        entries = tx.scalars(
            select(JournalEntry).where(JournalEntry.voucher_period == key).order_by(JournalEntry.voucher_no)
        ).all()
        return [_voucher_detail_tx(tx, e) for e in entries]


# --- manual vouchers and templates ---------------------------------------------------------------------
def post_voucher(uow: UnitOfWork, *, on: date, lines: list[ManualLine], memo: str) -> EntryResult:
    """Enter a manual voucher (an event no business document covers). Balanced or refused; only
    active leaf accounts; never into a closed month. Raises ValidationError, UnbalancedEntry, PeriodClosed."""
    return post_manual_entry(uow, on=on, lines=lines, memo=memo)


@dataclass(frozen=True)
class TemplateLine:
    account_code: str
    side: str  # debit | credit
    amount: Decimal | None  # None: asked for when the voucher is entered
    memo: str = ""


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    name: str
    memo: str
    lines: tuple[TemplateLine, ...]
    active: bool


DEFAULT_TEMPLATES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    # name, memo, (role, side) per line — the accounts are found by role when the shop seeds them
    (
        N_("Depreciation"),
        N_("Depreciation of fixed assets for the month"),
        (("admin_expense", "debit"), ("accumulated_depreciation", "credit")),
    ),
    (N_("Wages"), N_("Wages accrued for the month"), (("admin_expense", "debit"), ("payroll_payable", "credit"))),
    (
        N_("Interest"),
        N_("Loan interest accrued for the month"),
        (("finance_expense", "debit"), ("interest_payable", "credit")),
    ),
)


def _template_row(t: VoucherTemplate) -> TemplateRow:
    lines = tuple(
        TemplateLine(
            l.get("account_code", ""),
            l.get("side", "debit"),
            to_decimal(l["amount"]) if l.get("amount") not in (None, "") else None,
            l.get("memo", ""),
        )
        for l in (t.lines or [])
    )
    return TemplateRow(t.id, t.name, t.memo, lines, t.active)


def ensure_default_templates(tx: Session) -> int:
    """Add the three starting templates when the shop has no template yet. Returns how many."""
    if tx.scalar(select(func.count()).select_from(VoucherTemplate)):
        return 0
    for name, memo, roles in DEFAULT_TEMPLATES:
        lines = [
            {"account_code": account_for(tx, role, create=True), "side": side, "amount": "", "memo": ""}
            for role, side in roles
        ]
        # the same id on every PC: two PCs that both add the starting templates offline merge
        # into one row each instead of clashing on the unique name
        template_id = uuid.uuid5(ACCOUNT_NAMESPACE, f"voucher-template:{name}")
        tx.add(VoucherTemplate(id=template_id, name=tr(name), memo=tr(memo), lines=lines, active=True))
    tx.flush()
    return len(DEFAULT_TEMPLATES)


def list_templates(uow: UnitOfWork, *, active_only: bool = True) -> list[TemplateRow]:
    """The shop's voucher templates by name (the starting three are added on first use)."""
    with uow.read() as tx:
        empty = not tx.scalar(select(func.count()).select_from(VoucherTemplate))
    if empty:
        with uow.write() as tx:
            ensure_default_templates(tx)
    with uow.read() as tx:
        stmt = select(VoucherTemplate).order_by(VoucherTemplate.name)
        if active_only:
            stmt = stmt.where(VoucherTemplate.active.is_(True))
        return [_template_row(t) for t in tx.scalars(stmt)]


def _template_lines(tx: Session, lines: list[TemplateLine]) -> list[dict[str, str]]:
    if len(lines) < 2:
        raise ValidationError(tr("A template needs at least two lines."), field="lines")
    known = {a.code: a for a in tx.scalars(select(Account))}
    out = []
    for n, line in enumerate(lines, start=1):
        if line.account_code not in known or not known[line.account_code].active:
            raise ValidationError(
                tr("Line {n}: no active account {code}.", n=n, code=line.account_code), field="lines", row=n
            )
        if line.side not in ("debit", "credit"):
            raise ValidationError(tr("Line {n}: the side is debit or credit.", n=n), field="lines", row=n)
        if line.amount is not None and (money(line.amount) != line.amount or line.amount < ZERO):
            raise ValidationError(tr("Amounts are positive, in cents."), field="lines", row=n)
        out.append(
            {
                "account_code": line.account_code,
                "side": line.side,
                "amount": "" if line.amount is None else str(line.amount),
                "memo": line.memo,
            }
        )
    sides = {l["side"] for l in out}
    if sides != {"debit", "credit"}:
        raise ValidationError(tr("A template needs a debit line and a credit line."), field="lines")
    return out


def save_template(
    uow: UnitOfWork, *, name: str, memo: str, lines: list[TemplateLine], active: bool = True
) -> TemplateRow:
    """Add a template, or change the one with this name. Raises ValidationError."""
    name = name.strip()
    if not name:
        raise ValidationError(tr("Enter a name."), field="name")
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        stored = _template_lines(tx, lines)
        template = tx.scalar(select(VoucherTemplate).where(VoucherTemplate.name == name))
        if template is None:
            template = VoucherTemplate(name=name, memo=memo.strip(), lines=stored, active=active)
            tx.add(template)
            action = "create"
        else:
            template.memo, template.lines, template.active = memo.strip(), stored, active
            action = "update"
        tx.flush()
        audit.record(tx, action, "voucher_template", template.id, summary=name)
        return _template_row(template)


def add_template(uow: UnitOfWork, *, name: str, memo: str, lines: list[TemplateLine]) -> TemplateRow:
    """Add a new template. Raises Duplicate, ValidationError."""
    with uow.read() as tx:
        if tx.scalar(select(VoucherTemplate.id).where(VoucherTemplate.name == name.strip())) is not None:
            raise Duplicate(tr("A template {name} already exists.", name=name.strip()), field="name")
    return save_template(uow, name=name, memo=memo, lines=lines)


def post_from_template(
    uow: UnitOfWork,
    template: str,
    *,
    on: date,
    amount: Decimal | None = None,
    amounts: list[Decimal] | None = None,
    memo: str = "",
) -> EntryResult:
    """Enter a voucher from a template: lines without an amount take ``amounts`` in order, or
    ``amount`` for every one. Raises NotFound, ValidationError, UnbalancedEntry, PeriodClosed."""
    rows = {t.name: t for t in list_templates(uow, active_only=True)}
    row = rows.get(template.strip())
    if row is None:
        raise NotFound(tr("No voucher template {name}.", name=template))
    fill = list(amounts or [])
    lines = []
    for n, line in enumerate(row.lines, start=1):
        value = line.amount
        if value is None:
            if fill:
                value = fill.pop(0)
            elif amount is not None:
                value = amount
            else:
                raise ValidationError(tr("Line {n} of the template needs an amount.", n=n), field="amount", row=n)
        value = to_decimal(value)
        lines.append(
            ManualLine(
                line.account_code,
                debit=value if line.side == "debit" else ZERO,
                credit=value if line.side == "credit" else ZERO,
                memo=line.memo,
            )
        )
    return post_manual_entry(uow, on=on, lines=lines, memo=memo.strip() or row.memo or row.name)
