"""Requisitions merged into orders per supplier, with the links both ways; supplier performance."""

from __future__ import annotations

from datetime import date

import pytest

from erp_desktop.errors import ValidationError
from erp_desktop.services import purchasing
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, RequisitionLineInput, ReturnLineInput
from tests.support import factories as f
from tests.support.purchasing import DAY, D, actor, quote


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea, cup, mug = f.product(tx, "TEA"), f.product(tx, "CUP", cost="2"), f.product(tx, "MUG", cost="3")
        s1, s2 = f.supplier(tx, "S1"), f.supplier(tx, "S2")
        wh, (a1,) = f.warehouse(tx, "W1")
        quote(tx, s1, tea, "5.10")
        quote(tx, s2, tea, "4.90")
        return dict(tea=tea.id, cup=cup.id, mug=mug.id, s1=s1.id, s2=s2.id, a1=a1.id)


def test_merge_requisitions_into_orders_per_supplier(uow, shop):
    # CUP was last bought from S1
    purchasing.confirm_order(
        uow,
        purchasing.create_order(
            uow, supplier_id=shop["s1"], on=DAY, lines=[OrderLineInput(shop["cup"], D("1"), D("2"))]
        ).id,
    )
    clerk = actor(uow, "li", "sales")  # any department may ask
    rq1 = purchasing.create_requisition(
        clerk,
        on=DAY,
        department="Shop",
        lines=[
            RequisitionLineInput(shop["tea"], D("10"), date(2026, 3, 20), "running low"),
            RequisitionLineInput(shop["cup"], D("5"), None, "broken"),
        ],
    )
    rq2 = purchasing.create_requisition(
        clerk,
        on=DAY,
        department="Office",
        lines=[
            RequisitionLineInput(shop["tea"], D("4"), date(2026, 3, 10), "tea for guests"),
            RequisitionLineInput(shop["mug"], D("2")),
        ],
    )
    open_lines = purchasing.list_requisition_lines(uow, ListQuery(filters={"state": "open"})).rows
    assert [(r.number, r.product_code, r.qty) for r in open_lines] == [
        (rq1.number, "TEA", D("10")),
        (rq1.number, "CUP", D("5")),
        (rq2.number, "TEA", D("4")),
        (rq2.number, "MUG", D("2")),
    ]
    plan = purchasing.plan_merge(uow, [r.id for r in open_lines], DAY)
    assert [(p.product_label.split()[0], p.supplier_id, p.source) for p in plan] == [
        ("TEA", shop["s2"], "quote"),
        ("CUP", shop["s1"], "last"),
        ("TEA", shop["s2"], "quote"),
        ("MUG", None, ""),
    ]
    with pytest.raises(ValidationError, match="Choose a supplier for MUG"):
        purchasing.merge_requisitions(uow, [(p.requisition_line_id, p.supplier_id) for p in plan], on=DAY)
    choices = [(p.requisition_line_id, p.supplier_id or shop["s1"]) for p in plan]  # the buyer picks S1 for MUG
    refs = purchasing.merge_requisitions(actor(uow, "bob", "buyer"), choices, on=DAY)
    assert len(refs) == 2
    details = {d.supplier_code: d for d in (purchasing.get_order_detail(uow, r.id) for r in refs)}
    s2 = details["S2"]
    assert [(l.product_code, l.qty, l.price, l.expected_date, l.requisitions) for l in s2.lines] == [
        ("TEA", D("14"), D("4.90"), date(2026, 3, 10), f"{rq1.number}, {rq2.number}")
    ]
    assert s2.buyer == "bob" and s2.state == "draft"
    assert sorted((l.product_code, l.qty) for l in details["S1"].lines) == [("CUP", D("5")), ("MUG", D("2"))]
    rows = purchasing.list_requisition_lines(uow, ListQuery()).rows
    assert {(r.product_code, r.state, r.orders) for r in rows} == {
        ("TEA", "ordered", s2.number),
        ("CUP", "ordered", details["S1"].number),
        ("MUG", "ordered", details["S1"].number),
    }
    assert purchasing.list_requisition_lines(uow, ListQuery(filters={"state": "open"})).rows == []
    # merged twice is refused; cancelling the order reopens the requisition lines
    with pytest.raises(ValidationError, match="already covered"):
        purchasing.merge_requisitions(uow, choices[:1], on=DAY)
    purchasing.cancel_order(uow, s2.id)
    assert [
        r.product_code for r in purchasing.list_requisition_lines(uow, ListQuery(filters={"state": "open"})).rows
    ] == ["TEA", "TEA"]


def test_supplier_performance(uow, shop):
    o1 = purchasing.create_order(
        uow,
        supplier_id=shop["s1"],
        on=DAY,
        expected_date=date(2026, 3, 5),
        lines=[OrderLineInput(shop["tea"], D("10"), D("5"))],
    )
    purchasing.confirm_order(uow, o1.id)
    line_id = purchasing.get_order_detail(uow, o1.id).lines[0].id
    r1 = purchasing.receive_order(
        uow, o1.id, on=date(2026, 3, 5), location_id=shop["a1"], lines=[ReceiveLineInput(line_id, D("6"))]
    )
    purchasing.receive_order(uow, o1.id, on=date(2026, 3, 9), location_id=shop["a1"])  # late
    receipt_line = purchasing.get_receipt_detail(uow, r1.id).lines[0].id
    purchasing.return_to_supplier(uow, r1.id, on=date(2026, 3, 9), lines=[ReturnLineInput(receipt_line, D("1"))])
    perf = purchasing.supplier_performance(uow, shop["s1"], today=DAY)
    assert (perf.receipts, perf.on_time_receipts, perf.on_time_rate) == (2, 1, D("0.5000"))
    assert (perf.received_qty, perf.returned_qty, perf.return_rate) == (D("10"), D("1"), D("0.1000"))
    assert [(q.product_code, q.price, q.valid_now) for q in perf.quotes] == [("TEA", D("5.10"), True)]
    assert [o.number for o in perf.orders] == [o1.number]
    assert purchasing.supplier_performance(uow, shop["s2"]).on_time_rate is None


def test_order_shows_invoiced_and_paid_from_finance(uow, shop):
    from erp_desktop.services.finance import invoices as finance_invoices
    from erp_desktop.services.finance import money as finance_money

    ref = purchasing.create_order(
        uow, supplier_id=shop["s1"], on=DAY, lines=[OrderLineInput(shop["tea"], D("10"), D("5"))]
    )
    purchasing.confirm_order(uow, ref.id)
    receipt = purchasing.receive_order(uow, ref.id, on=DAY, location_id=shop["a1"])  # 56.50 payable
    account = finance_money.create_money_account(
        uow, code="BANK", name="Bank", opening_balance=D("1000"), opening_on=DAY
    )
    finance_money.pay_money(uow, supplier_id=shop["s1"], amount=D("30"), account_id=account.id, on=DAY, allocate="auto")
    finance_invoices.register_invoice(
        uow,
        direction="received",
        number="INV-1",
        on=DAY,
        party_id=shop["s1"],
        net=D("50"),
        tax=D("6.50"),
        links=[finance_invoices.InvoiceLinkSpec("PR", receipt.id, D("56.50"))],
    )
    detail = purchasing.get_order_detail(uow, ref.id)
    assert (detail.invoiced, detail.paid) == (D("56.50"), D("30.00"))
