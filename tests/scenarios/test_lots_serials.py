"""批次 / 保质期 and 序列号 (issue 17): a food shop receives two lots, sells first-expiry-first,
lists who received a lot; an expired lot is not sold without asking; an electronics shop sells a
serial, takes it back and sells it again, and finds its whole history in one search."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ConfirmationRequired, ValidationError
from erp_desktop.models.stock import LotBalance
from erp_desktop.services import inventory, purchasing, sales
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.sales import DeliveryLineInput, LineInput, ReturnLineInput
from tests.support import factories as f
from tests.support.lots import lot_moves as _lot_moves
from tests.support.sales import assert_books_tie_out, count_rows

DAY = date(2026, 3, 2)


def _shop(uow, **product):
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="鲜牛奶", price="8", cost="5", **product)
        supplier = f.supplier(tx, "S1", name="光明乳业")
        wh, (bin1,) = f.warehouse(tx, "W1")
        c1 = f.customer(tx, "C1", name="张三超市")
        c2 = f.customer(tx, "C2", name="李四便利店")
        return milk.id, supplier.id, bin1.id, c1.id, c2.id


def _buy(uow, product, supplier, bin_id, qty, lots, *, on=DAY, price="5"):
    order = purchasing.create_order(uow, supplier_id=supplier, on=on, lines=[OrderLineInput(product, D(qty), D(price))])
    purchasing.confirm_order(uow, order.id)
    view = purchasing.get_order_detail(uow, order.id)
    line = view.lines[0].id
    return purchasing.receive_order(
        uow, order.id, on=on, location_id=bin_id, lines=[ReceiveLineInput(line, D(qty), tuple(lots))]
    )


def _sell(uow, product, customer, qty, *, on=DAY, lots=(), acknowledged=frozenset()):
    order = sales.create_order(uow, customer_id=customer, on=on, lines=[LineInput(product, D(qty), D("8"))])
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)
    return sales.deliver_order(
        uow,
        order.id,
        on=on,
        lines=[DeliveryLineInput(view.lines[0].id, D(qty), lots=tuple(lots))],
        acknowledged=acknowledged,
    )


def test_two_lots_fefo_picks_the_earlier_and_a_recall_list(uow):
    milk, supplier, bin1, c1, c2 = _shop(uow, lot_tracked=True, shelf_life_days=30)
    # the later lot arrives first: FEFO must still pick the one expiring first
    _buy(uow, milk, supplier, bin1, "10", [LotInput("L-LATE", D(10), production_date=date(2026, 3, 1))])
    _buy(uow, milk, supplier, bin1, "6", [LotInput("L-EARLY", D(6), expiry_date=date(2026, 3, 20))])
    lots = {row.number: row for row in inventory.product_lots(uow, milk)}
    assert lots["L-LATE"].expiry_date == date(2026, 3, 31)  # production + shelf life
    assert (lots["L-EARLY"].qty, lots["L-LATE"].qty) == (D(6), D(10))
    assert lots["L-EARLY"].value == D("30.00")

    first = _sell(uow, milk, c1, "8")
    assert _lot_moves(uow, first.number) == [("L-EARLY", D(6)), ("L-LATE", D(2))]
    # the user may choose: the second customer takes lot L-LATE explicitly
    second = _sell(uow, milk, c2, "3", lots=[LotInput("L-LATE", D(3))])
    assert _lot_moves(uow, second.number) == [("L-LATE", D(3))]
    lots = {row.number: row for row in inventory.product_lots(uow, milk)}
    assert (lots["L-EARLY"].qty, lots["L-LATE"].qty) == (D(0), D(5))

    recall = inventory.trace_lot(uow, milk, "L-LATE")
    assert recall.supplier_name == "光明乳业"
    assert [(r.party_name, r.qty, r.doc_number) for r in recall.customers] == [
        ("张三超市", D(2), first.number),
        ("李四便利店", D(3), second.number),
    ]
    early = inventory.trace_lot(uow, milk, "L-EARLY")
    assert [(r.party_name, r.qty) for r in early.customers] == [("张三超市", D(6))]
    assert_books_tie_out(uow)


def test_receipt_refuses_a_lot_without_its_date_or_expiring_before_production(uow):
    milk, supplier, bin1, *_ = _shop(uow, lot_tracked=True, shelf_life_days=30)
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="needs its production date or its expiry date"):
        _buy(uow, milk, supplier, bin1, "5", [LotInput("L1", D(5))])
    with pytest.raises(ValidationError, match="expires .* before it was made"):
        _buy(
            uow,
            milk,
            supplier,
            bin1,
            "5",
            [LotInput("L1", D(5), production_date=date(2026, 3, 1), expiry_date=date(2026, 2, 1))],
        )
    with pytest.raises(ValidationError, match="enter the lot number"):
        _buy(uow, milk, supplier, bin1, "5", [])
    with pytest.raises(ValidationError, match="the lots add up to 4"):
        _buy(uow, milk, supplier, bin1, "5", [LotInput("L1", D(4), expiry_date=date(2026, 4, 1))])
    after = count_rows(uow)
    changed = {k for k in before if before[k] != after[k]}
    assert changed <= {"purchase_order", "purchase_order_line", "audit_log", "number_sequence", "sync_outbox"}


def test_selling_an_expired_lot_asks_first_and_a_setting_forbids_it(uow):
    milk, supplier, bin1, c1, _ = _shop(uow, lot_tracked=True)
    _buy(uow, milk, supplier, bin1, "5", [LotInput("OLD", D(5), expiry_date=date(2026, 3, 10))])
    late = date(2026, 3, 15)
    with pytest.raises(ConfirmationRequired) as asked:
        _sell(uow, milk, c1, "1", on=late)
    assert asked.value.key == "expired-lot" and "OLD" in str(asked.value)
    done = _sell(uow, milk, c1, "1", on=late, acknowledged=frozenset({"expired-lot"}))
    assert _lot_moves(uow, done.number) == [("OLD", D(1))]
    inventory.set_expired_lot_policy(uow, "forbid")
    with pytest.raises(ValidationError, match="forbid selling expired lots"):
        _sell(uow, milk, c1, "1", on=late, acknowledged=frozenset({"expired-lot"}))
    near = inventory.expiry_list(uow, on=date(2026, 3, 5))
    assert [(r.number, r.state, r.qty) for r in near] == [("OLD", "near", D(4))]
    expired = inventory.expiry_list(uow, on=late)
    assert [(r.number, r.state) for r in expired] == [("OLD", "expired")]
    assert_books_tie_out(uow)


def test_a_serial_through_receipt_sale_return_and_resale(uow):
    phone, supplier, bin1, c1, c2 = _shop(uow, serial_tracked=True, warranty_days=365)
    _buy(uow, phone, supplier, bin1, "2", [LotInput("SN-001"), LotInput("SN-002")], price="1000")
    with pytest.raises(ValidationError, match="already in stock"):
        _buy(uow, phone, supplier, bin1, "1", [LotInput("SN-001")], price="1000")
    with pytest.raises(ValidationError, match="scan the serial number"):
        _sell(uow, phone, c1, "1")
    sold = _sell(uow, phone, c1, "1", lots=[LotInput("SN-001")])
    with pytest.raises(ValidationError, match="SN-001 .* is not in stock"):
        _sell(uow, phone, c2, "1", lots=[LotInput("SN-001")])
    delivery = sales.get_delivery_view(uow, sold.id)
    sales.return_delivery(
        uow,
        sold.id,
        on=date(2026, 3, 5),
        lines=[ReturnLineInput(delivery.lines[0].id, D(1), lots=(LotInput("SN-001"),))],
    )
    resold = _sell(uow, phone, c2, "1", on=date(2026, 3, 6), lots=[LotInput("SN-001")])
    history = inventory.serial_history(uow, "SN-001")
    assert len(history) == 1
    h = history[0]
    assert (h.supplier_name, h.received_on) == ("光明乳业", DAY)
    assert [(e.kind, e.party_name, e.on) for e in h.events] == [
        ("in", "光明乳业", DAY),
        ("out", "张三超市", DAY),
        ("back", "张三超市", date(2026, 3, 5)),
        ("out", "李四便利店", date(2026, 3, 6)),
    ]
    assert (h.customer_name, h.delivered_on, h.warranty_end) == ("李四便利店", date(2026, 3, 6), date(2027, 3, 6))
    assert h.in_stock == D(0)
    assert resold.number in {e.doc_number for e in h.events}
    with uow.read() as tx:
        assert {b.qty for b in tx.scalars(select(LotBalance))} == {D(0), D(1)}
    assert_books_tie_out(uow)
