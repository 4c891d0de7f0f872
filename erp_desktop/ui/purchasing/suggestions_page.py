"""Reorder suggestions with the reasoning per line; selected lines become draft orders."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import purchasing

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..table_models import Column, RowsTableModel
from .common import AREAS


class _SuggestionsModel(RowsTableModel):
    """Rows with the reasoning as every cell's tooltip."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self.row_at(index.row())
            return row.why if row is not None else None
        return super().data(index, role)


class SuggestionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_spin = QSpinBox(self)
        self.window_spin.setRange(1, 365)
        self.window_spin.setValue(30)
        self.window_spin.setSuffix(tr(" days"))
        self.refresh_button = QPushButton(tr("Calculate"), self)
        self.create_button = QPushButton(tr("Create orders from selected"), self)
        self.select_all_button = QPushButton(tr("Select all"), self)
        self.info_label = QLabel(self)
        top = QHBoxLayout()
        for w in (
            QLabel(tr("Average sales over")),
            self.window_spin,
            self.refresh_button,
            self.select_all_button,
            self.create_button,
        ):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.info_label)
        columns = [
            Column("product_code", tr("Code"), width=80),
            Column("product_name", tr("Product"), width=140),
            Column("on_hand", tr("On hand"), "qty", width=65),
            Column("on_order", tr("On order"), "qty", width=65),
            Column("reserved", tr("Reserved"), "qty", width=65),
            Column("reorder_point", tr("Reorder point"), "qty", width=70),
            Column("avg_daily", tr("Avg/day"), "qty", width=60),
            Column("lead_time_days", tr("Lead days"), width=60),
            Column("qty", tr("Suggested"), "qty", width=70),
            Column("supplier", tr("Supplier"), width=150),
            Column("price", tr("Price"), "price", width=70),
            Column("why", tr("Why")),
        ]
        self.model = _SuggestionsModel(columns, parent=self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, c in enumerate(columns):
            if c.width:
                self.table_view.setColumnWidth(i, c.width)
        self.table_view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                tr(
                    "Suggested = reorder point + average daily sales × lead time − (on hand + on order − reserved), "
                    "rounded up to whole units, the reorder quantity and the quote's minimum."
                ),
                self,
            )
        )
        layout.addWidget(self.table_view, 1)
        self._creating = False
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.select_all_button.clicked.connect(self.table_view.selectAll)
        self.create_button.clicked.connect(self.create_orders)
        ctx.changed.connect(self._on_ctx_changed)

    def refresh(self, note: str = "") -> None:
        self._creating = False
        window = self.window_spin.value()

        def done(rows):
            rows = sorted(rows, key=lambda s: (s.supplier_id is None, s.supplier, s.product_code))
            self.model.set_rows(rows)
            self.info_label.setText(
                " · ".join(t for t in (note, tr("{count} products to reorder", count=len(rows))) if t)
            )

        self.ctx.query(
            lambda: purchasing.suggest_reorder(self.ctx.uow, window_days=window), done, lambda e: show_error(self, e)
        )

    def _on_ctx_changed(self, areas) -> None:
        if self.model.rows and not self._creating and {"purchasing", "stock", "sales"} & set(areas):
            self.refresh()

    def selected(self) -> list[purchasing.Suggestion]:
        rows = sorted({i.row() for i in self.table_view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def create_orders(self) -> None:
        picks = [(s.product_id, s.supplier_id, s.qty) for s in self.selected()]
        if not picks:
            show_error(self, ValidationError(tr("Select the suggestions to order.")))
            return
        on = date.today()
        self._creating = True

        def done(refs):
            self._creating = False
            self.refresh(
                tr(
                    "Created {count} draft orders: {numbers}",
                    count=len(refs),
                    numbers=", ".join(r.number for r in refs),
                )
            )

        run_confirmable(
            self,
            lambda ack: purchasing.create_orders_from_suggestions(self.ctx.uow, picks, on=on, acknowledged=ack),
            done,
            lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS),
        )
