"""The demo's sales step on a small shop: real documents in every state, books tie out."""

from collections import Counter

from sqlalchemy import func, select

from erp_desktop.demo.sales import demo_sales
from erp_desktop.models.sales import SalesExchange, SalesReturn
from erp_desktop.services import sales
from erp_desktop.services.paging import ListQuery
from tests.support import factories
from tests.support.sales import assert_books_tie_out


def test_demo_sales_makes_orders_in_every_state(uow):
    with uow.write() as tx:
        for i in range(6):
            factories.product(tx, f"D{i:03d}", price=str(20 + i), cost=str(10 + i))
        factories.warehouse(tx, "W1", bins=("A-01", "A-02"))
        for i in range(3):
            factories.customer(tx, f"C{i:03d}")
    demo_sales(uow, 3)
    states = Counter(r.state for r in sales.list_orders(uow, ListQuery(limit=500)).rows)
    assert {"delivered", "confirmed", "partly_delivered", "cancelled", "draft"} <= set(states)
    open_orders = sales.list_orders(uow, ListQuery(filters={"state": ["confirmed", "partly_delivered"]})).rows
    assert any(sales.get_order_view(uow, r.id).has_shortage for r in open_orders)
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(SalesReturn)) >= 2
        assert tx.scalar(select(func.count()).select_from(SalesExchange)) >= 1
    assert_books_tie_out(uow)
