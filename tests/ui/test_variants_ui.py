"""Variants in the window (issue 17), by keys only: a template's code + Enter in a document's
product cell opens its 颜色 × 尺码 matrix; the quantities typed cell by cell (Enter moves, the
last Enter reaches 添加明细 and adds) become one line per non-zero cell; F7 with part of a name
opens the same matrix; a negative quantity is refused naming the cell and the dialog stays."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from erp_desktop.services import inventory
from erp_desktop.ui.forms.matrix import MatrixDialog
from erp_desktop.ui.inventory import InventoryTab
from tests.support import factories
from tests.support.variants import clothing


@pytest.fixture
def tab(ui_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.doc_form.ask", lambda parent, question: True)
    widget = InventoryTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def _type_into_matrix(
    qtbot, typed: list[str], seen: dict, *, finish=Qt.Key.Key_Return, mods=Qt.KeyboardModifier.NoModifier
):
    """When the matrix opens: type each entry into the cell with the cursor, then Enter; then
    ``finish``: after the last cell, Enter (on 添加明细) adds the lines; Ctrl+Enter adds them from
    any cell; Esc closes without adding."""

    def drive():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MatrixDialog):  # not open yet: look again in a moment
            QTimer.singleShot(10, drive)
            return
        seen["dialog"] = dialog
        seen["title"] = dialog.windowTitle()
        for text in typed:
            cell = dialog.focusWidget()
            if text:
                qtbot.keyClicks(cell, text)
            qtbot.keyClick(cell, Qt.Key.Key_Return)
        seen["total"] = dialog.total_label.text()
        qtbot.keyClick(dialog.focusWidget(), finish, mods)

    QTimer.singleShot(0, drive)


def test_a_receipt_entered_as_a_matrix_by_keys(uow, tab, qtbot):
    shop = clothing(uow)
    with uow.write() as tx:
        _, (bin_,) = factories.warehouse(tx, "W1")
    form = tab.documents.new_document("receipt")
    form.reason_combo.setCurrentIndex(form.reason_combo.findData("opening"))
    form.target_picker.set_bin(bin_.id)
    picker = form.grid.picker
    seen: dict = {}
    # rows 红 / 蓝 / 黑, columns S M L XL: 10 non-zero cells, 30 pieces
    _type_into_matrix(qtbot, ["2", "4", "4", "2", "1", "3", "3", "1", "", "5", "5", "0"], seen)
    qtbot.keyClicks(picker, "TS01")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.grid.line_count == 10, timeout=3000)
    assert seen["title"] == "Enter by matrix: TS01 T恤"
    assert seen["total"] == "Total quantity: 30"
    grid = form.grid
    lines = {grid.products[r].code: grid.value(r, "qty") for r in range(grid.line_count)}
    assert lines == {
        "TS01-R-S": D(2), "TS01-R-M": D(4), "TS01-R-L": D(4), "TS01-R-XL": D(2),
        "TS01-B-S": D(1), "TS01-B-M": D(3), "TS01-B-L": D(3), "TS01-B-XL": D(1),
        "TS01-K-M": D(5), "TS01-K-L": D(5),
    }  # fmt: skip
    assert grid.item(0, grid.col("value")).text() == "50.00"  # 2 × ¥25: the line took the quantity
    form.post()
    assert form.state == "posted"
    matrix = inventory.stock_matrix(uow, shop.template)
    assert matrix.qty[2] == (D(0), D(5), D(5), D(0)) and matrix.total == D(30)

    # F7 in the product cell with part of the code (or nothing): the same matrix
    again = tab.documents.new_document("receipt")
    again.reason_combo.setCurrentIndex(again.reason_combo.findData("opening"))
    again.target_picker.set_bin(bin_.id)
    seen = {}
    _type_into_matrix(qtbot, ["", "", "", "7"], seen, finish=Qt.Key.Key_Escape)  # Esc: nothing added
    qtbot.keyClicks(again.grid.picker, "TS")  # part of the code: the one template it matches
    qtbot.keyClick(again.grid.picker, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=3000)
    assert again.grid.line_count == 0
    seen = {}
    _type_into_matrix(qtbot, ["", "", "", "7"], seen, mods=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(again.grid.picker, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: again.grid.line_count == 1, timeout=3000)
    assert again.grid.products[0].code == "TS01-R-XL" and again.grid.value(0, "qty") == D(7)


def test_a_negative_cell_is_refused_naming_it(uow, tab, qtbot, monkeypatch):
    from erp_desktop.ui.forms import matrix as matrix_module

    errors: list[str] = []
    monkeypatch.setattr("erp_desktop.ui.errors.show_error", lambda parent, exc: errors.append(str(exc)))
    shop = clothing(uow)
    dialog = MatrixDialog(matrix_module.masterdata.variant_matrix(uow, shop.template))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.focusWidget(), "-2")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert errors == ["红 / S: the quantity must be positive."]
    assert dialog.isVisible()
    # arrows move between cells: ↓ to 蓝 S, → to 蓝 M
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.edits[(1, 0)]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.focusWidget() is dialog.edits[(1, 1)]


def test_master_data_page_defines_dimensions_and_generates_variants(uow, ui_ctx, qtbot):
    from erp_desktop.services import masterdata
    from erp_desktop.ui.masterdata import MasterDataTab

    masterdata.add_category(uow, "服装")
    tab = MasterDataTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    page = tab.page("variants")
    assert page.category_combo.currentText() == "服装"
    # a dimension with its values, typed and ended with Enter
    page.dimension_edit.setText("颜色")
    page.values_edit.setText("红:R, 蓝:B")
    qtbot.keyClick(page.values_edit, Qt.Key.Key_Return)
    page.dimension_edit.setText("尺码")
    page.values_edit.setText("S, M, L")
    qtbot.keyClick(page.values_edit, Qt.Key.Key_Return)
    assert [page.dimension_list.item(i).text() for i in range(page.dimension_list.count())] == [
        "颜色: 红:R, 蓝:B",
        "尺码: S, M, L",
    ]
    page.new_template()
    qtbot.keyClicks(page.code_edit, "TS01")
    page.name_edit.setText("T恤")
    page.price_edit.setText("59")
    assert (page.dim1_combo.currentText(), page.dim2_combo.currentText()) == ("颜色", "尺码")
    page.generate()  # saves the new template first, then makes its 6 variants
    assert page.status_label.text() == "6 variants made, 0 already there."
    assert page.template_table.item(0, 4).text() == "6"
    codes = [page.variant_table.item(r, 0).text() for r in range(page.variant_table.rowCount())]
    assert codes == ["TS01-R-S", "TS01-R-M", "TS01-R-L", "TS01-B-S", "TS01-B-M", "TS01-B-L"]
    assert page.variant_table.horizontalHeaderItem(2).text() == "颜色"
    # a value added later: generating again makes only the two new combinations
    page.dimension_list.setCurrentRow(1)
    page.values_edit.setText("XL")
    qtbot.keyClick(page.values_edit, Qt.Key.Key_Return)
    page.generate()
    assert page.status_label.text() == "2 variants made, 6 already there."
    # a duplicate value is refused with its message, nothing added
    errors: list[str] = []
    import erp_desktop.ui.masterdata.variants as variants_page

    original = variants_page.show_error
    variants_page.show_error = lambda parent, exc: errors.append(str(exc))
    try:
        page.values_edit.setText("M")
        page.add_values()
    finally:
        variants_page.show_error = original
    assert errors == ["Dimension 尺码 already has the value M."]


def test_stock_by_template_report_shows_the_matrix(uow, tab, qtbot):
    shop = clothing(uow)
    with uow.write() as tx:
        _, (bin_,) = factories.warehouse(tx, "W1")
    red_m, black_xl = shop.product(uow, "TS01-R-M"), shop.product(uow, "TS01-K-XL")
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 5, 1),
        lines=[
            inventory.LineInput(red_m, D(4), D("25"), to_location_id=bin_.id),
            inventory.LineInput(black_xl, D(2), D("25"), to_location_id=bin_.id),
        ],
    )
    tab.setCurrentWidget(tab.reports)
    report = tab.reports.by_template
    tab.reports.setCurrentWidget(report)
    report.reload()
    [row] = report.model.rows
    assert (row.code, row.qty, row.value) == ("TS01", D(6), D("150.00"))
    assert report.matrix_label.text() == "TS01 T恤 — 颜色 × 尺码"
    assert report.cell_text(0, 1) == "4"  # 红 M
    assert report.cell_text(2, 3) == "2"  # 黑 XL
    assert report.cell_text(3, 4) == "6"  # the grand total
    assert report.matrix_table.verticalHeaderItem(3).text() == "Total"


def test_a_count_entered_as_a_matrix(uow, tab, qtbot):
    from erp_desktop.services.inventory import counts as stock_counts

    shop = clothing(uow)
    with uow.write() as tx:
        wh, (bin_,) = factories.warehouse(tx, "W1")
    red_m = shop.product(uow, "TS01-R-M")
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 5, 1),
        lines=[inventory.LineInput(red_m, D(4), D("25"), to_location_id=bin_.id)],
    )
    count = stock_counts.create_count(uow, warehouse_id=wh.id, on=date(2026, 5, 2), bin_ids=[bin_.id])
    screen = tab.counts.open_count(count.id)
    qtbot.addWidget(screen)
    seen: dict = {}
    # 红 M counted 3 (one short), 蓝 S 2 found that the books do not have
    _type_into_matrix(qtbot, ["", "3", "", "", "2"], seen, mods=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.scan_edit, "TS01")
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Matrix: 2 variants, +5" in screen.last_label.text(), timeout=3000)
    rows = {r.product_code: r for r in screen.lines_model.rows}
    assert rows["TS01-R-M"].counted_qty == D(3) and rows["TS01-R-M"].variance == D(-1)
    assert rows["TS01-B-S"].counted_qty == D(2)
    assert screen.scan_edit.text() == ""


def test_a_sales_order_entered_as_a_matrix(ui_ctx, qtbot):
    from erp_desktop.services.masterdata import lookups
    from erp_desktop.ui.sales import create_tab
    from tests.support.sales import make_shop

    uow = ui_ctx.uow
    sales_shop = make_shop(uow)
    clothing(uow)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", sales_shop.customer))
    seen: dict = {}
    _type_into_matrix(qtbot, ["2", "", "", "", "", "1"], seen, mods=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.grid.picker, "TS01")
    qtbot.keyClick(editor.grid.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.grid.line_count == 2, timeout=3000)
    grid = editor.grid
    assert [(grid.products[r].code, grid.value(r, "qty")) for r in range(2)] == [("TS01-R-S", D(2)), ("TS01-B-M", D(1))]
    assert "Total incl. tax 200.01" in editor.totals_label.text()  # 3 × 59.00 = 177.00 net + 13 % VAT
