"""A counter sale and return online on PostgreSQL: the same postings, row locks on the money
accounts and the member, the books tie out."""

from decimal import Decimal as D

import pytest

from erp_desktop.services import counter
from tests.support.counter import ON, make_counter_shop, money_balance
from tests.support.sales import assert_books_tie_out, on_hand

pytestmark = pytest.mark.pg


def test_counter_sale_member_and_return_on_postgresql(pg_uow):
    uow = pg_uow
    shop = make_counter_shop(uow, rounding="jiao")
    counter.open_shift(uow, float_amount=D("100"), on=ON)
    sold = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(2)), counter.LineInput(shop.b, D(1))],
        payments=[counter.PaymentInput("wechat", D("20")), counter.PaymentInput("cash", D("50"))],
        on=ON,
    )
    assert (sold.total, sold.change) == (D("55.30"), D("14.70"))
    member = counter.create_member(uow, name="李雷", phone="13700000000", on=ON)
    counter.top_up(uow, member.id, amount=D("50"), on=ON)
    counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(1))],
        payments=[counter.PaymentInput("stored_value", D("11.30"))],
        member_id=member.id,
        on=ON,
    )
    counter.return_ticket(uow, sold.number, on=ON)
    assert on_hand(uow, shop.a) == D(99) and on_hand(uow, shop.b) == D(50)
    # refunded the way it was paid: 20 to WeChat, 35.30 in cash; the top-up stays in the till
    assert money_balance(uow, "XJ01") == D("50")
    assert money_balance(uow, "WX01") == D("0")
    assert counter.get_member(uow, member.id).stored_value == D("38.70")
    assert_books_tie_out(uow)
