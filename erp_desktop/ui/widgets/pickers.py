"""Pickers every document screen uses: a product, a customer or supplier, a warehouse bin.

``ProductPicker`` / ``PartyPicker`` are line edits with a popup that searches as you type (code,
name, spec, barcode / code, name, phone). Enter on an exact code or barcode picks at once, which
is what a barcode scanner does (it types the code, then Enter). Searches run through
``ctx.query``; a result that arrives after newer typing is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QWidget

from erp_desktop.services import masterdata

from ...i18n import tr
from ..context import AppContext


def find_data(combo: QComboBox, value: Any) -> int:
    """Index of the item whose data equals ``value`` (QComboBox.findData compares Python objects
    such as UUIDs by identity, not equality); -1 if none."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


class _SearchPicker(QLineEdit):
    """A line edit with a completer fed by a search service. Subclasses give ``_search(text)``
    (a list of briefs with ``label``) and ``_exact(text)`` (the brief whose code/barcode is
    exactly ``text`` or None); both run off the GUI thread."""

    picked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._current: Any = None
        self._results: list[Any] = []
        self._seq = 0
        self.setClearButtonEnabled(True)
        self.list_model = QStringListModel(self)
        self.completer_popup = QCompleter(self.list_model, self)
        self.completer_popup.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_popup.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_popup.setMaxVisibleItems(12)
        self.completer_popup.setWidget(self)
        self.completer_popup.activated[QModelIndex].connect(self._on_completer_popup_activated)
        self.textEdited.connect(self._on_text_edited)

    # --- subclass hooks (run in a worker) ---------------------------------------------
    def _search(self, text: str) -> list[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _exact(self, text: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- public -----------------------------------------------------------------------
    def current(self) -> Any:
        return self._current

    def set_current(self, brief: Any) -> None:
        """Show ``brief`` as picked (None clears) without emitting ``picked``."""
        self._current = brief
        self.setText(brief.label if brief is not None else "")

    def clear(self) -> None:  # noqa: D401 - QLineEdit override
        self._current = None
        self._results = []
        self.list_model.setStringList([])
        super().clear()

    def results(self) -> list[Any]:
        """The briefs shown in the popup now (tests, keyboard users)."""
        return list(self._results)

    def pick(self, brief: Any) -> None:
        self._current = brief
        self.completer_popup.popup().hide()
        self.setText(brief.label)
        self.picked.emit(brief)

    # --- behaviour --------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        self._current = None
        self._seq += 1
        seq = self._seq
        text = text.strip()
        if not text:
            self._show([])
            return
        self.ctx.query(lambda: self._search(text), lambda rows: self._on_results(seq, rows), self._on_failed)

    def _on_results(self, seq: int, rows: list[Any]) -> None:
        if seq != self._seq:  # older than what the user typed since
            return
        self._show(rows)

    def _show(self, rows: list[Any]) -> None:
        self._results = list(rows)
        self.list_model.setStringList([r.label for r in rows])
        if rows and self.hasFocus():
            self.completer_popup.complete()
        else:
            self.completer_popup.popup().hide()

    def _on_completer_popup_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._results):
            self.pick(self._results[index.row()])

    def _on_failed(self, exc: BaseException) -> None:
        from ..errors import show_error

        show_error(self, exc)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and self._results and not self.completer_popup.popup().isVisible():
            self.completer_popup.complete()
            return
        super().keyPressEvent(event)

    def _on_enter(self) -> None:
        text = self.text().strip()
        if not text or (self._current is not None and text == self._current.label):
            return
        self._seq += 1
        seq = self._seq

        def done(brief: Any) -> None:
            if seq != self._seq:
                return
            if brief is not None:
                self.pick(brief)
            elif len(self._results) == 1:
                self.pick(self._results[0])
            else:
                self.ctx.query(lambda: self._search(text), lambda rows: self._on_results(seq, rows), self._on_failed)

        self.ctx.query(lambda: self._exact(text), done, self._on_failed)


class ProductPicker(_SearchPicker):
    """Pick a product by code, name, spec or barcode; a scanned code + Enter picks at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, active_only: bool = True):
        super().__init__(ctx, parent)
        self.active_only = active_only
        self.setPlaceholderText(tr("Product: code, name, spec or barcode…"))

    def _search(self, text: str) -> list[masterdata.ProductBrief]:
        return masterdata.search_products(self.ctx.uow, text, active_only=self.active_only)

    def _exact(self, text: str) -> masterdata.ProductBrief | None:
        brief = masterdata.find_product(self.ctx.uow, text)
        return brief if brief is not None and (brief.active or not self.active_only) else None

    def product(self) -> masterdata.ProductBrief | None:
        return self._current

    def set_product(self, brief: masterdata.ProductBrief | None) -> None:
        self.set_current(brief)


class PartyPicker(_SearchPicker):
    """Pick a customer (kind 'customer') or supplier (kind 'supplier') by code, name or phone."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        if kind not in ("customer", "supplier"):
            raise ValueError(kind)
        self.kind = kind
        self.setPlaceholderText(
            tr("Customer: code, name or phone…") if kind == "customer" else tr("Supplier: code, name or phone…")
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
