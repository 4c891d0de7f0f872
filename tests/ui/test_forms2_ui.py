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


# --- purchase receipts ----------------------------------------------------------------------------
@pytest.fixture
def po(ui_ctx):
    from erp_desktop.services import purchasing

    uow = ui_ctx.uow
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode="6900000000001", cost="2")
        sup = factories.supplier(tx, "S1", name="Tea Co")
        _w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = dict(tea=tea.id, cup=cup.id, sup=sup.id, a1=a1.id)
    ref = purchasing.create_order(
        uow,
        supplier_id=ids["sup"],
        on=date.today(),
        lines=[
            purchasing.OrderLineInput(ids["tea"], D("10"), D("5"), D("0.13")),
            purchasing.OrderLineInput(ids["cup"], D("4"), D("2"), D("0.13")),
        ],
    )
    purchasing.confirm_order(uow, ref.id)
    ids["order"] = ref.id
    return ids


def _payables(uow, supplier_id):
    from sqlalchemy import select

    from erp_desktop.models.finance import OpenItem

    with uow.read() as tx:
        return sorted(
            (i.doc_type, i.amount)
            for i in tx.scalars(select(OpenItem).where(OpenItem.party_id == supplier_id, OpenItem.kind == "payable"))
        )


def test_purchase_receipt_by_keys_and_scanner_then_amend(ui_ctx, qtbot, po, errors, monkeypatch):
    from erp_desktop.services import purchasing
    from erp_desktop.ui.purchasing import create_tab as purchasing_tab
    from erp_desktop.ui.purchasing.receipt_form import ReceiptForm

    monkeypatch.setattr("erp_desktop.ui.purchasing.receipt_form.ask", lambda _p, _q: True)
    uow = ui_ctx.uow
    tab = purchasing_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    page = tab.orders_page
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)
    _activate(qtbot, page.list_page.table_view)
    page.list_page.table_view.selectRow(0)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R: receive the order
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    form = tabs.current_form()
    assert isinstance(form, ReceiptForm) and form.grid.line_count == 2
    _activate(qtbot, form.grid.editor(0, "now"))  # where a new receipt starts
    assert form.grid.editor(0, "now").text() == "10" and form.grid.editor(1, "now").text() == "4"
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "6")  # only 6 of the tea came
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is form.grid.editor(1, "now")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2")
    enter(qtbot)  # the line's last cell: on to the scan cell
    assert focused() is form.grid.picker
    type_text(qtbot, "6900000000001", delay=0)  # one more cup scanned
    enter(qtbot)
    assert [form.grid.value(r, "now") for r in range(2)] == [D("6"), D("3")]
    assert focused() is form.grid.picker
    type_text(qtbot, "6999999999999", delay=0)  # not on the order: refused with a message
    enter(qtbot)
    press(qtbot, Qt.Key.Key_F11)  # post
    assert errors == [] or all("6999999999999" in e or "No product" in e for e in errors)
    receipt = form.receipt
    assert receipt is not None and receipt.number.startswith("PR-")
    assert [(l.product_code, l.qty) for l in receipt.lines] == [("TEA", D("6")), ("CUP", D("3"))]
    # 6 × 5 = 30.00 + 3.90; 3 × 2 = 6.00 + 0.78 → 40.68
    assert receipt.gross_total == D("40.68") and _payables(uow, po["sup"]) == [("PR", D("40.68"))]
    assert purchasing.get_order_detail(uow, po["order"]).state == "partly_received"
    assert tabs.tabText(tabs.indexOf(form)) == receipt.number
    assert not form.print_button.isHidden() and form.print_button.isEnabled()

    form.amend_button.setFocus()
    qtbot.waitUntil(lambda: form.amend_button.hasFocus())
    press(qtbot, Qt.Key.Key_Space)  # 改单
    assert form.receipt.state == "reversed" and form.amend_button.isHidden()
    assert "reversed by PT-" in form.info_label.text()
    copy = tabs.current_form()
    assert isinstance(copy, ReceiptForm) and copy is not form and copy.receipt is None
    assert [copy.grid.value(r, "now") for r in range(2)] == [D("6"), D("3")]  # the same quantities
    assert on_hand(uow, po["tea"]) == D("0") and purchasing.get_order_detail(uow, po["order"]).state == "confirmed"
    qtbot.wait(50)
    tabs.activateWindow()
    _activate(qtbot, copy.grid.editor(0, "now"))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "7")  # the correction: 7 of the tea
    press(qtbot, Qt.Key.Key_F11)
    assert copy.receipt is not None and copy.receipt.number != receipt.number
    assert [(l.product_code, l.qty) for l in copy.receipt.lines] == [("TEA", D("7")), ("CUP", D("3"))]
    assert (on_hand(uow, po["tea"]), on_hand(uow, po["cup"])) == (D("7"), D("3"))
    assert sorted(_payables(uow, po["sup"])) == [("PR", D("40.68")), ("PR", D("46.33")), ("PT", D("-40.68"))]
    pairs = purchasing.receipt_reversals(uow, po["order"])
    assert pairs[receipt.id].startswith("PT-") and set(pairs.values()) >= {receipt.number}
    ok_checks(uow)


