"""收款/付款: record money received from a customer or paid to a supplier and allocate it (核销)
against the party's open items in the same step — or allocate an earlier credit (advance, return)
later. The grid lists the party's open debit items, oldest due first; "Auto" fills it oldest first.
The receipt (收款收据) or payment just saved prints with its Print button (Ctrl+P) for the customer."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ...money import ZERO
from ..context import AppContext, Area
from ..errors import run_confirmable, show_error
from ..formatting import date_text, money_text
from ..printing import print_document, print_shortcut
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import PartyPicker
from .common import MoneyAccountCombo, date_edit, date_of

NEW = "new"


class ReceiptPaymentPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[finance.OpenItemRow] = []
        self.credits: list[finance.OpenItemRow] = []
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(tr("Receipt from a customer (收款)"), "customer")
        self.mode_combo.addItem(tr("Payment to a supplier (付款)"), "supplier")
        self.customer_picker = PartyPicker(ctx, "customer", self)
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.supplier_picker.hide()
        self.source_combo = QComboBox(self)
        self.account_combo = MoneyAccountCombo(ctx, self)
        self.amount_edit = DecimalEdit(2, parent=self)
        self.amount_edit.setPlaceholderText("0.00")
        self.date_edit = date_edit(parent=self)
        self.method_combo = QComboBox(self)
        self.method_combo.addItems(list(finance.METHODS))
        self.method_combo.setCurrentText("转账")
        self.method_combo.setEditable(True)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setPlaceholderText(tr("Bank slip no., cheque no. …"))
        self.memo_edit = QLineEdit(self)
        form = QGridLayout()
        form.addWidget(QLabel(tr("Type")), 0, 0)
        form.addWidget(self.mode_combo, 0, 1)
        self.party_label = QLabel(tr("Customer"))
        form.addWidget(self.party_label, 0, 2)
        form.addWidget(self.customer_picker, 0, 3)
        form.addWidget(self.supplier_picker, 0, 3)
        form.addWidget(QLabel(tr("Money")), 1, 0)
        form.addWidget(self.source_combo, 1, 1)
        form.addWidget(QLabel(tr("Account")), 1, 2)
        form.addWidget(self.account_combo, 1, 3)
        form.addWidget(QLabel(tr("Amount")), 2, 0)
        form.addWidget(self.amount_edit, 2, 1)
        form.addWidget(QLabel(tr("Date")), 2, 2)
        form.addWidget(self.date_edit, 2, 3)
        form.addWidget(QLabel(tr("Method")), 3, 0)
        form.addWidget(self.method_combo, 3, 1)
        form.addWidget(QLabel(tr("Reference")), 3, 2)
        form.addWidget(self.reference_edit, 3, 3)
        form.addWidget(QLabel(tr("Memo")), 4, 0)
        form.addWidget(self.memo_edit, 4, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)

        self.items_table = QTableWidget(0, 7, self)
        self.items_table.setHorizontalHeaderLabels(
            [tr("Document"), tr("Type"), tr("Date"), tr("Due"), tr("Amount"), tr("Open amount"), tr("Allocate")]
        )
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.auto_button = QPushButton(tr("Auto-allocate oldest first"), self)
        self.auto_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.clear_button = QPushButton(tr("Clear allocation"), self)
        self.total_label = QLabel(self)
        self.save_button = QPushButton(tr("Save (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        from ..shell import keys

        keys.bind(self, "save", self._on_save_button_clicked)  # Ctrl+S
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setEnabled(False)  # until a receipt or payment is saved here
        self.print_button.clicked.connect(self.print_last)
        print_shortcut(self, self.print_last)
        self.printable: tuple[str, object] | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        box = QGroupBox(tr("Open items of the party — allocate (核销)"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.items_table)
        box_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box, 1)

        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.customer_picker.picked.connect(lambda _b: self._load_party())
        self.supplier_picker.picked.connect(lambda _b: self._load_party())
        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self.amount_edit.valueChanged.connect(lambda _v: self._update_total())
        self.auto_button.clicked.connect(self._on_auto_button_clicked)
        self.clear_button.clicked.connect(lambda: self._fill_allocations({}))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        ctx.changed.connect(self._on_ctx_changed)
        self._fill_sources()
        self._update_total()

    # --- state --------------------------------------------------------------------------
    def party_kind(self) -> str:
        return self.mode_combo.currentData()

    def picker(self) -> PartyPicker:
        return self.customer_picker if self.party_kind() == "customer" else self.supplier_picker

    def party(self):
        return self.picker().party()

    def source(self):
        """NEW for new money, else the existing credit item being allocated."""
        return self.source_combo.currentData()

    def allocations(self) -> list[tuple[object, Decimal]]:
        result = []
        for row, item in enumerate(self.items):
            edit = self.items_table.cellWidget(row, 6)
            value = edit.value() if edit is not None else None
            if value:
                result.append((item.id, value))
        return result

    def available(self) -> Decimal:
        src = self.source()
        if src is None or src == NEW:
            return self.amount_edit.value() or ZERO
        return -src.open

    # --- behaviour -------------------------------------------------------------------------
    def _on_mode_combo_changed(self, _index: int) -> None:
        customer = self.party_kind() == "customer"
        self.customer_picker.setVisible(customer)
        self.supplier_picker.setVisible(not customer)
        self.party_label.setText(tr("Customer") if customer else tr("Supplier"))
        self._load_party()

    def _on_ctx_changed(self, areas) -> None:
        if Area.FINANCE in areas or Area.SALES in areas or Area.PURCHASING in areas:
            self.account_combo.reload()
            self._load_party()

    def _load_party(self) -> None:
        party = self.party()
        if party is None:
            self.items, self.credits = [], []
            self._fill_items()
            self._fill_sources()
            return
        kind = "receivable" if self.party_kind() == "customer" else "payable"

        def load():
            return (
                finance.list_open_items(self.ctx.uow, kind=kind, party_id=party.id, sign=1),
                finance.list_open_items(self.ctx.uow, kind=kind, party_id=party.id, sign=-1),
            )

        self.ctx.query(load, self._on_loaded, lambda exc: show_error(self, exc))

    def _on_loaded(self, result) -> None:
        self.items, self.credits = result
        self._fill_sources()
        self._fill_items()

    def _fill_sources(self) -> None:
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(
            tr("New money received") if self.party_kind() == "customer" else tr("New money paid"), NEW
        )
        for credit in self.credits:
            self.source_combo.addItem(
                tr(
                    "Allocate {doc} {number} ({open} left)",
                    doc=credit.doc_label,
                    number=credit.doc_number,
                    open=money_text(-credit.open),
                ),
                credit,
            )
        self.source_combo.blockSignals(False)
        self._on_source_combo_changed(0)

    def _on_source_combo_changed(self, _index: int) -> None:
        new = self.source() in (None, NEW)
        for widget in (self.account_combo, self.amount_edit, self.method_combo, self.reference_edit, self.memo_edit):
            widget.setEnabled(new)
        self._update_total()

    def _fill_items(self) -> None:
        self.items_table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = [
                item.doc_number,
                item.doc_label,
                date_text(item.on),
                date_text(item.due),
                money_text(item.amount),
                money_text(item.open),
            ]
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col >= 4:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.items_table.setItem(row, col, cell)
            edit = DecimalEdit(2, parent=self.items_table)
            edit.setPlaceholderText("0.00")
            edit.valueChanged.connect(lambda _v: self._update_total())
            self.items_table.setCellWidget(row, 6, edit)
        self._update_total()

    def _fill_allocations(self, amounts: dict) -> None:
        for row, item in enumerate(self.items):
            edit = self.items_table.cellWidget(row, 6)
            if edit is not None:
                edit.setValue(amounts.get(item.id))
        self._update_total()

    def _on_auto_button_clicked(self) -> None:
        left = self.available()
        amounts = {}
        for item in self.items:  # already oldest due first
            if left <= ZERO:
                break
            take = min(left, item.open)
            amounts[item.id] = take
            left -= take
        self._fill_allocations(amounts)

    def _update_total(self) -> None:
        allocated = sum((v for _i, v in self.allocations()), ZERO)
        available = self.available()
        self.total_label.setText(
            tr(
                "Allocated {allocated} of {available}; {left} stays as an advance",
                allocated=money_text(allocated),
                available=money_text(available),
                left=money_text(available - allocated),
            )
        )
        self.total_label.setStyleSheet("color: #c62828;" if allocated > available else "")

    def _on_save_button_clicked(self) -> None:
        party = self.party()
        if party is None:
            show_error(self, finance_error(tr("Choose the customer or supplier first.")))
            return
        choices = self.allocations() or None
        src = self.source()
        uow = self.ctx.uow
        if src not in (None, NEW):
            if not choices:
                show_error(self, finance_error(tr("Enter the amounts to allocate.")))
                return

            def call(ack):
                return finance.allocate(uow, credit_item_id=src.id, choices=choices, on=date_of(self.date_edit))
        else:
            amount = self.amount_edit.value()
            account_id = self.account_combo.account_id()
            if amount is None or account_id is None:
                show_error(self, finance_error(tr("Enter the amount and choose a money account.")))
                return
            kwargs = dict(
                amount=amount,
                account_id=account_id,
                on=date_of(self.date_edit),
                method=self.method_combo.currentText(),
                reference=self.reference_edit.text(),
                memo=self.memo_edit.text(),
                allocate=choices,
            )
            if self.party_kind() == "customer":

                def call(ack):
                    return finance.receive_money(uow, customer_id=party.id, **kwargs)
            else:

                def call(ack):
                    return finance.pay_money(uow, supplier_id=party.id, acknowledged=ack, **kwargs)

        run_confirmable(
            self, call, self._on_saved, lambda fn, done, failed: self.ctx.write(fn, done, failed, areas={Area.FINANCE})
        )

    def _on_saved(self, result) -> None:
        number = getattr(result, "number", "")
        self.last_result = result
        kind = {"receipt": DocKind.MONEY_RECEIPT, "payment": DocKind.MONEY_PAYMENT}.get(getattr(result, "kind", ""))
        if kind is not None:
            self.printable = (kind, result.id)
            self.print_button.setText(tr("Print {number}", number=number))
            self.print_button.setToolTip(tr("Print the receipt or payment just saved (Ctrl+P)"))
            self.print_button.setEnabled(True)
            self.print_button.setFocus()
        self.amount_edit.clear()
        self.reference_edit.clear()
        self.memo_edit.clear()
        self.window().statusBar().showMessage(tr("Saved {number}", number=number), 5000) if hasattr(
            self.window(), "statusBar"
        ) else None
        self._load_party()

    def print_last(self) -> None:
        """Preview the receipt or payment saved last on this page."""
        if self.printable is not None:
            print_document(self, self.ctx, *self.printable)


def finance_error(message: str):
    from ...errors import ValidationError

    return ValidationError(message)
