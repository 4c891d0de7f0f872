"""发票: issued and received invoices with the documents they cover, and the documents not yet
(fully) invoiced. Select uninvoiced documents of one party, then "Register invoice…"."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext, Area
from ..errors import show_error
from ..formatting import money_text
from ..table_models import Column
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.remember import layout_key, remember_geometry, remember_splitter
from .common import date_edit, date_of, table

TYPES = {"special": "专票", "normal": "普票"}


class InvoicesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(tr("Issued to customers (销项)"), "issued")
        self.direction_combo.addItem(tr("Received from suppliers (进项)"), "received")
        self.register_button = QPushButton(tr("Register invoice for the selected documents…"), self)
        top = QHBoxLayout()
        top.addWidget(self.direction_combo)
        top.addStretch(1)
        top.addWidget(self.register_button)
        self.invoices_view, self.invoices_model = table(
            [
                Column("number", tr("Invoice no."), width=120),
                Column("invoice_type", tr("Type"), width=60),
                Column("on", tr("Date"), "date", width=90),
                Column("party_name", tr("Party"), width=160),
                Column("net", tr("Net"), "money", width=110),
                Column("tax", tr("Tax"), "money", width=100),
                Column("gross", tr("Gross"), "money", width=110),
                Column("linked", tr("Linked"), "money", width=110),
                Column("documents", tr("Documents")),
            ],
            self,
        )
        self.docs_label = QLabel(tr("Not yet invoiced"), self)
        self.docs_view, self.docs_model = table(
            [
                Column("doc_number", tr("Document"), width=150),
                Column("on", tr("Date"), "date", width=90),
                Column("party_name", tr("Party"), width=160),
                Column("gross", tr("Gross"), "money", width=110),
                Column("invoiced", tr("Invoiced"), "money", width=110),
                Column("uninvoiced", tr("Not invoiced"), "money", width=110),
            ],
            self,
        )
        self.docs_view.setSelectionMode(self.docs_view.SelectionMode.ExtendedSelection)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.docs_label)
        lower_layout.addWidget(self.docs_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.invoices_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.direction_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.register_button.clicked.connect(self._on_register_button_clicked)
        ctx.changed.connect(lambda areas: bool(areas & {Area.FINANCE, Area.SALES, Area.PURCHASING}) and self.reload())
        self.reload()

    def reload(self) -> None:
        direction = self.direction_combo.currentData()
        self.ctx.query(
            lambda: (
                finance.list_invoices(self.ctx.uow, direction=direction),
                finance.uninvoiced_documents(self.ctx.uow, direction=direction),
            ),
            self._on_loaded,
            lambda e: show_error(self, e),
        )

    def _on_loaded(self, result) -> None:
        invoices, docs = result
        self.invoices_model.set_rows([_typed(i) for i in invoices])
        self.docs_model.set_rows(docs)

    def selected_documents(self) -> list[finance.UninvoicedRow]:
        rows = sorted({i.row() for i in self.docs_view.selectionModel().selectedRows()})
        return [self.docs_model.row_at(r) for r in rows]

    def _on_register_button_clicked(self) -> None:
        docs = self.selected_documents()
        if not docs:
            show_error(self, ValidationError(tr("Select the documents the invoice covers.")))
            return
        if len({d.party_id for d in docs}) > 1:
            show_error(self, ValidationError(tr("Select documents of one party only.")))
            return
        RegisterInvoiceDialog(self.ctx, self.direction_combo.currentData(), docs, self).open()


def _typed(row: finance.InvoiceRow) -> finance.InvoiceRow:
    from dataclasses import replace

    return replace(row, invoice_type=TYPES.get(row.invoice_type, row.invoice_type))


class RegisterInvoiceDialog(QDialog):
    def __init__(
        self, ctx: AppContext, direction: str, docs: list[finance.UninvoicedRow], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx, self.direction, self.docs = ctx, direction, docs
        self.setWindowTitle(tr("Register invoice"))
        gross = sum((d.uninvoiced for d in docs), ZERO)
        self.number_edit = QLineEdit(self)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(tr("Special VAT invoice (专票)"), "special")
        self.type_combo.addItem(tr("Ordinary VAT invoice (普票)"), "normal")
        self.date_edit = date_edit(parent=self)
        self.net_edit = DecimalEdit(2, minimum=None, parent=self)
        self.tax_edit = DecimalEdit(2, minimum=None, parent=self)
        rate = Decimal("0.13")
        net = (gross / (1 + rate)).quantize(Decimal("0.01"))
        self.net_edit.setValue(net)
        self.tax_edit.setValue(gross - net)
        self.gross_label = QLabel(self)
        form = QFormLayout()
        form.addRow(tr("Party"), QLabel(f"{docs[0].party_code} {docs[0].party_name}"))
        form.addRow(tr("Documents"), QLabel(", ".join(f"{d.doc_number} ({money_text(d.uninvoiced)})" for d in docs)))
        form.addRow(tr("Invoice no."), self.number_edit)
        form.addRow(tr("Type"), self.type_combo)
        form.addRow(tr("Date"), self.date_edit)
        form.addRow(tr("Net"), self.net_edit)
        form.addRow(tr("Tax"), self.tax_edit)
        form.addRow(tr("Gross"), self.gross_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.net_edit.valueChanged.connect(lambda _v: self._update())
        self.tax_edit.valueChanged.connect(lambda _v: self._update())
        self._update()
        self.resize(460, 0)
        remember_geometry(self, ctx)

    def _update(self) -> None:
        net, tax = self.net_edit.value() or ZERO, self.tax_edit.value() or ZERO
        self.gross_label.setText(money_text(net + tax))

    def _submit(self) -> None:
        links = [finance.InvoiceLinkSpec(d.doc_type, d.doc_id, d.uninvoiced) for d in self.docs]
        args = dict(
            direction=self.direction,
            number=self.number_edit.text(),
            invoice_type=self.type_combo.currentData(),
            on=date_of(self.date_edit),
            party_id=self.docs[0].party_id,
            net=self.net_edit.value() or ZERO,
            tax=self.tax_edit.value() or ZERO,
            links=links,
        )
        self.ctx.write(
            lambda: finance.register_invoice(self.ctx.uow, **args),
            lambda r: (setattr(self, "result_value", r), self.accept()),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )
