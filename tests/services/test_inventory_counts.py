"""Stock counts: snapshot, scanning, variances, posting gain/loss, moves after the snapshot kept."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from erp_desktop.errors import InvalidTransition, ValidationError
from erp_desktop.models.base import uuid7
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.warehouse import Location, VirtualLocation
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from tests.support import factories

D = Decimal
ON = date(2026, 4, 1)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        from erp_desktop.models.catalog import Category

        drinks = Category(name="Drinks", path="Drinks")
        tx.add(drinks)
        tx.flush()
        tea = factories.product(tx, "TEA", cost="6", barcode="6901234567890", category_id=drinks.id)
        cup = factories.product(tx, "CUP", cost="2", barcode="6900000000001")
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id, a2=a2.id, drinks=drinks.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("10"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("5"), D("2"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("3"), D("2"), to_location_id=ids["a2"]),
        ],
    )
    return ids


def balance(uow, product_id, location_id):
    with uow.read() as tx:
        return tx.scalar(
            select(StockBalance.qty).where(
                StockBalance.product_id == product_id, StockBalance.location_id == location_id
            )
        ) or D(0)


def entry_lines(uow, doc_id):
    with uow.read() as tx:
        return [
            tuple(r)
            for r in tx.execute(
                select(JournalLine.account_code, JournalLine.debit, JournalLine.credit)
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(JournalEntry.doc_id == doc_id)
                .order_by(JournalLine.seq)
            ).all()
        ]


def deliver(uow, product_id, location_id, quantity):
    """What a sales delivery does to stock (the ledger's view of it)."""
    from erp_desktop.services.ledger.journal import Accounts, Posting

    with uow.write() as tx:
        moves = post_moves(
            tx,
            [MoveSpec(product_id, location_id, virtual_location_id(tx, VirtualLocation.CUSTOMER), quantity)],
            doc_type="delivery",
            doc_id=uuid7(),
            on=ON,
        )
        value = sum(m.value for m in moves)
        Posting(ON, doc_type="delivery").debit(Accounts.COGS, value).credit(Accounts.INVENTORY, value).post(tx)


def tie_out(uow):
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_snapshot_rows_for_whole_warehouse_category_and_bins(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON)
    assert count.number == "SC-2026-000001" and count.line_count == 3
    detail = stock_counts.get_count(uow, count.id)
    assert [(l.bin_code, l.product_code, l.book_qty, l.counted_qty) for l in detail.lines] == [
        ("A-01", "CUP", D("5"), None),
        ("A-01", "TEA", D("10"), None),
        ("A-02", "CUP", D("3"), None),
    ]
    by_category = stock_counts.get_count(
        uow, stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, category_id=shop["drinks"]).id
    )
    assert [l.product_code for l in by_category.lines] == ["TEA"]
    by_bin = stock_counts.get_count(
        uow, stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a2"]]).id
    )
    assert [(l.bin_code, l.product_code) for l in by_bin.lines] == [("A-02", "CUP")]
    assert "A-02" in by_bin.count.scope


