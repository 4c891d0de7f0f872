"""组装单 / 拆卸单 by keys: Ctrl+K on the documents list opens an assembly, the kit is typed and
picked with Enter, the components appear with today's cost, F11 posts, the list filters by type
and state; Ctrl+Shift+K a disassembly; the product editor's bill of components."""

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from erp_desktop.services import inventory
from erp_desktop.services.inventory import ComponentInput, LineInput
from erp_desktop.services.system import verify
from erp_desktop.ui.inventory import InventoryTab
from erp_desktop.ui.printing import PrintPreviewDialog
from tests.support import factories
from tests.support.pdfcheck import pdf_text


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        box = factories.product(tx, "BOX", name="Gift box", cost="3")
        tea = factories.product(tx, "TEA", name="Green tea", cost="4.5")
        kit = factories.product(tx, "GIFT", name="Tea gift set", cost="0")
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(box=box.id, tea=tea.id, kit=kit.id, w=w.id, a1=a1.id, a2=a2.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 7, 1),
        lines=[
            LineInput(ids["box"], D("10"), D("3"), to_location_id=ids["a1"]),
            LineInput(ids["tea"], D("10"), D("4.5"), to_location_id=ids["a1"]),
        ],
    )
    inventory.set_bom(uow, ids["kit"], [ComponentInput(ids["box"], D("1")), ComponentInput(ids["tea"], D("2"))])
    return ids


