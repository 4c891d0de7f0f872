"""``verify`` checks for the counter: every ticket has its stock moves, its money and its journal
entry, its payments add up to its total and its lines to its totals; a member's points and stored
value equal their events; stored value equals its account (2203 预收账款 booked with a member's
customer). ``services.system.verify`` runs ``CHECKS``. Each check is a few set-based queries."""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.counter import (
    CounterMember,
    CounterMemberEvent,
    CounterPayment,
    CounterTicket,
    CounterTicketLine,
)
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.payments import MoneyMove
from erp_desktop.models.stock import StockMove
from erp_desktop.services.counter.settings import stored_value_account
from erp_desktop.services.ledger.checks import Check

_LIMIT = 20
_PREFIX = {"sale": "POS", "return": "POR"}


def check_tickets(tx: Session) -> Check:
    details: list[str] = []
    lines: dict = {}
    line_gross: dict = {}
    for ticket_id, n, gross in tx.execute(
        select(CounterTicketLine.ticket_id, func.count(), sum_of(CounterTicketLine.gross)).group_by(
            CounterTicketLine.ticket_id
        )
    ):
        lines[ticket_id] = n
        line_gross[ticket_id] = gross
    moves = dict(
        tx.execute(
            select(StockMove.doc_id, func.count(StockMove.doc_line_id.distinct()))  # a bundle: a move per component
            .where(StockMove.doc_type.in_(tuple(_PREFIX.values())))
            .group_by(StockMove.doc_id)
        ).all()
    )
    entries = set(tx.scalars(select(JournalEntry.doc_id).where(JournalEntry.doc_type.in_(tuple(_PREFIX.values())))))
    paid = {
        k: v
        for k, v in tx.execute(
            select(CounterPayment.ticket_id, sum_of(CounterPayment.amount)).group_by(CounterPayment.ticket_id)
        )
    }
    # each money payment's move: + for a sale, − for a return, of the payment's amount
    bad_money = tx.execute(
        select(CounterTicket.number, CounterPayment.seq, CounterPayment.amount, CounterTicket.kind, MoneyMove.amount)
        .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
        .outerjoin(MoneyMove, MoneyMove.txn_id == CounterPayment.money_txn_id)
        .where(CounterPayment.account_id.is_not(None))
    ).all()
    for number, seq, amount, kind, moved in bad_money:
        expected = amount if kind == "sale" else -amount
        if moved != expected:
            details.append(
                tr(
                    "{number}: payment {seq} of {amount} has money move {moved}",
                    number=number,
                    seq=seq + 1,
                    amount=amount,
                    moved=moved,
                )
            )
    for ticket_id, number, total, entry_id in tx.execute(
        select(CounterTicket.id, CounterTicket.number, CounterTicket.total, CounterTicket.entry_id)
    ):
        if moves.get(ticket_id, 0) != lines.get(ticket_id, 0):
            details.append(
                tr(
                    "{number}: {lines} lines, {moves} stock moves",
                    number=number,
                    lines=lines.get(ticket_id, 0),
                    moves=moves.get(ticket_id, 0),
                )
            )
        if ticket_id not in entries or entry_id is None:
            details.append(tr("{number}: no journal entry", number=number))
        if paid.get(ticket_id, Decimal(0)) != total:
            details.append(
                tr(
                    "{number}: paid {paid}, total {total}",
                    number=number,
                    paid=paid.get(ticket_id, Decimal(0)),
                    total=total,
                )
            )
        if line_gross.get(ticket_id, Decimal(0)) != total:
            details.append(
                tr(
                    "{number}: lines add up to {lines}, total {total}",
                    number=number,
                    lines=line_gross.get(ticket_id, Decimal(0)),
                    total=total,
                )
            )
    returned = {
        k: v
        for k, v in tx.execute(
            select(CounterTicketLine.original_line_id, func.sum(CounterTicketLine.qty))
            .where(CounterTicketLine.original_line_id.is_not(None))
            .group_by(CounterTicketLine.original_line_id)
        )
    }
    for line_id, qty_returned in tx.execute(
        select(CounterTicketLine.id, CounterTicketLine.returned_qty).where(CounterTicketLine.returned_qty != 0)
    ):
        if returned.get(line_id) != qty_returned:
            details.append(
                tr(
                    "ticket line {id}: returned {qty}, return lines {lines}",
                    id=line_id,
                    qty=qty_returned,
                    lines=returned.get(line_id),
                )
            )
    return Check(tr("Counter tickets have their moves, money and entries"), not details, tuple(details[:_LIMIT]))


def check_members(tx: Session) -> Check:
    details: list[str] = []
    sums: dict = defaultdict(lambda: (0, Decimal(0)))
    for member_id, points, amount in tx.execute(
        select(
            CounterMemberEvent.member_id, func.sum(CounterMemberEvent.points), sum_of(CounterMemberEvent.amount)
        ).group_by(CounterMemberEvent.member_id)
    ):
        sums[member_id] = (int(points or 0), amount)
    total_stored = Decimal(0)
    customers = []
    for member_id, card, points, stored, customer_id in tx.execute(
        select(
            CounterMember.id,
            CounterMember.card_no,
            CounterMember.points,
            CounterMember.stored_value,
            CounterMember.customer_id,
        )
    ):
        total_stored += stored
        customers.append(customer_id)
        if sums[member_id] != (points, stored):
            details.append(
                tr(
                    "member {card}: {points} points and {stored} stored value, events {epoints} and {estored}",
                    card=card,
                    points=points,
                    stored=stored,
                    epoints=sums[member_id][0],
                    estored=sums[member_id][1],
                )
            )
    booked = Decimal(0)
    code = stored_value_account(tx, create=False)
    if customers and code:
        debit, credit = tx.execute(
            select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(
                JournalLine.account_code == code, JournalLine.party_id.in_(customers)
            )
        ).one()
        booked = credit - debit
    if booked != total_stored:
        details.append(
            tr("members' stored value {stored}, account {code} {booked}", stored=total_stored, code=code, booked=booked)
        )
    return Check(
        tr("Members' points and stored value equal their history and account"), not details, tuple(details[:_LIMIT])
    )


