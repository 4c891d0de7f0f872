"""Allocation (核销): oldest first, by choice, partial, refused over-allocation, un-allocation."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import InvalidTransition, ValidationError
from erp_desktop.models.payments import Allocation
from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery, sales_return


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        cid = factories.customer(tx, "C001").id
        other = factories.customer(tx, "C002").id
    finance.create_money_account(uow, code="BANK1", name="工商银行")
    delivery(uow, cid, "300", date(2026, 10, 1), "DN-1", terms_days=30)
    delivery(uow, cid, "500", date(2026, 9, 1), "DN-0", terms_days=70)  # older document, due last (11-10)
    delivery(uow, cid, "200", date(2026, 10, 5), "DN-2", terms_days=10)  # due 10-15: first due
    return cid, other


def _open(uow, cid):
    return {
        r.doc_number: r.open for r in fq.list_open_items(uow, kind="receivable", party_id=cid, include_settled=True)
    }


def test_auto_allocates_oldest_due_first_and_leaves_an_advance(uow, shop):
    cid, _ = shop
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1100"), account_id="BANK1", on=date(2026, 10, 20), allocate="auto"
    )
    assert r.allocated == D("1000.00")
    assert _open(uow, cid) == {"DN-2": D("0.00"), "DN-1": D("0.00"), "DN-0": D("0.00"), r.number: D("-100.00")}
    with uow.read() as tx:
        order = [a for a in tx.scalars(select(Allocation).order_by(Allocation.created_at))]
        assert [a.amount for a in order] == [D("200.00"), D("300.00"), D("500.00")]
    assert_books_tie_out(uow)


def test_partial_by_choice_then_later(uow, shop):
    cid, _ = shop
    items = {r.doc_number: r.id for r in fq.list_open_items(uow, kind="receivable", party_id=cid)}
    r = finance.receive_money(
        uow,
        customer_id=cid,
        amount=D("400"),
        account_id="BANK1",
        on=date(2026, 10, 20),
        allocate=[(items["DN-0"], D("150")), (items["DN-1"], D("0"))],
    )
    assert r.allocated == D("150")
    assert _open(uow, cid)["DN-0"] == D("350.00")
    later = finance.allocate(
        uow, credit_item_id=r.open_item_id, choices=[(items["DN-1"], D("250"))], on=date(2026, 10, 25)
    )
    assert (later.allocated, later.rows) == (D("250"), 1)
    assert _open(uow, cid) == {"DN-0": D("350.00"), "DN-1": D("50.00"), "DN-2": D("200.00"), r.number: D("0.00")}
    assert_books_tie_out(uow)


def test_over_allocation_refused_and_nothing_written(uow, shop):
    cid, other = shop
    items = {r.doc_number: r.id for r in fq.list_open_items(uow, kind="receivable", party_id=cid)}
    with pytest.raises(ValidationError, match="only 300.00 open"):
        finance.receive_money(
            uow,
            customer_id=cid,
            amount=D("1000"),
            account_id="BANK1",
            on=date(2026, 10, 20),
            allocate=[(items["DN-1"], D("300.01"))],
        )
    with pytest.raises(ValidationError, match="left to allocate"):
        finance.receive_money(
            uow,
            customer_id=cid,
            amount=D("100"),
            account_id="BANK1",
            on=date(2026, 10, 20),
            allocate=[(items["DN-0"], D("100.01"))],
        )
    assert fq.list_open_items(uow, kind="receivable", sign=-1) == []  # the receipt itself rolled back
    assert finance.list_money_accounts(uow)[0].balance == D("0")
    r = finance.receive_money(uow, customer_id=other, amount=D("10"), account_id="BANK1", on=date(2026, 10, 20))
    with pytest.raises(ValidationError, match="same party"):
        finance.allocate(uow, credit_item_id=r.open_item_id, choices=[(items["DN-1"], D("10"))])
    assert_books_tie_out(uow)


def test_unallocate_is_a_recorded_reversal(uow, shop):
    cid, _ = shop
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("200"), account_id="BANK1", on=date(2026, 10, 20), allocate="auto"
    )
    rows = fq.allocations_for_party(uow, kind="receivable", party_id=cid)
    assert [(a.debit_number, a.credit_number, a.amount) for a in rows] == [("DN-2", r.number, D("200.00"))]
    finance.unallocate(uow, rows[0].id, amount=D("50"))
    assert _open(uow, cid)["DN-2"] == D("50.00") and _open(uow, cid)[r.number] == D("-50.00")
    finance.unallocate(uow, rows[0].id)
    with pytest.raises(InvalidTransition):
        finance.unallocate(uow, rows[0].id)
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(Allocation)) == 3
        assert tx.scalar(select(func.sum(Allocation.amount))) == D("0.00")
    assert _open(uow, cid)[r.number] == D("-200.00")
    rows = fq.allocations_for_party(uow, kind="receivable", party_id=cid)
    assert [a.undone for a in rows if not a.reversal] == [D("200.00")]
    assert_books_tie_out(uow)


def test_return_credit_allocates_against_delivery(uow, shop):
    cid, _ = shop
    sales_return(uow, cid, "120", date(2026, 10, 10), "SR-1")
    result = finance.auto_allocate_party(uow, kind="receivable", party_id=cid, on=date(2026, 10, 31))
    assert (result.allocated, result.rows) == (D("120.00"), 1)
    assert _open(uow, cid)["DN-2"] == D("80.00")
    assert_books_tie_out(uow)
