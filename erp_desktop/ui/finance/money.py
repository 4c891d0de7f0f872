"""资金账户: cash and bank accounts with their balances; the chosen account's ledger (every
receipt, payment, transfer, other income/expense) with a running balance; new account, transfer
and other income/expense dialogs. A receipt (收款收据) or payment (付款单) selected in the ledger
prints with Print… (Ctrl+P)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..formatting import date_text, money_text
from ..printing import print_document, print_shortcut
from ..table_models import Column
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.remember import layout_key, remember_geometry, remember_splitter
from .common import MoneyAccountCombo, current_row, date_edit, date_of, month_start, table


class MoneyAccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.new_button = QPushButton(tr("New account…"), self)
        self.transfer_button = QPushButton(tr("Transfer…"), self)
        self.other_button = QPushButton(tr("Other income / expense…"), self)
        self.negative_check = QCheckBox(tr("Allow below zero"), self)
        top = QHBoxLayout()
        for w in (self.new_button, self.transfer_button, self.other_button, self.negative_check):
            top.addWidget(w)
        top.addStretch(1)
        self.accounts_view, self.accounts_model = table(
            [
                Column("code", tr("Code"), width=80),
                Column("name", tr("Name"), width=160),
                Column("kind_text", tr("Kind"), width=60),
                Column("gl_code", tr("GL account"), width=80),
                Column("balance", tr("Balance"), "money", width=120, warn=lambda r: r.balance < 0),
                Column("allow_negative", tr("May go below zero"), "bool"),
            ],
            self,
        )
        self.start_edit = date_edit(month_start(), self)
        self.end_edit = date_edit(date.today(), self)
        self.ledger_label = QLabel(self)
        self.ledger_view, self.ledger_model = table(
            [
                Column("on", tr("Date"), "date", width=90),
                Column("number", tr("Number"), width=130),
                Column("kind", tr("Type"), width=90),
                Column("party_name", tr("Party / account"), width=140),
                Column("method", tr("Method"), width=60),
                Column("reference", tr("Reference"), width=100),
                Column("amount_in", tr("Money in"), "money", width=100),
                Column("amount_out", tr("Money out"), "money", width=100),
                Column("balance", tr("Balance"), "money", width=110),
                Column("status", tr("Reversal"), width=170),
                Column("memo", tr("Memo")),
            ],
            self,
        )
        self.reverse_button = QPushButton(tr("Reverse…"), self)
        self.reverse_button.setEnabled(False)
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("From")))
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(tr("To")))
        period.addWidget(self.end_edit)
        period.addWidget(self.ledger_label, 1)
        period.addWidget(self.reverse_button)
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setToolTip(tr("Print the selected receipt or payment (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_selected)
        period.addWidget(self.print_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(period)
        right_layout.addWidget(self.ledger_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.accounts_view)
        splitter.addWidget(right)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.accounts_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_ledger())
        self.start_edit.dateChanged.connect(lambda *_: self._load_ledger())
        self.end_edit.dateChanged.connect(lambda *_: self._load_ledger())
        self.ledger_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_reverse_button())
        self.reverse_button.clicked.connect(self._on_reverse_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.transfer_button.clicked.connect(lambda: self._run_dialog(TransferDialog(ctx, self)))
        self.other_button.clicked.connect(lambda: self._run_dialog(OtherDialog(ctx, self)))
        self.negative_check.clicked.connect(self._on_negative_check_clicked)
        self.ledger_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_print_button())
        self.ledger_model.modelReset.connect(self._update_print_button)
        print_shortcut(self, self.print_selected)
        self._update_print_button()
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.reload())
        self.reload()

    def apply_drill(self, filters: dict, caption: str) -> None:
        """A dashboard figure's drill-down: the ledger of the period it counts."""
        from PySide6.QtCore import QDate

        for key, edit in (("date_from", self.start_edit), ("date_to", self.end_edit)):
            value = filters.get(key)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))

    def reload(self) -> None:
        self.ctx.query(
            lambda: finance.list_money_accounts(self.ctx.uow), self._on_accounts, lambda e: show_error(self, e)
        )

    def _on_accounts(self, rows) -> None:
        current = current_row(self.accounts_view)
        self.accounts_model.set_rows(rows)
        index = next((i for i, r in enumerate(rows) if current is not None and r.id == current.id), 0 if rows else -1)
        if index >= 0:
            self.accounts_view.selectRow(index)
        self._load_ledger()

    def _load_ledger(self) -> None:
        account = current_row(self.accounts_view)
        self.negative_check.setEnabled(account is not None)
        if account is None:
            self.ledger_model.set_rows([])
            return
        self.negative_check.setChecked(account.allow_negative)
        start, end = date_of(self.start_edit), date_of(self.end_edit)
        self.ctx.query(
            lambda: finance.money_ledger(self.ctx.uow, account.id, start=start, end=end),
            self._on_ledger,
            lambda e: show_error(self, e),
        )

    def _on_ledger(self, ledger: finance.MoneyLedger) -> None:
        current = current_row(self.ledger_view)
        self.ledger_model.set_rows(ledger.lines)
        index = next((i for i, r in enumerate(ledger.lines) if current is not None and r.txn_id == current.txn_id), -1)
        if index >= 0:
            self.ledger_view.selectRow(index)
        self.ledger_label.setText(
            tr(
                "{name}: opening {opening}, closing {closing}",
                name=ledger.account_name,
                opening=money_text(ledger.opening),
                closing=money_text(ledger.closing),
            )
        )
        self._update_reverse_button()

    def _update_reverse_button(self) -> None:
        row = current_row(self.ledger_view)
        self.reverse_button.setEnabled(row is not None and row.reversible)
        self.reverse_button.setToolTip(
            row.status
            if row is not None and not row.reversible
            else tr(
                "Undo the chosen document with a reversing document (冲销): its allocations are "
                "undone, its money, journal entry and open item mirrored."
            )
        )

    def _on_reverse_button_clicked(self) -> None:
        row = current_row(self.ledger_view)
        if row is None or not row.reversible:
            return
        self.reverse_dialog = ReverseDialog(self.ctx, row, self)
        self._run_dialog(self.reverse_dialog)

    def print_target(self) -> tuple[str, uuid.UUID] | None:
        """(printout kind, id) of the receipt or payment selected in the ledger, else None."""
        line = current_row(self.ledger_view)
        if line is None:
            return None
        kind = {"receipt": DocKind.MONEY_RECEIPT, "payment": DocKind.MONEY_PAYMENT}.get(line.txn_kind)
        return (kind, line.txn_id) if kind else None

    def _update_print_button(self) -> None:
        self.print_button.setEnabled(self.print_target() is not None)

    def print_selected(self) -> None:
        target = self.print_target()
        if target is not None:
            print_document(self, self.ctx, *target)

    def _on_negative_check_clicked(self, checked: bool) -> None:
        account = current_row(self.accounts_view)
        if account is not None:
            self.ctx.write(
                lambda: finance.update_money_account(self.ctx.uow, account.id, allow_negative=checked),
                lambda _r: None,
                lambda e: show_error(self, e),
                areas={Area.FINANCE},
            )

    def _on_new_button_clicked(self) -> None:
        self._run_dialog(NewAccountDialog(self.ctx, self))

    def _run_dialog(self, dialog: QDialog) -> None:
        dialog.open()


