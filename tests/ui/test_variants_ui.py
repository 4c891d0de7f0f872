"""Variants in the window (issue 17), by keys only: a template's code + Enter in a document's
product cell opens its 颜色 × 尺码 matrix; the quantities typed cell by cell (Enter moves, the
last Enter reaches 添加明细 and adds) become one line per non-zero cell; F7 with part of a name
opens the same matrix; a negative quantity is refused naming the cell and the dialog stays."""

from __future__ import annotations

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
