"""Document forms driven by keys only (QTest key clicks on the focused widget): the shopkeeper's
order with three lines typed in the grid, confirm (F8), deliver (F11); a scanned barcode adds a
line or 1 to it; Delete asks; an unsaved form asks 保存 / 放弃 / 取消 when its tab closes; 改单 of a
posted delivery; the grid shows at least ten lines at 1366×768."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from erp_desktop.services import sales
from erp_desktop.ui.forms import base as form_base
from erp_desktop.ui.forms import document_tabs
from erp_desktop.ui.sales import create_tab
from erp_desktop.ui.sales.dialogs import DeliveryDialog
from tests.support import factories
from tests.support.sales import assert_books_tie_out, make_shop, on_hand, receivables

TYPING_MS = 60  # a person's keys, slower than a scanner's


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def type_text(qtbot, text: str, *, delay: int = TYPING_MS) -> None:
    qtbot.keyClicks(focused(), text, delay=delay)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def enter(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Return)


@pytest.fixture
def shop(ui_ctx):
    shop = make_shop(ui_ctx.uow)
    with ui_ctx.uow.write() as tx:
        c = factories.product(tx, "C001", name="Product C", price="4.5", cost="2", tax="0.13", barcode="6901234567892")
        w1_bin = shop.bin1
        factories.opening_stock(tx, c, tx.get(type(c).__mro__[0], c.id) and _bin(tx, w1_bin), "30", "2")
    shop.c = c.id
    return shop


def _bin(tx, bin_id):
    from erp_desktop.models.warehouse import Location

    return tx.get(Location, bin_id)


def _open_tab(ui_ctx, qtbot):
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    return tab, tabs


def _new_order(ui_ctx, qtbot):
    tab, tabs = _open_tab(ui_ctx, qtbot)
    tab.orders_page.list_page.table_view.setFocus()
    form = tab.orders_page.new_document()  # what Ctrl+N on the list does
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    form.customer_picker.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.customer_picker)
    return tab, tabs, form


def _type_line(qtbot, code: str, quantity: str) -> None:
    """In the new line's product cell: the code, Enter; the quantity, then Enter through the line."""
    type_text(qtbot, code)
    enter(qtbot)
    type_text(qtbot, quantity)
    enter(qtbot, 4)  # 数量 → 单价 → 折扣 → 税率 → the next new line


def test_shopkeeper_order_three_lines_by_keyboard_confirm_and_deliver(ui_ctx, qtbot, shop):
    tab, tabs, form = _new_order(ui_ctx, qtbot)
    type_text(qtbot, "C001")  # the customer's code
    enter(qtbot)
    assert form.customer_picker.party() is not None and form.customer_picker.party().code == "C001"
    assert "Receivable balance 0.00" in form.info_label.text()  # 应收余额 at once
    assert focused() is form.grid.picker  # straight on to the first product

    _type_line(qtbot, "A001", "10")
    assert form.grid.line_count == 1 and focused() is form.grid.picker  # Enter on the last cell: a new line
    _type_line(qtbot, "B001", "80")  # only 50 in stock
    _type_line(qtbot, "C001", "3")
    grid = form.grid
    assert grid.line_count == 3
    assert [grid.value(r, "qty") for r in range(3)] == [D("10"), D("80"), D("3")]
    assert all(isinstance(grid.value(r, "qty"), D) for r in range(3))
    assert grid.cellWidget(2, grid.col("price")).text() == "4.50"  # money with two decimals
    assert grid.item(1, grid.col("short")).text() == "short 30"  # the shortfall beside the quantity
    assert grid.item(0, grid.col("short")).text() == ""
    assert grid.item(0, grid.col("gross")).text() == "113.00"
    assert form.has_unsaved_changes() and tabs.tabText(tabs.indexOf(form)).endswith("*")

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert form.view is not None and form.view.state == "draft" and not form.has_unsaved_changes()
    # 113.00 + 80 × 35 × 1.09 = 3,052.00 + 3 × 4.50 × 1.13 = 15.26 (13.50 + 1.755 → 1.76)
    assert form.view.gross_total == D("113.00") + D("3052.00") + D("15.26")
    assert tabs.tabText(tabs.indexOf(form)) == form.view.number

    form.grid.setFocus()
    press(qtbot, Qt.Key.Key_F8)  # confirm
    assert form.view.state == "confirmed"
    press(qtbot, Qt.Key.Key_F11)  # deliver: the posting dialog
    dialog = form._dialog
    assert isinstance(dialog, DeliveryDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.lines_table.cellWidget(1, 3).setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.lines_table.cellWidget(1, 3))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "50", delay=0)  # what the shelf holds
    enter(qtbot)  # the dialog's default button posts
    assert form.view.state == "partly_delivered"
    assert (on_hand(ui_ctx.uow, shop.a), on_hand(ui_ctx.uow, shop.b), on_hand(ui_ctx.uow, shop.c)) == (
        D("90"),
        D("0"),
        D("27"),
    )
    assert receivables(ui_ctx.uow, shop.customer) == [("DN", D("113.00") + D("1907.50") + D("15.26"))]
    assert_books_tie_out(ui_ctx.uow)


