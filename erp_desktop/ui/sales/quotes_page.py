"""Quotes: a list (expired ones in red); Enter opens a quote's form in its own tab, Ctrl+N a new
one; Convert turns the quote into an order in one action; Print… (Ctrl+P) previews the current
quote as a quotation (报价单)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from erp_desktop.services import sales
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..forms import open_document
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.list_page import ListPage
from .common import AREAS
from .order_editor import OrderEditor


class QuotesPage(QWidget):
    converted = Signal(object)  # DocRef of the new order

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Quote no."), width=150),
            Column("on", tr("Date"), "date", width=95),
            Column("valid_until", tr("Valid until"), "date", sortable=False, width=95, warn=lambda r: r.expired),
            Column("customer_name", tr("Customer"), width=180),
            Column("salesperson", tr("Salesperson"), width=90),
            Column("state_text", tr("Status"), sortable=False, width=100),
            Column("gross_total", tr("Total"), "money", width=100),
        ]
        self.list_page = ListPage(
            columns, lambda q: sales.list_quotes(ctx.uow, q), parent=self, placeholder=tr("Search number or customer…")
        )
        self.list_page.add_action(tr("New quote (Ctrl+N)"), self.new_document, "Ctrl+N")
        self.list_page.add_action(tr("Convert to order"), self._on_convert)
        self.print_action = add_list_print_action(self.list_page, ctx, lambda row: (DocKind.SALES_QUOTE, row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        self.list_page.activated.connect(lambda row: self.open_quote(row.id))
        ctx.changed.connect(lambda areas: self.list_page.reload() if "sales" in areas else None)

    def _form(self) -> OrderEditor:
        form = OrderEditor(self.ctx, mode="quote")
        form.saved.connect(self._on_saved)
        return form

    def open_quote(self, quote_id) -> OrderEditor:
        return open_document(self.ctx, "sales_quote", quote_id, self._form)  # type: ignore[return-value]

    def new_document(self) -> OrderEditor:
        form = open_document(self.ctx, "sales_quote", None, self._form)
        form.customer_picker.setFocus()  # type: ignore[attr-defined]
        return form  # type: ignore[return-value]

    def _on_convert(self) -> None:
        row = self.list_page.current_row()
        if row is None:
            return
        uow = self.ctx.uow
        self.ctx.write(
            lambda: sales.convert_quote(uow, row.id),
            self._on_saved,
            lambda exc: show_error(self, exc),
            areas=AREAS,
        )

    def _on_saved(self, ref) -> None:
        self.list_page.reload()
        if ref.number.startswith("SO-"):
            self.converted.emit(ref)

    def refresh(self) -> None:
        self.list_page.reload()

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
