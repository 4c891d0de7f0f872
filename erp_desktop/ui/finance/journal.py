"""凭证: the journal, newest first, with drill-down to an entry's lines and its source document;
manual entries through a balanced-entry editor; "Reverse entry" for manual entries (no delete)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance

from ...i18n import tr
from ...money import ZERO
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..formatting import money_text
from ..table_models import Column
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.remember import layout_key, remember_geometry, remember_header, remember_splitter
from .common import date_edit, date_of, table


class JournalPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.list_page = ListPage(
            [
                Column("number", tr("Entry"), width=130),
                Column("on", tr("Date"), "date", width=90),
                Column("doc_label", tr("Source"), sortable=False, width=110),
                Column("doc_number", tr("Document"), width=150),
                Column("total", tr("Amount"), "money", sortable=False, width=120),
                Column("user_name", tr("User"), sortable=False, width=80),
                Column("memo", tr("Memo"), sortable=False),
            ],
            lambda q: finance.journal_page(ctx.uow, q),
            parent=self,
            placeholder=tr("Entry, document number or memo…"),
        )
        self.list_page.add_action(tr("New manual entry…"), self._on_new_entry, "Ctrl+N")
        self.list_page.add_action(tr("Reverse entry…"), self._on_reverse_entry)
        self.detail_label = QLabel(self)
        self.lines_view, self.lines_model = table(
            [
                Column("account_code", tr("Account"), width=80),
                Column("account_name", tr("Account name"), width=200),
                Column("party_name", tr("Party"), width=140),
                Column("debit", tr("Debit"), "money", width=120),
                Column("credit", tr("Credit"), "money", width=120),
                Column("memo", tr("Memo")),
            ],
            self,
        )
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 0, 4, 0)
        bottom_layout.addWidget(self.detail_label)
        bottom_layout.addWidget(self.lines_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.list_page)
        splitter.addWidget(bottom)
        splitter.setSizes([450, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list_page.table_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        ctx.changed.connect(lambda areas: self.list_page.reload())
        self.list_page.reload()

    def _show_detail(self) -> None:
        row = self.list_page.current_row()
        if row is None:
            return
        self.ctx.query(
            lambda: finance.entry_detail(self.ctx.uow, row.id), self._on_detail, lambda e: show_error(self, e)
        )

    def _on_detail(self, d: finance.EntryDetail) -> None:
        self.detail = d
        extra = ""
        if d.reversal_of_number:
            extra = tr(" · reverses {number}", number=d.reversal_of_number)
        elif d.reversed_by_number:
            extra = tr(" · reversed by {number}", number=d.reversed_by_number)
        self.detail_label.setText(
            tr(
                "{number} {date} · {source} {document} · {memo}",
                number=d.number,
                date=d.on.isoformat(),
                source=d.doc_label,
                document=d.doc_number,
                memo=d.memo,
            )
            + extra
        )
        self.lines_model.set_rows(d.lines)

    def _on_new_entry(self) -> None:
        ManualEntryDialog(self.ctx, self).open()

    def _on_reverse_entry(self) -> None:
        row = self.list_page.current_row()
        if row is None:
            return
        if not ask(self, tr("Post a reversal of {number} dated today?", number=row.number)):
            return
        from datetime import date

        self.ctx.write(
            lambda: finance.reverse_manual_entry(self.ctx.uow, row.id, on=date.today()),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )


class ManualEntryDialog(QDialog):
    """Balanced-entry editor: rows of account, debit, credit, memo; Post only when balanced."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Manual journal entry"))
        self.accounts: list = []
        self.date_edit = date_edit(parent=self)
        self.memo_edit = QLineEdit(self)
        self.memo_edit.setPlaceholderText(tr("What the entry is for (required)"))
        self.lines_table = QTableWidget(0, 4, self)
        self.lines_table.setHorizontalHeaderLabels([tr("Account"), tr("Debit"), tr("Credit"), tr("Memo")])
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(tr("Add line"), self)
        self.balance_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.post_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.post_button.setText(tr("Post"))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Date")))
        top.addWidget(self.date_edit)
        top.addWidget(QLabel(tr("Description")))
        top.addWidget(self.memo_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.balance_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_line)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 420)
        ctx.query(lambda: finance.list_accounts(ctx.uow, active_only=True), self._on_accounts)
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    def _on_accounts(self, rows) -> None:
        self.accounts = rows
        self.add_line()
        self.add_line()

    def add_line(self) -> None:
        row = self.lines_table.rowCount()
        self.lines_table.insertRow(row)
        combo = QComboBox(self.lines_table)
        combo.setEditable(True)
        for a in self.accounts:
            combo.addItem(f"{a.code} {a.name}", a.code)
        combo.setCurrentIndex(-1)
        self.lines_table.setCellWidget(row, 0, combo)
        for col in (1, 2):
            edit = DecimalEdit(2, parent=self.lines_table)
            edit.valueChanged.connect(lambda _v: self._update_balance())
            self.lines_table.setCellWidget(row, col, edit)
        self.lines_table.setCellWidget(row, 3, QLineEdit(self.lines_table))
        self._update_balance()

    def lines(self) -> list[finance.ManualLine]:
        result = []
        cell = self.lines_table.cellWidget
        for row in range(self.lines_table.rowCount()):
            combo = cast(QComboBox, cell(row, 0))
            code = combo.currentData() if combo.currentIndex() >= 0 else combo.currentText().split(" ")[0]
            debit = cast(DecimalEdit, cell(row, 1)).value() or ZERO
            credit = cast(DecimalEdit, cell(row, 2)).value() or ZERO
            if code or debit or credit:
                memo = cast(QLineEdit, cell(row, 3)).text()
                result.append(finance.ManualLine(code or "", debit, credit, memo))
        return result

    def _update_balance(self) -> None:
        lines = self.lines()
        debit = sum((l.debit for l in lines), ZERO)
        credit = sum((l.credit for l in lines), ZERO)
        balanced = debit == credit and debit > ZERO
        self.balance_label.setText(
            tr(
                "Debit {debit} · Credit {credit} · Difference {diff}",
                debit=money_text(debit),
                credit=money_text(credit),
                diff=money_text(debit - credit),
            )
        )
        self.balance_label.setStyleSheet("" if balanced else "color: #c62828;")
        self.post_button.setEnabled(balanced)

    def _submit(self) -> None:
        lines, on, memo = self.lines(), date_of(self.date_edit), self.memo_edit.text()
        self.ctx.write(
            lambda: finance.post_manual_entry(self.ctx.uow, on=on, lines=lines, memo=memo),
            lambda result: (setattr(self, "result_value", result), self.accept()),
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )
