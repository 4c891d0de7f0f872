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
from ..table_models import Column
from .common import AREAS
from .document_list import DocumentListPage
from .order_editor import OrderEditor


class QuotesPage(DocumentListPage):
    form_kind = "sales_quote"
    converted = Signal(object)  # DocRef of the new order

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        columns = [
            Column("number", tr("Quote no."), width=150),
            Column("on", tr("Date"), "date", width=95),
            Column("valid_until", tr("Valid until"), "date", sortable=False, width=95, warn=lambda r: r.expired),
            Column("customer_name", tr("Customer"), width=180),
            Column("salesperson", tr("Salesperson"), width=90),
            Column("state_text", tr("Status"), sortable=False, width=100),
            Column("gross_total", tr("Total"), "money", width=100),
        ]
        super().__init__(
            ctx,
            columns,
            lambda q: sales.list_quotes(ctx.uow, q),
            DocKind.SALES_QUOTE,
            placeholder=tr("Search number or customer…"),
            parent=parent,
        )
        self.list_page.add_action(tr("New quote (Ctrl+N)"), self.new_document, "Ctrl+N")
        self.list_page.add_action(tr("Convert to order"), self._on_convert)
        self.add_print_action()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        ctx.changed.connect(lambda areas: self.list_page.reload() if "sales" in areas else None)

    def make_form(self) -> OrderEditor:
        form = OrderEditor(self.ctx, mode="quote")
        form.saved.connect(self._on_saved)
        return form

    def open_quote(self, quote_id) -> OrderEditor:
        return self.open_document(quote_id)

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
