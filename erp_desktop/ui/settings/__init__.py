"""The Settings tab: one page per concern, each from its own module exposing
``page_title() -> str`` and ``create_page(ctx) -> QWidget``; missing modules are skipped."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from ...i18n import tr
from ..context import AppContext

PAGES = [
    "erp_desktop.ui.settings.opening",
    "erp_desktop.ui.settings.company",
    "erp_desktop.ui.settings.print_templates",
    "erp_desktop.ui.settings.receipt_printer",
    "erp_desktop.ui.settings.custom_fields",
    "erp_desktop.ui.settings.approvals",
    "erp_desktop.ui.settings.accounts",
    "erp_desktop.ui.settings.stores",
    "erp_desktop.ui.settings.users",
    "erp_desktop.ui.settings.sync",
    "erp_desktop.ui.settings.maintenance",
]


def tab_title() -> str:
    return tr("Settings")


class SettingsTab(QWidget):
    def __init__(self, ctx: AppContext, pages: list[str] | None = None):
        super().__init__()
        self.pages_list = QListWidget(self)
        self.pages_list.setMaximumWidth(200)
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages_list)
        layout.addWidget(self.stack, 1)
        for path in pages if pages is not None else PAGES:
            try:
                module = importlib.import_module(path)
            except ModuleNotFoundError as exc:
                if exc.name == path:
                    continue
                raise
            self.pages_list.addItem(module.page_title())
            self.stack.addWidget(module.create_page(ctx))
        self.pages_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        if self.pages_list.count():
            self.pages_list.setCurrentRow(0)


def create_tab(ctx: AppContext) -> QWidget:
    return SettingsTab(ctx)
