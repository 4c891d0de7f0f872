"""Matrix entry of a template's variants (颜色 × 尺码): rows are the first dimension's values,
columns the second's; the user types quantities in the cells and gets one document line per
non-zero cell.

Keys (usable without a mouse at 1366×768): the cursor starts in the first cell; Enter moves to
the next cell of the row, then to the next row's first cell; after the last cell, to OK (Enter
there adds the lines). ↑ ↓ ← → move between cells (← → at the start / end of a cell's text);
Ctrl+Enter adds the lines from anywhere; Esc closes without adding anything. A combination the
template has no variant for is greyed out and skipped.

``choose_template`` finds the template the user meant (by exact code, else one search hit, else a
short list to pick from with ↑ ↓ Enter).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...services import masterdata
from ..formatting import qty_text
from ..widgets.decimal_edit import DecimalEdit

MATRIX_KEY = Qt.Key.Key_F7  # on a document's line grid: enter a template's variants as a matrix
MATRIX_KEY_TEXT = "F7"


class MatrixDialog(QDialog):
    """Quantities for a template's variants; ``lines()`` after ``exec()`` gives (product id, qty)."""

    def __init__(self, matrix: masterdata.VariantMatrix, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix = matrix
        self.setWindowTitle(tr("Enter by matrix: {code} {name}", code=matrix.code, name=matrix.name))
        self.setModal(True)
        layout = QVBoxLayout(self)
        title = matrix.row_title if not matrix.column_title else f"{matrix.row_title} × {matrix.column_title}"
        self.title_label = QLabel(
            tr(
                "{code} {name} — {dimensions}. Type the quantities; Enter moves to the next cell, Ctrl+Enter adds the lines.",
                code=matrix.code,
                name=matrix.name,
                dimensions=title,
            )
        )
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        n_cols = len(matrix.columns)
        self.table = QTableWidget(len(matrix.rows), n_cols + 1, self)
        self.table.setHorizontalHeaderLabels([*matrix.columns, tr("Total")])
        self.table.setVerticalHeaderLabels(list(matrix.rows))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.edits: dict[tuple[int, int], DecimalEdit] = {}
        self.order: list[tuple[int, int]] = []
        for r in range(len(matrix.rows)):
            for c in range(n_cols):
                edit = DecimalEdit(3, parent=self.table)
                edit.setFrame(False)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if matrix.cells[r][c] is None:
                    edit.setEnabled(False)
                    edit.setPlaceholderText("—")
                else:
                    edit.setToolTip(matrix.codes[r][c])
                    edit.textEdited.connect(lambda _t: self._update_totals())
                    edit.installEventFilter(self)
                    self.edits[(r, c)] = edit
                    self.order.append((r, c))
                self.table.setCellWidget(r, c, edit)
            self.table.setItem(r, n_cols, self._total_item(""))
        layout.addWidget(self.table)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Add lines"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        width = min(1200, 140 + 80 * (n_cols + 1))
        height = min(640, 170 + 28 * len(matrix.rows))
        self.resize(max(480, width), height)
        self._update_totals()
        if self.order:
            self.edits[self.order[0]].setFocus()

    @staticmethod
    def _total_item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable & ~Qt.ItemFlag.ItemIsSelectable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    # --- values ------------------------------------------------------------------------
    def quantities(self) -> dict[tuple[int, int], Decimal | str | None]:
        """Each cell's quantity; the text itself where it is no valid quantity (a negative, a
        typo), so that ``lines`` refuses it naming the cell instead of skipping it."""
        return {cell: edit.value() if edit.is_valid() else edit.text() for cell, edit in self.edits.items()}

    def set_quantity(self, row: int, column: int, qty: Decimal | None) -> None:
        self.edits[(row, column)].setText("" if qty is None else qty_text(qty).replace(",", ""))
        self._update_totals()

    def lines(self) -> list[tuple[Any, Decimal]]:
        """(product id, quantity) per non-zero cell, row by row (raises ValidationError)."""
        return masterdata.matrix_lines(self.matrix, self.quantities())

    def _update_totals(self) -> None:
        n_cols = len(self.matrix.columns)
        total = Decimal(0)
        for r in range(len(self.matrix.rows)):
            row_total = sum(
                (q for (rr, _c), q in self.quantities().items() if rr == r and isinstance(q, Decimal)), Decimal(0)
            )
            total += row_total
            self.table.setItem(r, n_cols, self._total_item(qty_text(row_total) if row_total else ""))
        self.total_label.setText(tr("Total quantity: {qty}", qty=qty_text(total)))

    # --- keys ---------------------------------------------------------------------------
    def _focus(self, cell: tuple[int, int]) -> None:
        edit = self.edits[cell]
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()
        self.table.scrollTo(self.table.model().index(*cell))

    def _step(self, cell: tuple[int, int], dr: int, dc: int) -> bool:
        r, c = cell
        while True:
            r, c = r + dr, c + dc
            if not (0 <= r < len(self.matrix.rows) and 0 <= c < len(self.matrix.columns)):
                return False
            if (r, c) in self.edits:
                self._focus((r, c))
                return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(obj, event)
        cell = next((k for k, e in self.edits.items() if e is obj), None)
        if cell is None:
            return super().eventFilter(obj, event)
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.reject()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.accept()
                return True
            i = self.order.index(cell)
            if i + 1 < len(self.order):
                self._focus(self.order[i + 1])
            else:
                self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        edit = self.edits[cell]
        if key == Qt.Key.Key_Up:
            return self._step(cell, -1, 0) or True
        if key == Qt.Key.Key_Down:
            return self._step(cell, 1, 0) or True
        if key == Qt.Key.Key_Left and edit.cursorPosition() == 0 and not edit.hasSelectedText():
            return self._step(cell, 0, -1) or True
        if key == Qt.Key.Key_Right and edit.cursorPosition() == len(edit.text()) and not edit.hasSelectedText():
            return self._step(cell, 0, 1) or True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        from ..errors import show_error

        try:
            self.lines()
        except Exception as error:  # a ValidationError names the cell; the dialog stays open
            show_error(self, error)
            return
        super().accept()


class TemplateChooser(QDialog):
    """A short list of templates to pick one from (↑ ↓ Enter; Esc: none)."""

    def __init__(self, rows: list[masterdata.TemplateRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Choose a product template"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        for row in rows:
            item = QListWidgetItem(f"{row.code}  {row.name}  ({row.dimensions}, {row.variants})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        self.resize(460, 320)

    def chosen(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def find_template(ctx: Any, text: str) -> Any:
    """The id of the template ``text`` names exactly (its code), else None."""
    text = text.strip()
    if not text:
        return None
    found = masterdata.get_template_by_code(ctx.uow, text)
    return found.id if found is not None and found.active else None


def choose_template(ctx: Any, text: str, parent: QWidget | None) -> Any:
    """The template the user means by ``text``: its exact code, the one search hit, or the one
    picked from a list of hits (all templates when ``text`` is empty). None when there is none."""
    exact = find_template(ctx, text)
    if exact is not None:
        return exact
    rows = masterdata.list_templates(ctx.uow, search=text.strip(), active=True)
    if not rows:
        from ...errors import NotFound
        from ..errors import show_error

        show_error(parent, NotFound(tr("No product template matches {text}.", text=text.strip() or "…")))
        return None
    if len(rows) == 1:
        return rows[0].id
    chooser = TemplateChooser(rows, parent)
    return chooser.chosen() if chooser.exec() == QDialog.DialogCode.Accepted else None


def enter_matrix(ctx: Any, template_id: Any, parent: QWidget | None) -> list[tuple[Any, Decimal]]:
    """Open the matrix of a template; the (product brief, quantity) of every non-zero cell, or
    nothing when the user closed it."""
    matrix = masterdata.variant_matrix(ctx.uow, template_id)
    dialog = MatrixDialog(matrix, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    lines = dialog.lines()
    briefs = masterdata.get_product_briefs(ctx.uow, [pid for pid, _q in lines])
    return [(briefs[pid], qty) for pid, qty in lines if pid in briefs]
