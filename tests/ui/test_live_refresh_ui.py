"""Live refresh: after any write from the UI, open lists and forms show it (a paid order shows
its collected amount at once), and a hidden screen catches up when shown again."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtWidgets import QWidget

from erp_desktop.services import finance, sales
from erp_desktop.services.sales import LineInput
from erp_desktop.ui.context import Area, expand
from erp_desktop.ui.forms import document_tabs, open_document
from erp_desktop.ui.sales import create_tab
from tests.support.sales import make_shop


def test_a_receipt_written_elsewhere_refreshes_the_open_order(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    finance.create_money_account(uow, code="BANK1", name="Bank", opening_balance=D("0"), opening_on=date(2026, 1, 1))
    ref = sales.create_order(uow, customer_id=shop.customer, lines=[LineInput(shop.a, D("10"))], on=date.today())
    sales.confirm_order(uow, ref.id)
    sales.deliver_order(uow, ref.id, on=date.today())
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    editor = open_document(ui_ctx, "sales_order", ref.id)  # the order's own form, as Enter on its row opens it
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    tabs.show()
    qtbot.waitUntil(lambda: "Collected" in editor.tracking_label.text())
    assert "Collected 0.00" in editor.tracking_label.text()
    ui_ctx.write(
        lambda: finance.receive_money(
            uow, customer_id=shop.customer, amount=D("113"), account_id="BANK1", on=date.today(), allocate="auto"
        ),
        lambda _r: None,
        areas={Area.FINANCE},
    )
    assert "Collected 113.00" in editor.tracking_label.text()
    assert "Receivable 0.00" in editor.tracking_label.text()


def test_writes_announce_what_they_change_on_other_screens():
    assert {Area.SALES, Area.PURCHASING} <= expand({Area.FINANCE})
    assert Area.SALES in expand({Area.STOCK})
    assert expand({Area.CATALOG}) == {Area.CATALOG}


def test_refresh_on_waits_for_a_hidden_widget_and_stops_when_it_is_gone(ui_ctx, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    ui_ctx.refresh_on(widget, {Area.STOCK}, lambda: calls.append(1))
    ui_ctx.changed.emit(frozenset({Area.STOCK}))
    assert calls == []  # hidden: deferred
    widget.show()
    assert calls == [1]  # caught up once when shown
    ui_ctx.changed.emit(frozenset({Area.FINANCE}))
    assert calls == [1]  # not an area it shows
    ui_ctx.changed.emit(frozenset({Area.STOCK}))
    assert calls == [1, 1]
    widget.deleteLater()
    qtbot.wait(10)
    ui_ctx.changed.emit(frozenset({Area.STOCK}))
    assert calls == [1, 1]
