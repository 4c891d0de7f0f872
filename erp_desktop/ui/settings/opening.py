"""开账向导 (the opening wizard) and its Settings page.

A new, empty shop opens the wizard on first start; Settings › Opening opens it again at any time.
Steps: company details → warehouses and bins → money accounts with opening balances → opening
stock → opening receivables / payables → users. Every step can be skipped (Next) and done later.
The wizard writes only through the services that own each thing (see
``services/system/opening.py``), so each opening balance is a balanced entry against 3999.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from erp_desktop.services import finance, masterdata, system

from ...i18n import tr
from ..context import AppContext, Area, expand
from ..errors import show_error
from ..formatting import money_text
from ..widgets.decimal_edit import DecimalEdit

DONE_KEY = "opening/wizard_done"


def page_title() -> str:
    return tr("Opening the books")


def _status_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #2f6fb0;")
    return label


class _Page(QWizardPage):
    """A step: an explanation, what is there already, and the fields to add more."""

    def __init__(self, wizard: OpeningWizard, title: str, text: str):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.ctx = wizard.ctx
        self.setTitle(title)
        self.setSubTitle(text + " " + tr("Skip this step with Next; it stays reachable from Settings."))
        self.status_label = _status_label(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.status_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.refresh()

    def refresh(self) -> None:
        self.ctx.query(lambda: system.opening_status(self.ctx.uow), self.show_status, lambda exc: None)

    def show_status(self, status: system.OpeningStatus) -> None:
        pass

    def write(self, fn, areas, then=None) -> None:
        def done(result) -> None:
            self.refresh()
            if then is not None:
                then(result)

        self.ctx.write(fn, done, lambda exc: show_error(self, exc), areas=areas)


class CompanyStep(_Page):
    FIELDS = ("name", "address", "phone", "tax_id", "bank_name", "bank_account")

    def __init__(self, wizard: OpeningWizard):
        super().__init__(
            wizard, tr("Company details"), tr("Printed at the head of every delivery note, statement and receipt.")
        )
        labels = {
            "name": tr("Company name"),
            "address": tr("Address"),
            "phone": tr("Phone"),
            "tax_id": tr("Tax id"),
            "bank_name": tr("Bank"),
            "bank_account": tr("Bank account"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            self.edits[name] = QLineEdit(self)
            form.addRow(labels[name], self.edits[name])
        self.layout_.addLayout(form)
        self.saved = False

    def initializePage(self) -> None:  # noqa: N802
        info = system.get_company(self.ctx.uow)
        for name, edit in self.edits.items():
            if not edit.text():
                edit.setText(getattr(info, name))

    def validatePage(self) -> bool:  # noqa: N802 - Next saves what was typed (nothing typed: skipped)
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        if not any(values.values()):
            return True
        info = dataclasses.replace(system.get_company(self.ctx.uow), **values)
        try:  # one small write, at once: Next must know whether it worked
            system.save_company(self.ctx.uow, info)
        except Exception as exc:  # shown; the step stays open
            show_error(self, exc)
            return False
        self.saved = True
        self.ctx.changed.emit(expand({Area.SETTINGS}))
        return True


class WarehousesStep(_Page):
    def __init__(self, wizard: OpeningWizard):
        super().__init__(
            wizard, tr("Warehouses and bins"), tr("Where the goods are kept: each warehouse with its bins.")
        )
        self.list_widget = QListWidget(self)
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.bins_edit = QLineEdit(self)
        self.bins_edit.setPlaceholderText(tr("Bin codes, separated by commas: A-01, A-02"))
        self.add_button = QPushButton(tr("Add warehouse"), self)
        self.add_button.clicked.connect(self.add_warehouse)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code_edit)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Bins"), self.bins_edit)
        self.layout_.addWidget(self.list_widget, 1)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.add_button)

    def show_status(self, status: system.OpeningStatus) -> None:
        self.list_widget.clear()
        for w in masterdata.list_warehouses(self.ctx.uow, active_only=False):
            self.list_widget.addItem(f"{w.code} {w.name} · " + ", ".join(b.code for b in w.bins))
        self.status_label.setText(tr("{n} warehouses.", n=status.warehouses))

    def add_warehouse(self) -> None:
        code, name = self.code_edit.text().strip(), self.name_edit.text().strip()
        bins = [b.strip() for b in self.bins_edit.text().replace("，", ",").split(",") if b.strip()]
        uow = self.ctx.uow

        def work():
            row = masterdata.save_warehouse(uow, code=code, name=name)
            for n, bin_code in enumerate(bins, start=1):
                masterdata.save_bin(uow, row.id, code=bin_code, sort_order=n)
            return row

        def done(_row) -> None:
            for edit in (self.code_edit, self.name_edit, self.bins_edit):
                edit.clear()

        self.write(work, {Area.STOCK, Area.SETTINGS}, done)


class MoneyStep(_Page):
    def __init__(self, wizard: OpeningWizard):
        super().__init__(
            wizard,
            tr("Money accounts"),
            tr("Cash boxes and bank accounts with what they hold on the opening day (posted against 3999)."),
        )
        self.list_widget = QListWidget(self)
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(tr("Cash"), "cash")
        self.kind_combo.addItem(tr("Bank"), "bank")
        self.balance_edit = DecimalEdit(2, minimum=None, parent=self)
        self.on_edit = QDateEdit(QDate.currentDate(), self)
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(tr("Add account"), self)
        self.add_button.clicked.connect(self.add_account)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code_edit)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Kind"), self.kind_combo)
        form.addRow(tr("Opening balance"), self.balance_edit)
        form.addRow(tr("Opening date"), self.on_edit)
        self.layout_.addWidget(self.list_widget, 1)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.add_button)

    def show_status(self, status: system.OpeningStatus) -> None:
        self.list_widget.clear()
        for a in finance.list_money_accounts(self.ctx.uow):
            self.list_widget.addItem(f"{a.code} {a.name} · {money_text(a.balance)}")
        self.status_label.setText(
            tr("{n} accounts holding {amount}.", n=status.money_accounts, amount=money_text(status.money_total))
        )

    def add_account(self) -> None:
        if not self.balance_edit.is_valid():
            show_error(self, system_error(tr("The opening balance is not a valid amount.")))
            return
        d = self.on_edit.date()
        values = dict(
            code=self.code_edit.text().strip(),
            name=self.name_edit.text().strip(),
            kind=self.kind_combo.currentData(),
            opening_balance=self.balance_edit.value(),
            opening_on=date(d.year(), d.month(), d.day()),
        )
        uow = self.ctx.uow

        def done(_row) -> None:
            for edit in (self.code_edit, self.name_edit, self.balance_edit):
                edit.clear()

        self.write(lambda: finance.create_money_account(uow, **values), {Area.FINANCE, Area.SETTINGS}, done)


def system_error(message: str):
    from ...errors import ValidationError

    return ValidationError(message)


class _ImportStep(_Page):
    """A step filled from an Excel file through the existing importer (template, every problem
    listed, all or nothing)."""

    IMPORTS: tuple[tuple[str, str], ...] = ()

    def __init__(self, wizard: OpeningWizard, title: str, text: str):
        super().__init__(wizard, title, text)
        self.import_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, label in self.IMPORTS:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, n=name: self.open_import(n))
            self.import_buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self.last_dialog: QWidget | None = None

    def open_import(self, name: str):
        from ..widgets.excel_import import open_import

        dialog = open_import(self, self.ctx, name)
        dialog.finished.connect(lambda _r: self.refresh())
        self.last_dialog = dialog
        return dialog


class StockStep(_ImportStep):
    def __init__(self, wizard: OpeningWizard):
        self.IMPORTS = (("opening-stock", tr("Import opening stock from Excel…")),)
        super().__init__(
            wizard,
            tr("Opening stock"),
            tr("What is on the shelves on the opening day, per product and bin, at its cost (Dr 1405 / Cr 3999)."),
        )

    def show_status(self, status: system.OpeningStatus) -> None:
        self.status_label.setText(
            tr("{n} products; stock worth {amount}.", n=status.products, amount=money_text(status.stock_value))
        )


class BalancesStep(_ImportStep):
    def __init__(self, wizard: OpeningWizard):
        self.IMPORTS = (
            ("opening-receivables", tr("Import what customers owe…")),
            ("opening-payables", tr("Import what the shop owes suppliers…")),
        )
        super().__init__(
            wizard,
            tr("Opening receivables and payables"),
            tr("Unpaid invoices on the opening day: receivables Dr 1122 / Cr 3999, payables Dr 3999 / Cr 2202."),
        )

    def show_status(self, status: system.OpeningStatus) -> None:
        self.status_label.setText(
            tr(
                "Customers owe {receivable}; the shop owes suppliers {payable}.",
                receivable=money_text(status.receivables),
                payable=money_text(status.payables),
            )
        )


class UsersStep(_Page):
    def __init__(self, wizard: OpeningWizard):
        super().__init__(wizard, tr("Users"), tr("Who works with the program; the first user is the owner."))
        self.list_widget = QListWidget(self)
        self.username_edit = QLineEdit(self)
        self.display_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(tr("Add user"), self)
        self.add_button.clicked.connect(self.add_user)
        form = QFormLayout()
        form.addRow(tr("User name"), self.username_edit)
        form.addRow(tr("Full name"), self.display_edit)
        form.addRow(tr("Password"), self.password_edit)
        self.layout_.addWidget(self.list_widget, 1)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.add_button)

    def show_status(self, status: system.OpeningStatus) -> None:
        self.list_widget.clear()
        for u in system.list_users(self.ctx.uow):
            self.list_widget.addItem(f"{u.username} {getattr(u, 'display_name', '')}".strip())
        self.status_label.setText(tr("{n} users.", n=status.users))

    def add_user(self) -> None:
        username, display, password = (
            self.username_edit.text().strip(),
            self.display_edit.text().strip(),
            self.password_edit.text(),
        )
        uow = self.ctx.uow
        role = "owner" if self.list_widget.count() == 0 else "sales"

        def done(_user) -> None:
            for edit in (self.username_edit, self.display_edit, self.password_edit):
                edit.clear()

        self.write(
            lambda: system.create_user(uow, username, password, role=role, display_name=display),
            {Area.SETTINGS},
            done,
        )


class SummaryStep(_Page):
    def __init__(self, wizard: OpeningWizard):
        super().__init__(wizard, tr("Ready to start"), tr("The books are open with these balances."))
        self.setSubTitle(tr("The books are open with these balances."))

    def show_status(self, status: system.OpeningStatus) -> None:
        self.status_label.setText(
            "\n".join(
                (
                    tr("Company: {name}", name=status.company_name or tr("(not set)")),
                    tr("Money accounts: {amount}", amount=money_text(status.money_total)),
                    tr("Opening stock: {amount}", amount=money_text(status.stock_value)),
                    tr("Receivables: {amount}", amount=money_text(status.receivables)),
                    tr("Payables: {amount}", amount=money_text(status.payables)),
                    tr("Opening balance equity (3999): {amount}", amount=money_text(status.opening_balance)),
                )
            )
        )


class OpeningWizard(QWizard):
    """开账向导: one page per step, each skippable."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Opening wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.company_step = CompanyStep(self)
        self.warehouses_step = WarehousesStep(self)
        self.money_step = MoneyStep(self)
        self.stock_step = StockStep(self)
        self.balances_step = BalancesStep(self)
        self.users_step = UsersStep(self)
        self.summary_step = SummaryStep(self)
        for page in (
            self.company_step,
            self.warehouses_step,
            self.money_step,
            self.stock_step,
            self.balances_step,
            self.users_step,
            self.summary_step,
        ):
            self.addPage(page)
        self.resize(720, 560)
        self.finished.connect(lambda _r: ctx.settings.setValue(DONE_KEY, True))


