"""Stock by product template (款式库存): on hand and value per template, its variants rolled up;
below, the selected template's stock as a 颜色 × 尺码 matrix with row and column totals.
Enter or a click on a template shows its matrix; the report refreshes when stock changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text, qty_text
from ..table_models import Column
from .reports import ReportView, _warehouse_combo


class TemplateStockReport(ReportView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.title = tr("Stock by template")
        super().__init__(ctx, parent)
        self.warehouse_combo = _warehouse_combo(ctx, self, self.reload)
        self.filters.addWidget(self.warehouse_combo)
        self.matrix_label = QLabel(self)
        self.matrix_table = QTableWidget(0, 0, self)
        self.matrix_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix_table.setMinimumHeight(150)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ReportView's: filters, table, summary
        layout.insertWidget(layout.count() - 1, self.matrix_label)
        layout.insertWidget(layout.count() - 1, self.matrix_table)
        self.matrix: inventory.StockMatrix | None = None
        self.table_view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_matrix())
        self.table_view.activated.connect(lambda _index: self._show_matrix())

    def columns(self) -> list[Column]:
        return [
            Column("code", tr("Code"), width=110),
            Column("name", tr("Template"), width=200),
            Column("category", tr("Category"), width=120),
            Column("variants", tr("Variants"), width=70),
            Column("qty", tr("Quantity"), "qty", width=90),
            Column("value", tr("Value"), "money", width=110),
        ]

    def fetch_function(self):
        warehouse = self.warehouse_combo.currentData()

        def fetch():
            rows = inventory.stock_by_template(self.ctx.uow, warehouse_id=warehouse)
            total = sum((r.value for r in rows), 0)
            return rows, tr("{count} rows · value {value}", count=len(rows), value=money_text(total))

        return fetch

    def _show(self, result) -> None:
        super()._show(result)
        if self.model.rows:
            self.table_view.selectRow(0)
            self._show_matrix()
        else:
            self.show_matrix(None)

    def _show_matrix(self) -> None:
        row = self.table_view.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return
        template = self.model.rows[row].template_id
        warehouse = self.warehouse_combo.currentData()
        self.ctx.query(
            lambda: inventory.stock_matrix(self.ctx.uow, template, warehouse_id=warehouse),
            self.show_matrix,
            lambda exc: show_error(self, exc),
        )

    def show_matrix(self, matrix: inventory.StockMatrix | None) -> None:
        """The template's stock: rows × columns, totals in the last row and column."""
        self.matrix = matrix
        table = self.matrix_table
        if matrix is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.matrix_label.setText("")
            return
        dims = f"{matrix.row_title} × {matrix.column_title}" if matrix.column_title else matrix.row_title
        self.matrix_label.setText(f"{matrix.code} {matrix.name} — {dims}")
        table.setRowCount(len(matrix.rows) + 1)
        table.setColumnCount(len(matrix.columns) + 1)
        table.setHorizontalHeaderLabels([*matrix.columns, tr("Total")])
        table.setVerticalHeaderLabels([*matrix.rows, tr("Total")])
        for r, cells in enumerate(matrix.qty):
            for c, qty in enumerate(cells):
                table.setItem(r, c, _cell("—" if qty is None else qty_text(qty)))
            table.setItem(r, len(matrix.columns), _cell(qty_text(matrix.row_totals[r]), bold=True))
        for c, qty in enumerate(matrix.column_totals):
            table.setItem(len(matrix.rows), c, _cell(qty_text(qty), bold=True))
        table.setItem(len(matrix.rows), len(matrix.columns), _cell(qty_text(matrix.total), bold=True))

    def cell_text(self, row: int, column: int) -> str:
        item = self.matrix_table.item(row, column)
        return item.text() if item is not None else ""


def _cell(text: str, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font: Any = item.font()
        font.setBold(True)
        item.setFont(font)
    return item
