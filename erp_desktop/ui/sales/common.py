"""Small helpers shared by the sales screens."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from ..formatting import money_text, qty_text
from ..widgets.date_edit import DateEdit, date_field

AREAS = {"sales", "stock", "finance"}
RED = QColor("#c62828")


def date_edit(parent: QWidget, value: date | None = None) -> DateEdit:
    return date_field(parent, value)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(edit: DateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def item(text: str, *, numeric: bool = False, warn: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if numeric:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if warn:
        cell.setForeground(QBrush(RED))
    return cell


def money_item(value: Decimal | None) -> QTableWidgetItem:
    return item(money_text(value), numeric=True)


def qty_item(value: Decimal | None, *, warn: bool = False) -> QTableWidgetItem:
    return item(qty_text(value), numeric=True, warn=warn)
