"""The 库存 / Inventory tab: stock documents, stock counts and stock reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

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
        self.serial_button = QPushButton(tr("Serial number lookup…"), self)
        self.serial_button.setToolTip(tr("Type or scan a serial number to see its history"))
        self.serial_button.clicked.connect(lambda _checked=False: self.open_serial_lookup())
        self.setCornerWidget(self.serial_button, Qt.Corner.TopRightCorner)

    def open_serial_lookup(self):
        """序列号查询 (a window of its own: it stays open beside the documents)."""
        from .serials import SerialLookupDialog

        dialog = SerialLookupDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.activateWindow()
        dialog.serial_edit.setFocus()
        return dialog


def create_tab(ctx: AppContext) -> QWidget:
    return InventoryTab(ctx)
