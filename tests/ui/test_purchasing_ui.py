"""The purchasing window: a buyer's order over the threshold waits for the owner, the owner
approves it in the editor, the clerk receives part of it; requisitions merge; suggestions show why."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from erp_desktop.services import purchasing
from erp_desktop.services.masterdata import lookups
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.system.auth import ROLE_PERMISSIONS
from erp_desktop.storage.uow import Actor
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.tasks import SyncRunner
from tests.support import factories as f
from tests.support.purchasing import rule


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", name="Green tea", cost="5", reorder_point="50")
        sup = f.supplier(tx, "S1", name="Tea Co")
        wh, (a1,) = f.warehouse(tx, "W1", bins=("A-01",))
        ids = dict(tea=tea.id, sup=sup.id, a1=a1.id)
    rule(uow, min_amount="1000")
    return ids


def _ctx(uow, tmp_path, name, role):
    actor = Actor(username=name, role=role, permissions=ROLE_PERMISSIONS[role])
    return AppContext(
        uow.as_actor(actor),
        runner=SyncRunner(),
        settings=QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat),
    )


def test_order_approve_receive_in_the_window(uow, shop, qtbot, tmp_path, errors):
    from erp_desktop.ui.purchasing.order_editor import OrderEditor
    from erp_desktop.ui.purchasing.receipt_form import ReceiptForm

    buyer = _ctx(uow, tmp_path, "bob", "buyer")
    editor = OrderEditor(buyer)
    qtbot.addWidget(editor)
    editor.supplier_picker.set_party(lookups.get_party_brief(uow, "supplier", shop["sup"]))
    editor.add_line(lookups.get_product_brief(uow, shop["tea"]), D("300"), D("5"))
    assert "Total 1,695.00" in editor.totals_label.text()
    editor.save_button.click()
    assert errors == []
    assert (
        editor.detail.number == "PO-2026-000001"
        if editor.detail.on.year == 2026
        else editor.detail.number.startswith("PO-")
    )
    assert "Needs approval by Owner" in editor.approval_label.text()
    assert not editor.submit_button.isHidden() and editor.approve_button.isHidden() and editor.confirm_button.isHidden()
    editor.submit_button.click()
    assert editor.detail.state == "pending"
    assert editor.approve_button.isHidden()  # a buyer may not approve

    sales = OrderEditor(_ctx(uow, tmp_path, "sam", "sales"), editor.order_id)
    qtbot.addWidget(sales)
    assert sales.approve_button.isHidden()

    owner = OrderEditor(_ctx(uow, tmp_path, "olga", "owner"), editor.order_id)
    qtbot.addWidget(owner)
    assert not owner.approve_button.isHidden() and not owner.reject_button.isHidden()
    owner.approve_button.click()
    assert errors == []
    assert owner.detail.state == "confirmed" and owner.approval_label.text() == "Approved."
    assert [owner.history_table.item(r, 1).text() for r in range(owner.history_table.rowCount())] == [
        "requested",
        "approved",
    ]
    assert owner.history_table.item(1, 2).text() == "olga (Owner)"
    assert not owner.receive_button.isHidden()

    clerk = _ctx(uow, tmp_path, "wang", "warehouse")
    dialog = ReceiptForm(clerk, owner.detail)
    qtbot.addWidget(dialog)
    assert dialog.grid.editor(0, "now").text() == "300"
    assert dialog.bin_picker.bin_id() == shop["a1"]
    dialog.set_quantity(0, D("120"))
    dialog.post()
    assert errors == []
    owner.reload()
    assert owner.detail.state == "partly_received"
    grid = owner.lines_table
    assert grid.item(0, grid.col("received")).text() == "120" and grid.item(0, grid.col("outstanding")).text() == "180"
    assert "Receipts and returns: PR-" in owner.receipts_label.text()
    assert not owner.return_button.isHidden()

    second = ReceiptForm(clerk, owner.detail)
    qtbot.addWidget(second)
    second.post()  # the rest
    owner.reload()
    assert owner.detail.state == "received"


def test_confirm_without_approval_is_refused_with_a_message(uow, shop, qtbot, tmp_path, errors):
    from erp_desktop.ui.purchasing.order_editor import OrderEditor

    ref = purchasing.create_order(
        uow,
        supplier_id=shop["sup"],
        on=__import__("datetime").date(2026, 3, 1),
        lines=[purchasing.OrderLineInput(shop["tea"], D("300"), D("5"))],
    )
    editor = OrderEditor(_ctx(uow, tmp_path, "bob", "buyer"), ref.id)
    qtbot.addWidget(editor)
    editor._act(purchasing.confirm_order)
    assert errors and "needs approval by Owner" in errors[-1]
    assert editor.detail.state == "draft"


def test_tab_lists_orders_merges_requisitions_and_suggests(uow, shop, ui_ctx, qtbot, errors):
    from erp_desktop.ui.purchasing import create_tab, tab_title

    assert tab_title() == "Purchasing"
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    purchasing.create_requisition(
        uow,
        on=__import__("datetime").date(2026, 3, 1),
        department="Shop",
        lines=[purchasing.RequisitionLineInput(shop["tea"], D("40"))],
    )
    page = tab.requisitions_page
    page.list_page.reload()
    assert page.list_page.model.rowCount() == 1
    page.list_page.table_view.selectAll()
    dialog = page.merge_selected()
    dialog.choose_supplier(0, shop["sup"])
    dialog.merge()
    assert errors == []
    orders = tab.orders_page.list_page.model
    assert orders.rowCount() == 1 and orders.rows[0].supplier == "S1 Tea Co"
    page.state_combo.setCurrentIndex(page.state_combo.findData("ordered"))
    assert page.list_page.model.rows[0].orders == orders.rows[0].number
    # suggestions: reorder point 50, 40 on order → 10
    tab.suggestions_page.refresh()
    [row] = tab.suggestions_page.model.rows
    assert row.qty == D("10") and "reorder point 50" in row.why
    tab.orders_page.status_combo.setCurrentIndex(tab.orders_page.status_combo.findData("received"))
    assert orders.rowCount() == 0


def test_settings_page_edits_rules_and_tolerance(uow, ui_ctx, qtbot, errors):
    from erp_desktop.services.system import approvals
    from erp_desktop.ui.settings.approvals import ApprovalsPage, RuleDialog, page_title

    assert page_title() == "Approvals"
    page = ApprovalsPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.rules_table.rowCount() == 0
    dialog = RuleDialog(ui_ctx, None, page)
    dialog.doc_type_combo.setCurrentIndex(dialog.doc_type_combo.findData("payment"))
    dialog.amount_edit.setText("50,000")
    dialog.grades_edit.setText("C，D")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("accountant"))
    dialog.not_creator_check.setChecked(True)
    dialog.save()
    assert errors == []
    [rule] = approvals.list_rules(uow)
    assert (rule.doc_type, rule.min_amount, rule.grades, rule.approver_role, rule.not_creator) == (
        "payment",
        D("50000.00"),
        ("C", "D"),
        "accountant",
        True,
    )
    assert [page.rules_table.item(0, c).text() for c in (0, 2, 3, 5, 6)] == [
        "Payment",
        "50,000.00",
        "C, D",
        "Accountant",
        "✓",
    ]
    page.rules_table.selectRow(0)
    page.delete_rule()
    assert approvals.list_rules(uow) == [] and page.rules_table.rowCount() == 0
    page.tolerance_edit.setText("5")
    page.save_tolerance()
    assert purchasing.over_receipt_tolerance(uow) == D("0.05")


def test_return_dialog_and_suggestion_orders(uow, shop, ui_ctx, qtbot, errors):
    import datetime

    from erp_desktop.ui.purchasing import create_tab
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog

    ref = purchasing.create_order(
        uow,
        supplier_id=shop["sup"],
        on=datetime.date(2026, 3, 1),
        lines=[purchasing.OrderLineInput(shop["tea"], D("100"), D("5"))],
    )
    purchasing.confirm_order(uow, ref.id)  # 565.00: under the 1,000 threshold
    receipt = purchasing.receive_order(uow, ref.id, on=datetime.date(2026, 3, 2), location_id=shop["a1"])
    dialog = ReturnDialog(ui_ctx, receipt.id)
    qtbot.addWidget(dialog)
    assert dialog.lines_table.item(0, 3).text() == "100"
    dialog.set_quantity(0, D("101"))
    dialog.post()
    assert errors and "Cannot return 101" in errors[-1]
    dialog.set_quantity(0, D("4"))
    dialog.post()
    assert purchasing.get_order_detail(uow, ref.id).lines[0].returned_qty == D("4")
    # 96 on hand, reorder point 50: nothing; raise the need by moving the point up
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    from erp_desktop.models.catalog import Product

    with uow.write() as tx:
        tx.get(Product, shop["tea"]).reorder_point = D("120")
    page = tab.suggestions_page
    page.refresh()
    [row] = page.model.rows
    # no quote: the last supplier; 120 − (96 on hand + 4 returned and so outstanding again) = 20
    assert (row.qty, row.supplier) == (D("20"), "S1 Tea Co")
    page.table_view.selectAll()
    page.create_orders()
    assert errors[1:] == [] and "Created 1 draft orders" in page.info_label.text()
    assert page.model.rows == []
    drafts = purchasing.list_orders(uow, ListQuery(filters={"state": "draft"})).rows
    assert [(r.supplier, r.gross_total) for r in drafts] == [("S1 Tea Co", D("113.00"))]