def test_scanned_barcode_adds_the_product_then_adds_one(ui_ctx, qtbot, shop):
    _tab, _tabs, form = _new_order(ui_ctx, qtbot)
    form.grid.focus_new_line()
    for _ in range(2):
        type_text(qtbot, "6901234567892", delay=0)  # a scanner: all at once, then Enter
        enter(qtbot)
    assert form.grid.line_count == 1 and form.grid.value(0, "qty") == D("2")
    assert focused() is form.grid.picker  # ready for the next scan
    type_text(qtbot, "A001", delay=0)
    enter(qtbot)
    type_text(qtbot, "6901234567892", delay=0)
    enter(qtbot)
    assert form.grid.line_count == 2 and form.grid.value(0, "qty") == D("3")
    assert [p.code for p in form.grid.products] == ["C001", "A001"]


def test_delete_removes_a_line_after_asking(ui_ctx, qtbot, shop, monkeypatch):
    _tab, _tabs, form = _new_order(ui_ctx, qtbot)
    form.grid.focus_new_line()
    _type_line(qtbot, "A001", "1")
    _type_line(qtbot, "B001", "2")
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda _p, question: asked.append(question) or answer[0])
    press(qtbot, Qt.Key.Key_Up)  # from the new line up to the last line's product cell
    press(qtbot, Qt.Key.Key_Delete)
    assert asked == ["Remove line 2 (B001 Product B)?"] and form.grid.line_count == 2  # 取消: kept
    answer[0] = True
    press(qtbot, Qt.Key.Key_Delete)
    assert form.grid.line_count == 1 and [p.code for p in form.grid.products] == ["A001"]
    assert "Total incl. tax 11.30" in form.totals_label.text()


def test_closing_an_unsaved_tab_asks_save_discard_cancel(ui_ctx, qtbot, shop, monkeypatch):
    _tab, tabs, form = _new_order(ui_ctx, qtbot)
    type_text(qtbot, "C001")
    enter(qtbot)
    _type_line(qtbot, "A001", "2")
    answers = [form_base.CANCEL]
    asked: list[str] = []
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: asked.append(title) or answers[0])
    press(qtbot, Qt.Key.Key_Escape)  # Esc closes the form — asking first
    assert asked == ["New sales order"] and tabs.indexOf(form) >= 0  # 取消: still open
    answers[0] = form_base.SAVE
    press(qtbot, Qt.Key.Key_Escape)
    assert tabs.indexOf(form) < 0  # 保存: saved, then closed
    orders = sales.list_orders(ui_ctx.uow, sales_query()).rows
    assert len(orders) == 1 and orders[0].gross_total == D("22.60")

    form2 = _tab.orders_page.new_document()
    form2.grid.focus_new_line()
    _type_line(qtbot, "B001", "1")
    answers[0] = form_base.DISCARD
    assert tabs.close_all()  # closing the window: 放弃 lets it close, nothing saved
    assert len(sales.list_orders(ui_ctx.uow, sales_query()).rows) == 1


def sales_query():
    from erp_desktop.services.paging import ListQuery

    return ListQuery()


