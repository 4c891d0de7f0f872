"""月结 of the demo shop end to end: July–October close at once; November is refused with its
reasons (drafts, the count difference in 1901) until they are dealt with; every close carries the
month's income and expenses into 本年利润 (equal to the profit report), the balance sheet
balances, and re-opening restores every balance exactly. December carries 本年利润 into 利润分配."""

import shutil
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import InvalidTransition, ValidationError
from erp_desktop.models.finance import Account, AccountKind
from erp_desktop.models.inventory_docs import StockCount, StockDoc
from erp_desktop.services import finance, inventory
from erp_desktop.services.finance.close import balances_through, profit_and_loss_balances
from erp_desktop.services.finance.statements import balance_sheet, cash_flow, income_statement
from erp_desktop.services.system.setup import open_shop
from tests.support.finance import assert_books_tie_out

TODAY = date(2026, 12, 5)
PROFIT = "3103"  # what chart.account_for("current_year_profit") finds in the seeded chart


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, migrated_template):
    from erp_desktop import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    shop = open_shop(path)
    demo.build_demo(shop, seed=1, today=date(2026, 11, 20))  # the months the test walks through
    shop.engine.dispose()
    return path


@pytest.fixture
def shop(demo_file, tmp_path):
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(demo_file, path)
    uow = open_shop(path)
    yield uow
    uow.engine.dispose()


def _all_balances(uow, through=date(2027, 12, 31)):
    with uow.read() as tx:
        return balances_through(tx, through)


def _month_profit(uow, year, month):
    return finance.profit_report(uow, start=date(year, month, 1), end=finance.month_end(year, month)).profit


def _clear_november(uow):
    with uow.read() as tx:
        drafts = tx.scalars(select(StockDoc.id).where(StockDoc.state == "draft")).all()
        counts = tx.scalars(select(StockCount.id).where(StockCount.state == "draft")).all()
    for doc_id in drafts:
        inventory.delete_stock_doc(uow, doc_id)
    for count_id in counts:
        inventory.cancel_count(uow, count_id)
    # settle the count difference (a loss pending in 1901) into 管理费用, the 待处理财产损溢 step
    settled = finance.settle_counts(uow, on=date(2026, 11, 30), memo="盘亏转管理费用")
    assert settled
    with uow.read() as tx:
        assert balances_through(tx, date(2026, 11, 30)).get("1901", D("0.00")) == D("0.00")


def test_close_the_demo_months_carry_forward_and_reopen_exactly(shop):
    uow = shop
    for month in (7, 8, 9, 10):
        profit = _month_profit(uow, 2026, month)
        finance.close_period(uow, 2026, month, today=TODAY)
        with uow.read() as tx:
            assert profit_and_loss_balances(tx, finance.month_end(2026, month)) == {}
        cf = finance.list_vouchers(uow, finance_query(period=f"2026-{month:02d}", doc_type="CF")).rows
        if profit:
            detail = finance.voucher_detail(uow, cf[0].id)
            line = next(l for l in detail.lines if l.account_code == PROFIT)
            assert line.credit - line.debit == profit
        # the month's result is still the profit report's (carry-forward left out)
        assert _month_profit(uow, 2026, month) == profit
        assert income_statement(uow, 2026, month).value(32) == profit
        bs = balance_sheet(uow, 2026, month)
        assert bs.balanced and bs.value(30) == bs.value(53)
    year_profit = sum((_month_profit(uow, 2026, m) for m in (7, 8, 9, 10)), D("0.00"))
    assert -_all_balances(uow, date(2026, 10, 31))[PROFIT] == year_profit

    with pytest.raises(ValidationError) as refused:
        finance.close_period(uow, 2026, 11, today=TODAY)
    message = str(refused.value)
    assert "Drafts left open" in message and "SC-2026-000002" in message
    assert "1901 balance 15.78" in message
    assert finance.list_closed_periods(uow)[0].label == "2026-10"  # nothing written

    _clear_november(uow)
    checklist = finance.close_checklist(uow, 2026, 11)
    assert checklist.passed, checklist.reasons
    assert not next(i for i in checklist.items if i.key == "uninvoiced").ok  # information only
    before = _all_balances(uow)
    profit = _month_profit(uow, 2026, 11)
    finance.close_period(uow, 2026, 11, today=TODAY)
    after = _all_balances(uow)
    with uow.read() as tx:
        pl = {
            c
            for c, k in tx.execute(select(Account.code, Account.kind))
            if k in (AccountKind.REVENUE, AccountKind.EXPENSE)
        }
    assert all(after.get(c, D(0)) == 0 for c in pl)
    assert after[PROFIT] - before.get(PROFIT, D(0)) == -profit
    assert income_statement(uow, 2026, 11).value(32, 1) == year_profit + profit
    assert balance_sheet(uow, 2026, 11).balanced
    assert cash_flow(uow, 2026, 11).balanced
    assert_books_tie_out(uow)

    finance.reopen_period(uow, 2026, 11, reason="补录发票")
    assert _all_balances(uow) == before  # exactly, account by account
    assert _month_profit(uow, 2026, 11) == profit
    finance.carry_forward(uow, 2026, 11)
    with pytest.raises(InvalidTransition, match="already has its carry-forward"):
        finance.carry_forward(uow, 2026, 11)
    finance.close_period(uow, 2026, 11, today=TODAY)  # uses the carry-forward already written
    assert len(finance.list_vouchers(uow, finance_query(period="2026-11", doc_type="CF")).rows) == 3
    assert _all_balances(uow) == after


def test_december_carries_the_year_profit_into_undistributed_profit(shop):
    uow = shop
    for month in (7, 8, 9, 10):
        finance.close_period(uow, 2026, month, today=TODAY)
    _clear_november(uow)
    finance.close_period(uow, 2026, 11, today=TODAY)
    year = sum((_month_profit(uow, 2026, m) for m in range(7, 12)), D("0.00"))
    finance.close_period(uow, 2026, 12, today=date(2027, 1, 5))
    balances = _all_balances(uow)
    assert PROFIT not in balances
    assert -balances["310415"] == year
    bs = balance_sheet(uow, 2026, 12)
    assert bs.balanced and bs.value(51) == year + _opening_equity(balances)
    finance.reopen_period(uow, 2026, 12, reason="调整")
    assert -_all_balances(uow)[PROFIT] == year


def _opening_equity(balances):
    return -balances.get("3999", D(0))


def finance_query(**filters):
    from erp_desktop.services.paging import ListQuery

    return ListQuery(filters=filters, limit=500)
