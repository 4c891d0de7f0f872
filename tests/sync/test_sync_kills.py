"""A sync process SIGKILLed at each point of its sync — the installation token stored on the
server only, inside and after a pulled batch, inside and after a pushed batch, inside the
transaction that moves the outbox cursor — then started again: nothing is lost, nothing is
doubled, the pending count is exact and both PCs and the server end identical and verified.
(The property in ``test_sync_convergence`` draws the same kills at random; this test proves
each point is reached: the process really died there.)"""

from __future__ import annotations

from sqlalchemy import select

from erp_desktop.models.parties import Customer
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import server as sync_server
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories as f

from .helpers import assert_same, assert_verified, issue, receive
from .kill_sync import STAGES, run_killed
from .test_outbox import ShiftedClock


def test_a_sync_killed_at_every_point_and_started_again_loses_nothing(pcs, server_url):
    a = pcs.new("counter")
    with a.write() as tx:
        product = f.product(tx, "P1", name="茶叶").id
        _, (bin_,) = f.warehouse(tx, "W")
        customer = f.customer(tx, "C0").id
        supplier = f.supplier(tx, "S").id
        bin_id = bin_.id
    receive(a, product, bin_id, "50", supplier_id=supplier)
    sync.sync_now(a, server_url)
    b = pcs.new("warehouse")
    sync.sync_now(b, server_url)
    for round_no, stage in enumerate(STAGES):
        # offline work on both PCs: enough rows for several batches of 3 each way
        for uow, who in ((a, "A"), (b, "B")):
            with uow.write() as tx:
                for i in range(2):
                    f.customer(tx, f"{who}{round_no}-{i}", name=f"客户 {who}{round_no}")
            receive(uow, product, bin_id, "2", supplier_id=supplier)
            issue(uow, product, bin_id, "1", customer_id=customer)
        sync.sync_now(a, server_url, batch_size=3)
        shift = 86_400 if round_no % 2 else -86_400  # the killed process's clock a day off
        rc, output = run_killed(b.engine.url.database, server_url, stage, 2, shift, batch_size=3)
        assert rc == -9, f"{stage}: the process was not killed there ({rc}): {output}"
        restarted = UnitOfWork(b.engine, b.actor, b.pc_id, ShiftedClock(shift))  # started again
        sync.sync_now(restarted, server_url, batch_size=3)
        assert sync.pending_changes(b) == 0, stage
        mine, theirs = {f"B{round_no}-0", f"B{round_no}-1"}, {f"A{round_no}-0", f"A{round_no}-1"}
        assert theirs <= _codes(b) and mine <= _codes(server_url)  # a's round reached b, b's the server

    for _ in range(3):
        moved = sum(r.pulled + r.pushed for r in (sync.sync_now(a, server_url), sync.sync_now(b, server_url)))
        if moved == 0:
            break
    assert moved == 0
    assert sync.pending_changes(a) == sync.pending_changes(b) == 0
    server = UnitOfWork(sync_server.make_server_engine(server_url))
    assert {f"B{n}-{i}" for n in range(len(STAGES)) for i in range(2)} <= _codes(a)
    assert_same(a, b, server)
    for uow in (a, b, server):
        assert_verified(uow)  # every move once: balances equal the sum of moves, entries balanced
    server.engine.dispose()


def _codes(where) -> set[str]:
    """Customer codes in a shop, or on the server (given its URL)."""
    if isinstance(where, str):
        with sync._server(where).connect() as conn:
            return set(conn.scalars(select(Customer.__table__.c.code)))
    with where.read() as tx:
        return set(tx.scalars(select(Customer.code)))
