"""More document forms driven by keys only (QTest key clicks on the focused widget): the purchase
requisition typed and scanned into its grid (Ctrl+N on the list, Ctrl+S saves; Enter on a row of
the list opens it again, read-only)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.services import purchasing
from erp_desktop.services.paging import ListQuery
from erp_desktop.ui.shell.main_window import MainWindow
from tests.support import factories

TYPING_MS = 40


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def type_text(qtbot, text: str, *, delay: int = TYPING_MS) -> None:
    qtbot.keyClicks(focused(), text, delay=delay)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def enter(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return)


def _window(ui_ctx, qtbot, page, title: str) -> MainWindow:
    window = MainWindow(ui_ctx, modules=[])
    window.tabs.addTab(page, title)
    window.finish_menus()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def goods(ui_ctx):
    with ui_ctx.uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode="6900000000001", cost="2")
        return dict(tea=tea.id, cup=cup.id)


def _requisition_lines(uow):
    rows = purchasing.list_requisition_lines(uow, ListQuery(filters={"state": ""})).rows
    return sorted((r.number, r.department, r.product_code, r.qty) for r in rows)


def test_requisition_form_by_keys_and_scanner_then_enter_opens_it(ui_ctx, qtbot, goods):
    from erp_desktop.ui.purchasing.requisition_form import RequisitionForm
    from erp_desktop.ui.purchasing.requisitions_page import RequisitionsPage

    page = RequisitionsPage(ui_ctx)
    window = _window(ui_ctx, qtbot, page, "Requisitions")
    _focus(qtbot, page.list_page.table_view)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new requisition
    form = window.tabs.currentWidget()
    assert isinstance(form, RequisitionForm) and form.doc_id is None
    assert focused() is form.department_edit
    type_text(qtbot, "Shop")
    form.grid.focus_new_line()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.grid.picker)
    type_text(qtbot, "TEA")
    enter(qtbot)
    assert focused() is form.grid.editor(0, "qty")
    type_text(qtbot, "40")
    enter(qtbot)  # the quantity is the last cell: on to a new line
    assert focused() is form.grid.picker
    for _ in range(2):  # a scanner: two scans of the cup, one line of 2
        type_text(qtbot, "6900000000001", delay=0)
        enter(qtbot)
    assert [(p.code, form.grid.value(r, "qty")) for r, p in enumerate(form.grid.products)] == [
        ("TEA", D("40")),
        ("CUP", D("2")),
    ]
    assert form.has_unsaved_changes() and form.tab_text().endswith("*")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S raises it
    assert not form.has_unsaved_changes() and form.number.startswith("RQ")
    lines = _requisition_lines(ui_ctx.uow)
    assert lines == [(form.number, "Shop", "CUP", D("2")), (form.number, "Shop", "TEA", D("40"))]
    assert form.save_button.isHidden() and not form.department_edit.isEnabled() and form.grid.picker is None
    number = form.number

    press(qtbot, Qt.Key.Key_Escape)  # saved: closes without asking
    assert window.tabs.indexOf(form) < 0
    window.tabs.setCurrentWidget(page)
    page.list_page.reload()
    assert page.list_page.model.rowCount() == 2
    _focus(qtbot, page.list_page.table_view)
    page.list_page.table_view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)  # Enter on a row opens its requisition
    opened = window.tabs.currentWidget()
    assert isinstance(opened, RequisitionForm) and opened.number == number
    assert sorted(p.code for p in opened.grid.products) == ["CUP", "TEA"]
    assert opened.grid.item(0, opened.grid.col("state")).text() == "Not ordered"


def test_requisition_refuses_a_zero_quantity(ui_ctx, qtbot, goods, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from erp_desktop.ui.purchasing.requisitions_page import RequisitionsPage

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    page = RequisitionsPage(ui_ctx)
    window = _window(ui_ctx, qtbot, page, "Requisitions")
    _focus(qtbot, page.list_page.table_view)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.tabs.currentWidget()
    form.grid.focus_new_line()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.grid.picker)
    type_text(qtbot, "TEA")
    enter(qtbot)
    type_text(qtbot, "0")  # the quantity cell is selected: typing replaces it
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert shown and "greater than zero" in shown[-1]
    assert _requisition_lines(ui_ctx.uow) == []  # nothing half written
    assert form.has_unsaved_changes()


# --- lots and serials in the window ---------------------------------------------------------------
def _lot_shop(uow, today):
    """Milk (lot-tracked): one lot expired, one near expiry; a phone (serial-tracked) received and sold."""
    from datetime import timedelta

    from erp_desktop.services import sales
    from erp_desktop.services.ledger.lots import LotInput
    from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput

    with uow.write() as tx:
        milk = factories.product(tx, "MILK", name="鲜牛奶", price="8", cost="5", lot_tracked=True, shelf_life_days=30)
        phone = factories.product(tx, "PH1", name="手机", price="900", cost="600", serial_tracked=True)
        supplier = factories.supplier(tx, "S1", name="光明乳业")
        _w, (bin1,) = factories.warehouse(tx, "W1")
        customer = factories.customer(tx, "C1", name="张三超市")
        ids = dict(milk=milk.id, phone=phone.id, supplier=supplier.id, bin=bin1.id, customer=customer.id)

    def buy(product, qty, lots):
        order = purchasing.create_order(
            uow, supplier_id=ids["supplier"], on=today, lines=[OrderLineInput(product, D(qty), D("5"))]
        )
        purchasing.confirm_order(uow, order.id)
        line = purchasing.get_order_detail(uow, order.id).lines[0].id
        purchasing.receive_order(
            uow, order.id, on=today, location_id=ids["bin"], lines=[ReceiveLineInput(line, D(qty), tuple(lots))]
        )

    buy(ids["milk"], "4", [LotInput("L-OLD", D(4), expiry_date=today - timedelta(days=2))])
    buy(ids["milk"], "6", [LotInput("L-NEAR", D(6), expiry_date=today + timedelta(days=3))])
    buy(ids["phone"], "1", [LotInput("SN-0001")])
    order = sales.create_order(
        uow, customer_id=ids["customer"], on=today, lines=[sales.LineInput(ids["phone"], D(1), D("900"))]
    )
    sales.confirm_order(uow, order.id)
    view = sales.get_order_view(uow, order.id)
    sales.deliver_order(
        uow, order.id, on=today, lines=[sales.DeliveryLineInput(view.lines[0].id, D(1), lots=(LotInput("SN-0001"),))]
    )
    return ids


def test_serial_lookup_by_keys_shows_the_history(ui_ctx, qtbot):
    from datetime import date

    from erp_desktop.ui.inventory import InventoryTab

    _lot_shop(ui_ctx.uow, date.today())
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    _focus(qtbot, tab.serial_button)
    press(qtbot, Qt.Key.Key_Space)  # 序列号查询
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "SerialLookupDialog")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.serial_edit)
    type_text(qtbot, "SN-0001", delay=0)  # a scan
    enter(qtbot)
    summary = dialog.summary_label.text()
    assert "PH1" in summary and "光明乳业" in summary and "张三超市" in summary and "not in stock" in summary
    events = [dialog.events_table.item(r, 2).text() for r in range(dialog.events_table.rowCount())]
    assert events == ["received", "delivered"]
    assert focused() is dialog.serial_edit and dialog.serial_edit.selectedText() == "SN-0001"  # the next scan
    type_text(qtbot, "NOPE")
    enter(qtbot)
    assert dialog.summary_label.text() == "No serial number NOPE." and dialog.events_table.rowCount() == 0


def test_stock_dashboard_shows_the_expiry_card(ui_ctx, qtbot):
    from datetime import date

    from erp_desktop.ui.dashboards import DashboardTab

    _lot_shop(ui_ctx.uow, date.today())
    tab = DashboardTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.setCurrentWidget(tab.stock_page)
    qtbot.waitUntil(lambda: tab.stock_page.expiry is not None)
    text = tab.stock_page.expiry_label.text()
    assert tab.stock_page.expiry_label.isVisible()
    assert "Expired: 1 lots, value 20.00" in text and "Near expiry: 1 lots, value 30.00" in text
    assert "L-OLD" in text and "L-NEAR" in text


def test_product_editor_sets_the_tracking_by_keys(ui_ctx, qtbot):
    from erp_desktop.services import inventory, masterdata
    from erp_desktop.ui.masterdata.products import ProductDialog

    with ui_ctx.uow.write() as tx:
        factories.product(tx, "EGG", name="鸡蛋")
    detail = masterdata.get_product_by_code(ui_ctx.uow, "EGG")
    dialog = ProductDialog(ui_ctx, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.tracking_combo.parentWidget()))
    _focus(qtbot, dialog.tracking_combo)
    press(qtbot, Qt.Key.Key_Down)  # 按批次
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.shelf_life_edit
    type_text(qtbot, "21")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)  # the dialog's default button saves
    assert dialog.saved is not None
    tracking = inventory.product_tracking(ui_ctx.uow, detail.id)
    assert tracking.lot_tracked and not tracking.serial_tracked
    assert (tracking.shelf_life_days, tracking.expiry_warning_days) == (21, 5)
