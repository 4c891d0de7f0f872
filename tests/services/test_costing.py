"""Costing method per product (before its first move only), FIFO through every outgoing kind of
move (delivery, stock issue, return to supplier, customer return at the cost it left with), by lot
for a lot-tracked product, landed cost raising a FIFO product's remaining layer, and a rebuild
that gives back the same layers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.catalog import Product
from erp_desktop.models.costing import CostLayer
from erp_desktop.models.stock import ProductCost, StockLot, StockMove
from erp_desktop.services import inventory, ledger, purchasing, sales
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, ReturnLineInput
from erp_desktop.services.sales import DeliveryLineInput, LineInput
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out

DAY = date(2026, 3, 2)


def _shop(uow, **product):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", name="龙井茶", price="5", cost="1", tax="0", **product)
        supplier = f.supplier(tx, "S1", name="西湖茶厂")
        carrier = f.supplier(tx, "T1", name="顺丰物流")
        _wh, (bin1,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="张三超市")
        return tea.id, supplier.id, carrier.id, bin1.id, customer.id


def _buy(uow, product, supplier, bin_id, qty, price, lots=()):
    order = purchasing.create_order(
        uow, supplier_id=supplier, on=DAY, lines=[OrderLineInput(product, D(qty), D(price))]
    )
    purchasing.confirm_order(uow, order.id)
    view = purchasing.get_order_detail(uow, order.id)
    return purchasing.receive_order(
        uow, order.id, on=DAY, location_id=bin_id, lines=[ReceiveLineInput(view.lines[0].id, D(qty), tuple(lots))]
    )


def _sell(uow, product, customer, qty):
    order = sales.create_order(uow, customer_id=customer, on=DAY, lines=[LineInput(product, D(qty), D("5"))])
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)
    return sales.deliver_order(uow, order.id, on=DAY, lines=[DeliveryLineInput(view.lines[0].id, D(qty))])


def _value(uow, doc_number):
    with uow.read() as tx:
        return sum(tx.scalars(select(StockMove.value).where(StockMove.doc_number == doc_number)), D(0))


def _layers(uow, product):
    with uow.read() as tx:
        return [
            (layer.qty_left, layer.value_left)
            for layer in tx.scalars(
                select(CostLayer)
                .where(CostLayer.product_id == product)
                .order_by(CostLayer.on, CostLayer.moved_at, CostLayer.seq)
            )
        ]


def test_the_method_is_chosen_before_the_first_move_only(uow):
    tea, supplier, _carrier, bin1, _customer = _shop(uow)
    assert inventory.costing_method(uow, tea) == "average"
    assert inventory.set_costing_method(uow, tea, "fifo") == "fifo"
    assert inventory.set_costing_method(uow, tea, "average") == "average"
    with pytest.raises(ValidationError) as bad:
        inventory.set_costing_method(uow, tea, "lifo")
    assert bad.value.field == "costing_method"
    inventory.set_costing_method(uow, tea, "fifo")
    _buy(uow, tea, supplier, bin1, "1", "1.00")
    with pytest.raises(ValidationError) as refused:
        inventory.set_costing_method(uow, tea, "average")
    assert "TEA 龙井茶 already has stock moves" in refused.value.message
    assert refused.value.field == "costing_method"
    assert inventory.costing_method(uow, tea) == "fifo"
    assert inventory.set_costing_method(uow, tea, "fifo") == "fifo"  # no change is no move


def test_fifo_through_issue_return_to_supplier_and_customer_return(uow):
    tea, supplier, _carrier, bin1, customer = _shop(uow, costing_method="fifo")
    first = _buy(uow, tea, supplier, bin1, "10", "1.00")
    _buy(uow, tea, supplier, bin1, "10", "2.00")
    issue = inventory.create_and_post(
        uow, kind="issue", reason="internal_use", on=DAY, lines=[inventory.LineInput(tea, D(4), from_location_id=bin1)]
    )
    assert _value(uow, issue.number) == D("4.00")  # the oldest layer: 4 × 1.00
    detail = purchasing.get_receipt_detail(uow, first.id)
    back = purchasing.return_to_supplier(uow, first.id, on=DAY, lines=[ReturnLineInput(detail.lines[0].id, D(3))])
    assert _value(uow, back.number) == D("3.00")
    delivery = _sell(uow, tea, customer, "5")  # 3 left at 1.00, then 2 at 2.00
    assert _value(uow, delivery.number) == D("7.00")
    assert _layers(uow, tea) == [(D(0), D("0.00")), (D(8), D("16.00"))]
    with uow.read() as tx:
        from erp_desktop.models.sales import SalesDeliveryLine

        line_id = tx.scalar(select(SalesDeliveryLine.id).where(SalesDeliveryLine.delivery_id == delivery.id))
    returned = sales.return_delivery(uow, delivery.id, lines=[sales.ReturnLineInput(line_id, D(5))], on=DAY)
    assert _value(uow, returned.number) == D("7.00")  # back at the cost it left with
    assert _layers(uow, tea) == [(D(0), D("0.00")), (D(8), D("16.00")), (D(5), D("7.00"))]
    with uow.read() as tx:
        cost = tx.get(ProductCost, tea)
        assert (cost.qty, cost.value) == (D(13), D("23.00"))
    assert_books_tie_out(uow)


def test_fifo_by_lot_takes_the_lot_first_expiry_chose(uow):
    tea, supplier, _carrier, bin1, customer = _shop(uow, costing_method="fifo", lot_tracked=True)
    _buy(uow, tea, supplier, bin1, "10", "1.00", [LotInput("L-LATE", D(10), expiry_date=date(2026, 9, 1))])
    _buy(uow, tea, supplier, bin1, "10", "2.00", [LotInput("L-EARLY", D(10), expiry_date=date(2026, 6, 1))])
    delivery = _sell(uow, tea, customer, "4")
    assert _value(uow, delivery.number) == D("8.00")  # FEFO took L-EARLY, so its layer at 2.00
    with uow.read() as tx:
        by_lot = {
            number: (layer.qty_left, layer.value_left)
            for layer, number in tx.execute(
                select(CostLayer, StockLot.number).join(StockLot, StockLot.id == CostLayer.lot_id)
            )
        }
    assert by_lot == {"L-LATE": (D(10), D("10.00")), "L-EARLY": (D(6), D("12.00"))}
    report = inventory.layer_valuation(uow, product_id=tea)
    assert [(r.lot_number, r.qty_left, r.unit_cost, r.value_left) for r in report.rows] == [
        ("L-LATE", D(10), D("1.000000"), D("10.00")),
        ("L-EARLY", D(6), D("2.000000"), D("12.00")),
    ]
    assert (report.qty, report.value) == (D(16), D("22.00"))
    lots = {row.number: row.value for row in inventory.product_lots(uow, tea)}
    assert lots == {"L-LATE": D("10.00"), "L-EARLY": D("12.00")}  # each lot at its own layer, not the average
    assert_books_tie_out(uow)


def test_landed_cost_raises_the_remaining_fifo_layer_and_the_sold_part_goes_to_cogs(uow):
    tea, supplier, carrier, bin1, customer = _shop(uow, costing_method="fifo")
    first = _buy(uow, tea, supplier, bin1, "10", "1.00")
    second = _buy(uow, tea, supplier, bin1, "10", "2.00")
    _sell(uow, tea, customer, "15")  # first layer gone, 5 of the second left
    landed = purchasing.post_landed_cost(
        uow, supplier_id=carrier, on=DAY, receipt_ids=[first.id, second.id], net=D("30.00"), spread_by="qty"
    )
    # 15.00 per receipt by quantity: the first's all sold (COGS), the second's half in stock
    assert (landed.to_stock, landed.to_cogs) == (D("7.50"), D("22.50"))
    assert _layers(uow, tea) == [(D(0), D("0.00")), (D(5), D("17.50"))]
    rest = _sell(uow, tea, customer, "5")
    assert _value(uow, rest.number) == D("17.50")
    assert_books_tie_out(uow)


def test_rebuild_gives_back_the_same_layers(uow):
    tea, supplier, carrier, bin1, customer = _shop(uow, costing_method="fifo")
    _buy(uow, tea, supplier, bin1, "10", "1.00")
    second = _buy(uow, tea, supplier, bin1, "7", "2.10")
    _sell(uow, tea, customer, "12")
    purchasing.post_landed_cost(uow, supplier_id=carrier, on=DAY, receipt_ids=[second.id], net=D("1.00"))
    before = _layers(uow, tea)
    assert before == [(D(0), D("0.00")), (D(5), D("11.21"))]  # 5 × 2.10 + 5/7 of 1.00
    with uow.write() as tx:
        tx.execute(CostLayer.__table__.delete())
        ledger.rebuild_all(tx)
    assert _layers(uow, tea) == before
    assert_books_tie_out(uow)


def test_an_average_product_with_layers_fails_verify(uow):
    tea, supplier, _carrier, bin1, _customer = _shop(uow, costing_method="fifo")
    _buy(uow, tea, supplier, bin1, "2", "1.00")
    with uow.write() as tx:
        tx.get(Product, tea).costing_method = "average"  # behind the service's back
    from erp_desktop.services.system import verify

    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert [c.name for c in failed] == ["FIFO cost layers equal stock on hand and its value"]
    assert "moving-average product" in failed[0].details[0]


def test_fifo_and_a_landed_cost_on_postgresql(pg_uow):
    """Online mode: the layers are read FOR UPDATE and written in the posting's transaction."""
    uow = pg_uow
    tea, supplier, carrier, bin1, customer = _shop(uow, costing_method="fifo")
    _buy(uow, tea, supplier, bin1, "10", "1.00")
    second = _buy(uow, tea, supplier, bin1, "10", "2.00")
    delivery = _sell(uow, tea, customer, "15")
    assert _value(uow, delivery.number) == D("20.00")
    landed = purchasing.post_landed_cost(uow, supplier_id=carrier, on=DAY, receipt_ids=[second.id], net=D("4.00"))
    assert (landed.to_stock, landed.to_cogs) == (D("2.00"), D("2.00"))
    assert _layers(uow, tea) == [(D(0), D("0.00")), (D(5), D("12.00"))]
    purchasing.reverse_landed_cost(uow, landed.id, on=DAY)
    assert _layers(uow, tea) == [(D(0), D("0.00")), (D(5), D("10.00"))]
    assert_books_tie_out(uow)


