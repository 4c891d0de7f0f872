"""The 库存 / Inventory tab: stock documents, stock counts and stock reports."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ...i18n import tr
from ..context import AppContext
from .counts import CountsPage
from .documents import DocumentsPage
from .reports import ReportsPage


def tab_title() -> str:
    return tr("Inventory")


class InventoryTab(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.documents = DocumentsPage(ctx, self)
        self.counts = CountsPage(ctx, self)
        self.reports = ReportsPage(ctx, self)
        self.addTab(self.documents, tr("Documents"))
        self.addTab(self.counts, tr("Stock counts"))
        self.addTab(self.reports, tr("Reports"))


def create_tab(ctx: AppContext) -> QWidget:
    return InventoryTab(ctx)
