"""Money accounts (资金账户) and money documents: opening balances, receipts from customers (RC),
payments to suppliers (PM), transfers between accounts (MT), other income (OI) and expenses (OE).

Every money document writes, in one transaction: the ``MoneyTxn``, one ``MoneyMove`` per account
it touches (the account's ``balance`` kept in step), a balanced journal entry and — for receipts
and payments — a negative open item (the money is a credit to the party) that allocation (核销)
later matches against deliveries or goods receipts. Unallocated money stays as an advance.

    receipt  RC  Dr money account GL / Cr 1122 应收账款 (customer)   open item receivable −amount
    payment  PM  Dr 2202 应付账款 (supplier) / Cr money account GL    open item payable −amount
    transfer MT  Dr target GL / Cr source GL
    income   OI  Dr money GL / Cr income account;  expense OE  Dr expense account / Cr money GL
    opening  OB  Dr money GL / Cr 3999 期初余额调整

A document entered by mistake is undone by a reversal (冲销, ``reverse_money_txn``): a new money
document of the same kind and prefix pointing at the original (``reversal_of_id``; the original gets
``reversed_by_id``), its allocations undone first, every move and journal line mirrored, and — for
receipts and payments — an open item of the opposite sign allocated against the original's, so
both are closed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple, TypeVar, overload

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.finance import Account, AccountKind, JournalEntry, OpenItem, OpenItemKind
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.payments import MoneyAccount, MoneyAccountKind, MoneyMove, MoneyTxn, MoneyTxnKind
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.finance.allocation import ItemView, allocate_views_tx, lock_item_views
from erp_desktop.services.ledger.journal import (
    Accounts,
    PostedEntry,
    PostedItem,
    Posting,
    ensure_period_open,
    raise_open_item,
)
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.fastsql import Prepared
from erp_desktop.storage.locks import lock_row, lock_rows, lock_where
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.uow import UnitOfWork, actor_of

METHODS = ("现金", "转账", "微信", "支付宝", "承兑", "支票", "其他")
PREFIX = {
    MoneyTxnKind.OPENING: "OB",
    MoneyTxnKind.RECEIPT: "RC",
    MoneyTxnKind.PAYMENT: "PM",
    MoneyTxnKind.TRANSFER: "MT",
    MoneyTxnKind.INCOME: "OI",
    MoneyTxnKind.EXPENSE: "OE",
}
# accounts kept by a subledger: a manual entry or an "other" income/expense may not touch them
SUBLEDGER_CODES = frozenset(
    {
        Accounts.RECEIVABLE,
        Accounts.PAYABLE,
        Accounts.ADVANCE_RECEIVED,
        Accounts.PREPAID,
        Accounts.INVENTORY,
        Accounts.CASH,
        Accounts.BANK,
    }
)


@dataclass(frozen=True)
class MoneyAccountRow:
    id: uuid.UUID
    code: str
    name: str
    kind: str
    gl_code: str
    balance: Decimal
    allow_negative: bool
    active: bool
    bank_name: str
    account_no: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def kind_text(self) -> str:
        return tr("Cash") if self.kind == MoneyAccountKind.CASH.value else tr("Bank")


@dataclass(frozen=True)
class MoneyTxnResult:
    id: uuid.UUID
    number: str
    kind: str
    amount: Decimal
    allocated: Decimal  # allocated at entry (receipts/payments)
    entry_number: str
    open_item_id: uuid.UUID | None


def _row(a: MoneyAccount) -> MoneyAccountRow:
    return MoneyAccountRow(
        a.id, a.code, a.name, a.kind, a.gl_code, a.balance, a.allow_negative, a.active, a.bank_name, a.account_no
    )


# --- accounts ------------------------------------------------------------------------------
def list_money_accounts(uow: UnitOfWork, *, active_only: bool = False) -> list[MoneyAccountRow]:
    with uow.read() as tx:
        stmt = select(MoneyAccount).order_by(MoneyAccount.code)
        if active_only:
            stmt = stmt.where(MoneyAccount.active.is_(True))
        return [_row(a) for a in tx.scalars(stmt)]


def get_money_account_tx(tx: Session, ref: uuid.UUID | str, *, lock: bool = False) -> MoneyAccount:
    """By id or by code; ``lock`` row-locks it and reads its balance afresh (every posting that
    moves money does, see storage/locks.py). Raises NotFound."""
    if lock:
        return lock_accounts(tx, [ref])[0]
    account = (
        tx.get(MoneyAccount, ref)
        if isinstance(ref, uuid.UUID)
        else tx.scalar(select(MoneyAccount).where(MoneyAccount.code == ref))
    )
    if account is None:
        raise NotFound(tr("No money account {ref}.", ref=str(ref)))
    return account


def lock_accounts(tx: Session, refs: list[uuid.UUID | str]) -> list[MoneyAccount]:
    """The accounts (by id or code) row-locked in id order and freshly read, returned in the
    order asked. Raises NotFound."""
    ids: list[uuid.UUID] = []
    for ref in refs:
        found = (
            ref if isinstance(ref, uuid.UUID) else tx.scalar(select(MoneyAccount.id).where(MoneyAccount.code == ref))
        )
        if found is None:
            raise NotFound(tr("No money account {ref}.", ref=str(ref)))
        ids.append(found)
    locked = {a.id: a for a in lock_rows(tx, MoneyAccount, ids)}
    for ref, found in zip(refs, ids):
        if found not in locked:
            raise NotFound(tr("No money account {ref}.", ref=str(ref)))
    return [locked[i] for i in ids]


def create_money_account(
    uow: UnitOfWork,
    *,
    code: str,
    name: str,
    kind: str = "bank",
    gl_code: str | None = None,
    opening_balance: Decimal = ZERO,
    opening_on: date | None = None,
    allow_negative: bool = False,
    bank_name: str = "",
    account_no: str = "",
) -> MoneyAccountRow:
    """Create a cash box or bank account. Without ``gl_code`` a sub-account of 1001/1002 is made
    for it (100101…, 100201…). A non-zero opening balance posts Dr account / Cr 3999.
    Raises Duplicate, ValidationError, PeriodClosed."""
    code, name = code.strip(), name.strip()
    if not code:
        raise ValidationError(tr("Enter a code."), field="code")
    if not name:
        raise ValidationError(tr("Enter a name."), field="name")
    if kind not in (MoneyAccountKind.CASH.value, MoneyAccountKind.BANK.value):
        raise ValidationError(tr("Unknown money account kind {kind}.", kind=kind), field="kind")
    opening = money(to_decimal(opening_balance))
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        if tx.scalar(select(MoneyAccount.id).where(MoneyAccount.code == code)) is not None:
            raise Duplicate(tr("Money account code {code} is already used.", code=code), field="code")
        parent = Accounts.CASH if kind == MoneyAccountKind.CASH.value else Accounts.BANK
        if gl_code:
            gl = tx.scalar(select(Account).where(Account.code == gl_code))
            if (
                gl is None
                or gl.kind != AccountKind.ASSET.value
                or not (gl_code.startswith(Accounts.CASH) or gl_code.startswith(Accounts.BANK))
            ):
                raise ValidationError(
                    tr("Account {code} is not a cash or bank account.", code=gl_code), field="gl_code"
                )
        else:
            gl_code = _new_sub_account(tx, parent, name)
        account = MoneyAccount(
            id=uuid7(),
            code=code,
            name=name,
            kind=kind,
            gl_code=gl_code,
            allow_negative=allow_negative,
            bank_name=bank_name,
            account_no=account_no,
            balance=ZERO,
        )
        tx.add(account)
        tx.flush()
        if opening != ZERO:
            on = opening_on or date.today()
            txn = _new_txn(tx, MoneyTxnKind.OPENING, on, account, abs(opening), memo=tr("Opening balance"))
            _move(tx, account, txn, opening)
            posting = Posting(
                on, doc_type="OB", doc_id=txn.id, doc_number=txn.number, memo=tr("Opening balance {name}", name=name)
            )
            posting.debit(gl_code, opening).credit(Accounts.OPENING, opening)
            txn.entry_id = _post(tx, posting).id
        audit.record(tx, "create", "money_account", account.id, summary=f"{code} {name}")
        return _row(account)


def update_money_account(
    uow: UnitOfWork,
    account_id: uuid.UUID,
    *,
    name: str | None = None,
    allow_negative: bool | None = None,
    active: bool | None = None,
    bank_name: str | None = None,
    account_no: str | None = None,
) -> MoneyAccountRow:
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        account = get_money_account_tx(tx, account_id)
        before = audit.snapshot(account)
        if name is not None:
            if not name.strip():
                raise ValidationError(tr("Enter a name."), field="name")
            account.name = name.strip()
        if allow_negative is not None:
            account.allow_negative = allow_negative
        if active is not None:
            account.active = active
        if bank_name is not None:
            account.bank_name = bank_name
        if account_no is not None:
            account.account_no = account_no
        tx.flush()
        audit.record(tx, "update", "money_account", account.id, before=before, after=audit.snapshot(account))
        return _row(account)


def _new_sub_account(tx: Session, parent: str, name: str) -> str:
    codes = [
        c
        for c in tx.scalars(select(Account.code).where(Account.code.like(f"{parent}%")))
        if len(c) == len(parent) + 2 and c[len(parent) :].isdigit()
    ]
    n = max((int(c[len(parent) :]) for c in codes), default=0) + 1
    if n > 99:
        raise ValidationError(tr("No free sub-account under {code}.", code=parent))
    code = f"{parent}{n:02d}"
    parent_name = tx.scalar(select(Account.name).where(Account.code == parent)) or ""
    tx.add(
        Account(
            code=code,
            name=f"{parent_name}-{name}"[:120],
            name_en=name[:120],
            kind=AccountKind.ASSET.value,
            parent_code=parent,
            system=True,
            active=True,
        )
    )
    tx.flush()
    return code


def _new_txn(tx: Session, kind: MoneyTxnKind, on: date, account: MoneyAccount, amount: Decimal, **fields) -> MoneyTxn:
    txn = MoneyTxn(
        id=uuid7(),
        number=next_number(tx, PREFIX[kind], on),
        kind=kind.value,
        on=on,
        account_id=account.id,
        amount=amount,
        user_name=actor_of(tx).username,
        **fields,
    )
    tx.add(txn)
    tx.flush()  # no ORM relationships: write the parent before its moves
    return txn


def _move(tx: Session, account: MoneyAccount, txn: MoneyTxn, signed: Decimal, *, reversing: str = "") -> None:
    _ensure_covers(account, signed, reversing=reversing)
    account.balance = account.balance + signed
    tx.add(MoneyMove(id=uuid7(), account_id=account.id, txn_id=txn.id, on=txn.on, amount=signed))


def _ensure_covers(account: MoneyAccount | _AccountView, signed: Decimal, *, reversing: str = "") -> None:
    """Refuse taking ``-signed`` out of an account that may not go below zero and holds less."""
    if signed < ZERO and not account.allow_negative and account.balance + signed < ZERO:
        if reversing:
            raise ValidationError(
                tr(
                    "Reversing {number} takes {amount} out of account {account}, which holds {balance}; it may not go below zero. "
                    "Allow the account below zero or bring money in first.",
                    number=reversing,
                    amount=-signed,
                    account=account.name,
                    balance=account.balance,
                ),
                field="on",
            )
        raise ValidationError(
            tr(
                "Account {account} holds {balance}; paying {amount} would take it below zero, which it does not allow.",
                account=account.name,
                balance=account.balance,
                amount=-signed,
            ),
            field="amount",
        )


def _check_amount(amount) -> Decimal:
    try:
        value = to_decimal(amount)
    except ValueError:
        raise ValidationError(tr("Enter an amount."), field="amount") from None
    if money(value) != value:
        raise ValidationError(tr("An amount has at most two decimal places."), field="amount")
    if value <= ZERO:
        raise ValidationError(tr("The amount must be greater than zero."), field="amount")
    return money(value)


def _post(tx: Session, posting: Posting) -> PostedEntry:
    """Post a money document's entry: its amount is never zero (``_check_amount``), so neither is
    the entry (``Posting.post`` returns ``None`` only for an entry of no lines)."""
    entry = posting.post(tx)
    assert entry is not None, "a money document's entry has lines"
    return entry


def _item_row(tx: Session, raised: PostedItem | None) -> OpenItem:
    """The open item a money document raised (never zero, so never ``None``), loaded as a row to
    allocate it (``raise_open_item`` returns a value)."""
    assert raised is not None, "a money document's open item is never zero"
    return tx.get_one(OpenItem, raised.id)


def _usable(account: _Account) -> _Account:
    if not account.active:
        raise ValidationError(tr("Money account {name} is inactive.", name=account.name), field="account")
    return account


_Party = TypeVar("_Party", Customer, Supplier)


def _party_by_ref(tx: Session, model: type[_Party], ref: uuid.UUID | str) -> _Party | None:
    return tx.get(model, ref) if isinstance(ref, uuid.UUID) else tx.scalar(select(model).where(model.code == ref))


@overload
def party_tx(tx: Session, kind: Literal["customer"], ref: uuid.UUID | str) -> Customer: ...
@overload
def party_tx(tx: Session, kind: Literal["supplier"], ref: uuid.UUID | str) -> Supplier: ...
@overload
def party_tx(tx: Session, kind: str, ref: uuid.UUID | str) -> Customer | Supplier: ...
def party_tx(tx: Session, kind: str, ref: uuid.UUID | str) -> Customer | Supplier:
    """A customer or supplier by id or code. Raises NotFound."""
    party: Customer | Supplier | None = (
        _party_by_ref(tx, Customer, ref) if kind == "customer" else _party_by_ref(tx, Supplier, ref)
    )
    if party is None:
        raise NotFound(
            tr("No customer {ref}.", ref=str(ref)) if kind == "customer" else tr("No supplier {ref}.", ref=str(ref))
        )
    return party


_Account = TypeVar("_Account", MoneyAccount, "_AccountView")


# --- receipts and payments ----------------------------------------------------------------
Allocate = str | list[tuple[uuid.UUID, Decimal]] | None  # "auto", [(debit item id, amount)…] or None


def receive_money(
    uow: UnitOfWork,
    *,
    customer_id: uuid.UUID | str,
    amount: Decimal,
    account_id: uuid.UUID | str,
    on: date,
    method: str = "转账",
    reference: str = "",
    memo: str = "",
    allocate: Allocate = None,
) -> MoneyTxnResult:
    """Record money received from a customer (RC), optionally allocating it ("auto" oldest first,
    or a list of (open item id, amount)). Raises ValidationError, NotFound, PeriodClosed."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        return record_receipt_tx(
            tx,
            customer_id=customer_id,
            amount=amount,
            account_id=account_id,
            on=on,
            method=method,
            reference=reference,
            memo=memo,
            allocate=allocate,
        )