def test_opening_a_row_opens_its_form_once(ui_ctx, qtbot, shop):
    ref = sales.create_order(ui_ctx.uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("1"))])
    tab, tabs = _open_tab(ui_ctx, qtbot)
    page = tab.orders_page
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)
    tab.activateWindow()
    page.list_page.table_view.setFocus()
    qtbot.waitUntil(lambda: page.list_page.table_view.hasFocus())
    page.list_page.table_view.selectRow(0)
    qtbot.keyClick(page.list_page.table_view, Qt.Key.Key_Return)
    form = tabs.current_form()
    assert form is not None and form.doc_id == ref.id and form.view.number == ref.number
    count = tabs.count()
    qtbot.keyClick(page.list_page.table_view, Qt.Key.Key_Return)  # open already: its tab comes forward
    assert tabs.count() == count and tabs.current_form() is form


def test_amend_posted_delivery_reverses_it_and_opens_the_copy(ui_ctx, qtbot, shop, monkeypatch):
    uow = ui_ctx.uow
    order = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("10")), sales.LineInput(shop.b, D("4"))]
    )
    sales.confirm_order(uow, order.id)
    delivery = sales.deliver_order(uow, order.id)
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda _p, _q: True)
    tab, tabs = _open_tab(ui_ctx, qtbot)
    form = tab.orders_page.open_order(order.id)
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    assert form.amend_button.isEnabled() and "(红冲)" in form.amend_button.text()
    form.amend_button.setFocus()
    qtbot.waitUntil(lambda: form.amend_button.hasFocus())
    press(qtbot, Qt.Key.Key_Space)
    dialog = form._dialog
    assert isinstance(dialog, DeliveryDialog)  # the corrected copy, to post again
    assert [dialog.lines_table.cellWidget(r, 3).text() for r in range(2)] == ["10", "4"]
    assert form.view.state == "confirmed"
    rows = {r.number: r.reversal_text for r in form.documents_model.rows}
    reversal = next(n for n in rows if n.startswith("SR-"))
    assert rows == {delivery.number: f"reversed by {reversal}", reversal: f"红冲 of {delivery.number}"}
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("100"), D("50"))
    assert_books_tie_out(uow)
    dialog.lines_table.cellWidget(0, 3).setText("8")
    dialog.post()
    assert form.view.state == "partly_delivered" and on_hand(uow, shop.a) == D("92")
    assert_books_tie_out(uow)


def test_the_grid_shows_ten_lines_at_1366x768(ui_ctx, qtbot, shop):
    from erp_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx, modules=[("sales", "erp_desktop.ui.sales")])
    qtbot.addWidget(window)
    window.resize(1366, 768 - 40)  # the laptop's screen less the task bar
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("sales")
    form = window.show_tab("sales").orders_page.new_document()
    assert window.tabs.current_form() is form  # a tab of the main window
    QApplication.processEvents()
    assert form.grid.visible_rows() >= 10
    bottom = form.save_button.mapTo(window, form.save_button.rect().bottomRight())
    assert bottom.y() <= window.height() and bottom.x() <= window.width()


def test_purchase_order_form_by_keyboard_and_scanner(ui_ctx, qtbot, shop):
    """The purchase order is a form in its own tab too: supplier code, a typed line, two scans of a
    barcode (one line, 2), Ctrl+S."""
    from erp_desktop.services import purchasing
    from erp_desktop.ui.purchasing import create_tab as purchasing_tab

    with ui_ctx.uow.write() as tx:
        factories.supplier(tx, "S001", name="Supplier One")
    tab = purchasing_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    page = next(w for w in tab.findChildren(QWidget) if hasattr(w, "open_order") and hasattr(w, "receive_current"))
    form = page.new_document()
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    form.supplier_picker.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.supplier_picker)
    type_text(qtbot, "S001")
    enter(qtbot)
    assert focused() is form.grid.picker
    _type_line(qtbot, "A001", "12")
    # 数量 → 单价 → 税率 is the last editable cell here: one Enter fewer than on a sales line
    assert form.grid.line_count == 1
    for _ in range(2):
        if focused() is not form.grid.picker:
            break
        type_text(qtbot, "6901234567892", delay=0)
        enter(qtbot)
    assert form.grid.line_count == 2 and form.grid.value(1, "qty") == D("2")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.detail is not None and tabs.tabText(tabs.indexOf(form)) == form.detail.number
    detail = purchasing.get_order_detail(ui_ctx.uow, form.detail.id)
    assert [(line.product_code, line.qty) for line in detail.lines] == [("A001", D("12")), ("C001", D("2"))]
