"""Costing (issue 17): FIFO (先进先出) cost layers consumed in order by every outgoing move, and
landed cost (采购费用) spread over a receipt's lines, raising the stock still on hand and sending
the part already sold to cost of goods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop.models.costing import CostLayer
from erp_desktop.models.finance import JournalLine
from erp_desktop.models.stock import ProductCost, StockMove
from erp_desktop.services import purchasing, sales
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.sales import DeliveryLineInput, LineInput
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out

DAY = date(2026, 3, 2)


def _shop(uow, **product):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", name="龙井茶", price="5", cost="1", tax="0", **product)
        supplier = f.supplier(tx, "S1", name="西湖茶厂")
        wh, (bin1,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="张三超市")
        return tea.id, supplier.id, bin1.id, customer.id


def _buy(uow, product, supplier, bin_id, qty, price, *, on=DAY):
    order = purchasing.create_order(uow, supplier_id=supplier, on=on, lines=[OrderLineInput(product, D(qty), D(price))])
    purchasing.confirm_order(uow, order.id)
    view = purchasing.get_order_detail(uow, order.id)
    return purchasing.receive_order(
        uow, order.id, on=on, location_id=bin_id, lines=[ReceiveLineInput(view.lines[0].id, D(qty))]
    )


def _sell(uow, product, customer, qty, *, on=DAY):
    order = sales.create_order(uow, customer_id=customer, on=on, lines=[LineInput(product, D(qty), D("5"))])
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)
    return sales.deliver_order(uow, order.id, on=on, lines=[DeliveryLineInput(view.lines[0].id, D(qty))])


def _layers(uow, product):
    with uow.read() as tx:
        return [
            (row.doc_type, row.qty_left, row.value_left)
            for row in tx.scalars(
                select(CostLayer).where(CostLayer.product_id == product).order_by(CostLayer.on, CostLayer.moved_at)
            )
        ]


def _cogs_of(uow, doc_number):
    with uow.read() as tx:
        moves = tx.scalars(select(StockMove.value).where(StockMove.doc_number == doc_number)).all()
        cogs = [
            line.debit - line.credit
            for line in tx.scalars(select(JournalLine).where(JournalLine.account_code == "5401"))
            if line.entry.doc_number == doc_number
        ]
        return sum(moves, D(0)), sum(cogs, D(0))


def test_fifo_sells_the_oldest_layer_first(uow):
    tea, supplier, bin1, customer = _shop(uow, costing_method="fifo")
    _buy(uow, tea, supplier, bin1, "10", "1.00")
    _buy(uow, tea, supplier, bin1, "10", "2.00")
    delivery = _sell(uow, tea, customer, "15")
    moved, cogs = _cogs_of(uow, delivery.number)
    assert (moved, cogs) == (D("20.00"), D("20.00"))  # 10 × 1.00 + 5 × 2.00
    assert _layers(uow, tea) == [("PR", D(0), D("0.00")), ("PR", D(5), D("10.00"))]
    with uow.read() as tx:
        cost = tx.get(ProductCost, tea)
        assert (cost.qty, cost.value, cost.avg_cost) == (D(5), D("10.00"), D("2.000000"))
    assert_books_tie_out(uow)


def test_average_product_has_no_layers_and_sells_at_the_average(uow):
    tea, supplier, bin1, customer = _shop(uow)
    _buy(uow, tea, supplier, bin1, "10", "1.00")
    _buy(uow, tea, supplier, bin1, "10", "2.00")
    delivery = _sell(uow, tea, customer, "15")
    assert _cogs_of(uow, delivery.number) == (D("22.50"), D("22.50"))
    assert _layers(uow, tea) == []
    assert_books_tie_out(uow)
