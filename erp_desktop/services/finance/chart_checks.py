"""``verify`` checks for the chart and what hangs on it (run from ``finance.checks.CHECKS``):
- a parent account holds no balance of its own (only leaves take lines; a parent hands its
  balance to its first sub-account), and every account a line names is in the chart's tree;
- every posting account (the counter-account of a reason, a count's gain or loss) is an active leaf;
- 1901 待处理财产损溢 equals Σ (loss − gain) of the stock counts not yet settled, and no count is
  settled twice;
- at most one VAT entry (应交增值税 → 未交增值税) per month.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import Account, JournalEntry, JournalLine
from erp_desktop.services.finance.chart import POSTING_KEYS, _chosen
from erp_desktop.services.finance.settle import pending_total, settlements_per_count
from erp_desktop.services.finance.vat import VAT_DOC_TYPE
from erp_desktop.services.ledger.checks import Check
from erp_desktop.services.ledger.journal import Accounts


def check_parents_hold_nothing(tx: Session) -> Check:
    parents = set(tx.scalars(select(Account.parent_code).where(Account.parent_code.is_not(None)).distinct()))
    bad = []
    if parents:
        for code, d, c in tx.execute(
            select(JournalLine.account_code, sum_of(JournalLine.debit), sum_of(JournalLine.credit))
            .where(JournalLine.account_code.in_(parents))
            .group_by(JournalLine.account_code)
        ):
            if d != c:
                bad.append(
                    tr(
                        "{code} has sub-accounts but a balance of its own: {amount}",
                        code=code,
                        amount=d - c,
                    )
                )
    return Check(tr("Parent accounts hold no balance of their own"), not bad, tuple(bad[:20]))


def check_posting_accounts(tx: Session) -> Check:
    accounts = {a.code: a for a in tx.scalars(select(Account))}
    parents = {a.parent_code for a in accounts.values() if a.parent_code}
    bad = []
    for key, (label, _default) in POSTING_KEYS.items():
        code = _chosen(tx, key)
        account = accounts.get(code)
        if account is None or not account.active or code in parents:
            bad.append(
                tr(
                    "{what} books {code}, which is not an active account without sub-accounts",
                    what=tr(label),
                    code=code,
                )
            )
    return Check(tr("Every reason books a postable account"), not bad, tuple(bad))


def check_pending_counts(tx: Session) -> Check:
    d, c = tx.execute(
        select(sum_of(JournalLine.debit), sum_of(JournalLine.credit)).where(
            JournalLine.account_code == Accounts.PENDING_LOSS
        )
    ).one()
    balance = d - c
    pending = pending_total(tx)
    bad = []
    if balance != pending:
        bad.append(
            tr("1901 holds {balance}; the unsettled counts add up to {pending}", balance=balance, pending=pending)
        )
    twice = [str(i) for i, n in settlements_per_count(tx).items() if n > 1]
    bad += [tr("stock count {id} is settled more than once", id=i) for i in twice]
    return Check(tr("待处理财产损溢 equals the unsettled count differences"), not bad, tuple(bad[:20]))


def check_one_vat_entry_per_month(tx: Session) -> Check:
    months = Counter(
        number
        for number in tx.scalars(
            select(JournalEntry.doc_number).where(
                JournalEntry.doc_type == VAT_DOC_TYPE, JournalEntry.reversal_of_id.is_(None)
            )
        )
    )
    reversed_ = Counter(
        number
        for number in tx.scalars(
            select(JournalEntry.doc_number).where(
                JournalEntry.doc_type == VAT_DOC_TYPE, JournalEntry.reversal_of_id.is_not(None)
            )
        )
    )
    bad = [
        tr("{month} has {n} VAT entries", month=m, n=n - reversed_[m])
        for m, n in months.items()
        if n - reversed_[m] > 1
    ]
    return Check(tr("At most one VAT entry per month"), not bad, tuple(bad))


CHART_CHECKS = [check_parents_hold_nothing, check_posting_accounts, check_pending_counts, check_one_vat_entry_per_month]