def record_receipt_tx(
    tx: Session,
    *,
    customer_id,
    amount,
    account_id,
    on: date,
    method: str = "转账",
    reference: str = "",
    memo: str = "",
    allocate: Allocate = None,
) -> MoneyTxnResult:
    """The receipt inside an open transaction (a cash sale at the counter can call it too).
    Written below the ORM: the customer, the account and the chosen open items are read as plain
    rows and the documents appended (the receipt is the sale flow's last step, DESIGN.md §5);
    "auto" allocation and items chosen by number go through the mapped open items."""
    amount = _check_amount(amount)
    customer = _customer_ref(tx, customer_id)
    account = _usable(_locked_account_view(tx, account_id))
    chosen = isinstance(allocate, list) and all(isinstance(ref, uuid.UUID) for ref, _ in allocate)
    if chosen:
        assert isinstance(allocate, list)
        debits = lock_item_views(tx, [ref for ref, _ in allocate])
    else:
        _lock_allocation_targets(tx, OpenItemKind.RECEIVABLE.value, customer.id, allocate)
    ensure_period_open(tx, on)
    txn_id = uuid7()
    number = next_number(tx, PREFIX[MoneyTxnKind.RECEIPT], on)
    _ensure_covers(account, amount)
    posting = Posting(
        on,
        doc_type="RC",
        doc_id=txn_id,
        doc_number=number,
        memo=memo or tr("Receipt from {name}", name=customer.name),
    )
    posting.debit(account.gl_code, amount).credit(
        Accounts.RECEIVABLE, amount, party_kind="customer", party_id=customer.id
    )
    entry = _post(tx, posting)
    item = raise_open_item(
        tx,
        kind=OpenItemKind.RECEIVABLE.value,
        party_id=customer.id,
        doc_type="RC",
        doc_id=txn_id,
        doc_number=number,
        on=on,
        amount=-amount,
        memo=reference.strip(),
    )
    assert item is not None
    kind = MoneyTxnKind.RECEIPT.value
    insert_rows(  # posted as created: written as a row, never a tracked object
        tx,
        MoneyTxn.__table__,
        [
            {
                "id": txn_id,
                "number": number,
                "kind": kind,
                "on": on,
                "account_id": account.id,
                "amount": amount,
                "user_name": actor_of(tx).username,
                "party_kind": "customer",
                "party_id": customer.id,
                "method": method,
                "reference": reference.strip(),
                "memo": memo.strip(),
                "entry_id": entry.id,
                "open_item_id": item.id,
            }
        ],
    )
    insert_rows(
        tx,
        MoneyMove.__table__,
        [{"id": uuid7(), "account_id": account.id, "txn_id": txn_id, "on": on, "amount": amount}],
    )
    account.balance = account.balance + amount
    update_rows(tx, MoneyAccount.__table__, [{"id": account.id, "balance": account.balance}])
    if chosen:
        assert isinstance(allocate, list)
        credit = ItemView(item.id, item.kind, item.party_id, item.amount, ZERO, item.on, item.doc_number)
        allocated = allocate_views_tx(tx, credit, allocate, debits, on=on)
    else:
        allocated = _allocate_new(tx, tx.get_one(OpenItem, item.id), allocate, on)
    return MoneyTxnResult(txn_id, number, kind, amount, allocated, entry.number, item.id)


