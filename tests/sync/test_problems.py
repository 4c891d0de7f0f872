"""S3 / B3 of the reliability reviews: one duplicate code made offline on two PCs no longer stops
a PC's sync. The refused rows are set aside (``sync_problem``), named with both records, the side
that refused them and the fix; everything else of both PCs arrives; renaming one product lets the
next sync apply the other; the pending count stays exact."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

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


def test_a_duplicate_code_on_two_pcs_no_longer_blocks_the_rest(pcs, server_url):
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

    sync.sync_now(a, server_url)
    result = sync.sync_now(b, server_url)  # used to fail: "UNIQUE constraint failed: product.code"
    assert result.pulled > 0 and result.pushed > 0
    sync.sync_now(a, server_url)

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
    assert sync.sync_now(b, server_url).pushed == 0  # retried, still refused, nothing else to send
    assert sync.pending_changes(b) == len(unsent)

    # the fix: rename one of the two; the next sync applies both
    with b.write() as tx:
        tx.get(Product, dup_b).code = "DUP1-B"
    assert sync.pending_changes(b) == len(unsent)
    sync.sync_now(b, server_url)
    assert problems.list_problems(b) == [] and sync.status(b).problems == 0
    assert sync.pending_changes(b) == 0
    sync.sync_now(a, server_url)
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
    assert sync.pending_changes(b) == before - 1  # dismissed: no longer waiting to be sent
    bad = subprocess.run([*env_run, "sync-problems", "--dismiss", "nope"], capture_output=True, text=True)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "sync-problems" in (bad.stdout + bad.stderr)
    assert len(problems.list_problems(b)) == 1
    assert Decimal(1) == Decimal(len(problems.list_problems(b, include_dismissed=True)) - 1)