def test_moves_after_snapshot_are_not_overwritten(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"]])
    deliver(uow, shop["tea"], shop["a1"], D("3"))  # a sale while the clerk counts
    stock_counts.set_counted(uow, count.id, shop["tea"], shop["a1"], D("10"))
    result = stock_counts.post_count(uow, count.id)
    assert result.adjusted_lines == 0 and result.gain_value == 0 and result.loss_value == 0
    assert balance(uow, shop["tea"], shop["a1"]) == D("7")
    tie_out(uow)


def test_scanning_counts_and_posting_gain_and_loss(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON)
    for _ in range(12):
        r = stock_counts.scan_count(uow, count.id, shop["a1"], "6901234567890")
    assert r.known and r.counted_qty == D("12") and r.label.startswith("TEA")
    r = stock_counts.scan_count(uow, count.id, shop["a1"], "3*6900000000001")
    assert r.counted_qty == D("3")
    r = stock_counts.scan_count(uow, count.id, shop["a1"], "CUP", qty=D("1"))  # product code works too
    assert r.counted_qty == D("4")
    unknown = stock_counts.scan_count(uow, count.id, shop["a1"], "999999")
    assert not unknown.known
    stock_counts.scan_count(uow, count.id, shop["a1"], "999999")
    detail = stock_counts.get_count(uow, count.id)
    assert [(u.code, u.hits, u.qty) for u in detail.unknown] == [("999999", 2, D("2"))]
    variances = {(l.product_code, l.bin_code): (l.variance, l.variance_value) for l in detail.lines}
    assert variances[("TEA", "A-01")] == (D("2"), D("12.00"))
    assert variances[("CUP", "A-01")] == (D("-1"), D("-2.00"))
    assert variances[("CUP", "A-02")] == (None, None)  # not counted: left alone
    assert detail.gain_total == D("12.00") and detail.loss_total == D("2.00")
    result = stock_counts.post_count(uow, count.id)
    assert (result.gain_value, result.loss_value, result.adjusted_lines) == (D("12.00"), D("2.00"), 2)
    assert entry_lines(uow, count.id) == [
        ("1405", D("12.00"), D("0")),
        ("1901", D("0"), D("12.00")),
        ("1901", D("2.00"), D("0")),
        ("1405", D("0"), D("2.00")),
    ]
    assert balance(uow, shop["tea"], shop["a1"]) == D("12")
    assert balance(uow, shop["cup"], shop["a1"]) == D("4")
    assert balance(uow, shop["cup"], shop["a2"]) == D("3")
    with pytest.raises(InvalidTransition):
        stock_counts.post_count(uow, count.id)
    with pytest.raises(InvalidTransition):
        stock_counts.scan_count(uow, count.id, shop["a1"], "TEA")
    posted = stock_counts.get_count(uow, count.id)
    assert posted.count.state == "posted"
    assert {l.product_code: l.variance_value for l in posted.lines if l.bin_code == "A-01"} == {
        "TEA": D("12.00"),
        "CUP": D("-2.00"),
    }
    tie_out(uow)


def test_zero_uncounted_and_product_not_in_snapshot(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a2"]])
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="other",
        on=ON,
        lines=[LineInput(shop["tea"], D("2"), D("6"), to_location_id=shop["a2"])],
    )
    r = stock_counts.scan_count(uow, count.id, shop["a2"], "TEA")  # 2 received here after the snapshot
    assert r.known and not r.in_snapshot
    line = next(l for l in stock_counts.get_count(uow, count.id).lines if l.product_code == "TEA")
    assert line.book_qty == D("0")  # book at the snapshot, before the receipt
    stock_counts.post_count(uow, count.id, zero_uncounted=True)
    assert balance(uow, shop["cup"], shop["a2"]) == D("0")  # uncounted CUP treated as zero
    assert balance(uow, shop["tea"], shop["a2"]) == D("3")  # 2 received after the snapshot + gain of 1
    tie_out(uow)


def test_freeze_bins_during_count_and_unfreeze_on_cancel_and_post(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"]], freeze=True)
    assert count.frozen
    with pytest.raises(ValidationError, match="frozen"):
        inventory.create_and_post(
            uow,
            kind="issue",
            reason="damage",
            on=ON,
            lines=[LineInput(shop["tea"], D("1"), from_location_id=shop["a1"])],
        )
    stock_counts.cancel_count(uow, count.id)
    with uow.read() as tx:
        assert tx.get(Location, shop["a1"]).status == "active"
    with pytest.raises(InvalidTransition):
        stock_counts.post_count(uow, count.id)
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"]], freeze=True)
    stock_counts.set_counted(uow, count.id, shop["tea"], shop["a1"], D("9"))
    stock_counts.post_count(uow, count.id)
    with uow.read() as tx:
        assert tx.get(Location, shop["a1"]).status == "active"
    assert balance(uow, shop["tea"], shop["a1"]) == D("9")
    tie_out(uow)


def test_bad_count_input_refused(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"]])
    with pytest.raises(ValidationError, match="not part of stock count"):
        stock_counts.scan_count(uow, count.id, shop["a2"], "TEA")
    with pytest.raises(ValidationError, match="zero or more"):
        stock_counts.set_counted(uow, count.id, shop["tea"], shop["a1"], D("-1"))
    with pytest.raises(ValidationError, match="before"):
        stock_counts.scan_count(uow, count.id, shop["a1"], "x*TEA")
    with pytest.raises(ValidationError):
        stock_counts.scan_count(uow, count.id, shop["a1"], "   ")
    assert stock_counts.parse_scan("2.5*ABC") == (D("2.5"), "ABC")


def test_scan_codes_batch_and_find_count(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON)
    results = stock_counts.scan_codes(uow, count.id, shop["a1"], ["6901234567890", "", "6901234567890", "nope"])
    assert [r.known for r in results] == [True, True, False]
    assert stock_counts.find_count(uow, count.number).id == count.id


def test_scan_of_a_product_shelved_in_another_bin_asks_first(uow, shop):
    """TEA sits in A-01; scanning it while counting A-02 books nothing until the user agrees."""
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"], shop["a2"]])
    with pytest.raises(stock_counts.ShelvedElsewhere) as caught:
        stock_counts.scan_count(uow, count.id, shop["a2"], "TEA")
    exc = caught.value
    assert exc.key == stock_counts.OTHER_BIN
    assert "A-01 (10)" in exc.message and "not in A-02" in exc.message
    assert [(b[0], b[2]) for b in exc.bins] == [(shop["a1"], D("10"))] and shop["a1"] in exc.in_count
    assert not [l for l in stock_counts.get_count(uow, count.id).lines if l.counted_qty is not None]
    # counted where it is shelved: no question
    assert stock_counts.scan_count(uow, count.id, shop["a1"], "TEA").counted_qty == D("1")
    # CUP is shelved in both bins: no question either
    assert stock_counts.scan_count(uow, count.id, shop["a2"], "CUP").counted_qty == D("1")
    # accepted: booked in A-02, and the next scan there does not ask again
    r = stock_counts.scan_count(uow, count.id, shop["a2"], "TEA", acknowledged=frozenset({stock_counts.OTHER_BIN}))
    assert r.counted_qty == D("1") and r.shelved_in == "A-01 10"
    assert stock_counts.scan_count(uow, count.id, shop["a2"], "TEA").counted_qty == D("2")
    # a batch cannot ask: booked, and it says where the stock is
    (batch,) = stock_counts.scan_codes(uow, count.id, shop["a2"], ["6901234567890"])
    assert batch.counted_qty == D("3")


def test_the_stock_dashboard_names_the_bin_of_each_count_variance(uow, shop):
    from erp_desktop.services.analysis import dashboard

    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a2"]])
    stock_counts.scan_count(uow, count.id, shop["a2"], "TEA", acknowledged=frozenset({stock_counts.OTHER_BIN}))
    posted = stock_counts.post_count(uow, count.id)
    (variance,) = dashboard.stock_overview(uow, as_of=ON).count_variances
    assert variance.note == f"{posted.number} · A-02" and variance.qty == D("1")
