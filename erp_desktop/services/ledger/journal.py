"""Journal postings and open items — the finance half of every business posting.

``Posting`` builds one balanced journal entry; ``post(tx)`` refuses an unbalanced entry or a date
in a closed period and writes the entry and its lines in the caller's transaction (it never
commits). Negative amounts flip sides, so a return can reuse the delivery's shape.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NoReturn

from sqlalchemy import bindparam, cast, null, select, union_all
from sqlalchemy.orm import Session

from erp_desktop.errors import PeriodClosed, UnbalancedEntry, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.finance import Account, ClosedPeriod, JournalEntry, JournalLine, OpenItem
from erp_desktop.models.system import AppSetting
from erp_desktop.money import ZERO, money
from erp_desktop.services.ledger import dates
from erp_desktop.services.ledger.dates import check_document_date
from erp_desktop.services.ledger.numbering import entry_numbers
from erp_desktop.storage import chain
from erp_desktop.storage.fastsql import Prepared, PreparedIn
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.txcache import tx_cache
from erp_desktop.storage.uow import actor_of


class Accounts:
    """Account codes the postings use (小企业会计准则). The finance module seeds the chart."""

    CASH = "1001"  # 库存现金
    BANK = "1002"  # 银行存款
    RECEIVABLE = "1122"  # 应收账款
    PREPAID = "1123"  # 预付账款
    INVENTORY = "1405"  # 库存商品
    PENDING_LOSS = "1901"  # 待处理财产损溢 (盘盈盘亏)
    PAYABLE = "2202"  # 应付账款
    ADVANCE_RECEIVED = "2203"  # 预收账款
    TAXES = "2221"  # 应交税费
    VAT = "222101"  # 应交税费-应交增值税 (its details below; the month's balance moves to 222102)
    INPUT_VAT = "22210101"  # 应交增值税-进项税额
    OUTPUT_VAT = "22210102"  # 应交增值税-销项税额
    INPUT_VAT_OUT = "22210103"  # 应交增值税-进项税额转出
    VAT_TRANSFER_OUT = "22210104"  # 应交增值税-转出未交增值税
    VAT_UNPAID = "222102"  # 应交税费-未交增值税
    CAPITAL = "3001"  # 实收资本
    PROFIT = "3103"  # 本年利润 (the month's income and expenses are carried forward into it)
    DISTRIBUTION = "3104"  # 利润分配 (a parent: post to its details)
    RETAINED = "310415"  # 利润分配-未分配利润 (本年利润 is carried into it at year end)
    OPENING = "3999"  # 期初余额调整 (opening balances)
    REVENUE = "5001"  # 主营业务收入
    OTHER_INCOME = "5301"  # 营业外收入
    COGS = "5401"  # 主营业务成本
    SELLING_EXPENSE = "5601"  # 销售费用
    ADMIN_EXPENSE = "5602"  # 管理费用
    OTHER_EXPENSE = "5711"  # 营业外支出


_CP = ClosedPeriod.__table__.c
_AC = Account.__table__.c


def _account_ids_query(codes: Any) -> Any:
    return select(_AC.code, _AC.id).where(_AC.code.in_(codes))


def _account_refs_query(codes: Any) -> Any:
    """code → id of an entry's accounts (the chain hashes lines with their account's id): (code,
    id) of the accounts ``codes`` and (code, None) for each of them that has
    sub-accounts: an entry's account ids and its leaf check in one statement."""
    parents = select(_AC.parent_code, cast(null(), _AC.id.type)).where(_AC.parent_code.in_(codes)).distinct()
    return union_all(_account_ids_query(codes), parents)


_ACCOUNT_REFS = PreparedIn(_account_refs_query, _account_refs_query(bindparam("in0", expanding=True)), [_AC.code])
_LAST_CLOSED = Prepared(select(_CP.year, _CP.month).order_by(_CP.year.desc(), _CP.month.desc()).limit(1))
_RULES_AND_LAST_CLOSED = Prepared(
    select(
        dates.RULES_VALUE,
        _LAST_CLOSED.statement.with_only_columns(_CP.year).scalar_subquery(),
        _LAST_CLOSED.statement.with_only_columns(_CP.month).scalar_subquery(),
    )
)


