"""S2 of the reliability review: a shop file copied to another machine, restored or cloned is
recognised — at start (the sync status the window shows) and at sync — and sync waits until the
user makes it a new PC; then both copies sync without duplicate numbers and converge. The
server refuses two installations pushing under one PC id."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from erp_desktop.models.parties import Customer
from erp_desktop.models.payments import MoneyTxn
from erp_desktop.services import finance
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import identity
from tests.support import factories as f

from .helpers import assert_same, assert_verified

ON = date(2026, 11, 2)


def _shop(pcs, server_url):
    """PC a with a customer and a bank account, PC b joined: both synced."""
    a = pcs.new("a")
    with a.write() as tx:
        customer = f.customer(tx, "C1", name="张三超市").id
    bank = finance.create_money_account(a, code="BANK", name="银行", opening_on=date(2026, 9, 30)).id
    sync.sync_now(a, server_url)
    b = pcs.new("b")
    assert sync.sync_now(b, server_url).cloned
    return a, b, customer, bank


def _receive(uow, customer, bank, amount="10.00") -> str:
    return finance.receive_money(uow, customer_id=customer, amount=Decimal(amount), account_id=bank, on=ON).number


def _numbers(uow) -> list[str]:
    with uow.read() as tx:
        return sorted(tx.scalars(select(MoneyTxn.number)))


def test_a_copied_file_is_recognised_at_start_and_at_sync_and_becomes_a_new_pc(pcs, server_url):
    a, b, customer, bank = _shop(pcs, server_url)
    assert sync.status(b).identity == ""
    before_copy = _receive(b, customer, bank)  # not yet sent when the file is copied
    c = pcs.copy(b, "new-laptop")

    # at start: the status the window shows says what happened; the original is still itself
    st = sync.status(c)
    assert "copy of" in st.identity and b.engine.url.database in st.identity
    assert "--new-pc" in st.identity
    assert sync.status(pcs.reopen(b)).identity == ""
    b = pcs.opened[-1]
    # at sync: refused, nothing sent or received
    with pytest.raises(identity.IdentityMismatch, match="copy of"):
        sync.sync_now(c, server_url)
    assert sync.status(c).last_error.startswith("This shop file is a copy")

    old_series = sync.status(b).series
    new_series = sync.make_new_pc(c, server_url)
    assert new_series not in ("", old_series, "A")
    assert sync.status(c).identity == "" and sync.status(c).series == new_series
    assert c.pc_id != b.pc_id

    # both post; the numbers differ by series; everything converges
    on_b = _receive(b, customer, bank)
    on_c = _receive(c, customer, bank)
    assert on_b != on_c and f"-{new_series}" in on_c and f"-{old_series}" in on_b
    with c.write() as tx:
        tx.scalars(select(Customer).where(Customer.code == "C1")).one().phone = "138"
    for pc in (b, c, a, b, c):
        sync.sync_now(pc, server_url)
    assert_same(a, b, c)
    numbers = _numbers(a)
    assert len(numbers) == len(set(numbers)) == 3 and {before_copy, on_b, on_c} == set(numbers)
    for pc in (a, b, c):
        assert sync.pending_changes(pc) == 0
        assert sync.status(pc).problems == 0
        assert_verified(pc)
    with a.read() as tx:
        assert tx.scalars(select(Customer.phone).where(Customer.code == "C1")).one() == "138"


def test_a_file_brought_from_another_computer_is_a_copy(pcs, server_url, tmp_path, monkeypatch):
    a, b, customer, bank = _shop(pcs, server_url)
    path = b.engine.url.database
    b.engine.dispose()
    monkeypatch.setenv("ERP_DATA_DIR", str(tmp_path / "other-computer"))  # the file on a new laptop
    monkeypatch.setattr(identity, "_machine_id", lambda: "another-laptop")
    moved = pcs.reopen(b)
    st = sync.status(moved)
    assert "copied here from another computer" in st.identity
    with pytest.raises(identity.IdentityMismatch):
        sync.sync_now(moved, server_url)
    # the user says it is the same PC (the old laptop is gone): it syncs again under its id
    sync.keep_identity(moved)
    assert sync.status(moved).identity == ""
    _receive(moved, customer, bank)
    assert sync.sync_now(moved, server_url).pushed > 0
    assert moved.engine.url.database == path


def test_the_same_file_opened_by_another_user_of_this_computer_is_still_itself(pcs, server_url, tmp_path, monkeypatch):
    """A scheduled `erp-desktop sync` running under another account has another data folder (no
    fingerprint there), but the file itself says it lives here, at this path, on this disk."""
    a, b, customer, bank = _shop(pcs, server_url)
    b.engine.dispose()
    monkeypatch.setenv("ERP_DATA_DIR", str(tmp_path / "another-account"))
    same = pcs.reopen(b)
    assert sync.status(same).identity == ""
    _receive(same, customer, bank)
    assert sync.sync_now(same, server_url).pushed > 0


def test_a_file_moved_on_the_same_disk_is_still_itself(pcs, server_url, tmp_path):
    import os

    _a, b, _customer, _bank = _shop(pcs, server_url)
    b.engine.dispose()
    target = tmp_path / "moved.sqlite3"
    os.replace(b.engine.url.database, target)
    from erp_desktop.services.system.setup import open_shop

    moved = open_shop(target)
    pcs.opened.append(moved)
    assert sync.status(moved).identity == ""
    sync.sync_now(moved, server_url)


def test_the_server_refuses_a_second_installation_under_one_pc_id(pcs, server_url):
    a, b, customer, bank = _shop(pcs, server_url)
    c = pcs.copy(b, "clone")
    sync.keep_identity(c)  # the user wrongly says "same PC": only the server can tell now
    _receive(c, customer, bank)
    sync.sync_now(c, server_url)  # the first of the two to sync takes the PC id's token
    with b.write() as tx:  # the original edits a customer meanwhile
        tx.get(Customer, customer).phone = "139"
    with pytest.raises(identity.IdentityMismatch, match="another installation has synced as this PC"):
        sync.sync_now(b, server_url)
    engine = sync._server(server_url)
    with engine.connect() as conn:  # nothing of b's reached the server
        assert conn.scalar(text("SELECT count(*) FROM money_txn")) == 1
    st = sync.status(b)
    assert "Another installation has synced" in st.identity
    with pytest.raises(identity.IdentityMismatch):
        sync.sync_now(b, server_url)  # still refused, without asking the server again
    with pytest.raises(identity.IdentityMismatch):
        sync.keep_identity(b)  # the server has seen the other one: only "new PC" is offered
    sync.make_new_pc(b, server_url)
    for pc in (b, c, a, b):
        sync.sync_now(pc, server_url)
    assert_same(a, b, c)
    assert len(_numbers(a)) == 1
    with a.read() as tx:
        assert tx.get(Customer, customer).phone == "139"  # b's edit, re-stamped under its new id, arrived


def test_a_sync_cut_after_the_server_stored_the_next_token_still_matches(pcs, server_url, monkeypatch):
    a, b, customer, bank = _shop(pcs, server_url)
    calls = []
    real = identity.accept_token

    def lost(tx, following):  # the connection died before this PC recorded the new token
        calls.append(following)
        raise ConnectionError("cut")

    monkeypatch.setattr(identity, "accept_token", lost)
    with pytest.raises(sync.SyncError):
        sync.sync_now(b, server_url)
    monkeypatch.setattr(identity, "accept_token", real)
    _receive(b, customer, bank)
    assert sync.sync_now(b, server_url).pushed > 0
    assert calls


def test_the_command_line_tells_a_copy_and_makes_it_a_new_pc(pcs, server_url):
    import subprocess
    import sys

    a, b, customer, bank = _shop(pcs, server_url)
    c = pcs.copy(b, "restored")
    path = c.engine.url.database
    c.engine.dispose()
    run = [sys.executable, "-m", "erp_desktop", "--db", path, "sync"]
    status = subprocess.run([*run, "--status"], capture_output=True, text=True, timeout=120)
    assert status.returncode == 0 and "WARNING: This shop file is a copy of" in status.stdout
    refused = subprocess.run([*run, "--server", server_url], capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "--new-pc" in refused.stdout + refused.stderr
    done = subprocess.run([*run, "--server", server_url, "--new-pc"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "This file is now a PC of its own: document series C." in done.stdout and "Sync done" in done.stdout
    status = subprocess.run([*run, "--status"], capture_output=True, text=True, timeout=120)
    assert "WARNING" not in status.stdout and "Series: C" in status.stdout


def test_a_file_copied_away_whose_old_place_now_holds_another_shop_is_still_itself(pcs, server_url, tmp_path):
    import shutil

    from erp_desktop.services.system.setup import open_shop

    _a, b, _customer, _bank = _shop(pcs, server_url)
    old = b.engine.url.database
    b.engine.dispose()
    target = tmp_path / "elsewhere" / "shop.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(old, target)  # a new file (another inode) …
    for suffix in ("", "-wal", "-shm"):
        Path(old + suffix).unlink(missing_ok=True)
    fresh = open_shop(old)  # … and a brand-new shop where the old one was
    pcs.opened.append(fresh)
    assert sync.status(fresh).identity == ""
    moved = open_shop(target)
    pcs.opened.append(moved)
    assert identity.check(moved).ok
    sync.sync_now(moved, server_url)
