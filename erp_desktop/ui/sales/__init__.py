"""The 销售 / Sales tab: orders (list + editor, deliveries, returns, exchanges) and quotes."""

from __future__ import annotations

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
        self.setCurrentWidget(self.orders_page)
        self.orders_page.reload()
        self.orders_page.editor.load(ref.id)


def create_tab(ctx: AppContext) -> QWidget:
    return SalesTab(ctx)
