"""Quotes and orders: amounts, prices and permissions, credit limit, versions, cancelling."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from erp_desktop.errors import (
    ConcurrencyError,
    ConfirmationRequired,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from erp_desktop.services import sales
from erp_desktop.services.system.auth import ROLE_PERMISSIONS
from erp_desktop.storage.uow import Actor
from tests.support.sales import ON, count_rows, make_shop


def _clerk(uow):
    return uow.as_actor(Actor("sam", "sales", ROLE_PERMISSIONS["sales"]))


def test_line_amounts_round_half_up_per_line_and_total(uow):
    shop = make_shop(uow)
    ref = sales.create_order(
        uow,
        customer_id=shop.customer,
        on=ON,
        lines=[
            sales.LineInput(shop.a, D("7"), D("12.35"), D("0.05")),  # 82.1275 → 82.13; tax 10.6769 → 10.68
            sales.LineInput(shop.b, D("3")),  # 35.00 list price, 9 %: 105.00 + 9.45
        ],
    )
    view = sales.get_order_view(uow, ref.id)
    a, b = view.lines
    assert (a.net, a.tax, a.gross) == (D("82.13"), D("10.68"), D("92.81"))
    assert (b.unit_price, b.tax_rate, b.net, b.tax, b.gross) == (
        D("35"),
        D("0.09"),
        D("105.00"),
        D("9.45"),
        D("114.45"),
    )
    assert (view.net_total, view.tax_total, view.gross_total) == (D("187.13"), D("20.13"), D("207.26"))
    assert view.state == "draft" and ref.number == "SO-2026-000001"


def test_price_from_price_list_and_changes_need_permission(uow):
    shop = make_shop(uow)
    from erp_desktop.models.catalog import PriceList, PriceListItem

    with uow.write() as tx:
        pl = PriceList(name="Wholesale", tier="")
        tx.add(pl)
        tx.flush()
        tx.add(PriceListItem(price_list_id=pl.id, product_id=shop.a, price=D("9.5"), min_qty=D("5")))
    clerk = _clerk(uow)
    ref = sales.create_order(clerk, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("5"))])
    assert sales.get_order_view(uow, ref.id).lines[0].unit_price == D("9.5")
    with pytest.raises(PermissionDenied, match="price-editing permission"):
        sales.create_order(clerk, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("5"), D("11"))])
    assert sales.create_order(
        uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("5"), D("11"))]
    ).number


def test_price_below_average_cost_needs_permission(uow):
    shop = make_shop(uow)
    clerk = _clerk(uow)
    before = count_rows(uow)
    with pytest.raises(PermissionDenied, match="below its average cost 6"):
        sales.create_order(
            clerk, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("1"), discount=D("0.45"))]
        )
    assert count_rows(uow) == before
    ref = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("1"), D("5"))])
    assert sales.get_order_view(uow, ref.id).net_total == D("5.00")


def test_bad_lines_refused(uow):
    shop = make_shop(uow)
    for line, field in (
        (sales.LineInput(shop.a, D("0")), "qty"),
        (sales.LineInput(shop.a, D("1.0001")), "qty"),
        (sales.LineInput(shop.a, D("1"), discount=D("1")), "discount"),
        (sales.LineInput(shop.a, D("1"), D("-1")), "unit_price"),
    ):
        with pytest.raises(ValidationError) as info:
            sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[line])
        assert info.value.field == field
    with pytest.raises(ValidationError):
        sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[])


def test_credit_limit_warns_with_figures_and_can_be_accepted(uow):
    shop = make_shop(uow, credit_limit="200")
    first = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("10"))])
    sales.confirm_order(uow, first.id)
    sales.deliver_order(uow, first.id, on=ON)  # 113.00 now owed
    second = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("8"))])  # 90.40
    with pytest.raises(ConfirmationRequired) as info:
        sales.confirm_order(uow, second.id)
    assert info.value.key == "credit-limit"
    assert "owes 113.00" in info.value.message and "(90.40)" in info.value.message and "203.40" in info.value.message
    assert "200.00" in info.value.message
    assert sales.get_order_view(uow, second.id).state == "draft"
    assert sales.confirm_order(uow, second.id, acknowledged=frozenset({"credit-limit"})).state == "confirmed"
    third = sales.create_order(
        uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("7"))]
    )  # 79.10 → 192.10
    assert sales.confirm_order(uow, third.id).state == "confirmed"


def test_stale_form_and_editing_a_confirmed_order_are_refused(uow):
    shop = make_shop(uow)
    ref = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("1"))])
    newer = sales.update_order(
        uow,
        ref.id,
        expected_version=ref.version,
        customer_id=shop.customer,
        on=ON,
        lines=[sales.LineInput(shop.a, D("2")), sales.LineInput(shop.b, D("1"))],
    )
    assert newer.version == ref.version + 1
    with pytest.raises(ConcurrencyError):
        sales.update_order(
            uow,
            ref.id,
            expected_version=ref.version,
            customer_id=shop.customer,
            on=ON,
            lines=[sales.LineInput(shop.a, D("5"))],
        )
    view = sales.get_order_view(uow, ref.id)
    assert [l.qty for l in view.lines] == [D("2"), D("1")] and view.gross_total == D("22.60") + D("38.15")
    sales.confirm_order(uow, ref.id)
    with pytest.raises(InvalidTransition, match="only a draft can be edited"):
        sales.update_order(
            uow,
            ref.id,
            expected_version=sales.get_order_view(uow, ref.id).version,
            customer_id=shop.customer,
            on=ON,
            lines=[sales.LineInput(shop.a, D("5"))],
        )


def test_cancel_draft_confirmed_and_close_partly_delivered(uow):
    shop = make_shop(uow)
    draft = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("1"))])
    assert sales.cancel_order(uow, draft.id).state == "cancelled"
    confirmed = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("3"))])
    sales.confirm_order(uow, confirmed.id)
    assert sales.cancel_order(uow, confirmed.id).state == "cancelled"
    with pytest.raises(InvalidTransition):
        sales.deliver_order(uow, confirmed.id, on=ON)
    partly = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("10"))])
    sales.confirm_order(uow, partly.id)
    line = sales.get_order_view(uow, partly.id).lines[0]
    sales.deliver_order(uow, partly.id, on=ON, lines=[sales.DeliveryLineInput(line.id, D("4"))])
    with uow.read() as tx:
        assert sales.reserved_quantities(tx, [shop.a]) == {shop.a: D("6")}
    assert sales.cancel_order(uow, partly.id).state == "closed"
    view = sales.get_order_view(uow, partly.id)
    assert (view.lines[0].delivered_qty, view.lines[0].cancelled_qty, view.lines[0].remaining) == (
        D("4"),
        D("6"),
        D("0"),
    )
    assert view.receivable == D("45.20")  # 4 × 10 × 1.13 stays owed
    with uow.read() as tx:
        assert sales.reserved_quantities(tx, [shop.a]) == {}
    with pytest.raises(InvalidTransition):
        sales.cancel_order(uow, partly.id)


def test_reserved_and_available_exclude_the_order_itself(uow):
    shop = make_shop(uow)
    one = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("30"))])
    two = sales.create_order(uow, customer_id=shop.customer, on=ON, lines=[sales.LineInput(shop.a, D("80"))])
    sales.confirm_order(uow, one.id)
    view = sales.get_order_view(uow, two.id)
    assert (view.lines[0].on_hand, view.lines[0].reserved_other, view.lines[0].available) == (
        D("100"),
        D("30"),
        D("70"),
    )
    assert view.lines[0].shortage and view.has_shortage  # 80 > 70: 缺货预警, still saved (backorder)
    assert sales.confirm_order(uow, two.id).state == "confirmed"
    assert sales.stock_availability(uow, [shop.a])[shop.a].available == D("-10")
    assert sales.get_order_view(uow, one.id).lines[0].available == D("20")  # the other open order holds 80


def test_quote_converts_to_order_in_one_action(uow):
    shop = make_shop(uow)
    quote = sales.create_quote(
        uow,
        customer_id=shop.customer,
        on=ON,
        valid_until=ON + timedelta(days=14),
        lines=[
            sales.LineInput(shop.a, D("4"), D("11.5"), D("0.1")),  # 41.40 + 5.38
            sales.LineInput(shop.b, D("2")),  # 70.00 + 6.30
        ],
    )
    assert quote.number == "SQ-2026-000001"
    order = sales.convert_quote(uow, quote.id, on=ON + timedelta(days=3))
    view = sales.get_order_view(uow, order.id)
    assert view.quote_number == quote.number and view.customer_id == shop.customer and view.state == "draft"
    assert [(l.qty, l.unit_price, l.discount, l.net, l.tax) for l in view.lines] == [
        (D("4"), D("11.5"), D("0.1"), D("41.40"), D("5.38")),
        (D("2"), D("35"), D("0"), D("70.00"), D("6.30")),
    ]
    assert view.gross_total == D("123.08")
    q = sales.get_quote_view(uow, quote.id)
    assert (q.state, q.order_id) == ("converted", order.id)
    with pytest.raises(InvalidTransition):
        sales.convert_quote(uow, quote.id, on=ON)
    old = sales.create_quote(
        uow, customer_id=shop.customer, on=ON, valid_until=ON, lines=[sales.LineInput(shop.a, D("1"))]
    )
    with pytest.raises(ValidationError, match="expired"):
        sales.convert_quote(uow, old.id, on=date(2026, 4, 1))


def test_list_orders_filters_and_search(uow):
    from erp_desktop.services.paging import ListQuery

    shop = make_shop(uow)
    refs = [
        sales.create_order(
            uow,
            customer_id=shop.customer,
            on=ON + timedelta(days=i),
            lines=[sales.LineInput(shop.a, D("1"))],
            salesperson="Wang" if i % 2 else "Li",
        )
        for i in range(5)
    ]
    sales.confirm_order(uow, refs[1].id)
    page = sales.list_orders(uow, ListQuery(limit=3))
    assert [r.number for r in page.rows] == [refs[4].number, refs[3].number, refs[2].number] and page.next_after
    rest = sales.list_orders(uow, ListQuery(limit=3, after=page.next_after))
    assert [r.number for r in rest.rows] == [refs[1].number, refs[0].number] and rest.next_after is None
    assert [r.number for r in sales.list_orders(uow, ListQuery(filters={"state": "confirmed"})).rows] == [
        refs[1].number
    ]
    assert len(sales.list_orders(uow, ListQuery(filters={"salesperson": "Wang"})).rows) == 2
    assert len(sales.list_orders(uow, ListQuery(filters={"date_from": ON + timedelta(days=3)})).rows) == 2
    assert len(sales.list_orders(uow, ListQuery(search="张三")).rows) == 5
    assert [r.number for r in sales.list_orders(uow, ListQuery(search="000003")).rows] == [refs[2].number]
