"""The brief's example: an order for 10 of product A checks stock, shows 待发货, is delivered,
stock falls by 10, a receivable appears for the customer, the journal balances."""

from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop import i18n
from erp_desktop.models.finance import JournalEntry
from erp_desktop.services import sales
from tests.support.sales import ON, account_balance, assert_books_tie_out, make_shop, on_hand, receivables


def test_order_for_ten_of_a_is_delivered_with_stock_receivable_and_journal(uow):
    shop = make_shop(uow)
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("10"))], on=ON)
    view = sales.get_order_view(uow, order.id)
    assert (view.lines[0].on_hand, view.lines[0].available, view.lines[0].shortage) == (D("100"), D("100"), False)
    assert (view.net_total, view.tax_total, view.gross_total) == (D("100.00"), D("13.00"), D("113.00"))
    assert view.salesperson == "Li"

    sales.confirm_order(uow, order.id, expected_version=view.version)
    view = sales.get_order_view(uow, order.id)
    assert view.state == "confirmed" and view.state_text == "Awaiting delivery"
    i18n.set_language("zh_CN")
    assert sales.get_order_view(uow, order.id).state_text == "待发货"
    i18n.set_language("en")
    with uow.read() as tx:
        assert sales.reserved_quantities(tx, [shop.a]) == {shop.a: D("10.000")}

    delivery = sales.deliver_order(uow, order.id, on=ON)
    assert delivery.number == "DN-2026-000001"
    assert on_hand(uow, shop.a) == D("90")
    assert receivables(uow, shop.customer) == [("DN", D("113.00"))]
    assert account_balance(uow, "1122") == D("113.00")
    assert account_balance(uow, "5001") == D("-100.00")
    assert account_balance(uow, "22210102") == D("-13.00")
    assert account_balance(uow, "5401") == D("60.00")
    assert account_balance(uow, "1405") == D("540.00") + D("1000.00")  # 100 A at 6 + 50 B at 20, less 60
    view = sales.get_order_view(uow, order.id)
    assert view.state == "delivered"
    assert (view.lines[0].delivered_qty, view.lines[0].remaining) == (D("10"), D("0"))
    assert (view.receivable, view.collected) == (D("113.00"), D("0"))
    with uow.read() as tx:
        assert sales.reserved_quantities(tx, [shop.a]) == {}
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == delivery.id))
        assert sum(l.debit for l in entry.lines) == sum(l.credit for l in entry.lines) == D("173.00")
    assert_books_tie_out(uow)


def test_order_tracking_shows_invoiced_receivable_and_collected(uow):
    from erp_desktop.services.finance import invoices as finance_invoices
    from erp_desktop.services.finance import money as finance_money

    shop = make_shop(uow)
    order = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("10"))], on=ON)
    sales.confirm_order(uow, order.id)
    first = sales.deliver_order(
        uow, order.id, on=ON, lines=[sales.DeliveryLineInput(sales.get_order_view(uow, order.id).lines[0].id, D("6"))]
    )
    sales.deliver_order(uow, order.id, on=ON)  # 6 → 67.80, 4 → 45.20
    finance_invoices.register_invoice(
        uow,
        direction="issued",
        number="INV-1",
        on=ON,
        party_id=shop.customer,
        net=D("60.00"),
        tax=D("7.80"),
        links=[finance_invoices.InvoiceLinkSpec("DN", first.id, D("67.80"))],
    )
    bank = finance_money.create_money_account(uow, code="B1", name="Bank")
    finance_money.receive_money(
        uow, customer_id=shop.customer, amount=D("50.00"), account_id=bank.id, on=ON, allocate="auto"
    )
    view = sales.get_order_view(uow, order.id)
    assert (view.invoiced, view.collected, view.receivable) == (D("67.80"), D("50.00"), D("63.00"))
    assert_books_tie_out(uow)
