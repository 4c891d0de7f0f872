"""Stock counts of a serial-tracked product by scanning its serial numbers: each serial scanned
counts one and is recorded on its line; the same serial twice is refused; posting reconciles the
serials — the ones missing from the bin leave stock, the ones found enter it."""

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from erp_desktop.errors import ValidationError
from erp_desktop.models.stock import LotBalance, StockLot
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.lots import LotInput, lot_id, lot_parts
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.system import verify
from tests.services.test_inventory_counts import balance as on_hand
from tests.support import factories

D = Decimal
ON = date(2026, 4, 1)


def receive_serials(uow, product_id, location_id, numbers):
    """Serials into a bin, at cost 600 (an opening receipt with its journal entry)."""
    doc = uuid.uuid4()
    with uow.write() as tx:
        opening = virtual_location_id(tx, VirtualLocation.OPENING)
        parts = lot_parts(tx, product_id, [LotInput(n) for n in numbers], qty=D(len(numbers)), line=1)
        moves = post_moves(
            tx,
            [MoveSpec(product_id, opening, location_id, D(len(numbers)), unit_cost=D(600), lots=parts)],
            doc_type="TEST",
            doc_id=doc,
            on=ON,
        )
        value = sum((m.value for m in moves), D(0))
        Posting(ON, doc_type="TEST", doc_id=doc).debit(Accounts.INVENTORY, value).credit(Accounts.OPENING, value).post(
            tx
        )


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        phone = factories.product(tx, "PH1", name="手机", cost="600", barcode="6900000000009", serial_tracked=True)
        tea = factories.product(tx, "TEA", cost="6")
        w, (a1, a2, b9) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02", "B-09"))
        ids = dict(phone=phone.id, tea=tea.id, w=w.id, a1=a1.id, a2=a2.id, b9=b9.id)
    receive_serials(uow, ids["phone"], ids["a1"], ["SN1", "SN2", "SN3"])
    receive_serials(uow, ids["phone"], ids["b9"], ["SN9"])
    return ids


def serials_in(uow, product_id, location_id):
    with uow.read() as tx:
        return sorted(
            tx.scalars(
                select(StockLot.number)
                .join(LotBalance, LotBalance.lot_id == StockLot.id)
                .where(LotBalance.product_id == product_id, LotBalance.location_id == location_id, LotBalance.qty > 0)
            )
        )


def test_a_scanned_serial_counts_one_of_its_product_and_is_recorded(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"], shop["a2"]])
    first = stock_counts.scan_count(uow, count.id, shop["a1"], "SN1")
    assert first.known and first.product_id == shop["phone"] and first.qty_added == 1 and first.counted_qty == 1
    assert "SN1" in first.label
    second = stock_counts.scan_count(uow, count.id, shop["a1"], " SN3 ")
    assert second.counted_qty == 2
    line = next(l for l in stock_counts.get_count(uow, count.id).lines if l.product_id == shop["phone"])
    assert line.counted_qty == 2 and line.serials == ("SN1", "SN3") and line.variance == -1


def test_the_same_serial_twice_is_refused_with_a_clear_message(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"], shop["a2"]])
    stock_counts.scan_count(uow, count.id, shop["a1"], "SN2")
    for bin_key in ("a1", "a2"):  # in the same bin or another one of the count
        with pytest.raises(ValidationError) as refused:
            stock_counts.scan_count(uow, count.id, shop[bin_key], "SN2")
        assert "SN2" in refused.value.message and "counted already (bin A-01)" in refused.value.message
    with pytest.raises(ValidationError) as with_qty:
        stock_counts.scan_count(uow, count.id, shop["a1"], "3*SN1")
    assert "stands for one unit" in with_qty.value.message
    with pytest.raises(ValidationError) as outside:  # SN9 is on the books in B-09, outside this count
        stock_counts.scan_count(uow, count.id, shop["a1"], "SN9")
    assert "B-09" in outside.value.message
    line = next(l for l in stock_counts.get_count(uow, count.id).lines if l.product_id == shop["phone"])
    assert line.counted_qty == 1 and line.serials == ("SN2",)  # nothing booked by the refusals


def test_posting_reconciles_missing_and_found_serials(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"], shop["a2"]])
    with uow.write() as tx:  # SN7 was sold once and is back on the shelf, unrecorded: a serial known to the books
        tx.add(StockLot(id=lot_id(shop["phone"], "SN7"), product_id=shop["phone"], number="SN7"))
    for code in ("SN1", "SN2"):
        stock_counts.scan_count(uow, count.id, shop["a1"], code)
    stock_counts.scan_count(uow, count.id, shop["a2"], "SN3")  # SN3 was put in A-02
    stock_counts.scan_count(uow, count.id, shop["a2"], "SN7")
    result = stock_counts.post_count(uow, count.id)
    assert serials_in(uow, shop["phone"], shop["a1"]) == ["SN1", "SN2"]  # SN3 left A-01
    assert serials_in(uow, shop["phone"], shop["a2"]) == ["SN3", "SN7"]  # found ones entered A-02
    assert on_hand(uow, shop["phone"], shop["a1"]) == 2 and on_hand(uow, shop["phone"], shop["a2"]) == 2
    assert serials_in(uow, shop["phone"], shop["b9"]) == ["SN9"]  # a bin not counted is left alone
    assert result.loss_value == D("600.00") and result.gain_value == D("1200.00") and result.adjusted_lines == 2
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_a_serial_found_in_another_bin_of_the_count_leaves_the_bin_it_was_booked_in(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"], shop["a2"]])
    for code in ("SN1", "SN2", "SN3"):
        stock_counts.scan_count(uow, count.id, shop["a2"], code)  # all three are in not counted
    stock_counts.post_count(uow, count.id)
    assert serials_in(uow, shop["phone"], shop["a1"]) == [] and on_hand(uow, shop["phone"], shop["a1"]) == 0
    assert serials_in(uow, shop["phone"], shop["a2"]) == ["SN1", "SN2", "SN3"]
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_a_unit_counted_without_its_serial_stops_the_posting(uow, shop):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=ON, bin_ids=[shop["a1"]])
    stock_counts.scan_count(uow, count.id, shop["a1"], "SN1")
    stock_counts.scan_count(uow, count.id, shop["a1"], "6900000000009")  # the product's barcode: no serial
    with pytest.raises(ValidationError) as refused:
        stock_counts.post_count(uow, count.id)
    assert "2 counted but 1 serial numbers scanned" in refused.value.message
    assert serials_in(uow, shop["phone"], shop["a1"]) == ["SN1", "SN2", "SN3"]  # nothing posted
