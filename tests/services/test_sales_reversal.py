"""红冲 of a posted delivery (改单): one transaction posts the mirror image (a return in state
``reversal`` linked to the delivery), gives the order its quantities back, and verify passes; the
corrected copy delivers again. Refusals leave nothing written."""

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import InvalidTransition
from erp_desktop.services import sales
from tests.support.sales import account_balance, assert_books_tie_out, count_rows, make_shop, on_hand, receivables

ON = date(2026, 3, 10)


def _delivered(uow, shop, a="10", b="4"):
    order = sales.create_order(
        uow,
        customer_id=shop.customer,
        on=ON,
        lines=[sales.LineInput(shop.a, D(a)), sales.LineInput(shop.b, D(b))],
    )
    sales.confirm_order(uow, order.id)
    delivery = sales.deliver_order(uow, order.id, on=ON)
    return order, delivery


def test_reversal_undoes_the_delivery_and_the_order_delivers_again(uow):
    shop = make_shop(uow)
    order, delivery = _delivered(uow, shop)
    assert sales.get_order_view(uow, order.id).state == "delivered"
    # A: 10 × 10 × 1.13 = 113.00; B: 4 × 35 × 1.09 = 152.60
    assert receivables(uow, shop.customer) == [("DN", D("265.60"))]
    revenue_before = account_balance(uow, "5001")

    ref = sales.reverse_delivery(uow, delivery.id, on=ON)

    assert ref.state == "reversal" and ref.number.startswith("SR-")
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("100"), D("50"))
    assert sorted(receivables(uow, shop.customer)) == [("DN", D("265.60")), ("SR", D("-265.60"))]
    assert revenue_before == D("-240.00") and account_balance(uow, "5001") == D("0")
    assert account_balance(uow, "1405") == D("100") * 6 + D("50") * 20  # inventory at cost, as before
    view = sales.get_order_view(uow, order.id)
    assert view.state == "confirmed"
    assert [(line.delivered_qty, line.returned_qty, line.remaining) for line in view.lines] == [
        (D("0"), D("0"), D("10")),
        (D("0"), D("0"), D("4")),
    ]
    pairs = sales.delivery_reversals(uow, order.id)
    assert pairs == {delivery.id: ref.number, ref.id: delivery.number}  # linked both ways
    assert_books_tie_out(uow)

    # the corrected copy: A only, 8
    lines = [sales.DeliveryLineInput(view.lines[0].id, D("8"))]
    again = sales.deliver_order(uow, order.id, lines=lines, on=ON)
    assert again.number != delivery.number and on_hand(uow, shop.a) == D("92")
    assert sales.get_order_view(uow, order.id).state == "partly_delivered"
    assert_books_tie_out(uow)


def test_a_reversed_delivery_cannot_be_reversed_twice(uow):
    shop = make_shop(uow)
    _order, delivery = _delivered(uow, shop)
    sales.reverse_delivery(uow, delivery.id, on=ON)
    before = count_rows(uow)
    with pytest.raises(InvalidTransition, match="already been reversed"):
        sales.reverse_delivery(uow, delivery.id, on=ON)
    assert count_rows(uow) == before


def test_reversal_takes_back_only_what_was_not_returned(uow):
    shop = make_shop(uow)
    order, delivery = _delivered(uow, shop)
    view = sales.get_delivery_view(uow, delivery.id)
    sales.return_delivery(uow, delivery.id, lines=[sales.ReturnLineInput(view.lines[0].id, D("2"))], on=ON)
    sales.reverse_delivery(uow, delivery.id, on=ON)
    order_view = sales.get_order_view(uow, order.id)
    # the 2 returned stay a return; the other 8 of A and the 4 of B are open again
    assert [(line.delivered_qty, line.returned_qty, line.remaining) for line in order_view.lines] == [
        (D("2"), D("2"), D("8")),
        (D("0"), D("0"), D("4")),
    ]
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D("100"), D("50"))
    assert_books_tie_out(uow)