@pytest.fixture
def tab(ui_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.kit_form.ask", lambda parent, question: True)
    widget = InventoryTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _table(form):
    t = form.components_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_an_assembly_by_keys_then_a_disassembly(uow, shop, tab, qtbot):
    page = tab.documents
    page.list_page.table_view.setFocus()
    qtbot.keyClick(page.list_page.table_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    form = page.last_dialog
    assert form is not None and form.doc_kind == "assembly" and form.title() == "Assembly"
    qtbot.addWidget(form)
    form.show()
    form.kit_picker.setFocus()
    qtbot.keyClicks(form.kit_picker, "GIFT")
    qtbot.keyClick(form.kit_picker, Qt.Key.Key_Return)
    assert form.bom is not None and form.bom.code == "GIFT"
    assert form.focusWidget() is form.qty_edit
    qtbot.keyClicks(form.qty_edit, "2")  # the text was selected: typing replaces it
    assert _table(form) == [
        ["BOX", "Gift box", "2", "", "3.00", "6.00", ""],
        ["TEA", "Green tea", "4", "", "4.50", "18.00", ""],
    ]
    assert "24.00 at today's cost (12.00 a kit)" in form.totals_label.text()
    form.source_picker.set_bin(shop["a1"])
    form.target_picker.set_bin(shop["a2"])
    qtbot.keyClick(form, Qt.Key.Key_F11)
    assert form.state == "posted" and form.number == "AS-2026-000001"
    assert form.totals_label.text() == "2 × GIFT: value 24.00"
    assert form.post_button.isHidden() and not form.print_button.isHidden() and not form.reverse_button.isHidden()
    assert not form.qty_edit.isEnabled()
    # Print (Ctrl+P): the assembly note, kit and components with their values
    assert form.print_button.text() == "Print… (Ctrl+P)"
    qtbot.mouseClick(form.print_button, Qt.MouseButton.LeftButton)
    previews = form.findChildren(PrintPreviewDialog)
    assert len(previews) == 1
    text = pdf_text(previews[0].pdf_path)
    assert "Assembly note" in text and "AS-2026-000001" in text and "Tea gift set × 2" in text
    assert "Green tea" in text and "18.00" in text and "24.00" in text
    # the list: the type and state filters find it
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("assembly"))
    page.state_combo.setCurrentIndex(page.state_combo.findData("posted"))
    assert [(r.number, r.kind_label, r.total_value) for r in page.list_page.model.rows] == [
        ("AS-2026-000001", "Assembly", D("24.00"))
    ]
    page.state_combo.setCurrentIndex(page.state_combo.findData("draft"))
    assert page.list_page.model.rows == []

    page.list_page.table_view.setFocus()
    qtbot.keyClick(
        page.list_page.table_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    undo = page.last_dialog
    assert undo is not form and undo.doc_kind == "dismantle"
    qtbot.addWidget(undo)
    undo.show()
    undo.kit_picker.setFocus()
    qtbot.keyClicks(undo.kit_picker, "GIFT")
    qtbot.keyClick(undo.kit_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(undo.qty_edit, "1")
    undo.source_picker.set_bin(shop["a2"])
    undo.target_picker.set_bin(shop["a1"])
    qtbot.keyClick(undo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a draft first
    assert undo.doc_id is not None and undo.state == "draft"
    qtbot.keyClick(undo, Qt.Key.Key_F11)
    assert undo.state == "posted" and undo.number == "DA-2026-000001"
    assert [row[0::5] for row in _table(undo)] == [["BOX", "3.00"], ["TEA", "9.00"]]
    undo.reverse()
    assert undo.reversal_result.number == "DA-2026-000002" and undo.reverse_button.isHidden()
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_a_shortage_is_shown_and_the_draft_stays_a_draft(uow, shop, tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    form = tab.documents.new_document("assembly")
    qtbot.addWidget(form)
    form.kit_picker.setFocus()
    qtbot.keyClicks(form.kit_picker, "GIFT")
    qtbot.keyClick(form.kit_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(form.qty_edit, "6")  # 12 TEA needed, 10 on hand
    form.source_picker.set_bin(shop["a1"])
    qtbot.keyClick(form, Qt.Key.Key_F11)
    assert warnings and "Not enough stock of TEA" in warnings[-1]
    assert form.state == "draft" and form.doc_id is None


def _bom_dialog(ui_ctx, qtbot, uow, product_id):
    from erp_desktop.ui.masterdata.products import ProductsPage

    page = ProductsPage(ui_ctx)
    qtbot.addWidget(page)
    dialog = page.edit_product(product_id)
    dialog.tabs.setCurrentWidget(dialog.bom_editor)
    return dialog


def test_the_product_editor_edits_the_bill_by_keys(uow, shop, ui_ctx, qtbot):
    dialog = _bom_dialog(ui_ctx, qtbot, uow, shop["kit"])
    editor = dialog.bom_editor
    table = editor.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["BOX", "TEA"]
    assert editor.cost_label.text() == "2 components; one kit costs 12.00 at today's cost."
    # TEA × 3 instead of 2: F2 on the quantity cell, type, Enter
    table.setFocus()
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = table.findChild(QLineEdit)
    assert cell is not None and cell.text() == "2"
    cell.selectAll()
    qtbot.keyClicks(cell, "3")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "3", timeout=1000)  # the delegate commits queued
    assert table.item(1, 2).text() == "3" and editor.cost_label.text().endswith("one kit costs 16.50 at today's cost.")
    # BOX removed with Delete, sold as a bundle from now on
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    qtbot.keyClick(editor.bundle_check, Qt.Key.Key_Space)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    bom = inventory.get_bom(uow, shop["kit"])
    assert bom.bundle and [(l.code, l.qty) for l in bom.lines] == [("TEA", D("3"))]


def test_a_kit_containing_itself_is_refused_in_the_editor(uow, shop, ui_ctx, qtbot):
    dialog = _bom_dialog(ui_ctx, qtbot, uow, shop["kit"])
    editor = dialog.bom_editor
    editor.picker.setFocus()
    qtbot.keyClicks(editor.picker, "GIFT")
    qtbot.keyClick(editor.picker, Qt.Key.Key_Return)
    assert editor.table.rowCount() == 3
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "line 3: kit GIFT cannot contain itself."
    assert dialog.tabs.currentWidget() is editor
    assert [(l.code, l.qty) for l in inventory.get_bom(uow, shop["kit"]).lines] == [("BOX", D("1")), ("TEA", D("2"))]


def test_the_editor_takes_a_component_in_another_unit_by_keys(uow, shop, ui_ctx, qtbot):
    from erp_desktop.services import masterdata

    masterdata.save_unit(uow, shop["tea"], "box", D(10))
    dialog = _bom_dialog(ui_ctx, qtbot, uow, shop["kit"])
    editor = dialog.bom_editor
    table = editor.table
    assert "box = 10" in table.item(1, 3).toolTip()
    # TEA: 0.5 box per kit (5 in the base unit): F2 on the unit cell, type, Enter; then the quantity
    table.setFocus()
    table.setCurrentCell(1, 3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = table.findChild(QLineEdit)
    qtbot.keyClicks(cell, "box")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 3).text() == "box", timeout=1000)
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = [e for e in table.findChildren(QLineEdit) if e.isVisible()][-1]  # the unit's editor may linger
    cell.selectAll()
    qtbot.keyClicks(cell, "0.5")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "0.5", timeout=1000)
    assert table.item(1, 5).text() == "22.50" and editor.cost_label.text().endswith(
        "one kit costs 25.50 at today's cost."
    )
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    line = inventory.get_bom(uow, shop["kit"]).lines[1]
    assert (line.code, line.unit, line.entered, line.qty) == ("TEA", "box", D("0.5"), D(5))
    again = _bom_dialog(ui_ctx, qtbot, uow, shop["kit"]).bom_editor.table
    assert [again.item(1, c).text() for c in (2, 3)] == ["0.5", "box"]
