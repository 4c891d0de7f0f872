"""Reorder suggestion arithmetic with exact figures, the supplier choice and turning picks into orders."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services import purchasing
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput, reorder
from tests.support import factories as f
from tests.support.purchasing import D, quote

TODAY = date(2026, 3, 31)


def _move(uow, product_id, src, dst, qty, on):
    with uow.write() as tx:
        where = {"opening": VirtualLocation.OPENING, "customer": VirtualLocation.CUSTOMER}
        src = virtual_location_id(tx, where[src]) if src in where else src
        dst = virtual_location_id(tx, where[dst]) if dst in where else dst
        post_moves(
            tx, [MoveSpec(product_id, src, dst, D(qty), unit_cost=D("4"))], doc_type="test", doc_id=uuid.uuid4(), on=on
        )


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea = f.product(tx, "TEA", reorder_point="20", reorder_qty=D("12"))
        cup = f.product(tx, "CUP", reorder_point="10", cost="2")
        mug = f.product(tx, "MUG")
        box = f.product(tx, "BOX", reorder_point="5")
        s1 = f.supplier(tx, "S1", lead_time_days=9)
        s2 = f.supplier(tx, "S2")
        s3 = f.supplier(tx, "S3")
        wh, (a1,) = f.warehouse(tx, "W1")
        quote(tx, s1, tea, "5.00", lead=10)
        quote(tx, s2, tea, "4.80", min_qty="100", lead=5)
        quote(tx, s3, tea, "5.00", lead=7)
        quote(tx, s1, tea, "1.00", valid_until=date(2026, 3, 1))  # expired: ignored
        quote(tx, s2, box, "1.00", min_qty="50", lead=3)
        ids = dict(tea=tea.id, cup=cup.id, mug=mug.id, box=box.id, s1=s1.id, s2=s2.id, s3=s3.id, a1=a1.id)
    tea, a1 = ids["tea"], ids["a1"]
    _move(uow, tea, "opening", a1, "60", date(2026, 1, 5))
    _move(uow, tea, a1, "customer", "2", date(2026, 2, 20))  # before the window
    _move(uow, tea, a1, "customer", "30", date(2026, 3, 2))  # first day of the 30-day window
    _move(uow, tea, a1, "customer", "20", TODAY)
    _move(uow, tea, "customer", a1, "5", date(2026, 3, 15))  # a customer return
    # TEA: on order 10, 3 received → on hand 60 − 52 + 5 + 3 = 16, on order 7
    po = purchasing.create_order(
        uow, supplier_id=ids["s1"], on=date(2026, 3, 1), lines=[OrderLineInput(tea, D("10"), D("5"))]
    )
    purchasing.confirm_order(uow, po.id)
    line_id = purchasing.get_order_detail(uow, po.id).lines[0].id
    purchasing.receive_order(uow, po.id, on=date(2026, 3, 3), location_id=a1, lines=[ReceiveLineInput(line_id, D("3"))])
    # CUP: last bought from S1 at 2.20; 4 on order
    cup_po = purchasing.create_order(
        uow, supplier_id=ids["s1"], on=date(2026, 3, 1), lines=[OrderLineInput(ids["cup"], D("4"), D("2.20"))]
    )
    purchasing.confirm_order(uow, cup_po.id)
    return ids


def test_suggestion_arithmetic(uow, shop):
    rows = {s.product_code: s for s in reorder.suggest_reorder(uow, window_days=30, today=TODAY)}
    assert set(rows) == {"TEA", "CUP", "BOX"}  # MUG: no reorder point, no sales → nothing
    tea = rows["TEA"]
    assert (tea.on_hand, tea.on_order, tea.reserved, tea.sold) == (D("16"), D("7"), D("0"), D("45"))
    assert tea.avg_daily == D("1.5")
    # S2 is cheaper but its minimum (100) is far above the need; S1 and S3 tie on price, S3 is faster
    assert (tea.supplier_id, tea.lead_time_days, tea.price, tea.source) == (shop["s3"], 7, D("5.00"), "quote")
    # 20 + 1.5 × 7 − (16 + 7 − 0) = 7.5 → 8 whole units → a multiple of 12
    assert (tea.need, tea.qty) == (D("7.5"), D("12"))
    assert tea.why.startswith(
        "reorder point 20 + 1.5/day × 7 days − (on hand 16 + on order 7 − reserved 0) = 7.5; sold 45 in 30 days"
    )
    assert "rounded up to 12 (whole units, multiples of 12)" in tea.why and "best valid quote: S3" in tea.why
    cup = rows["CUP"]
    # no quote: last supplier S1 (lead 9 days), no sales: 10 − (0 + 4) = 6 at the last price
    assert (cup.supplier_id, cup.lead_time_days, cup.need, cup.qty, cup.price, cup.source) == (
        shop["s1"],
        9,
        D("6"),
        D("6"),
        D("2.20"),
        "last",
    )
    box = rows["BOX"]
    assert (box.need, box.qty, box.supplier_id) == (D("5"), D("50"), shop["s2"])
    assert "minimum order 50" in box.why


def test_window_and_reserved_change_the_need(uow, shop, monkeypatch):
    monkeypatch.setattr(reorder, "reserved_quantities", lambda tx, ids: {shop["tea"]: D("6")})
    [tea] = reorder.suggest_reorder(uow, window_days=30, today=TODAY, product_ids=[shop["tea"]])
    # 20 + 10.5 − (16 + 7 − 6) = 13.5 → 14 → 24
    assert (tea.need, tea.qty) == (D("13.5"), D("24"))
    monkeypatch.setattr(reorder, "reserved_quantities", lambda tx, ids: {})
    [tea] = reorder.suggest_reorder(uow, window_days=10, today=TODAY, product_ids=[shop["tea"]])
    # last 10 days: 20 sold, 0 returned (the return was on day 17) → 2/day; 20 + 14 − 23 = 11 → 12
    assert (tea.sold, tea.avg_daily, tea.need, tea.qty) == (D("20"), D("2"), D("11"), D("12"))


def test_real_sales_reservations_are_counted(uow, shop):
    from erp_desktop.services import sales

    with uow.read() as tx:
        assert reorder.reserved_quantities(tx, [shop["tea"]]) == dict(sales.reserved_quantities(tx, [shop["tea"]]))


def test_nothing_suggested_when_stock_covers_the_lead_time(uow, shop):
    _move(uow, shop["tea"], "opening", shop["a1"], "8", TODAY)
    # 20 + 10.5 − (24 + 7) = −0.5 with S3's lead time → no suggestion
    assert reorder.suggest_reorder(uow, today=TODAY, product_ids=[shop["tea"]]) == []


def test_create_orders_from_suggestions_one_draft_per_supplier(uow, shop):
    rows = reorder.suggest_reorder(uow, today=TODAY)
    refs = reorder.create_orders_from_suggestions(uow, [(s.product_id, s.supplier_id, s.qty) for s in rows], on=TODAY)
    assert len(refs) == 3 and {r.state for r in refs} == {"draft"}
    by_supplier = {}
    for ref in refs:
        detail = purchasing.get_order_detail(uow, ref.id)
        by_supplier[detail.supplier_code] = [(l.product_code, l.qty, l.price) for l in detail.lines]
    assert by_supplier == {
        "S3": [("TEA", D("12"), D("5.00"))],
        "S1": [("CUP", D("6"), D("2.20"))],
        "S2": [("BOX", D("50"), D("1.00"))],
    }
    # the drafts now count as on order: nothing more is suggested
    assert reorder.suggest_reorder(uow, today=TODAY) == []


def test_round_up_rules():
    assert reorder.round_up(D("0.2"), reorder_qty=D("0"), min_qty=D("0")) == D("1")
    assert reorder.round_up(D("13"), reorder_qty=D("6"), min_qty=D("0")) == D("18")
    assert reorder.round_up(D("13"), reorder_qty=D("6"), min_qty=D("20")) == D("20")
