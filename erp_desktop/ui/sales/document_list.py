"""What the order list and the quote list share: a lazily paged ``ListPage`` of one document
kind, Enter / double-click opening the document's form in its own tab, Ctrl+N a new one with the
cursor in its customer field, and the keyboard contract of a list (F5 reloads, Ctrl+F searches,
Ctrl+P prints the current row; nothing to save, confirm or post)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..forms import open_document
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.list_page import ListPage
from .order_editor import OrderEditor


class DocumentListPage(QWidget):
    """``form_kind`` names the document tabs' kind ("sales_order", "sales_quote"); subclasses
    make the form (``make_form``) and may add filters above ``list_page``."""

    form_kind = ""

    def __init__(
        self,
        ctx: AppContext,
        columns: list[Column],
        fetch,
        print_kind,
        *,
        placeholder: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.list_page = ListPage(columns, fetch, parent=self, placeholder=placeholder)
        self._print_kind = print_kind
        self.list_page.activated.connect(lambda row: self.open_document(row.id))

    def add_print_action(self) -> None:
        """Print… (Ctrl+P) on the list: the current row's document."""
        kind = self._print_kind
        self.print_action = add_list_print_action(self.list_page, self.ctx, lambda row: (kind, row.id))

    # --- documents ------------------------------------------------------------------------
    def make_form(self) -> OrderEditor:  # pragma: no cover - every list has its own
        raise NotImplementedError

    def open_document(self, doc_id: Any) -> OrderEditor:
        """The document's form in its own tab (brought forward when open already); None: a new one."""
        form = open_document(self.ctx, self.form_kind, doc_id, self.make_form)
        assert isinstance(form, OrderEditor)
        return form

    def new_document(self) -> OrderEditor:
        """Ctrl+N: a new form, the cursor in its customer field."""
        form = self.open_document(None)
        form.customer_picker.setFocus()
        return form

    def open_current(self) -> OrderEditor | None:
        row = self.list_page.current_row()
        return self.open_document(row.id) if row is not None else None

    # --- the keyboard contract of a list --------------------------------------------------
    def reload(self) -> None:
        self.list_page.reload()

    def refresh(self) -> None:
        self.reload()

    def focus_search(self) -> None:
        self.list_page.search_edit.setFocus()
        self.list_page.search_edit.selectAll()

    def print_(self) -> None:
        if self.print_action.isEnabled():
            self.print_action.trigger()

    def save(self) -> None:
        """A list has nothing to save."""

    def confirm(self) -> None:
        """Nothing to confirm on a list."""

    def post(self) -> None:
        """Nothing to post on a list."""

    def has_unsaved_changes(self) -> bool:
        return False

    def close_requested(self) -> bool:
        return True
