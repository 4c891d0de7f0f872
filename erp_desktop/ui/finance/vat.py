"""月末 (accounts side): stock count differences settled out of 1901 待处理财产损溢, and the month's VAT —
its summary, the entry moving it into 未交增值税, paying it, importing the tax platform's invoice list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.errors import UserError
from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..table_models import Column
from ..widgets.decimal_edit import DecimalEdit
from .common import MoneyAccountCombo, date_edit, date_of, table


@dataclass(frozen=True)
class _Item:
    item: str
    amount: Decimal


def _last_month(today: date | None = None) -> str:
    today = today or date.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{year}-{month:02d}"


class CountSettlePage(QWidget):
    """The counts whose gain or loss still waits in 1901, and the button that settles them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.loss_combo = QComboBox(self)
        self.loss_combo.addItem(tr("Normal losses → 管理费用"), "normal")
        self.loss_combo.addItem(tr("Other losses → 营业外支出"), "other")
        self.date_edit = date_edit(parent=self)
        self.settle_button = QPushButton(tr("Settle selected"), self)
        self.settle_all_button = QPushButton(tr("Settle all"), self)
        self.total_label = QLabel(self)
        top = QHBoxLayout()
        for w in (QLabel(tr("Losses are")), self.loss_combo, QLabel(tr("Date")), self.date_edit):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.settle_button)
        top.addWidget(self.settle_all_button)
        self.view, self.model = table(
            [
                Column("number", tr("Count"), width=150),
                Column("on", tr("Date"), "date", width=100),
                Column("warehouse", tr("Warehouse"), width=140),
                Column("gain", tr("Gain (盘盈)"), "money", width=110),
                Column("loss", tr("Loss (盘亏)"), "money", width=110),
            ],
            self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Stock count gains and losses wait in 1901 待处理财产损溢 until they are approved here."), self)
        )
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        self.settle_button.clicked.connect(self._on_settle_button_clicked)
        self.settle_all_button.clicked.connect(self._on_settle_all_button_clicked)
        ctx.changed.connect(lambda areas: bool(areas & {Area.FINANCE, Area.STOCK}) and self.reload())
        self.reload()

    def reload(self) -> None:
        self.ctx.query(lambda: finance.unsettled_counts(self.ctx.uow), self._on_loaded, lambda e: show_error(self, e))

    def _on_loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.settle_all_button.setEnabled(bool(rows))
        self.settle_button.setEnabled(bool(rows))
        net = sum((r.net for r in rows), Decimal(0))
        self.total_label.setText(tr("{n} counts unsettled; 1901 holds {amount}.", n=len(rows), amount=f"{net:,.2f}"))

    def _selected_numbers(self) -> list[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.rows[r].number for r in sorted(rows)]

    def _on_settle_button_clicked(self) -> None:
        numbers = self._selected_numbers()
        if numbers:
            self._settle(numbers)

    def _on_settle_all_button_clicked(self) -> None:
        self._settle(None)

    def _settle(self, numbers: list[str] | None) -> None:
        loss, on = self.loss_combo.currentData(), date_of(self.date_edit)
        self.ctx.write(
            lambda: finance.settle_counts(self.ctx.uow, numbers, on=on, loss=loss),
            lambda results: self.total_label.setText(
                tr("{n} counts settled.", n=len(results)) + " " + ", ".join(r.entry_number for r in results)
            ),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )


