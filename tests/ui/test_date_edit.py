"""Typed dates: one Tab leaves the field, 20261001 / 2026-10-01 / 10-1 / 1001 / +3 / -1 / t are read,
text that is not a date says so and changes nothing."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from erp_desktop.ui.widgets.date_edit import DateEdit, parse_date

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20261001", date(2026, 10, 1)),
        ("2026-10-01", date(2026, 10, 1)),
        ("2026/10/1", date(2026, 10, 1)),
        ("2026.10.1", date(2026, 10, 1)),
        ("2026年10月1日", date(2026, 10, 1)),
        ("261001", date(2026, 10, 1)),
        ("10-1", date(2026, 10, 1)),
        ("10/01", date(2026, 10, 1)),
        ("1001", date(2026, 10, 1)),
        ("15", date(2026, 12, 15)),
        ("+3", date(2026, 12, 6)),
        ("-1", date(2026, 12, 2)),
        ("t", TODAY),
        ("Today", TODAY),
        ("今天", TODAY),
        ("2026-02-30", None),
        ("1301", None),
        ("abc", None),
        ("张伟", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, TODAY) == expected


def _form(qtbot, edit):
    host = QWidget()
    layout = QVBoxLayout(host)
    before, after = QLineEdit(host), QLineEdit(host)
    layout.addWidget(before)
    layout.addWidget(edit)
    layout.addWidget(after)
    QWidget.setTabOrder(before, edit)
    QWidget.setTabOrder(edit, after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.hosts = [*getattr(qtbot, "hosts", []), host]
    return before, after


def test_one_tab_in_one_tab_out_and_typing_replaces(qtbot):
    edit = DateEdit(QDate(2026, 11, 20))
    before, after = _form(qtbot, edit)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.wait(1)  # the select-all on focus runs from the event loop
    qtbot.keyClicks(edit, "20261001")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()  # one Tab leaves the date
    assert edit.date() == QDate(2026, 10, 1) and edit.text() == "2026-10-01"
    qtbot.keyClicks(after, "zhang")  # what is typed next goes to the next field
    assert after.text() == "zhang"


def test_short_relative_and_today_forms(qtbot):
    edit = DateEdit(QDate(2026, 11, 20))
    before, _after = _form(qtbot, edit)
    year = date.today().year
    for text, expected in (
        ("10-1", date(year, 10, 1)),
        ("1001", date(year, 10, 1)),
        ("2026-10-05", date(2026, 10, 5)),
        ("+3", date.today() + timedelta(days=3)),
        ("-1", date.today() - timedelta(days=1)),
        ("t", date.today()),
    ):
        edit.setFocus()
        qtbot.wait(1)
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.date().toPython() == expected, text
        assert edit.is_valid()


def test_invalid_text_says_so_and_keeps_the_date(qtbot):
    edit = DateEdit(QDate(2026, 11, 20))
    changed = []
    edit.dateChanged.connect(changed.append)
    _before, after = _form(qtbot, edit)
    edit.setFocus()
    qtbot.wait(1)
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert not edit.is_valid() and "“abc” is not a date" in edit.error_text()
    assert edit.toolTip() == edit.error_text() and edit.property("invalid") is True
    assert edit.date() == QDate(2026, 11, 20) and changed == []
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # Esc undoes the wrong text
    assert edit.text() == "2026-11-20" and edit.is_valid()


def test_arrows_step_and_minimum_special_value_means_no_date(qtbot):
    edit = DateEdit(QDate(2026, 11, 20))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setSpecialValueText("any")
    _before, _after = _form(qtbot, edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2026, 11, 21)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.date() == QDate(2026, 10, 21)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == edit.minimumDate() and edit.text() == "any"
    qtbot.keyClicks(edit, "1999-01-01")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.is_valid() and "outside" in edit.error_text()
