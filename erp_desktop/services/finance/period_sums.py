"""The journal summed per account over a period: the shared base of the trial balance (试算平衡表)
and the account balances (科目余额表)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.models.base import sum_of
from erp_desktop.models.finance import JournalLine

ZERO_00 = Decimal("0.00")


def sides(net: Decimal) -> tuple[Decimal, Decimal]:
    """A net balance as (debit, credit): one side holds it, the other is zero."""
    return (net, ZERO_00) if net >= ZERO_00 else (ZERO_00, -net)


def period_sums(tx: Session, start: date, end: date) -> tuple[dict[str, Decimal], dict[str, tuple[Decimal, Decimal]]]:
    """Per account code: the net (debit − credit) before ``start``, and the debits and credits
    from ``start`` to ``end`` — what the trial balance and the 科目余额表 are built from."""
    before = {
        c: d - k
        for c, d, k in tx.execute(
            select(JournalLine.account_code, sum_of(JournalLine.debit), sum_of(JournalLine.credit))
            .where(JournalLine.on < start)
            .group_by(JournalLine.account_code)
        )
    }
    during = {
        c: (d, k)
        for c, d, k in tx.execute(
            select(JournalLine.account_code, sum_of(JournalLine.debit), sum_of(JournalLine.credit))
            .where(JournalLine.on >= start, JournalLine.on <= end)
            .group_by(JournalLine.account_code)
        )
    }
    return before, during
