"""The seeded chart of accounts for a Chinese small business (小企业会计准则), editable later
by the owner; the accounts postings use are marked ``system`` and cannot be removed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.finance import Account, AccountKind
from erp_desktop.models.system import AppSetting
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.journal import Accounts as A
from erp_desktop.services.ledger.journal import Posting, account_active, ensure_leaf, parent_codes, setting_value
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

_AS, _LI, _EQ, _RE, _EX = (
    AccountKind.ASSET,
    AccountKind.LIABILITY,
    AccountKind.EQUITY,
    AccountKind.REVENUE,
    AccountKind.EXPENSE,
)
# The 小企业会计准则 (财会〔2011〕17号) 会计科目表 with its own codes, plus the VAT details of 财会〔2016〕22号
# and 3999 期初余额调整 (this program's opening-balance account). code, 中文名, English name, kind, parent.
CHART: list[tuple[str, str, str, AccountKind, str | None]] = [
    (A.CASH, "库存现金", "Cash on hand", _AS, None),
    (A.BANK, "银行存款", "Bank deposits", _AS, None),
    ("1012", "其他货币资金", "Other monetary funds", _AS, None),
    ("1101", "短期投资", "Short-term investments", _AS, None),
    ("1121", "应收票据", "Notes receivable", _AS, None),
    (A.RECEIVABLE, "应收账款", "Accounts receivable", _AS, None),
    (A.PREPAID, "预付账款", "Prepayments to suppliers", _AS, None),
    ("1131", "应收股利", "Dividends receivable", _AS, None),
    ("1132", "应收利息", "Interest receivable", _AS, None),
    ("1221", "其他应收款", "Other receivables", _AS, None),
    ("1401", "材料采购", "Materials in purchase", _AS, None),
    ("1402", "在途物资", "Goods in transit", _AS, None),
    ("1403", "原材料", "Raw materials", _AS, None),
    (A.INVENTORY, "库存商品", "Merchandise inventory", _AS, None),
    ("1411", "周转材料", "Revolving materials", _AS, None),
    ("1501", "长期债券投资", "Long-term bond investments", _AS, None),
    ("1511", "长期股权投资", "Long-term equity investments", _AS, None),
    ("1601", "固定资产", "Fixed assets", _AS, None),
    ("1602", "累计折旧", "Accumulated depreciation", _AS, None),
    ("1604", "在建工程", "Construction in progress", _AS, None),
    ("1606", "固定资产清理", "Fixed assets in disposal", _AS, None),
    ("1701", "无形资产", "Intangible assets", _AS, None),
    ("1702", "累计摊销", "Accumulated amortisation", _AS, None),
    ("1801", "长期待摊费用", "Long-term deferred expenses", _AS, None),
    (A.PENDING_LOSS, "待处理财产损溢", "Stock count gains and losses pending", _AS, None),
    ("2001", "短期借款", "Short-term loans", _LI, None),
    ("2201", "应付票据", "Notes payable", _LI, None),
    (A.PAYABLE, "应付账款", "Accounts payable", _LI, None),
    (A.ADVANCE_RECEIVED, "预收账款", "Advances from customers", _LI, None),
    ("2211", "应付职工薪酬", "Payroll payable", _LI, None),
    (A.TAXES, "应交税费", "Taxes payable", _LI, None),
    (A.VAT, "应交增值税", "VAT payable", _LI, A.TAXES),
    (A.INPUT_VAT, "进项税额", "Input VAT", _LI, A.VAT),
    (A.OUTPUT_VAT, "销项税额", "Output VAT", _LI, A.VAT),
    (A.INPUT_VAT_OUT, "进项税额转出", "Input VAT transferred out", _LI, A.VAT),
    (A.VAT_TRANSFER_OUT, "转出未交增值税", "Unpaid VAT transferred out", _LI, A.VAT),
    (A.VAT_UNPAID, "未交增值税", "Unpaid VAT", _LI, A.TAXES),
    ("2231", "应付利息", "Interest payable", _LI, None),
    ("2232", "应付利润", "Profit payable", _LI, None),
    ("2241", "其他应付款", "Other payables", _LI, None),
    ("2401", "递延收益", "Deferred income", _LI, None),
    ("2501", "长期借款", "Long-term loans", _LI, None),
    ("2701", "长期应付款", "Long-term payables", _LI, None),
    (A.CAPITAL, "实收资本", "Paid-in capital", _EQ, None),
    ("3002", "资本公积", "Capital reserve", _EQ, None),
    ("3101", "盈余公积", "Surplus reserve", _EQ, None),
    (A.PROFIT, "本年利润", "Current year profit", _EQ, None),
    (A.DISTRIBUTION, "利润分配", "Profit distribution", _EQ, None),
    (A.RETAINED, "未分配利润", "Retained earnings", _EQ, A.DISTRIBUTION),
    (A.OPENING, "期初余额调整", "Opening balance equity", _EQ, None),
    ("4001", "生产成本", "Production costs", _AS, None),
    ("4101", "制造费用", "Manufacturing overhead", _AS, None),
    ("4301", "研发支出", "Research and development", _AS, None),
    (A.REVENUE, "主营业务收入", "Sales revenue", _RE, None),
    ("5051", "其他业务收入", "Other operating income", _RE, None),
    ("5111", "投资收益", "Investment income", _RE, None),
    (A.OTHER_INCOME, "营业外收入", "Non-operating income", _RE, None),
    (A.COGS, "主营业务成本", "Cost of goods sold", _EX, None),
    ("5402", "其他业务成本", "Other operating costs", _EX, None),
    ("5403", "税金及附加", "Taxes and surcharges", _EX, None),
    (A.SELLING_EXPENSE, "销售费用", "Selling expenses", _EX, None),
    (A.ADMIN_EXPENSE, "管理费用", "Administrative expenses", _EX, None),
    ("5603", "财务费用", "Finance costs", _EX, None),
    (A.OTHER_EXPENSE, "营业外支出", "Non-operating expenses", _EX, None),
    ("5801", "所得税费用", "Income tax expense", _EX, None),
]
SYSTEM_CODES = {value for name, value in vars(A).items() if name.isupper()}
# posted automatically by business documents: a sub-account would leave them unpostable
FIXED_CODES = SYSTEM_CODES - {
    A.CASH,
    A.BANK,
    A.TAXES,
    A.VAT,
    A.DISTRIBUTION,
    A.OTHER_INCOME,
    A.SELLING_EXPENSE,
    A.ADMIN_EXPENSE,
    A.OTHER_EXPENSE,
}
ACCOUNT_NAMESPACE = uuid.UUID("6f1d3c1e-5a0b-4b8e-9a52-0c5a4b8f2e11")


def account_id(code: str) -> uuid.UUID:
    """A seeded account's id, the same on every PC (so two PCs seeding the chart do not collide)."""
    return uuid.uuid5(ACCOUNT_NAMESPACE, f"account:{code}")


