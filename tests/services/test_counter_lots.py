"""Lots and serials at the counter (issues 17 × 18): a lot-tracked product leaves first expiry
first (an expired lot asks first, or is refused); a serial-tracked product takes its serials
(scanned, never twice, in stock); a bundle's components take theirs; a return by the ticket
brings back that serial; the printout shows lots and serials; held tickets keep them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ConfirmationRequired, InvalidTransition, NotFound, ValidationError
from erp_desktop.models.stock import StockLot, StockMove
from erp_desktop.services import counter, inventory, purchasing
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from tests.support import factories as f
from tests.support.counter import ON, make_counter_shop
from tests.support.sales import assert_books_tie_out, on_hand


def buy(uow, product, supplier, bin_id, qty, lots, price="5"):
    order = purchasing.create_order(uow, supplier_id=supplier, on=ON, lines=[OrderLineInput(product, D(qty), D(price))])
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    return purchasing.receive_order(
        uow, order.id, on=ON, location_id=bin_id, lines=[ReceiveLineInput(line, D(qty), tuple(lots))]
    )


@pytest.fixture
def shop(uow):
    base = make_counter_shop(uow)
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="鲜牛奶", price="8", cost="5", lot_tracked=True, barcode="6900000000011")
        phone = f.product(
            tx, "PHONE", name="手机", price="1130", cost="800", serial_tracked=True, barcode="6900000000028"
        )
        kit = f.product(tx, "GIFT", name="礼盒", price="1200", cost="0")
        supplier = f.supplier(tx, "S1")
        ids = dict(milk=milk.id, phone=phone.id, kit=kit.id, s=supplier.id, bin1=base.bin1, a=base.a)
    buy(uow, ids["milk"], ids["s"], ids["bin1"], "10", [LotInput("L-LATE", D(10), expiry_date=date(2026, 5, 1))])
    buy(uow, ids["milk"], ids["s"], ids["bin1"], "3", [LotInput("L-EARLY", D(3), expiry_date=date(2026, 4, 1))])
    buy(uow, ids["phone"], ids["s"], ids["bin1"], "3", [LotInput(f"SN{n}") for n in (1, 2, 3)], price="800")
    inventory.set_bom(
        uow, ids["kit"], [ComponentInput(ids["milk"], D(2)), ComponentInput(ids["phone"], D(1))], bundle=True
    )
    counter.open_shift(uow, float_amount=D("200"), on=ON)
    return ids


def cash(amount):
    return [counter.PaymentInput("cash", D(amount))]


def lot_moves(uow, doc_id):
    with uow.read() as tx:
        return sorted(
            (number, qty)
            for number, qty in tx.execute(
                select(StockLot.number, StockMove.qty)
                .join(StockLot, StockLot.id == StockMove.lot_id)
                .where(StockMove.doc_id == doc_id)
            )
        )


def test_a_lot_tracked_product_leaves_first_expiry_first_and_the_ticket_shows_its_lots(uow, shop):
    sold = counter.sell(uow, lines=[counter.LineInput(shop["milk"], D(5))], payments=cash("40"), on=ON)
    assert lot_moves(uow, sold.id) == [("L-EARLY", D(3)), ("L-LATE", D(2))]
    view = counter.ticket_view(uow, sold.number)
    assert view.lines[0].lots == ("L-EARLY ×3", "L-LATE ×2")
    assert_books_tie_out(uow)


def test_a_lot_chosen_on_the_line_is_the_one_that_leaves(uow, shop):
    line = counter.LineInput(shop["milk"], D(2), lots=(LotInput("L-LATE", D(2)),))
    sold = counter.sell(uow, lines=[line], payments=cash("16"), on=ON)
    assert lot_moves(uow, sold.id) == [("L-LATE", D(2))]


def test_an_expired_lot_asks_first_or_is_refused_by_the_setting(uow, shop):
    later = date(2026, 4, 10)  # L-EARLY expired on 04-01
    line = counter.LineInput(shop["milk"], D(1))
    with pytest.raises(ConfirmationRequired) as asked:
        counter.sell(uow, lines=[line], payments=cash("8"), on=later)
    assert asked.value.key == "expired-lot"
    sold = counter.sell(uow, lines=[line], payments=cash("8"), on=later, acknowledged=frozenset({"expired-lot"}))
    assert lot_moves(uow, sold.id) == [("L-EARLY", D(1))]
    inventory.set_expired_lot_policy(uow, "forbid")
    with pytest.raises(ValidationError, match="forbid"):
        counter.sell(uow, lines=[line], payments=cash("8"), on=later, acknowledged=frozenset({"expired-lot"}))


def test_a_serial_tracked_product_needs_its_serials(uow, shop):
    with pytest.raises(ValidationError, match="serial") as refused:
        counter.sell(uow, lines=[counter.LineInput(shop["phone"], D(1))], payments=cash("1130"), on=ON)
    assert refused.value.field == "serial"
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop["phone"], D(1), lots=(LotInput("SN2"),))], payments=cash("1130"), on=ON
    )
    assert lot_moves(uow, sold.id) == [("SN2", D(1))]
    assert counter.ticket_view(uow, sold.number).lines[0].lots == ("SN2",)
    history = inventory.serial_history(uow, "SN2")[0]
    sale = next(e for e in history.events if e.doc_number == sold.number)
    assert (sale.kind, sale.doc_type, sale.party_name) == ("out", "POS", "散客")
    assert history.in_stock == D(0) and history.customer_name == "散客"
    assert_books_tie_out(uow)


def test_bad_serials_are_refused_with_nothing_written(uow, shop):
    phone = shop["phone"]
    twice = [
        counter.LineInput(phone, D(1), lots=(LotInput("SN1"),)),
        counter.LineInput(phone, D(1), lots=(LotInput("SN1"),)),
    ]
    with pytest.raises(ValidationError, match="SN1.*twice"):
        counter.sell(uow, lines=twice, payments=cash("2260"), on=ON)
    with pytest.raises(ValidationError, match="SN9"):
        counter.sell(uow, lines=[counter.LineInput(phone, D(1), lots=(LotInput("SN9"),))], payments=cash("1130"), on=ON)
    with pytest.raises(ValidationError, match="serial"):
        counter.sell(uow, lines=[counter.LineInput(phone, D(2), lots=(LotInput("SN1"),))], payments=cash("2260"), on=ON)
    counter.sell(uow, lines=[counter.LineInput(phone, D(1), lots=(LotInput("SN1"),))], payments=cash("1130"), on=ON)
    with pytest.raises(ValidationError, match="SN1.*not in stock"):
        counter.sell(uow, lines=[counter.LineInput(phone, D(1), lots=(LotInput("SN1"),))], payments=cash("1130"), on=ON)
    assert on_hand(uow, phone) == D(2)


def test_a_return_by_the_ticket_brings_back_that_serial_and_refuses_another(uow, shop):
    phone = shop["phone"]
    line = counter.LineInput(phone, D(2), lots=(LotInput("SN1"), LotInput("SN3")))
    sold = counter.sell(uow, lines=[line], payments=cash("2260"), on=ON)
    ticket_line = counter.ticket_view(uow, sold.number).lines[0].id
    with pytest.raises(ValidationError, match="SN2"):
        counter.return_ticket(
            uow, sold.number, lines=[counter.ReturnLineInput(ticket_line, D(1), lots=(LotInput("SN2"),))], on=ON
        )
    back = counter.return_ticket(
        uow, sold.number, lines=[counter.ReturnLineInput(ticket_line, D(1), lots=(LotInput("SN3"),))], on=ON
    )
    assert lot_moves(uow, back.id) == [("SN3", D(1))]
    rest = counter.return_ticket(uow, sold.number, on=ON)  # the rest: SN1
    assert lot_moves(uow, rest.id) == [("SN1", D(1))]
    assert on_hand(uow, phone) == D(3)
    assert_books_tie_out(uow)


def test_a_ticket_line_found_by_a_serial(uow, shop):
    line = counter.LineInput(shop["phone"], D(2), lots=(LotInput("SN1"), LotInput("SN3")))
    sold = counter.sell(uow, lines=[line], payments=cash("2260"), on=ON)
    found = counter.serial_on_ticket(uow, sold.number, "SN3")
    assert found.line_id == counter.ticket_view(uow, sold.number).lines[0].id
    with pytest.raises(ValidationError, match="SN2"):
        counter.serial_on_ticket(uow, sold.number, "SN2")
    back = counter.return_ticket(
        uow, sold.number, lines=[counter.ReturnLineInput(found.line_id, D(1), lots=(LotInput("SN3"),))], on=ON
    )
    with pytest.raises(ValidationError, match="SN3 has come back"):
        counter.serial_on_ticket(uow, sold.number, "SN3")
    assert counter.serial_on_ticket(uow, sold.number, "SN1").line_id == found.line_id
    with pytest.raises(InvalidTransition):
        counter.serial_on_ticket(uow, back.number, "SN3")


def test_a_bundle_takes_its_components_lots_fefo_and_asks_their_serials(uow, shop):
    with pytest.raises(ValidationError, match="serial"):
        counter.sell(uow, lines=[counter.LineInput(shop["kit"], D(1))], payments=cash("1200"), on=ON)
    line = counter.LineInput(shop["kit"], D(1), component_lots=((shop["phone"], (LotInput("SN2"),)),))
    sold = counter.sell(uow, lines=[line], payments=cash("1200"), on=ON)
    assert lot_moves(uow, sold.id) == [("L-EARLY", D(2)), ("SN2", D(1))]
    assert set(counter.ticket_view(uow, sold.number).lines[0].lots) == {"L-EARLY ×2", "SN2"}
    back = counter.return_ticket(uow, sold.number, on=ON)
    assert lot_moves(uow, back.id) == [("L-EARLY", D(2)), ("SN2", D(1))]
    assert_books_tie_out(uow)


def test_a_held_ticket_keeps_its_serials(uow, shop):
    line = counter.LineInput(shop["phone"], D(1), lots=(LotInput("SN3"),))
    kit = counter.LineInput(shop["kit"], D(1), component_lots=((shop["phone"], (LotInput("SN1"),)),))
    counter.hold_ticket(uow, counter.HeldTicket(None, (line, kit), None, D(0), "x"))
    recalled = counter.recall_ticket(uow)
    assert recalled.lines[0].lots == (LotInput("SN3"),)
    assert recalled.lines[1].component_lots == ((shop["phone"], (LotInput("SN1"),)),)


def test_a_scan_of_a_serial_names_its_product_and_serial(uow, shop):
    hit = counter.scan(uow, "SN2")
    assert (hit.product_id, hit.serial, hit.serial_tracked) == (shop["phone"], "SN2", True)
    by_barcode = counter.scan(uow, "6900000000028")
    assert (by_barcode.product_id, by_barcode.serial, by_barcode.serial_tracked) == (shop["phone"], "", True)
    counter.sell(
        uow, lines=[counter.LineInput(shop["phone"], D(1), lots=(LotInput("SN2"),))], payments=cash("1130"), on=ON
    )
    with pytest.raises(NotFound, match="SN2.*not in stock"):
        counter.scan(uow, "SN2")


def test_the_printed_ticket_names_its_lots_and_serials(uow, shop):
    lines = [
        counter.LineInput(shop["phone"], D(2), lots=(LotInput("SN1"), LotInput("SN3"))),
        counter.LineInput(shop["milk"], D(4)),
        counter.LineInput(shop["a"], D(1)),
    ]
    sold = counter.sell(uow, lines=lines, payments=cash("2310"), on=ON)
    text = "\n".join(counter.ticket_lines(uow, sold.number, paper_mm=80))
    assert "SN1, SN3" in text
    assert "Lot/SN: L-EARLY ×3" in text and "L-LATE ×1" in text  # wrapped in the name column
    view = counter.ticket_view(uow, sold.number)
    assert [line.lots for line in view.lines] == [("SN1", "SN3"), ("L-EARLY ×3", "L-LATE ×1"), ()]
    assert counter.ticket_pdf(uow, sold.number)[:4] == b"%PDF"
