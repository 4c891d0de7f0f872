"""S1 of the reliability review: every change a PC makes reaches the server, whatever the clock
of the process that made it — several processes on one file, a clock a day fast, a clock that
jumps back — and the pending count is exact (the outbox, ``storage.outbox``)."""

from __future__ import annotations

import time

from sqlalchemy import text

from erp_desktop.models.parties import Customer
from erp_desktop.services.sync import engine as sync
from erp_desktop.storage.uow import HybridClock, UnitOfWork
from tests.support import factories as f


class ShiftedClock(HybridClock):
    """A process whose wall clock is ``shift`` seconds off (a day fast, or jumped back)."""

    def __init__(self, shift: float) -> None:
        super().__init__()
        self.shift = shift

    def now(self) -> int:
        with self._lock:
            physical = int((time.time() + self.shift) * 1000) << 16
            self._last = max(self._last + 1, physical)
            return self._last


def _process(uow: UnitOfWork, shift: float) -> UnitOfWork:
    """Another process on the same shop file: same PC id, its own clock."""
    return UnitOfWork(uow.engine, uow.actor, uow.pc_id, ShiftedClock(shift))


def _on_server(url: str, code: str) -> int:
    engine = sync._server(url)
    with engine.connect() as conn:
        return conn.scalar(text("SELECT count(*) FROM customer WHERE code = :c"), {"c": code})


def _add_customer(uow: UnitOfWork, code: str) -> None:
    with uow.write() as tx:
        f.customer(tx, code, name=f"客户 {code}")


def test_a_slow_process_after_a_fast_one_leaves_nothing_behind(pcs, server_url):
    first = pcs.new("first")
    _add_customer(first, "A1")
    sync.sync_now(first, server_url)
    pc = pcs.new("counter")
    sync.sync_now(pc, server_url)
    fast = _process(pc, 86_400)  # the scheduled `erp-desktop sync`, its clock a day fast
    window = _process(pc, 0)  # the window, open all day
    _add_customer(fast, "FAST")
    sync.sync_now(fast, server_url)  # the push cursor is now a day ahead of the window's clock
    _add_customer(window, "WIN")
    assert sync.pending_changes(window) == 1
    assert sync.pending_changes(fast) == 1  # the count is the file's, whichever process asks
    sync.sync_now(fast, server_url)
    assert _on_server(server_url, "WIN") == 1
    assert sync.pending_changes(window) == 0
    sync.sync_now(first, server_url)
    with first.read() as tx:
        assert {c.code for c in tx.query(Customer)} >= {"A1", "FAST", "WIN"}


def test_a_clock_that_jumps_back_still_pushes_and_counts_exactly(pcs, server_url):
    pc = pcs.new("shop")
    _add_customer(pc, "BEFORE")
    sync.sync_now(pc, server_url)
    back = _process(pc, -3 * 86_400)  # the PC's clock was set back three days
    _add_customer(back, "AFTER1")
    _add_customer(back, "AFTER2")
    with back.write() as tx:  # an edit of an already pushed row, under the old clock
        customer = tx.query(Customer).filter_by(code="BEFORE").one()
        customer.name = "改过的名字"
    assert sync.pending_changes(pc) == 3
    result = sync.sync_now(back, server_url)
    assert result.pushed == 3
    assert sync.pending_changes(pc) == 0
    assert _on_server(server_url, "AFTER1") == _on_server(server_url, "AFTER2") == 1
    engine = sync._server(server_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM customer WHERE code = 'BEFORE'")) == "改过的名字"


def test_a_second_sync_sends_nothing_and_a_pulled_row_is_not_sent_back(pcs, server_url):
    a, b = pcs.new("a"), pcs.new("b")
    _add_customer(a, "C1")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    assert sync.sync_now(a, server_url).pushed == 0
    assert sync.pending_changes(b) == 0
    assert sync.sync_now(b, server_url).pushed == 0


def test_reversed_receipts_reach_a_new_pc_whatever_order_their_stamps_came_in(pcs, server_url):
    """B1: a reversal and the updated original get stamps in either order; a PC that lacks the
    original used to fail every sync with a foreign-key error. Repeated so both orders occur."""
    from datetime import date
    from decimal import Decimal as D

    from erp_desktop.models.payments import MoneyTxn
    from erp_desktop.services import finance
    from erp_desktop.services.system import verify

    pc = pcs.new("accountant")
    with pc.write() as tx:
        customer = f.customer(tx, "C9", name="张三超市").id
    bank = finance.create_money_account(pc, code="BANK", name="银行", opening_on=date(2026, 9, 30))
    for day in range(1, 9):
        receipt = finance.receive_money(
            pc, customer_id=customer, amount=D("10.00"), account_id=bank.id, on=date(2026, 10, day)
        )
        finance.reverse_money_txn(pc, receipt.number, on=date(2026, 10, day))
    sync.sync_now(pc, server_url)
    assert sync.pending_changes(pc) == 0
    fresh = pcs.new("new-laptop")
    joined = sync.sync_now(fresh, server_url)
    assert joined.cloned
    with fresh.read() as tx:
        assert tx.query(MoneyTxn).count() == 16
        assert tx.query(MoneyTxn).filter(MoneyTxn.reversal_of_id.isnot(None)).count() == 8
    assert all(check.ok for check in verify.run_checks(fresh))
    assert sync.sync_now(fresh, server_url).pushed == 0