class _CustomerRef(NamedTuple):
    id: uuid.UUID
    name: str


@dataclass(eq=False)
class _AccountView:
    """A money account as a posting needs it, read below the ORM and row-locked."""

    id: uuid.UUID
    name: str
    gl_code: str
    balance: Decimal
    allow_negative: bool
    active: bool


_CU, _MA = Customer.__table__.c, MoneyAccount.__table__.c
_CUSTOMER_BY_ID = Prepared(select(_CU.id, _CU.name).where(_CU.id == bindparam("id")))
_CUSTOMER_BY_CODE = Prepared(select(_CU.id, _CU.name).where(_CU.code == bindparam("code")))
_ACCOUNT_ID_BY_CODE = Prepared(select(_MA.id).where(_MA.code == bindparam("code")))
_ACCOUNT_VIEW = Prepared(
    select(_MA.id, _MA.name, _MA.gl_code, _MA.balance, _MA.allow_negative, _MA.active).where(_MA.id == bindparam("id"))
)


def _customer_ref(tx: Session, ref: uuid.UUID | str) -> _CustomerRef:
    """``party_tx`` for a customer, read below the ORM. Raises NotFound."""
    row = (
        _CUSTOMER_BY_ID.first(tx, {"id": ref})
        if isinstance(ref, uuid.UUID)
        else _CUSTOMER_BY_CODE.first(tx, {"code": ref})
    )
    if row is None:
        raise NotFound(tr("No customer {ref}.", ref=str(ref)))
    return _CustomerRef(*row)


