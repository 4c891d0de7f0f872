"""账簿: 科目余额表, 总账, 明细账 and 往来明细账 on screen, with print (PDF) and xlsx export; a double
click on a ledger line opens its voucher, "Open document" its business document's printout."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance, printing

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext, Area
from ..errors import show_error
from ..formatting import money_text
from ..printing import print_document, show_preview
from .common import date_edit, date_of, month_start

KINDS = (
    ("balances", "Account balances (科目余额表)"),
    ("general", "General ledger (总账)"),
    ("detail", "Detail ledger (明细账)"),
    ("customer", "Customer ledger (往来明细账)"),
    ("supplier", "Supplier ledger (往来明细账)"),
)


def fill_report_table(view: QTableWidget, report: finance.Report) -> None:
    """Show a ``finance.Report`` in a read-only table (amounts right-aligned)."""
    from datetime import date as _date
    from decimal import Decimal

    from PySide6.QtCore import Qt

    view.clear()
    view.setColumnCount(len(report.headers))
    view.setRowCount(len(report.rows))
    view.setHorizontalHeaderLabels(list(report.headers))
    for r, row in enumerate(report.rows):
        for c, value in enumerate(row):
            if isinstance(value, Decimal):
                item = QTableWidgetItem(money_text(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            elif isinstance(value, _date):
                item = QTableWidgetItem(value.isoformat())
            else:
                item = QTableWidgetItem("" if value is None else str(value))
            view.setItem(r, c, item)
    view.resizeColumnsToContents()


def report_table(parent: QWidget) -> QTableWidget:
    view = QTableWidget(0, 0, parent)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    return view


def save_report(parent: QWidget, ctx: AppContext, report: finance.Report | None, what: str) -> None:
    """Print (preview the PDF) or export (ask for an xlsx file) the report shown."""
    if report is None:
        return
    if what == "pdf":
        ctx.query(
            lambda: printing.print_report(ctx.uow, report),
            lambda path: show_preview(parent, ctx, path),
            lambda e: show_error(parent, e),
        )
        return
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export to Excel"), f"{report.title}.xlsx", "Excel (*.xlsx)")
    if path:
        ctx.query(lambda: finance.export_xlsx(report, path), lambda _p: None, lambda e: show_error(parent, e))


class LedgersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.book: Any = None
        self.report: finance.Report | None = None
        self.kind_combo = QComboBox(self)
        for key, label in KINDS:
            self.kind_combo.addItem(tr(label), key)
        self.start_edit = date_edit(month_start(), self)
        self.end_edit = date_edit(date.today(), self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(tr("Account or party code"))
        self.code_edit.setMaximumWidth(160)
        self.show_button = QPushButton(tr("Show"), self)
        self.print_button = QPushButton(tr("Print…"), self)
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        self.document_button = QPushButton(tr("Open document"), self)
        self.title_label = QLabel(self)
        self.report_view = report_table(self)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(QLabel(tr("From")))
        top.addWidget(self.start_edit)
        top.addWidget(QLabel(tr("To")))
        top.addWidget(self.end_edit)
        top.addWidget(self.code_edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.document_button)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.report_view, 1)
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.print_button.clicked.connect(lambda: save_report(self, ctx, self.report, "pdf"))
        self.export_button.clicked.connect(lambda: save_report(self, ctx, self.report, "xlsx"))
        self.document_button.clicked.connect(self._on_document_button_clicked)
        self.report_view.doubleClicked.connect(lambda index: self._open_voucher(index.row()))
        ctx.changed.connect(
            lambda areas: Area.FINANCE in areas and self.book is not None and self._on_show_button_clicked()
        )

    def _fetch(self):
        kind, code = self.kind_combo.currentData(), self.code_edit.text().strip()
        start, end, uow = date_of(self.start_edit), date_of(self.end_edit), self.ctx.uow
        if kind == "balances":
            return lambda: finance.account_balances(uow, start=start, end=end)
        if kind == "general":
            return lambda: finance.general_ledger_book(uow, code=code, year=end.year, through_month=end.month)
        if kind == "detail":
            return lambda: finance.detail_ledger(uow, code=code, start=start, end=end)
        return lambda: finance.party_ledger(uow, party_kind=kind, party=code, start=start, end=end)

    def _on_show_button_clicked(self) -> None:
        self.ctx.query(self._fetch(), self._on_loaded, lambda e: show_error(self, e))

    def _on_loaded(self, book) -> None:
        self.book = book
        self.report = book.as_report()
        self.title_label.setText(f"{self.report.title}　{self.report.subtitle}")
        fill_report_table(self.report_view, self.report)

    def line_at(self, row: int):
        lines = getattr(self.book, "lines", None)
        if not lines or not 1 <= row <= len(lines):  # row 0 is the opening balance
            return None
        return lines[row - 1]

    def _open_voucher(self, row: int) -> None:
        line = self.line_at(row)
        if line is None:
            return
        self.ctx.query(
            lambda: finance.voucher_detail(self.ctx.uow, line.entry_id),
            self._show_voucher,
            lambda e: show_error(self, e),
        )

    def _show_voucher(self, v) -> None:
        text = "\n".join(
            f"{l.account_code} {l.account_name}\t{money_text(l.debit) if l.debit else ''}\t{money_text(l.credit) if l.credit else ''}"
            for l in v.lines
        )
        QMessageBox.information(
            self, f"{v.period} {v.voucher_no}", f"{v.on.isoformat()} {v.source} {v.doc_number}\n{v.memo}\n\n{text}"
        )

    def _on_document_button_clicked(self) -> None:
        line = self.line_at(self.report_view.currentRow())
        if line is None or line.doc_id is None:
            return
        kind = finance.document_print_kind(line.doc_type)
        if kind is None:
            show_error(self, ValidationError(tr("{source} has no printout.", source=line.source)))
            return
        print_document(self, self.ctx, kind, line.doc_id)