def ensure_period_open(tx: Session, on: date) -> None:
    """Raise ``PeriodClosed`` if ``on`` falls in a closed month (or before the last closed one);
    an implausible date (year 1, 9999, before the shop opened) asks to be confirmed first
    (``ledger.dates``) — every posting of every document kind passes here."""
    cache = tx_cache(tx, "closed_through", [ClosedPeriod.__table__])
    if "value" not in cache and not dates.rules_loaded(tx):  # both in one round trip
        dates.flush_pending(tx)
        rules, year, month = _RULES_AND_LAST_CLOSED.first(tx) or (None, None, None)
        dates.keep_rules(tx, rules)
        cache = tx_cache(tx, "closed_through", [ClosedPeriod.__table__])
        cache["value"] = None if year is None else (year, month)
    check_document_date(tx, on)
    if "value" not in cache:
        last = _LAST_CLOSED.first(tx)
        cache["value"] = tuple(last) if last else None
    closed = cache["value"]
    if closed is not None and (on.year, on.month) <= closed:
        raise PeriodClosed(
            tr(
                "{date} falls in a closed period (closed through {year}-{month:02d}). Post it into an open month.",
                date=on.isoformat(),
                year=closed[0],
                month=closed[1],
            )
        )


_PARENTS = Prepared(
    select(Account.__table__.c.parent_code).where(Account.__table__.c.parent_code.is_not(None)).distinct()
)


def parent_codes(tx: Session) -> frozenset[str]:
    """The codes of accounts that have sub-accounts (not postable: only leaves take lines), read
    once per transaction (a flush that adds or changes an account drops it)."""
    cache = tx_cache(tx, "parent_codes", [Account.__table__])
    if "value" not in cache:
        cache["value"] = frozenset(row[0] for row in _PARENTS.rows(tx))
    codes: frozenset[str] = cache["value"]
    return codes


_SETTING_VALUE = Prepared(
    select(AppSetting.__table__.c.value).where(
        AppSetting.__table__.c.key == bindparam("key", type_=AppSetting.__table__.c.key.type)
    )
)
_ACCOUNT_ACTIVE = Prepared(select(_AC.active).where(_AC.code == bindparam("code", type_=_AC.code.type)))


def setting_value(tx: Session, key: str) -> Any:
    """One ``app_setting`` value (its JSON, decoded), or None; read below the ORM, since postings
    ask for their accounts' settings once per document (an ORM query cost 0.6 ms of a stock
    document's 4)."""
    return _SETTING_VALUE.scalar(tx, {"key": key})


def account_active(tx: Session, code: str) -> bool | None:
    """Whether the account with this code is active; None when there is none."""
    row = _ACCOUNT_ACTIVE.first(tx, {"code": code})
    return None if row is None else bool(row[0])


def ensure_leaf(tx: Session, code: str, *, field: str = "account") -> None:
    """Raise ValidationError if ``code`` has sub-accounts (a parent takes no lines of its own)."""
    if code in parent_codes(tx):
        raise_not_leaf(code, field=field)


def raise_not_leaf(code: str, *, field: str = "account") -> NoReturn:
    raise ValidationError(tr("Account {code} has sub-accounts; post to one of them instead.", code=code), field=field)


@dataclass(frozen=True)
class PostedEntry:
    """A journal entry as ``Posting.post`` wrote it (a value, not a mapped object: load the
    ``JournalEntry`` by ``id`` to read its lines)."""

    id: uuid.UUID
    number: str
    on: date
    voucher_period: int
    voucher_no: str


@dataclass(frozen=True)
class PostedItem:
    """A receivable or payable as ``raise_open_item`` wrote it (a value: load the ``OpenItem``
    by ``id`` to allocate it)."""

    id: uuid.UUID
    kind: str
    party_id: uuid.UUID
    doc_number: str
    on: date
    due: date
    amount: Decimal


@dataclass
class _Line:
    account: str
    debit: Decimal
    credit: Decimal
    party_kind: str
    party_id: uuid.UUID | None
    memo: str


