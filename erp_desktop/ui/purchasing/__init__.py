"""The 采购 / Purchasing tab: orders (with execution tracking), requisitions, reorder suggestions,
landed costs (采购费用单) and the supplier view."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ..context import AppContext


def tab_title() -> str:
    return tr("Purchasing")


class PurchasingTab(QWidget):
    def __init__(self, ctx: AppContext):
        super().__init__()
        from .landed_costs_page import LandedCostsPage
        from .orders_page import OrdersPage
        from .requisitions_page import RequisitionsPage
        from .suggestions_page import SuggestionsPage

        self.ctx = ctx
        self.pages = QTabWidget(self)
        self.orders_page = OrdersPage(ctx, self)
        self.requisitions_page = RequisitionsPage(ctx, self)
        self.suggestions_page = SuggestionsPage(ctx, self)
        self.landed_costs_page = LandedCostsPage(ctx, self)
        self.pages.addTab(self.orders_page, tr("Purchase orders"))
        self.pages.addTab(self.requisitions_page, tr("Requisitions"))
        self.pages.addTab(self.suggestions_page, tr("Reorder suggestions"))
        self.pages.addTab(self.landed_costs_page, tr("Landed costs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)


def create_tab(ctx: AppContext) -> QWidget:
    return PurchasingTab(ctx)