class VatPage(QWidget):
    """One month's VAT: the summary, 转出未交增值税, paying it, importing invoices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.month_edit = QLineEdit(_last_month(), self)
        self.month_edit.setMaximumWidth(100)
        self.show_button = QPushButton(tr("Show"), self)
        self.transfer_button = QPushButton(tr("Move VAT due to 未交增值税"), self)
        self.import_button = QPushButton(tr("Import invoices (xlsx)…"), self)
        top = QHBoxLayout()
        for w in (QLabel(tr("Month")), self.month_edit, self.show_button, self.transfer_button, self.import_button):
            top.addWidget(w)
        top.addStretch(1)
        self.rates_view, self.rates_model = table(
            [
                Column("rate_text", tr("Rate"), width=80),
                Column("net", tr("Sales (net)"), "money", width=130),
                Column("tax", tr("Output VAT"), "money", width=120),
            ],
            self,
        )
        self.items_view, self.items_model = table(
            [Column("item", tr("Item"), width=300), Column("amount", tr("Amount"), "money")], self
        )
        self.status_label = QLabel(self)
        self.notice_label = QLabel(self)
        self.pay_account = MoneyAccountCombo(ctx, self)
        self.pay_amount_edit = DecimalEdit(2, parent=self)
        self.pay_amount_edit.setPlaceholderText(tr("Amount"))
        self.pay_date_edit = date_edit(parent=self)
        self.pay_button = QPushButton(tr("Pay VAT"), self)
        pay_box = QGroupBox(tr("Pay unpaid VAT (未交增值税)"), self)
        pay = QHBoxLayout(pay_box)
        pay.addWidget(self.pay_account)
        pay.addWidget(self.pay_amount_edit)
        pay.addWidget(self.pay_date_edit)
        pay.addWidget(self.pay_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rates_view, 1)
        layout.addWidget(self.items_view, 2)
        layout.addWidget(self.status_label)
        layout.addWidget(pay_box)
        layout.addWidget(self.notice_label)
        self.show_button.clicked.connect(self.reload)
        self.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        self.pay_button.clicked.connect(self._on_pay_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.reload())
        self.summary: finance.VatSummary | None = None
        self.reload()

    def _month(self) -> tuple[int, int] | None:
        try:
            return finance.parse_month(self.month_edit.text())
        except Exception as exc:  # noqa: BLE001 - ValidationError shown to the user
            show_error(self, exc)
            return None

    def reload(self) -> None:
        month = self._month()
        if month is None:
            return
        self.ctx.query(
            lambda: finance.vat_summary(self.ctx.uow, *month), self._on_loaded, lambda e: show_error(self, e)
        )

    def _on_loaded(self, s) -> None:
        self.summary = s
        self.rates_model.set_rows([_Rate(f"{r.rate * 100:g}%", r.net, r.tax) for r in s.sales_by_rate])
        self.items_model.set_rows(
            [
                _Item(tr("Output VAT (销项税额)"), s.output_vat),
                _Item(tr("Input VAT (进项税额)"), s.input_vat),
                _Item(tr("Input VAT transferred out (进项税额转出)"), s.input_vat_out),
                _Item(tr("Credit brought forward (期初留抵)"), s.opening_credit),
                _Item(tr("VAT due (应纳税额)"), s.due),
                _Item(tr("Credit carried forward (期末留抵)"), s.closing_credit),
                _Item(tr("Moved to unpaid VAT"), s.transferred),
                _Item(tr("Unpaid VAT at month end (未交增值税)"), s.unpaid),
                _Item(tr("Issued invoices: net"), s.invoiced_net),
                _Item(tr("Issued invoices: tax"), s.invoiced_tax),
                _Item(tr("Sales not yet invoiced (net)"), s.uninvoiced_net),
                _Item(tr("Received special invoices: tax"), s.received_special_tax),
            ]
        )
        self.transfer_button.setEnabled(s.needs_transfer)
        self.status_label.setText(
            tr("Moved by {number}.", number=s.entry_number)
            if s.entry_number
            else tr("{amount} to move.", amount=f"{s.due:,.2f}")
            if s.due
            else tr("Nothing due; the credit carries forward.")
        )
        if s.unpaid and not self.pay_amount_edit.text():
            self.pay_amount_edit.setText(f"{s.unpaid:.2f}")

    def _on_transfer_button_clicked(self) -> None:
        month, s = self._month(), self.summary
        if month is None or s is None:
            return
        if not ask(
            self, tr("Move {amount} of VAT due for {month} into 未交增值税?", amount=f"{s.due:,.2f}", month=s.label)
        ):
            return
        self.ctx.write(
            lambda: finance.transfer_vat(self.ctx.uow, *month),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_pay_button_clicked(self) -> None:
        account = self.pay_account.account_id()
        amount, on = self.pay_amount_edit.value(), date_of(self.pay_date_edit)
        if account is None or amount is None:
            show_error(self, UserError(tr("Choose a money account and enter the amount.")))
            return
        self.ctx.write(
            lambda: finance.pay_vat(self.ctx.uow, account_id=account, amount=amount, on=on),
            lambda r: (
                self.pay_amount_edit.clear(),
                self.notice_label.setText(tr("{number}: VAT paid.", number=r.number)),
            ),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import invoices"), "", "Excel (*.xlsx)")
        if not path:
            return
        direction, ok = QInputDialog.getItem(
            self,
            tr("Import invoices"),
            tr("Invoices"),
            [tr("Issued to customers"), tr("Received from suppliers")],
            0,
            False,
        )
        if not ok:
            return
        kind = "issued" if direction == tr("Issued to customers") else "received"
        self.ctx.write(
            lambda: finance.import_invoices(self.ctx.uow, path, direction=kind),
            lambda r: self.notice_label.setText(
                tr("{n} invoices registered, {skipped} voided left out.", n=r.registered, skipped=r.skipped)
            ),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )


@dataclass(frozen=True)
class _Rate:
    rate_text: str
    net: Decimal
    tax: Decimal
