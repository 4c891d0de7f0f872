"""月结: the accountant's month-end in one page — the close checklist (refused with its reasons
until it passes), carry-forward and close / re-open, bank reconciliation (import a statement,
match, record a fee or interest, the 调节表), and the statutory statements to print or export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..formatting import money_text
from .common import MoneyAccountCombo
from .ledgers import fill_report_table, report_table, save_report


def _last_month(today: date | None = None) -> str:
    today = today or date.today()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return f"{year}-{month:02d}"


class MonthEndPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.checklist: finance.CloseChecklist | None = None
        self.report: finance.Report | None = None
        self.lines: list = []
        self.month_edit = QLineEdit(_last_month(), self)
        self.month_edit.setMaximumWidth(100)
        self.check_button = QPushButton(tr("Check"), self)
        self.carry_button = QPushButton(tr("Carry forward"), self)
        self.close_button = QPushButton(tr("Close month"), self)
        self.reopen_button = QPushButton(tr("Re-open…"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month_edit)
        for button in (self.check_button, self.carry_button, self.close_button, self.reopen_button):
            top.addWidget(button)
        top.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._checklist_tab(), tr("Checklist (结账检查)"))
        self.tabs.addTab(self._bank_tab(), tr("Bank reconciliation (银行对账)"))
        self.tabs.addTab(self._statements_tab(), tr("Statements (报表)"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs, 1)
        self.check_button.clicked.connect(self.refresh)
        self.carry_button.clicked.connect(self._on_carry_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.checklist is not None and self.refresh())

    # --- the checklist ---------------------------------------------------------------------------------
    def _checklist_tab(self) -> QWidget:
        page = QWidget(self)
        self.checklist_table = QTableWidget(0, 3, page)
        self.checklist_table.setHorizontalHeaderLabels([tr("Status"), tr("Check"), tr("Details")])
        self.checklist_table.horizontalHeader().setStretchLastSection(True)
        self.checklist_table.verticalHeader().setVisible(False)
        QVBoxLayout(page).addWidget(self.checklist_table)
        return page

    def month(self) -> tuple[int, int]:
        return finance.parse_month(self.month_edit.text())

    def _with_month(self):
        try:
            return self.month()
        except Exception as exc:  # noqa: BLE001 - a ValidationError, shown
            show_error(self, exc)
            return None

    def refresh(self) -> None:
        month = self._with_month()
        if month is None:
            return
        self.ctx.query(
            lambda: finance.close_checklist(self.ctx.uow, *month), self._on_checklist, lambda e: show_error(self, e)
        )

    def _on_checklist(self, checklist) -> None:
        self.checklist = checklist
        rows = checklist.items
        self.checklist_table.setRowCount(len(rows))
        for r, item in enumerate(rows):
            mark = "✓" if item.ok else ("✗" if item.blocking else "ℹ")
            self.checklist_table.setItem(r, 0, QTableWidgetItem(mark))
            self.checklist_table.setItem(r, 1, QTableWidgetItem(item.title if item.ok else item.problem))
            self.checklist_table.setItem(r, 2, QTableWidgetItem("; ".join(item.details[:8])))
        self.checklist_table.resizeColumnToContents(1)
        self.close_button.setEnabled(checklist.passed)
        self.status_label.setText(
            tr("{month} can be closed.", month=checklist.label)
            if checklist.passed
            else tr("{month} cannot be closed yet:", month=checklist.label) + "\n" + "\n".join(checklist.reasons)
        )

    def _on_carry_button_clicked(self) -> None:
        month = self._with_month()
        if month is None:
            return
        self.ctx.write(
            lambda: finance.carry_forward(self.ctx.uow, *month),
            lambda r: self.status_label.setText(
                tr("Carried forward {profit} into current year profit.", profit=money_text(r.profit))
            ),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_close_button_clicked(self) -> None:
        month = self._with_month()
        if month is None or not ask(
            self,
            tr("Close {year}-{month:02d}? Nothing can be posted into it afterwards.", year=month[0], month=month[1]),
        ):
            return
        self.ctx.write(
            lambda: finance.close_period(self.ctx.uow, *month),
            lambda r: self.status_label.setText(tr("{month} closed.", month=r.label)),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_reopen_button_clicked(self) -> None:
        month = self._with_month()
        if month is None:
            return
        reason, ok = QInputDialog.getText(
            self, tr("Re-open {month}", month=self.month_edit.text()), tr("Reason (recorded):")
        )
        if not ok:
            return
        self.ctx.write(
            lambda: finance.reopen_period(self.ctx.uow, *month, reason=reason),
            lambda _r: self.status_label.setText(tr("{year}-{month:02d} re-opened.", year=month[0], month=month[1])),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    # --- bank reconciliation ---------------------------------------------------------------------------
    def _bank_tab(self) -> QWidget:
        page = QWidget(self)
        self.bank_combo = MoneyAccountCombo(self.ctx, page)
        self.import_button = QPushButton(tr("Import statement…"), page)
        self.match_button = QPushButton(tr("Auto-match"), page)
        self.hand_button = QPushButton(tr("Match with…"), page)
        self.record_button = QPushButton(tr("Record fee / interest…"), page)
        self.reconcile_button = QPushButton(tr("Reconciliation (调节表)"), page)
        self.lines_table = QTableWidget(0, 6, page)
        self.lines_table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Amount"), tr("Counterparty"), tr("Reference"), tr("Memo"), tr("Matched")]
        )
        self.lines_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.lines_table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.bank_combo, 1)
        for button in (
            self.import_button,
            self.match_button,
            self.hand_button,
            self.record_button,
            self.reconcile_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.lines_table, 1)
        self.bank_combo.currentIndexChanged.connect(lambda _i: self.load_lines())
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.match_button.clicked.connect(
            lambda: self._bank_write(lambda account: finance.auto_match(self.ctx.uow, account))
        )
        self.hand_button.clicked.connect(self._on_hand_button_clicked)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.reconcile_button.clicked.connect(self._on_reconcile_button_clicked)
        return page

    def load_lines(self) -> None:
        account = self.bank_combo.account_id()
        if account is None:
            return
        self.ctx.query(
            lambda: finance.statement_lines(self.ctx.uow, account), self._on_lines, lambda _e: self._on_lines([])
        )

    def _on_lines(self, lines) -> None:
        self.lines = list(lines)
        self.lines_table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            amount = QTableWidgetItem(money_text(line.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for c, item in enumerate(
                (
                    QTableWidgetItem(line.on.isoformat()),
                    amount,
                    QTableWidgetItem(line.counterparty),
                    QTableWidgetItem(line.reference),
                    QTableWidgetItem(line.memo),
                    QTableWidgetItem(line.matched_number),
                )
            ):
                self.lines_table.setItem(r, c, item)

    def _bank_write(self, call) -> None:
        account = self.bank_combo.account_id()
        if account is None:
            return
        self.ctx.write(
            lambda: call(account), lambda _r: self.load_lines(), lambda e: show_error(self, e), areas={Area.FINANCE}
        )

    def import_file(self, path: str) -> None:
        self._bank_write(lambda account: finance.import_statement(self.ctx.uow, account, path))

    def _on_import_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import statement"), "", tr("Bank statements (*.xlsx *.csv)"))
        if path:
            self.import_file(path)

    def current_line(self):
        row = self.lines_table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _on_hand_button_clicked(self) -> None:
        line = self.current_line()
        if line is None:
            return
        number, ok = QInputDialog.getText(self, tr("Match with…"), tr("Money document number:"))
        if ok and number.strip():
            self._bank_write(lambda _a: finance.match_line(self.ctx.uow, line.id, number.strip()))

    def _on_record_button_clicked(self) -> None:
        line = self.current_line()
        if line is None:
            return
        self.ctx.query(
            lambda: finance.fee_account(self.ctx.uow),
            lambda code: self._record(line, code),
            lambda e: show_error(self, e),
        )

    def _record(self, line, default: str) -> None:
        code, ok = QInputDialog.getText(
            self, tr("Record fee / interest…"), tr("Expense or income account:"), text=default
        )
        if ok and code.strip():
            self._bank_write(lambda _a: finance.record_line(self.ctx.uow, line.id, counter_account=code.strip()))

    def _on_reconcile_button_clicked(self) -> None:
        account, month = self.bank_combo.account_id(), self._with_month()
        if account is None or month is None:
            return
        self.ctx.query(
            lambda: finance.reconciliation(self.ctx.uow, account, as_of=finance.month_end(*month)),
            lambda rec: self._show_report(rec.as_report()),
            lambda e: show_error(self, e),
        )

    # --- statements ------------------------------------------------------------------------------------
    def _statements_tab(self) -> QWidget:
        page = QWidget(self)
        self.statement_combo = QComboBox(page)
        for key, label in (
            ("balance_sheet", tr("Balance sheet (资产负债表)")),
            ("income", tr("Income statement (利润表)")),
            ("cash_flow", tr("Cash flow statement (现金流量表)")),
        ):
            self.statement_combo.addItem(label, key)
        self.show_button = QPushButton(tr("Show"), page)
        self.print_button = QPushButton(tr("Print…"), page)
        self.export_button = QPushButton(tr("Export to Excel…"), page)
        self.check_label = QLabel(page)
        self.report_view = report_table(page)
        bar = QHBoxLayout()
        bar.addWidget(self.statement_combo)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.check_label)
        layout.addWidget(self.report_view, 1)
        self.show_button.clicked.connect(self.show_statement)
        self.print_button.clicked.connect(lambda: save_report(self, self.ctx, self.report, "pdf"))
        self.export_button.clicked.connect(lambda: save_report(self, self.ctx, self.report, "xlsx"))
        return page

    def show_statement(self) -> None:
        month = self._with_month()
        if month is None:
            return
        make = {
            "balance_sheet": finance.balance_sheet,
            "income": finance.income_statement,
            "cash_flow": finance.cash_flow,
        }
        fetch = make[self.statement_combo.currentData()]
        self.ctx.query(
            lambda: fetch(self.ctx.uow, *month).as_report(), self._show_report, lambda e: show_error(self, e)
        )

    def _show_report(self, report: finance.Report) -> None:
        self.report = report
        self.tabs.setCurrentIndex(2)
        self.check_label.setText("\n".join((f"{report.title}　{report.subtitle}", *report.notes)))
        fill_report_table(self.report_view, report)
