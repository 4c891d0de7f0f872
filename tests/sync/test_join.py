"""A PC joining a shop never empties its file before the whole clone has arrived and passed
``verify``: the clone is pulled into a file next to it and copied over it in one step; a join
that fails anywhere leaves the file exactly as it was (issue 20, "Order that respects references")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from erp_desktop.models.system import LocalState
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.system import verify
from tests.support import factories as f

from .helpers import assert_same, assert_verified, receive, snapshot


def _shop(pcs, server_url):
    a = pcs.new("first")
    with a.write() as tx:
        product = f.product(tx, "P1", name="茶壶").id
        _, (bin_,) = f.warehouse(tx, "W1")
        supplier = f.supplier(tx, "S1").id
        for n in range(12):
            f.customer(tx, f"C{n}", name=f"客户 {n}")
        bin_id = bin_.id
    for _ in range(3):
        receive(a, product, bin_id, "2", supplier_id=supplier)
    sync.sync_now(a, server_url)
    return a


def _state(uow) -> dict[str, str]:
    with uow.read() as tx:
        return {row.key: row.value for row in tx.scalars(select(LocalState))}


def _leftovers(uow) -> list[Path]:
    path = Path(uow.engine.url.database)
    return sorted(path.parent.glob(path.name + ".joining*"))


def test_a_join_cut_mid_clone_leaves_the_file_as_it_was(pcs, server_url):
    a = _shop(pcs, server_url)
    b = pcs.new("new-pc")
    rows_before, state_before = snapshot(b), _state(b)
    assert rows_before["account"]  # the fresh file's own reference data (chart of accounts …)

    def cut(stage: str, batch: int) -> None:
        if stage == "pull" and batch == 3:
            raise ConnectionError("connection cut mid-clone")

    with pytest.raises(sync.SyncError, match="This PC's file was not changed"):
        sync.sync_now(b, server_url, batch_size=10, fault=cut)
    assert snapshot(b) == rows_before  # used to be emptied, then half-filled
    after = _state(b)
    assert after.get(sync.K_SERVER, "") == state_before.get(sync.K_SERVER, "") == ""
    assert "Joining the shop failed" in after[sync.K_ERROR]
    assert _leftovers(b) == []
    assert_verified(b)

    joined = sync.sync_now(b, server_url, batch_size=10)  # the next sync joins for real
    assert joined.cloned
    assert_same(a, b)
    assert_verified(b)
    assert _leftovers(b) == []
    assert sync.sync_now(b, server_url).pushed == 0


def test_a_clone_that_fails_verify_is_not_swapped_in(pcs, server_url, monkeypatch):
    _shop(pcs, server_url)
    b = pcs.new("new-pc")
    rows_before = snapshot(b)
    real = verify.run_checks

    def failing(uow):
        checks = real(uow)
        return [checks[0].__class__(**{**checks[0].__dict__, "ok": False}), *checks[1:]]

    monkeypatch.setattr(verify, "run_checks", failing)
    with pytest.raises(sync.SyncError, match="does not pass its checks"):
        sync.sync_now(b, server_url)
    assert snapshot(b) == rows_before
    assert _leftovers(b) == []


def test_a_pc_set_up_with_init_joins_the_shop(pcs, server_url, tmp_path, capsys):
    """`erp-desktop init` makes the walk-in customer 散客 in every new shop; that alone is not
    "own data", so the new PC joins instead of being refused (it was, after 散客 arrived)."""
    from erp_desktop import cli
    from erp_desktop.models.parties import Customer
    from erp_desktop.services.system.setup import open_shop

    _shop(pcs, server_url)
    path = tmp_path / "new-pc.sqlite3"
    assert cli.main(["--db", str(path), "init"]) == 0
    b = open_shop(path)
    with b.read() as tx:
        assert [c.name for c in tx.scalars(select(Customer))] == ["散客"]
    result = sync.sync_now(b, server_url)
    assert result.cloned
    with b.read() as tx:
        assert len(tx.scalars(select(Customer)).all()) == 12  # the shop as the server holds it
    assert sync.pending_changes(b) == 0
    assert_verified(b)
    b.engine.dispose()
