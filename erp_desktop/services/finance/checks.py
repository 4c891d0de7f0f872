"""``verify`` checks for reversal chains (冲销): money documents (``MoneyTxn``) and stock documents
(``StockDoc``) corrected by a reversing document that points at the original (``reversal_of_id``)
while the original points back (``reversed_by_id``). ``services.system.verify`` runs ``CHECKS``.

Pairing rules (both kinds of document):
- a reversal points at an existing original of the same kind that is not itself a reversal, and
  the original's ``reversed_by_id`` points back at it (money: the same amount too; stock: both posted);
- no original is reversed twice — two reversals pointing at one original happen when two computers
  reverse the same document offline and then sync;
- an original marked as reversed has a reversal pointing at it.

Contents of a pair linked both ways:
- money: the two documents' money moves sum to zero per account, and their journal entries cancel
  line by line (same line number, account and party; debit and credit swapped);
- stock: the reversal's moves mirror the original's: the same products and quantities, from and to
  swapped; values are compared where the ledger takes the fixed value as given — reversals of
  issues (stock coming back in at its original value). A receipt's reversal takes the stock out at
  what the ledger holds (capped at the value left when the quantity runs out) and a transfer's is
  valued at the average of its date, so their values may rightly differ from the original's.

Each check is a few set-based queries that return only the problem rows; nothing is queried per
document, so a shop with hundreds of thousands of documents is checked in one pass.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, case, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from erp_desktop.i18n import tr
from erp_desktop.models.finance import JournalLine
from erp_desktop.models.inventory_docs import STOCK_DOC_TYPE, DocState, StockDoc, StockDocKind
from erp_desktop.models.payments import MoneyAccount, MoneyMove, MoneyTxn
from erp_desktop.models.stock import StockMove
from erp_desktop.services.ledger.checks import Check

_LIMIT = 20


def _number(value: str | None) -> str:
    return value or tr("(draft)")


def _pairing(tx: Session, model, *, same_amount: bool = False, posted: bool = False) -> list[str]:
    """The pairing rules for ``model`` (``MoneyTxn`` or ``StockDoc``): three queries returning only
    the documents that break them."""
    r, o = aliased(model), aliased(model)
    details: list[str] = []

    # one original, several reversals (two PCs reversed it offline)
    twice = (
        select(model.reversal_of_id)
        .where(model.reversal_of_id.is_not(None))
        .group_by(model.reversal_of_id)
        .having(func.count() > 1)
    )
    groups: dict = defaultdict(list)
    originals: dict = {}
    for original_id, original_number, reversal_number in tx.execute(
        select(r.reversal_of_id, o.number, r.number)
        .select_from(r)
        .outerjoin(o, o.id == r.reversal_of_id)
        .where(r.reversal_of_id.in_(twice))
        .order_by(o.number, r.number)
    ):
        originals[original_id] = original_number
        groups[original_id].append(_number(reversal_number))
    for original_id, reversals in groups.items():
        details.append(
            tr(
                "{original} was reversed {count} times ({reversals}), probably on two computers while offline; "
                "it is undone more than once.",
                original=_number(originals[original_id]),
                count=len(reversals),
                reversals=tr(", ").join(reversals),
            )
        )

    # a reversal whose original is missing, of another kind (or amount), itself a reversal, or not pointing back
    broken = [
        o.id.is_(None),
        o.kind != r.kind,
        o.reversal_of_id.is_not(None),
        o.reversed_by_id.is_(None),
        o.reversed_by_id != r.id,
    ]
    if same_amount:
        broken.append(o.amount != r.amount)
    if posted:
        broken += [o.state != DocState.POSTED.value, r.state != DocState.POSTED.value]
    columns = [r.number, o.id, o.number, o.kind != r.kind, o.reversal_of_id.is_not(None), o.reversed_by_id == r.id]
    columns += [r.amount, o.amount] if same_amount else [null(), null()]
    columns += [r.state, o.state] if posted else [null(), null()]
    rows = tx.execute(
        select(*columns)
        .select_from(r)
        .outerjoin(o, o.id == r.reversal_of_id)
        .where(r.reversal_of_id.is_not(None), r.reversal_of_id.not_in(twice), or_(*broken))
        .order_by(r.number)
        .limit(_LIMIT)
    ).all()
    for (
        reversal,
        original_id,
        original,
        other_kind,
        chained,
        points_back,
        amount,
        original_amount,
        state,
        original_state,
    ) in rows:
        reversal, original = _number(reversal), _number(original)
        if original_id is None:
            details.append(tr("{reversal} is the reversal of a document that does not exist.", reversal=reversal))
            continue
        if other_kind:
            details.append(
                tr(
                    "{reversal} reverses {original}, but the two documents are of different kinds.",
                    reversal=reversal,
                    original=original,
                )
            )
        if chained:
            details.append(
                tr("{reversal} reverses {original}, which is itself a reversal.", reversal=reversal, original=original)
            )
        if same_amount and amount != original_amount:
            details.append(
                tr(
                    "{reversal} reverses {original} for {amount}, but {original} is for {original_amount}.",
                    reversal=reversal,
                    original=original,
                    amount=amount,
                    original_amount=original_amount,
                )
            )
        if posted and (state != DocState.POSTED.value or original_state != DocState.POSTED.value):
            details.append(
                tr(
                    "{reversal} reverses {original}, but they are not both posted.",
                    reversal=reversal,
                    original=original,
                )
            )
        if not points_back:
            details.append(
                tr(
                    "{reversal} reverses {original}, but {original} is not marked as reversed by it.",
                    reversal=reversal,
                    original=original,
                )
            )

    # an original marked as reversed that no reversal points at
    for (original,) in tx.execute(
        select(o.number)
        .where(
            o.reversed_by_id.is_not(None), o.id.not_in(select(r.reversal_of_id).where(r.reversal_of_id.is_not(None)))
        )
        .order_by(o.number)
        .limit(_LIMIT)
    ):
        details.append(
            tr("{original} is marked as reversed, but no reversal points at it.", original=_number(original))
        )
    return details


def _linked_pairs(model, *columns):
    """Reversal and original linked both ways: (rid, oid, *columns), a materialized CTE so that the
    database finds the (few) pairs once and looks their moves and lines up by index, rather than
    walking every move of the shop to its document."""
    r, o = aliased(model), aliased(model)
    return (
        select(r.id.label("rid"), o.id.label("oid"), *(c(r, o) for c in columns))
        .join(o, and_(o.id == r.reversal_of_id, o.reversed_by_id == r.id))
        .cte(f"{model.__tablename__}_pairs")
        .prefix_with("MATERIALIZED")
    )


def _numbers(tx: Session, model, ids) -> dict:
    """Numbers of the documents named in the (few) problem rows."""
    ids = set(ids)
    if not ids:
        return {}
    return dict(tx.execute(select(model.id, model.number).where(model.id.in_(ids))).all())


def check_money_reversals(tx: Session) -> Check:
    details = _pairing(tx, MoneyTxn, same_amount=True)
    pairs = _linked_pairs(MoneyTxn, lambda r, o: r.entry_id.label("r_entry"), lambda r, o: o.entry_id.label("o_entry"))

    # the pair's money moves sum to zero per account
    moves = union_all(
        select(pairs.c.rid, pairs.c.oid, MoneyMove.account_id, MoneyMove.amount)
        .select_from(pairs)
        .join(MoneyMove, MoneyMove.txn_id == pairs.c.oid),
        select(pairs.c.rid, pairs.c.oid, MoneyMove.account_id, MoneyMove.amount)
        .select_from(pairs)
        .join(MoneyMove, MoneyMove.txn_id == pairs.c.rid),
    ).subquery()
    left = (
        select(moves.c.rid, moves.c.oid, moves.c.account_id, func.sum(moves.c.amount).label("left"))
        .group_by(moves.c.rid, moves.c.oid, moves.c.account_id)
        .having(func.sum(moves.c.amount) != 0)
        .subquery()
    )
    rows = tx.execute(
        select(left.c.rid, left.c.oid, MoneyAccount.code, left.c.left)
        .outerjoin(MoneyAccount, MoneyAccount.id == left.c.account_id)
        .limit(_LIMIT)
    ).all()

    # their journal entries cancel line by line
    lines = union_all(
        *(
            select(
                pairs.c.rid,
                pairs.c.oid,
                JournalLine.seq,
                JournalLine.account_code,
                JournalLine.party_kind,
                JournalLine.party_id,
                (JournalLine.debit - JournalLine.credit).label("signed"),
            )
            .select_from(pairs)
            .join(JournalLine, JournalLine.entry_id == entry)
            for entry in (pairs.c.o_entry, pairs.c.r_entry)
        )
    ).subquery()
    uncancelled = (
        select(lines.c.rid, lines.c.oid, func.count().label("n"))
        .group_by(lines.c.rid, lines.c.oid, lines.c.seq, lines.c.account_code, lines.c.party_kind, lines.c.party_id)
        .having(or_(func.sum(lines.c.signed) != 0, func.count() != 2))
        .subquery()
    )
    entries = tx.execute(
        select(uncancelled.c.rid, uncancelled.c.oid, func.sum(uncancelled.c.n))
        .group_by(uncancelled.c.rid, uncancelled.c.oid)
        .limit(_LIMIT)
    ).all()

    numbers = _numbers(tx, MoneyTxn, [i for row in (*rows, *entries) for i in row[:2]])
    for rid, oid, account, amount in sorted(rows, key=lambda row: (numbers.get(row[0], ""), row[2] or "")):
        details.append(
            tr(
                "{reversal} does not take back the money of {original}: account {account} is left with {amount}.",
                reversal=_number(numbers.get(rid)),
                original=_number(numbers.get(oid)),
                account=account or "?",
                amount=amount,
            )
        )
    for rid, oid, count in sorted(entries, key=lambda row: numbers.get(row[0], "")):
        details.append(
            tr(
                "The journal entry of {reversal} does not cancel that of {original} line by line: {count} line(s) left over.",
                reversal=_number(numbers.get(rid)),
                original=_number(numbers.get(oid)),
                count=count,
            )
        )
    return Check(tr("Money reversals pair up with their originals"), not details, tuple(details[:_LIMIT]))


def check_stock_reversals(tx: Session) -> Check:
    details = _pairing(tx, StockDoc, posted=True)
    pairs = _linked_pairs(StockDoc, lambda r, o: o.kind.label("kind"))

    # the reversal's moves mirror the original's: a multiset of (product, from, to, qty[, value])
    # with the reversal's from/to swapped, counted +1 for the original and −1 for the reversal
    value = case((pairs.c.kind == StockDocKind.ISSUE.value, StockMove.value), else_=null())
    moves = union_all(
        *(
            select(
                pairs.c.rid,
                pairs.c.oid,
                StockMove.product_id,
                a.label("a"),
                b.label("b"),
                StockMove.qty,
                value.label("value"),
                literal(side).label("side"),
            )
            .select_from(pairs)
            .join(StockMove, and_(StockMove.doc_type == STOCK_DOC_TYPE, StockMove.doc_id == doc))
            for doc, a, b, side in (
                (pairs.c.oid, StockMove.from_location_id, StockMove.to_location_id, 1),
                (pairs.c.rid, StockMove.to_location_id, StockMove.from_location_id, -1),
            )
        )
    ).subquery()
    unmatched = (
        select(moves.c.rid, moves.c.oid, func.abs(func.sum(moves.c.side)).label("n"))
        .group_by(moves.c.rid, moves.c.oid, moves.c.product_id, moves.c.a, moves.c.b, moves.c.qty, moves.c.value)
        .having(func.sum(moves.c.side) != 0)
        .subquery()
    )
    rows = tx.execute(
        select(unmatched.c.rid, unmatched.c.oid, func.sum(unmatched.c.n))
        .group_by(unmatched.c.rid, unmatched.c.oid)
        .limit(_LIMIT)
    ).all()
    numbers = _numbers(tx, StockDoc, [i for row in rows for i in row[:2]])
    for rid, oid, count in sorted(rows, key=lambda row: numbers.get(row[0], "")):
        details.append(
            tr(
                "The stock moves of {reversal} do not mirror those of {original}: {count} move(s) without a counterpart.",
                reversal=_number(numbers.get(rid)),
                original=_number(numbers.get(oid)),
                count=count,
            )
        )
    return Check(tr("Stock reversals pair up with their originals"), not details, tuple(details[:_LIMIT]))


from erp_desktop.services.finance.chart_checks import CHART_CHECKS  # noqa: E402

CHECKS = [check_money_reversals, check_stock_reversals, *CHART_CHECKS]
