"""Sales tab wiring: order entry (picker, lines, shortage flag, totals) → save → confirm →
deliver through the dialog → return; quote converted; customer history widget."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt

from erp_desktop.services import sales
from erp_desktop.services.masterdata import lookups
from erp_desktop.ui.forms import document_tabs
from erp_desktop.ui.sales import create_tab
from erp_desktop.ui.sales.dialogs import DeliveryDialog, ReturnDialog
from erp_desktop.ui.sales.history import CustomerHistoryWidget
from erp_desktop.ui.sales.order_editor import C_AVAILABLE, C_DELIVERED, C_DISCOUNT, C_GROSS, C_NET, C_PRICE, C_SHORT
from tests.support.sales import make_shop, on_hand, receivables


def _add(editor, uow, code, quantity):
    editor.add_line(lookups.find_product(uow, code), D(quantity))


def test_order_entry_confirm_deliver_and_return(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(editor, uow, "A001", "10")
    _add(editor, uow, "B001", "80")  # only 50 in stock: 缺货预警
    table = editor.lines_table
    assert table.line_count == 2 and table.rowCount() == 3  # and the new line waiting
    assert (table.item(0, C_NET).text(), table.item(0, C_GROSS).text(), table.item(0, C_AVAILABLE).text()) == (
        "100.00",
        "113.00",
        "100",
    )
    assert table.item(1, C_AVAILABLE).text() == "50" and table.item(1, C_SHORT).text() == "short 30"
    assert table.item(1, C_AVAILABLE).foreground().color().name() == "#c62828"
    assert table.item(0, C_AVAILABLE).foreground().color().name() != "#c62828"
    # B: 80 × 35 = 2,800.00 + 9 % 252.00
    assert (
        "Total incl. tax 3,165.00" in editor.totals_label.text()
        and "Shortage on 1 line(s)" in editor.totals_label.text()
    )
    editor.save_button.click()  # saved as a backorder despite the shortage
    assert editor.view is not None and editor.view.number == "SO-" + str(editor.view.on.year) + "-000001"
    assert tab.orders_page.list_page.model.rowCount() == 1
    assert editor.view.gross_total == D("3165.00") and editor.view.has_shortage
    assert editor.confirm_button.isEnabled() and not editor.deliver_button.isEnabled()

    editor.confirm_button.click()
    assert editor.view.state == "confirmed" and editor.state_label.text() == "[Awaiting delivery]"
    assert not editor.save_button.isEnabled() and editor.deliver_button.isEnabled()
    row = tab.orders_page.list_page.model.rows[0]
    assert row.state_text == "Awaiting delivery"

    editor.deliver_button.click()
    dialog = editor._dialog
    assert isinstance(dialog, DeliveryDialog)
    # prefilled with what is open, capped at what the bins hold (B: 50 of 80)
    assert [dialog.lines_table.cellWidget(r, 3).text() for r in range(2)] == ["10", "50"]
    dialog.lines_table.cellWidget(1, 3).setText("30")
    dialog.post()
    assert editor.view.state == "partly_delivered"
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("90"), D("20"))
    assert receivables(uow, shop.customer) == [("DN", D("113.00") + D("1144.50"))]  # 30 × 35 × 1.09
    assert "Receivable 1,257.50" in editor.tracking_label.text()
    assert [d.number for d in editor.view.deliveries] == [f"DN-{editor.view.on.year}-000001"]
    assert not table.isColumnHidden(C_DELIVERED)  # tracking columns shown once confirmed

    editor.documents_view.selectRow(0)
    editor.return_button.click()
    back = editor._dialog
    assert isinstance(back, ReturnDialog)
    back.set_return_qty(0, D("2"))
    back.post()
    assert editor.view.lines[0].returned_qty == D("2") and on_hand(uow, shop.a) == D("92")
    assert editor.view.receivable == D("1257.50") - D("22.60")


def test_below_cost_price_is_refused_with_a_message(ui_ctx, qtbot, monkeypatch):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    from erp_desktop.services.system.auth import ROLE_PERMISSIONS
    from erp_desktop.storage.uow import Actor

    ui_ctx.uow = uow.as_actor(Actor("sam", "sales", ROLE_PERMISSIONS["sales"]))
    shown = []
    monkeypatch.setattr("erp_desktop.ui.errors.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()
    assert not editor.can_edit_prices
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(editor, uow, "A001", "1")
    assert editor.lines_table.cellWidget(0, C_PRICE).isReadOnly()  # the price comes from the price list
    editor.lines_table.cellWidget(0, C_DISCOUNT).setText("50")  # 50 %: 10 × 0.5 = 5 < cost 6
    editor.save_button.click()
    assert editor.view is None and shown and "below its average cost" in shown[0]


def test_quote_converts_and_history_widget(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    qeditor = tab.quotes_page.new_document()
    qeditor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(qeditor, uow, "A001", "3")
    qeditor.save_button.click()
    assert qeditor.quote is not None and qeditor.convert_button.isEnabled()
    qeditor.convert_button.click()
    assert qeditor.quote.state == "converted"
    assert tab.currentWidget() is tab.orders_page
    order = document_tabs(ui_ctx).current_form().view  # the order's form opened
    assert order is not None and order.quote_number == qeditor.quote.number and order.gross_total == D("33.90")
    sales.confirm_order(uow, order.id)
    sales.deliver_order(uow, order.id, on=order.on)
    widget = CustomerHistoryWidget(ui_ctx, shop.customer)
    qtbot.addWidget(widget)
    assert widget.products_model.rowCount() == 1 and widget.products_model.rows[0].gross == D("33.90")
    assert widget.documents_model.data(widget.documents_model.index(0, 1), Qt.ItemDataRole.DisplayRole).startswith(
        "DN-"
    )
    assert "still owed 33.90" in widget.summary_label.text()


def test_exchange_dialog_posts_return_and_replacement(ui_ctx, qtbot):
    from erp_desktop.ui.sales.dialogs import ExchangeDialog

    uow = ui_ctx.uow
    shop = make_shop(uow)
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("10"))])
    sales.confirm_order(uow, order.id)
    delivery = sales.deliver_order(uow, order.id)
    changed = []
    ui_ctx.changed.connect(changed.append)
    dialog = ExchangeDialog(ui_ctx, sales.get_delivery_view(uow, delivery.id))
    qtbot.addWidget(dialog)
    posted = []
    dialog.posted.connect(posted.append)
    dialog.set_return_qty(0, D("2"))
    dialog.add_out(lookups.find_product(uow, "B001"), D("1"))
    dialog.post()
    assert posted and posted[0].difference == D("15.55")
    assert changed == [frozenset({"sales", "stock", "finance", "purchasing"})]  # and what they imply
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("92"), D("49"))
    assert sales.get_order_view(uow, order.id).lines[0].exchanged_qty == D("2")


def test_changing_the_customer_reprices_the_lines(ui_ctx, qtbot):
    from erp_desktop.models.catalog import PriceList, PriceListItem
    from tests.support import factories

    uow = ui_ctx.uow
    shop = make_shop(uow)
    with uow.write() as tx:
        pl = PriceList(name="批发价", tier="批发")
        tx.add(pl)
        tx.flush()
        tx.add(PriceListItem(price_list_id=pl.id, product_id=shop.a, price=D("8.5")))
        wholesale = factories.customer(tx, "C900", tier="批发").id
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(editor, uow, "A001", "2")
    assert editor.lines_table.cellWidget(0, C_PRICE).text() == "10.00"
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", wholesale))
    assert editor.lines_table.cellWidget(0, C_PRICE).text() == "8.50"
    assert "Total incl. tax 19.21" in editor.totals_label.text()  # 17.00 + 2.21


def test_order_list_shows_existing_orders_when_first_opened(ui_ctx, qtbot):
    """A shop with orders opens the Sales tab on a filled list (it used to stay empty until Refresh)."""
    uow = ui_ctx.uow
    shop = make_shop(uow)
    first = sales.create_order(
        uow, customer_id=shop.customer, on=date(2026, 3, 2), lines=[sales.LineInput(shop.a, D("1"))]
    )
    second = sales.create_order(
        uow, customer_id=shop.customer, on=date(2026, 3, 3), lines=[sales.LineInput(shop.b, D("2"))]
    )
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    model = tab.orders_page.list_page.model
    assert model.rowCount() == 0  # nothing fetched while hidden
    tab.show()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert {model.row_at(i).number for i in range(2)} == {first.number, second.number}