class _WriteDialog(QDialog):
    """A form dialog whose OK runs one service call; it closes only when the call succeeded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.buttons)
        self.resize(420, 0)
        remember_geometry(self, ctx)

    def call(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _submit(self) -> None:
        try:
            fn = self.call()
        except ValidationError as exc:
            show_error(self, exc)
            return
        self.ctx.write(
            fn,
            lambda result: (setattr(self, "result_value", result), self.accept()),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )


class NewAccountDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, tr("New money account"))
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(tr("Bank"), "bank")
        self.kind_combo.addItem(tr("Cash"), "cash")
        self.bank_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.opening_edit = DecimalEdit(2, minimum=None, parent=self)
        self.opening_date = date_edit(parent=self)
        self.negative_check = QCheckBox(tr("May go below zero"), self)
        for label, widget in (
            (tr("Code"), self.code_edit),
            (tr("Name"), self.name_edit),
            (tr("Kind"), self.kind_combo),
            (tr("Bank"), self.bank_edit),
            (tr("Account number"), self.number_edit),
            (tr("Opening balance"), self.opening_edit),
            (tr("Opening date"), self.opening_date),
            ("", self.negative_check),
        ):
            self.form.addRow(label, widget)

    def call(self):
        opening = self.opening_edit.value()
        if opening is None:
            raise ValidationError(tr("The opening balance is not a valid amount."), field="opening")
        args = dict(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            opening_balance=opening,
            opening_on=date_of(self.opening_date),
            allow_negative=self.negative_check.isChecked(),
            bank_name=self.bank_edit.text(),
            account_no=self.number_edit.text(),
        )
        return lambda: finance.create_money_account(self.ctx.uow, **args)


class TransferDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, tr("Transfer between accounts"))
        self.from_combo = MoneyAccountCombo(ctx, self)
        self.to_combo = MoneyAccountCombo(ctx, self)
        if self.to_combo.count() > 1:
            self.to_combo.setCurrentIndex(1)
        self.amount_edit = DecimalEdit(2, parent=self)
        self.date_edit = date_edit(parent=self)
        self.memo_edit = QLineEdit(self)
        for label, widget in (
            (tr("From"), self.from_combo),
            (tr("To"), self.to_combo),
            (tr("Amount"), self.amount_edit),
            (tr("Date"), self.date_edit),
            (tr("Memo"), self.memo_edit),
        ):
            self.form.addRow(label, widget)

    def call(self):
        args = dict(
            from_account_id=self.from_combo.account_id(),
            to_account_id=self.to_combo.account_id(),
            amount=self.amount_edit.value(),
            on=date_of(self.date_edit),
            memo=self.memo_edit.text(),
        )
        if args["amount"] is None or args["from_account_id"] is None or args["to_account_id"] is None:
            raise ValidationError(tr("Enter the amount and choose both accounts."))
        return lambda: finance.transfer_money(self.ctx.uow, **args)


class OtherDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent, tr("Other income or expense"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(tr("Expense (paid out)"), "expense")
        self.kind_combo.addItem(tr("Income (received)"), "income")
        self.account_combo = MoneyAccountCombo(ctx, self)
        self.gl_combo = QComboBox(self)
        self.amount_edit = DecimalEdit(2, parent=self)
        self.date_edit = date_edit(parent=self)
        self.method_combo = QComboBox(self)
        self.method_combo.addItems(list(finance.METHODS))
        self.memo_edit = QLineEdit(self)
        for label, widget in (
            (tr("Kind"), self.kind_combo),
            (tr("Money account"), self.account_combo),
            (tr("Booked to"), self.gl_combo),
            (tr("Amount"), self.amount_edit),
            (tr("Date"), self.date_edit),
            (tr("Method"), self.method_combo),
            (tr("Memo"), self.memo_edit),
        ):
            self.form.addRow(label, widget)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_accounts())
        self._accounts: list[finance.AccountRow] = []
        ctx.query(lambda: finance.list_accounts(ctx.uow, active_only=True), self._on_accounts)

    def _on_accounts(self, rows) -> None:
        self._accounts = rows
        self._fill_accounts()

    def _fill_accounts(self) -> None:
        want = "expense" if self.kind_combo.currentData() == "expense" else "revenue"
        self.gl_combo.clear()
        for a in self._accounts:
            if a.kind == want and a.code not in ("5001", "5401"):
                self.gl_combo.addItem(f"{a.code} {a.name}", a.code)

    def call(self):
        args = dict(
            kind=self.kind_combo.currentData(),
            account_id=self.account_combo.account_id(),
            counter_account=self.gl_combo.currentData() or "",
            amount=self.amount_edit.value(),
            on=date_of(self.date_edit),
            method=self.method_combo.currentText(),
            memo=self.memo_edit.text(),
        )
        if args["amount"] is None or args["account_id"] is None:
            raise ValidationError(tr("Enter the amount and choose a money account."))
        return lambda: finance.record_other(self.ctx.uow, **args)


class ReverseDialog(_WriteDialog):
    """冲销 of one money document: asks for the date (not before the document's) and a memo, then
    confirms before posting the reversal."""

    def __init__(self, ctx: AppContext, line: finance.MoneyLedgerLine, parent: QWidget | None = None):
        super().__init__(ctx, parent, tr("Reverse {number}", number=line.number))
        self.line = line
        amount = line.amount_in or line.amount_out
        self.summary_label = QLabel(
            tr(
                "{kind} {number} of {date}, {amount}, {party}.",
                kind=line.kind,
                number=line.number,
                date=date_text(line.on),
                amount=money_text(amount),
                party=line.party_name,
            ),
            self,
        )
        self.summary_label.setWordWrap(True)
        self.explain_label = QLabel(
            tr(
                "A reversing document is posted on the date below: the allocations (核销) of this document "
                "are undone and its money, journal entry and open item are mirrored. Nothing is deleted."
            ),
            self,
        )
        self.explain_label.setWordWrap(True)
        self.date_edit = date_edit(max(date.today(), line.on), self)
        self.date_edit.setMinimumDate(QDate(line.on.year, line.on.month, line.on.day))
        self.memo_edit = QLineEdit(self)
        self.memo_edit.setPlaceholderText(tr("Why it is reversed"))
        self.main_layout.insertWidget(0, self.summary_label)
        self.main_layout.insertWidget(1, self.explain_label)
        self.form.addRow(tr("Reversal date"), self.date_edit)
        self.form.addRow(tr("Memo"), self.memo_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Reverse"))
        self.resize(480, 0)

    def call(self):
        txn_id, on, memo = self.line.txn_id, date_of(self.date_edit), self.memo_edit.text()
        return lambda: finance.reverse_money_txn(self.ctx.uow, txn_id, on=on, memo=memo)

    def _submit(self) -> None:
        if ask(
            self,
            tr(
                "Reverse {number} on {date}? This posts a reversing document and cannot be taken back.",
                number=self.line.number,
                date=date_text(date_of(self.date_edit)),
            ),
        ):
            super()._submit()
