"""The seeded chart of accounts for a Chinese small business (小企业会计准则), editable later
by the owner; the accounts postings use are marked ``system`` and cannot be removed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.finance import Account, AccountKind
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.journal import Accounts as A
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

# code, 中文名, English name, kind, parent
CHART: list[tuple[str, str, str, AccountKind, str | None]] = [
    (A.CASH, "库存现金", "Cash on hand", AccountKind.ASSET, None),
    (A.BANK, "银行存款", "Bank deposits", AccountKind.ASSET, None),
    (A.RECEIVABLE, "应收账款", "Accounts receivable", AccountKind.ASSET, None),
    (A.PREPAID, "预付账款", "Prepayments to suppliers", AccountKind.ASSET, None),
    ("1221", "其他应收款", "Other receivables", AccountKind.ASSET, None),
    (A.INVENTORY, "库存商品", "Merchandise inventory", AccountKind.ASSET, None),
    ("1601", "固定资产", "Fixed assets", AccountKind.ASSET, None),
    (A.PENDING_LOSS, "待处理财产损溢", "Stock count gains and losses pending", AccountKind.ASSET, None),
    ("2001", "短期借款", "Short-term loans", AccountKind.LIABILITY, None),
    (A.PAYABLE, "应付账款", "Accounts payable", AccountKind.LIABILITY, None),
    (A.ADVANCE_RECEIVED, "预收账款", "Advances from customers", AccountKind.LIABILITY, None),
    ("2211", "应付职工薪酬", "Payroll payable", AccountKind.LIABILITY, None),
    ("2221", "应交税费", "Taxes payable", AccountKind.LIABILITY, None),
    ("2221.01", "应交税费-应交增值税", "VAT payable", AccountKind.LIABILITY, "2221"),
    (A.INPUT_VAT, "应交增值税-进项税额", "Input VAT", AccountKind.LIABILITY, "2221"),
    (A.OUTPUT_VAT, "应交增值税-销项税额", "Output VAT", AccountKind.LIABILITY, "2221"),
    ("2241", "其他应付款", "Other payables", AccountKind.LIABILITY, None),
    (A.CAPITAL, "实收资本", "Paid-in capital", AccountKind.EQUITY, None),
    ("3103", "本年利润", "Current year profit", AccountKind.EQUITY, None),
    (A.RETAINED, "利润分配", "Retained earnings", AccountKind.EQUITY, None),
    (A.OPENING, "期初余额调整", "Opening balance equity", AccountKind.EQUITY, None),
    (A.REVENUE, "主营业务收入", "Sales revenue", AccountKind.REVENUE, None),
    ("5051", "其他业务收入", "Other operating income", AccountKind.REVENUE, None),
    (A.OTHER_INCOME, "营业外收入", "Non-operating income", AccountKind.REVENUE, None),
    (A.COGS, "主营业务成本", "Cost of goods sold", AccountKind.EXPENSE, None),
    ("5403", "税金及附加", "Taxes and surcharges", AccountKind.EXPENSE, None),
    (A.SELLING_EXPENSE, "销售费用", "Selling expenses", AccountKind.EXPENSE, None),
    (A.ADMIN_EXPENSE, "管理费用", "Administrative expenses", AccountKind.EXPENSE, None),
    ("5603", "财务费用", "Finance costs", AccountKind.EXPENSE, None),
    (A.OTHER_EXPENSE, "营业外支出", "Non-operating expenses", AccountKind.EXPENSE, None),
]
SYSTEM_CODES = {value for name, value in vars(A).items() if name.isupper()}


def seed_chart(tx: Session) -> int:
    """Add any missing seeded account (idempotent). Returns how many were added."""
    existing = set(tx.scalars(select(Account.code)))
    added = 0
    for code, name, name_en, kind, parent in CHART:
        if code not in existing:
            tx.add(
                Account(
                    code=code,
                    name=name,
                    name_en=name_en,
                    kind=kind.value,
                    parent_code=parent,
                    system=code in SYSTEM_CODES,
                )
            )
            added += 1
    tx.flush()
    return added


# --- accounts by role ---------------------------------------------------------------------------------
# The accounts month-end work needs, by what they do: the first code that exists in the shop's chart
# wins (a renumbered chart keeps working), else the account is added under that first code when the
# caller may create it. New code asks ``account_for(tx, role)`` instead of writing a code.
ROLES: dict[str, tuple[tuple[str, ...], str, str, AccountKind, str | None]] = {
    "current_year_profit": (("3103",), "本年利润", "Current year profit", AccountKind.EQUITY, None),
    "undistributed_profit": (
        ("310415", A.RETAINED),
        "利润分配-未分配利润",
        "Undistributed profit",
        AccountKind.EQUITY,
        None,
    ),
    "pending_loss": ((A.PENDING_LOSS,), "待处理财产损溢", "Pending gains and losses", AccountKind.ASSET, None),
    "admin_expense": ((A.ADMIN_EXPENSE,), "管理费用", "Administrative expenses", AccountKind.EXPENSE, None),
    "selling_expense": ((A.SELLING_EXPENSE,), "销售费用", "Selling expenses", AccountKind.EXPENSE, None),
    "finance_expense": (("5603",), "财务费用", "Finance costs", AccountKind.EXPENSE, None),
    "payroll_payable": (("2211",), "应付职工薪酬", "Payroll payable", AccountKind.LIABILITY, None),
    "interest_payable": (("2231",), "应付利息", "Interest payable", AccountKind.LIABILITY, None),
    "accumulated_depreciation": (("1602",), "累计折旧", "Accumulated depreciation", AccountKind.ASSET, None),
}


def account_for(tx: Session, role: str, *, create: bool = False) -> str:
    """The code of the account playing ``role`` (``ROLES``). Raises NotFound when the chart has
    none and ``create`` is false; with ``create`` the account is added under the role's first code."""
    codes, name, name_en, kind, parent = ROLES[role]
    existing = set(tx.scalars(select(Account.code).where(Account.code.in_(codes))))
    for code in codes:
        if code in existing:
            return code
    if not create:
        raise NotFound(tr("The chart has no account for {role} ({code}).", role=role, code=codes[0]))
    tx.add(Account(code=codes[0], name=name, name_en=name_en, kind=kind.value, parent_code=parent, system=True))
    tx.flush()
    return codes[0]


