"""多单位 in the stock-document form and the delivery / return dialogs, by keys: a receipt typed in
箱 (its default purchase unit) with "= 240 瓶" beside it, posted as 10 箱 = 240 in stock; an issue
whose unit cell takes a digit; the delivery and return dialogs show and take the order line's unit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from erp_desktop.models.catalog import Product
from erp_desktop.models.inventory_docs import StockDoc, StockDocLine
from erp_desktop.services import masterdata
from erp_desktop.services.printing import DocKind, print_document
from erp_desktop.services.system import verify
from erp_desktop.ui.forms import document_tabs
from tests.support.pdfcheck import contains, pdf_text
from tests.support.sales import assert_books_tie_out, make_shop, on_hand
from tests.ui.test_forms_ui import enter, focused, press, type_text
from tests.ui.test_inventory_ui import tab  # noqa: F401 - the inventory tab, its questions answered yes


@pytest.fixture
def bottles(ui_ctx):
    """A001 counted in 瓶, bought by the 箱 of 24 (its default purchase unit); 48 瓶 in A-01."""
    shop = make_shop(ui_ctx.uow, stock_a="48")
    with ui_ctx.uow.write() as tx:
        tx.get(Product, shop.a).unit = "瓶"
    masterdata.save_unit(ui_ctx.uow, shop.a, "箱", D(24), barcode="6900000000024", purchase_default=True)
    return shop


def _open(ui_ctx, qtbot, inventory, kind, reason, bin_id):
    """A new stock document of ``kind`` with its reason and bin, the cursor in the new line."""
    form = inventory.documents.new_document(kind)
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    form.reason_combo.setCurrentIndex(form.reason_combo.findData(reason))
    (form.target_picker if kind == "receipt" else form.source_picker).set_bin(bin_id)
    form.grid.focus_new_line()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.grid.picker)
    return form


def _lines(uow, doc_id):
    with uow.read() as tx:
        return [
            (line.unit, line.unit_qty, line.qty, line.unit_cost, line.value)
            for line in tx.scalars(select(StockDocLine).where(StockDocLine.doc_id == doc_id).order_by(StockDocLine.seq))
        ]


def test_a_receipt_typed_in_cases_posts_the_base_quantity(ui_ctx, qtbot, bottles, tab, tmp_path):  # noqa: F811
    form = _open(ui_ctx, qtbot, tab, "receipt", "gift", bottles.bin2)
    type_text(qtbot, "A001")
    enter(qtbot)  # picked: the cursor is in the quantity
    grid = form.grid
    assert grid.unit(0) == "箱"  # the default purchase unit
    assert grid.cellWidget(0, grid.col("unit_cost")).text() == "144.00"  # average 6.00 a 瓶 × 24
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "10")
    assert grid.item(0, grid.col("base")).text() == "= 240 瓶"
    enter(qtbot)  # on to the unit cell: A001 has two units
    assert focused() is grid.cellWidget(0, grid.col("unit"))
    assert grid.cellWidget(0, grid.col("unit")).currentText() == "2 箱 ×24"
    assert grid.item(0, grid.col("value")).text() == "1,440.00"
    press(qtbot, Qt.Key.Key_F11)  # post
    qtbot.waitUntil(lambda: form.state == "posted")
    assert _lines(ui_ctx.uow, form.doc_id) == [("箱", D(10), D(240), D(144), D("1440.00"))]
    assert on_hand(ui_ctx.uow, bottles.a) == D(48 + 240)
    # the posted document shows what was typed: 10 箱, = 240 瓶
    assert grid.value(0, "qty") == D(10) and grid.unit(0) == "箱"
    assert grid.item(0, grid.col("base")).text() == "= 240 瓶"
    assert all(c.ok for c in verify.run_checks(ui_ctx.uow))
    assert_books_tie_out(ui_ctx.uow)
    # the printed note says what was typed too: 10 箱 at 144.00, with 24瓶/箱 beside the spec
    text = pdf_text(print_document(ui_ctx.uow, DocKind.STOCK_IN, form.doc_id, tmp_path / "in.pdf"))
    assert contains(text, "24瓶/箱") and contains(text, "箱") and contains(text, "1,440.00"), text
    # 改单: the corrected copy opens in 箱 again, at the cost per 箱
    copy = form.amend()
    assert copy is not None and copy.grid.unit(0) == "箱" and copy.grid.value(0, "qty") == D(10)
    assert copy.grid.value(0, "unit_cost") == D(144) and copy.grid.item(0, copy.grid.col("base")).text() == "= 240 瓶"
    assert on_hand(ui_ctx.uow, bottles.a) == D(48)  # the reversal took the 240 back out


def test_an_issue_line_switched_to_cases_by_a_digit(ui_ctx, qtbot, bottles, tab):  # noqa: F811
    form = _open(ui_ctx, qtbot, tab, "issue", "sample", bottles.bin1)
    type_text(qtbot, "A001")
    enter(qtbot)
    grid = form.grid
    assert grid.unit(0) == "" and grid.item(0, grid.col("base")).text() == ""  # an issue starts in 瓶
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "3")
    enter(qtbot)
    press(qtbot, Qt.Key.Key_2)  # the second unit: 箱
    assert grid.unit(0) == "箱"
    # 3 箱 = 72 瓶, but A-01 holds 48: the line is capped at what is there, 2 箱
    assert grid.value(0, "qty") == D(2) and grid.item(0, grid.col("base")).text() == "= 48 瓶"
    assert "48 瓶" in form.info_label.text()
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: form.state == "posted")
    lines = _lines(ui_ctx.uow, form.doc_id)
    assert [(u, uq, q) for u, uq, q, _c, _v in lines] == [("箱", D(2), D(48))]
    assert on_hand(ui_ctx.uow, bottles.a) == D(0)
    assert all(c.ok for c in verify.run_checks(ui_ctx.uow))


def test_a_scanned_case_barcode_adds_a_case(ui_ctx, qtbot, bottles, tab):  # noqa: F811
    form = _open(ui_ctx, qtbot, tab, "receipt", "gift", bottles.bin1)
    type_text(qtbot, "A001")
    enter(qtbot)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "5")
    enter(qtbot)
    grid = form.grid
    assert grid.unit(0) == "箱" and grid.cellWidget(0, grid.col("unit_cost")).text() == "144.00"
    press(qtbot, Qt.Key.Key_1)  # this one in 瓶: its cost goes back to 6.00 a 瓶
    assert grid.unit(0) == "" and grid.cellWidget(0, grid.col("unit_cost")).text() == "6.00"
    assert grid.item(0, grid.col("base")).text() == ""
    enter(qtbot, 2)  # the unit cost, then the new line
    assert focused() is grid.picker
    for _ in range(2):
        type_text(qtbot, "6900000000024", delay=0)  # a scanner reads the 箱 barcode
        enter(qtbot)
    assert grid.line_count == 2 and grid.unit(1) == "箱" and grid.value(1, "qty") == D(2)
    assert grid.item(1, grid.col("base")).text() == "= 48 瓶"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: the draft reloads as typed
    qtbot.waitUntil(lambda: form.doc_id is not None and not form.has_unsaved_changes())
    assert [(grid.unit(r), grid.value(r, "qty")) for r in range(2)] == [("", D(5)), ("箱", D(2))]
    assert grid.cellWidget(1, grid.col("unit_cost")).text() == "144.00"
    press(qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: form.state == "posted")
    assert [(u, uq, q) for u, uq, q, _c, _v in _lines(ui_ctx.uow, form.doc_id)] == [
        ("", None, D(5)),
        ("箱", D(2), D(48)),
    ]
    assert on_hand(ui_ctx.uow, bottles.a) == D(48 + 48 + 5)
    with ui_ctx.uow.read() as tx:
        assert tx.scalar(select(StockDoc.total_value).where(StockDoc.id == form.doc_id)) == D("318.00")


@pytest.fixture
def bottles77(ui_ctx, bottles):
    """``bottles`` with 29 瓶 more: 77 瓶 of A001 in A-01 (3 箱 5 瓶)."""
    from erp_desktop.services import inventory

    inventory.create_and_post(
        ui_ctx.uow,
        kind="receipt",
        reason="gift",
        on=date.today(),
        lines=[inventory.LineInput(bottles.a, D(29), to_location_id=bottles.bin1)],
    )
    return bottles


def test_the_on_hand_report_says_3_cases_5_bottles(ui_ctx, qtbot, bottles77):
    """77 瓶 of A001 (1 箱 = 24) read "3 箱 5 瓶"; B001 has no other units: nothing beside it. The
    check box hides the column and brings it back."""
    from erp_desktop.ui.inventory.reports import OnHandReport

    report = OnHandReport(ui_ctx)
    qtbot.addWidget(report)
    report.show()
    report.reload()
    model, view = report.model, report.table_view
    column = next(i for i, c in enumerate(model.columns) if c.key == "in_units")
    shown = {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}
    assert shown == {"A001": "3 箱 5 瓶", "B001": ""}
    assert not view.isColumnHidden(column)
    qtbot.mouseClick(report.in_units_check, Qt.MouseButton.LeftButton)
    assert view.isColumnHidden(column)
    report.in_units_check.setFocus()
    qtbot.keyClick(report.in_units_check, Qt.Key.Key_Space)
    assert not view.isColumnHidden(column)
