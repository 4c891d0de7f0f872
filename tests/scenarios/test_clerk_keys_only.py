"""The warehouse clerk, keys only, in the real main window (issue 15): every step is a QTest key
click on the widget with the focus; nothing is called, clicked or focused by the test.

Ctrl+N a purchase order, the supplier by 助记码, three lines by code (a lot-tracked milk, a
serial-tracked TV, plain tea), Ctrl+S, F8 confirm, F11 opens the receipt form with the cursor in
the first quantity; Enter on the milk's quantity asks for its lots (two lots with their production
dates), on the TV's for its serials (scanned one per unit, a repeat refused), F11 posts. Then
Alt+2 to Inventory, Ctrl+Tab to 盘点, Ctrl+N and Enter: the count's form opens in its own tab and
the bin is counted by scanning — the tea four times (one short), the milk set at once
(``=11*barcode``: one over the book), the TV once (one short); F11 asks for the lot found (its
number and production date) and the serial missing, then posts the count. Stock per lot and per serial, the payable and the books are checked.

Defects found on the way and fixed: Ctrl+N on the purchase order list opened the form with the
cursor nowhere (the list's action skipped ``new_document``); after Ctrl+S the order's grid was
rebuilt and nothing had the focus, so F8 and F11 reached nothing (the hang reported earlier); a
new receipt opened from F11 left the cursor in the supplier field, not the first quantity."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.models.finance import OpenItem
from erp_desktop.services import inventory
from tests.scenarios.test_keys_only import focused, press, type_text
from tests.support import factories
from tests.support.sales import assert_books_tie_out, on_hand


@pytest.fixture
def clerk_shop(ui_ctx):
    uow = ui_ctx.uow
    with uow.write() as tx:
        milk = factories.product(tx, "RN01", name="纯牛奶", price="5", cost="3", tax="0.13", barcode="6900000000011")
        tv = factories.product(
            tx, "DS01", name="电视机", price="2000", cost="1500", tax="0.13", barcode="6900000000022"
        )
        tea = factories.product(tx, "CY01", name="绿茶", price="20", cost="10", tax="0.13", barcode="6900000000033")
        milk.lot_tracked = True
        milk.shelf_life_days = 180
        tv.serial_tracked = True
        _w, (bin1,) = factories.warehouse(tx, "W1", bins=("A-01",))
        supplier = factories.supplier(tx, "S001", name="光明乳业")
        return {"milk": milk.id, "tv": tv.id, "tea": tea.id, "bin": bin1.id, "supplier": supplier.id}


def _main_window(ui_ctx, qtbot):
    from erp_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(
        ui_ctx, modules=[("purchasing", "erp_desktop.ui.purchasing"), ("inventory", "erp_desktop.ui.inventory")]
    )
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def enter(qtbot, times: int = 1) -> None:
    press(qtbot, Qt.Key.Key_Return, times=times)


def test_clerk_order_confirm_receive_with_lots_and_serials_then_count(ui_ctx, qtbot, clerk_shop, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.counts.ask", lambda *_a: True)  # 盘点过账 asks: Yes
    monkeypatch.setattr("erp_desktop.ui.forms.base.ask_unsaved", lambda *_a: "discard")  # a failed run closes
    uow = ui_ctx.uow
    window = _main_window(ui_ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # nothing focused yet: the window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    order = window.tabs.current_form()
    assert focused() is order.supplier_picker  # Ctrl+N on the order list: a new order, cursor in 供应商
    type_text(qtbot, "gmry")  # 光明乳业 by 助记码
    qtbot.waitUntil(lambda: order.supplier_picker.popup_texts() == ["S001 光明乳业"])
    enter(qtbot)
    assert focused() is order.grid.picker
    for code, quantity in (("RN01", "10"), ("DS01", "2"), ("CY01", "5")):
        type_text(qtbot, code)
        enter(qtbot)  # an exact code picks at once: the cursor in 数量
        type_text(qtbot, quantity)
        enter(qtbot, times=3)  # 数量 → 单价 → 税率 → the next new line
    assert [p.code for p in order.grid.products] == ["RN01", "DS01", "CY01"]
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert order.detail is not None and order.detail.state == "draft"
    press(qtbot, Qt.Key.Key_F8)  # reached the form although Ctrl+S rebuilt its grid
    assert order.detail.state == "confirmed"
    press(qtbot, Qt.Key.Key_F11)  # the receipt form, in its own tab, cursor in the first quantity
    receipt = window.tabs.current_form()
    assert receipt is not order and receipt.kind == "purchase_receipt"
    assert focused() is receipt.grid.editor(0, "now")

    # the milk: 10, Enter asks for its lots — L2601 × 6 made 2026-11-01, L2602 × 4 made 11-15
    type_text(qtbot, "10")
    enter(qtbot)
    dialog = receipt._lot_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert focused() is dialog.number_edit
    for number, quantity, made in (("L2601", "6", "20261101"), ("L2602", "4", "20261115")):
        type_text(qtbot, number)
        enter(qtbot)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over the proposed rest
        type_text(qtbot, quantity)
        enter(qtbot)
        type_text(qtbot, made)
        enter(qtbot, times=2)  # the expiry follows from the shelf life: Enter adds the lot
    qtbot.waitUntil(lambda: not dialog.isVisible())  # 10 of 10: closed by itself
    assert focused() is receipt.grid.editor(1, "now")
    assert receipt.grid.item(0, receipt.grid.col("lots")).text() == "L2601×6, L2602×4"

    # the TV: 2, Enter asks for its serials; a repeat is refused; the count closes it
    type_text(qtbot, "2")
    enter(qtbot)
    dialog = receipt._lot_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    for n, serial in enumerate(("TV0001", "TV0001", "TV0002")):
        type_text(qtbot, serial)
        enter(qtbot)
        if n == 1:  # the repeat: refused, and said so; the count stays at 1
            assert len(dialog.lots()) == 1 and "TV0001" in dialog.message_label.text()
            press(qtbot, Qt.Key.Key_Backspace)  # the refused text was selected: typed over
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [lot.number for lot in receipt._lots[1]] == ["TV0001", "TV0002"]
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: receipt.receipt is not None)
    assert receipt.receipt.number.startswith("PR-")
    assert [on_hand(uow, clerk_shop[k]) for k in ("milk", "tv", "tea")] == [D("10"), D("2"), D("5")]
    lots = {lot.number: lot for lot in inventory.product_lots(uow, clerk_shop["milk"])}
    assert {n: lot.qty for n, lot in lots.items()} == {"L2601": D("6"), "L2602": D("4")}
    assert lots["L2601"].expiry_date == date(2027, 4, 30)  # 180 days of shelf life
    assert {s.number for s in inventory.product_lots(uow, clerk_shop["tv"], in_stock_only=True)} == {
        "TV0001",
        "TV0002",
    }
    with uow.read() as tx:
        payables = [(i.doc_type, i.amount) for i in tx.query(OpenItem).filter_by(party_id=clerk_shop["supplier"])]
    # 10 × 3 + 2 × 1500 + 5 × 10 = 3,080.00 net, 13 %: 3,480.40
    assert payables == [("PR", D("3480.40"))]
    assert_books_tie_out(uow)

    # the count: Alt+2 to Inventory, Ctrl+Tab to 盘点, Ctrl+N, Enter takes the warehouse and all
    # its bins; the count's form opens in its tab, the cursor in the scan field
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    inventory_tab = window.tabs.currentWidget()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert inventory_tab.currentWidget() is inventory_tab.counts
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_count = inventory_tab.counts.last_new_dialog
    qtbot.waitUntil(lambda: new_count.isVisible() and QApplication.activeWindow() is new_count)
    enter(qtbot)
    qtbot.waitUntil(lambda: new_count.form is not None)
    count = window.tabs.current_form()
    assert count is new_count.form and count.kind == "stock_count"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is count.scan_edit)
    for code in ["6900000000033"] * 4 + ["=11*6900000000011", "6900000000022"]:
        type_text(qtbot, code, delay=0)  # a scanner: fast, ending with Enter
        enter(qtbot)
        assert focused() is count.scan_edit  # the scanner can keep going
    counted = {r.product_code: (r.book_qty, r.counted_qty) for r in count.lines_model.rows}
    assert counted == {"CY01": (D("5"), D("4")), "RN01": (D("10"), D("11")), "DS01": (D("2"), D("1"))}
    assert "DS01" in count.last_label.text()
    # F11: the tracked variances first — the milk found over the book is a lot of its own (its
    # number and production date), the TV missing is named by its serial — then it posts (its
    # two questions answered Yes)
    press(qtbot, Qt.Key.Key_F11)
    asked = []
    for _ in range(2):
        qtbot.waitUntil(lambda: count.lot_dialog is not None and count.lot_dialog.isVisible())
        dialog = count.lot_dialog
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.number_edit)
        asked.append("serial" if dialog.serial else "lot")
        if dialog.serial:
            type_text(qtbot, "TV0002")
            enter(qtbot)
        else:
            type_text(qtbot, "L2603")
            enter(qtbot, times=2)  # the quantity proposed: the 1 found
            type_text(qtbot, "20261120")
            enter(qtbot, times=2)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    assert sorted(asked) == ["lot", "serial"]
    qtbot.waitUntil(lambda: count.post_result is not None)
    # loss: the tea 1 × 10.00 + the TV 1 × 1,500.00; gain: the milk 1 × 3.00
    assert (count.post_result.loss_value, count.post_result.gain_value) == (D("1510.00"), D("3.00"))
    assert [on_hand(uow, clerk_shop[k]) for k in ("milk", "tv", "tea")] == [D("11"), D("1"), D("4")]
    assert {lot.number: lot.qty for lot in inventory.product_lots(uow, clerk_shop["milk"])} == {
        "L2601": D("6"),
        "L2602": D("4"),
        "L2603": D("1"),
    }
    assert {s.number for s in inventory.product_lots(uow, clerk_shop["tv"], in_stock_only=True)} == {"TV0001"}
    assert_books_tie_out(uow)
