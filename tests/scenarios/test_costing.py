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


def _receipt_with_three_lines(uow):
    with uow.write() as tx:
        a = f.product(tx, "A", name="保温杯", price="50", cost="30").id
        b = f.product(tx, "B", name="茶叶罐", price="20", cost="10").id
        c = f.product(tx, "C", name="杯垫", price="3", cost="1").id
        supplier = f.supplier(tx, "S1", name="义乌百货").id
        carrier = f.supplier(tx, "T1", name="顺丰物流").id
        _wh, (bin1,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="张三超市").id
    lines = [
        OrderLineInput(a, D(10), D("30.00")),
        OrderLineInput(b, D(20), D("10.00")),
        OrderLineInput(c, D(7), D("1.00")),
    ]
    order = purchasing.create_order(uow, supplier_id=supplier, on=DAY, lines=lines)
    purchasing.confirm_order(uow, order.id)
    receipt = purchasing.receive_order(uow, order.id, on=DAY, location_id=bin1.id)
    return (a, b, c), carrier, customer, receipt


def _cost(uow, product):
    with uow.read() as tx:
        row = tx.get(ProductCost, product)
        return row.qty, row.value, row.avg_cost


def _entry_lines(uow, doc_number):
    with uow.read() as tx:
        return sorted(
            (line.account_code, line.debit, line.credit)
            for line in tx.scalars(select(JournalLine))
            if line.entry.doc_number == doc_number
        )


def test_a_freight_bill_spread_by_value_with_part_already_sold(uow):
    (a, b, c), carrier, customer, receipt = _receipt_with_three_lines(uow)
    sold = _sell(uow, a, customer, "4")  # 4 of the 10 cups left before the freight bill came
    assert _cogs_of(uow, sold.number) == (D("120.00"), D("120.00"))
    landed = purchasing.post_landed_cost(
        uow,
        supplier_id=carrier,
        on=DAY,
        receipt_ids=[receipt.id],
        net=D("100.00"),
        tax_rate=D("0.09"),
        spread_by="value",
        kind="freight",
        invoice_no="SF-0001",
    )
    # 100.00 over nets 300 / 200 / 7: 59.17, 39.45 and the rest, 1.38, on the last line
    detail = purchasing.get_landed_cost(uow, landed.id)
    assert [(l.product_code, l.amount, l.in_stock_qty, l.to_stock, l.to_cogs) for l in detail.lines] == [
        ("A", D("59.17"), D(6), D("35.50"), D("23.67")),
        ("B", D("39.45"), D(20), D("39.45"), D("0.00")),
        ("C", D("1.38"), D(7), D("1.38"), D("0.00")),
    ]
    assert (landed.net, landed.tax, landed.gross, landed.to_stock, landed.to_cogs) == (
        D("100.00"),
        D("9.00"),
        D("109.00"),
        D("76.33"),
        D("23.67"),
    )
    assert _cost(uow, a) == (D(6), D("215.50"), D("35.916667"))  # 6 × 30.00 + 35.50
    assert _cost(uow, b) == (D(20), D("239.45"), D("11.972500"))
    assert _cost(uow, c) == (D(7), D("8.38"), D("1.197143"))
    assert _entry_lines(uow, landed.number) == [
        ("1405", D("76.33"), D("0.00")),
        ("2202", D("0.00"), D("109.00")),
        ("22210101", D("9.00"), D("0.00")),
        ("5401", D("23.67"), D("0.00")),
    ]
    with uow.read() as tx:
        from erp_desktop.models.finance import OpenItem

        items = tx.scalars(select(OpenItem).where(OpenItem.doc_number == landed.number)).all()
        assert [(i.kind, i.party_id, i.amount) for i in items] == [("payable", carrier, D("109.00"))]
    rest = _sell(uow, a, customer, "6")  # the last six carry their freight into cost of goods
    assert _cogs_of(uow, rest.number) == (D("215.50"), D("215.50"))
    assert_books_tie_out(uow)

    reversal = purchasing.reverse_landed_cost(uow, landed.id, on=DAY, note="billed twice")
    # A is sold out: its share comes back out of cost of goods; B and C out of stock
    assert (reversal.net, reversal.gross, reversal.to_stock, reversal.to_cogs) == (
        D("-100.00"),
        D("-109.00"),
        D("-40.83"),
        D("-59.17"),
    )
    assert _cost(uow, b)[:2] == (D(20), D("200.00"))
    assert _cost(uow, c)[:2] == (D(7), D("7.00"))
    assert _entry_lines(uow, reversal.number) == [
        ("1405", D("0.00"), D("40.83")),
        ("2202", D("109.00"), D("0.00")),
        ("22210101", D("0.00"), D("9.00")),
        ("5401", D("0.00"), D("59.17")),
    ]
    assert purchasing.get_landed_cost(uow, landed.id).state == "reversed"
    assert_books_tie_out(uow)