def _locked_account_view(tx: Session, ref: uuid.UUID | str) -> _AccountView:
    """``get_money_account_tx(lock=True)`` read below the ORM. Raises NotFound."""
    found = ref if isinstance(ref, uuid.UUID) else _ACCOUNT_ID_BY_CODE.scalar(tx, {"code": ref})
    row = _ACCOUNT_VIEW.first(tx, {"id": found}, lock=True) if found is not None else None
    if row is None:
        raise NotFound(tr("No money account {ref}.", ref=str(ref)))
    return _AccountView(*row)


def pay_money(
    uow: UnitOfWork,
    *,
    supplier_id: uuid.UUID | str,
    amount: Decimal,
    account_id: uuid.UUID | str,
    on: date,
    method: str = "转账",
    reference: str = "",
    memo: str = "",
    allocate: Allocate = None,
    acknowledged: frozenset[str] = frozenset(),
) -> MoneyTxnResult:
    """Record a payment to a supplier (PM), optionally allocated against its payables.
    Raises ValidationError (incl. an account that may not go below zero), NotFound, PeriodClosed,
    and whatever the approval rules raise for large payments."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        amount = _check_amount(amount)
        supplier = party_tx(tx, "supplier", supplier_id)
        account = _usable(get_money_account_tx(tx, account_id, lock=True))
        _lock_allocation_targets(tx, OpenItemKind.PAYABLE.value, supplier.id, allocate)
        ensure_period_open(tx, on)
        txn = _new_txn(
            tx,
            MoneyTxnKind.PAYMENT,
            on,
            account,
            amount,
            party_kind="supplier",
            party_id=supplier.id,
            method=method,
            reference=reference.strip(),
            memo=memo.strip(),
        )
        _ensure_payment_approved(tx, txn, supplier, acknowledged)
        _move(tx, account, txn, -amount)
        posting = Posting(
            on,
            doc_type="PM",
            doc_id=txn.id,
            doc_number=txn.number,
            memo=memo or tr("Payment to {name}", name=supplier.name),
        )
        posting.debit(Accounts.PAYABLE, amount, party_kind="supplier", party_id=supplier.id).credit(
            account.gl_code, amount
        )
        entry = _post(tx, posting)
        txn.entry_id = entry.id
        raised = raise_open_item(
            tx,
            kind=OpenItemKind.PAYABLE.value,
            party_id=supplier.id,
            doc_type="PM",
            doc_id=txn.id,
            doc_number=txn.number,
            on=on,
            amount=-amount,
            memo=reference.strip(),
        )
        item = _item_row(tx, raised)
        txn.open_item_id = item.id
        allocated = _allocate_new(tx, item, allocate, on)
        return MoneyTxnResult(txn.id, txn.number, txn.kind, amount, allocated, entry.number, item.id)


def _ensure_payment_approved(tx: Session, txn: MoneyTxn, supplier: Supplier, acknowledged: frozenset[str]) -> None:
    """APPROVALS CALL SITE — the one place payments ask the approval rules (doc type "payment").
    A payment posts in one action, so the acting user approves it on entry when their role is the
    rule's approver; otherwise it is refused naming who must enter (approve) it."""
    from erp_desktop.services.system import approvals

    facts = approvals.ApprovalFacts(
        amount=txn.amount, party_grade=supplier.grade or "", created_by=actor_of(tx).username
    )
    if not approvals.rules_for(tx, "payment", facts):
        return
    approvals.request_tx(tx, "payment", txn.id, facts, number=txn.number)
    approvals.approve_tx(tx, "payment", txn.id, facts, number=txn.number, reason=tr("Approved on entry"))
    approvals.ensure_approved(tx, "payment", txn.id, facts, number=txn.number)