def test_new_receipt_asks_before_closing_unsaved(ui_ctx, qtbot, po, monkeypatch):
    from erp_desktop.services import purchasing
    from erp_desktop.ui.purchasing.receipt_form import open_receipt

    form = open_receipt(ui_ctx, order=purchasing.get_order_detail(ui_ctx.uow, po["order"]))
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    _activate(qtbot, form.grid.editor(0, "now"))
    type_text(qtbot, "3")
    assert form.has_unsaved_changes()
    asked: list[str] = []
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: asked.append(title) or form_base.CANCEL)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and tabs.indexOf(form) >= 0
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: form_base.DISCARD)
    press(qtbot, Qt.Key.Key_Escape)
    assert tabs.indexOf(form) < 0 and purchasing.get_order_detail(ui_ctx.uow, po["order"]).receipts == ()


# --- money receipts -------------------------------------------------------------------------------
@pytest.fixture
def receivables(ui_ctx):
    from erp_desktop.services import finance
    from tests.support.finance import delivery

    uow = ui_ctx.uow
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=date(2026, 1, 1)
    )
    delivery(uow, cid, "600", date.today(), "DN-1")
    delivery(uow, cid, "700", date.today(), "DN-2")
    return cid


def _open(uow, cid):
    from erp_desktop.services import finance

    return {i.doc_number: i.open for i in finance.list_open_items(uow, kind="receivable", party_id=cid)}


def test_money_receipt_allocated_to_two_deliveries_by_keys_then_amend(ui_ctx, qtbot, receivables, errors, monkeypatch):
    from erp_desktop.services import finance
    from erp_desktop.ui.finance import FinanceTab
    from erp_desktop.ui.finance.money_form import MoneyDocForm

    monkeypatch.setattr("erp_desktop.ui.finance.money_form.ask", lambda _p, _q: True)
    uow, cid = ui_ctx.uow, receivables
    tab = FinanceTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.setCurrentWidget(tab.money_docs_page)
    tab.show()
    page = tab.money_docs_page
    _activate(qtbot, page.list_page.table_view)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new receipt
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    form = tabs.current_form()
    assert isinstance(form, MoneyDocForm) and form.doc_kind == "receipt"
    _activate(qtbot, form.party_picker)
    type_text(qtbot, "C001")
    enter(qtbot)  # the customer: its open items fill the grid, the cursor goes to the amount
    assert form.grid.line_count == 2 and focused() is form.amount_edit
    type_text(qtbot, "1000")
    enter(qtbot)  # on to the first item's 核销 cell
    assert focused() is form.grid.editor(0, "allocate")
    type_text(qtbot, "600")
    enter(qtbot)  # down to the second
    assert focused() is form.grid.editor(1, "allocate")
    type_text(qtbot, "400")
    assert "Allocated 1,000.00 of 1,000.00" in form.totals_label.text()
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S posts it
    assert errors == []
    detail = form.detail
    assert detail is not None and detail.doc.number.startswith("RC-") and detail.doc.amount == D("1000")
    assert [(a.doc_number, a.amount) for a in detail.allocations] == [("DN-1", D("600")), ("DN-2", D("400"))]
    assert _open(uow, cid) == {"DN-2": D("300")}
    assert tabs.tabText(tabs.indexOf(form)) == detail.doc.number and not form.print_button.isHidden()

    form.amend_button.setFocus()
    qtbot.waitUntil(lambda: form.amend_button.hasFocus())
    press(qtbot, Qt.Key.Key_Space)  # 改单
    assert form.detail.doc.state == "reversed" and form.amend_button.isHidden()
    copy = tabs.current_form()
    assert isinstance(copy, MoneyDocForm) and copy is not form and copy.detail is None
    assert _open(uow, cid) == {"DN-1": D("600"), "DN-2": D("700")}  # the allocations undone
    assert copy.amount_edit.value() == D("1000")
    assert [copy.grid.value(r, "allocate") for r in range(2)] == [D("600"), D("400")]  # the same allocations
    qtbot.wait(50)
    tabs.activateWindow()
    _activate(qtbot, copy.amount_edit)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "1300")  # the correction: the customer paid both in full
    enter(qtbot)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "600")
    enter(qtbot)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "700")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == [] and copy.detail is not None and copy.detail.doc.amount == D("1300")
    assert _open(uow, cid) == {}
    page.list_page.reload()
    pairs = {r.number: r.pair_label for r in page.list_page.model.rows}
    reversal = form.detail.doc.pair_number
    assert pairs == {
        detail.doc.number: f"reversed by {reversal}",
        reversal: f"红冲 of {detail.doc.number}",
        copy.detail.doc.number: "",
    }
    page.state_combo.setCurrentIndex(page.state_combo.findData("posted"))
    assert [r.number for r in page.list_page.model.rows] == [copy.detail.doc.number]
    assert finance.get_money_doc(uow, copy.detail.doc.id).doc.state == "posted"
    ok_checks(uow)


@pytest.mark.parametrize("kind", ["receipt", "payment"])
def test_new_money_form_asks_before_closing_unsaved(ui_ctx, qtbot, receivables, monkeypatch, kind):
    from erp_desktop.ui.finance.money_form import MoneyDocsPage

    page = MoneyDocsPage(ui_ctx)
    qtbot.addWidget(page)
    form = page.new_document(kind)
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    _activate(qtbot, form.amount_edit)
    type_text(qtbot, "12")
    assert form.has_unsaved_changes()
    asked: list[str] = []
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: asked.append(title) or form_base.CANCEL)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and tabs.indexOf(form) >= 0
    monkeypatch.setattr(form_base, "ask_unsaved", lambda _p, title: form_base.DISCARD)
    press(qtbot, Qt.Key.Key_Escape)
    assert tabs.indexOf(form) < 0