def offer_opening_wizard(parent: QWidget | None, ctx: AppContext) -> OpeningWizard | None:
    """On first start of a new, empty shop: make its 散客 and open the wizard (not modal: the
    window behind stays usable). Returns the wizard, or None when the shop is not new."""
    if not system.shop_is_new(ctx.uow) or ctx.settings.value(DONE_KEY, False, type=bool):
        return None
    system.ensure_walk_in_customer(ctx.uow)
    wizard = OpeningWizard(ctx, parent)
    wizard.show()
    return wizard


class OpeningSettingsPage(QWidget):
    """Settings › Opening: the status and a button to run the wizard again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.status_label = _status_label(self)
        self.open_button = QPushButton(tr("Open the opening wizard…"), self)
        self.open_button.clicked.connect(self.open_wizard)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "Company details, warehouses, money accounts with opening balances, opening stock, "
                    "opening receivables and payables, users — step by step."
                ),
                self,
            )
        )
        layout.addWidget(self.status_label)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.wizard: OpeningWizard | None = None
        ctx.refresh_on(self, Area.ALL, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        def show(status: system.OpeningStatus) -> None:
            self.status_label.setText(
                tr(
                    "{warehouses} warehouses · {accounts} money accounts ({money}) · stock {stock} · "
                    "receivables {receivable} · payables {payable} · {users} users",
                    warehouses=status.warehouses,
                    accounts=status.money_accounts,
                    money=money_text(status.money_total),
                    stock=money_text(status.stock_value),
                    receivable=money_text(status.receivables),
                    payable=money_text(status.payables),
                    users=status.users,
                )
            )

        self.ctx.query(lambda: system.opening_status(self.ctx.uow), show, lambda exc: None)

    def open_wizard(self) -> OpeningWizard:
        self.wizard = OpeningWizard(self.ctx, self)
        self.wizard.show()
        return self.wizard


def create_page(ctx: AppContext) -> QWidget:
    return OpeningSettingsPage(ctx)
