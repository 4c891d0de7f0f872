"""待处理财产损溢: a posted stock count leaves its gain (Cr 1901) and loss (Dr 1901) pending until the owner
or accountant approves them into their final accounts — gains to 营业外收入, normal losses
(管理不善、定额内损耗) to 管理费用, other losses (非常损失) to 营业外支出 (the accounts are the
``count.*`` posting accounts, editable in Settings).

Each count is settled once, in one posting (doc type "PL", pointing at the count):
    Dr 1901 gain / Cr gain account;  Dr loss account / Cr 1901 loss.
Invariant (checked by ``verify``): the balance of 1901 equals Σ (loss − gain) of the counts not yet
settled, and no count is settled twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.inventory_docs import COUNT_DOC_TYPE, DocState, StockCount
from erp_desktop.models.warehouse import Warehouse
from erp_desktop.money import ZERO
from erp_desktop.services.finance.chart import posting_account
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

SETTLE_DOC_TYPE = "PL"  # 损溢 settled
LOSS_KINDS = ("normal", "other")


@dataclass(frozen=True)
class CountDifferenceRow:
    count_id: uuid.UUID
    number: str
    on: date
    warehouse: str
    gain: Decimal
    loss: Decimal

    @property
    def net(self) -> Decimal:
        """What 1901 holds for the count: loss − gain (a debit when positive)."""
        return self.loss - self.gain


@dataclass(frozen=True)
class SettleResult:
    count_number: str
    gain: Decimal
    loss: Decimal
    gain_account: str
    loss_account: str
    entry_number: str


def _reversed_ids():
    return select(JournalEntry.reversal_of_id).where(
        JournalEntry.doc_type == SETTLE_DOC_TYPE, JournalEntry.reversal_of_id.is_not(None)
    )


def settled_count_ids(tx: Session) -> set[uuid.UUID]:
    """Counts with a settlement that stands (a reversed settlement leaves its count pending again)."""
    return {
        i
        for i in tx.scalars(
            select(JournalEntry.doc_id).where(
                JournalEntry.doc_type == SETTLE_DOC_TYPE,
                JournalEntry.reversal_of_id.is_(None),
                JournalEntry.id.not_in(_reversed_ids()),
            )
        )
        if i is not None
    }


def _unsettled(tx: Session) -> list[CountDifferenceRow]:
    done = settled_count_ids(tx)
    rows = tx.execute(
        select(
            StockCount.id,
            StockCount.number,
            StockCount.on,
            Warehouse.name,
            StockCount.gain_value,
            StockCount.loss_value,
        )
        .join(Warehouse, Warehouse.id == StockCount.warehouse_id)
        .where(
            StockCount.state == DocState.POSTED.value,
            (StockCount.gain_value != ZERO) | (StockCount.loss_value != ZERO),
        )
        .order_by(StockCount.on, StockCount.number)
    ).all()
    return [CountDifferenceRow(*row) for row in rows if row[0] not in done]


def unsettled_counts(uow: UnitOfWork) -> list[CountDifferenceRow]:
    """Posted counts whose gain or loss still waits in 1901, oldest first."""
    with uow.read() as tx:
        return _unsettled(tx)


def pending_total(tx: Session) -> Decimal:
    return sum((r.net for r in _unsettled(tx)), ZERO)


def settle_counts(
    uow: UnitOfWork,
    numbers: Sequence[str] | None = None,
    *,
    on: date,
    loss: str = "normal",
    memo: str = "",
) -> list[SettleResult]:
    """Approve the differences of the counts ``numbers`` (default: every unsettled one) into their
    final accounts, one posting per count, all in one transaction. ``loss`` says whether the losses
    are normal (管理费用) or not (营业外支出). Raises NotFound, InvalidTransition (not posted, already
    settled, nothing to settle), ValidationError (a date before the count, a posting account that
    cannot be posted), PeriodClosed."""
    if loss not in LOSS_KINDS:
        raise ValidationError(tr("A loss is normal or other, not {loss}.", loss=loss), field="loss")
    with uow.write() as tx:
        require(tx, Perm.FINANCE)
        pending = {r.number: r for r in _unsettled(tx)}
        if numbers is None:
            chosen = list(pending.values())
            if not chosen:
                raise InvalidTransition(tr("No stock count differences are waiting to be settled."))
        else:
            chosen = [_pending(tx, pending, number) for number in dict.fromkeys(n.strip() for n in numbers)]
        gain_account = posting_account(tx, "count.gain")
        loss_account = posting_account(tx, "count.loss_normal" if loss == "normal" else "count.loss_other")
        results = []
        for row in chosen:
            if on < row.on:
                raise ValidationError(
                    tr(
                        "{number} was counted on {date}; settle it on or after that day.",
                        number=row.number,
                        date=row.on,
                    ),
                    field="on",
                )
            posting = Posting(
                on,
                doc_type=SETTLE_DOC_TYPE,
                doc_id=row.count_id,
                doc_number=row.number,
                memo=memo.strip() or tr("Count differences of {number} settled", number=row.number),
            )
            posting.debit(Accounts.PENDING_LOSS, row.gain).credit(gain_account, row.gain)
            posting.debit(loss_account, row.loss).credit(Accounts.PENDING_LOSS, row.loss)
            entry = posting.post(tx)
            audit.record(
                tx, "settle", "stock_count", row.count_id, summary=f"{row.number} +{row.gain} −{row.loss} ({loss})"
            )
            results.append(
                SettleResult(row.number, row.gain, row.loss, gain_account, loss_account, entry.number if entry else "")
            )
        return results


def _pending(tx: Session, pending: dict[str, CountDifferenceRow], number: str) -> CountDifferenceRow:
    if number in pending:
        return pending[number]
    count = tx.scalar(select(StockCount).where(StockCount.number == number))
    if count is None:
        raise NotFound(tr("No stock count {number}.", number=number))
    if count.state != DocState.POSTED.value:
        raise InvalidTransition(tr("Stock count {number} is not posted.", number=number))
    if count.id in settled_count_ids(tx):
        raise InvalidTransition(tr("The differences of {number} are already settled.", number=number))
    raise InvalidTransition(tr("Stock count {number} found no differences.", number=number))


def settlements_per_count(tx: Session) -> dict[uuid.UUID, int]:
    """How many (unreversed) settlements each count has — more than one is an error."""
    rows = tx.execute(
        select(JournalEntry.doc_id, func.count())
        .where(
            JournalEntry.doc_type == SETTLE_DOC_TYPE,
            JournalEntry.reversal_of_id.is_(None),
            JournalEntry.id.not_in(_reversed_ids()),
        )
        .group_by(JournalEntry.doc_id)
    ).all()
    return {doc_id: n for doc_id, n in rows if doc_id is not None}


__all__ = ["COUNT_DOC_TYPE", "CountDifferenceRow", "SettleResult", "settle_counts", "unsettled_counts"]