def seed_chart(tx: Session) -> int:
    """Add any missing seeded account (idempotent). Returns how many were added."""
    existing = {a.code: a for a in tx.scalars(select(Account))}
    for code in SYSTEM_CODES:  # an account the postings came to use later is marked for it
        if code in existing and not existing[code].system:
            existing[code].system = True
    added = 0
    for code, name, name_en, kind, parent in CHART:
        if code not in existing:
            tx.add(
                Account(
                    id=account_id(code),
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
    # 储值: the counter's members' stored value, a liability until spent (services.counter)
    "member_stored_value": (
        ("220301",),
        "预收账款-会员储值",
        "Member stored value",
        AccountKind.LIABILITY,
        A.ADVANCE_RECEIVED,
    ),
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
    tx.add(
        Account(
            id=account_id(codes[0]),
            code=codes[0],
            name=name,
            name_en=name_en,
            kind=kind.value,
            parent_code=parent,
            system=True,
        )
    )
    tx.flush()
    return codes[0]


def leaf_codes(tx: Session) -> set[str]:
    """Codes of accounts with no sub-account (only those are posted to)."""
    parents = {p for p in tx.scalars(select(Account.parent_code).where(Account.parent_code.is_not(None)))}
    return {c for c in tx.scalars(select(Account.code)) if c not in parents}


# --- editing by the owner -------------------------------------------------------------------------------
KIND_LABELS = {
    "asset": N_("Asset"),
    "liability": N_("Liability"),
    "equity": N_("Equity"),
    "revenue": N_("Revenue"),
    "expense": N_("Expense"),
}


@dataclass(frozen=True)
class AccountRow:
    code: str
    name: str
    name_en: str
    kind: str
    parent_code: str
    active: bool
    system: bool
    full_name: str = ""  # 应交税费-应交增值税-进项税额
    leaf: bool = True  # only a leaf takes journal lines

    @property
    def label(self) -> str:
        return f"{self.code} {self.full_name or self.name}"

    @property
    def kind_text(self) -> str:
        """The kind in the user's words (资产, 负债 …); ``kind`` is the stored code."""
        return tr(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind


def _rows(accounts: list[Account]) -> list[AccountRow]:
    by_code = {a.code: a for a in accounts}
    parents = {a.parent_code for a in accounts if a.parent_code}

    def full(a: Account) -> str:
        names, seen = [a.name], {a.code}
        while a.parent_code and a.parent_code in by_code and a.parent_code not in seen:
            a = by_code[a.parent_code]
            seen.add(a.code)
            names.append(a.name)
        return "-".join(reversed(names))

    return [
        AccountRow(
            a.code, a.name, a.name_en, a.kind, a.parent_code or "", a.active, a.system, full(a), a.code not in parents
        )
        for a in accounts
    ]


def _account_row(tx: Session, a: Account) -> AccountRow:
    return next(r for r in _rows(list(tx.scalars(select(Account)))) if r.code == a.code)


def list_accounts(uow: UnitOfWork, *, active_only: bool = False, leaves_only: bool = False) -> list[AccountRow]:
    """The chart in code order; ``leaves_only``: the accounts a line may be posted to."""
    with uow.read() as tx:
        rows = _rows(list(tx.scalars(select(Account).order_by(Account.code))))
    return [r for r in rows if (r.active or not active_only) and (r.leaf or not leaves_only)]


def own_balance(tx: Session, code: str) -> tuple[Decimal, Decimal]:
    """Σ debit, Σ credit of the lines posted to this very account (not its sub-accounts)."""
    from erp_desktop.models.finance import JournalLine

    d, c = tx.execute(
        select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(JournalLine.account_code == code)
    ).one()
    return (d if isinstance(d, Decimal) else ZERO), (c if isinstance(c, Decimal) else ZERO)


def add_account(
    uow: UnitOfWork,
    *,
    code: str,
    name: str,
    kind: str | None = None,
    parent_code: str | None = None,
    name_en: str = "",
    on: date | None = None,
) -> AccountRow:
    """Add an account, usually a sub-account (明细科目): its code is the parent's and two more digits
    (560201 under 5602), its kind the parent's. A parent that already has a balance of its own hands it
    to its first sub-account in one entry dated ``on`` (default today); the posting accounts that
    pointed at the parent point at the new sub-account. Accounts that business documents post to
    by themselves (1122, 1405, 5001 …) take no sub-accounts. Raises Duplicate, ValidationError,
    PeriodClosed."""
    code, name, parent_code = code.strip(), name.strip(), (parent_code or "").strip() or None
    if not code or not code.isdigit():
        raise ValidationError(tr("An account code is digits, e.g. 560201."), field="code")
    if not name:
        raise ValidationError(tr("Enter a name."), field="name")
    if kind is not None and kind not in {k.value for k in AccountKind}:
        raise ValidationError(tr("Unknown account kind {kind}.", kind=kind), field="kind")
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        if tx.scalar(select(Account.code).where(Account.code == code)) is not None:
            raise Duplicate(tr("Account {code} already exists.", code=code), field="code")
        parent = None
        if parent_code:
            parent = tx.scalar(select(Account).where(Account.code == parent_code))
            if parent is None:
                raise ValidationError(tr("No account {code}.", code=parent_code), field="parent_code")
            kind = kind or parent.kind
            if parent.kind != kind:
                raise ValidationError(
                    tr("A sub-account has the kind of its parent ({kind}).", kind=parent.kind), field="kind"
                )
            if not code.startswith(parent_code) or len(code) != len(parent_code) + 2:
                raise ValidationError(
                    tr(
                        "A sub-account's code is its parent's and two digits ({code}01, {code}02 …).",
                        code=parent_code,
                    ),
                    field="code",
                )
            if parent_code in FIXED_CODES:
                raise ValidationError(
                    tr(
                        "{code} {name} is posted by business documents by itself and takes no sub-accounts.",
                        code=parent.code,
                        name=parent.name,
                    ),
                    field="parent_code",
                )
            if not parent.active:
                raise ValidationError(tr("{code} is not active.", code=parent_code), field="parent_code")
            _refuse_money_parent(tx, parent)
        elif kind is None:
            raise ValidationError(tr("Choose the account's kind."), field="kind")
        elif len(code) != 4:
            raise ValidationError(tr("A top-level account has four digits."), field="code")
        first_child = parent is not None and not tx.scalar(
            select(func.count()).select_from(Account).where(Account.parent_code == parent.code)
        )
        account = Account(
            code=code,
            name=name,
            name_en=name_en.strip(),
            kind=kind,
            parent_code=parent_code,
            active=True,
            system=False,
        )
        tx.add(account)
        tx.flush()
        if parent is not None and first_child:
            _hand_down(tx, parent, account, on or date.today())
        audit.record(tx, "create", "account", account.id, summary=f"{code} {name}")
        return _account_row(tx, account)


def _refuse_money_parent(tx: Session, parent: Account) -> None:
    from erp_desktop.models.payments import MoneyAccount

    money_account = tx.scalar(select(MoneyAccount.name).where(MoneyAccount.gl_code == parent.code).limit(1))
    if money_account is not None:
        raise ValidationError(
            tr(
                "{code} is the account of the money account {name}; it takes no sub-accounts.",
                code=parent.code,
                name=money_account,
            ),
            field="parent_code",
        )


def _hand_down(tx: Session, parent: Account, child: Account, on: date) -> None:
    """The parent's own balance moves to its first sub-account (one entry), and the posting
    accounts set to the parent follow."""
    debit, credit = own_balance(tx, parent.code)
    balance = debit - credit
    if balance != ZERO:
        posting = Posting(
            on,
            doc_type="AC",
            doc_id=child.id,
            doc_number=child.code,
            memo=tr("Balance of {parent} moved to its sub-account {code}", parent=parent.code, code=child.code),
            allow_parent=True,
        )
        posting.debit(child.code, balance).credit(parent.code, balance)
        posting.post(tx)
    following = [key for key in POSTING_KEYS if _chosen(tx, key) == parent.code]
    if following:
        settings = _posting_settings(tx)
        settings.value = {**_overrides(settings), **{key: child.code for key in following}}
        tx.flush()


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
        return _account_row(tx, account)


# --- posting accounts: the counter-account of each reason, editable ---------------------------------
POSTING_SETTING = "posting_accounts"
# key → (what it is, default account). Other receipts/issues take a reason and book its account;
# a count's difference is settled from 1901 into the count keys' accounts.
POSTING_KEYS: dict[str, tuple[str, str]] = {
    "receipt.opening": (N_("Other receipt: opening stock"), A.OPENING),
    "receipt.exchange_in": (N_("Other receipt: exchanged in"), A.OTHER_INCOME),
    "receipt.gift": (N_("Other receipt: gift received"), A.OTHER_INCOME),
    "receipt.other": (N_("Other receipt: other"), A.OTHER_INCOME),
    "issue.damage": (N_("Other issue: damage"), A.OTHER_EXPENSE),
    "issue.internal_use": (N_("Other issue: internal use"), A.ADMIN_EXPENSE),
    "issue.gift": (N_("Other issue: gift given"), A.SELLING_EXPENSE),
    "issue.sample": (N_("Other issue: sample"), A.SELLING_EXPENSE),
    "issue.other": (N_("Other issue: other"), A.OTHER_EXPENSE),
    "count.gain": (N_("Stock count gain (盘盈)"), A.OTHER_INCOME),
    "count.loss_normal": (N_("Stock count loss, normal (盘亏)"), A.ADMIN_EXPENSE),
    "count.loss_other": (N_("Stock count loss, other (非常损失)"), A.OTHER_EXPENSE),
}
# accounts a counter-account may never be: they are kept by their own ledgers or documents
NOT_COUNTER = frozenset(
    {
        A.RECEIVABLE,
        A.PAYABLE,
        A.ADVANCE_RECEIVED,
        A.PREPAID,
        A.INVENTORY,
        A.PENDING_LOSS,
        A.INPUT_VAT,
        A.OUTPUT_VAT,
        A.VAT_TRANSFER_OUT,
        A.VAT_UNPAID,
        A.PROFIT,
    }
)


@dataclass(frozen=True)
class PostingAccountRow:
    key: str
    label: str
    code: str
    name: str
    default_code: str


def _posting_settings(tx: Session) -> AppSetting:
    row = tx.scalar(select(AppSetting).where(AppSetting.key == POSTING_SETTING))
    if row is None:
        # the same id on every PC: two PCs choosing accounts offline meet on one row (last writer wins)
        row = AppSetting(id=uuid.uuid5(ACCOUNT_NAMESPACE, f"setting:{POSTING_SETTING}"), key=POSTING_SETTING, value={})
        tx.add(row)
        tx.flush()
    if not isinstance(row.value, dict):
        row.value = {}
    return row


def _overrides(row: AppSetting) -> dict[str, str]:
    return {str(k): str(v) for k, v in row.value.items()} if isinstance(row.value, dict) else {}


def _chosen(tx: Session, key: str) -> str:
    row = setting_value(tx, POSTING_SETTING)
    chosen = row.get(key) if isinstance(row, dict) else None
    return str(chosen) if chosen else POSTING_KEYS[key][1]


def posting_account(tx: Session, key: str) -> str:
    """The account a posting books for ``key`` (e.g. "issue.damage"), checked postable: it exists,
    is active and has no sub-accounts. Raises ValidationError naming the setting to fix."""
    if key not in POSTING_KEYS:
        raise ValidationError(tr("Unknown posting account {key}.", key=key), field="key")
    code = _chosen(tx, key)
    active = account_active(tx, code)  # None: no such account
    if active and code not in parent_codes(tx):
        return code
    label = tr(POSTING_KEYS[key][0])
    if not active:
        raise ValidationError(
            tr(
                "{what} books account {code}, which is missing or inactive; choose another in Settings.",
                what=label,
                code=code,
            ),
            field="account",
        )
    raise ValidationError(
        tr(
            "{what} books account {code}, which has sub-accounts; choose one of them in Settings.",
            what=label,
            code=code,
        ),
        field="account",
    )


def list_posting_accounts(uow: UnitOfWork) -> list[PostingAccountRow]:
    with uow.read() as tx:
        names = {code: name for code, name in tx.execute(select(Account.code, Account.name))}
        rows = []
        for key, (label, default) in POSTING_KEYS.items():
            code = _chosen(tx, key)
            rows.append(PostingAccountRow(key, tr(label), code, names.get(code, ""), default))
        return rows


def set_posting_account(uow: UnitOfWork, key: str, code: str) -> PostingAccountRow:
    """Choose the account ``key`` books (owner). It must be an active leaf account that no
    subledger keeps. Raises ValidationError, NotFound."""
    code = code.strip()
    if key not in POSTING_KEYS:
        raise NotFound(tr("Unknown posting account {key}.", key=key))
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        account = tx.scalar(select(Account).where(Account.code == code))
        if account is None or not account.active:
            raise ValidationError(tr("No active account {code}.", code=code), field="code")
        ensure_leaf(tx, code, field="code")
        if code in NOT_COUNTER or _is_money_gl(tx, code):
            raise ValidationError(
                tr(
                    "{code} {name} is kept by its own ledger and cannot be a counter-account.",
                    code=code,
                    name=account.name,
                ),
                field="code",
            )
        row = _posting_settings(tx)
        before = _overrides(row)
        row.value = {**before, key: code}
        tx.flush()
        audit.record(tx, "update", "setting", row.id, summary=f"{key} → {code}", before=before, after=_overrides(row))
        label, default = POSTING_KEYS[key]
        return PostingAccountRow(key, tr(label), code, account.name, default)


def _is_money_gl(tx: Session, code: str) -> bool:
    from erp_desktop.models.payments import MoneyAccount

    return tx.scalar(select(MoneyAccount.id).where(MoneyAccount.gl_code == code).limit(1)) is not None
