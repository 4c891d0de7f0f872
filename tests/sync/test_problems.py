"""S3 / B3 of the reliability reviews: one duplicate code made offline on two PCs no longer stops
a PC's sync. The refused rows are set aside (``sync_problem``), named with both records, the side
that refused them and the fix; everything else of both PCs arrives; renaming one product lets the
next sync apply the other; the pending count stays exact."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer
from erp_desktop.models.stock import StockMove
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import problems
from tests.support import factories as f

from .helpers import assert_same, assert_verified, receive


def _two_pcs(pcs, server_url):
    a = pcs.new("counter")
    with a.write() as tx:
        _, (bin_,) = f.warehouse(tx, "W1")
        supplier = f.supplier(tx, "S1").id
        bin_id = bin_.id
    sync.sync_now(a, server_url)
    b = pcs.new("warehouse")
    assert sync.sync_now(b, server_url).cloned
    return a, b, bin_id, supplier


def _codes(uow, model) -> set[str]:
    with uow.read() as tx:
        return set(tx.scalars(select(model.code)))


@pytest.mark.parametrize("batch", [sync.BATCH, 3], ids=["one-batch", "batches-of-3"])
def test_a_duplicate_code_on_two_pcs_no_longer_blocks_the_rest(pcs, server_url, batch):
    a, b, bin_id, supplier = _two_pcs(pcs, server_url)
    # both offline: the same new product code on both, each with stock received, plus other work
    with a.write() as tx:
        dup_a = f.product(tx, "DUP1", name="茶壶 A").id
        f.customer(tx, "CA", name="客户 A")
    receive(a, dup_a, bin_id, "3", supplier_id=supplier)
    with b.write() as tx:
        dup_b = f.product(tx, "DUP1", name="茶壶 B").id
        other = f.product(tx, "OK2", name="茶杯").id
        f.customer(tx, "CB", name="客户 B")
    receive(b, dup_b, bin_id, "5", supplier_id=supplier)  # refers to the product the server will refuse
    receive(b, other, bin_id, "7", supplier_id=supplier)

    sync.sync_now(a, server_url, batch_size=batch)
    result = sync.sync_now(b, server_url, batch_size=batch)  # used to fail: "UNIQUE constraint failed: product.code"
    assert result.pulled > 0 and result.pushed > 0 and result.set_aside >= 2
    sync.sync_now(a, server_url, batch_size=batch)

    # everything else of both PCs arrived
    assert {"CA", "CB"} <= _codes(a, Customer) and {"CA", "CB"} <= _codes(b, Customer)
    assert "OK2" in _codes(a, Product)
    with a.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockMove).where(StockMove.product_id == other)) == 1
        assert tx.get(Product, dup_b) is None
    with b.read() as tx:  # a's product and its receipt wait on b; b keeps its own DUP1
        assert tx.get(Product, dup_a) is None and tx.get(Product, dup_b) is not None
        assert tx.scalar(select(func.count()).select_from(StockMove).where(StockMove.product_id == dup_a)) == 0

    # the owner task names both records, the side that refused and the fix
    listed = sync.status(b)
    assert listed.problems >= 2
    rows = problems.list_problems(b)
    pulled = [p for p in rows if p.direction == "pull" and p.table_name == "product"]
    pushed = [p for p in rows if p.direction == "push" and p.table_name == "product"]
    assert len(pulled) == 1 and len(pushed) == 1
    assert pulled[0].row_id == dup_a and pulled[0].other_id == dup_b and pulled[0].key_text == "code=DUP1"
    assert pulled[0].refused_by == "this PC's file" and str(dup_a) in pulled[0].message
    assert str(dup_b) in pulled[0].message and "PC A" in pulled[0].message
    assert pushed[0].row_id == dup_b and pushed[0].other_id == dup_a and pushed[0].refused_by == "the shared database"
    assert (
        pushed[0].fix
        == "Rename one of the two products with code=DUP1 (on either PC); the next sync applies the other."
    )
    waiting = [p for p in rows if p.direction == "push" and p.table_name == "stock_move"]
    assert waiting and all("waits for product" in p.message for p in waiting)
    # the pending count is exact: b's product and what refers to it are still to be sent
    unsent = {(p.table_name, p.row_id) for p in rows if p.direction == "push"}
    assert sync.pending_changes(b) == len(unsent) > 0
    assert sync.sync_now(b, server_url, batch_size=batch).pushed == 0  # retried, still refused, nothing else to send
    assert sync.pending_changes(b) == len(unsent)

    # the fix: rename one of the two; the next sync applies both
    with b.write() as tx:
        tx.get(Product, dup_b).code = "DUP1-B"
    assert sync.pending_changes(b) == len(unsent)
    sync.sync_now(b, server_url, batch_size=batch)
    assert problems.list_problems(b) == [] and sync.status(b).problems == 0
    assert sync.pending_changes(b) == 0
    sync.sync_now(a, server_url, batch_size=batch)
    assert {"DUP1", "DUP1-B"} <= _codes(a, Product) and {"DUP1", "DUP1-B"} <= _codes(b, Product)
    assert_same(a, b)
    for pc in (a, b):
        assert_verified(pc)
    engine = sync._server(server_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM stock_move WHERE product_id = :p"), {"p": dup_b}) == 1


def test_a_set_aside_row_can_be_dismissed_and_is_listed_on_the_command_line(pcs, server_url, tmp_path):
    a, b, _bin, _supplier = _two_pcs(pcs, server_url)
    with a.write() as tx:
        f.customer(tx, "SAME", name="甲")
    with b.write() as tx:
        f.customer(tx, "SAME", name="乙")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    path = b.engine.url.database
    env_run = [sys.executable, "-m", "erp_desktop", "--db", path]
    out = subprocess.run([*env_run, "sync-problems", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)
    assert {p["direction"] for p in listed} == {"pull", "push"}
    assert all("code=SAME" in p["message"] for p in listed)
    text_out = subprocess.run([*env_run, "sync-problems"], capture_output=True, text=True, timeout=120)
    assert "Rename one of the two customers with code=SAME" in text_out.stdout
    before = sync.pending_changes(b)
    push = next(p for p in listed if p["direction"] == "push")
    done = subprocess.run([*env_run, "sync-problems", "--dismiss", str(push["id"])], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sync.pending_changes(b) == before  # dismissed: off the task list, still not on the server
    bad = subprocess.run([*env_run, "sync-problems", "--dismiss", "nope"], capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "sync-problems" in (bad.stdout + bad.stderr)
    assert len(problems.list_problems(b)) == 1
    assert Decimal(1) == Decimal(len(problems.list_problems(b, include_dismissed=True)) - 1)


@pytest.mark.parametrize("lost", [False, True], ids=["parent-dismissed", "parent-missing-for-any-reason"])
def test_a_pulled_row_whose_parent_is_missing_here_is_set_aside_not_the_batch(pcs, server_url, lost):
    """The parent was set aside and the owner dismissed it (or its problem is gone: a parent
    missing for any reason): a later child of it arrives alone. SQLite checks the deferred
    foreign key only at commit; the child is found and set aside, the rest of the batch applies."""
    a, b, bin_id, supplier = _two_pcs(pcs, server_url)
    with a.write() as tx:
        dup_a = f.product(tx, "TWIN", name="甲").id
    with b.write() as tx:
        f.product(tx, "TWIN", name="乙")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    pulled = next(p for p in problems.list_problems(b) if p.direction == "pull")
    problems.dismiss_problem(b, pulled.id)
    if lost:
        with b.write() as tx:
            tx.execute(text("DELETE FROM sync_problem"))
    receive(a, dup_a, bin_id, "4", supplier_id=supplier)  # refers to the product b does not hold
    with a.write() as tx:
        f.customer(tx, "LATER", name="后来的客户")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)  # used to fail every time: FOREIGN KEY constraint failed
    assert "LATER" in _codes(b, Customer)
    waiting = [p for p in problems.list_problems(b) if p.direction == "pull" and p.table_name == "stock_move"]
    assert waiting and all("waits for product" in p.message and str(dup_a) in p.message for p in waiting)
    with b.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockMove).where(StockMove.product_id == dup_a)) == 0
    if lost:
        return  # nothing left to retry the product from; a newer version of it would apply
    # the owner renames b's product after all: the dismissed product and what waits for it apply
    with b.write() as tx:
        tx.scalars(select(Product).where(Product.code == "TWIN")).one().code = "TWIN-B"
    sync.sync_now(b, server_url)
    sync.sync_now(a, server_url)
    assert problems.list_problems(b, include_dismissed=True) == []
    assert_same(a, b)
    assert_verified(b)


def test_a_row_deleted_elsewhere_but_still_referenced_here_stays_and_the_sync_goes_on(pcs, server_url):
    a, b, bin_id, supplier = _two_pcs(pcs, server_url)
    with a.write() as tx:
        product = f.product(tx, "GONE", name="要删的商品").id
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    receive(b, product, bin_id, "2", supplier_id=supplier)  # b uses it, offline
    with a.write() as tx:
        tx.delete(tx.get(Product, product))  # a deletes it meanwhile: a tombstone
        f.customer(tx, "AFTER", name="删除之后")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)  # used to fail at commit: FOREIGN KEY constraint failed
    assert "AFTER" in _codes(b, Customer)
    with b.read() as tx:
        assert tx.get(Product, product) is not None  # still referenced by b's receipt: kept
    assert_verified(b)


def test_two_pcs_posting_one_stock_document_number_set_it_aside_and_go_on(pcs, server_url):
    """Two PCs under one series (a file copied before copies were told apart) post the same
    other-receipt number: with the number unique (0015) each side refuses the other's document —
    set aside, naming both numbers — instead of holding two documents under one number."""
    from datetime import date

    from erp_desktop.models.inventory_docs import StockDoc
    from erp_desktop.models.system import LocalState
    from erp_desktop.services import inventory

    a, b, bin_id, _supplier = _two_pcs(pcs, server_url)
    with a.write() as tx:
        product = f.product(tx, "CUP", name="杯子").id
        series = tx.get(LocalState, "series").value
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    with b.write() as tx:
        tx.get(LocalState, "series").value = series  # b numbers in a's series from now on

    def post(uow, qty):
        line = inventory.LineInput(product, Decimal(qty), unit_cost=Decimal("2"), to_location_id=bin_id)
        return inventory.create_and_post(uow, kind="receipt", reason="other", on=date(2026, 11, 2), lines=[line])

    doc_a, doc_b = post(a, "3"), post(b, "5")
    assert doc_a.number == doc_b.number  # the clash
    with b.write() as tx:
        f.customer(tx, "AFTER", name="之后的客户")
    sync.sync_now(a, server_url)
    result = sync.sync_now(b, server_url)  # b's file refuses a's document, the server refuses b's
    sync.sync_now(a, server_url)
    assert result.set_aside >= 2
    assert "AFTER" in _codes(a, Customer)  # the rest of b's work arrived
    listed = [p for p in problems.list_problems(b) if p.table_name == "stock_doc"]
    assert {(p.direction, p.row_id, p.other_id) for p in listed} == {
        ("pull", doc_a.id, doc_b.id),
        ("push", doc_b.id, doc_a.id),
    }
    for p in listed:
        assert p.key_text == f"number={doc_a.number}" and doc_a.number in p.message
        assert "document number" in p.fix and "new number" in p.fix
    for uow, mine, theirs in ((a, doc_a.id, doc_b.id), (b, doc_b.id, doc_a.id)):
        with uow.read() as tx:
            assert tx.get(StockDoc, mine) is not None and tx.get(StockDoc, theirs) is None
    engine = sync._server(server_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM stock_doc WHERE number = :n"), {"n": doc_a.number}) == 1
