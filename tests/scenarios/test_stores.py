"""多门店 (issue 18): two stores, each with its warehouse, its counter (PC) and its money accounts; a
day of tickets in each; the shift takings and the profit report cut by store tie out with the
books, and ``verify`` finds a ticket whose money went to another store's account."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select, update

from erp_desktop.errors import Duplicate, ValidationError
from erp_desktop.models.catalog import PriceList, PriceListItem
from erp_desktop.models.counter import CounterPayment, CounterShift, CounterTicket, CounterTicketLine
from erp_desktop.models.stores import DEFAULT_STORE_ID, StoreAccount
from erp_desktop.models.warehouse import Location
from erp_desktop.services import analysis, counter, finance
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.system import verify
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories
from tests.support.counter import ON, make_counter_shop, money_balance
from tests.support.sales import assert_books_tie_out


def _cash(amount: str) -> counter.PaymentInput:
    return counter.PaymentInput("cash", D(amount))


@pytest.fixture
def two_stores(uow):
    shop = make_counter_shop(uow)
    with uow.write() as tx:
        w2, (bin2,) = factories.warehouse(tx, "W2", bins=("B-01",))
        from erp_desktop.models.catalog import Product

        a = tx.get(Product, shop.a)
        factories.opening_stock(tx, a, bin2, "40", "7")
        price_list = PriceList(name="西湖店价", tier="", channel="")
        tx.add(price_list)
        tx.flush()
        tx.add(PriceListItem(price_list_id=price_list.id, product_id=shop.a, price=D("10.00"), min_qty=D(0)))
        ids = (w2.id, bin2.id)
    for code, name in (("XJ02", "Cash box 2"), ("WX02", "WeChat 2")):
        finance_money.create_money_account(uow, code=code, name=name, kind="cash" if code.startswith("XJ") else "bank")
    counter.update_store(uow, "S001", counter.StoreInput(code="S001", name="总店", warehouse="W1"))
    store2 = counter.create_store(
        uow,
        counter.StoreInput(
            code="S002",
            name="西湖店",
            warehouse="W2",
            price_list="西湖店价",
            earn_per=D(2),
            accounts={"cash": "XJ02", "wechat": "WX02"},
        ),
    )
    pc_b = UnitOfWork(uow.engine, uow.actor, "PC-B")
    counter.assign_counter(uow, "S002", "PC-B", label="收银台1")
    return shop, store2, pc_b, ids


def test_store_rules_refuse_bad_input(uow, two_stores):
    _shop, store2, _pc_b, _ids = two_stores
    with pytest.raises(ValidationError, match="W1 already belongs to store S001"):
        counter.create_store(uow, counter.StoreInput(code="S003", name="三店", warehouse="W1"))
    with pytest.raises(Duplicate, match="S002 is already used"):
        counter.create_store(uow, counter.StoreInput(code="S002", name="again", warehouse="W2"))
    with pytest.raises(ValidationError, match="Choose the store's warehouse"):
        counter.create_store(uow, counter.StoreInput(code="S003", name="三店"))
    with pytest.raises(ValidationError, match="No money account NOPE"):
        counter.update_store(
            uow, "S002", counter.StoreInput(code="S002", name="西湖店", warehouse="W2", accounts={"cash": "NOPE"})
        )
    with pytest.raises(ValidationError, match="default store S001 cannot be deactivated"):
        counter.deactivate_store(uow, "S001")
    rows = {r.code: r for r in counter.list_stores(uow)}
    assert rows["S002"].accounts == (("cash", "XJ02"), ("wechat", "WX02"))
    assert rows["S002"].counters == ("PC-B",) and rows["S002"].warehouse_code == "W2"
    assert rows["S001"].is_default and rows["S001"].id == DEFAULT_STORE_ID
    assert store2.price_list == "西湖店价" and store2.earn_per == D(2)


def test_two_stores_a_day_ties_out_with_the_books(uow, two_stores):
    shop, store2, pc_b, (w2, bin2) = two_stores
    assert counter.this_store(uow).code == "S001" and counter.this_store(pc_b).code == "S002"
    a = counter.LineInput(shop.a, D(2))
    b = counter.LineInput(shop.b, D(1))

    # store 1 (this PC, the default store): the shop-wide accounts, the tag price
    s1 = counter.open_shift(uow, float_amount=D("100"), on=ON)
    assert s1.store.startswith("S001") and s1.cash_account == "XJ01"
    t1 = counter.sell(uow, lines=[a], payments=[_cash("50")], on=ON)  # 22.60
    counter.sell(uow, lines=[b], payments=[counter.PaymentInput("wechat", D("32.70"))], on=ON)
    # store 2 (PC-B): its own price list (A at 10.00), cash box XJ02, WeChat WX02, warehouse W2
    s2 = counter.open_shift(pc_b, float_amount=D("50"), on=ON)
    assert s2.store.startswith("S002") and s2.cash_account == "XJ02"
    assert counter.price_ticket(pc_b, [a]).total == D("20.00")
    t2 = counter.sell(pc_b, lines=[counter.LineInput(shop.a, D(3))], payments=[_cash("30")], on=ON)
    member = counter.create_member(uow, name="王芳", phone="13800138000", on=ON)
    sold = counter.sell(pc_b, lines=[a], payments=[counter.PaymentInput("wechat", D("20"))], member_id=member.id, on=ON)
    assert sold.points_earned == 10  # 20.00 at store 2's rule of one point per 2 yuan
    counter.sell(pc_b, lines=[counter.LineInput(shop.a, D(1))], payments=[_cash("10")], on=ON)
    # a return belongs to the store that sold it
    with pytest.raises(ValidationError, match="was sold at store S002"):
        counter.return_ticket(uow, t2.number, on=ON)
    counter.return_ticket(pc_b, t2.number, lines=None, on=ON)  # 30.00 back in cash from XJ02
    assert counter.ticket_view(pc_b, t2.number).store == "西湖店"  # printed under the shop's name
    assert any(item == ("center", "西湖店") for item in counter.ticket_items(counter.ticket_view(uow, t2.number)))

    with uow.read() as tx:
        bins = {
            number: set(
                tx.scalars(
                    select(Location.warehouse_id)
                    .join(CounterTicketLine, CounterTicketLine.location_id == Location.id)
                    .join(CounterTicket, CounterTicket.id == CounterTicketLine.ticket_id)
                    .where(CounterTicket.number == number)
                )
            )
            for number in (t1.number, t2.number)
        }
    assert bins == {t1.number: {shop.w1}, t2.number: {w2}}
    assert counter.day_figures(uow, ON, store="S002").total == D("30.00")  # 30 + 20 + 10 − 30
    assert counter.day_figures(uow, ON, store="S001").total == D("55.30")
    assert counter.day_figures(uow, ON).total == D("85.30")

    r1 = counter.close_shift(uow, s1.id, counted_cash=D("122.60"))
    r2 = counter.close_shift(pc_b, s2.id, counted_cash=D("59.00"), note="short")  # expected 50 + 10
    assert (r1.difference, r2.difference) == (D("0.00"), D("-1.00"))

    takings = {t.store.split()[0]: t for t in counter.store_takings(uow, start=ON, end=ON)}
    assert takings["S001"].takings == D("55.30") and takings["S002"].takings == D("30.00")
    assert takings["S002"].returns == 1 and takings["S002"].difference == D("-1.00")
    assert [t.store for t in counter.store_takings(uow, start=ON, end=ON, store="S002")] == [s2.store]
    # the takings are the money each store's accounts received (store 2: cash 30 + 10 − 30, 1 short)
    assert money_balance(uow, "XJ01") == D("22.60") and money_balance(uow, "WX01") == D("32.70")
    assert money_balance(uow, "XJ02") == D("9.00") and money_balance(uow, "WX02") == D("20.00")
    assert [s.number for s in counter.list_shifts(uow, store="S002")] == [s2.number]

    # the profit report cut by store adds up to the books (a shift's difference is posted on the
    # day it closes: today)
    end = max(ON, date.today())
    books = finance.profit_report(uow, start=ON, end=end)
    cut = analysis.profit_by_store(uow, start=ON, end=end)
    assert cut.totals.sales_revenue == books.sales_revenue
    assert cut.totals.cost_of_goods == books.cost_of_goods
    assert cut.totals.profit == books.profit
    by = {r.code: r for r in cut.rows}
    with uow.read() as tx:
        for code, store_id in (("S001", DEFAULT_STORE_ID), ("S002", store2.id)):
            tickets = list(tx.scalars(select(CounterTicket).where(CounterTicket.store_id == store_id)))
            sign = {"sale": 1, "return": -1}
            assert by[code].sales_revenue == sum(sign[t.kind] * t.net_total for t in tickets)
            assert by[code].cost_of_goods == sum(sign[t.kind] * t.cost_total for t in tickets)
    assert by["S002"].cost_of_goods == D("18.86")  # three of A kept at the moving average 44/7
    assert by["S002"].expenses == D("1.00")  # its shift's shortage
    only = analysis.profit_by_store(uow, start=ON, end=end, store="S002")
    assert [r.code for r in only.rows] == ["S002"] and only.totals.profit == by["S002"].profit
    assert_books_tie_out(uow)

    # a store with an open shift is not deactivated; once closed it is, and its counter stops
    counter.deactivate_store(uow, "S002")
    with pytest.raises(ValidationError, match="S002 .* is inactive"):
        counter.open_shift(pc_b, float_amount=D("0"), on=ON)


def test_verify_finds_money_booked_to_another_stores_account(uow, two_stores):
    shop, _store2, pc_b, _ids = two_stores
    counter.open_shift(pc_b, float_amount=D("0"), on=ON)
    sold = counter.sell(pc_b, lines=[counter.LineInput(shop.a, D(1))], payments=[_cash("10")], on=ON)
    assert_books_tie_out(uow)
    with uow.write() as tx:  # the cash box XJ02 the ticket paid into becomes store 1's
        tx.execute(update(StoreAccount).where(StoreAccount.method == "cash").values(store_id=DEFAULT_STORE_ID))
    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert [c.name for c in failed] == ["Every ticket's warehouse and money accounts belong to its store"]
    assert sold.number in failed[0].details[0]


def test_a_pc_in_no_store_works_as_before(uow):
    """The default store (made by the migration) takes every counter in no store: the counter
    settings' warehouse and accounts, unchanged."""
    shop = make_counter_shop(uow)
    shift = counter.open_shift(uow, float_amount=D("10"), on=ON)
    counter.sell(uow, lines=[counter.LineInput(shop.a, D(1))], payments=[_cash("20")], on=ON)
    with uow.read() as tx:
        assert tx.scalar(select(CounterShift.store_id).where(CounterShift.id == shift.id)) == DEFAULT_STORE_ID
        assert set(tx.scalars(select(CounterTicket.store_id))) == {DEFAULT_STORE_ID}
        assert tx.scalar(select(CounterPayment.account_id)) == shop.accounts["XJ01"]
    assert [r.code for r in counter.list_stores(uow)] == ["S001"]
    assert analysis.profit_by_store(uow, start=ON, end=ON).rows[0].code == "S001"
    assert_books_tie_out(uow)
    assert counter.get_settings(uow).warehouse_id == shop.w1
    # the default store's past tickets left from W1 and paid into XJ01: no other store takes them
    with pytest.raises(ValidationError, match="outside their store .*in store S003's warehouse"):
        counter.create_store(uow, counter.StoreInput(code="S003", name="三店", warehouse="W1"))
    with pytest.raises(ValidationError, match="outside their store .*another store's account"):
        with uow.write() as tx:
            w3, _bins = factories.warehouse(tx, "W3")
        counter.create_store(
            uow, counter.StoreInput(code="S003", name="三店", warehouse="W3", accounts={"cash": "XJ01"})
        )
    assert [r.code for r in counter.list_stores(uow)] == ["S001"]  # nothing of either was written
    counter.update_store(uow, "S001", counter.StoreInput(code="S001", name="总店", warehouse="W1"))
    assert_books_tie_out(uow)


