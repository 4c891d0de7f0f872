"""Return goods of a receipt to the supplier (receiving is the receipt form, ``receipt_form``).
多单位: a row shows and takes its quantities in the unit its receipt line was entered in when they
convert exactly (else in the base unit), with the base quantity beside it."""

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

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.remember import layout_key, remember_geometry, remember_header
from ..widgets.units import RowUnit, add_unit_columns, qty_cell, row_unit, show_base_beside
from .common import AREAS, date_edit, item, money_text, qty_text


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
        unit_column, base_column = add_unit_columns(self.lines_table, 5)
        header = self.lines_table.horizontalHeader()  # the figures as wide as they need, the product the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.row_units: list[RowUnit] = []  # the unit each row's quantity is typed in
        for line in self.receipt.lines:
            r = self.lines_table.rowCount()
            self.lines_table.insertRow(r)
            unit = row_unit((line.qty, line.returned_qty), line.entered_unit, line.unit_factor, line.unit)
            self.row_units.append(unit)
            for c, cell in enumerate(
                (
                    item(f"{line.product_code} {line.product_name}"),
                    item(qty_text(unit.shown(line.qty)), numeric=True),
                    item(qty_text(unit.shown(line.returned_qty)), numeric=True),
                    item(qty_text(unit.shown(line.returnable)), numeric=True),
                    item(money_text(line.net), numeric=True),
                )
            ):
                self.lines_table.setItem(r, c, cell)
            edit = qty_cell(self, None)
            self.lines_table.setCellWidget(r, 5, edit)
            self.lines_table.setItem(r, unit_column, item(unit.label))
            show_base_beside(self.lines_table, r, base_column, edit, unit.factor, unit.base_unit)
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

    def _edit(self, row: int) -> DecimalEdit:
        edit = self.lines_table.cellWidget(row, 5)
        assert isinstance(edit, DecimalEdit)
        return edit

    def set_quantity(self, row: int, quantity: Decimal) -> None:
        """Type ``quantity`` (in the row's unit) into the row's "return now"."""
        self._edit(row).setValue(quantity)

    def post(self) -> None:
        lines = []
        for r, line in enumerate(self.receipt.lines):
            edit = self._edit(r)
            if not edit.is_valid():
                show_error(self, ValidationError(tr("Line {row}: the quantity is not a valid number.", row=r + 1)))
                return
            q = edit.value()
            if q:
                lines.append(purchasing.ReturnLineInput(line.id, q, unit=self.row_units[r].unit))
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
