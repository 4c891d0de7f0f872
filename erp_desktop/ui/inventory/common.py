"""Small helpers shared by the inventory screens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from ...i18n import tr
from ..widgets.date_edit import DateEdit

AREAS = frozenset({"stock", "finance"})


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = False) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(tr("any"))
    edit.setDate(
        QDate(value.year, value.month, value.day)
        if value
        else (edit.minimumDate() if optional else QDate.currentDate())
    )
    return edit


def date_of(edit: DateEdit) -> date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()


def combo(parent: QWidget, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    return box
