"""More document forms, driven by keys only (QTest key clicks on the focused widget): a stock
document typed into its grid and posted (F11), then 改单 (reverse + a corrected copy posted again;
verify passes); the unsaved prompt on each new form's Esc."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.system import verify
from erp_desktop.ui.forms import base as form_base
from erp_desktop.ui.forms import document_tabs
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


def enter(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Return)


def ok_checks(uow) -> None:
    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert not failed, failed


@pytest.fixture
def stock(uow):
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode="6900000000001", cost="2")
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id, a2=a2.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date.today(),
        lines=[
            LineInput(ids["tea"], D("20"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("50"), D("2"), to_location_id=ids["a1"]),
        ],
    )
    return ids


def on_hand(uow, product_id) -> D:
    from erp_desktop.services import inventory as inv

    return inv.product_stock(uow, product_id).on_hand


@pytest.fixture
def inventory_tab(ui_ctx, qtbot, monkeypatch):
    from erp_desktop.ui.inventory import InventoryTab

    monkeypatch.setattr("erp_desktop.ui.inventory.doc_form.ask", lambda _p, _q: True)
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    return tab


def _activate(qtbot, widget) -> None:
    widget.window().show()
    qtbot.waitExposed(widget.window())
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


@pytest.fixture
def errors(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    return shown


def test_stock_issue_by_keys_then_amend_reverses_and_posts_the_corrected_copy(
    ui_ctx, qtbot, stock, inventory_tab, errors
):
    uow = ui_ctx.uow
    page = inventory_tab.documents
    _activate(qtbot, page.list_page.table_view)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # new issue
    tabs = document_tabs(ui_ctx)
    form = tabs.current_form()
    assert form is not None and form.doc_kind == "issue"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.grid.picker)  # a new form: the product cell
    type_text(qtbot, "TEA")
    enter(qtbot)
    type_text(qtbot, "5")
    enter(qtbot)  # the quantity is the issue's last cell: on to a new line
    assert focused() is form.grid.picker
    for _ in range(2):  # a scanner: two scans of the cup, one line of 2
        type_text(qtbot, "6900000000001", delay=0)
        enter(qtbot)
    assert [(p.code, form.grid.value(r, "qty")) for r, p in enumerate(form.grid.products)] == [
        ("TEA", D("5")),
        ("CUP", D("2")),
    ]
    assert form.has_unsaved_changes()
    press(qtbot, Qt.Key.Key_F11)  # no reason yet: refused, nothing posted
    assert form.state == "draft" and errors and on_hand(uow, stock["tea"]) == D("20")
    form.reason_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.reason_combo)
    press(qtbot, Qt.Key.Key_Down)  # the first reason
    assert form.reason_combo.currentData()
    press(qtbot, Qt.Key.Key_F11)  # post
    assert form.state == "posted" and form.number
    original = form.number
    assert (on_hand(uow, stock["tea"]), on_hand(uow, stock["cup"])) == (D("15"), D("48"))
    assert not form.amend_button.isHidden() and not form.print_button.isHidden()

    form.amend_button.setFocus()
    qtbot.waitUntil(lambda: form.amend_button.hasFocus())
    press(qtbot, Qt.Key.Key_Space)  # 改单: 红冲 + a corrected copy as a new draft
    assert form.reversed and form.amend_button.isHidden()
    copy = tabs.current_form()
    assert copy is not form and copy.state == "draft" and copy.has_unsaved_changes()
    assert (on_hand(uow, stock["tea"]), on_hand(uow, stock["cup"])) == (D("20"), D("50"))  # undone at once
    assert QApplication.focusWidget() is copy.grid.editor(0, "qty")  # the copy's first quantity, to correct
    qtbot.wait(50)  # the offscreen platform drops the active window once the events settle
    tabs.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is copy.grid.editor(0, "qty"))
    type_text(qtbot, "4")
    enter(qtbot)
    assert [copy.grid.value(r, "qty") for r in range(2)] == [D("4"), D("2")]
    press(qtbot, Qt.Key.Key_F11)
    assert copy.state == "posted" and copy.number != original
    assert (on_hand(uow, stock["tea"]), on_hand(uow, stock["cup"])) == (D("16"), D("48"))

    page.list_page.reload()
    pairs = {r.number: r.pair_label for r in page.list_page.model.rows}
    reversal = form.reversal_result.number
    assert pairs[original] == f"reversed by {reversal}" and pairs[reversal] == f"红冲 of {original}"
    assert pairs[copy.number] == ""
    ok_checks(uow)


@pytest.mark.parametrize("kind", ["receipt", "issue", "transfer"])
def test_new_stock_form_asks_before_closing_unsaved(ui_ctx, qtbot, stock, inventory_tab, monkeypatch, kind):
    page = inventory_tab.documents
    form = page.new_document(kind)
    tabs = document_tabs(ui_ctx)
    if kind == "transfer":
        form.target_picker.set_bin(stock["a2"])
    _activate(qtbot, form.grid.picker)
    type_text(qtbot, "TEA")
    enter(qtbot)
    assert form.grid.line_count == 1 and form.has_unsaved_changes()
    asked: list[str] = []
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: asked.append(title) or form_base.CANCEL)
    press(qtbot, Qt.Key.Key_Escape)
    assert len(asked) == 1 and tabs.indexOf(form) >= 0  # 取消: still open
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: form_base.DISCARD)
    press(qtbot, Qt.Key.Key_Escape)
    assert tabs.indexOf(form) < 0
