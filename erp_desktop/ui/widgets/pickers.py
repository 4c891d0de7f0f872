"""Pickers every document screen uses: product, customer, supplier, warehouse, bin, account, staff.

Each is a line edit with a popup list that searches as you type: products by code, name, spec,
barcode and 助记码 (pinyin initials, ``kkkl`` finds 可口可乐), parties by code, name, phone and 助记码,
the small lists (warehouses, bins, accounts, staff) by code, name and 助记码. The keyboard contract:

- ↓ / ↑ move the highlight in the popup (↓ opens it again after Esc);
- Enter or Tab picks the highlighted row (Tab then moves on, as it always does);
- Enter on an exact code or barcode picks it at once, which is what a barcode scanner does (it
  types the code, then Enter) — unless the user moved the highlight, which wins;
- when nothing matches the popup says so, and Enter / Tab pick nothing;
- Esc closes the popup (and only the popup: a second Esc reaches the form).

The product popup shows each product's sale price and stock on hand. Searches run through
``ctx.query``; a result that arrives after newer typing is dropped. ``BinPicker`` (a warehouse
combo and a bin combo) stays for the screens that pick a bin inside a chosen warehouse.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata

from ...i18n import tr
from ..context import AppContext
from ..formatting import price_text, qty_text
from .screen import available_area


def find_data(combo: QComboBox, value: Any) -> int:
    """Index of the item whose data equals ``value`` (QComboBox.findData compares Python objects
    such as UUIDs by identity, not equality); -1 if none."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


