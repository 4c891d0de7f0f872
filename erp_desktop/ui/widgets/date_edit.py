"""A date field typed like shop staff type dates, left with one Tab.

``DateEdit`` replaces ``QDateEdit`` everywhere: it keeps the part of its API the screens use
(``date()``, ``setDate``, ``dateChanged``, minimum / maximum, the special value text that means
"no date", a calendar popup, a display format), but it is a plain line edit: Tab leaves it at once
(QDateEdit walks year → month → day and ate what was typed next), and what is typed is read as a
whole when the field is left or Enter is pressed (see ``parse_date``):

- ``20261001``, ``2026-10-01``, ``2026/10/1``, ``2026.10.1``, ``2026年10月1日``, ``261001``;
- ``10-1``, ``10/01``, ``1001`` (month and day of the current year), ``15`` (a day of this month);
- ``+3`` / ``-1``: days from today; ``t`` / ``today`` / ``今天``: today.

Text that is not a date turns the field red and says so (a tooltip under the field); the date
stays what it was until a valid one is typed. ↑ / ↓ step a day, PgUp / PgDn a month, Alt+↓ or F4
opens the calendar.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from datetime import date as PyDate  # DateEdit.date() shadows the name inside the class

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolTip, QVBoxLayout, QWidget

from ...i18n import tr
from .screen import available_area

_SEPARATORS = re.compile(r"[-/.\s年月日]+")
TODAY_WORDS = {"t", "today", "今天", "今日", "jt"}


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date ``text`` stands for (see the module docstring), or None when it is not one."""
    today = today or date.today()
    text = (text or "").strip().lower()
    if not text:
        return None
    if text in TODAY_WORDS:
        return today
    if re.fullmatch(r"[+-]\d{1,4}", text):
        return today + timedelta(days=int(text))
    try:
        if text.isdigit():
            if len(text) == 8:
                return date(int(text[:4]), int(text[4:6]), int(text[6:]))
            if len(text) == 6:
                return date(2000 + int(text[:2]), int(text[2:4]), int(text[4:]))
            if len(text) == 4:
                return date(today.year, int(text[:2]), int(text[2:]))
            if len(text) == 3:
                return date(today.year, int(text[:1]), int(text[1:]))
            if len(text) <= 2:
                return date(today.year, today.month, int(text))
            return None
        parts = [p for p in _SEPARATORS.split(text) if p]
        if not all(p.isdigit() for p in parts):
            return None
        if len(parts) == 3:
            year = int(parts[0])
            if len(parts[0]) <= 2:
                year += 2000
            elif len(parts[0]) != 4:
                return None
            return date(year, int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(today.year, int(parts[0]), int(parts[1]))
    except ValueError:  # 2026-02-30, month 13 …
        return None
    return None


def py_date(value: QDate) -> date:
    """``value`` as a ``datetime.date`` (PySide6's stubs type ``QDate.toPython()`` as ``object``)."""
    return date(value.year(), value.month(), value.day())


def _qdate(value: QDate | date) -> QDate:
    if isinstance(value, QDate):
        return value
    return QDate(value.year, value.month, value.day)


class _CalendarPopup(QWidget):
    def __init__(self, owner: DateEdit):
        super().__init__(owner, Qt.WindowType.Popup)
        self.owner = owner
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._on_calendar_activated)
        self.calendar.clicked.connect(self._on_calendar_activated)

    def open(self) -> None:
        self.calendar.setMinimumDate(self.owner.minimumDate())
        self.calendar.setMaximumDate(self.owner.maximumDate())
        self.calendar.setSelectedDate(self.owner.date())
        self.adjustSize()
        at = self.owner.mapToGlobal(QPoint(0, self.owner.height()))
        screen = available_area(self.owner)
        if screen is not None and at.y() + self.height() > screen.bottom():
            at = self.owner.mapToGlobal(QPoint(0, 0)) - QPoint(0, self.height())
        self.move(at)
        self.show()
        self.calendar.setFocus()

    def _on_calendar_activated(self, value: QDate) -> None:
        self.hide()
        self.owner.setDate(value)
        self.owner.setFocus()


