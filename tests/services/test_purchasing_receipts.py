"""Orders, prices, receipts (partial, tolerance, frozen bin) and returns at the exact cost."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ConfirmationRequired, InsufficientStock, InvalidTransition, ValidationError
from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.models.purchasing import PurchaseReceipt, PurchaseReturn
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.models.warehouse import Location
from erp_desktop.services import purchasing
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, ReturnLineInput
from erp_desktop.services.system import verify
from tests.support import factories as f
from tests.support.purchasing import DAY, D, actor, quote


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", cost="4.5")
        cup = f.product(tx, "CUP", cost="2")
        sup = f.supplier(tx, "S1", payment_terms_days=45)
        other = f.supplier(tx, "S2")
        wh, (a1, a2) = f.warehouse(tx, "W1", bins=("A-01", "A-02"))
        quote(tx, sup, tea, "5.20", min_qty="0")
        quote(tx, sup, tea, "5.00", min_qty="100")
        quote(tx, sup, tea, "1.00", min_qty="0", valid_until=date(2026, 1, 1))  # expired
        return dict(tea=tea.id, cup=cup.id, sup=sup.id, other=other.id, wh=wh.id, a1=a1.id, a2=a2.id)


def _confirmed(uow, shop, lines, supplier="sup", on=DAY, expected=None):
    ref = purchasing.create_order(uow, supplier_id=shop[supplier], on=on, lines=lines, expected_date=expected)
    return purchasing.confirm_order(uow, ref.id)


def _journal(uow, number):
    with uow.read() as tx:
        entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_number == number))
        return [(l.account_code, l.debit, l.credit) for l in entry.lines]


def _cost(uow, product_id):
    with uow.read() as tx:
        c = tx.get(ProductCost, product_id)
        return (c.qty, c.value, c.avg_cost)


def test_default_prices_quote_then_last_then_product(uow, shop):
    assert purchasing.default_price(uow, shop["sup"], shop["tea"], D("10"), DAY) == purchasing.PriceDefault(
        D("5.20"), "quote"
    )
    assert purchasing.default_price(uow, shop["sup"], shop["tea"], D("100"), DAY).price == D("5.00")
    assert purchasing.default_price(uow, shop["other"], shop["tea"], D("10"), DAY) == purchasing.PriceDefault(
        D("4.5"), "product"
    )
    _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("3"), D("4.80"))], supplier="other")
    assert purchasing.default_price(uow, shop["other"], shop["tea"], D("10"), DAY) == purchasing.PriceDefault(
        D("4.80"), "last"
    )


def test_order_amounts_round_half_up_per_line(uow, shop):
    ref = purchasing.create_order(
        uow,
        supplier_id=shop["sup"],
        on=DAY,
        lines=[
            OrderLineInput(shop["tea"], D("3"), D("3.335"), D("0.13")),  # net 10.005 → 10.01, tax 1.3013 → 1.30
            OrderLineInput(shop["cup"], D("7"), None, D("0.09")),  # default: product price 2 → 14.00, tax 1.26
        ],
    )
    detail = purchasing.get_order_detail(uow, ref.id)
    assert [(l.net, l.tax, l.gross, l.price_source) for l in detail.lines] == [
        (D("10.01"), D("1.30"), D("11.31"), "manual"),
        (D("14.00"), D("1.26"), D("15.26"), "product"),
    ]
    assert (detail.net_total, detail.tax_total, detail.gross_total) == (D("24.01"), D("2.56"), D("26.57"))


def test_zero_price_needs_confirmation(uow, shop):
    lines = [OrderLineInput(shop["tea"], D("2"), D("0"))]
    with pytest.raises(ConfirmationRequired) as info:
        purchasing.create_order(uow, supplier_id=shop["sup"], on=DAY, lines=lines)
    assert info.value.key == "zero-price"
    assert purchasing.list_orders(uow, purchasing.ListQuery() if hasattr(purchasing, "ListQuery") else _q()).rows == []
    ref = purchasing.create_order(
        uow, supplier_id=shop["sup"], on=DAY, lines=lines, acknowledged=frozenset({"zero-price"})
    )
    assert ref.gross_total == D("0.00")


def _q():
    from erp_desktop.services.paging import ListQuery

    return ListQuery()


def test_partial_receipts_stock_cost_payable_journal(uow, shop):
    order = _confirmed(
        uow,
        shop,
        [
            OrderLineInput(shop["tea"], D("100"), D("5.00"), D("0.13")),
            OrderLineInput(shop["cup"], D("10"), D("2.10"), D("0.13")),
        ],
    )
    clerk = actor(uow, "wang", "warehouse")
    first = purchasing.receive_order(
        clerk,
        order.id,
        on=DAY,
        location_id=shop["a1"],
        lines=[ReceiveLineInput(purchasing.get_order_detail(uow, order.id).lines[0].id, D("40"))],
    )
    assert (first.net_total, first.tax_total, first.gross_total, first.order_state) == (
        D("200.00"),
        D("26.00"),
        D("226.00"),
        "partly_received",
    )
    assert _cost(uow, shop["tea"]) == (D("40.000"), D("200.00"), D("5.000000"))
    assert _journal(uow, first.number) == [
        ("1405", D("200.00"), D("0")),
        ("22210101", D("26.00"), D("0")),
        ("2202", D("0"), D("226.00")),
    ]
    second = purchasing.receive_order(clerk, order.id, on=date(2026, 3, 5), location_id=shop["a2"])  # the rest
    assert second.order_state == "received"
    assert second.net_total == D("300.00") + D("21.00")
    with uow.read() as tx:
        items = tx.execute(
            select(OpenItem.doc_number, OpenItem.amount, OpenItem.due)
            .where(OpenItem.kind == "payable")
            .order_by(OpenItem.doc_number)
        ).all()
        bal = dict(
            tx.execute(
                select(StockBalance.location_id, StockBalance.qty).where(StockBalance.product_id == shop["tea"])
            ).all()
        )
    assert [(i.amount, i.due) for i in items] == [(D("226.00"), date(2026, 4, 16)), (D("362.73"), date(2026, 4, 19))]
    assert bal == {shop["a1"]: D("40.000"), shop["a2"]: D("60.000")}
    detail = purchasing.get_order_detail(uow, order.id)
    assert [(l.received_qty, l.outstanding) for l in detail.lines] == [(D("100"), D("0")), (D("10"), D("0"))]
    assert [r.number for r in detail.receipts] == [first.number, second.number]
    with pytest.raises(ValidationError, match="exceeds the order"):
        purchasing.receive_order(
            clerk, order.id, on=DAY, location_id=shop["a1"], lines=[ReceiveLineInput(detail.lines[0].id, D("1"))]
        )
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_average_cost_reaverages_at_net_amount(uow, shop):
    with uow.write():
        pass
    o1 = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("10"), D("5.00"))])
    purchasing.receive_order(uow, o1.id, on=DAY, location_id=shop["a1"])
    o2 = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("20"), D("5.75"))])
    purchasing.receive_order(uow, o2.id, on=DAY, location_id=shop["a1"])
    # (50.00 + 115.00) / 30 = 5.5 — VAT never enters the cost
    assert _cost(uow, shop["tea"]) == (D("30.000"), D("165.00"), D("5.500000"))


def test_over_receipt_tolerance(uow, shop):
    order = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("10"), D("5"))])
    line_id = purchasing.get_order_detail(uow, order.id).lines[0].id
    with pytest.raises(ValidationError, match="ordered 10.000, received 0"):
        purchasing.receive_order(
            uow, order.id, on=DAY, location_id=shop["a1"], lines=[ReceiveLineInput(line_id, D("10.5"))]
        )
    purchasing.set_over_receipt_tolerance(uow, D("0.05"))
    assert purchasing.over_receipt_tolerance(uow) == D("0.05")
    assert (
        purchasing.receive_order(
            uow, order.id, on=DAY, location_id=shop["a1"], lines=[ReceiveLineInput(line_id, D("10.5"))]
        ).order_state
        == "received"
    )
    with pytest.raises(ValidationError):
        purchasing.receive_order(
            uow, order.id, on=DAY, location_id=shop["a1"], lines=[ReceiveLineInput(line_id, D("0.001"))]
        )


def test_frozen_bin_and_unconfirmed_order_refused_nothing_written(uow, shop):
    draft = purchasing.create_order(
        uow, supplier_id=shop["sup"], on=DAY, lines=[OrderLineInput(shop["tea"], D("10"), D("5"))]
    )
    with pytest.raises(InvalidTransition, match="only confirmed orders"):
        purchasing.receive_order(uow, draft.id, on=DAY, location_id=shop["a1"])
    purchasing.confirm_order(uow, draft.id)
    with pytest.raises(ValidationError, match="before its order"):
        purchasing.receive_order(uow, draft.id, on=date(2026, 3, 1), location_id=shop["a1"])
    with uow.write() as tx:
        tx.get(Location, shop["a1"]).status = "frozen"
    with pytest.raises(ValidationError, match="frozen"):
        purchasing.receive_order(uow, draft.id, on=DAY, location_id=shop["a1"])
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(PurchaseReceipt)) == 0
        assert tx.scalar(select(func.count()).select_from(OpenItem)) == 0
        assert tx.scalar(select(func.count()).select_from(JournalEntry)) == 0
    detail = purchasing.get_order_detail(uow, draft.id)
    assert detail.state == "confirmed" and detail.lines[0].received_qty == 0
    ref = purchasing.receive_order(uow, draft.id, on=DAY, location_id=shop["a2"])
    assert ref.number == "PR-2026-000001"  # the refused attempt gave its number back


def test_return_leaves_at_the_cost_it_came_in(uow, shop):
    o1 = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("3"), D("3.333333"), D("0.13"))])
    r1 = purchasing.receive_order(uow, o1.id, on=DAY, location_id=shop["a1"])  # net 10.00, tax 1.30
    o2 = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("10"), D("7"), D("0.13"))])
    purchasing.receive_order(uow, o2.id, on=DAY, location_id=shop["a1"])  # net 70.00: avg (80/13)
    receipt = purchasing.get_receipt_detail(uow, r1.id)
    line_id = receipt.lines[0].id
    part = purchasing.return_to_supplier(uow, r1.id, on=DAY, lines=[ReturnLineInput(line_id, D("1"))], reason="damaged")
    assert (part.net_total, part.tax_total, part.gross_total) == (D("3.33"), D("0.43"), D("3.76"))
    assert _cost(uow, shop["tea"]) == (D("12.000"), D("76.67"), D("6.389167"))
    assert _journal(uow, part.number) == [
        ("2202", D("3.76"), D("0")),
        ("1405", D("0"), D("3.33")),
        ("22210101", D("0"), D("0.43")),
    ]
    rest = purchasing.return_to_supplier(uow, r1.id, on=DAY, lines=[ReturnLineInput(line_id, D("2"))])
    # exact: the whole line went back at 10.00 net / 1.30 tax in total
    assert (rest.net_total, rest.tax_total) == (D("6.67"), D("0.87"))
    assert _cost(uow, shop["tea"]) == (D("10.000"), D("70.00"), D("7.000000"))
    with pytest.raises(ValidationError, match="received 3.000, already returned 3.000"):
        purchasing.return_to_supplier(uow, r1.id, on=DAY, lines=[ReturnLineInput(line_id, D("1"))])
    with uow.read() as tx:
        payable = tx.scalar(select(func.sum(OpenItem.amount)).where(OpenItem.kind == "payable"))
        assert tx.scalar(select(func.count()).select_from(PurchaseReturn)) == 2
    assert payable == D("11.30") + D("79.10") - D("11.30")
    detail = purchasing.get_order_detail(uow, o1.id)
    assert (detail.lines[0].received_qty, detail.lines[0].returned_qty, detail.state) == (
        D("3"),
        D("3"),
        "partly_received",
    )
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_return_more_than_received_refused_and_nothing_written(uow, shop):
    o = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("5"), D("5"))])
    r = purchasing.receive_order(uow, o.id, on=DAY, location_id=shop["a1"])
    line_id = purchasing.get_receipt_detail(uow, r.id).lines[0].id
    with pytest.raises(ValidationError, match="Cannot return 6"):
        purchasing.return_to_supplier(uow, r.id, on=DAY, lines=[ReturnLineInput(line_id, D("6"))])
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(PurchaseReturn)) == 0
    assert purchasing.get_receipt_detail(uow, r.id).lines[0].returned_qty == 0


def test_return_refused_when_stock_already_gone(uow, shop):
    import uuid

    from erp_desktop.models.warehouse import VirtualLocation
    from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id

    o = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("5"), D("5"))])
    r = purchasing.receive_order(uow, o.id, on=DAY, location_id=shop["a1"])
    with uow.write() as tx:
        post_moves(
            tx,
            [MoveSpec(shop["tea"], shop["a1"], virtual_location_id(tx, VirtualLocation.CUSTOMER), D("4"))],
            doc_type="test",
            doc_id=uuid.uuid4(),
            on=DAY,
        )
    line_id = purchasing.get_receipt_detail(uow, r.id).lines[0].id
    with pytest.raises(InsufficientStock):
        purchasing.return_to_supplier(uow, r.id, on=DAY, lines=[ReturnLineInput(line_id, D("2"))])


def test_list_filters_and_late_lines(uow, shop):
    late = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("5"), D("5"))], expected=date(2026, 3, 10))
    purchasing.create_order(
        uow, supplier_id=shop["other"], on=date(2026, 3, 20), lines=[OrderLineInput(shop["cup"], D("1"), D("2"))]
    )
    today = date(2026, 3, 15)
    rows = purchasing.list_orders(uow, _q(), today=today).rows
    assert [r.number for r in rows] == ["PO-2026-000002", "PO-2026-000001"]
    from erp_desktop.services.paging import ListQuery

    assert [r.number for r in purchasing.list_orders(uow, ListQuery(filters={"late": True}), today=today).rows] == [
        late.number
    ]
    assert [r.number for r in purchasing.list_orders(uow, ListQuery(filters={"state": "draft"}), today=today).rows] == [
        "PO-2026-000002"
    ]
    assert [
        r.number for r in purchasing.list_orders(uow, ListQuery(filters={"supplier_id": shop["sup"]}), today=today).rows
    ] == [late.number]
    assert [
        r.number
        for r in purchasing.list_orders(uow, ListQuery(filters={"date_from": date(2026, 3, 16)}), today=today).rows
    ] == ["PO-2026-000002"]
    assert purchasing.list_orders(uow, ListQuery(filters={"buyer": "nobody"}), today=today).rows == []
    assert purchasing.get_order_detail(uow, late.id, today=today).late_lines == 1
    paged = purchasing.list_orders(uow, ListQuery(limit=1), today=today)
    assert len(paged.rows) == 1 and paged.next_after is not None


def test_verify_check_catches_a_receipt_out_of_step(uow, shop):
    from erp_desktop.models.purchasing import PurchaseOrderLine
    from erp_desktop.services.purchasing.checks import check_purchasing_documents

    o = _confirmed(uow, shop, [OrderLineInput(shop["tea"], D("5"), D("5"))])
    r = purchasing.receive_order(uow, o.id, on=DAY, location_id=shop["a1"])
    purchasing.return_to_supplier(
        uow, r.id, on=DAY, lines=[ReturnLineInput(purchasing.get_receipt_detail(uow, r.id).lines[0].id, D("1"))]
    )
    assert check_purchasing_documents in verify.all_checks()
    with uow.read() as tx:
        assert check_purchasing_documents(tx).ok
    with uow.write() as tx:
        line = tx.scalar(select(PurchaseOrderLine))
        line.received_qty = D("4")
        tx.get(PurchaseReceipt, r.id).gross_total = D("1")
    with uow.read() as tx:
        result = check_purchasing_documents(tx)
    assert not result.ok and any("payable 28.25, document 1" in d for d in result.details)
    assert any("received 4.000/5.000" in d for d in result.details)