class PickerPopup(QFrame):
    """The list under a picker: a table that never takes the focus (typing stays in the line edit),
    rows of cells, one highlighted; or a single message line ("no match")."""

    clicked_row = Signal(int)

    def __init__(self, owner: QLineEdit):
        super().__init__(
            owner,
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.owner = owner
        self.model = QStandardItemModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)  # the highlight spans the popup
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.clicked.connect(lambda index: self.clicked_row.emit(index.row()))
        self.message_label = QLabel(self)
        self.message_label.setContentsMargins(6, 4, 6, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table)
        self._rows = 0
        self._typing_in_owner = False  # shown while the user types in the owner's active window

    def show_rows(self, headers: list[str], rows: list[list[str]], aligns: list[bool]) -> None:
        """Show ``rows`` (cells as text; ``aligns[i]`` right-aligns column i) with row 0 highlighted."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for cells in rows:
            items = []
            for i, text in enumerate(cells):
                item = QStandardItem(text)
                if i < len(aligns) and aligns[i]:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            self.model.appendRow(items)
        self._rows = len(rows)
        self.message_label.hide()
        self.table.show()
        self.table.horizontalHeader().setVisible(len(headers) > 1)
        self.table.resizeColumnsToContents()
        self.set_row(0)
        self._place(visible_rows=min(len(rows), 12))

    def show_message(self, text: str) -> None:
        self.model.clear()
        self._rows = 0
        self.table.hide()
        self.message_label.setText(text)
        self.message_label.show()
        self._place(visible_rows=0)

    def row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def set_row(self, row: int) -> None:
        if 0 <= row < self._rows:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)

    def step(self, step: int) -> None:
        if self._rows:
            self.set_row(max(0, min(self._rows - 1, self.row() + step)))

    def row_count(self) -> int:
        return self._rows

    def texts(self) -> list[str]:
        """The first cell of every row (tests, screen readers)."""
        return [self.model.item(r, 0).text() for r in range(self._rows)]

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if event.type() == QEvent.Type.WindowActivate and self._typing_in_owner and self.isVisible():
            # a platform that activates a window refusing the focus (the offscreen one does) when
            # it shows left nothing focused, and the user's next keys went nowhere: hand activation
            # back to the window being typed in (only that: never steal it from another window)
            owner_window = self.owner.window()
            if owner_window is not self and owner_window.isVisible():
                owner_window.activateWindow()
                self.owner.setFocus(Qt.FocusReason.PopupFocusReason)
        elif event.type() == QEvent.Type.Hide:
            self._typing_in_owner = False
        return super().event(event)

    def _place(self, *, visible_rows: int) -> None:
        owner = self.owner
        width = max(owner.width(), self.table.horizontalHeader().length() + 24 if self._rows else 0, 240)
        row_h = self.table.verticalHeader().defaultSectionSize()
        header_h = self.table.horizontalHeader().height() if self.table.horizontalHeader().isVisible() else 0
        height = header_h + row_h * visible_rows + 6 if visible_rows else self.message_label.sizeHint().height() + 4
        screen = available_area(owner)
        at = owner.mapToGlobal(QPoint(0, owner.height()))
        if screen is not None:
            width = min(width, screen.width())
            if at.y() + height > screen.bottom():  # no room below: open above the field
                at = owner.mapToGlobal(QPoint(0, 0)) - QPoint(0, height)
            at.setX(max(screen.left(), min(at.x(), screen.right() - width)))
        self.setGeometry(at.x(), at.y(), width, height)
        self._typing_in_owner = owner.hasFocus() and owner.window().isActiveWindow()
        self.show()
        self.raise_()


class _SearchPicker(QLineEdit):
    """A line edit with a popup fed by a search. Subclasses give ``_search(text)`` (a list of
    briefs with ``label``) and ``_exact(text)`` (the brief whose code/barcode is exactly ``text``
    or None), both run off the GUI thread, and may give ``_cells(brief)`` / ``_headers()`` for a
    popup of several columns."""

    picked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._current: Any = None
        self._results: list[Any] = []
        self._results_for = ""  # the text the shown results answer
        self._navigated = False  # the user moved the highlight since the results came
        self._seq = 0
        self.setClearButtonEnabled(True)
        self.popup = PickerPopup(self)
        self.popup.clicked_row.connect(self._on_popup_clicked_row)
        self.textEdited.connect(self._on_text_edited)

    # --- subclass hooks (``_search`` / ``_exact`` run in a worker) ---------------------
    def _search(self, text: str) -> list[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _exact(self, text: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _headers(self) -> list[str]:
        return [""]

    def _cells(self, brief: Any) -> list[str]:
        return [brief.label]

    def _right_aligned(self) -> list[bool]:
        return []

    # --- public -----------------------------------------------------------------------
    def current(self) -> Any:
        return self._current

    def set_current(self, brief: Any) -> None:
        """Show ``brief`` as picked (None clears) without emitting ``picked``."""
        self._current = brief
        self.setText(brief.label if brief is not None else "")
        self.popup.hide()

    def clear(self) -> None:  # noqa: D401 - QLineEdit override
        self._current = None
        self._results = []
        self._results_for = ""
        self.popup.hide()
        super().clear()

    def results(self) -> list[Any]:
        """The briefs shown in the popup now (tests, keyboard users)."""
        return list(self._results)

    def highlighted(self) -> Any:
        row = self.popup.row()
        return self._results[row] if self.popup.isVisible() and 0 <= row < len(self._results) else None

    def popup_texts(self) -> list[str]:
        return self.popup.texts() if self.popup.isVisible() else []

    def popup_message(self) -> str:
        return self.popup.message() if self.popup.isVisible() else ""

    def pick(self, brief: Any) -> None:
        self._current = brief
        self.popup.hide()
        self.setText(brief.label)
        self.picked.emit(brief)

    # --- behaviour --------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        self._current = None
        self._seq += 1
        seq = self._seq
        text = text.strip()
        if not text:
            self._results, self._results_for = [], ""
            self.popup.hide()
            return
        self.ctx.query(lambda: self._search(text), lambda rows: self._on_results(seq, text, rows), self._on_failed)

    def _on_results(self, seq: int, text: str, rows: list[Any], then: Callable[[], None] | None = None) -> None:
        if seq != self._seq:  # older than what the user typed since
            return
        self._show(text, rows)
        if then is not None:
            then()

    def _show(self, text: str, rows: list[Any]) -> None:
        self._results = list(rows)
        self._results_for = text
        self._navigated = False
        if not self.isVisible() or not (self.hasFocus() or QApplication.focusWidget() is None):
            self.popup.hide()  # the user has moved on: no popup over another field
        elif rows:
            self.popup.show_rows(self._headers(), [self._cells(r) for r in rows], self._right_aligned())
        else:
            self.popup.show_message(tr("No match for “{text}”.", text=text))

    def _on_popup_clicked_row(self, row: int) -> None:
        if 0 <= row < len(self._results):
            self.pick(self._results[row])

    def _on_failed(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc)

    def focusOutEvent(self, event) -> None:
        # the popup itself being activated (see PickerPopup.event) is no reason to close it
        if not (event.reason() == Qt.FocusReason.ActiveWindowFocusReason and QApplication.activeWindow() is self.popup):
            self.popup.hide()
        super().focusOutEvent(event)

    def event(self, event) -> bool:
        # Tab is taken for focus moves before keyPressEvent: pick the highlighted row first
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self._current is None
        ):
            brief = self.highlighted()
            if brief is not None and self._results_for == self.text().strip():
                self.pick(brief)
            else:
                self.popup.hide()
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            event.accept()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
            if self.popup.isVisible() and self.popup.row_count():
                self.popup.step(step)
                self._navigated = True
            elif self._results and self._results_for == self.text().strip():
                self._show(self._results_for, self._results)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_enter(self) -> None:
        text = self.text().strip()
        if not text or (self._current is not None and text == self._current.label):
            if not text:
                self.popup.hide()
            return
        chosen = self.highlighted()
        if chosen is not None and self._navigated and self._results_for == text:
            self.pick(chosen)
            return
        self._seq += 1
        seq = self._seq

        def done(brief: Any) -> None:
            if seq != self._seq:
                return
            if brief is not None:
                self.pick(brief)
                return
            if self._results_for == text and self._results:
                row = self.popup.row() if self.popup.isVisible() else 0
                self.pick(self._results[max(row, 0)])
                return

            def searched() -> None:
                if len(self._results) == 1:
                    self.pick(self._results[0])

            self.ctx.query(
                lambda: self._search(text), lambda rows: self._on_results(seq, text, rows, searched), self._on_failed
            )

        self.ctx.query(lambda: self._exact(text), done, self._on_failed)


class ProductPicker(_SearchPicker):
    """Pick a product by code, name, spec, barcode or 助记码; a scanned code + Enter picks at once.
    The popup shows the sale price and the stock on hand in all bins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, active_only: bool = True):
        super().__init__(ctx, parent)
        self.active_only = active_only
        self.setPlaceholderText(tr("Product: code, name, spec, barcode or mnemonic…"))

    def _search(self, text: str) -> list[masterdata.ProductBrief]:
        return masterdata.search_products(self.ctx.uow, text, active_only=self.active_only)

    def _exact(self, text: str) -> masterdata.ProductBrief | None:
        brief = masterdata.find_product(self.ctx.uow, text)
        return brief if brief is not None and (brief.active or not self.active_only) else None

    def _headers(self) -> list[str]:
        return [tr("Product"), tr("Unit"), tr("Price"), tr("On hand")]

    def _cells(self, brief: masterdata.ProductBrief) -> list[str]:
        return [
            brief.label,
            brief.unit,
            price_text(brief.sale_price),
            qty_text(brief.on_hand) if brief.on_hand is not None else "",
        ]

    def _right_aligned(self) -> list[bool]:
        return [False, False, True, True]

    def product(self) -> masterdata.ProductBrief | None:
        return self._current

    def set_product(self, brief: masterdata.ProductBrief | None) -> None:
        self.set_current(brief)


