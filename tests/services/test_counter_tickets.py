"""Counter tickets: one transaction for stock, revenue, VAT, cost, money and journal; 抹零,
整单折扣, several payments, change; held and recalled tickets; returns by ticket number; refusals
that write nothing."""

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock, InvalidTransition, NotFound, PermissionDenied, ValidationError
from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.services import counter
from erp_desktop.services.counter.amounts import ticket_amounts
from tests.support.counter import ON, make_counter_shop, money_balance
from tests.support.sales import account_balance, assert_books_tie_out, count_rows, on_hand


def _entry_lines(uow, doc_id):
    with uow.read() as tx:
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == doc_id))
        return [(l.account_code, l.debit, l.credit) for l in entry.lines]


@pytest.fixture
def shop(uow):
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("200"), on=ON)
    return shop


def test_amounts_spread_discount_and_rounding_exactly():
    amounts = ticket_amounts(
        [(D(3), D("11.30"), D(0), D("0.13")), (D(1), D("32.70"), D("0.1"), D("0.09"))],
        discount_rate=D("0.05"),
        rounding="jiao",
    )
    # 33.90 + 29.43 = 63.33; × 0.95 = 60.16 (60.1635); 抹零 to 60.10
    assert (amounts.subtotal, amounts.discount_amount, amounts.rounding, amounts.total) == (
        D("63.33"),
        D("3.17"),
        D("0.06"),
        D("60.10"),
    )
    assert sum(l.gross for l in amounts.lines) == D("60.10")
    assert all(l.net + l.tax == l.gross for l in amounts.lines)
    assert ticket_amounts([(D(1), D("9.99"), D(0), D("0.13"))], rounding="yuan").total == D("9")


def test_cash_sale_posts_stock_revenue_vat_cost_money_and_no_receivable(uow, shop):
    hit = counter.scan(uow, "6901234567892")
    assert hit.code == "A001"
    result = counter.sell(
        uow,
        lines=[counter.LineInput(hit.product_id, D(2)), counter.LineInput(shop.b, D(1))],
        payments=[counter.PaymentInput("cash", D("100"))],
        on=ON,
    )
    # 2 × 11.30 = 22.60 (net 20.00, VAT 2.60); 32.70 (net 30.00, VAT 2.70)
    assert (result.total, result.change) == (D("55.30"), D("44.70"))
    assert result.number.startswith("POS-2026-")
    assert _entry_lines(uow, result.id) == [
        ("100101", D("55.30"), D("0")),
        ("5001", D("0"), D("50.00")),
        ("22210102", D("0"), D("2.60")),
        ("22210102", D("0"), D("2.70")),
        ("5401", D("32.00"), D("0")),
        ("1405", D("0"), D("32.00")),
    ]
    assert money_balance(uow, "XJ01") == D("55.30")
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D(98), D(49))
    with uow.read() as tx:
        assert tx.scalars(select(OpenItem).where(OpenItem.doc_number == result.number)).all() == []
    view = counter.ticket_view(uow, result.number)
    assert [(l.code, l.qty, l.gross) for l in view.lines] == [("A001", D(2), D("22.60")), ("B001", D(1), D("32.70"))]
    assert [(p.method, p.amount, p.tendered, p.change) for p in view.payments] == [
        ("cash", D("55.30"), D("100"), D("44.70"))
    ]
    assert_books_tie_out(uow)


def test_mixed_payment_and_whole_ticket_discount_with_rounding(uow):
    shop = make_counter_shop(uow, rounding="jiao")
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    result = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(3)), counter.LineInput(shop.b, D(1), discount=D("0.1"))],
        payments=[counter.PaymentInput("wechat", D("50")), counter.PaymentInput("cash", D("20"))],
        discount_rate=D("0.05"),
        on=ON,
    )
    assert (result.total, result.change) == (D("60.10"), D("9.90"))
    assert money_balance(uow, "WX01") == D("50")
    assert money_balance(uow, "XJ01") == D("10.10")
    view = counter.ticket_view(uow, result.id)
    assert (view.subtotal, view.discount_amount, view.rounding) == (D("63.33"), D("3.17"), D("0.06"))
    assert account_balance(uow, "5001") + account_balance(uow, "22210102") == D("-60.10")
    assert_books_tie_out(uow)


