"""Members (会员): a customer with a card, points and stored value (储值).

A member is a ``Customer`` (tier = the counter settings' member tier, so price lists of that tier
are the 会员价) plus a ``CounterMember`` row: card number, phone, points and stored value. Points
are earned per amount paid and redeemed as a discount (rules in the counter settings); stored
value is topped up with money — Dr money account / Cr 2203 预收账款 (party: the member's customer),
a liability until spent — and spent on tickets. Every change is a ``CounterMemberEvent``: the
member's history and statement.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.counter import CounterMember, CounterMemberEvent
from erp_desktop.models.parties import Customer
from erp_desktop.models.payments import MoneyMove, MoneyTxn
from erp_desktop.money import ZERO, money, to_decimal
from erp_desktop.services.counter.settings import (
    CASH,
    METHOD_WORDS,
    METHODS,
    STORED_VALUE,
    load_settings_tx,
    method_label,
    stored_value_account,
)
from erp_desktop.services.counter.stores import counter_store_tx
from erp_desktop.services.counter.tickets import COUNTER_KIND, _member_events
from erp_desktop.services.finance.money import lock_accounts
from erp_desktop.services.ledger.journal import Posting, ensure_period_open
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.rows import as_row, insert_rows
from erp_desktop.storage.uow import UnitOfWork, actor_of

TOPUP_PREFIX = "SV"
EVENT_LABELS = {
    "earn": N_("Points earned"),
    "redeem": N_("Points redeemed"),
    "unearn": N_("Points taken back"),
    "topup": N_("Top-up"),
    "spend": N_("Spent"),
    "refund": N_("Refunded"),
}


@dataclass(frozen=True)
class MemberRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    card_no: str
    name: str
    phone: str
    tier: str
    points: int
    stored_value: Decimal
    joined_on: date

    @property
    def label(self) -> str:
        return f"{self.name} · {self.card_no}"


@dataclass(frozen=True)
class MemberEventRow:
    at: datetime
    on: date
    kind: str
    label: str
    doc_number: str
    points: int
    amount: Decimal
    points_after: int
    stored_after: Decimal
    memo: str


@dataclass(frozen=True)
class MemberStatement:
    member: MemberRow
    events: tuple[MemberEventRow, ...]
    topped_up: Decimal
    spent: Decimal


def _row(tx: Session, m: CounterMember) -> MemberRow:
    customer = tx.get(Customer, m.customer_id)
    return MemberRow(
        m.id,
        m.customer_id,
        m.card_no,
        customer.name if customer else "",
        m.phone,
        customer.tier if customer else "",
        m.points,
        m.stored_value,
        m.joined_on,
    )


def create_member(uow: UnitOfWork, *, name: str, phone: str, card_no: str = "", on: date | None = None) -> MemberRow:
    """Enrol a member: a customer of the member tier plus the card. ``card_no`` "" = the phone.
    Raises ValidationError, Duplicate."""
    name, phone, card_no = (name or "").strip(), (phone or "").strip(), (card_no or "").strip()
    if not name:
        raise ValidationError(tr("Enter the member's name."), field="name")
    if not phone or not phone.replace("-", "").replace(" ", "").isdigit():
        raise ValidationError(tr("Enter the member's phone number (digits)."), field="phone")
    card_no = card_no or phone
    with uow.write() as tx:
        require(tx, Perm.SELL)
        settings = load_settings_tx(tx)
        if tx.scalar(select(CounterMember.id).where(CounterMember.card_no == card_no)) is not None:
            raise Duplicate(tr("Card {card} already belongs to a member.", card=card_no), field="card_no")
        if tx.scalar(select(CounterMember.id).where(CounterMember.phone == phone)) is not None:
            raise Duplicate(tr("Phone {phone} already belongs to a member.", phone=phone), field="phone")
        code = next_number(tx, "VIP", on or date.today())
        customer = Customer(
            id=uuid7(),
            code=code,
            name=name,
            tier=settings.member_tier,
            channel="门店",
            phone=phone,
            payment_terms_days=0,
        )
        tx.add(customer)
        tx.flush()  # no ORM relationship: the customer row before the member's
        member = CounterMember(
            id=uuid7(),
            customer_id=customer.id,
            card_no=card_no,
            phone=phone,
            joined_on=on or date.today(),
            points=0,
            stored_value=ZERO,
            active=True,
        )
        tx.add(member)
        tx.flush()
        return _row(tx, member)


def find_member(uow: UnitOfWork, text: str) -> MemberRow:
    """The member with this card number or phone (exact). Raises NotFound."""
    text = (text or "").strip()
    with uow.read() as tx:
        member = (
            tx.scalar(
                select(CounterMember).where(
                    CounterMember.active.is_(True), or_(CounterMember.card_no == text, CounterMember.phone == text)
                )
            )
            if text
            else None
        )
        if member is None:
            raise NotFound(tr("No member with card or phone {text}.", text=text))
        return _row(tx, member)


def get_member(uow: UnitOfWork, member_id: uuid.UUID) -> MemberRow:
    with uow.read() as tx:
        member = tx.get(CounterMember, member_id)
        if member is None:
            raise NotFound(tr("Member not found."))
        return _row(tx, member)


def list_members(uow: UnitOfWork, *, limit: int = 200) -> list[MemberRow]:
    with uow.read() as tx:
        return [_row(tx, m) for m in tx.scalars(select(CounterMember).order_by(CounterMember.card_no).limit(limit))]


def top_up(
    uow: UnitOfWork,
    member_id: uuid.UUID,
    *,
    amount: Decimal,
    method: str = CASH,
    on: date | None = None,
    reference: str = "",
) -> MemberRow:
    """储值: money in (``method``'s money account at this counter's store), the member's stored value up — Dr money /
    Cr 2203 预收账款 (the member's customer). Raises ValidationError, NotFound, PeriodClosed."""
    on = on or date.today()
    try:
        value = to_decimal(amount)
    except ValueError:
        raise ValidationError(tr("The top-up must be a number (got {value}).", value=amount), field="amount") from None
    if money(value) != value or value <= ZERO:
        raise ValidationError(tr("The amount must be greater than zero."), field="amount")
    if method not in METHODS or method == STORED_VALUE:
        raise ValidationError(tr("Unknown payment method {method}.", method=method), field="method")
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        ensure_period_open(tx, on)
        member = lock_row(tx, CounterMember, member_id)
        if member is None or not member.active:
            raise NotFound(tr("Member not found."))
        settings = counter_store_tx(tx).settings  # 多门店: the money goes to this counter's store's account
        code = settings.account_code(method)
        if not code:
            raise ValidationError(
                tr(
                    "No money account is set for {method}; set one in the counter settings.",
                    method=method_label(method),
                ),
                field="method",
            )
        account = lock_accounts(tx, [code])[0]
        if not account.active:
            raise ValidationError(tr("Money account {name} is inactive.", name=account.name), field="account")
        number = next_number(tx, TOPUP_PREFIX, on)
        customer = tx.get(Customer, member.customer_id)
        txn_id = uuid7()
        posting = Posting(
            on,
            doc_type=TOPUP_PREFIX,
            doc_id=txn_id,
            doc_number=number,
            memo=tr("Stored value top-up {number} · {name}", number=number, name=customer.name if customer else ""),
        )
        posting.debit(account.gl_code, value)
        posting.credit(stored_value_account(tx), value, party_kind="customer", party_id=member.customer_id)
        entry = posting.post(tx)
        insert_rows(
            tx,
            MoneyTxn.__table__,
            [
                as_row(
                    MoneyTxn(
                        id=txn_id,
                        number=number,
                        kind=COUNTER_KIND,
                        on=on,
                        account_id=account.id,
                        to_account_id=None,
                        party_kind="customer",
                        party_id=member.customer_id,
                        counter_account=stored_value_account(tx),
                        amount=value,
                        method=METHOD_WORDS[method],
                        reference=reference.strip()[:80],
                        memo=tr("Stored value top-up {number}", number=number),
                        entry_id=entry.id if entry is not None else None,
                        open_item_id=None,
                        user_name=actor_of(tx).username,
                        reversal_of_id=None,
                        reversed_by_id=None,
                    )
                )
            ],
        )
        insert_rows(
            tx,
            MoneyMove.__table__,
            [{"id": uuid7(), "account_id": account.id, "txn_id": txn_id, "on": on, "amount": value}],
        )
        account.balance = account.balance + value
        _member_events(
            tx, member, [("topup", 0, value)], on=on, money_txn_id=txn_id, number=number, memo=reference.strip()[:300]
        )
        return _row(tx, member)


def member_statement(uow: UnitOfWork, member_id: uuid.UUID) -> MemberStatement:
    """The member's history: every points and stored-value change with the balances after it."""
    with uow.read() as tx:
        member = tx.get(CounterMember, member_id)
        if member is None:
            raise NotFound(tr("Member not found."))
        points, stored = 0, ZERO
        topped, spent = ZERO, ZERO
        rows = []
        for e in tx.scalars(
            select(CounterMemberEvent)
            .where(CounterMemberEvent.member_id == member_id)
            .order_by(CounterMemberEvent.at, CounterMemberEvent.id)
        ):
            points += e.points
            stored += e.amount
            if e.kind == "topup":
                topped += e.amount
            elif e.kind == "spend":
                spent -= e.amount
            label = EVENT_LABELS.get(e.kind)
            rows.append(
                MemberEventRow(
                    e.at,
                    e.on,
                    e.kind,
                    tr(label) if label else e.kind,
                    e.doc_number,
                    e.points,
                    e.amount,
                    points,
                    stored,
                    e.memo,
                )
            )
        return MemberStatement(_row(tx, member), tuple(rows), topped, spent)
