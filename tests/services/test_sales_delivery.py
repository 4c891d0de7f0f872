"""Deliveries, returns, exchanges: exact amounts, tax split by rate, stock at cost, refusals
that write nothing."""

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from erp_desktop.errors import ConfirmationRequired, InsufficientStock, ValidationError
from erp_desktop.models.finance import JournalEntry
from erp_desktop.services import sales
from tests.support import factories
from tests.support.sales import ON, account_balance, assert_books_tie_out, count_rows, make_shop, on_hand, receivables


def _entry_lines(uow, doc_id):
    with uow.read() as tx:
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == doc_id))
        return [(l.account_code, l.debit, l.credit) for l in entry.lines]


def _confirmed(uow, shop, *lines):
    ref = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=list(lines))
    sales.confirm_order(uow, ref.id)
    return ref, sales.get_order_view(uow, ref.id)


def test_partial_deliveries_add_up_exactly_and_split_tax_by_rate(uow):
    shop = make_shop(uow)
    ref, view = _confirmed(
        uow, shop, sales.LineInput(shop.a, D("7"), D("12.35"), D("0.05")), sales.LineInput(shop.b, D("3"))
    )
    a, b = view.lines
    first = sales.deliver_order(uow, ref.id, on=ON, lines=[sales.DeliveryLineInput(a.id, D("3"))])
    # 3 × 12.35 × 0.95 = 35.1975 → 35.20; tax 4.576 → 4.58; cost 3 × 6
    assert _entry_lines(uow, first.id) == [
        ("1122", D("39.78"), D("0")),
        ("5001", D("0"), D("35.20")),
        ("22210102", D("0"), D("4.58")),
        ("5401", D("18.00"), D("0")),
        ("1405", D("0"), D("18.00")),
    ]
    view = sales.get_order_view(uow, ref.id)
    assert view.state == "partly_delivered" and view.state_text == "Partly delivered"
    assert [l.remaining for l in view.lines] == [D("4"), D("3")]
    second = sales.deliver_order(uow, ref.id, on=ON, warehouse_id=shop.w1)  # the rest: A 4 takes 82.13 − 35.20, B 3
    assert _entry_lines(uow, second.id) == [
        ("1122", D("167.48"), D("0")),
        ("5001", D("0"), D("151.93")),
        ("22210102", D("0"), D("6.10")),
        ("22210102", D("0"), D("9.45")),  # one credit per rate: 13 %, 9 %
        ("5401", D("84.00"), D("0")),
        ("1405", D("0"), D("84.00")),
    ]
    view = sales.get_order_view(uow, ref.id)
    assert view.state == "delivered"
    assert [(d.number, d.gross_total) for d in view.deliveries] == [
        (first.number, D("39.78")),
        (second.number, D("167.48")),
    ]
    assert view.receivable == view.gross_total == D("207.26")
    assert receivables(uow, shop.customer) == [("DN", D("39.78")), ("DN", D("167.48"))]
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("93"), D("47"))
    assert_books_tie_out(uow)


def test_delivering_more_than_ordered_is_refused_and_writes_nothing(uow):
    shop = make_shop(uow)
    ref, view = _confirmed(uow, shop, sales.LineInput(shop.a, D("10")))
    sales.deliver_order(uow, ref.id, on=ON, lines=[sales.DeliveryLineInput(view.lines[0].id, D("6"))])
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="exceeds the 4.000 still open"):
        sales.deliver_order(uow, ref.id, on=ON, lines=[sales.DeliveryLineInput(view.lines[0].id, D("5"))])
    with pytest.raises(ValidationError, match="exceeds"):  # two lines that together ask too much
        sales.deliver_order(
            uow,
            ref.id,
            on=ON,
            lines=[
                sales.DeliveryLineInput(view.lines[0].id, D("3")),
                sales.DeliveryLineInput(view.lines[0].id, D("2")),
            ],
        )
    assert count_rows(uow) == before
    assert sales.get_order_view(uow, ref.id).lines[0].delivered_qty == D("6")


def test_shortage_forbid_refuses_warn_asks(uow):
    shop = make_shop(uow, stock_a="5")
    ref, view = _confirmed(
        uow, shop, sales.LineInput(shop.a, D("8"))
    )  # backorder: saved and confirmed despite the shortage
    assert view.lines[0].shortage
    before = count_rows(uow)
    with pytest.raises(InsufficientStock, match="on hand 5.000, requested 8"):
        sales.deliver_order(uow, ref.id, on=ON)
    assert count_rows(uow) == before and on_hand(uow, shop.a) == D("5")
    with uow.write() as tx:
        w2, (bin_w,) = factories.warehouse(tx, "W2", bins=("W-01",), policy="warn")
        w2_id, w2_bin = w2.id, bin_w.id
    before = count_rows(uow)
    with pytest.raises(ConfirmationRequired) as info:
        sales.deliver_order(uow, ref.id, on=ON, warehouse_id=w2_id)
    assert info.value.key == "negative-stock" and count_rows(uow) == before
    sales.deliver_order(uow, ref.id, on=ON, location_id=w2_bin, acknowledged=frozenset({"negative-stock"}))
    assert on_hand(uow, shop.a) == D("-3")