def _lock_allocation_targets(tx: Session, kind: str, party_id: uuid.UUID, allocate: Allocate) -> None:
    """Lock the open items a new receipt or payment will be allocated to now, after its account
    and before any number is taken (the lock order in SYNC.md); they are re-read when allocated."""
    if allocate == "auto":
        lock_where(
            tx,
            OpenItem,
            OpenItem.kind == kind,
            OpenItem.party_id == party_id,
            OpenItem.amount > 0,
            OpenItem.amount != OpenItem.allocated,
        )
    elif isinstance(allocate, list):
        lock_rows(tx, OpenItem, [ref for ref, _ in allocate if isinstance(ref, uuid.UUID)])


def _allocate_new(tx: Session, item: OpenItem, allocate: Allocate, on: date) -> Decimal:
    from erp_desktop.services.finance.allocation import allocate_credit_tx, auto_allocate_credit_tx

    if allocate is None or allocate == "" or allocate == "none":
        return ZERO
    if allocate == "auto":
        return auto_allocate_credit_tx(tx, item, on=on)
    if isinstance(allocate, str):
        raise ValidationError(tr("Unknown allocation choice {choice}.", choice=allocate), field="allocate")
    return allocate_credit_tx(tx, item, list(allocate), on=on)


# --- transfers, other income and expenses -----------------------------------------------------
def transfer_money(
    uow: UnitOfWork,
    *,
    from_account_id: uuid.UUID | str,
    to_account_id: uuid.UUID | str,
    amount: Decimal,
    on: date,
    reference: str = "",
    memo: str = "",
) -> MoneyTxnResult:
    """Move money between two of our accounts (MT: Dr target / Cr source)."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        amount = _check_amount(amount)
        source, target = (_usable(a) for a in lock_accounts(tx, [from_account_id, to_account_id]))
        if source.id == target.id:
            raise ValidationError(tr("Choose two different accounts."), field="to_account")
        ensure_period_open(tx, on)
        txn = _new_txn(
            tx,
            MoneyTxnKind.TRANSFER,
            on,
            source,
            amount,
            to_account_id=target.id,
            method="转账",
            reference=reference.strip(),
            memo=memo.strip(),
        )
        _move(tx, source, txn, -amount)
        _move(tx, target, txn, amount)
        posting = Posting(
            on,
            doc_type="MT",
            doc_id=txn.id,
            doc_number=txn.number,
            memo=memo or tr("Transfer {source} → {target}", source=source.name, target=target.name),
        )
        posting.debit(target.gl_code, amount).credit(source.gl_code, amount)
        entry = _post(tx, posting)
        txn.entry_id = entry.id
        return MoneyTxnResult(txn.id, txn.number, txn.kind, amount, ZERO, entry.number, None)


def record_other(
    uow: UnitOfWork,
    *,
    kind: str,
    account_id: uuid.UUID | str,
    counter_account: str,
    amount: Decimal,
    on: date,
    method: str = "现金",
    reference: str = "",
    memo: str = "",
) -> MoneyTxnResult:
    """Other income (kind "income": Dr money / Cr revenue account) or expense (kind "expense":
    Dr expense account / Cr money), e.g. rent paid from cash → 5602 管理费用."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        return record_other_tx(
            tx,
            kind=kind,
            account_id=account_id,
            counter_account=counter_account,
            amount=amount,
            on=on,
            method=method,
            reference=reference,
            memo=memo,
        )


