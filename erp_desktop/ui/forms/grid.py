"""The line grid of a document form (单据明细): a table the user types into.

- Every editable cell is an editor widget (a ``DecimalEdit`` for numbers): values are ``Decimal``.
- Enter moves to the next editable cell of the line; on the line's last one, to the product cell
  of the new line at the bottom (a ``ProductPicker``). ↑/↓ move to the same cell of the line above
  or below.
- A barcode scanner types the code fast and ends with Enter: in the product cell that adds the
  product, or adds 1 to its line (``product_entered(brief, scanned=True)``); the cursor stays in the
  product cell for the next scan. A product picked by hand moves the cursor to its quantity.
- Delete on a line's product cell, in an empty number cell, or Ctrl+Delete anywhere on the line,
  removes the line after asking.
- Money and prices show two decimals (more only when the price has them).
- 多单位: a ``unit`` column is a picker of the line's product's units (``values["unit_choices"]``:
  (name, factor) pairs, the base unit first with factor 1; ``values["unit"]``: the chosen one, ""
  for the base). Enter reaches it like any cell; the digit keys 1–9 choose the 1st–9th unit, F4
  or Alt+↓ opens the list.
- Variants (颜色 × 尺码): a product template's code + Enter in the product cell, or F7 there (with
  part of a template's code or name, or nothing), opens the matrix of its variants
  (``forms.matrix``); every non-zero cell becomes a line, as if its product was picked and its
  quantity typed (``product_entered`` then the quantity set when the form adds the line).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...i18n import tr
from ..formatting import money_text, price_text, qty_text
from ..widgets.decimal_edit import DecimalEdit
from .matrix import MATRIX_KEY, choose_template, enter_matrix, find_template

RED = QColor("#c62828")
ROW_HEIGHT = 26
SCAN_GAP_S = 0.035  # a scanner types a key every few ms; people need far more than 35 ms
SCAN_MIN_CHARS = 4


@dataclass(frozen=True)
class GridColumn:
    """``kind``: product · qty · price · money · percent · text · unit. Number kinds that are
    ``editable`` get a ``DecimalEdit`` with ``places`` decimals; an editable ``unit`` a picker of
    the product's units; the rest show text."""

    key: str
    title: str
    kind: str = "text"
    editable: bool = False
    places: int = 2
    width: int = 80
    stretch: bool = False


def number_text(kind: str, value: Decimal | None) -> str:
    """How a grid shows a number: money/prices with two decimals, quantities without trailing zeros."""
    if value is None:
        return ""
    if kind == "money":
        return money_text(value)
    if kind == "price":
        return price_text(value).replace(",", "")
    if kind == "qty":
        return qty_text(value).replace(",", "")
    text = f"{value.normalize():f}"
    return text


class _ScanWatch:
    """Tells a scanner's burst from typing: every key of the text came within ``SCAN_GAP_S`` of
    the end of the previous key's handling (so a slow search after each key is not counted)."""

    def __init__(self) -> None:
        self.last = 0.0
        self.burst = 0

    def key(self) -> None:
        now = time.monotonic()
        self.burst = self.burst + 1 if now - self.last <= SCAN_GAP_S else 1
        self.last = now

    def processed(self) -> None:
        """The key's handling (the picker's search) is over: the gap to the next key starts now."""
        self.last = time.monotonic()

    def scanned(self, text: str) -> bool:
        fast = time.monotonic() - self.last <= SCAN_GAP_S * 3
        return fast and self.burst >= max(SCAN_MIN_CHARS, len(text))

    def reset(self) -> None:
        self.burst = 0


