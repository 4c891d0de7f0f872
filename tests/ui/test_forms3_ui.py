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
