"""The sale flow online (DESIGN.md §5 ``sale_flow_pg_ms``): each step is a fixed number of
statements, each one a round trip to the server, and a connection just back in the pool is used
without a ping while one the server closed is replaced."""

from __future__ import annotations

import time
from contextlib import contextmanager
from datetime import date
from decimal import Decimal as D

from sqlalchemy import create_engine, event, select, text

from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.services import finance, sales
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.storage import engine as engine_module
from tests.support.sales import ON, assert_books_tie_out, make_shop

# statements per step (before: 12, 8, 33, 22): the chain head is locked and read in one
# statement, the series comes with the first number, the entry's voucher and JE numbers in one,
# its account ids with the leaf check, the date rules with the last closed month, stock costs
# and balances are made, locked and read in one statement each, an order's products with their
# costs, the order to confirm with its lines and customer, the order to deliver with its customer
BUDGET = {"order": 9, "confirm": 5, "deliver": 25, "receipt": 17}


@contextmanager
def traced(uow):
    seen: list[str] = []
    pings: list[int] = []
    ping = uow.engine.dialect.do_ping

    def count_ping(dbapi_conn):
        pings.append(1)
        return ping(dbapi_conn)

    def trace(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(uow.engine, "before_cursor_execute", trace)
    uow.engine.dialect.do_ping = count_ping
    try:
        yield seen, pings
    finally:
        event.remove(uow.engine, "before_cursor_execute", trace)
        uow.engine.dialect.do_ping = ping


def _flow(uow, shop, seen: list[str]) -> dict[str, int]:
    counts = {}
    seen.clear()
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D(2))], on=ON)
    counts["order"] = len(seen)
    seen.clear()
    order = sales.confirm_order(uow, order.id, expected_version=order.version)
    counts["confirm"] = len(seen)
    seen.clear()
    delivery = sales.deliver_order(uow, order.id, on=ON, warehouse_id=shop.w1, expected_version=order.version)
    counts["deliver"] = len(seen)
    with uow.read() as tx:
        item_id, amount = tx.execute(select(OpenItem.id, OpenItem.amount).where(OpenItem.doc_id == delivery.id)).one()
    account = finance.list_money_accounts(uow)[0].id
    seen.clear()
    finance.receive_money(
        uow, customer_id=shop.customer, amount=amount, account_id=account, on=ON, allocate=[(item_id, amount)]
    )
    counts["receipt"] = len(seen)
    return counts


def test_each_step_of_the_flow_is_its_budget_of_statements(pg_uow):
    uow = pg_uow
    shop = make_shop(uow)
    finance.create_money_account(uow, code="BANK1", name="bank")
    with traced(uow) as (seen, pings):
        _flow(uow, shop, seen)  # warm: sequences, caches
        pings.clear()
        counts = _flow(uow, shop, seen)
    assert counts == BUDGET
    assert pings == [], "a connection back in the pool a moment ago is used without a ping"
    with uow.read() as tx:  # the numbers taken together are the ones taken one by one
        numbers = tx.execute(
            select(JournalEntry.number, JournalEntry.voucher_period, JournalEntry.voucher_no).order_by(
                JournalEntry.number
            )
        ).all()
    assert [n for n, _p, _v in numbers] == [f"JE-2026-{i:06d}" for i in range(1, len(numbers) + 1)]
    flow_month = [v for _n, period, v in numbers if period == ON.year * 100 + ON.month]
    assert len(flow_month) == 4 and flow_month == [f"记-{i:04d}" for i in range(1, 5)]
    assert_books_tie_out(uow)


def test_a_new_month_starts_its_vouchers_with_the_entry_numbers_running_on(pg_uow):
    uow = pg_uow
    shop = make_shop(uow)
    with uow.write() as tx:
        first = Posting(date(2026, 3, 2), memo="m").debit("1001", D(1)).credit("3999", D(1)).post(tx)
        second = Posting(date(2026, 4, 1), memo="m").debit("1001", D(1)).credit("3999", D(1)).post(tx)
        third = Posting(date(2026, 4, 2), memo="m").debit("1001", D(1)).credit("3999", D(1)).post(tx)
    assert first and second and third and shop
    assert [e.voucher_no for e in (first, second, third)] == ["记-0001", "记-0001", "记-0002"]
    assert (first.voucher_period, second.voucher_period) == (202603, 202604)
    numbers = [int(e.number.rsplit("-", 1)[1]) for e in (first, second, third)]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]


def test_a_connection_the_server_closed_is_replaced_without_an_error(pg_uow, pg_url):
    uow = pg_uow
    with uow.read() as tx:
        pid = tx.execute(text("SELECT pg_backend_pid()")).scalar()
        database = tx.execute(text("SELECT current_database()")).scalar()
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
            for _ in range(50):  # until the backend is gone
                if not conn.execute(
                    text("SELECT 1 FROM pg_stat_activity WHERE pid = :p AND datname = :d"), {"p": pid, "d": database}
                ).first():
                    break
                time.sleep(0.05)
    finally:
        admin.dispose()
    with uow.read() as tx:  # within PING_IDLE_S: the closed socket is noticed, the ping fails, a new one
        assert tx.execute(text("SELECT pg_backend_pid()")).scalar() != pid


def test_a_connection_idle_for_longer_is_pinged(pg_uow, monkeypatch):
    uow = pg_uow
    with uow.read() as tx:
        tx.execute(text("SELECT 1"))
    monkeypatch.setattr(engine_module, "PING_IDLE_S", 0.0)
    with traced(uow) as (_seen, pings), uow.read() as tx:
        tx.execute(text("SELECT 1"))
    assert pings == [1]