def record_other_tx(
    tx: Session,
    *,
    kind: str,
    account_id: uuid.UUID | str,
    counter_account: str,
    amount: Decimal,
    on: date,
    method: str = "现金",
    reference: str = "",
    memo: str = "",
) -> MoneyTxnResult:
    """``record_other`` in the caller's transaction (e.g. a bank fee found on a statement)."""
    if kind not in (MoneyTxnKind.INCOME.value, MoneyTxnKind.EXPENSE.value):
        raise ValidationError(tr("Unknown kind {kind}.", kind=kind), field="kind")
    amount = _check_amount(amount)
    account = _usable(get_money_account_tx(tx, account_id, lock=True))
    counter = tx.scalar(select(Account).where(Account.code == counter_account.strip()))
    if counter is None or not counter.active:
        raise ValidationError(tr("No active account {code}.", code=counter_account), field="counter_account")
    if counter.code in SUBLEDGER_CODES or _is_money_gl(tx, counter.code):
        raise ValidationError(
            tr(
                "Account {code} is kept by its own ledger; use a receipt, payment or transfer instead.",
                code=counter.code,
            ),
            field="counter_account",
        )
    ensure_period_open(tx, on)
    txn_kind = MoneyTxnKind(kind)
    txn = _new_txn(
        tx,
        txn_kind,
        on,
        account,
        amount,
        counter_account=counter.code,
        method=method,
        reference=reference.strip(),
        memo=memo.strip(),
    )
    posting = Posting(on, doc_type=PREFIX[txn_kind], doc_id=txn.id, doc_number=txn.number, memo=memo or counter.name)
    if txn_kind is MoneyTxnKind.INCOME:
        _move(tx, account, txn, amount)
        posting.debit(account.gl_code, amount).credit(counter.code, amount)
    else:
        _move(tx, account, txn, -amount)
        posting.debit(counter.code, amount).credit(account.gl_code, amount)
    entry = _post(tx, posting)
    txn.entry_id = entry.id
    return MoneyTxnResult(txn.id, txn.number, txn.kind, amount, ZERO, entry.number, None)


