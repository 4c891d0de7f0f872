"""Serials and lots at the counter screen, keys only: the phone's barcode asks its serial in a small
dialog (an unknown one refused there, the field keeping focus), a serial scanned in the scan field
adds its product with it (twice: refused in red), a bundle asks its component's serial, a held
ticket keeps the serials, an expired lot asks before the ticket posts, and a return by the ticket
number takes back the serial scanned (one not on the ticket refused)."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt
from sqlalchemy import select

from erp_desktop.models.stock import StockLot, StockMove
from erp_desktop.services import counter, inventory
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.ui.counter import C_NAME, CounterScreen
from erp_desktop.ui.counter.serials import SerialDialog
from tests.services.test_counter_lots import buy
from tests.support import factories as f
from tests.support.counter import make_counter_shop
from tests.support.sales import assert_books_tie_out, on_hand


def _type(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _moved(uow, number):
    with uow.read() as tx:
        return sorted(
            tx.execute(
                select(StockLot.number, StockMove.qty)
                .join(StockLot, StockLot.id == StockMove.lot_id)
                .where(StockMove.doc_number == number)
            ).all()
        )


def test_serials_and_lots_at_the_counter_by_keys(ui_ctx, qtbot, monkeypatch):
    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="鲜牛奶", price="8", cost="5", lot_tracked=True).id
        phone = f.product(
            tx, "PHONE", name="手机", price="1130", cost="800", serial_tracked=True, barcode="6900000000028"
        ).id
        kit = f.product(tx, "GIFT", name="礼盒", price="1200", cost="0").id
        supplier = f.supplier(tx, "S1").id
    buy(uow, milk, supplier, shop.bin1, "5", [LotInput("L-OLD", D(5), expiry_date=date(2026, 4, 1))])
    buy(uow, phone, supplier, shop.bin1, "3", [LotInput(f"SN{n}") for n in (1, 2, 3)], price="800")
    inventory.set_bom(uow, kit, [ComponentInput(phone, D(1))], bundle=True)
    counter.open_shift(uow, float_amount=D("0"))
    asked: list[str] = []
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda _p, question: asked.append(question) or True)

    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    scan = screen.scan_edit

    _type(qtbot, scan, "6900000000028")  # the phone's barcode: its serial is asked
    dialog = screen._dialog
    assert isinstance(dialog, SerialDialog) and dialog.focusWidget() is dialog.serial_edit
    _type(qtbot, dialog.serial_edit, "SN9")  # no such serial: refused in the dialog
    assert "SN9" in dialog.error_label.text() and dialog.serials == [] and dialog.focusWidget() is dialog.serial_edit
    _type(qtbot, dialog.serial_edit, "SN1")
    qtbot.keyClick(dialog.serial_edit, Qt.Key.Key_Return)  # all scanned: Enter confirms
    assert [line.serials() for line in screen.lines] == [["SN1"]]
    assert "SN1" in screen.lines_table.item(0, C_NAME).text()

    _type(qtbot, scan, "SN2")  # a serial scanned straight into the scan field: one more phone
    assert screen.lines[0].qty == D(2) and screen.lines[0].serials() == ["SN1", "SN2"]
    _type(qtbot, scan, "SN2")  # twice: refused in red, the focus kept
    assert "SN2 is on this ticket already" in screen.message_label.text()
    assert "c62828" in screen.message_label.styleSheet() and screen.focusWidget() is scan
    scan.clear()

    _type(qtbot, scan, "GIFT")  # a bundle: its phone's serial asked
    dialog = screen._dialog
    _type(qtbot, dialog.serial_edit, "SN1")  # on the ticket already
    assert "SN1 is on this ticket already" in dialog.error_label.text()
    _type(qtbot, dialog.serial_edit, "SN3")
    qtbot.keyClick(dialog.serial_edit, Qt.Key.Key_Return)
    assert screen.lines[1].component_lots == ((phone, (LotInput("SN3"),)),)
    _type(qtbot, scan, "MILK")  # lot-tracked: first expiry first, nothing asked at the scan

    qtbot.keyClick(scan, Qt.Key.Key_F1)  # hold and recall: the serials stay
    assert screen.lines == []
    qtbot.keyClick(scan, Qt.Key.Key_F10)
    assert [line.serials() for line in screen.lines] == [["SN1", "SN2"], ["SN3"], []]

    qtbot.keyClick(scan, Qt.Key.Key_F12)  # pay: the milk's lot has expired, so it asks first
    pay = screen._dialog
    qtbot.keyClick(pay.cash_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and "L-OLD" in asked[0]
    number = screen.last_ticket
    assert screen.lines == [] and number
    assert _moved(uow, number) == [("L-OLD", D(1)), ("SN1", D(1)), ("SN2", D(1)), ("SN3", D(1))]
    assert on_hand(uow, phone) == D(0)
    _type(qtbot, scan, "SN1")  # sold: refused clearly, nothing added, the focus kept
    assert "SN1" in screen.message_label.text() and "not in stock" in screen.message_label.text()
    assert screen.lines == [] and screen.focusWidget() is scan
    scan.clear()

    qtbot.keyClicks(scan, number)  # a return by the ticket: the serial scanned comes back
    qtbot.keyClick(scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    back = screen._dialog
    assert back.focusWidget() is back.serial_edit
    _type(qtbot, back.serial_edit, "SN7")
    assert "SN7 is not on ticket" in back.error_label.text()
    for row in (1, 2):  # only the phones' line comes back
        back.table.item(row, 3).setText("")
    _type(qtbot, back.serial_edit, "SN2")
    assert back.table.item(0, 3).text() == "1"
    qtbot.keyClick(back.serial_edit, Qt.Key.Key_Return)  # blank: done
    assert "refunded 1,130.00" in screen.message_label.text() or "refunded 1130.00" in screen.message_label.text()
    history = inventory.serial_history(uow, "SN2")[0]
    assert history.in_stock == D(1) and inventory.serial_history(uow, "SN1")[0].in_stock == D(0)
    assert_books_tie_out(uow)
