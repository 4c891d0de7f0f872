"""The document form (单据): header on top, the line grid in the middle, totals and the action
buttons at the bottom; each button shows its shortcut.

A form answers the shell's keyboard contract (``ui/shell/keys.py``) by method name:
``new_document()`` Ctrl+N, ``save()`` Ctrl+S, ``confirm()`` F8, ``post()`` F11, ``print_()`` Ctrl+P,
``refresh()`` F5, ``focus_search()`` Ctrl+F, ``has_unsaved_changes()`` and ``close_requested()``
(asks 保存 / 放弃 / 取消 when there are unsaved changes; True when the form may close). Where no
window action claims one of those keys (a form on its own), the form handles the key itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ..formatting import money_text
from ..shell.keys import KeyTarget
from ..widgets.date_edit import DateEdit, date_field, date_value
from ..widgets.pickers import PartyPicker, StaffPicker

if TYPE_CHECKING:
    from erp_desktop.services.masterdata import PartyBrief
    from erp_desktop.services.sales import CustomerCredit

# the shortcut each contract method answers to, as the buttons show it
SHORTCUTS: dict[str, str] = {
    "new_document": "Ctrl+N",
    "save": "Ctrl+S",
    "confirm": "F8",
    "post": "F11",
    "print_": "Ctrl+P",
    "refresh": "F5",
    "focus_search": "Ctrl+F",
}

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, title: str) -> str:
    """保存 / 放弃 / 取消 for unsaved changes: SAVE, DISCARD or CANCEL. Tests replace this."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("{title} has unsaved changes. Save them?", title=title))
    save = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