class DateEdit(QLineEdit):
    """A one-Tab date field that reads typed dates; ``QDateEdit``'s API for what the screens use."""

    dateChanged = Signal(QDate)
    userDateChanged = Signal(QDate)

    def __init__(self, date_or_parent: QDate | PyDate | QWidget | None = None, parent: QWidget | None = None):
        if isinstance(date_or_parent, QWidget):
            parent, initial = date_or_parent, None
        else:
            initial = date_or_parent
        super().__init__(parent)
        self._min = QDate(1752, 9, 14)
        self._max = QDate(9999, 12, 31)
        self._format = "yyyy-MM-dd"
        self._special = ""
        self._date = QDate(2000, 1, 1)
        self._error = ""
        self._calendar_action: QAction | None = None
        self._calendar: _CalendarPopup | None = None
        self.setPlaceholderText(tr("e.g. 20261001, 10-1, +3, t"))
        self.editingFinished.connect(self.commit)
        self.setDate(initial if initial is not None else QDate.currentDate())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-10-01") + 48)

    # --- QDateEdit's API ------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | PyDate) -> None:
        """Show ``value`` (kept inside the minimum and maximum, as QDateEdit does)."""
        qd = _qdate(value)
        if not qd.isValid():
            return
        qd = max(self._min, min(self._max, qd))
        changed = qd != self._date
        self._date = qd
        self._set_error("")
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(qd))

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def setMinimumDate(self, value: QDate | PyDate) -> None:
        self._min = _qdate(value)
        self._max = max(self._max, self._min)
        if self._date < self._min:
            self.setDate(self._min)
        else:
            self._show_date()

    def clearMinimumDate(self) -> None:
        self.setMinimumDate(QDate(1752, 9, 14))

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def setMaximumDate(self, value: QDate | PyDate) -> None:
        self._max = _qdate(value)
        self._min = min(self._min, self._max)
        if self._date > self._max:
            self.setDate(self._max)

    def setDateRange(self, low: QDate | PyDate, high: QDate | PyDate) -> None:
        self.setMinimumDate(low)
        self.setMaximumDate(high)

    def specialValueText(self) -> str:
        return self._special

    def setSpecialValueText(self, text: str) -> None:
        """Shown when the date is the minimum: that date then means "no date" (an empty field)."""
        self._special = text
        self._show_date()

    def displayFormat(self) -> str:
        return self._format

    def setDisplayFormat(self, fmt: str) -> None:
        self._format = fmt
        self._show_date()

    def calendarPopup(self) -> bool:
        return self._calendar_action is not None

    def setCalendarPopup(self, enable: bool) -> None:
        if enable and self._calendar_action is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            self._calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            self._calendar_action.setToolTip(tr("Calendar (Alt+↓)"))
            self._calendar_action.triggered.connect(self.open_calendar)
        elif not enable and self._calendar_action is not None:
            self.removeAction(self._calendar_action)
            self._calendar_action = None

    # --- typed dates ----------------------------------------------------------------
    def is_valid(self) -> bool:
        """False while the field shows text that is not a date."""
        return not self._error

    def error_text(self) -> str:
        return self._error

    def commit(self) -> bool:
        """Read the typed text as the date (on Enter, Tab or leaving the field). An empty field
        means "no date" when the field has a special value text. False when it is not a date."""
        text = self.text().strip()
        if self._special and text in ("", self._special.strip()):
            before = self._date
            self._date = QDate(self._min)
            self._set_error("")
            self._show_date()
            if before != self._date:
                self.dateChanged.emit(QDate(self._date))
                self.userDateChanged.emit(QDate(self._date))
            return True
        if text == self._display_text():
            self._set_error("")
            return True
        found = parse_date(text)
        if found is None:
            self._set_error(
                tr(
                    "“{text}” is not a date. Type e.g. 20261001, 2026-10-01, 10-1, 1001, +3 (days from today) or t (today).",
                    text=text,
                )
            )
            return False
        qd = _qdate(found)
        if qd < self._min or qd > self._max:
            self._set_error(
                tr(
                    "{date} is outside {low} … {high}.",
                    date=qd.toString("yyyy-MM-dd"),
                    low=self._min.toString("yyyy-MM-dd"),
                    high=self._max.toString("yyyy-MM-dd"),
                )
            )
            return False
        before = self._date
        self.setDate(qd)
        if before != qd:
            self.userDateChanged.emit(QDate(qd))
        return True

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = _CalendarPopup(self)
        self._calendar.open()

    # --- behaviour ------------------------------------------------------------------
    def _display_text(self) -> str:
        if self._special and self._date == self._min:
            return self._special
        return self._date.toString(self._format)

    def _show_date(self) -> None:
        if self.text() != self._display_text():
            self.setText(self._display_text())

    def _set_error(self, message: str) -> None:
        self._error = message
        self.setProperty("invalid", bool(message))
        self.setStyleSheet("QLineEdit { border: 1px solid #c62828; background: #fdecea; }" if message else "")
        self.setToolTip(message)
        if message and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    def _step(self, days: int = 0, months: int = 0) -> None:
        if self.isReadOnly():
            return
        if not self.commit():
            return
        self.setDate(self._date.addDays(days).addMonths(months))
        self.userDateChanged.emit(QDate(self._date))
        self.selectAll()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.open_calendar()
            event.accept()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key in steps:
            self._step(*steps[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ok = self.commit()
            super().keyPressEvent(event)  # returnPressed for forms that move on with Enter
            if ok:
                self.selectAll()  # the next typing replaces the date
            return
        if key == Qt.Key.Key_Escape and self._error:
            self._show_date()
            self._set_error("")
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self.selectAll)  # typing replaces the date

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape and self._error:
            event.accept()  # Esc first undoes a wrong date, before the form sees it
            return True
        return super().event(event)


def date_field(
    parent: QWidget | None = None, value: PyDate | None = None, *, optional: bool = False, empty_text: str = " "
) -> DateEdit:
    """A ``DateEdit`` showing ``value`` (today when None). ``optional``: it may be left empty —
    the earliest date shows as ``empty_text`` and ``date_value`` reads it as None."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(empty_text)
    if value is not None:
        edit.setDate(value)
    else:
        edit.setDate(edit.minimumDate() if optional else QDate.currentDate())
    return edit


def date_value(edit: DateEdit) -> PyDate | None:
    """The date shown; None for an optional field left empty."""
    qd = edit.date()
    if edit.specialValueText() and qd == edit.minimumDate():
        return None
    return PyDate(qd.year(), qd.month(), qd.day())
