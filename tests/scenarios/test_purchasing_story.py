"""The purchasing story of issue 5: requisitions → one order → owner approval (over the
threshold; a sales user is refused) → two partial receipts → stock, average cost and the payable
exactly → a return → reorder suggestions for what is below its reorder point."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from erp_desktop.errors import InvalidTransition, PermissionDenied
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.stock import ProductCost
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services import purchasing
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.purchasing import (
    OrderLineInput,
    ReceiveLineInput,
    RequisitionLineInput,
    ReturnLineInput,
    reorder,
)
from erp_desktop.services.system import verify
from tests.support import factories as f
from tests.support.purchasing import D, actor, quote, rule


def _cost(uow, product_id):
    with uow.read() as tx:
        c = tx.get(ProductCost, product_id)
        return c.qty, c.value, c.avg_cost


def test_requisition_to_order_to_approval_to_two_receipts(uow):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", reorder_point="100", reorder_qty=D("50"))
        cup = f.product(tx, "CUP", reorder_point="20", cost="2")
        mug = f.product(tx, "MUG", reorder_point="15", cost="3")
        s1 = f.supplier(tx, "S1", grade="B", payment_terms_days=30)
        wh, (a1,) = f.warehouse(tx, "W1")
        quote(tx, s1, tea, "5.00", lead=5)
        quote(tx, s1, cup, "2.00", lead=5)
        quote(tx, s1, mug, "3.00", min_qty="24", lead=5)
        tea, cup, mug, s1, a1 = tea.id, cup.id, mug.id, s1.id, a1.id
    rule(uow, min_amount="1000", role="owner", name="Big orders need the owner")
    buyer, owner, seller, clerk = (
        actor(uow, "bob", "buyer"),
        actor(uow, "olga", "owner"),
        actor(uow, "sam", "sales"),
        actor(uow, "wang", "warehouse"),
    )

    # earlier history: 40 TEA bought at 4.00, 30 of them sold this month
    early = purchasing.create_order(
        buyer, supplier_id=s1, on=date(2026, 2, 1), lines=[OrderLineInput(tea, D("40"), D("4.00"))]
    )
    purchasing.confirm_order(buyer, early.id)
    purchasing.receive_order(clerk, early.id, on=date(2026, 2, 3), location_id=a1)
    with uow.write() as tx:
        [move] = post_moves(
            tx,
            [MoveSpec(tea, a1, virtual_location_id(tx, VirtualLocation.CUSTOMER), D("30"))],
            doc_type="test",
            doc_id=uuid.uuid4(),
            on=date(2026, 3, 1),
        )
        Posting(date(2026, 3, 1)).debit(Accounts.COGS, move.value).credit(Accounts.INVENTORY, move.value).post(tx)
    assert _cost(uow, tea) == (D("10.000"), D("40.00"), D("4.000000"))

    # two departments ask; the buyer merges everything into one order for S1
    shop_rq = purchasing.create_requisition(
        seller,
        on=date(2026, 3, 2),
        department="Shop",
        lines=[RequisitionLineInput(tea, D("200"), date(2026, 3, 12), "spring sale")],
    )
    office_rq = purchasing.create_requisition(
        seller,
        on=date(2026, 3, 2),
        department="Office",
        lines=[RequisitionLineInput(tea, D("100")), RequisitionLineInput(cup, D("10"))],
    )
    open_lines = purchasing.list_requisition_lines(uow, ListQuery(filters={"state": "open"})).rows
    plan = purchasing.plan_merge(uow, [r.id for r in open_lines], date(2026, 3, 3))
    assert {p.supplier_id for p in plan} == {s1}
    [ref] = purchasing.merge_requisitions(
        buyer, [(p.requisition_line_id, p.supplier_id) for p in plan], on=date(2026, 3, 3)
    )
    order = purchasing.get_order_detail(uow, ref.id)
    assert [(l.product_code, l.qty, l.price, l.requisitions) for l in order.lines] == [
        ("TEA", D("300"), D("5.00"), f"{shop_rq.number}, {office_rq.number}"),
        ("CUP", D("10"), D("2.00"), office_rq.number),
    ]
    assert (order.net_total, order.tax_total, order.gross_total) == (D("1520.00"), D("197.60"), D("1717.60"))

    # over the threshold: it needs the owner
    with pytest.raises(InvalidTransition, match="needs approval by Owner"):
        purchasing.confirm_order(buyer, ref.id)
    purchasing.submit_order(buyer, ref.id)
    with pytest.raises(PermissionDenied):
        purchasing.approve_order(seller, ref.id)
    assert purchasing.approve_order(owner, ref.id, "ok for the spring sale").state == "confirmed"

    # the clerk receives in two parts
    lines = {l.product_code: l.id for l in order.lines}
    first = purchasing.receive_order(
        clerk,
        ref.id,
        on=date(2026, 3, 10),
        location_id=a1,
        lines=[ReceiveLineInput(lines["TEA"], D("120")), ReceiveLineInput(lines["CUP"], D("10"))],
    )
    assert (first.net_total, first.tax_total, first.gross_total, first.order_state) == (
        D("620.00"),
        D("80.60"),
        D("700.60"),
        "partly_received",
    )
    assert _cost(uow, tea) == (D("130.000"), D("640.00"), D("4.923077"))
    second = purchasing.receive_order(clerk, ref.id, on=date(2026, 3, 14), location_id=a1)
    assert (second.gross_total, second.order_state) == (D("1017.00"), "received")
    assert _cost(uow, tea) == (D("310.000"), D("1540.00"), D("4.967742"))
    with uow.read() as tx:
        payables = tx.execute(
            select(OpenItem.doc_number, OpenItem.amount, OpenItem.due)
            .where(OpenItem.kind == "payable")
            .order_by(OpenItem.on)
        ).all()
    assert [(p.amount, p.due) for p in payables] == [
        (D("180.80"), date(2026, 3, 5)),
        (D("700.60"), date(2026, 4, 9)),
        (D("1017.00"), date(2026, 4, 13)),
    ]
    detail = purchasing.get_order_detail(uow, ref.id, today=date(2026, 3, 20))
    assert detail.late_lines == 0 and [l.received_qty for l in detail.lines] == [D("300"), D("10")]

    # 5 TEA of the first receipt were damaged: back at 5.00 each, not at the average
    receipt = purchasing.get_receipt_detail(uow, first.id)
    tea_line = next(l for l in receipt.lines if l.product_code == "TEA")
    back = purchasing.return_to_supplier(
        clerk, first.id, on=date(2026, 3, 15), lines=[ReturnLineInput(tea_line.id, D("5"))], reason="damaged"
    )
    assert (back.net_total, back.gross_total) == (D("25.00"), D("28.25"))
    assert _cost(uow, tea) == (D("305.000"), D("1515.00"), D("4.967213"))
    assert purchasing.get_order_detail(uow, ref.id).state == "partly_received"

    # suggestions: CUP (20 − 10 on hand) and MUG (15, rounded up to the quote's 24); TEA is well stocked
    rows = {s.product_code: s for s in reorder.suggest_reorder(uow, today=date(2026, 3, 20))}
    assert set(rows) == {"CUP", "MUG"}
    assert (rows["CUP"].qty, rows["CUP"].supplier_id) == (D("10"), s1)
    assert (rows["MUG"].need, rows["MUG"].qty) == (D("15"), D("24"))
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
