"""The 销售 / Sales tab: the lists of orders and quotes; each document opens as a form in its own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from ...i18n import tr
from ..context import AppContext
from .orders_page import OrdersPage
from .quotes_page import QuotesPage


def tab_title() -> str:
    return tr("Sales")


class SalesTab(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.orders_page = OrdersPage(ctx, self)
        self.quotes_page = QuotesPage(ctx, self)
        self.addTab(self.orders_page, tr("Orders"))
        self.addTab(self.quotes_page, tr("Quotes"))
        self.quotes_page.converted.connect(self._on_quote_converted)

    def _on_quote_converted(self, ref) -> None:
        """The order made from a quote: the list shows it and its form opens."""
        self.setCurrentWidget(self.orders_page)
        self.orders_page.reload()
        self.orders_page.open_order(ref.id)

    # the keyboard contract reaches the page shown
    def _page(self) -> Any:
        return self.currentWidget()

    def new_document(self):
        return self._page().new_document()

    def refresh(self) -> None:
        self._page().refresh()

    def focus_search(self) -> None:
        self._page().focus_search()

    def print_(self) -> None:
        self._page().print_()

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


def create_tab(ctx: AppContext) -> QWidget:
    return SalesTab(ctx)
