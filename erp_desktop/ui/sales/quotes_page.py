"""Quotes: a list (expired ones in red) above the quote editor; Convert turns the quote into an
order in one action; Print… (Ctrl+P) previews the current quote as a quotation (报价单)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from erp_desktop.services import sales
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.list_page import ListPage
from ..widgets.remember import layout_key, remember_splitter
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
        self.list_page.add_action(tr("New quote"), self._on_new, "Ctrl+N")
        self.list_page.add_action(tr("Convert to order"), self._on_convert)
        self.print_action = add_list_print_action(self.list_page, ctx, lambda row: (DocKind.SALES_QUOTE, row.id))
        self.editor = OrderEditor(ctx, self, mode="quote")
        self.editor.saved.connect(self._on_saved)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.list_page)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list_page.activated.connect(lambda row: self.editor.load(row.id))
        self.list_page.table_view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        ctx.changed.connect(lambda areas: self.list_page.reload() if "sales" in areas else None)

    def _on_new(self) -> None:
        self.editor.new_document()
        self.editor.customer_picker.setFocus()

    def _on_convert(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.editor.doc_id = row.id
            self.editor.convert()

    def _on_saved(self, ref) -> None:
        self.list_page.reload()
        if ref.number.startswith("SO-"):
            self.converted.emit(ref)

    def _on_current_row_changed(self, current, _previous) -> None:
        row = self.list_page.model.row_at(current.row())
        if row is not None:
            self.editor.load(row.id)
