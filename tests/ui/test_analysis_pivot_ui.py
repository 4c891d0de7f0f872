"""The pivot tab: choose rows and a measure, run, drill into a cell, export, save a view."""

from datetime import date
from decimal import Decimal as D

import openpyxl
from PySide6.QtCore import QDate

from erp_desktop.ui.analysis import AnalysisTab
from erp_desktop.ui.widgets.export import FileDialogs
from tests.support.analysis import build_story


def test_pivot_run_drill_export_and_save(ui_ctx, qtbot, tmp_path):
    build_story(ui_ctx.uow)
    out = tmp_path / "pivot.xlsx"
    tab = AnalysisTab(ui_ctx, dialogs=FileDialogs([out]))
    qtbot.addWidget(tab)
    tab.rows1.setCurrentIndex(tab.rows1.findData("product"))
    tab.cols.setCurrentIndex(tab.cols.findData("month"))
    tab.measure.setCurrentIndex(tab.measure.findData("margin"))
    tab.start.setDate(QDate(2026, 2, 1))
    tab.end.setDate(QDate(2026, 3, 31))
    tab.run_button.click()
    t = tab.table
    assert [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())] == [
        "Product",
        "2026-02",
        "2026-03",
        "Total",
    ]
    assert [t.item(0, c).text() for c in range(4)] == ["A001 Product A", "16.00", "28.00", "44.00"]
    assert [t.item(2, c).text() for c in range(4)] == ["Total", "16.00", "58.00", "74.00"]
    assert "margin 74.00 (41.1%)" in tab.summary.text()
    t.cellDoubleClicked.emit(0, 2)  # A in March: the delivery and the return
    drill = tab.last_drill.table
    assert drill.rowCount() == 2
    assert [drill.item(1, c).text() for c in (4, 5, 6)] == ["-3", "-30.00", "-18.00"]
    tab.export_button.click()
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert rows[0] == ["Product", "2026-02", "2026-03", "Total"] and D(str(rows[-1][-1])) == D("74")
    tab.measure.setCurrentIndex(tab.measure.findData("margin_pct"))
    tab.run()
    # sorted by the measure: B 30 / 70 = 42.9 % before A 44 / 110 = 40.0 %
    assert [(t.item(r, 0).text(), t.item(r, 3).text()) for r in range(3)] == [
        ("B001 Product B", "42.9%"),
        ("A001 Product A", "40.0%"),
        ("Total", "41.1%"),
    ]
    tab.save_view_as("Margin % by product")
    names = [tab.view_list.item(i).text() for i in range(tab.view_list.count())]
    assert names[-1] == "Margin % by product"
    tab.rows1.setCurrentIndex(tab.rows1.findData("customer"))
    tab.run_view(len(tab.views) - 1)
    assert tab.rows1.currentData() == "product" and tab.result.spec.measure == "margin_pct"
    assert tab.result.spec.start == date(2026, 2, 1)