def check_shifts(tx: Session) -> Check:
    """A closed shift's report (fixed at close) still equals its tickets' payments by method, and
    its difference is counted − expected with a money document when not zero."""
    details: list[str] = []
    from erp_desktop.models.counter import CounterShift

    sums: dict = defaultdict(lambda: defaultdict(lambda: [Decimal(0), Decimal(0)]))
    for shift_id, kind, method, amount in tx.execute(
        select(CounterTicket.shift_id, CounterTicket.kind, CounterPayment.method, sum_of(CounterPayment.amount))
        .join(CounterTicket, CounterTicket.id == CounterPayment.ticket_id)
        .group_by(CounterTicket.shift_id, CounterTicket.kind, CounterPayment.method)
    ):
        sums[shift_id][method][0 if kind == "sale" else 1] += amount
    for shift in tx.scalars(select(CounterShift).where(CounterShift.state == "closed")):
        fixed = {m: [Decimal(v[0]), Decimal(v[1])] for m, v in dict((shift.report or {}).get("by_method", {})).items()}
        actual = {m: v for m, v in sums[shift.id].items() if v[0] or v[1]}
        if fixed != actual:
            details.append(
                tr(
                    "shift {number}: report {report}, payments {payments}",
                    number=shift.number,
                    report=fixed,
                    payments=actual,
                )
            )
        if (
            shift.counted_cash is None
            or shift.expected_cash is None
            or shift.counted_cash - shift.expected_cash != shift.difference
        ):
            details.append(
                tr(
                    "shift {number}: difference {difference} is not counted − expected",
                    number=shift.number,
                    difference=shift.difference,
                )
            )
        elif shift.difference and shift.difference_txn_id is None:
            details.append(
                tr(
                    "shift {number}: difference {difference} has no money document",
                    number=shift.number,
                    difference=shift.difference,
                )
            )
    return Check(tr("Closed shifts' reports equal their payments"), not details, tuple(details[:_LIMIT]))


def check_stores(tx: Session) -> Check:
    """多门店: see ``store_problems``."""
    details = store_problems(tx)
    return Check(
        tr("Every ticket's warehouse and money accounts belong to its store"), not details, tuple(details[:_LIMIT])
    )


def store_problems(tx: Session) -> list[str]:
    """多门店: every shift and ticket has its store (a ticket its shift's); no ticket line left from
    (or came back to) a bin of another store's warehouse (the posting takes its store's warehouse;
    a store that moved to a new warehouse leaves its old tickets in one no store holds now); and
    every payment's money account is its store's or one no store claims (a shop-wide account).
    Store changes that would break this for past tickets are refused (``stores``)."""
    from erp_desktop.models.counter import CounterShift
    from erp_desktop.models.stores import Store, StoreAccount
    from erp_desktop.models.warehouse import Location

    details: list[str] = []
    for number in tx.scalars(select(CounterShift.number).where(CounterShift.store_id.is_(None)).limit(_LIMIT)):
        details.append(tr("shift {number} has no store", number=number))
    for (number,) in tx.execute(
        select(CounterTicket.number)
        .join(CounterShift, CounterShift.id == CounterTicket.shift_id)
        .where(or_(CounterTicket.store_id.is_(None), CounterTicket.store_id != CounterShift.store_id))
        .limit(_LIMIT)
    ):
        details.append(tr("ticket {number} is not in its shift's store", number=number))
    stores: dict[uuid.UUID | None, Store] = {s.id: s for s in tx.scalars(select(Store))}
    owned: dict[uuid.UUID | None, uuid.UUID | None] = {
        s.warehouse_id: s.id for s in stores.values() if s.warehouse_id is not None
    }
    for number, store_id, warehouse_id in tx.execute(
        select(CounterTicket.number, CounterTicket.store_id, Location.warehouse_id)
        .join(CounterTicketLine, CounterTicketLine.ticket_id == CounterTicket.id)
        .join(Location, Location.id == CounterTicketLine.location_id)
        .distinct()
    ):
        store = stores.get(store_id)
        if store is None:
            continue  # reported above (no store) or a store not yet pulled
        owner = owned.get(warehouse_id)
        if owner is not None and owner != store_id:
            details.append(
                tr(
                    "ticket {number} of store {store}: its goods are in store {other}'s warehouse",
                    number=number,
                    store=store.code,
                    other=stores[owner].code,
                )
            )
    claimed: dict[uuid.UUID | None, set[uuid.UUID | None]] = defaultdict(set)
    for owner_id, owned_account in tx.execute(select(StoreAccount.store_id, StoreAccount.account_id)):
        claimed[owned_account].add(owner_id)
    for number, ticket_store, account_id in tx.execute(
        select(CounterTicket.number, CounterTicket.store_id, CounterPayment.account_id)
        .join(CounterPayment, CounterPayment.ticket_id == CounterTicket.id)
        .where(CounterPayment.account_id.is_not(None))
        .distinct()
    ):
        owners = claimed.get(account_id)
        if owners and ticket_store not in owners:
            store = stores.get(ticket_store)
            details.append(
                tr(
                    "ticket {number}: its money went to another store's account, not store {store}'s",
                    number=number,
                    store=store.code if store is not None else "",
                )
            )
    return details


CHECKS = [check_tickets, check_members, check_shifts, check_stores]