class DocumentForm(QWidget, KeyTarget):
    """Base of every document form. Subclasses fill the header with ``add_party_field`` (the
    customer or supplier: a customer's 应收余额 and credit limit show as soon as it is picked),
    ``add_date_field`` (left with one Tab, typed dates), ``add_staff_field`` (销售员, 经手人) and
    ``add_text_field`` — each marks the form unsaved when typed in and is enabled by
    ``set_header_editable`` — or with ``add_field`` plus ``watch`` for anything else; they put
    their ``LineGrid`` in with ``set_grid`` and add buttons with ``add_button``."""

    kind = "document"
    saved = Signal(object)  # the DocRef after any successful write
    title_changed = Signal(str)
    dirty_changed = Signal(bool)
    open_requested = Signal(str, object)  # another document to open: (kind, id or None)
    close_me = Signal()  # Esc on the form: close its tab (asking first)

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.doc_id: uuid.UUID | None = None
        self._dirty = False
        self._title = ""
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.state_label = QLabel(self)
        self.info_label = QLabel(self)  # header figures (e.g. the customer's balance and credit limit)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.state_label)
        title_row.addStretch(1)
        title_row.addWidget(self.info_label)
        self.header = QGridLayout()
        self.header.setHorizontalSpacing(8)
        self.header.setVerticalSpacing(4)
        self._header_row = 0
        self._header_col = 0
        self.body = QVBoxLayout()
        self.totals_label = QLabel(self)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.print_buttons = QHBoxLayout()
        bottom = QHBoxLayout()
        bottom.addLayout(self.buttons)
        bottom.addStretch(1)
        bottom.addLayout(self.print_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(title_row)
        layout.addLayout(self.header)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(bottom)
        self._key_slots: dict[str, Callable[[], Any]] = {}
        self._header_fields: list[QWidget] = []
        self._party_field: PartyPicker | None = None
        self.party_credit: CustomerCredit | None = None

    # --- building ----------------------------------------------------------------------------
    def add_field(self, label: str, widget: QWidget, *, span: int = 1, new_row: bool = False) -> None:
        """Header fields flow left to right, three to a row."""
        if new_row or self._header_col + span > 3:
            self._header_row += 1
            self._header_col = 0
        text = QLabel(label, self)
        text.setBuddy(widget)
        self.header.addWidget(text, self._header_row, self._header_col * 2)
        self.header.addWidget(widget, self._header_row, self._header_col * 2 + 1, 1, span * 2 - 1)
        for c in range(3):
            self.header.setColumnStretch(c * 2 + 1, 1)
        self._header_col += span

    def add_party_field(self, kind: str, label: str | None = None) -> PartyPicker:
        """The document's customer or supplier (``kind``). Picking one marks the form unsaved,
        puts the cursor in the grid's new line and calls ``party_picked``; a customer's
        应收余额 and credit limit show in the header at once (``show_credit``)."""
        picker = PartyPicker(self.ctx, kind, self)
        picker.picked.connect(self._on_party_picker_picked)
        self._party_field = picker
        self.add_field(label or (tr("Customer") if kind == "customer" else tr("Supplier")), picker)
        self._header_fields.append(picker)
        return picker

    def add_date_field(
        self, label: str, value: date | None = None, *, optional: bool = False, new_row: bool = False
    ) -> DateEdit:
        """A date (today unless ``value``): one Tab leaves it, ``20261001`` / ``10-1`` / ``1001``
        are typed dates. ``optional``: it may be left empty (``date_value`` gives None)."""
        edit = date_field(self, value, optional=optional)
        self.add_field(label, edit, new_row=new_row)
        self._header_fields.append(edit)
        self.watch(edit)
        return edit

    def add_staff_field(self, label: str) -> StaffPicker:
        """A member of staff (销售员, 经手人): picked by login, name or 助记码, or a name typed."""
        picker = StaffPicker(self.ctx, self)
        self.add_field(label, picker)
        self._header_fields.append(picker)
        self.watch(picker)
        return picker

    def add_text_field(self, label: str, *, span: int = 1, new_row: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        self.add_field(label, edit, span=span, new_row=new_row)
        self._header_fields.append(edit)
        self.watch(edit)
        return edit

    date_value = staticmethod(date_value)  # the date of a header date field; None: an optional one left empty

    def set_header_editable(self, editable: bool, *also: QWidget) -> None:
        """Enable the header fields (and ``also``: the Save button…) on a draft, disable them on a
        document that can no longer change."""
        for widget in (*self._header_fields, *also):
            widget.setEnabled(editable)

    def header_editable(self) -> bool:
        """May the header still change (a draft)? Forms with states override it."""
        return True

    def party_picked(self, brief: PartyBrief) -> None:
        """A customer or supplier was picked by the user on an editable document (hook)."""

    def _on_party_picker_picked(self, brief: PartyBrief) -> None:
        if self._party_field is not None and self._party_field.kind == "customer":
            from erp_desktop.services import sales

            uow = self.ctx.uow

            def failed(exc: BaseException) -> None:
                from ..errors import show_error

                show_error(self, exc)

            self.ctx.query(lambda: sales.customer_credit(uow, brief.id), self.show_credit, failed)
        if getattr(self, "_filling", False) or not self.header_editable():
            return
        self.mark_dirty()
        grid = getattr(self, "grid", None)
        if grid is not None:
            grid.focus_new_line()  # the next thing to type is the first product
        self.party_picked(brief)

    def show_credit(self, credit: CustomerCredit | None) -> None:
        """应收余额 and 信用额度 of the customer picked, in the header (red when over the limit)."""
        self.party_credit = credit
        if credit is None:
            self.info_label.setText("")
            return
        limit = money_text(credit.credit_limit) if credit.credit_limit is not None else tr("none")
        self.info_label.setText(
            tr("Receivable balance {balance} · Credit limit {limit}", balance=money_text(credit.balance), limit=limit)
        )
        over = credit.credit_limit is not None and credit.balance > credit.credit_limit
        self.info_label.setStyleSheet("color: #c62828;" if over else "")

    def set_grid(self, grid: QWidget) -> None:
        self.body.addWidget(grid, 1)

    def add_button(
        self, text: str, slot: Callable[[], Any], method: str | None = None, *, print_row: bool = False
    ) -> QPushButton:
        """A bottom button; ``method`` names the contract method whose shortcut it shows."""
        shortcut = SHORTCUTS.get(method or "")
        button = QPushButton(f"{text} ({shortcut})" if shortcut else text, self)
        if shortcut:
            button.setToolTip(shortcut)
        button.clicked.connect(lambda _checked=False: slot())
        (self.print_buttons if print_row else self.buttons).addWidget(button)
        return button

    def watch(self, *widgets: QWidget) -> None:
        """Typing in these header fields marks the form unsaved."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: self.mark_dirty())
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i: self.mark_dirty())
            elif hasattr(widget, "dateChanged"):
                widget.dateChanged.connect(lambda _d: self.mark_dirty())
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(lambda _b: self.mark_dirty())

    # --- title and state ---------------------------------------------------------------------
    def doc_key(self) -> tuple[str, uuid.UUID | None]:
        return (self.kind, self.doc_id)

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.title_label.setText(title)
        self.title_changed.emit(self.tab_text())

    def tab_text(self) -> str:
        return self._title + (" *" if self._dirty else "")

    def mark_dirty(self) -> None:
        if getattr(self, "_filling", False):
            return
        if not self._dirty:
            self._dirty = True
            self.dirty_changed.emit(True)
            self.title_changed.emit(self.tab_text())

    def set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)
            self.title_changed.emit(self.tab_text())

    # --- the keyboard contract ---------------------------------------------------------------
    def new_document(self) -> None:
        self.open_requested.emit(self.kind, None)

    def save(self) -> None:
        """Save the document (a draft); a posted one has nothing to save."""

    def save_draft(self, write: Callable[..., uuid.UUID], header: dict[str, Any], *, areas: set[str]) -> None:
        """Write this draft with ``write(uow, doc_id, version=…, **header)`` (a new one when
        ``doc_id`` is None), then show it as saved; a refusal is shown and the form kept as typed."""
        from ..errors import show_error

        doc_id, version, uow = self.doc_id, getattr(self, "version", None), self.ctx.uow

        def done(new_id: uuid.UUID) -> None:
            self.doc_id = new_id
            self.set_clean()
            self.saved.emit(new_id)
            self.load(new_id)

        self.ctx.write(
            lambda: write(uow, doc_id, version=version, **header), done, lambda exc: show_error(self, exc), areas=areas
        )

    def confirm(self) -> None:
        """确认 / 审核."""

    def post(self) -> None:
        """出库 / 入库 / 过账 (opens the posting dialog where there is one)."""

    def print_(self) -> None:
        """Print the document."""

    def refresh(self) -> None:
        if self.doc_id is not None and not self.has_unsaved_changes():
            self.load(self.doc_id)

    def focus_search(self) -> None:
        grid = getattr(self, "grid", None)
        if grid is not None and getattr(grid, "picker", None) is not None:
            grid.focus_new_line()

    def load(self, doc_id: uuid.UUID) -> None:  # pragma: no cover - every form has its own
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def close_requested(self) -> bool:
        """May the form close? With unsaved changes ask 保存 / 放弃 / 取消: Save saves (and closes
        only once saved), Discard closes, Cancel stays."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved(self, self.title() or tr("This document"))
        if answer == DISCARD:
            self.set_clean()
            return True
        if answer == SAVE:
            self.save()
            return not self.has_unsaved_changes()
        return False

    def close_form(self) -> None:
        """Esc that nothing inside the form used (the shell's contract): close it, asking first."""
        self.close_me.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """The contract's keys when no window action took them first."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close_me.emit()
            return
        pressed = QKeySequence(event.keyCombination()).toString()
        for method, shortcut in SHORTCUTS.items():
            if pressed == QKeySequence(shortcut).toString():
                getattr(self, method)()
                event.accept()
                return
        super().keyPressEvent(event)