def leaf_codes(tx: Session) -> set[str]:
    """Codes of accounts with no sub-account (only those are posted to)."""
    parents = {p for p in tx.scalars(select(Account.parent_code).where(Account.parent_code.is_not(None)))}
    return {c for c in tx.scalars(select(Account.code)) if c not in parents}


# --- editing by the owner -------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountRow:
    code: str
    name: str
    name_en: str
    kind: str
    parent_code: str
    active: bool
    system: bool


def _account_row(a: Account) -> AccountRow:
    return AccountRow(a.code, a.name, a.name_en, a.kind, a.parent_code or "", a.active, a.system)


def list_accounts(uow: UnitOfWork, *, active_only: bool = False) -> list[AccountRow]:
    with uow.read() as tx:
        stmt = select(Account).order_by(Account.code)
        if active_only:
            stmt = stmt.where(Account.active.is_(True))
        return [_account_row(a) for a in tx.scalars(stmt)]


def add_account(
    uow: UnitOfWork, *, code: str, name: str, kind: str, parent_code: str | None = None, name_en: str = ""
) -> AccountRow:
    """Add an account (e.g. a sub-account 560201 under 5602). Raises Duplicate, ValidationError."""
    code, name = code.strip(), name.strip()
    if not code or not code.replace(".", "").isdigit():
        raise ValidationError(tr("An account code is digits, e.g. 560201."), field="code")
    if not name:
        raise ValidationError(tr("Enter a name."), field="name")
    if kind not in {k.value for k in AccountKind}:
        raise ValidationError(tr("Unknown account kind {kind}.", kind=kind), field="kind")
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        if tx.scalar(select(Account.code).where(Account.code == code)) is not None:
            raise Duplicate(tr("Account {code} already exists.", code=code), field="code")
        if parent_code:
            parent = tx.scalar(select(Account).where(Account.code == parent_code))
            if parent is None:
                raise ValidationError(tr("No account {code}.", code=parent_code), field="parent_code")
            if parent.kind != kind:
                raise ValidationError(
                    tr("A sub-account has the kind of its parent ({kind}).", kind=parent.kind), field="kind"
                )
            if not code.startswith(parent_code.replace(".", "")) and not code.startswith(parent_code):
                raise ValidationError(
                    tr("A sub-account's code starts with its parent's ({code}).", code=parent_code), field="code"
                )
        account = Account(
            code=code,
            name=name,
            name_en=name_en.strip(),
            kind=kind,
            parent_code=parent_code or None,
            active=True,
            system=False,
        )
        tx.add(account)
        tx.flush()
        audit.record(tx, "create", "account", account.id, summary=f"{code} {name}")
        return _account_row(account)


def update_account(
    uow: UnitOfWork, code: str, *, name: str | None = None, name_en: str | None = None, active: bool | None = None
) -> AccountRow:
    """Rename or (de)activate an account. System accounts (used by postings) cannot be deactivated;
    neither can an account with a balance. Raises NotFound, ValidationError."""
    from erp_desktop.models.finance import JournalLine

    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        account = tx.scalar(select(Account).where(Account.code == code))
        if account is None:
            raise NotFound(tr("No account {code}.", code=code))
        before = audit.snapshot(account)
        if name is not None:
            if not name.strip():
                raise ValidationError(tr("Enter a name."), field="name")
            account.name = name.strip()
        if name_en is not None:
            account.name_en = name_en.strip()
        if active is False and account.active:
            if account.system:
                raise ValidationError(
                    tr(
                        "{code} {name} is used by postings and cannot be removed.", code=account.code, name=account.name
                    ),
                    field="active",
                )
            d, c = tx.execute(
                select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
                    JournalLine.account_code == code
                )
            ).one()
            if (d or ZERO) != (c or ZERO):
                raise ValidationError(
                    tr("{code} {name} still has a balance.", code=account.code, name=account.name), field="active"
                )
            account.active = False
        elif active:
            account.active = True
        tx.flush()
        audit.record(tx, "update", "account", account.id, before=before, after=audit.snapshot(account))
        return _account_row(account)
