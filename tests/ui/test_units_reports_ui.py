"""多单位 in the stock valuation and low-stock reports, by keys: 77 瓶 of A001 (1 箱 = 24) read
"3 箱 5 瓶" beside the base quantity, the reorder quantity "5 箱"; B001 (only its base unit) shows
nothing there; the "In units" check box (Space) hides and shows the columns; Ctrl+E exports them."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl
import pytest
from PySide6.QtCore import Qt

from erp_desktop.models.catalog import Product
from erp_desktop.ui.widgets import export as export_module
from tests.ui.test_units_stock_ui import bottles, bottles77  # noqa: F401 - A001: 77 瓶 in A-01, 1 箱 = 24


@pytest.fixture
def stocked(ui_ctx, bottles77):  # noqa: F811
    """77 瓶 of A001 in A-01, reorder point 100, reorder quantity 120 (5 箱)."""
    with ui_ctx.uow.write() as tx:
        product = tx.get(Product, bottles77.a)
        product.reorder_point, product.reorder_qty = D(100), D(120)
    return bottles77


def _shown(report, key):
    model = report.model
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return column, {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}


def _open(qtbot, report):
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    report.reload()
    qtbot.waitUntil(lambda: report.model.rowCount() > 0)
    return report


def _export(qtbot, report, target):
    export_module.DIALOGS.answers = [target]
    try:
        report.table_view.setFocus()
        qtbot.keyClick(report.table_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: target.exists() and getattr(report, "last_export", None) is not None)
        qtbot.waitUntil(lambda: report.last_export.count is not None)
    finally:
        export_module.DIALOGS.answers = None
    report.last_export.message_box.close()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_the_valuation_report_says_3_cases_5_bottles(ui_ctx, qtbot, stocked, tmp_path):
    from erp_desktop.ui.inventory.reports import ValuationReport

    report = _open(qtbot, ValuationReport(ui_ctx))
    column, shown = _shown(report, "in_units")
    assert shown == {"A001": "3 箱 5 瓶", "B001": ""}
    qty_column, quantities = _shown(report, "qty")
    assert qty_column + 1 == column  # beside the base quantity
    view = report.table_view
    assert not view.isColumnHidden(column)
    report.in_units_check.setFocus()
    qtbot.keyClick(report.in_units_check, Qt.Key.Key_Space)
    assert view.isColumnHidden(column)
    qtbot.keyClick(report.in_units_check, Qt.Key.Key_Space)
    assert not view.isColumnHidden(column)
    header, rows = _export(qtbot, report, tmp_path / "valuation.xlsx")
    at = header.index("In units")
    assert header[at - 1] == "Quantity"
    assert {r[0]: r[at] for r in rows if r[0] in ("A001", "B001")} == {"A001": "3 箱 5 瓶", "B001": None}


def test_the_low_stock_report_says_on_hand_and_reorder_in_cases(ui_ctx, qtbot, stocked, tmp_path):
    from erp_desktop.ui.inventory.reports import LowStockReport

    report = _open(qtbot, LowStockReport(ui_ctx))
    column, shown = _shown(report, "in_units")
    reorder_column, reorder = _shown(report, "reorder_in_units")
    assert shown == {"A001": "3 箱 5 瓶"} and reorder == {"A001": "5 箱"}
    view = report.table_view
    report.in_units_check.setFocus()
    qtbot.keyClick(report.in_units_check, Qt.Key.Key_Space)  # one check box hides both
    assert view.isColumnHidden(column) and view.isColumnHidden(reorder_column)
    qtbot.keyClick(report.in_units_check, Qt.Key.Key_Space)
    assert not view.isColumnHidden(column) and not view.isColumnHidden(reorder_column)
    header, rows = _export(qtbot, report, tmp_path / "low.xlsx")
    a001 = next(r for r in rows if r[0] == "A001")
    assert a001[header.index("In units")] == "3 箱 5 瓶"
    assert a001[header.index("Reorder in units")] == "5 箱"
    assert a001[header.index("On hand")] == 77
