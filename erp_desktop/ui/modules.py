"""The main window's tabs, in order. Each entry names a module whose ``create_tab(ctx)``
returns the tab's widget; an area whose module is not there yet is left out."""

from __future__ import annotations

MODULES: list[tuple[str, str]] = [
    # (key, module path)
    ("dashboard", "erp_desktop.ui.dashboards"),
    ("masterdata", "erp_desktop.ui.masterdata"),
    ("sales", "erp_desktop.ui.sales"),
    ("counter", "erp_desktop.ui.counter"),
    ("purchasing", "erp_desktop.ui.purchasing"),
    ("inventory", "erp_desktop.ui.inventory"),
    ("finance", "erp_desktop.ui.finance"),
    ("analysis", "erp_desktop.ui.analysis"),
    ("settings", "erp_desktop.ui.settings"),
]

# Modules that only add menu items (``install_menus(window, ctx)``), no tab.
MENU_MODULES: list[str] = [
    "erp_desktop.ui.shell.maintenance",
    "erp_desktop.ui.printing",
    "erp_desktop.ui.shell.sync_status",
    "erp_desktop.ui.widgets.excel_import",
]
