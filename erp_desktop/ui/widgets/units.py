"""多单位 in the window, in one place for the document forms (sales, purchase and stock documents)
and the delivery / return dialogs: a line grid's unit cells, the default unit of a new line, a
base quantity as the user reads it ("= 240 瓶") and a base quantity shown in the unit its line was
entered in. Stock, shortfalls and the ledger stay in the base unit; these only say what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from erp_desktop.services import masterdata

from ...i18n import tr
from ...money import qty
from ..formatting import qty_text
from .decimal_edit import DecimalEdit

ONE = Decimal(1)
RED = QColor("#c62828")


def unit_cells(base_unit: str, units: Sequence[masterdata.UnitRow] | None, unit: str) -> dict:
    """The values a ``LineGrid`` unit column takes: the product's units (base first), the chosen one."""
    choices = [(u.name, u.factor) for u in units] if units else [(base_unit, ONE)]
    return {"unit": unit, "unit_choices": choices, "base_unit": base_unit}


def factor_of(units: Sequence[masterdata.UnitRow] | None, unit: str) -> Decimal:
    """Base units in one ``unit`` ("" or an unknown name: the base unit, 1)."""
    return next((u.factor for u in units or () if not u.base and u.name == unit), ONE)


def default_unit(units: Sequence[masterdata.UnitRow] | None, purpose: str) -> str:
    """The unit a new line starts in: the default ``purpose`` ("sale" | "purchase") unit, "" for
    the base unit (also when there is no default or ``purpose`` is "stock")."""
    flag = {"sale": "sale_default", "purchase": "purchase_default"}.get(purpose)
    if flag is None:
        return ""
    return next((u.name for u in units or () if not u.base and getattr(u, flag)), "")


def base_text(entered: Decimal | None, factor: Decimal, base_unit: str) -> str:
    """ "= 240 瓶" for 10 of a unit of 24 瓶; "" in the base unit or without a quantity."""
    if entered is None or factor == ONE:
        return ""
    return f"= {qty_text(entered * factor)} {base_unit}".rstrip()


def shown_in_unit(base_qty: Decimal, unit: str, factor: Decimal) -> tuple[str, Decimal]:
    """(unit, quantity) of a base quantity in the unit its line was entered in when it converts
    exactly (96 瓶 of a 箱 line → ("箱", 4)), else ("", 96) in the base unit."""
    shown = masterdata.carried_unit(base_qty, unit, factor, Decimal(0))[0]
    return shown.unit, shown.entered


@dataclass(frozen=True)
class RowUnit:
    """The unit a dialog's row shows and takes its quantities in ("" = the base unit)."""

    unit: str
    factor: Decimal
    base_unit: str

    @property
    def label(self) -> str:
        return self.unit or self.base_unit

    def shown(self, base_qty: Decimal) -> Decimal:
        """A base quantity in this unit (exact: ``row_unit`` chose it so)."""
        return base_qty if self.factor == ONE else qty(base_qty / self.factor)

    def base(self, entered: Decimal) -> Decimal:
        return entered * self.factor


def row_unit(base_qtys: Sequence[Decimal], entered_unit: str, factor: Decimal, base_unit: str) -> RowUnit:
    """The row of a line entered in ``entered_unit`` (a delivery of an order line, a return of a
    delivery line) shows its quantities in that unit when every one of ``base_qtys`` converts
    exactly, else in the base unit."""
    if entered_unit and factor != ONE and all(shown_in_unit(q, entered_unit, factor)[0] for q in base_qtys):
        return RowUnit(entered_unit, factor, base_unit)
    return RowUnit("", ONE, base_unit)


def qty_cell(parent: QWidget, value: Decimal | None) -> DecimalEdit:
    """A quantity typed into a dialog's table (3 places)."""
    edit = DecimalEdit(3, parent=parent)
    edit.setValue(value)
    edit.setFrame(False)
    return edit


def show_base_beside(
    table: QTableWidget,
    row: int,
    column: int,
    edit: DecimalEdit,
    factor: Decimal | Callable[[], Decimal],
    base: str,
    *,
    limit: Callable[[], Decimal | None] | None = None,
) -> None:
    """Keep cell (``row``, ``column``) saying what ``edit``'s quantity is in the base unit, as it
    is typed ("= 48 瓶"); nothing when the line is in the base unit. Red when the base quantity
    is more than ``limit()`` (what the bin holds): the shortfall is always counted in base units.
    ``factor`` may be a function (a row whose unit can be changed: emit ``edit.textChanged``
    when it is)."""
    factor_now = factor if callable(factor) else lambda: factor

    def update() -> None:
        entered = edit.value() if edit.is_valid() else None
        factor = factor_now()
        cell = QTableWidgetItem(base_text(entered, factor, base))
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        most = limit() if limit is not None else None
        if entered is not None and most is not None and entered * factor > most:
            cell.setForeground(QBrush(RED))
        table.setItem(row, column, cell)

    edit.textChanged.connect(lambda _t: update())
    update()


def add_unit_columns(table: QTableWidget, after: int) -> tuple[int, int]:
    """Add the unit and base-quantity columns at the end of ``table`` (the other columns keep
    their numbers) and show them right after column ``after`` (the quantity typed)."""
    unit_column = table.columnCount()
    table.setColumnCount(unit_column + 2)
    table.setHorizontalHeaderItem(unit_column, QTableWidgetItem(tr("Unit")))
    table.setHorizontalHeaderItem(unit_column + 1, QTableWidgetItem(tr("Base qty")))
    table.setColumnWidth(unit_column, 50)
    table.setColumnWidth(unit_column + 1, 90)
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(unit_column), header.visualIndex(after) + 1)
    header.moveSection(header.visualIndex(unit_column + 1), header.visualIndex(unit_column) + 1)
    return unit_column, unit_column + 1
