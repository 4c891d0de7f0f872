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


def test_figures_say_what_they_count_and_drill_down_to_it(ui_ctx, qtbot, monkeypatch):
    build_story(ui_ctx.uow)
    real = dashboard.overview
    monkeypatch.setattr(dashboard, "overview", lambda uow, as_of=None: real(uow, as_of=date(2026, 3, 15)))
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    tab = window.show_tab("dashboard")
    cards = tab.overview_page.cards
    assert cards["sales_today"].title_label.text() == "Sales today (excl. tax)"
    assert cards["receipts_today"].value_label.text() == "100.00"  # the RC of 03-15
    assert "incl. tax" in cards["receipts_today"].note_label.text()
    # 今日销售 opens the orders with a delivery or return that day: only SO2 (returned on 03-15)
    qtbot.mouseClick(cards["sales_today"], Qt.LeftButton)
    sales_tab = window.tabs.currentWidget()
    page = sales_tab.orders_page
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)
    assert page.list_page.model.rows[0].on == date(2026, 3, 10)
    assert page.drill_label.isVisibleTo(page) and "2026-03-15" in page.drill_label.text()
    page.drill_clear_button.click()
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 3)
    window.show_tab("dashboard")
    qtbot.mouseClick(tab.overview_page.cards["sales_month"], Qt.LeftButton)  # March: SO2 only (SO3 not shipped)
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 1)
    window.show_tab("dashboard")
    qtbot.mouseClick(tab.overview_page.cards["to_ship"], Qt.LeftButton)  # open orders: SO3
    qtbot.waitUntil(lambda: [r.on for r in page.list_page.model.rows] == [date(2026, 3, 12)])
    window.show_tab("dashboard")
    qtbot.mouseClick(tab.overview_page.cards["receipts_today"], Qt.LeftButton)
    money = window.tabs.currentWidget().money_page
    assert window.tabs.currentWidget().currentWidget() is money
    assert money.start_edit.date().toPython() == date(2026, 3, 15) == money.end_edit.date().toPython()


def test_stock_dashboard_charts_name_products_round_ticks_and_empty_states(ui_ctx, qtbot):
    from erp_desktop.ui.dashboards.charts import hbar, nice_axis, pie

    assert [nice_axis(h) for h in (86.25, 19.0, 230.0, 410.0)] == [(100, 6), (20, 5), (250, 6), (500, 6)]
    bars = hbar("Top movers", [("LS0031 旺旺雪饼", D("75")), ("LS0040 洽洽香瓜子", D("19"))])
    axis = bars.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.categories() == ["洽洽香瓜子", "旺旺雪饼"]  # names, not codes
    values = bars.chart().axes(Qt.Orientation.Horizontal)[0]
    assert (values.max(), values.tickCount()) == (100, 6)  # 0/20/40/60/80/100
    view = pie("By warehouse", [("总仓", D("900")), ("门店仓", D("100"))])
    chart = view.chart()
    slices = chart.series()[0].slices()
    assert not any(s.isLabelVisible() for s in slices)  # the legend carries the text
    assert [s.label() for s in slices] == ["总仓  900.00 (90.0%)", "门店仓  100.00 (10.0%)"]
    empty = pie("By category", [])
    assert empty.chart().title() == "By category — none"
    tab = DashboardTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.setCurrentWidget(tab.stock_page)
    assert tab.stock_page.dead_table.item(0, 0).text() == "None"  # empty shop: says so
