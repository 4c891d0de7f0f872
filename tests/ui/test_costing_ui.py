"""Costing in the window, by keys: a freight bill typed into the landed-cost form (receipt number,
Enter; the shares shown before posting, the remainder cent on the last line; F11 posts and the form
shows what went to stock and to cost of goods; 红冲 reverses it), the list page lists it; the
product editor refuses FIFO once the product has moved and names why; the FIFO layer report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from erp_desktop.services import purchasing
from erp_desktop.services.masterdata import lookups
from erp_desktop.services.purchasing import OrderLineInput
from tests.support import factories as f


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def receipt(ui_ctx):
    uow = ui_ctx.uow
    with uow.write() as tx:
        a = f.product(tx, "A", name="保温杯", cost="30").id
        b = f.product(tx, "B", name="茶叶罐", cost="10").id
        c = f.product(tx, "C", name="杯垫", cost="1", costing_method="fifo").id
        supplier = f.supplier(tx, "S1", name="义乌百货").id
        carrier = f.supplier(tx, "T1", name="顺丰物流").id
        _wh, (bin1,) = f.warehouse(tx, "W1")
    lines = [
        OrderLineInput(a, D(10), D("30.00")),
        OrderLineInput(b, D(20), D("10.00")),
        OrderLineInput(c, D(7), D("1.00")),
    ]
    today = date.today()
    order = purchasing.create_order(uow, supplier_id=supplier, on=today, lines=lines)
    purchasing.confirm_order(uow, order.id)
    ref = purchasing.receive_order(uow, order.id, on=today, location_id=bin1.id)
    return ref, carrier


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_freight_bill_typed_posted_and_reversed_by_keys(ui_ctx, qtbot, receipt, errors):
    from erp_desktop.ui.purchasing.landed_costs_page import LandedCostsPage

    ref, carrier = receipt
    page = LandedCostsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_document()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)

    qtbot.keyClick(form, Qt.Key.Key_F11)  # no amount yet
    assert errors[-1] == "The charge must be greater than zero."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.net_edit)
    qtbot.keyClicks(form.net_edit, "100")
    qtbot.keyClick(form.net_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "9")  # the VAT rate follows the amount
    qtbot.keyClick(form, Qt.Key.Key_F11)  # nobody bills it yet
    assert errors[-1] == "Choose the supplier who bills the charge."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.supplier_picker)

    _focus(qtbot, form.receipt_edit)
    qtbot.keyClicks(form.receipt_edit, ref.number)
    qtbot.keyClick(form.receipt_edit, Qt.Key.Key_Return)
    assert form.lines_table.rowCount() == 3 and form.receipt_edit.text() == ""
    assert form.supplier_picker.party().code == "S1"  # the receipt's supplier until another is chosen
    form.supplier_picker.set_party(lookups.get_party_brief(ui_ctx.uow, "supplier", carrier))
    assert _column(form.lines_table, 5) == ["59.17", "39.45", "1.38"]
    assert "net 100.00 · VAT 9.00 · payable 109.00" in form.totals_label.text()
    assert form.tab_text().endswith("*")

    qtbot.keyClick(form, Qt.Key.Key_F11)
    assert form.detail is not None, errors
    assert form.title().startswith("Landed cost LC-")
    assert form.state_label.text() == "Posted"
    assert _column(form.lines_table, 7) == ["59.17", "39.45", "1.38"]  # nothing sold yet: all to stock
    assert "to stock 100.00 · to cost of goods 0.00" in form.totals_label.text()
    assert not form.post_button.isEnabled() and form.reverse_button.isEnabled()
    page.list_page.reload()
    assert [r.number for r in page.list_page.model.rows] == [form.detail.number]
    assert page.list_page.model.rows[0].receipts == ref.number

    form.reverse_button.click()
    assert form.state_label.text().startswith("Reversed · LC-")
    assert not form.reverse_button.isEnabled()
    page.list_page.reload()
    assert len(page.list_page.model.rows) == 2


def test_the_product_editor_refuses_fifo_after_the_first_move(ui_ctx, qtbot, receipt, errors):
    from erp_desktop.services import inventory, masterdata
    from erp_desktop.ui.masterdata.products import ProductDialog

    detail = masterdata.get_product_by_code(ui_ctx.uow, "A")
    dialog = ProductDialog(ui_ctx, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.costing_combo.currentText() == "Moving average"
    _focus(qtbot, dialog.costing_combo)
    qtbot.keyClick(dialog.costing_combo, Qt.Key.Key_Down)
    assert dialog.costing_combo.currentData() == "fifo"
    dialog.save()
    assert dialog.saved is None
    assert "A 保温杯 already has stock moves" in dialog.error_label.text()
    assert inventory.costing_method(ui_ctx.uow, detail.id) == "average"

    with ui_ctx.uow.write() as tx:
        f.product(tx, "NEW", name="新品")
    fresh = ProductDialog(ui_ctx, masterdata.get_product_by_code(ui_ctx.uow, "NEW"))
    qtbot.addWidget(fresh)
    fresh.costing_combo.setCurrentIndex(fresh.costing_combo.findData("fifo"))
    fresh.save()
    assert fresh.saved is not None, fresh.error_label.text()
    assert inventory.costing_method(ui_ctx.uow, fresh.saved.id) == "fifo"


def test_the_fifo_layer_report(ui_ctx, qtbot, receipt):
    from erp_desktop.ui.inventory.reports import ReportsPage

    page = ReportsPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.setCurrentWidget(page.layers)
    qtbot.waitUntil(lambda: page.layers.model.rowCount() == 1)
    row = page.layers.model.rows[0]
    assert (row.product_code, row.qty_left, row.value_left) == ("C", D(7), D("7.00"))
    assert page.layers.summary_label.text() == "1 layers · 7 remaining · value 7.00"


def test_a_posted_receipt_opens_a_landed_cost_for_itself(ui_ctx, qtbot, receipt, errors):
    from erp_desktop.ui.purchasing.receipt_form import ReceiptForm

    ref, _carrier = receipt
    form = ReceiptForm(ui_ctx, receipt_id=ref.id)
    qtbot.addWidget(form)
    assert not form.charge_button.isHidden()
    charge = form.add_landed_cost()
    qtbot.addWidget(charge)
    assert _column(charge.lines_table, 0) == [ref.number] * 3
    assert charge.supplier_picker.party().code == "S1"
    assert errors == []
