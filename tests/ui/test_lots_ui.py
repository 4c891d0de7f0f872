"""Lots and serials in the window (issue 15): the sales delivery dialog proposes the lot that
expires first (FEFO), the user may choose another; an expired lot asks first (No: nothing posts);
a serial-tracked line takes its serials scanned one per unit. The receipt form's lot entry by keys
is in ``tests/scenarios/test_clerk_keys_only.py``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from erp_desktop.services import inventory, sales
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.ui.sales.dialogs import DeliveryDialog
from tests.scenarios.test_lots_serials import _buy, _lot_moves
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out

TODAY = date.today()


@pytest.fixture
def lot_shop(uow):
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="鲜牛奶", price="8", cost="5", lot_tracked=True)
        phone = f.product(tx, "PH01", name="手机", price="1999", cost="1500", serial_tracked=True)
        supplier = f.supplier(tx, "S1", name="光明乳业")
        _w, (bin1,) = f.warehouse(tx, "W1")
        customer = f.customer(tx, "C1", name="张三超市")
        ids = dict(milk=milk.id, phone=phone.id, supplier=supplier.id, bin=bin1.id, customer=customer.id)
    on = TODAY - timedelta(days=20)
    _buy(
        uow,
        ids["milk"],
        supplier.id,
        bin1.id,
        "5",
        [LotInput("OLD", D(5), expiry_date=TODAY - timedelta(days=2))],
        on=on,
    )
    _buy(
        uow,
        ids["milk"],
        supplier.id,
        bin1.id,
        "10",
        [LotInput("NEW", D(10), expiry_date=TODAY + timedelta(days=30))],
        on=on,
    )
    _buy(uow, ids["phone"], supplier.id, bin1.id, "2", [LotInput("SN-1"), LotInput("SN-2")], on=on, price="1500")
    return ids


def _order(uow, lot_shop, lines):
    order = sales.create_order(
        uow,
        customer_id=lot_shop["customer"],
        lines=[sales.LineInput(lot_shop[key], D(qty), D(price)) for key, qty, price in lines],
    )
    sales.confirm_order(uow, order.id)
    return sales.get_order_view(uow, order.id)


def test_delivery_proposes_fefo_asks_for_an_expired_lot_and_takes_the_lot_chosen(
    ui_ctx, uow, lot_shop, qtbot, monkeypatch
):
    asked: list[str] = []
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda _p, question: asked.append(question) or False)
    view = _order(uow, lot_shop, [("milk", "4", "8"), ("phone", "1", "1999")])
    dialog = DeliveryDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    posted: list = []
    dialog.posted.connect(posted.append)
    dialog.show()
    lots = dialog.lines_table.cellWidget(0, 5)
    texts = [lots.itemText(i) for i in range(lots.count())]
    assert lots.currentData() is None and "OLD" in texts[0]  # FEFO: the expired lot expires first
    assert "OLD" in texts[1] and texts[1].endswith("expired") and "NEW" in texts[2] and "· 10" in texts[2]

    # the phone: its serial scanned in the dialog the button opens (one per unit)
    serials = dialog.lines_table.cellWidget(1, 5)
    serials.setFocus()
    qtbot.keyClick(serials, Qt.Key.Key_Space)
    scan = dialog._serial_dialog
    qtbot.waitUntil(scan.isVisible)
    qtbot.keyClicks(scan.number_edit, "SN-2")
    qtbot.keyClick(scan.number_edit, Qt.Key.Key_Return)
    assert not scan.isVisible() and serials.text() == "SN-2"

    dialog.post()  # FEFO takes OLD: expired, so it asks — No: nothing is posted
    assert len(asked) == 1 and "OLD" in asked[0]
    assert sales.get_order_view(uow, view.id).state == "confirmed"

    dialog.choose_lot(0, "NEW")
    dialog.post()
    order = sales.get_order_view(uow, view.id)
    assert order.state == "delivered" and len(asked) == 1
    assert len(posted) == 1 and _lot_moves(uow, posted[0].number) == [("NEW", D("4")), ("SN-2", D("1"))]
    assert {lot.number: lot.qty for lot in inventory.product_lots(uow, lot_shop["milk"])} == {
        "OLD": D("5"),
        "NEW": D("6"),
    }
    assert {lot.number for lot in inventory.product_lots(uow, lot_shop["phone"], in_stock_only=True)} == {"SN-1"}
    assert_books_tie_out(uow)
