"""The 多维分析 / Analysis tab: a pivot over posted sales and purchases. Pick rows, columns, a
measure, a filter and a period; run (Ctrl+Return); double-click a cell for the documents behind it;
export to Excel; save the view by name. Ready-made views answer the owner's usual questions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import analysis

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import date_text, money_text, qty_text
from ..widgets.date_edit import DateEdit
from ..widgets.export import DIALOGS, FileDialogs
from ..widgets.remember import layout_key, remember_geometry, remember_splitter


def tab_title() -> str:
    return tr("Analysis")


def measure_text(measure: str, value: Decimal | None) -> str:
    if value is None:
        return "—"
    if measure == "qty":
        return qty_text(value)
    if measure == "margin_pct":
        return f"{(value * 100).quantize(Decimal('0.1'))}%"
    return money_text(value)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DrillDialog(QDialog):
    def __init__(self, lines: list[analysis.DocLine], title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        headers = [tr("Document"), tr("Date"), tr("Party"), tr("Product"), tr("Quantity"), tr("Revenue"), tr("Cost")]
        self.table = QTableWidget(len(lines), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, d in enumerate(lines):
            for c, text in enumerate(
                [
                    d.number,
                    date_text(d.on),
                    d.party,
                    d.product,
                    qty_text(d.qty),
                    money_text(d.revenue),
                    money_text(d.cost),
                ]
            ):
                item = QTableWidgetItem(text)
                if c >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remember_geometry(self)


class AnalysisTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, dialogs: FileDialogs | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialogs = dialogs or DIALOGS
        self.result: analysis.PivotResult | None = None
        self.views: list[analysis.ViewRow] = []
        self.last_drill: DrillDialog | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(tr("Views")))
        self.view_list = QListWidget()
        self.view_list.itemActivated.connect(lambda item: self.run_view(self.view_list.row(item)))
        self.view_list.itemClicked.connect(lambda item: self.run_view(self.view_list.row(item)))
        ll.addWidget(self.view_list, 1)
        self.delete_button = QPushButton(tr("Delete view"))
        self.delete_button.clicked.connect(self.delete_view)
        ll.addWidget(self.delete_button)
        splitter.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        row1 = QHBoxLayout()
        self.source = QComboBox()
        for key, label in analysis.SOURCES.items():
            self.source.addItem(tr(label), key)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.rows1, self.rows2, self.cols = QComboBox(), QComboBox(), QComboBox()
        self.measure = QComboBox()
        row1.addWidget(QLabel(tr("Source")))
        row1.addWidget(self.source)
        row1.addWidget(QLabel(tr("Rows")))
        row1.addWidget(self.rows1)
        row1.addWidget(self.rows2)
        row1.addWidget(QLabel(tr("Columns")))
        row1.addWidget(self.cols)
        row1.addWidget(QLabel(tr("Measure")))
        row1.addWidget(self.measure)
        row1.addStretch(1)
        form.addRow(row1)
        row2 = QHBoxLayout()
        today = date.today()
        self.start, self.end = DateEdit(_qdate(today.replace(day=1))), DateEdit(_qdate(today))
        for e in (self.start, self.end):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.filter_dim, self.filter_value = QComboBox(), QComboBox()
        self.filter_value.setMinimumWidth(200)
        self.filter_dim.currentIndexChanged.connect(self._filter_dim_changed)
        row2.addWidget(QLabel(tr("From")))
        row2.addWidget(self.start)
        row2.addWidget(QLabel(tr("To")))
        row2.addWidget(self.end)
        row2.addWidget(QLabel(tr("Filter")))
        row2.addWidget(self.filter_dim)
        row2.addWidget(self.filter_value)
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setToolTip("Ctrl+Return")
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.save_button = QPushButton(tr("Save view…"))
        self.save_button.clicked.connect(self.save_view)
        row2.addStretch(1)
        for b in (self.run_button, self.export_button, self.save_button):
            row2.addWidget(b)
        form.addRow(row2)
        rl.addLayout(form)
        self.summary = QLabel("")
        rl.addWidget(self.summary)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.cellDoubleClicked.connect(self.drill)
        rl.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setSizes([320, 960])
        QShortcut(QKeySequence("Ctrl+Return"), self, self.run)
        self._fill_dims()
        self._filter_dim_changed()
        ctx.changed.connect(self._on_changed)
        self.reload_views()

    # --- controls ---------------------------------------------------------------------------
    def _dims(self) -> tuple[str, ...]:
        return analysis.SALES_DIMS if self.source.currentData() == "sales" else analysis.PURCHASE_DIMS

    def _fill_dims(self) -> None:
        dims = self._dims()
        for combo, optional in ((self.rows1, False), (self.rows2, True), (self.cols, True), (self.filter_dim, True)):
            combo.blockSignals(True)
            combo.clear()
            if optional:
                combo.addItem(tr("(none)"), "")
            for d in dims:
                combo.addItem(analysis.dimension_label(d), d)
            combo.blockSignals(False)
        self.measure.clear()
        src = self.source.currentData()
        for m in analysis.MEASURES:
            if src == "sales" or m in analysis.PURCHASE_MEASURES:
                self.measure.addItem(analysis.measure_label(m, src), m)

    def _source_changed(self) -> None:
        self._fill_dims()
        self._filter_dim_changed()

    def _filter_dim_changed(self) -> None:
        dim = self.filter_dim.currentData()
        self.filter_value.clear()
        self.filter_value.setEnabled(bool(dim) and dim not in analysis.TIME_DIMS)
        if dim and dim not in analysis.TIME_DIMS:
            for key, label in analysis.choices(self.ctx.uow, dim):
                self.filter_value.addItem(label, key)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    def spec(self) -> analysis.PivotSpec:
        rows = tuple(d for d in (self.rows1.currentData(), self.rows2.currentData()) if d)
        cols = (self.cols.currentData(),) if self.cols.currentData() else ()
        filters: tuple[tuple[str, tuple[str, ...]], ...] = ()
        if self.filter_dim.currentData() and self.filter_value.currentData():
            filters = ((self.filter_dim.currentData(), (self.filter_value.currentData(),)),)
        return analysis.PivotSpec(
            source=self.source.currentData(),
            rows=rows,
            cols=cols,
            measure=self.measure.currentData(),
            start=_pydate(self.start.date()),
            end=_pydate(self.end.date()),
            filters=filters,
        )

    def set_spec(self, spec: analysis.PivotSpec) -> None:
        self._select(self.source, spec.source)
        self._fill_dims()
        self._select(self.rows1, spec.rows[0] if spec.rows else "customer")
        self._select(self.rows2, spec.rows[1] if len(spec.rows) > 1 else "")
        self._select(self.cols, spec.cols[0] if spec.cols else "")
        self._select(self.measure, spec.measure)
        if spec.start:
            self.start.setDate(_qdate(spec.start))
        if spec.end:
            self.end.setDate(_qdate(spec.end))
        if spec.filters:
            dim, keys = spec.filters[0]
            self._select(self.filter_dim, dim)
            self._filter_dim_changed()
            self._select(self.filter_value, keys[0] if keys else "")
        else:
            self._select(self.filter_dim, "")
            self._filter_dim_changed()

    # --- views ------------------------------------------------------------------------------
    def reload_views(self) -> None:
        self.ctx.query(lambda: analysis.list_views(self.ctx.uow), self._show_views, lambda exc: show_error(self, exc))

    def _show_views(self, views) -> None:
        self.views = list(views)
        self.view_list.clear()
        for v in self.views:
            item = QListWidgetItem(("★ " if v.builtin else "") + v.name)
            self.view_list.addItem(item)

    def run_view(self, index: int) -> None:
        if 0 <= index < len(self.views):
            self.set_spec(self.views[index].spec)
            self.run()

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save view"), tr("Name"))
        if ok:
            self.save_view_as(name)

    def save_view_as(self, name: str) -> None:
        spec = self.spec()
        self.ctx.write(
            lambda: analysis.save_view(self.ctx.uow, name, spec),
            lambda _r: self.reload_views(),
            lambda exc: show_error(self, exc),
        )

    def delete_view(self) -> None:
        row = self.view_list.currentRow()
        vid = self.views[row].id if 0 <= row < len(self.views) else None
        if vid is not None and not self.views[row].builtin:
            self.ctx.write(
                lambda: analysis.delete_view(self.ctx.uow, vid),
                lambda _r: self.reload_views(),
                lambda exc: show_error(self, exc),
            )

    def _on_changed(self, areas) -> None:
        if self.result is not None and set(areas) & {"sales", "purchasing", "stock"}:
            self.run()

    # --- pivot ------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            spec = self.spec()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.summary.setText(tr("Working…"))
        self.ctx.query(lambda: analysis.run_pivot(self.ctx.uow, spec), self._show, lambda exc: show_error(self, exc))

    def _show(self, result: analysis.PivotResult) -> None:
        self.result = result
        spec = result.spec
        headers, rows = analysis.table(result)
        nlab = len(spec.rows)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        ncols = len(result.col_keys) if spec.cols else 0
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = value if c < nlab else measure_text(spec.measure, value)
                if (
                    nlab <= c < nlab + ncols
                    and r < len(result.row_keys)
                    and (result.row_keys[r], result.col_keys[c - nlab]) not in result.cells
                ):
                    text = ""  # nothing sold there
                item = QTableWidgetItem(text)
                if c >= nlab:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if nlab:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(0, 260)
        total = result.total
        self.summary.setText(
            tr(
                "{rows} rows · revenue {revenue} · cost {cost} · margin {margin} ({pct}) · returns {returns}",
                rows=len(result.row_keys),
                revenue=money_text(total.revenue),
                cost=money_text(total.cost),
                margin=money_text(total.margin),
                pct=measure_text("margin_pct", total.margin_pct),
                returns=money_text(total.returns),
            )
        )

    def drill(self, row: int, column: int) -> None:
        result = self.result
        if result is None or row >= len(result.row_keys):
            return
        nlab = len(result.spec.rows)
        rkey = result.row_keys[row]
        ckey: tuple = ()
        if result.spec.cols and nlab <= column < nlab + len(result.col_keys):
            ckey = result.col_keys[column - nlab]
        spec = result.spec
        if not ckey and spec.cols:
            spec = analysis.replace_spec(spec, cols=())
        title = " · ".join(result.row_labels[row])
        self.ctx.query(
            lambda: analysis.drill(self.ctx.uow, spec, rkey, ckey),
            lambda lines: self._show_drill(lines, title),
            lambda exc: show_error(self, exc),
        )

    def _show_drill(self, lines, title: str) -> None:
        self.last_drill = DrillDialog(lines, tr("Documents: {title}", title=title), self)
        self.last_drill.show()

    def export(self) -> None:
        result = self.result
        if result is None:
            return
        target = self.dialogs.save_xlsx(self, tr("Export to Excel"), "analysis.xlsx")
        if target is None:
            return
        self.ctx.query(
            lambda: analysis.export_xlsx(result, target),
            lambda n: self.summary.setText(tr("Exported {count} rows to {path}", count=n, path=str(target))),
            lambda exc: show_error(self, exc),
        )


def create_tab(ctx: AppContext) -> QWidget:
    return AnalysisTab(ctx)
