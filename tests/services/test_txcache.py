"""Per-transaction caches keep themselves right: a flush that writes a cached table drops the
cache, and nothing in the services calls a ``forget_*`` helper (issue 14)."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from erp_desktop.errors import PeriodClosed, ValidationError
from erp_desktop.models.finance import Account, ClosedPeriod
from erp_desktop.services.ledger.journal import ensure_leaf, ensure_period_open, parent_codes
from erp_desktop.storage.txcache import tx_cache

ROOT = Path(__file__).resolve().parents[2] / "erp_desktop"


def test_closing_a_period_in_the_transaction_is_seen_by_the_next_posting(uow):
    with uow.write() as tx:
        ensure_period_open(tx, date(2026, 3, 5))  # reads and caches "nothing closed"
        tx.add(ClosedPeriod(year=2026, month=3, user_name="t", note=""))
        tx.flush()
        with pytest.raises(PeriodClosed):
            ensure_period_open(tx, date(2026, 3, 5))
        tx.rollback()


def test_an_account_added_in_the_transaction_makes_its_parent_unpostable(uow):
    with uow.write() as tx:
        parent = tx.scalar(select(Account).where(Account.code == "1001"))
        assert parent is not None and "1001" not in parent_codes(tx)
        ensure_leaf(tx, "1001")
        tx.add(Account(code="100101", name="petty cash", kind=parent.kind, parent_code="1001", active=True))
        tx.flush()
        with pytest.raises(ValidationError):
            ensure_leaf(tx, "1001")
        tx.rollback()


def test_a_cache_lives_for_one_transaction_and_ignores_tables_it_does_not_watch(uow):
    with uow.write() as tx:
        cache = tx_cache(tx, "t", [ClosedPeriod.__table__])
        cache["x"] = 1
        tx.add(Account(code="9999", name="x", kind="asset", active=True))
        tx.flush()
        assert tx_cache(tx, "t", [ClosedPeriod.__table__]) == {"x": 1}
        tx.rollback()
        assert tx_cache(tx, "t") == {}


def test_no_service_forgets_a_cache_by_hand():
    offenders = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if "forget_period_cache" in p.read_text(encoding="utf-8")
        or "forget_parent_cache" in p.read_text(encoding="utf-8")
        or "forget_refs" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