class PartyPicker(_SearchPicker):
    """Pick a customer (kind 'customer') or supplier (kind 'supplier') by code, name, phone or 助记码."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        if kind not in ("customer", "supplier"):
            raise ValueError(kind)
        self.kind = kind
        self.setPlaceholderText(
            tr("Customer: code, name, phone or mnemonic…")
            if kind == "customer"
            else tr("Supplier: code, name, phone or mnemonic…")
        )

    def _search(self, text: str) -> list[masterdata.PartyBrief]:
        return masterdata.search_parties(self.ctx.uow, self.kind, text)

    def _exact(self, text: str) -> masterdata.PartyBrief | None:
        for brief in masterdata.search_parties(self.ctx.uow, self.kind, text, limit=50):
            if brief.code == text:
                return brief
        return None

    def party(self) -> masterdata.PartyBrief | None:
        return self._current

    def set_party(self, brief: masterdata.PartyBrief | None) -> None:
        self.set_current(brief)


@dataclass(frozen=True)
class Choice:
    """One row of a small list picker: what it stands for (``value``), its code and name, and the
    助记码 of its name (computed once when the list loads)."""

    value: Any
    code: str
    name: str
    mnemonic: str = ""
    detail: str = ""  # a second column (a bin's warehouse, a user's role …)

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip() if self.name and self.name != self.code else self.code


class _ListPicker(_SearchPicker):
    """A picker over a small list loaded once (and again when its area changes): filtered in
    memory by code, name and 助记码 on every keystroke, so it answers at once."""

    AREAS: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._choices: list[Choice] = []
        self._loaded = False
        ctx.changed.connect(self._on_ctx_changed)
        self.reload()

    def _load(self) -> list[Choice]:  # pragma: no cover - abstract; runs in a worker
        raise NotImplementedError

    def reload(self) -> None:
        def load() -> list[Choice]:
            return [c if c.mnemonic else replace(c, mnemonic=masterdata.mnemonic_of(c.name)) for c in self._load()]

        def done(choices: list[Choice]) -> None:
            self._choices = choices
            self._loaded = True

        self.ctx.query(load, done, self._on_failed)

    def choices(self) -> list[Choice]:
        return list(self._choices)

    def _search(self, text: str) -> list[Choice]:
        key = text.strip()
        upper = key.upper()
        exact = [c for c in self._choices if c.code == key]
        prefix = [c for c in self._choices if c.mnemonic.startswith(upper) and c not in exact]
        rest = [
            c
            for c in self._choices
            if c not in exact
            and c not in prefix
            and (upper in c.code.upper() or key in c.name or upper in c.name.upper() or upper in c.mnemonic)
        ]
        return (exact + prefix + rest)[:50]

    def _exact(self, text: str) -> Choice | None:
        return next((c for c in self._choices if c.code == text.strip()), None)

    def _headers(self) -> list[str]:
        return [""] if not any(c.detail for c in self._choices) else ["", ""]

    def _cells(self, brief: Choice) -> list[str]:
        return [brief.label, brief.detail] if any(c.detail for c in self._choices) else [brief.label]

    def value(self) -> Any:
        return self._current.value if self._current is not None else None

    def set_value(self, value: Any) -> None:
        """Show the choice standing for ``value`` as picked (None clears)."""
        self.set_current(next((c for c in self._choices if c.value == value), None) if value is not None else None)

    def _on_ctx_changed(self, areas) -> None:
        if any(a in areas for a in self.AREAS):
            self.reload()


class WarehousePicker(_ListPicker):
    """Pick an active warehouse by code, name or 助记码; ``value()`` is its id."""

    AREAS = ("stock", "catalog", "settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setPlaceholderText(tr("Warehouse: code or name…"))

    def _load(self) -> list[Choice]:
        return [Choice(w.id, w.code, w.name) for w in masterdata.list_warehouses(self.ctx.uow)]


class LocationPicker(_ListPicker):
    """Pick a bin of any active warehouse by its code, its name, its warehouse or 助记码; ``value()``
    is the bin's id. (``BinPicker`` is the two-combo form for a bin inside a chosen warehouse.)"""

    AREAS = ("stock", "catalog", "settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, warehouse_id: uuid.UUID | None = None):
        self.warehouse_id = warehouse_id
        super().__init__(ctx, parent)
        self.setPlaceholderText(tr("Bin: code or name…"))

    def _load(self) -> list[Choice]:
        return [
            Choice(b.id, b.code, b.name, detail=w.label)
            for w in masterdata.list_warehouses(self.ctx.uow)
            if self.warehouse_id is None or w.id == self.warehouse_id
            for b in w.bins
            if b.status != "frozen"
        ]


class AccountPicker(_ListPicker):
    """Pick an active account of the chart (科目) by code, name or 助记码; ``value()`` is its code."""

    AREAS = ("finance", "settings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setPlaceholderText(tr("Account: code or name…"))

    def _load(self) -> list[Choice]:
        from erp_desktop.services import finance

        return [Choice(a.code, a.code, a.name) for a in finance.list_accounts(self.ctx.uow, active_only=True)]


class StaffPicker(_ListPicker):
    """Pick a member of staff (an active user: 销售员, 经手人) by login, name or 助记码. ``text()``
    is what a document stores as its salesperson; ``value()`` the user's login name."""

    AREAS = ("settings", "users")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setPlaceholderText(tr("Staff: name or mnemonic…"))

    def _load(self) -> list[Choice]:
        from erp_desktop.services import system

        return [
            Choice(u.username, u.username, u.display_name or u.username, detail=u.role)
            for u in system.list_users(self.ctx.uow)
            if u.active
        ]

    def pick(self, brief: Any) -> None:
        self._current = brief
        self.popup.hide()
        self.setText(brief.name)
        self.picked.emit(brief)

    def set_current(self, brief: Any) -> None:
        self._current = brief
        self.setText(brief.name if brief is not None else "")
        self.popup.hide()

    def _on_enter(self) -> None:
        if self._current is not None and self.text().strip() == self._current.name:
            return
        super()._on_enter()

    def staff_name(self) -> str:
        """What to store: the picked person's name, or the text typed (a name not in the list)."""
        return self.text().strip()


class BinPicker(QWidget):
    """A warehouse combo and a bin combo. ``changed`` fires when either choice changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, with_bins: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self._warehouses: list[masterdata.WarehouseBrief] = []
        self.warehouse_combo = QComboBox(self)
        self.warehouse_combo.setMinimumContentsLength(12)
        self.bin_combo = QComboBox(self)
        self.bin_combo.setMinimumContentsLength(8)
        self.bin_combo.setVisible(with_bins)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warehouse_combo, 2)
        layout.addWidget(self.bin_combo, 1)
        self.warehouse_combo.currentIndexChanged.connect(self._on_warehouse_combo_changed)
        self.bin_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        ctx.changed.connect(self._on_ctx_changed)
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        def done(rows: list[masterdata.WarehouseBrief]) -> None:
            self._set_warehouses(rows)
            if then is not None:
                then()

        self.ctx.query(lambda: masterdata.list_warehouses(self.ctx.uow), done)

    def warehouses(self) -> list[masterdata.WarehouseBrief]:
        return list(self._warehouses)

    def warehouse_id(self) -> uuid.UUID | None:
        return self.warehouse_combo.currentData()

    def bin_id(self) -> uuid.UUID | None:
        return self.bin_combo.currentData()

    def set_warehouse(self, warehouse_id: uuid.UUID | None) -> None:
        index = find_data(self.warehouse_combo, warehouse_id)
        if index >= 0:
            self.warehouse_combo.setCurrentIndex(index)

    def set_bin(self, bin_id: uuid.UUID | None) -> None:
        """Select the bin (and its warehouse)."""
        for w in self._warehouses:
            if any(b.id == bin_id for b in w.bins):
                self.set_warehouse(w.id)
                self.bin_combo.setCurrentIndex(find_data(self.bin_combo, bin_id))
                return

    def _set_warehouses(self, rows: list[masterdata.WarehouseBrief]) -> None:
        keep_w, keep_b = self.warehouse_id(), self.bin_id()
        self._warehouses = list(rows)
        self.warehouse_combo.blockSignals(True)
        self.warehouse_combo.clear()
        for w in rows:
            self.warehouse_combo.addItem(w.label, w.id)
        self.warehouse_combo.blockSignals(False)
        index = find_data(self.warehouse_combo, keep_w) if keep_w is not None else -1
        self.warehouse_combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self._fill_bins()
        if keep_b is not None and find_data(self.bin_combo, keep_b) >= 0:
            self.bin_combo.setCurrentIndex(find_data(self.bin_combo, keep_b))
        self.changed.emit()

    def _fill_bins(self) -> None:
        wid = self.warehouse_id()
        warehouse = next((w for w in self._warehouses if w.id == wid), None)
        self.bin_combo.blockSignals(True)
        self.bin_combo.clear()
        statuses = {"frozen": tr("frozen"), "full": tr("full")}
        for b in warehouse.bins if warehouse else ():
            label = f"{b.code} {b.name}".strip() if b.name and b.name != b.code else b.code
            if b.status in statuses:
                label += f" ({statuses[b.status]})"
            self.bin_combo.addItem(label, b.id)
        first_active = (
            next((i for i, b in enumerate(warehouse.bins) if b.status == "active"), 0)
            if warehouse and warehouse.bins
            else -1
        )
        self.bin_combo.setCurrentIndex(first_active)
        self.bin_combo.blockSignals(False)

    def _on_warehouse_combo_changed(self, _index: int) -> None:
        self._fill_bins()
        self.changed.emit()

    def _on_ctx_changed(self, areas) -> None:
        if "stock" in areas or "catalog" in areas or "settings" in areas:
            self.reload()