def _is_money_gl(tx: Session, code: str) -> bool:
    return (
        tx.execute(select(func.count()).select_from(MoneyAccount).where(MoneyAccount.gl_code == code)).scalar_one() > 0
    )


# --- reversal (冲销) ---------------------------------------------------------------------------------
def get_money_txn_tx(tx: Session, ref: uuid.UUID | str, *, lock: bool = False) -> MoneyTxn:
    """A money document by id or number. Raises NotFound."""
    if isinstance(ref, uuid.UUID):
        txn = lock_row(tx, MoneyTxn, ref) if lock else tx.get(MoneyTxn, ref)
    else:
        found = tx.scalar(select(MoneyTxn.id).where(MoneyTxn.number == ref.strip()))
        txn = None if found is None else lock_row(tx, MoneyTxn, found) if lock else tx.get(MoneyTxn, found)
    if txn is None:
        raise NotFound(tr("No money document {ref}.", ref=str(ref)))
    return txn


def reverse_money_txn(uow: UnitOfWork, txn_id: uuid.UUID | str, *, on: date, memo: str = "") -> MoneyTxnResult:
    """Reverse a money document (by id or number) dated ``on``: its allocations undone, then a
    document of the same kind with every move, journal line and open item mirrored, the new open
    item allocated against the original's. Raises InvalidTransition (already reversed, itself a
    reversal), PeriodClosed, ValidationError (a date before the original, an account that may not
    go below zero), NotFound."""
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        return reverse_money_txn_tx(tx, txn_id, on=on, memo=memo)


def _lock_with_allocated(tx: Session, item_id: uuid.UUID) -> OpenItem:
    """Lock an open item together with the items allocated against it (in id order, before its
    allocations are undone); the item, freshly read."""
    from erp_desktop.models.payments import Allocation

    debits = select(Allocation.debit_item_id).where(Allocation.credit_item_id == item_id)
    credits = select(Allocation.credit_item_id).where(Allocation.debit_item_id == item_id)
    lock_rows(tx, OpenItem, [item_id, *tx.scalars(debits), *tx.scalars(credits)])
    return tx.get_one(OpenItem, item_id)


