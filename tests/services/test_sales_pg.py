"""The sales flow on PostgreSQL (online mode): order, partial delivery, return, exchange, verify."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.errors import InsufficientStock
from erp_desktop.services import sales
from tests.support.sales import ON, assert_books_tie_out, make_shop, on_hand, receivables


def test_sales_on_postgresql(pg_uow):
    uow = pg_uow
    shop = make_shop(uow, stock_b="5")
    ref = sales.create_order(
        uow,
        customer_id=shop.customer,
        on=ON,
        lines=[sales.LineInput(shop.a, D("7"), D("12.35"), D("0.05")), sales.LineInput(shop.b, D("8"))],
    )
    view = sales.get_order_view(uow, ref.id)
    assert view.gross_total == D("92.81") + D("305.20") and view.lines[1].shortage
    sales.confirm_order(uow, ref.id)
    with uow.read() as tx:
        assert sales.reserved_quantities(tx, [shop.a, shop.b]) == {shop.a: D("7"), shop.b: D("8")}
    with pytest.raises(InsufficientStock):
        sales.deliver_order(uow, ref.id, on=ON)
    delivery = sales.deliver_order(
        uow,
        ref.id,
        on=ON,
        lines=[sales.DeliveryLineInput(view.lines[0].id, D("7")), sales.DeliveryLineInput(view.lines[1].id, D("5"))],
    )
    assert sales.get_order_view(uow, ref.id).state == "partly_delivered"
    dn = sales.get_delivery_view(uow, delivery.id)
    sales.return_delivery(uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[0].id, D("2"))])
    sales.exchange_items(
        uow,
        delivery.id,
        on=ON,
        returned=[sales.ReturnLineInput(dn.lines[1].id, D("1"))],
        out=[sales.ExchangeOutInput(shop.a, D("1"))],
    )
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("94"), D("1"))
    assert receivables(uow, shop.customer)[0] == ("DN", D("92.81") + D("190.75"))
    assert sales.cancel_order(uow, ref.id).state == "closed"
    assert_books_tie_out(uow)
