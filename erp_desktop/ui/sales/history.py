"""A customer's purchase history (for the customer screen): totals, what they bought per
product, and their deliveries and returns. ``CustomerHistoryWidget(ctx, customer_id)``."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from erp_desktop.services import sales

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text
from ..table_models import Column, RowsTableModel
from ..widgets.remember import layout_key, remember_splitter


def _view(parent: QWidget, model: RowsTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    for i, column in enumerate(model.columns):
        if column.width:
            view.setColumnWidth(i, column.width)
    return view


class CustomerHistoryWidget(QWidget):
    def __init__(self, ctx: AppContext, customer_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.history: sales.CustomerHistory | None = None
        self.summary_label = QLabel(self)
        self.products_model = RowsTableModel(
            [
                Column("code", tr("Code"), width=100),
                Column("name", tr("Product"), width=200),
                Column("qty", tr("Qty"), "qty", width=80),
                Column("net", tr("Excl. tax"), "money", width=100),
                Column("gross", tr("Total"), "money", width=100),
                Column("last_on", tr("Last bought"), "date"),
            ],
            parent=self,
        )
        self.documents_model = RowsTableModel(
            [
                Column("on", tr("Date"), "date", width=95),
                Column("number", tr("Document"), width=150),
                Column("order_number", tr("Order"), width=150),
                Column("net_total", tr("Excl. tax"), "money", width=100),
                Column("gross_total", tr("Total"), "money"),
            ],
            parent=self,
        )
        self.products_view = _view(self, self.products_model)
        self.documents_view = _view(self, self.documents_model)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.products_view)
        splitter.addWidget(self.documents_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        ctx.changed.connect(lambda areas: self.reload() if "sales" in areas or "finance" in areas else None)
        self.reload()

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        if self.customer_id is None:
            self._show(None)
            return
        customer_id = self.customer_id
        self.ctx.query(
            lambda: sales.customer_history(self.ctx.uow, customer_id), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, history: sales.CustomerHistory | None) -> None:
        self.history = history
        if history is None:
            self.summary_label.setText("")
            self.products_model.set_rows([])
            self.documents_model.set_rows([])
            return
        self.summary_label.setText(
            tr(
                "{orders} orders · bought {net} excl. tax, {gross} incl. tax · still owed {owed}",
                orders=history.orders,
                net=money_text(history.net_total),
                gross=money_text(history.gross_total),
                owed=money_text(history.open_receivable),
            )
        )
        self.products_model.set_rows(history.products)
        self.documents_model.set_rows(history.documents)
