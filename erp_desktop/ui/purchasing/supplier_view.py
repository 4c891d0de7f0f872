"""A supplier at a glance: quotes, purchase history, on-time delivery rate and return rate."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import purchasing
from erp_desktop.services.masterdata import get_party_brief

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text, percent_text, qty_text
from ..table_models import Column, RowsTableModel
from ..widgets.pickers import PartyPicker
from ..widgets.remember import remember_geometry


def _view(parent: QWidget, model: RowsTableModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class SupplierView(QDialog):
    def __init__(self, ctx: AppContext, supplier_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Supplier view"))
        self.resize(900, 600)
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.figures_label = QLabel(self)
        self.figures_label.setStyleSheet("font-size: 14px;")
        self.quotes_model = RowsTableModel(
            [
                Column("product_code", tr("Code")),
                Column("product_name", tr("Product")),
                Column("price", tr("Price"), "price"),
                Column("min_qty", tr("Min qty"), "qty"),
                Column("lead_time_days", tr("Lead days")),
                Column("valid_from", tr("Valid from"), "date"),
                Column("valid_until", tr("Valid until"), "date"),
                Column("valid_now", tr("Valid now"), "bool"),
            ],
            parent=self,
        )
        self.orders_model = RowsTableModel(
            [
                Column("number", tr("Order number")),
                Column("on", tr("Date"), "date"),
                Column("state_label", tr("Status")),
                Column("gross_total", tr("Total"), "money"),
                Column("ordered_qty", tr("Ordered"), "qty"),
                Column("received_qty", tr("Received"), "qty"),
                Column("returned_qty", tr("Returned"), "qty"),
            ],
            parent=self,
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Supplier")))
        top.addWidget(self.supplier_picker, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures_label)
        layout.addWidget(QLabel(tr("Quotes")))
        layout.addWidget(_view(self, self.quotes_model), 1)
        layout.addWidget(QLabel(tr("Purchase history")))
        layout.addWidget(_view(self, self.orders_model), 2)
        layout.addWidget(buttons)
        self.supplier_picker.picked.connect(lambda brief: self.load(brief.id))
        if supplier_id is not None:
            brief = get_party_brief(ctx.uow, "supplier", supplier_id)
            self.supplier_picker.set_party(brief)
            self.load(supplier_id)
        remember_geometry(self, ctx)

    def load(self, supplier_id: uuid.UUID) -> None:
        self.ctx.query(
            lambda: purchasing.supplier_performance(self.ctx.uow, supplier_id),
            self._show,
            lambda e: show_error(self, e),
        )

    def _show(self, perf: purchasing.SupplierPerformance) -> None:
        self.performance = perf
        on_time = percent_text(perf.on_time_rate) if perf.on_time_rate is not None else "—"
        returns = percent_text(perf.return_rate) if perf.return_rate is not None else "—"
        self.figures_label.setText(
            tr(
                "Grade {grade} · receipts {receipts} · on time {on_time} · received {received} · returned {returned} (return rate {returns}) · purchased {total}",
                grade=perf.grade or "—",
                receipts=perf.receipts,
                on_time=on_time,
                received=qty_text(perf.received_qty),
                returned=qty_text(perf.returned_qty),
                returns=returns,
                total=money_text(perf.purchased_total),
            )
        )
        self.quotes_model.set_rows(perf.quotes)
        self.orders_model.set_rows(perf.orders)
