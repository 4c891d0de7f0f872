"""Return goods of a receipt to the supplier (receiving is the receipt form, ``receipt_form``)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import purchasing

from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable
from ..widgets.remember import layout_key, remember_geometry, remember_header
from .common import AREAS, cell_decimal, date_edit, item, money_text, plain, qty_text


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    return table


class ReturnDialog(QDialog):
    posted = Signal(object)

    def __init__(self, ctx: AppContext, receipt_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.receipt = purchasing.get_receipt_detail(ctx.uow, receipt_id)
        self.setWindowTitle(tr("Return to supplier from {number}", number=self.receipt.number))
        self.resize(760, 380)
        self.on_edit = date_edit(self)
        self.reason_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Date"), self.on_edit)
        form.addRow(tr("Reason"), self.reason_edit)
        self.lines_table = _table(
            self, [tr("Product"), tr("Received"), tr("Returned"), tr("Returnable"), tr("Net"), tr("Return now")]
        )
        for line in self.receipt.lines:
            r = self.lines_table.rowCount()
            self.lines_table.insertRow(r)
            for c, cell in enumerate(
                (
                    item(f"{line.product_code} {line.product_name}"),
                    item(qty_text(line.qty), numeric=True),
                    item(qty_text(line.returned_qty), numeric=True),
                    item(qty_text(line.returnable), numeric=True),
                    item(money_text(line.net), numeric=True),
                    item("", editable=True, numeric=True),
                )
            ):
                self.lines_table.setItem(r, c, cell)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Post return"))
        buttons.accepted.connect(self.post)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "{order} · {supplier} · {where}",
                    order=self.receipt.order_number,
                    supplier=self.receipt.supplier,
                    where=self.receipt.where,
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(buttons)
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    def set_quantity(self, row: int, quantity: Decimal) -> None:
        cell = self.lines_table.item(row, 5)
        assert cell is not None, "every line has its quantity cell"
        cell.setText(plain(quantity))

    def post(self) -> None:
        lines = []
        for r, line in enumerate(self.receipt.lines):
            q = cell_decimal(self.lines_table, r, 5)
            if q:
                lines.append(purchasing.ReturnLineInput(line.id, q))
        on, reason, receipt_id, uow = (
            self.on_edit.date().toPython(),
            self.reason_edit.text(),
            self.receipt.id,
            self.ctx.uow,
        )

        def call(ack):
            return purchasing.return_to_supplier(uow, receipt_id, on=on, lines=lines, reason=reason, acknowledged=ack)

        def done(ref):
            self.posted.emit(ref)
            self.accept()

        run_confirmable(self, call, done, lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS))
