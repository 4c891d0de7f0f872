"""Settings › Stores from the keyboard: a new store (Ctrl+N, type, pick the warehouse and the cash
account by typing, Ctrl+S), a warehouse already in a store and a taken code refused in red with
nothing saved, this PC put in the store (Space on the button); the counter screen then shows its
store, the dashboard's counter page and the profit report cut by store."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.services import counter
from erp_desktop.services.finance import money as finance_money
from erp_desktop.ui.counter import CounterScreen
from erp_desktop.ui.counter.dashboard import CounterDashboardPage
from erp_desktop.ui.finance.reports import ReportsPage
from erp_desktop.ui.settings.stores import StoresPage
from tests.support import factories
from tests.support.counter import make_counter_shop

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(ui_ctx, qtbot) -> StoresPage:
    page = StoresPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.code_edit.setFocus()
    qtbot.waitUntil(page.code_edit.hasFocus)
    return page


def _fill(qtbot, page: StoresPage, code: str, name: str, warehouse: str, cash: str = "") -> None:
    qtbot.keyClick(page.code_edit, Qt.Key.Key_N, CTRL)  # New store: the form cleared, the code focused
    assert page.editing is None and page.code_edit.hasFocus()
    qtbot.keyClicks(page.code_edit, code)
    qtbot.keyClick(page.code_edit, Qt.Key.Key_Tab)
    assert page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, name)
    pause = QApplication.keyboardInputInterval() + 50  # a new search, not the last one's continuation
    qtbot.wait(pause)
    qtbot.keyClicks(page.warehouse_combo, warehouse)  # a combo box finds its item as one types
    if cash:
        qtbot.wait(pause)
        qtbot.keyClicks(page.account_combos["cash"], cash)


def test_stores_page_with_keys(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    with uow.write() as tx:
        _w2, (bin2,) = factories.warehouse(tx, "W2", bins=("B-01",))
        from erp_desktop.models.catalog import Product

        factories.opening_stock(tx, tx.get(Product, shop.a), bin2, "10", "6")
    finance_money.create_money_account(uow, code="XJ02", name="Cash box 2", kind="cash")
    page = _page(ui_ctx, qtbot)
    assert [page.model.row_at(i).code for i in range(page.model.rowCount())] == ["S001"]
    assert "S001" in page.this_pc_label.text()

    _fill(qtbot, page, "S002", "West Lake", "W2", cash="XJ02")  # (keyClicks cannot type Chinese)
    assert page.warehouse_combo.currentData() == "W2" and page.account_combos["cash"].currentData() == "XJ02"
    qtbot.keyClick(page.code_edit, Qt.Key.Key_S, CTRL)
    assert page.error_label.text() == ""
    store = counter.get_store(uow, "S002")
    assert store.warehouse_code == "W2" and store.account("cash") == "XJ02" and store.name == "West Lake"
    assert page.editing is not None and page.editing.code == "S002"

    _fill(qtbot, page, "S003", "Third", "W2")  # W2 is the West Lake store's
    qtbot.keyClick(page.code_edit, Qt.Key.Key_S, CTRL)
    assert "W2 already belongs to store S002" in page.error_label.text()
    _fill(qtbot, page, "S002", "again", "W1")
    qtbot.keyClick(page.code_edit, Qt.Key.Key_S, CTRL)
    assert "S002 is already used" in page.error_label.text()
    assert [r.code for r in counter.list_stores(uow)] == ["S001", "S002"]  # nothing of either saved

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # from the first row to S002
    assert page.current().code == "S002" and page.code_edit.text() == "S002"
    page.assign_button.setFocus()
    qtbot.keyClick(page.assign_button, Qt.Key.Key_Space)
    assert counter.this_store(uow).code == "S002" and "S002" in page.this_pc_label.text()
    # this PC by its computer name, never its id
    import platform

    assert platform.node() in page.this_pc_label.text() and str(uow.pc_id) not in page.this_pc_label.text()
    row = next(r for r in page.model.rows if r.code == "S002")
    assert row.counters == f"this PC ({platform.node()})"

    # the counter screen shows its store and sells from W2 into XJ02
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.store_label.text() == "Store S002 West Lake"
    counter.open_shift(uow, float_amount=D("0"))
    counter.sell(uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D("20"))])

    dashboard = CounterDashboardPage(ui_ctx)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert "11.30" in dashboard.status.text()
    dashboard.store_combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    qtbot.keyClicks(dashboard.store_combo, "S001")
    assert dashboard.status.text().startswith("Counter today: 0 tickets") and "S001" in dashboard.status.text()

    reports = ReportsPage(ui_ctx)
    qtbot.addWidget(reports)
    reports.show()
    reports.start_edit.setDate(date.today().replace(day=1))
    reports.report_combo.setFocus()
    qtbot.keyClick(reports.report_combo, Qt.Key.Key_Down)  # trial balance → profit
    qtbot.keyClick(reports.report_combo, Qt.Key.Key_Down)  # → profit by store
    assert reports.report_combo.currentData() == "profit_store" and reports.store_combo.isVisible()
    rows = {reports.model.row_at(i).store: reports.model.row_at(i) for i in range(reports.model.rowCount())}
    assert rows["S002 West Lake"].sales_revenue == D("10.00")  # 11.30 incl. 13 % VAT
    assert rows["Total"].sales_revenue == D("10.00")
