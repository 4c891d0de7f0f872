"""Small pieces the finance pages share: date edits, read-only tables, a money-account combo."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext
from ..table_models import Column, RowRole, RowsTableModel
from ..widgets.date_edit import DateEdit, date_field


def date_edit(value: date | None = None, parent: QWidget | None = None) -> DateEdit:
    return date_field(parent, value)


def date_of(edit: DateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def month_start(today: date | None = None) -> date:
    today = today or date.today()
    return today.replace(day=1)


def table(columns: Sequence[Column], parent: QWidget | None = None) -> tuple[QTableView, RowsTableModel]:
    model = RowsTableModel(columns, parent=parent)
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, column in enumerate(columns):
        if column.width:
            view.setColumnWidth(i, column.width)
    return view, model


def current_row(view: QTableView) -> Any:
    index = view.currentIndex()
    return view.model().data(index, RowRole) if index.isValid() else None


class MoneyAccountCombo(QComboBox):
    """Active money accounts; ``account_id()`` is the chosen one's id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        self.ctx.query(lambda: finance.list_money_accounts(self.ctx.uow, active_only=True), self._fill)

    def _fill(self, rows) -> None:
        current = self.account_id()
        self.blockSignals(True)
        self.clear()
        for row in rows:
            self.addItem(f"{row.code} {row.name}  ({row.balance:,.2f})", row.id)
        self.blockSignals(False)
        if current is not None:
            self.set_account(current)

    def account_id(self) -> uuid.UUID | None:
        return self.currentData()

    def set_account(self, account_id: uuid.UUID) -> None:
        index = self.findData(account_id)
        if index >= 0:
            self.setCurrentIndex(index)


def party_kind_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(tr("Customers (receivable)"), "customer")
    combo.addItem(tr("Suppliers (payable)"), "supplier")
    return combo


def kind_of(party_kind: str) -> str:
    return "receivable" if party_kind == "customer" else "payable"


def set_text_alignment(view: QTableView) -> None:
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