@pytest.mark.parametrize(
    "change, field, message",
    [
        (dict(net=D("0")), "net", "The charge must be greater than zero."),
        (dict(net=D("1.005")), "net", "at most 2 decimals"),
        (dict(tax=D("-1")), "tax", "The VAT cannot be negative."),
        (dict(tax_rate=D("9")), "tax_rate", "between 0 and 1"),
        (dict(spread_by="weight"), "spread_by", "by value or by quantity"),
        (dict(receipt_ids=[]), "receipts", "Choose at least one purchase receipt"),
        (dict(on=date(2026, 3, 1)), "on", "after the charge"),
    ],
)
def test_a_bad_landed_cost_is_refused_and_writes_nothing(uow, change, field, message):
    from erp_desktop.models.costing import LandedCost, StockRevaluation

    tea, supplier, carrier, bin1, _customer = _shop(uow)
    receipt = _buy(uow, tea, supplier, bin1, "10", "1.00")
    args = dict(supplier_id=carrier, on=DAY, receipt_ids=[receipt.id], net=D("5.00"))
    with pytest.raises(ValidationError) as refused:
        purchasing.post_landed_cost(uow, **{**args, **change})
    assert refused.value.field == field and message in refused.value.message
    with uow.read() as tx:
        assert tx.scalars(select(LandedCost)).all() == [] and tx.scalars(select(StockRevaluation)).all() == []
        assert tx.get(ProductCost, tea).value == D("10.00")


