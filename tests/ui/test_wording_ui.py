"""Finish the Chinese and the messages: no raw codes on screen, the user's name (not
``system``), a negative price called negative, never a negative debt, distinct number prefixes."""

from datetime import date
from decimal import Decimal as D
from types import SimpleNamespace

from erp_desktop import i18n
from erp_desktop.services import finance
from erp_desktop.services.finance.queries import doc_label
from erp_desktop.services.inventory import documents as stock_docs
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.masterdata import lookups
from erp_desktop.ui.sales import create_tab
from erp_desktop.ui.sales.order_editor import tracking_text
from tests.support import factories
from tests.support.sales import make_shop


def test_journal_sources_and_the_system_user_read_as_words():
    assert doc_label("stock_count") == "Stock count" and doc_label("stock_doc") == "Stock document"
    assert doc_label("SX") == "Exchange" and doc_label("OPEN") == "Opening stock"
    assert i18n.user_label("system") == "System" and i18n.user_label("王店长") == "王店长"


def test_the_journal_list_shows_labels_and_users(uow):
    from erp_desktop.services.paging import ListQuery

    with uow.write() as tx:
        p = factories.product(tx, "TEA")
        w, (a1,) = factories.warehouse(tx, "MAIN")
    stock_docs.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 3, 1),
        warehouse_id=w.id,
        lines=[LineInput(p.id, D("2"), D("5"))],
    )
    from erp_desktop.services.finance.queries import journal_page

    rows = journal_page(uow, ListQuery()).rows
    assert rows and all(r.doc_label == "Stock document" and r.user_name == "System" for r in rows)


def test_stock_issues_and_other_income_number_apart(uow):
    with uow.write() as tx:
        p = factories.product(tx, "TEA")
        w, (a1,) = factories.warehouse(tx, "MAIN")
    on = date(2026, 3, 1)
    stock_docs.create_and_post(
        uow, kind="receipt", reason="opening", on=on, warehouse_id=w.id, lines=[LineInput(p.id, D("5"), D("5"))]
    )
    issue = stock_docs.create_and_post(
        uow, kind="issue", reason="damage", on=on, warehouse_id=w.id, lines=[LineInput(p.id, D("1"))]
    )
    cash = finance.create_money_account(uow, code="XJ", name="现金", kind="cash")
    income = finance.record_other(uow, kind="income", account_id=cash.id, counter_account="5051", amount=D("10"), on=on)
    assert issue.number == "OS-2026-000001" and income.number == "OI-2026-000001"


def test_a_negative_unit_price_is_called_negative(ui_ctx, qtbot, monkeypatch):
    uow = ui_ctx.uow
    shop = make_shop(uow)
    shown = []
    monkeypatch.setattr("erp_desktop.ui.errors.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()  # the order's own form
    qtbot.addWidget(editor.window())
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    editor.add_line(lookups.find_product(uow, "A001"), D("2"))
    price = editor.grid.editor(0, "price")
    price.setText("-4.5")
    editor.save_button.click()
    assert shown and "may not be negative" in shown[-1] and "not a valid number" not in shown[-1]
    price.setText("abc")
    editor.save_button.click()
    assert "not a valid number" in shown[-1]


def test_a_return_never_shows_a_negative_debt():
    view = SimpleNamespace(
        invoiced=D("0"),
        receivable=D("-5.65"),
        collected=D("5.65"),
        customer_open_receivables=D("-5.65"),
        credit_limit=None,
    )
    text = tracking_text(view)
    assert "-5.65" not in text
    assert "Refund due to the customer 5.65" in text and "Customer's credit 5.65" in text
    view.receivable, view.customer_open_receivables = D("12.00"), D("30.00")
    assert "Receivable 12.00" in tracking_text(view) and "Customer owes 30.00" in tracking_text(view)


def test_same_named_products_show_their_spec_in_the_delivery_and_return_dialogs(ui_ctx, qtbot):
    from erp_desktop.models.catalog import Product
    from erp_desktop.services import sales
    from erp_desktop.ui.sales.dialogs import DeliveryDialog, ReturnDialog

    uow = ui_ctx.uow
    shop = make_shop(uow)
    with uow.write() as tx:
        tx.get(Product, shop.a).spec = "84g"
    ref = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("2"))])
    sales.confirm_order(uow, ref.id)
    delivery = DeliveryDialog(ui_ctx, sales.get_order_view(uow, ref.id))
    qtbot.addWidget(delivery)
    assert delivery.lines_table.item(0, 0).text() == "A001 Product A (84g)"
    dn = sales.deliver_order(uow, ref.id)
    back = ReturnDialog(ui_ctx, sales.get_delivery_view(uow, dn.id))
    qtbot.addWidget(back)
    assert back.lines_table.item(0, 0).text() == "A001 Product A (84g)"