def test_members_price_tier_and_points_per_store(uow, two_stores):
    """A store may price its members at a tier of its own (会员价 there) and give points by its own
    rule; the other store keeps the shop-wide rules."""
    shop, _store2, pc_b, _ids = two_stores
    with uow.write() as tx:
        price_list = PriceList(name="西湖会员价", tier="西湖会员", channel="")
        tx.add(price_list)
        tx.flush()
        tx.add(PriceListItem(price_list_id=price_list.id, product_id=shop.a, price=D("9.00"), min_qty=D(0)))
    counter.update_store(
        uow,
        "S002",
        counter.StoreInput(
            code="S002",
            name="西湖店",
            warehouse="W2",
            price_list="西湖店价",
            earn_per=D(2),
            accounts={"cash": "XJ02", "wechat": "WX02"},
            member_tier="西湖会员",
        ),
    )
    member = counter.create_member(uow, name="李雷", phone="13900002222", on=ON)
    line = [counter.LineInput(shop.a, D(2))]
    assert counter.price_ticket(pc_b, line, member_id=member.id).total == D("18.00")  # the store's 会员价
    assert counter.price_ticket(pc_b, line).total == D("20.00")  # walk-in: the store's list
    assert counter.price_ticket(uow, line, member_id=member.id).total == D("22.60")  # store 1: the tag price
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    counter.open_shift(pc_b, float_amount=D("0"), on=ON)
    here = counter.sell(uow, lines=line, payments=[_cash("22.60")], member_id=member.id, on=ON)
    there = counter.sell(pc_b, lines=line, payments=[_cash("18")], member_id=member.id, on=ON)
    assert (here.points_earned, there.points_earned) == (22, 9)  # 1 per yuan; 1 per 2 yuan at S002
    assert counter.get_store(uow, "S002").member_tier == "西湖会员"
    counter.top_up(pc_b, member.id, amount=D("50"), method="wechat", on=ON)  # into store 2's WeChat
    assert money_balance(uow, "WX02") == D("50.00") and money_balance(uow, "WX01") == D("0.00")
    assert_books_tie_out(uow)