def test_bad_input_is_refused_and_writes_nothing(uow, shop):
    before = count_rows(uow)
    with pytest.raises(NotFound, match="Unknown barcode"):
        counter.scan(uow, "0000000")
    with pytest.raises(ValidationError, match="short of the total"):
        counter.sell(
            uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D("5"))], on=ON
        )
    with pytest.raises(ValidationError, match="Quantity must be a number"):
        counter.sell(
            uow, lines=[counter.LineInput(shop.a, "two")], payments=[counter.PaymentInput("cash", D(50))], on=ON
        )
    with pytest.raises(ValidationError, match="only cash gives change"):
        counter.sell(
            uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("wechat", D(50))], on=ON
        )
    with pytest.raises(ValidationError, match="Only a member can pay with stored value"):
        counter.sell(
            uow,
            lines=[counter.LineInput(shop.a, D(1))],
            payments=[counter.PaymentInput("stored_value", D("11.30"))],
            on=ON,
        )
    with pytest.raises(InsufficientStock):
        counter.sell(
            uow, lines=[counter.LineInput(shop.a, D(1000))], payments=[counter.PaymentInput("cash", D(20000))], on=ON
        )
    assert count_rows(uow) == before


def test_price_change_needs_the_permission(uow, shop):
    from erp_desktop.services.system.auth import ROLE_PERMISSIONS
    from erp_desktop.storage.uow import Actor

    clerk = uow.as_actor(Actor("clerk", "sales", ROLE_PERMISSIONS["sales"]))
    with pytest.raises(PermissionDenied, match="price-editing permission"):
        counter.sell(
            clerk,
            lines=[counter.LineInput(shop.a, D(1), unit_price=D("9"))],
            payments=[counter.PaymentInput("cash", D(9))],
            on=ON,
        )
    result = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(1), unit_price=D("9"))],
        payments=[counter.PaymentInput("cash", D(9))],
        on=ON,
    )
    assert result.total == D("9.00")


def test_held_ticket_is_recalled_and_sold(uow, shop):
    held = counter.hold_ticket(
        uow, counter.HeldTicket(None, (counter.LineInput(shop.a, D(2)), counter.LineInput(shop.b, D(1))), label="张姐")
    )
    assert [h.id for h in counter.list_held(uow)] == [held]
    ticket = counter.recall_ticket(uow)
    assert counter.list_held(uow) == []
    assert [(l.product_id, l.qty) for l in ticket.lines] == [(shop.a, D(2)), (shop.b, D(1))]
    with pytest.raises(NotFound):
        counter.recall_ticket(uow)
    result = counter.sell(uow, lines=ticket.lines, payments=[counter.PaymentInput("alipay", D("55.30"))], on=ON)
    assert money_balance(uow, "ZF01") == D("55.30") and result.change == D(0)


def test_return_by_ticket_number_refunds_at_original_cost(uow, shop):
    sold = counter.sell(
        uow,
        lines=[counter.LineInput(shop.a, D(3)), counter.LineInput(shop.b, D(1))],
        payments=[counter.PaymentInput("cash", D(100))],
        on=ON,
    )
    view = counter.ticket_view(uow, sold.number)
    a_line = view.lines[0]
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="exceeds what can come back"):
        counter.return_ticket(uow, sold.number.lower(), lines=[counter.ReturnLineInput(a_line.id, D(4))], on=ON)
    with pytest.raises(NotFound):
        counter.return_ticket(uow, "POS-2026-999999", on=ON)
    assert count_rows(uow) == before
    back = counter.return_ticket(uow, sold.number, lines=[counter.ReturnLineInput(a_line.id, D(1))], on=ON)
    assert back.number.startswith("POR-") and back.total == D("11.30")
    assert _entry_lines(uow, back.id) == [
        ("5001", D("10.00"), D("0")),
        ("22210102", D("1.30"), D("0")),
        ("100101", D("0"), D("11.30")),
        ("1405", D("6.00"), D("0")),
        ("5401", D("0"), D("6.00")),
    ]
    assert on_hand(uow, shop.a) == D(98)
    assert money_balance(uow, "XJ01") == D("66.60") - D("11.30")
    rest = counter.return_ticket(uow, sold.number, on=ON)  # everything else
    assert rest.total == D("55.30")
    with pytest.raises(InvalidTransition, match="come back already"):
        counter.return_ticket(uow, sold.number, on=ON)
    assert counter.ticket_view(uow, sold.number).lines[0].returned_qty == D(3)
    assert_books_tie_out(uow)


