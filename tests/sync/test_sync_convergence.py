"""Property: three PCs make random offline edits and postings, then sync in random orders with
random cut connections and sync processes SIGKILLed mid-sync (during the pull or the push, inside
a transaction or between two commits) and started again; afterwards every PC and the server hold
identical synced rows, every stock balance equals the sum of moves, the pending count is exactly 0
and ``verify`` passes everywhere. Each PC runs two processes on its file (the window and a
scheduled sync) whose clocks are skewed by a day either way and may jump back between steps (S1
of the review); a killed sync is a third, real process with its own skewed clock."""

from __future__ import annotations

import os
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import server as sync_server
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories as f

from .helpers import assert_same, assert_verified, issue, receive
from .kill_sync import STAGES, run_killed
from .test_outbox import ShiftedClock

PCS = 3
SHIFTS = [0, 86_400, -86_400, -3_600]  # seconds a process's wall clock is off
op = st.one_of(
    st.tuples(
        st.just("rename_product"), st.integers(0, PCS - 1), st.integers(0, 2), st.text("abcxyz", min_size=1, max_size=6)
    ),
    st.tuples(st.just("price"), st.integers(0, PCS - 1), st.integers(0, 2), st.integers(1, 500)),
    st.tuples(
        st.just("rename_customer"), st.integers(0, PCS - 1), st.integers(0, 1), st.text("klmn", min_size=1, max_size=5)
    ),
    st.tuples(st.just("receive"), st.integers(0, PCS - 1), st.integers(0, 2), st.integers(1, 5)),
    st.tuples(st.just("sell"), st.integers(0, PCS - 1), st.integers(0, 2), st.integers(1, 4)),
    st.tuples(st.just("sync"), st.integers(0, PCS - 1), st.sampled_from([None, "pull", "push"]), st.integers(1, 3)),
    st.tuples(st.just("jump"), st.integers(0, PCS - 1), st.integers(0, 1), st.sampled_from(SHIFTS)),
    st.tuples(st.just("kill"), st.integers(0, PCS - 1), st.sampled_from(STAGES), st.integers(1, 3)),
)
PROCS = 2  # processes per PC


class Cut(ConnectionError):
    pass


def _fault(stage, at):
    if stage is None:
        return None

    def fault(current, batch):
        if current == stage and batch == at:
            raise Cut("connection cut")

    return fault


@settings(
    max_examples=int(os.environ.get("ERP_HYPOTHESIS_EXAMPLES", "5")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    ops=st.lists(st.tuples(op, st.integers(0, PROCS - 1)), min_size=4, max_size=16),
    shifts=st.lists(st.sampled_from(SHIFTS), min_size=PCS * PROCS, max_size=PCS * PROCS),
    final_order=st.permutations(list(range(PCS))),
)
def test_three_pcs_converge(pcs, servers, ops, shifts, final_order):
    url = servers.new()
    shops = [pcs.new(f"pc{i}") for i in range(PCS)]
    clocks = [[ShiftedClock(shifts[pc * PROCS + p]) for p in range(PROCS)] for pc in range(PCS)]
    procs = [[UnitOfWork(s.engine, s.actor, s.pc_id, c) for c in cs] for s, cs in zip(shops, clocks, strict=True)]
    seed = shops[0]
    with seed.write() as tx:
        products = [f.product(tx, f"P{i}", name=f"Product {i}").id for i in range(3)]
        _, (bin_,) = f.warehouse(tx, "W")
        customers = [f.customer(tx, f"C{i}").id for i in range(2)]
        supplier = f.supplier(tx, "S").id
        bin_id = bin_.id
    receive(seed, products[0], bin_id, "3", supplier_id=supplier)
    for shop in shops:
        sync.sync_now(shop, url, batch_size=10)

    for (kind, pc, target, value), proc in ops:
        shop = procs[pc][proc]
        if kind == "jump":  # that process's clock is set to another time (NTP, a user, a dead battery)
            clocks[pc][target].shift = value
        elif kind == "rename_product":
            with shop.write() as tx:
                tx.get(Product, products[target]).name = f"{value}-{pc}"
        elif kind == "price":
            with shop.write() as tx:
                tx.get(Product, products[target]).sale_price = Decimal(value)
        elif kind == "rename_customer":
            with shop.write() as tx:
                tx.get(Customer, customers[target]).name = f"{value}-{pc}"
        elif kind == "receive":
            receive(shop, products[target], bin_id, str(value), supplier_id=supplier)
        elif kind == "sell":
            try:
                issue(shop, products[target], bin_id, str(value), customer_id=customers[value % 2])
            except InsufficientStock:
                pass
        elif kind == "sync":
            try:
                sync.sync_now(shop, url, batch_size=10, fault=_fault(target, value))
            except sync.SyncError:
                pass
        elif kind == "kill":  # a real sync process, SIGKILLed at that point, then started again
            shift = clocks[pc][proc].shift
            rc, output = run_killed(shops[pc].engine.url.database, url, target, value, shift, batch_size=3)
            assert rc in (-9, 0), output
            event(f"sync {'killed' if rc == -9 else 'not reached'}: {target}")
            restarted = UnitOfWork(shop.engine, shop.actor, shop.pc_id, ShiftedClock(shift))
            sync.sync_now(restarted, url, batch_size=10)

    # the connection is back: sync until a whole round moves nothing
    for _ in range(6):
        moved = 0
        for pc in final_order:
            result = sync.sync_now(shops[pc], url, batch_size=10)
            moved += result.pulled + result.pushed
        if moved == 0:
            break
    assert moved == 0
    assert [sync.pending_changes(p) for shop in procs for p in shop] == [0] * (PCS * PROCS)

    server = UnitOfWork(sync_server.make_server_engine(url))
    assert_same(*shops, server)
    for uow in (*shops, server):
        assert_verified(uow)  # includes: every stock balance equals the sum of moves
    server.engine.dispose()