def test_return_at_original_cost_with_credit_and_reversed_entry(uow):
    shop = make_shop(uow)
    with uow.write() as tx:  # average becomes (600 + 21) / 103 = 6.029126
        from erp_desktop.models.warehouse import Location

        factories.opening_stock(
            tx,
            tx.get(__import__("erp_desktop.models.catalog", fromlist=["Product"]).Product, shop.a),
            tx.get(Location, shop.bin1),
            "3",
            "7",
        )
    ref, view = _confirmed(uow, shop, sales.LineInput(shop.a, D("3")))
    delivery = sales.deliver_order(uow, ref.id, on=ON)
    dn = sales.get_delivery_view(uow, delivery.id)
    assert dn.lines[0].cost == D("18.09")  # 3 × 6.029126 = 18.087378
    r1 = sales.return_delivery(
        uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[0].id, D("1"))], reason="broken"
    )
    # 1/3 of 30.00 net, 3.90 tax, 18.09 cost
    assert _entry_lines(uow, r1.id) == [
        ("5001", D("10.00"), D("0")),
        ("22210102", D("1.30"), D("0")),
        ("1122", D("0"), D("11.30")),
        ("1405", D("6.03"), D("0")),
        ("5401", D("0"), D("6.03")),
    ]
    r2 = sales.return_delivery(
        uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[0].id, D("2"), shop.bin2)]
    )
    assert _entry_lines(uow, r2.id)[3:] == [
        ("1405", D("12.06"), D("0")),
        ("5401", D("0"), D("12.06")),
    ]  # the rest, exactly
    assert receivables(uow, shop.customer) == [("DN", D("33.90")), ("SR", D("-11.30")), ("SR", D("-22.60"))]
    assert account_balance(uow, "5401") == D("0.00")
    assert on_hand(uow, shop.a) == D("103")
    view = sales.get_order_view(uow, ref.id)
    assert (view.lines[0].delivered_qty, view.lines[0].returned_qty, view.receivable) == (D("3"), D("3"), D("0.00"))
    assert view.state == "delivered"
    before = count_rows(uow)
    with pytest.raises(ValidationError, match="delivered 3.000, already returned 3.000"):
        sales.return_delivery(uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[0].id, D("1"))])
    assert count_rows(uow) == before
    assert_books_tie_out(uow)


def test_exchange_returns_one_item_and_delivers_another_in_one_transaction(uow):
    shop = make_shop(uow)
    ref, view = _confirmed(uow, shop, sales.LineInput(shop.a, D("10")))
    delivery = sales.deliver_order(uow, ref.id, on=ON)
    dn = sales.get_delivery_view(uow, delivery.id)
    result = sales.exchange_items(
        uow,
        delivery.id,
        on=ON,
        reason="wrong size",
        returned=[sales.ReturnLineInput(dn.lines[0].id, D("2"))],
        out=[sales.ExchangeOutInput(shop.b, D("1"))],
    )
    assert result.number == "SX-2026-000001"
    assert result.difference == D("15.55")  # B 35.00 + 3.15 − A 2 × 11.30
    assert receivables(uow, shop.customer) == [("DN", D("113.00")), ("DN", D("38.15")), ("SR", D("-22.60"))]
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("92"), D("49"))
    view = sales.get_order_view(uow, ref.id)
    line = view.lines[0]
    assert (line.delivered_qty, line.returned_qty, line.exchanged_qty, line.remaining) == (
        D("10"),
        D("2"),
        D("2"),
        D("0"),
    )
    assert view.receivable == D("128.55")
    assert [(d.kind, d.exchange) for d in view.documents] == [("DN", False), ("DN", True), ("SR", True)]
    # like-for-like swap takes the returned line's price
    sales.exchange_items(
        uow,
        delivery.id,
        on=ON,
        returned=[sales.ReturnLineInput(dn.lines[0].id, D("1"))],
        out=[sales.ExchangeOutInput(shop.a, D("1"))],
    )
    assert sales.get_order_view(uow, ref.id).receivable == D("128.55")
    before = count_rows(uow)
    with pytest.raises(InsufficientStock):  # the replacement is short: the return is not written either
        sales.exchange_items(
            uow,
            delivery.id,
            on=ON,
            returned=[sales.ReturnLineInput(dn.lines[0].id, D("1"))],
            out=[sales.ExchangeOutInput(shop.b, D("500"))],
        )
    assert count_rows(uow) == before
    assert_books_tie_out(uow)


def test_customer_history_lists_documents_and_products(uow):
    shop = make_shop(uow)
    ref, view = _confirmed(uow, shop, sales.LineInput(shop.a, D("10")), sales.LineInput(shop.b, D("2")))
    delivery = sales.deliver_order(uow, ref.id, on=ON)
    dn = sales.get_delivery_view(uow, delivery.id)
    sales.return_delivery(uow, delivery.id, on=ON, lines=[sales.ReturnLineInput(dn.lines[1].id, D("1"))])
    history = sales.customer_history(uow, shop.customer)
    assert history.orders == 1
    assert [(d.kind, d.gross_total) for d in history.documents] == [("SR", D("-38.15")), ("DN", D("189.30"))]
    assert [(p.code, p.qty, p.net, p.gross) for p in history.products] == [
        ("A001", D("10"), D("100.00"), D("113.00")),
        ("B001", D("1"), D("35.00"), D("38.15")),
    ]
    assert (history.net_total, history.gross_total, history.open_receivable) == (D("135.00"), D("151.15"), D("151.15"))


def test_verify_notices_tracking_out_of_step(uow):
    from erp_desktop.models.sales import SalesOrderLine
    from erp_desktop.services.system import verify

    shop = make_shop(uow)
    ref, view = _confirmed(uow, shop, sales.LineInput(shop.a, D("10")))
    sales.deliver_order(uow, ref.id, on=ON, lines=[sales.DeliveryLineInput(view.lines[0].id, D("4"))])
    assert_books_tie_out(uow)
    with uow.write() as tx:
        tx.get(SalesOrderLine, view.lines[0].id).delivered_qty = D("5")
    failed = [c for c in verify.run_checks(uow) if not c.ok]
    assert [c.name for c in failed] == ["Sales documents have their moves, receivables and entries"]
    assert "delivered 5.000 / returned 0.000, documents 4.000 / 0" in failed[0].details[0]