@dataclass
class Posting:
    on: date
    doc_type: str = ""
    doc_id: uuid.UUID | None = None
    doc_number: str = ""
    memo: str = ""
    reversal_of_id: uuid.UUID | None = None
    lines: list[_Line] = field(default_factory=list)
    allow_parent: bool = False  # only for moving a parent's own balance to its first sub-account

    def debit(
        self, account: str, amount: Decimal, *, party_kind: str = "", party_id: uuid.UUID | None = None, memo: str = ""
    ) -> Posting:
        return self._add(account, money(amount), party_kind, party_id, memo)

    def credit(
        self, account: str, amount: Decimal, *, party_kind: str = "", party_id: uuid.UUID | None = None, memo: str = ""
    ) -> Posting:
        return self._add(account, -money(amount), party_kind, party_id, memo)

    def _add(self, account: str, signed: Decimal, party_kind: str, party_id: uuid.UUID | None, memo: str) -> Posting:
        if signed != ZERO:
            self.lines.append(_Line(account, max(signed, ZERO), max(-signed, ZERO), party_kind, party_id, memo))
        return self

    @property
    def total_debit(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def total_credit(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)

    def post(self, tx: Session) -> PostedEntry | None:
        """Write the entry (``None`` if every line was zero). Raises UnbalancedEntry, PeriodClosed.
        The rows are written with ``insert_rows``; the result is a ``PostedEntry`` value."""
        if self.total_debit != self.total_credit:
            raise UnbalancedEntry(
                tr(
                    "The journal entry does not balance: debit {debit}, credit {credit}.",
                    debit=self.total_debit,
                    credit=self.total_credit,
                )
            )
        if not self.lines:
            return None
        ensure_period_open(tx, self.on)
        uow = tx.info.get("uow")
        accounts: dict[str, Any] = {}
        if uow is not None and uow.pc_id:  # chained: the account ids and the leaf check in one read
            parents: set[str] = set()
            for code, account_id in _ACCOUNT_REFS.rows(tx, sorted({line.account for line in self.lines})):
                if account_id is None:
                    parents.add(code)
                else:
                    accounts[code] = account_id
            if not self.allow_parent:
                for line in self.lines:
                    if line.account in parents:
                        raise_not_leaf(line.account)
        elif not self.allow_parent:
            for line in self.lines:
                ensure_leaf(tx, line.account)
        actor = actor_of(tx)
        period, voucher_no, number = entry_numbers(tx, self.on)
        entry = PostedEntry(uuid7(), number, self.on, period, voucher_no)
        row: dict[str, object] = {
            "id": entry.id,
            "number": entry.number,
            "on": self.on,
            "voucher_period": period,
            "voucher_no": voucher_no,
            "doc_type": self.doc_type,
            "doc_id": self.doc_id,
            "doc_number": self.doc_number,
            "memo": self.memo,
            "reversal_of_id": self.reversal_of_id,
            "posted_at": utcnow(),
            "user_name": actor.username,
        }
        lines: list[dict[str, object]] = [
            {
                "id": uuid7(),
                "entry_id": entry.id,
                "seq": seq,
                "on": self.on,
                "account_code": line.account,
                "debit": line.debit,
                "credit": line.credit,
                "party_kind": line.party_kind,
                "party_id": line.party_id,
                "memo": line.memo or self.memo,
            }
            for seq, line in enumerate(self.lines)
        ]
        if uow is not None and uow.pc_id:  # the next link of this PC's journal chain (storage.chain)
            seq, prev = chain.next_link(tx, "journal_entry", uow.pc_id)
            row["chain_pc"], row["chain_seq"] = uow.pc_id, seq
            digest = row["chain_hash"] = chain.link_hash(prev, chain.entry_payload(row, lines, accounts))
            chain.set_head(tx, "journal_entry", uow.pc_id, seq, digest)
        insert_rows(tx, JournalEntry.__table__, [row])
        insert_rows(tx, JournalLine.__table__, lines)
        return entry


def reverse_entry(tx: Session, entry: JournalEntry, *, on: date, memo: str = "") -> PostedEntry | None:
    """A new entry with every line's sides swapped, pointing at ``entry``."""
    posting = Posting(
        on,
        doc_type=entry.doc_type,
        doc_id=entry.doc_id,
        doc_number=entry.doc_number,
        memo=memo or tr("Reversal of {number}", number=entry.number),
        reversal_of_id=entry.id,
    )
    for line in entry.lines:
        posting.credit(
            line.account_code, line.debit, party_kind=line.party_kind, party_id=line.party_id, memo=line.memo
        )
        posting.debit(
            line.account_code, line.credit, party_kind=line.party_kind, party_id=line.party_id, memo=line.memo
        )
    return posting.post(tx)


def raise_open_item(
    tx: Session,
    *,
    kind: str,
    party_id: uuid.UUID,
    doc_type: str,
    doc_id: uuid.UUID,
    doc_number: str,
    on: date,
    amount: Decimal,
    terms_days: int = 0,
    memo: str = "",
) -> PostedItem | None:
    """Record a receivable or payable (negative = a credit to the party). Zero raises nothing.
    Raises PeriodClosed for a date in a closed month. The row is written with ``insert_rows``;
    the result is a ``PostedItem`` value — ``tx.get(OpenItem, item.id)`` to allocate it."""
    amount = money(amount)
    if amount == ZERO:
        return None
    ensure_period_open(tx, on)
    item = PostedItem(uuid7(), kind, party_id, doc_number, on, on + timedelta(days=terms_days), amount)
    insert_rows(
        tx,
        OpenItem.__table__,
        [
            {
                "id": item.id,
                "kind": kind,
                "party_id": party_id,
                "doc_type": doc_type,
                "doc_id": doc_id,
                "doc_number": doc_number,
                "on": on,
                "due": item.due,
                "amount": amount,
                "allocated": ZERO,
                "memo": memo,
            }
        ],
    )
    return item