def test_a_charge_on_a_reversed_receipt_is_refused(uow):
    tea, supplier, carrier, bin1, _customer = _shop(uow)
    receipt = _buy(uow, tea, supplier, bin1, "10", "1.00")
    purchasing.reverse_receipt(uow, receipt.id, on=DAY)
    with pytest.raises(ValidationError) as refused:
        purchasing.post_landed_cost(uow, supplier_id=carrier, on=DAY, receipt_ids=[receipt.id], net=D("5.00"))
    assert "has been reversed" in refused.value.message


def test_verify_catches_a_landed_cost_that_does_not_match_its_books(uow):
    from erp_desktop.models.costing import LandedCost
    from erp_desktop.services.system import verify

    tea, supplier, carrier, bin1, _customer = _shop(uow)
    receipt = _buy(uow, tea, supplier, bin1, "10", "1.00")
    landed = purchasing.post_landed_cost(uow, supplier_id=carrier, on=DAY, receipt_ids=[receipt.id], net=D("5.00"))
    assert_books_tie_out(uow)
    with uow.write() as tx:
        tx.get(LandedCost, landed.id).to_stock = D("4.00")  # behind the service's back
    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert [c.name for c in failed] == ["Landed costs have their revaluations, payables and entries"]
    assert any("revaluations 5.00, to stock 4.00" in d for d in failed[0].details)


def test_a_counter_ticket_and_its_return_take_fifo_layers(uow):
    from erp_desktop.services import counter
    from tests.support.counter import ON, make_counter_shop

    shop = make_counter_shop(uow)
    with uow.write() as tx:
        cup = f.product(tx, "CUP", name="纸杯", price="5", cost="1", tax="0.13", costing_method="fifo").id
    for unit_cost in ("1.00", "3.00"):
        inventory.create_and_post(
            uow,
            kind="receipt",
            reason="other",
            on=ON,
            lines=[inventory.LineInput(cup, D(2), unit_cost=D(unit_cost), to_location_id=shop.bin1)],
        )
    counter.open_shift(uow, float_amount=D("100"), on=ON)
    sold = counter.sell(
        uow, lines=[counter.LineInput(cup, D(3))], payments=[counter.PaymentInput("cash", D("100"))], on=ON
    )
    assert _value(uow, sold.number) == D("5.00")  # 2 × 1.00 + 1 × 3.00
    assert _layers(uow, cup) == [(D(0), D("0.00")), (D(1), D("3.00"))]
    back = counter.return_ticket(uow, sold.number, on=ON)
    assert _value(uow, back.number) == D("5.00")  # back at the cost it left with, as one new layer
    assert _layers(uow, cup) == [(D(0), D("0.00")), (D(1), D("3.00")), (D(3), D("5.00"))]
    assert_books_tie_out(uow)
