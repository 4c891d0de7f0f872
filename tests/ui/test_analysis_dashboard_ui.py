"""The dashboard shows the figures of the books and a click on a figure opens the list behind it."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt

from erp_desktop.services.analysis import dashboard
from erp_desktop.ui.dashboards import DashboardTab
from erp_desktop.ui.shell.main_window import MainWindow
from tests.support.analysis import build_story


def test_overview_shows_figures_and_clicks_through(ui_ctx, qtbot, monkeypatch):
    build_story(ui_ctx.uow)
    real = dashboard.overview
    monkeypatch.setattr(dashboard, "overview", lambda uow, as_of=None: real(uow, as_of=date(2026, 3, 15)))
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    tab = window.show_tab("dashboard")
    assert isinstance(tab, DashboardTab)
    page = tab.overview_page
    cards = page.cards
    assert cards["sales_month"].value_label.text() == "140.00"
    assert cards["margin_month"].value_label.text() == "58.00"
    assert cards["margin_month"].note_label.text() == "margin 41.4 %"
    assert cards["receivable"].value_label.text() == "100.60"
    assert cards["to_ship"].value_label.text() == "1"
    assert cards["sales_today"].value_label.text() == "-30.00"
    assert cards["sales_month"].chart is not None
    qtbot.mouseClick(cards["receivable"], Qt.LeftButton)
    assert window.tab_keys[window.tabs.currentIndex()] == "finance"
    assert window.tabs.currentWidget().currentWidget() is window.tabs.currentWidget().open_items_page
    assert window.tabs.currentWidget().open_items_page.kind_combo.currentData() == "customer"
    window.show_tab("dashboard")
    qtbot.mouseClick(page.cards["payable"], Qt.LeftButton)
    assert window.tabs.currentWidget().open_items_page.kind_combo.currentData() == "supplier"
    window.show_tab("dashboard")
    qtbot.mouseClick(page.cards["to_ship"], Qt.LeftButton)
    assert window.tab_keys[window.tabs.currentIndex()] == "sales"


def test_stock_dashboard_lists_value_and_movers(ui_ctx, qtbot):
    build_story(ui_ctx.uow)
    tab = DashboardTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.setCurrentWidget(tab.stock_page)
    data = tab.stock_page.data
    assert data is not None
    from tests.support.sales import account_balance

    assert [s.label for s in data.by_warehouse] == ["W1"] or len(data.by_warehouse) == 1
    assert data.by_warehouse[0].value == data.total == account_balance(ui_ctx.uow, "1405")
    # B: 50 − 2 = 48 at 20.00 = 960.00; A is the rest
    assert data.total > D("960.00")
    assert tab.stock_page.status.text().startswith(f"Stock value {data.total:,.2f}")
    # nothing sold in the 30 days before today (the story is in February/March 2026)
    full = dashboard.stock_overview(ui_ctx.uow, as_of=date(2026, 3, 20))
    assert [(p.label, p.qty, p.value) for p in full.top_movers] == [
        ("A001 Product A", D("14.000"), D("140.00")),  # 02-20 and 03-10
        ("B001 Product B", D("2.000"), D("70.00")),
    ]