def test_selling_needs_an_open_shift(uow):
    shop = make_counter_shop(uow)
    with pytest.raises(ValidationError, match="Open a shift first"):
        counter.sell(
            uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D(20))], on=ON
        )


def test_exchange_at_the_counter_in_one_transaction(uow, shop):
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(2))], payments=[counter.PaymentInput("wechat", D("22.60"))], on=ON
    )
    line = counter.ticket_view(uow, sold.number).lines[0]
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="short of the total"):  # 32.70 − 11.30 credit left unpaid
        counter.exchange_ticket(
            uow,
            sold.number,
            back=[counter.ReturnLineInput(line.id, D(1))],
            lines=[counter.LineInput(shop.b, D(1))],
            on=ON,
        )
    assert count_rows(uow) == before
    back, out = counter.exchange_ticket(
        uow,
        sold.number,
        back=[counter.ReturnLineInput(line.id, D(1))],
        lines=[counter.LineInput(shop.b, D(1))],
        payments=[counter.PaymentInput("cash", D(30))],
        on=ON,
    )
    assert (back.total, out.total, out.change) == (D("11.30"), D("32.70"), D("8.60"))
    assert money_balance(uow, "XJ01") == D("21.40")  # 32.70 − 11.30 in cash, net
    assert money_balance(uow, "WX01") == D("22.60")
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D(99), D(49))
    assert_books_tie_out(uow)


def test_the_counter_prices_like_the_price_lists(uow, shop):
    """会员价 through the existing price lists: the counter's one-statement pricing gives what
    ``masterdata.pricing.resolve_price`` gives, tier, channel, priority and quantity breaks alike."""
    from datetime import date

    from erp_desktop.models.catalog import PriceList, PriceListItem
    from erp_desktop.services.counter import fast
    from erp_desktop.services.masterdata.pricing import resolve_price

    member = counter.create_member(uow, name="王芳", phone="13800138000", on=ON)
    with uow.write() as tx:
        lists = [
            PriceList(name="会员价", tier="会员", priority=0),
            PriceList(name="门店促销", tier="", channel="门店", priority=5),
            PriceList(name="过期", tier="会员", valid_to=date(2026, 1, 31)),
        ]
        tx.add_all(lists)
        tx.flush()
        tx.add_all(
            [
                PriceListItem(price_list_id=lists[0].id, product_id=shop.a, price=D("10.50")),
                PriceListItem(price_list_id=lists[0].id, product_id=shop.a, price=D("9.90"), min_qty=D(10)),
                PriceListItem(price_list_id=lists[1].id, product_id=shop.a, price=D("10.00")),
                PriceListItem(price_list_id=lists[1].id, product_id=shop.b, price=D("30.00")),
                PriceListItem(price_list_id=lists[2].id, product_id=shop.b, price=D("1.00")),
            ]
        )
    with uow.read() as tx:
        for customer_id in (member.customer_id, counter_walk_in(tx)):
            from erp_desktop.models.parties import Customer

            customer = tx.get(Customer, customer_id)
            products = fast.products(tx, [shop.a, shop.b])
            wanted = [(products[p], q) for p in (shop.a, shop.b) for q in (D(1), D(10), D(25))]
            expected = [resolve_price(tx, customer_id, p.id, q, ON).price for p, q in wanted]
            assert fast.prices(tx, customer.tier, customer.channel, wanted, ON) == expected
    quote = counter.price_ticket(uow, [counter.LineInput(shop.a, D(10))], member_id=member.id, on=ON)
    assert quote.lines[0].unit_price == D("9.90")  # the member's quantity break


def counter_walk_in(tx):
    from erp_desktop.services.counter.tickets import walk_in_id

    return walk_in_id(tx)
