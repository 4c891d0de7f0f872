"""Small helpers shared by the purchasing screens."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from ...money import NotANumber, parse_decimal
from ..formatting import money_text, price_text, qty_text
from ..widgets.date_edit import DateEdit, date_field, date_value

AREAS = {"purchasing", "stock", "finance"}


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = False) -> DateEdit:
    return date_field(parent, value, optional=optional)


date_of = date_value


def item(text: str, *, editable: bool = False, numeric: bool = False, data=None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    cell.setFlags(flags)
    if numeric:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        cell.setData(Qt.ItemDataRole.UserRole, data)
    return cell


def cell_decimal(table: QTableWidget, row: int, column: int) -> Decimal | None:
    cell = table.item(row, column)
    if cell is None or not cell.text().strip():
        return None
    try:
        return parse_decimal(cell.text())
    except NotANumber:
        return None


def plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


__all__ = ["AREAS", "date_edit", "date_of", "item", "cell_decimal", "plain", "money_text", "price_text", "qty_text"]


def find_data(combo, value) -> int:
    """The index of ``value`` among a combo's item data (Python objects such as UUIDs compare by ==)."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1
