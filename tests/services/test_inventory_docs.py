"""Other receipts, other issues, transfers: moves, values, journal amounts, reversal, bad input."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock, InvalidTransition, ValidationError
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.inventory_docs import StockDoc
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.models.warehouse import BinStatus, Location
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.system import verify
from tests.support import factories

D = Decimal
ON = date(2026, 3, 10)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        p1 = factories.product(tx, "TEA", cost="6")
        p2 = factories.product(tx, "CUP", cost="2.5")
        w1, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        w2, (b1,) = factories.warehouse(tx, "SHOP", bins=("B-01",))
        ids = dict(p1=p1.id, p2=p2.id, w1=w1.id, w2=w2.id, a1=a1.id, a2=a2.id, b1=b1.id)
    return ids


def entry_lines(uow, doc_id):
    with uow.read() as tx:
        rows = tx.execute(
            select(JournalLine.account_code, JournalLine.debit, JournalLine.credit)
            .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
            .where(JournalEntry.doc_id == doc_id)
            .order_by(JournalEntry.posted_at, JournalLine.seq)
        ).all()
    return [tuple(r) for r in rows]


def balance(uow, product_id, location_id):
    with uow.read() as tx:
        return tx.scalar(
            select(StockBalance.qty).where(
                StockBalance.product_id == product_id, StockBalance.location_id == location_id
            )
        ) or D(0)


def cost(uow, product_id):
    with uow.read() as tx:
        c = tx.get(ProductCost, product_id)
        return (c.qty, c.value, c.avg_cost)


def tie_out(uow):
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_opening_receipt_posts_moves_and_journal_to_3999(uow, shop):
    result = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        warehouse_id=shop["w1"],
        lines=[
            LineInput(shop["p1"], D("10"), D("6.5"), to_location_id=shop["a1"]),
            LineInput(shop["p2"], D("4")),  # default bin, default cost = purchase price 2.5
        ],
    )
    assert result.number == "OR-2026-000001"
    assert result.total_value == D("75.00")
    assert balance(uow, shop["p1"], shop["a1"]) == D("10")
    assert balance(uow, shop["p2"], shop["a1"]) == D("4")
    assert cost(uow, shop["p1"]) == (D("10"), D("65.00"), D("6.5"))
    assert entry_lines(uow, result.id) == [("1405", D("75.00"), D("0")), ("3999", D("0"), D("75.00"))]
    tie_out(uow)


def test_gift_receipt_credits_other_income_at_average(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("3"), D("7"), to_location_id=shop["a1"])],
    )
    r = inventory.create_and_post(
        uow, kind="receipt", reason="gift", on=ON, lines=[LineInput(shop["p1"], D("2"), to_location_id=shop["a1"])]
    )
    assert r.total_value == D("14.00")  # at the current average 7, not purchase price 6
    assert entry_lines(uow, r.id) == [("1405", D("14.00"), D("0")), ("5301", D("0"), D("14.00"))]
    tie_out(uow)


@pytest.mark.parametrize(
    "reason,account",
    [("damage", "5711"), ("internal_use", "5602"), ("gift", "5601"), ("sample", "5601"), ("other", "5711")],
)
def test_issue_debits_expense_by_reason(uow, shop, reason, account):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("3"), D("10"), to_location_id=shop["a1"])],
    )
    r = inventory.create_and_post(
        uow, kind="issue", reason=reason, on=ON, lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])]
    )
    assert r.number == "OS-2026-000001"
    assert r.total_value == D("10.00")
    assert entry_lines(uow, r.id) == [(account, D("10.00"), D("0")), ("1405", D("0"), D("10.00"))]
    assert balance(uow, shop["p1"], shop["a1"]) == D("2")
    tie_out(uow)


def test_issue_of_whole_stock_takes_whole_value(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("3"), D("10"), to_location_id=shop["a1"])],
    )
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="other",
        on=ON,
        lines=[LineInput(shop["p1"], D("3"), D("0.01"), to_location_id=shop["a1"])],
    )
    assert cost(uow, shop["p1"]) == (D("6"), D("30.03"), D("5.005"))
    r1 = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])]
    )
    assert r1.total_value == D("5.01")  # 5.005 rounded half-up
    r2 = inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(shop["p1"], D("5"), from_location_id=shop["a1"])]
    )
    assert r2.total_value == D("25.02")
    assert cost(uow, shop["p1"])[:2] == (D("0"), D("0"))
    tie_out(uow)


def test_transfer_between_warehouses_carries_value_without_journal(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("10"), D("6"), to_location_id=shop["a1"])],
    )
    r = inventory.create_and_post(
        uow,
        kind="transfer",
        on=ON,
        warehouse_id=shop["w1"],
        lines=[
            LineInput(shop["p1"], D("4"), from_location_id=shop["a1"], to_location_id=shop["b1"]),
            LineInput(shop["p1"], D("1"), from_location_id=shop["a1"], to_location_id=shop["a2"]),
        ],
    )
    assert r.number == "TR-2026-000001" and r.journal_number == ""
    assert r.total_value == D("30.00")
    assert [balance(uow, shop["p1"], shop[k]) for k in ("a1", "a2", "b1")] == [D("5"), D("1"), D("4")]
    assert cost(uow, shop["p1"]) == (D("10"), D("60.00"), D("6"))
    detail = inventory.get_stock_doc(uow, r.id)
    assert [line.value for line in detail.lines] == [D("24.00"), D("6.00")]
    assert entry_lines(uow, r.id) == []
    tie_out(uow)


def test_reverse_receipt_and_issue(uow, shop):
    rec = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("10"), D("6"), to_location_id=shop["a1"])],
    )
    iss = inventory.create_and_post(
        uow,
        kind="issue",
        reason="internal_use",
        on=ON,
        lines=[LineInput(shop["p1"], D("2"), from_location_id=shop["a1"])],
    )
    rev = inventory.reverse_stock_doc(uow, iss.id)
    assert rev.number == "OS-2026-000002" and rev.total_value == D("12.00")
    assert entry_lines(uow, rev.id) == [("1405", D("12.00"), D("0")), ("5602", D("0"), D("12.00"))]
    assert balance(uow, shop["p1"], shop["a1"]) == D("10")
    detail = inventory.get_stock_doc(uow, iss.id)
    assert detail.reversed_by_number == rev.number
    assert inventory.get_stock_doc(uow, rev.id).reversal_of_number == iss.number
    with pytest.raises(InvalidTransition):
        inventory.reverse_stock_doc(uow, iss.id)
    with pytest.raises(InvalidTransition):
        inventory.reverse_stock_doc(uow, rev.id)
    rev2 = inventory.reverse_stock_doc(uow, rec.id)
    assert entry_lines(uow, rev2.id) == [("3999", D("60.00"), D("0")), ("1405", D("0"), D("60.00"))]
    assert cost(uow, shop["p1"])[:2] == (D("0"), D("0"))
    with uow.read() as tx:
        reversal_entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == rev2.id))
        original_entry = tx.scalar(select(JournalEntry).where(JournalEntry.doc_id == rec.id))
        assert reversal_entry.reversal_of_id == original_entry.id
    tie_out(uow)


def test_reverse_transfer_moves_back(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("10"), D("6"), to_location_id=shop["a1"])],
    )
    tr = inventory.create_and_post(
        uow,
        kind="transfer",
        on=ON,
        lines=[LineInput(shop["p1"], D("4"), from_location_id=shop["a1"], to_location_id=shop["b1"])],
    )
    inventory.reverse_stock_doc(uow, tr.id)
    assert balance(uow, shop["p1"], shop["a1"]) == D("10") and balance(uow, shop["p1"], shop["b1"]) == D("0")
    tie_out(uow)


def test_reversal_refused_when_stock_is_gone_and_nothing_written(uow, shop):
    rec = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("10"), D("6"), to_location_id=shop["a1"])],
    )
    inventory.create_and_post(
        uow, kind="issue", reason="damage", on=ON, lines=[LineInput(shop["p1"], D("8"), from_location_id=shop["a1"])]
    )
    with pytest.raises(InsufficientStock, match="on hand 2.000, requested 10"):
        inventory.reverse_stock_doc(uow, rec.id)
    with uow.read() as tx:
        assert tx.scalar(select(StockDoc.reversed_by_id).where(StockDoc.id == rec.id)) is None
        assert len(tx.scalars(select(StockDoc)).all()) == 2
    tie_out(uow)


def test_draft_save_edit_post_and_posted_is_immutable(uow, shop):
    doc_id = inventory.save_stock_doc(
        uow,
        None,
        kind="receipt",
        reason="gift",
        on=ON,
        warehouse_id=shop["w1"],
        lines=[LineInput(shop["p1"], D("1"), D("5"))],
    )
    detail = inventory.get_stock_doc(uow, doc_id)
    assert detail.doc.state == "draft" and detail.doc.number == ""
    inventory.save_stock_doc(
        uow,
        doc_id,
        kind="receipt",
        reason="gift",
        on=ON,
        warehouse_id=shop["w1"],
        lines=[LineInput(shop["p1"], D("2"), D("5"))],
        version=detail.version,
    )
    assert balance(uow, shop["p1"], shop["a1"]) == D("0")  # a draft moves nothing
    result = inventory.post_stock_doc(uow, doc_id)
    assert result.total_value == D("10.00")
    with pytest.raises(InvalidTransition):
        inventory.post_stock_doc(uow, doc_id)
    with pytest.raises(InvalidTransition):
        inventory.save_stock_doc(uow, doc_id, kind="receipt", on=ON, lines=[LineInput(shop["p1"], D("9"))])
    with pytest.raises(InvalidTransition):
        inventory.delete_stock_doc(uow, doc_id)
    tie_out(uow)


@pytest.mark.parametrize("qty", [D("0"), D("-1"), D("0.0001")])
def test_bad_quantities_refused(uow, shop, qty):
    with pytest.raises(ValidationError, match="quantity must be greater than zero"):
        inventory.create_and_post(
            uow, kind="receipt", on=ON, lines=[LineInput(shop["p1"], qty, to_location_id=shop["a1"])]
        )


def test_transfer_to_same_bin_refused(uow, shop):
    with pytest.raises(ValidationError, match="different from its source"):
        inventory.create_and_post(
            uow,
            kind="transfer",
            on=ON,
            lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"], to_location_id=shop["a1"])],
        )


def test_inactive_product_and_frozen_bin_refused_nothing_written(uow, shop):
    with uow.write() as tx:
        tx.get(Location, shop["a2"]).status = BinStatus.FROZEN.value
    with pytest.raises(ValidationError, match="frozen"):
        inventory.create_and_post(
            uow,
            kind="receipt",
            reason="other",
            on=ON,
            lines=[
                LineInput(shop["p1"], D("1"), to_location_id=shop["a1"]),
                LineInput(shop["p2"], D("1"), to_location_id=shop["a2"]),
            ],
        )
    assert balance(uow, shop["p1"], shop["a1"]) == D("0")
    with uow.read() as tx:
        assert tx.scalars(select(StockDoc)).all() == []
    from erp_desktop.models.catalog import Product

    with uow.write() as tx:
        tx.get(Product, shop["p2"]).active = False
    with pytest.raises(ValidationError, match="inactive"):
        inventory.create_and_post(
            uow, kind="receipt", on=ON, lines=[LineInput(shop["p2"], D("1"), to_location_id=shop["a1"])]
        )


def test_issue_beyond_stock_refused_under_forbid(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("2"), D("6"), to_location_id=shop["a1"])],
    )
    with pytest.raises(InsufficientStock, match="TEA"):
        inventory.create_and_post(
            uow,
            kind="issue",
            reason="damage",
            on=ON,
            lines=[LineInput(shop["p1"], D("3"), from_location_id=shop["a1"])],
        )
    assert balance(uow, shop["p1"], shop["a1"]) == D("2")
    tie_out(uow)


def test_list_filters_and_search(uow, shop):
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[LineInput(shop["p1"], D("5"), D("6"), to_location_id=shop["a1"])],
    )
    inventory.create_and_post(
        uow,
        kind="issue",
        reason="damage",
        on=date(2026, 3, 11),
        lines=[LineInput(shop["p1"], D("1"), from_location_id=shop["a1"])],
    )
    inventory.save_stock_doc(
        uow,
        None,
        kind="transfer",
        on=date(2026, 3, 12),
        lines=[LineInput(shop["p2"], D("1"), from_location_id=shop["a1"], to_location_id=shop["b1"])],
    )
    from erp_desktop.services.paging import ListQuery

    page = inventory.list_stock_docs(uow, ListQuery())
    assert [r.kind for r in page.rows] == ["transfer", "issue", "receipt"]
    assert [r.number for r in inventory.list_stock_docs(uow, ListQuery(filters={"kind": "issue"})).rows] == [
        "OS-2026-000001"
    ]
    assert [r.state for r in inventory.list_stock_docs(uow, ListQuery(filters={"state": "draft"})).rows] == ["draft"]
    assert len(inventory.list_stock_docs(uow, ListQuery(search="CUP")).rows) == 1
    assert (
        len(
            inventory.list_stock_docs(
                uow, ListQuery(filters={"date_from": date(2026, 3, 11), "date_to": date(2026, 3, 11)})
            ).rows
        )
        == 1
    )