class LineGrid(QTableWidget):
    """The lines, then (while editable) one new line whose product cell is a product picker."""

    product_entered = Signal(object, bool)  # the product brief, scanned
    value_edited = Signal(int, str)  # row, column key
    cell_committed = Signal(int, str)  # Enter left this cell (row, column key)
    line_removed = Signal(int)

    def __init__(
        self,
        ctx: Any,
        columns: list[GridColumn],
        parent: QWidget | None = None,
        *,
        picker_factory: Callable[[Any, QWidget], QLineEdit] | None = None,
        ask: Callable[[QWidget, str], bool] | None = None,
    ):
        super().__init__(0, len(columns), parent)
        self.ctx = ctx
        self.columns = list(columns)
        self.keys = [c.key for c in columns]
        self.products: list[Any] = []  # the product brief of each line
        self._editable = False
        self._read_only_keys: set[str] = set()
        self._picker_factory = picker_factory
        self._ask = ask
        self._scan = _ScanWatch()
        self._enter_text = ""
        self._enter_scanned = False
        self._pending_qty: dict[Any, list[Decimal]] = {}  # product id → quantities a matrix entered
        self.picker: QLineEdit | None = None
        self.setHorizontalHeaderLabels([c.title for c in columns])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(True)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for i, column in enumerate(columns):
            self.setColumnWidth(i, column.width)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        # room for ten lines and the header, whatever the window
        self.setMinimumHeight(ROW_HEIGHT * 11 + 8)

    # --- shape -------------------------------------------------------------------------------
    def col(self, key: str) -> int:
        return self.keys.index(key)

    @property
    def line_count(self) -> int:
        return len(self.products)

    def visible_rows(self) -> int:
        """How many lines the grid shows at its present size."""
        return max(0, self.viewport().height() // self.verticalHeader().defaultSectionSize())

    def set_editable(self, editable: bool, *, read_only_keys: set[str] | frozenset[str] = frozenset()) -> None:
        """While editable, a new line waits at the bottom; ``read_only_keys`` stay read-only."""
        self._editable = editable
        self._read_only_keys = set(read_only_keys)
        for row in range(self.line_count):
            for i, column in enumerate(self.columns):
                widget = self.cellWidget(row, i)
                if isinstance(widget, DecimalEdit):
                    widget.setReadOnly(not editable or column.key in self._read_only_keys)
                elif isinstance(widget, QComboBox):
                    widget.setEnabled(editable and column.key not in self._read_only_keys)
        self._sync_new_line()

    def _sync_new_line(self) -> None:
        has = self.rowCount() > self.line_count
        if self._editable and not has:
            row = self.rowCount()
            self.insertRow(row)
            self.setVerticalHeaderItem(row, QTableWidgetItem("*"))
            picker = self._make_picker()
            self.picker = picker
            self.setCellWidget(row, self.col("product"), picker)
            for i in range(len(self.columns)):
                if i != self.col("product"):
                    self.setItem(row, i, self._item(""))
        elif not self._editable and has:
            self.removeRow(self.rowCount() - 1)
            self.picker = None

    def _make_picker(self) -> QLineEdit:
        if self._picker_factory is not None:
            picker = self._picker_factory(self.ctx, self)
        else:
            from ..widgets.pickers import ProductPicker

            picker = ProductPicker(self.ctx, self)
        picker.setFrame(False)
        picker.picked.connect(self._on_picked)  # type: ignore[attr-defined]
        picker.textEdited.connect(lambda _t: self._scan.processed())  # after the picker's own search
        picker.installEventFilter(self)
        return picker

    def clear_lines(self) -> None:
        self.products = []
        self.picker = None
        self.setRowCount(0)
        self._sync_new_line()

    # --- lines -------------------------------------------------------------------------------
    def add_line(self, product: Any, values: dict[str, Any], *, focus: str | None = None) -> int:
        """Append a line for ``product``; ``values`` by column key (Decimal for numbers, str for
        text). ``focus``: the column key to put the cursor in (None: leave it)."""
        row = self.line_count
        self.insertRow(row)
        from_matrix = self._fill_line(row, product, values)
        for r in range(self.line_count, self.rowCount()):
            self.setVerticalHeaderItem(r, QTableWidgetItem("*"))
        if focus is not None:
            self.focus_cell(row, focus)
        if from_matrix:  # as if the quantity was typed: the form recomputes the line
            self.value_edited.emit(row, "qty")
        return row

    def add_lines(self, lines: list[tuple[Any, dict[str, Any]]]) -> None:
        """``add_line`` for a whole document (a form opening): the rows are made in one step
        when no new line waits at the bottom (inserting them one by one above it costs a layout each)."""
        if self.rowCount() != self.line_count:
            for product, values in lines:
                self.add_line(product, values)
            return
        first = self.line_count
        self.setRowCount(first + len(lines))
        for offset, (product, values) in enumerate(lines):
            self._fill_line(first + offset, product, values)

    def can_refill(self, products: list[Any], editable: bool, read_only_keys: set[str] | frozenset[str]) -> bool:
        """Whether ``refill`` can show these lines: the same products in the same order, the same
        editability (a saved draft reloaded after Ctrl+S)."""
        return (
            self.products == list(products)
            and self._editable == editable
            and self._read_only_keys == set(read_only_keys)
            and self.rowCount() == self.line_count + (1 if editable else 0)
        )

    def refill(self, values: list[dict[str, Any]]) -> None:
        """New values for the lines shown (one dict per line, as ``add_line`` takes them), in the
        widgets already there: rebuilding the rows costs more than the save they follow."""
        for row, line_values in enumerate(values):
            for i, column in enumerate(self.columns):
                if column.key == "product":
                    continue
                value = line_values.get(column.key)
                widget = self.cellWidget(row, i)
                if isinstance(widget, DecimalEdit):
                    widget.setText(number_text(column.kind, value))
                elif isinstance(widget, QComboBox):
                    self._choose(widget, str(value or ""))
                else:
                    self.set_cell(row, column.key, value)

    def _fill_line(self, row: int, product: Any, values: dict[str, Any]) -> bool:
        """Make the widgets of a line; True when its quantity came from a matrix cell."""
        pending = self._pending_qty.get(getattr(product, "id", None))
        from_matrix = bool(pending) and "qty" in self.keys
        if pending and from_matrix:
            values = {**values, "qty": pending.pop(0)}  # a matrix cell's quantity, not the form's 1
        self.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
        self.products.append(product)
        label = getattr(product, "label", str(product))
        product_cell = QLineEdit(label, self)
        product_cell.setReadOnly(True)
        product_cell.setFrame(False)
        product_cell.setCursorPosition(0)
        product_cell.setToolTip(label)
        product_cell.installEventFilter(self)
        self.setItem(row, self.col("product"), self._item(label))
        self.setCellWidget(row, self.col("product"), product_cell)
        for i, column in enumerate(self.columns):
            if column.key == "product":
                continue
            value = values.get(column.key)
            if column.editable and column.kind in ("qty", "price", "money", "percent"):
                edit = DecimalEdit(column.places, parent=self)
                edit.setFrame(False)
                edit.setText(number_text(column.kind, value))
                edit.setReadOnly(not self._editable or column.key in self._read_only_keys)
                edit.textEdited.connect(lambda _t, e=edit, k=column.key: self._on_edited(e, k))
                edit.installEventFilter(self)
                self.setCellWidget(row, i, edit)
            elif column.editable and column.kind == "unit":
                combo = self._unit_picker(column.key, values)
                self.setCellWidget(row, i, combo)
                # "2 箱 ×24" whole: the column widens to its longest choice (70 px clipped the ×24)
                if self.columnWidth(i) < combo.sizeHint().width():
                    self.setColumnWidth(i, combo.sizeHint().width())
            else:
                self.set_cell(row, column.key, value)
        return from_matrix

    def _unit_picker(self, key: str, values: dict[str, Any]) -> QComboBox:
        combo = QComboBox(self)
        combo.setFrame(False)
        choices = values.get("unit_choices") or [(values.get("base_unit") or "", Decimal(1))]
        for n, (name, factor) in enumerate(choices):
            base = n == 0
            text = name if base else f"{name} ×{factor.normalize():f}"
            combo.addItem(f"{n + 1} {text}".strip(), "" if base else name)
        self._choose(combo, str(values.get(key) or ""))
        combo.setEnabled(self._editable and key not in self._read_only_keys)
        combo.currentIndexChanged.connect(lambda _i, c=combo, k=key: self._on_edited(c, k))
        combo.installEventFilter(self)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, unit: str) -> None:
        index = combo.findData(unit)
        combo.blockSignals(True)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def unit(self, row: int, key: str = "unit") -> str:
        """The unit chosen on the line ("" = the base unit, also when the grid has no unit column)."""
        if key not in self.keys:
            return ""
        widget = self.cellWidget(row, self.col(key))
        return str(widget.currentData() or "") if isinstance(widget, QComboBox) else ""

    def set_unit(self, row: int, unit: str, key: str = "unit") -> None:
        """Choose ``unit`` ("" = the base unit) on the line without it counting as an edit."""
        widget = self.cellWidget(row, self.col(key)) if key in self.keys else None
        if isinstance(widget, QComboBox):
            self._choose(widget, unit)

    def remove_line(self, row: int) -> None:
        if 0 <= row < self.line_count:
            del self.products[row]
            self.removeRow(row)
            for r in range(self.line_count):
                self.setVerticalHeaderItem(r, QTableWidgetItem(str(r + 1)))
            self.line_removed.emit(row)

    def find_line(self, product_id: Any) -> int:
        for row, product in enumerate(self.products):
            if getattr(product, "id", None) == product_id:
                return row
        return -1

    def editor(self, row: int, key: str) -> DecimalEdit | None:
        widget = self.cellWidget(row, self.col(key))
        return widget if isinstance(widget, DecimalEdit) else None

    def value(self, row: int, key: str) -> Decimal | None:
        edit = self.editor(row, key)
        if edit is not None:
            return edit.value()
        return None

    def set_value(self, row: int, key: str, value: Decimal | None) -> None:
        edit = self.editor(row, key)
        column = self.columns[self.col(key)]
        if edit is not None:
            edit.setText(number_text(column.kind, value))
        else:
            self.set_cell(row, key, value)

    def increment(self, row: int, key: str = "qty", by: Decimal = Decimal(1)) -> None:
        current = self.value(row, key) or Decimal(0)
        self.set_value(row, key, current + by)
        self.value_edited.emit(row, key)

    def set_cell(self, row: int, key: str, value: Any, *, warn: bool = False, tooltip: str = "") -> None:
        column = self.columns[self.col(key)]
        text = number_text(column.kind, value) if isinstance(value, Decimal) else ("" if value is None else str(value))
        cell = self._item(text, numeric=isinstance(value, Decimal) or column.kind in ("qty", "price", "money"))
        if warn:
            cell.setForeground(QBrush(RED))
        if tooltip:
            cell.setToolTip(tooltip)
        self.setItem(row, self.col(key), cell)

    @staticmethod
    def _item(text: str, *, numeric: bool = False) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if numeric:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell

    # --- focus -------------------------------------------------------------------------------
    def focus_cell(self, row: int, key: str) -> None:
        widget = self.cellWidget(row, self.col(key))
        self.setCurrentCell(row, self.col(key))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
            self.scrollTo(self.model().index(row, self.col(key)))

    def focus_new_line(self) -> None:
        if self.picker is not None:
            self.focus_cell(self.rowCount() - 1, "product")

    def _editable_keys(self, row: int) -> list[str]:
        keys = []
        for column in self.columns:
            edit = self.editor(row, column.key)
            if edit is not None and not edit.isReadOnly():
                keys.append(column.key)
            elif column.kind == "unit":
                combo = self.cellWidget(row, self.col(column.key))
                if isinstance(combo, QComboBox) and combo.isEnabled() and combo.count() > 1:
                    keys.append(column.key)
        return keys

    def focus_position(self) -> tuple[int | str, str] | None:
        """Where the cursor is in the grid (``("new", "")`` the new line, ``(row, key)`` a cell,
        ``("grid", "")`` the grid itself), None when it is elsewhere: for ``restore_focus``."""
        widget = QApplication.focusWidget()
        if widget is None or not (widget is self or self.isAncestorOf(widget)):
            return None
        if widget is self.picker:
            return ("new", "")
        return self._position(widget) or ("grid", "")

    def restore_focus(self, where: tuple[int | str, str] | None) -> None:
        """Put the cursor back where ``focus_position`` found it, once the rows were made again
        (a saved form reloads: the typing goes on where it was, not nowhere)."""
        if where is None:
            return
        row, key = where
        if isinstance(row, int) and row < self.line_count and self.cellWidget(row, self.col(key)) is not None:
            self.focus_cell(row, key)
        elif row != "grid" and self.picker is not None:
            self.focus_new_line()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _position(self, widget: QObject) -> tuple[int, str] | None:
        for row in range(self.rowCount()):
            for i in range(len(self.columns)):
                if self.cellWidget(row, i) is widget:
                    return row, self.keys[i]
        return None

    def _next(self, row: int, key: str) -> None:
        keys = self._editable_keys(row)
        later = keys[keys.index(key) + 1 :] if key in keys else keys
        if later:
            self.focus_cell(row, later[0])
        elif self._editable:
            self.focus_new_line()

    def _move_row(self, row: int, key: str, step: int) -> bool:
        target = row + step
        if not (0 <= target < self.rowCount()):
            return False
        if target >= self.line_count:
            self.focus_new_line()
            return True
        if self.cellWidget(target, self.col(key)) is None:
            key = "product"
        self.focus_cell(target, key)
        return True

    # --- keys --------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(obj, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            event.ignore()  # a unit picker keeps no shortcut to itself: Ctrl+S saves from it too
            return True
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        key, mods = event.key(), event.modifiers()
        if obj is self.picker:
            return self._picker_key(event)
        where = self._position(obj)
        if where is None:
            return super().eventFilter(obj, event)
        row, column = where
        if isinstance(obj, QComboBox) and mods & Qt.KeyboardModifier.ControlModifier:
            # a combo box takes Ctrl+<letter> for its own search: the form's keys (Ctrl+S …) go on up
            parent = self.parentWidget()
            if parent is not None:
                QApplication.sendEvent(parent, event)
            return True
        if isinstance(obj, QComboBox) and not mods and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < obj.count():
                obj.setCurrentIndex(index)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.cell_committed.emit(row, column)
            self._next(row, column)
            return True
        if key == Qt.Key.Key_Up and not mods:
            return self._move_row(row, column, -1)
        if key == Qt.Key.Key_Down and not mods:
            return self._move_row(row, column, 1)
        if key == Qt.Key.Key_Delete and self._editable:
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            empty = isinstance(obj, QLineEdit) and (obj.isReadOnly() or not obj.text())
            if ctrl or empty:
                self.request_remove(row)
                return True
        return super().eventFilter(obj, event)

    def _picker_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        picker = self.picker
        assert picker is not None
        if key == MATRIX_KEY:
            self.open_matrix(picker.text(), exact=False)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter_text = picker.text().strip()
            self._enter_scanned = self._scan.scanned(self._enter_text)
            self._scan.reset()
            if self._is_template_code(self._enter_text):  # typed or scanned: no product has it
                self.open_matrix(self._enter_text, exact=True)
                return True
            return False  # the picker looks the code up and picks
        if key == Qt.Key.Key_Up and self.line_count and not self._popup_visible(picker):
            self.focus_cell(self.line_count - 1, "product")
            return True
        if event.text() and event.text().isprintable():
            self._scan.key()
        return False

    @staticmethod
    def _popup_visible(picker: QLineEdit) -> bool:
        completer = getattr(picker, "completer_popup", None)
        popup = completer.popup() if completer is not None else None
        return bool(popup is not None and popup.isVisible())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self._editable and 0 <= self.currentRow() < self.line_count:
            self.request_remove(self.currentRow())
            return
        super().keyPressEvent(event)

    def request_remove(self, row: int) -> None:
        if not (self._editable and 0 <= row < self.line_count):
            return
        label = getattr(self.products[row], "label", "")
        question = tr("Remove line {row} ({product})?", row=row + 1, product=label)
        if self._ask is not None:
            ok = self._ask(self, question)
        else:
            from ..errors import ask

            ok = ask(self, question)
        if ok:
            self.remove_line(row)
            if self.line_count:
                self.focus_cell(min(row, self.line_count - 1), "product")
            else:
                self.focus_new_line()

    # --- variants by matrix ---------------------------------------------------------------
    def _is_template_code(self, text: str) -> bool:
        """``text`` is a template's code and no product's code or barcode (a product wins)."""
        uow = getattr(self.ctx, "uow", None)
        if not text or uow is None or self.picker is None:
            return False
        from ...services import masterdata

        return find_template(self.ctx, text) is not None and masterdata.find_product(uow, text) is None

    def open_matrix(self, text: str = "", *, exact: bool = False) -> int:
        """Enter a template's variants as a matrix: the template ``text`` names (choosing among
        matches unless ``exact``); adds a line per non-zero cell. Returns how many lines."""
        if not self._editable or self.picker is None:
            return 0
        from ..errors import show_error

        try:
            template = find_template(self.ctx, text) if exact else choose_template(self.ctx, text, self)
            if template is None:
                return 0
            entered = self.matrix_opener(self.ctx, template, self)
        except Exception as error:
            show_error(self, error)
            return 0
        if self.picker is not None:
            self.picker.clear()
        self._pending_qty = {}
        for brief, qty in entered:  # the form adds each line, now or when its lookups come back
            self._pending_qty.setdefault(brief.id, []).append(qty)
            self.product_entered.emit(brief, False)
        self.focus_new_line()
        return len(entered)

    matrix_opener: Callable[[Any, Any, QWidget], list[tuple[Any, Decimal]]] = staticmethod(enter_matrix)

    # --- picking -----------------------------------------------------------------------------
    def _on_picked(self, brief: Any) -> None:
        text, scanned = self._enter_text, self._enter_scanned
        self._enter_text, self._enter_scanned = "", False
        codes = {getattr(brief, "code", None), getattr(brief, "barcode", None)}
        scanned = scanned and bool(text) and (text in codes or self._is_barcode_of(brief, text))
        if self.picker is not None:
            self.picker.clear()
        self.product_entered.emit(brief, scanned)

    def _is_barcode_of(self, brief: Any, text: str) -> bool:
        """A code the product's own code is not: a barcode (the picker matched it exactly)."""
        return bool(text) and text != getattr(brief, "label", None) and text.isdigit()

    def _on_edited(self, edit: QWidget, key: str) -> None:
        where = self._position(edit)
        if where is not None:
            self.value_edited.emit(where[0], key)
