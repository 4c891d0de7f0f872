# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""Security state merges safely, and passwords (issue 21, review B2).

B2: the owner deactivates sam on PC A; on PC B, offline, sam types a wrong password (and someone
edits sam's display name there, later than the deactivation). Sync A, B, A (and the other orders):
sam stays inactive everywhere and cannot log in on either PC.
"""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from erp_desktop.errors import PermissionDenied
from erp_desktop.models.system import LoginAttempt, User
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.system import auth
from tests.sync.conftest import _pg_base, _shop_template, pcs, pg_template, server_url, servers  # noqa: F401

PW = "secret-1"


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


def _user(uow, name):
    with uow.read() as tx:
        u = tx.scalar(select(User).where(User.username == name))
        return (u.active, u.role, u.password_hash, u.display_name)


def _two_pcs(pcs, server_url):
    a, b = pcs.new("owner-pc"), pcs.new("counter-pc")
    auth.create_user(a, "boss", PW, role="owner")
    boss_a = a.as_actor(auth.authenticate(a, "boss", PW))
    auth.create_user(boss_a, "sam", PW, role="sales")
    sync.sync_now(a, server_url)
    assert sync.sync_now(b, server_url).cloned
    return a, b, boss_a


@pytest.mark.parametrize("order", ["ABA", "BAB", "AB-A-B"])
def test_a_fired_user_stays_fired_whatever_is_written_later_elsewhere(pcs, server_url, order):
    a, b, boss_a = _two_pcs(pcs, server_url)
    auth.update_user(boss_a, "sam", active=False)  # the owner's action on A
    # on B, offline and later: a wrong password, and an unrelated edit of sam's row
    with pytest.raises(PermissionDenied):
        auth.authenticate(b, "sam", "wrong-one")
    boss_b = b.as_actor(auth.authenticate(b, "boss", PW))
    auth.update_user(boss_b, "sam", display_name="Sam (counter)")
    with b.read() as tx:
        assert tx.get(LoginAttempt, "sam").failed_attempts == 1  # counted on B only
    for step in order.replace("-", ""):
        sync.sync_now(a if step == "A" else b, server_url)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    for pc in (a, b):
        active, role, _hash, name = _user(pc, "sam")
        assert active is False and role == "sales"
        assert name == "Sam (counter)"  # the unrelated edit is kept too
        with pytest.raises(PermissionDenied):
            auth.authenticate(pc, "sam", PW)
    assert _user(a, "sam") == _user(b, "sam")


def test_role_change_and_new_password_survive_a_later_unrelated_edit(pcs, server_url):
    a, b, boss_a = _two_pcs(pcs, server_url)
    auth.update_user(boss_a, "sam", role="warehouse")
    auth.set_password(boss_a, "sam", "new-secret-9")
    boss_b = b.as_actor(auth.authenticate(b, "boss", PW))
    auth.update_user(boss_b, "sam", display_name="later on B")
    sync.sync_now(b, server_url)  # B's later row reaches the server first
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    sync.sync_now(a, server_url)
    for pc in (a, b):
        active, role, _hash, name = _user(pc, "sam")
        assert (active, role, name) == (True, "warehouse", "later on B")
        assert auth.authenticate(pc, "sam", "new-secret-9").role == "warehouse"
        with pytest.raises(PermissionDenied):
            auth.authenticate(pc, "sam", PW)


def test_a_later_owner_action_still_wins(pcs, server_url):
    a, b, boss_a = _two_pcs(pcs, server_url)
    auth.update_user(boss_a, "sam", active=False)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    boss_b = b.as_actor(auth.authenticate(b, "boss", PW))
    auth.update_user(boss_b, "sam", active=True)  # re-hired, later, on B
    sync.sync_now(b, server_url)
    sync.sync_now(a, server_url)
    assert _user(a, "sam")[0] is True and _user(b, "sam")[0] is True


def test_wrong_passwords_never_write_the_synced_row(uow):
    auth.create_user(uow, "boss", PW)
    with uow.read() as tx:
        before = tx.scalar(select(User.hlc))
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            auth.authenticate(uow, "boss", "nope")
    with uow.read() as tx:
        assert tx.scalar(select(User.hlc)) == before
        assert tx.get(LoginAttempt, "boss").locked_until is not None
    assert auth.list_users(uow)[0].locked_until is not None


# --- passwords -------------------------------------------------------------------------------
def test_hash_at_current_guidance_and_old_hashes_upgrade_at_log_in(uow, monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**17)
    stored = auth.hash_password("p@ss-word")
    assert stored.split("$")[1:4] == ["131072", "8", "1"]
    assert auth.verify_password("p@ss-word", stored) and not auth.needs_rehash(stored)
    # a user whose hash was made at the old parameters (n=2**14)
    monkeypatch.setattr(auth, "SCRYPT_N", 2**14)
    auth.create_user(uow, "old", "old-pass-1")
    with uow.read() as tx:
        old_hash = tx.scalar(select(User.password_hash))
    assert old_hash.split("$")[1] == "16384"
    monkeypatch.setattr(auth, "SCRYPT_N", 2**17)
    assert auth.needs_rehash(old_hash)
    with pytest.raises(PermissionDenied):
        auth.authenticate(uow, "old", "wrong-pass")
    with uow.read() as tx:
        assert tx.scalar(select(User.password_hash)) == old_hash  # a failure upgrades nothing
    auth.authenticate(uow, "old", "old-pass-1")
    with uow.read() as tx:
        new_hash = tx.scalar(select(User.password_hash))
    assert new_hash.split("$")[1] == "131072" and auth.verify_password("old-pass-1", new_hash)
    assert auth.authenticate(uow, "old", "old-pass-1").username == "old"
    # the parameters travel with the hash: an n=2**17 hash is checked with n=2**17
    scheme, n, r, p, salt, digest = new_hash.split("$")
    import base64

    raw = hashlib.scrypt(
        b"old-pass-1", salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32, maxmem=2**28
    )
    assert base64.b64encode(raw).decode() == digest


def test_without_a_keyring_the_sync_password_stays_in_memory_only(uow, db_path, monkeypatch):
    import sqlite3

    monkeypatch.setattr(sync, "_keyring", lambda: None)
    monkeypatch.setattr(sync, "_MEMORY", {})
    monkeypatch.delenv("ERP_SYNC_PASSWORD", raising=False)
    settings = sync.SyncSettings(host="db.example", database="erp", user="pc_counter")
    warning = sync.save_settings(uow, settings, "Very-Secret-77")
    assert "kept only while the program runs" in warning
    assert "Very-Secret-77" in sync.configured_url(uow)  # this process may sync
    uow.engine.dispose()
    raw = db_path.read_bytes() + (
        db_path.with_name(db_path.name + "-wal").read_bytes()
        if db_path.with_name(db_path.name + "-wal").exists()
        else b""
    )
    assert b"Very-Secret-77" not in raw
    con = sqlite3.connect(db_path)
    assert not [k for (k,) in con.execute("SELECT key FROM local_state") if "password" in k]
    con.close()
    monkeypatch.setattr(sync, "_MEMORY", {})  # the next start
    assert not sync.password_known(uow)
    assert ":Very-Secret-77@" not in sync.configured_url(uow)


def test_the_old_obfuscated_password_is_removed_by_the_migration(tmp_path):
    import sqlite3

    from alembic import command

    from erp_desktop.storage import engine as db

    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(db.db_url(path))
    command.upgrade(db.alembic_config(engine), "0005")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO local_state(key, value) VALUES ('sync_password_obf', 'eG9yZWQ=')")
    assert db.upgrade(engine) is True
    engine.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM local_state WHERE key='sync_password_obf'").fetchone() == (0,)
    con.close()


def test_keyring_is_a_declared_dependency_and_in_the_build():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert '"keyring>=' in (root / "pyproject.toml").read_text()
    assert '"keyring"' in (root / "build.spec").read_text()