def reverse_money_txn_tx(tx: Session, txn_id: uuid.UUID | str, *, on: date, memo: str = "") -> MoneyTxnResult:
    from erp_desktop.services.finance.allocation import allocate_pair_tx, unallocate_item_tx

    original = get_money_txn_tx(tx, txn_id, lock=True)
    if original.reversal_of_id is not None:
        number = tx.scalar(select(MoneyTxn.number).where(MoneyTxn.id == original.reversal_of_id)) or ""
        raise InvalidTransition(
            tr(
                "{number} is itself the reversal of {original} and cannot be reversed.",
                number=original.number,
                original=number,
            )
        )
    if original.reversed_by_id is not None:
        number = tx.scalar(select(MoneyTxn.number).where(MoneyTxn.id == original.reversed_by_id)) or ""
        raise InvalidTransition(
            tr("{number} has already been reversed by {reversal}.", number=original.number, reversal=number)
        )
    if original.kind == MoneyTxnKind.COUNTER.value:
        raise InvalidTransition(
            tr("{number} belongs to a counter ticket; take a return at the counter instead.", number=original.number)
        )
    ensure_period_open(tx, on)
    if on < original.on:
        raise ValidationError(
            tr("A reversal cannot be dated before the document it reverses ({date}).", date=original.on.isoformat()),
            field="on",
        )
    kind = MoneyTxnKind(original.kind)
    label = tr("Reversal of {number}", number=original.number)
    memo = memo.strip()
    # the lock order: the document (above), its accounts, its open item and those allocated to it
    moved_ids = list(tx.scalars(select(MoneyMove.account_id).where(MoneyMove.txn_id == original.id)))
    lock_rows(tx, MoneyAccount, [original.account_id, *moved_ids])
    item = _lock_with_allocated(tx, original.open_item_id) if original.open_item_id else None
    if item is not None:
        unallocate_item_tx(tx, item, on=on, memo=label)
    account = tx.get_one(MoneyAccount, original.account_id)
    reversal = _new_txn(
        tx,
        kind,
        on,
        account,
        original.amount,
        to_account_id=original.to_account_id,
        party_kind=original.party_kind,
        party_id=original.party_id,
        counter_account=original.counter_account,
        method=original.method,
        reference=original.reference,
        memo=memo or label,
        reversal_of_id=original.id,
    )
    for move in tx.scalars(
        select(MoneyMove).where(MoneyMove.txn_id == original.id).order_by(MoneyMove.amount.desc(), MoneyMove.id)
    ):
        moved = account if move.account_id == account.id else tx.get_one(MoneyAccount, move.account_id)
        _move(tx, moved, reversal, -move.amount, reversing=original.number)
    entry = tx.get(JournalEntry, original.entry_id) if original.entry_id else None
    entry_number = ""
    if entry is not None:
        posting = Posting(
            on,
            doc_type=PREFIX[kind],
            doc_id=reversal.id,
            doc_number=reversal.number,
            memo=memo or label,
            reversal_of_id=entry.id,
        )
        for line in entry.lines:  # every line with its sides swapped, described by the reversal's memo
            posting.credit(line.account_code, line.debit, party_kind=line.party_kind, party_id=line.party_id)
            posting.debit(line.account_code, line.credit, party_kind=line.party_kind, party_id=line.party_id)
        posted = _post(tx, posting)
        reversal.entry_id = posted.id
        entry_number = posted.number
    settled = ZERO
    new_item_id = None
    if item is not None:
        raised = raise_open_item(
            tx,
            kind=item.kind,
            party_id=item.party_id,
            doc_type=PREFIX[kind],
            doc_id=reversal.id,
            doc_number=reversal.number,
            on=on,
            amount=-item.amount,
            memo=label,
        )
        new_item = _item_row(tx, raised)
        reversal.open_item_id = new_item.id
        debit, credit = (new_item, item) if new_item.amount > ZERO else (item, new_item)
        allocate_pair_tx(tx, debit, credit, abs(item.amount), on=on, memo=label)
        settled, new_item_id = abs(item.amount), new_item.id
    original.reversed_by_id = reversal.id
    tx.flush()
    audit.record(tx, "reverse", "money_txn", original.id, summary=f"{original.number} → {reversal.number}")
    return MoneyTxnResult(
        reversal.id, reversal.number, reversal.kind, reversal.amount, settled, entry_number, new_item_id
    )
