# ruff: noqa: F811  (the sync fixtures are imported by name and used as arguments)
"""Tamper-evident audit and ledgers (issue 21): each audit row and posted journal entry is a link
of its PC's hash chain; ``verify`` walks the chains on the PC and on the server and names the
first broken link; a role raised or log-in switched off with ``sqlite3`` is reported."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.system import AuditLog
from erp_desktop.services.sync import engine as sync
from erp_desktop.services.sync import server as sync_server
from erp_desktop.services.system import auth, verify
from erp_desktop.storage.uow import UnitOfWork
from tests.support.analysis import build_story
from tests.sync.conftest import _pg_base, _shop_template, pcs, pg_template, server_url, servers  # noqa: F401

PW = "secret-1"


@pytest.fixture(autouse=True)
def _cheap(monkeypatch):
    monkeypatch.setattr(auth, "SCRYPT_N", 2**10)


def _failed(uow) -> dict[str, tuple[str, ...]]:
    return {c.name: c.details for c in verify.run_checks(uow) if not c.ok}


def _shop(uow):
    auth.create_user(uow, "boss", PW)
    boss = uow.as_actor(auth.authenticate(uow, "boss", PW))
    auth.create_user(boss, "sam", PW, role="sales")
    build_story(boss)
    return boss


def _sql(db_path, *statements):
    con = sqlite3.connect(db_path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def test_every_audit_row_and_entry_is_chained_and_verify_passes(uow):
    _shop(uow)
    with uow.read() as tx:
        audit = tx.scalars(select(AuditLog.chain_seq).order_by(AuditLog.chain_seq)).all()
        entries = tx.scalars(select(JournalEntry.chain_seq).order_by(JournalEntry.chain_seq)).all()
    assert audit == list(range(1, len(audit) + 1)) and len(audit) >= 2
    assert entries == list(range(1, len(entries) + 1)) and len(entries) >= 5
    assert _failed(uow) == {}


def test_a_role_raised_with_sqlite3_is_reported(uow, db_path):
    _shop(uow)
    uow.engine.dispose()
    _sql(db_path, "UPDATE app_user SET role = 'owner' WHERE username = 'sam'")
    failed = _failed(uow)
    assert list(failed) == ["Users and log-in as the owners left them"]
    assert "User sam: role is owner" in failed["Users and log-in as the owners left them"][0]


def test_log_in_switched_off_with_sqlite3_is_reported(uow, db_path):
    boss = _shop(uow)
    auth.set_login_required(boss, True)
    uow.engine.dispose()
    _sql(db_path, "UPDATE app_setting SET value = 'false' WHERE key = 'login_required'")
    details = _failed(uow)["Users and log-in as the owners left them"]
    assert "Log-in at start is False" in details[0]


def test_a_deleted_journal_line_names_its_entry(uow, db_path):
    _shop(uow)
    with uow.read() as tx:
        number = tx.scalar(select(JournalEntry.number).where(JournalEntry.chain_seq == 3))
    uow.engine.dispose()
    _sql(
        db_path,
        "DELETE FROM journal_line WHERE id = (SELECT l.id FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
        "WHERE e.chain_seq = 3 ORDER BY l.seq LIMIT 1)",
    )
    details = _failed(uow)["Audit log and journal unaltered (hash chains)"]
    assert len(details) == 1 and f"link 3 (entry {number}) does not match its hash" in details[0]


def test_changed_removed_and_wiped_audit_rows_are_reported(uow, db_path):
    _shop(uow)
    uow.engine.dispose()
    _sql(db_path, "UPDATE audit_log SET summary = 'nothing to see' WHERE chain_seq = 2")
    assert "audit log of PC" in _failed(uow)["Audit log and journal unaltered (hash chains)"][0]
    assert "link 2" in _failed(uow)["Audit log and journal unaltered (hash chains)"][0]
    _sql(db_path, "DELETE FROM audit_log WHERE chain_seq = 2")
    assert "link 2 is missing" in _failed(uow)["Audit log and journal unaltered (hash chains)"][0]
    _sql(db_path, "DELETE FROM audit_log")
    details = _failed(uow)["Audit log and journal unaltered (hash chains)"]
    assert "every one of its" in details[0] and "links was removed" in details[0]


def test_the_last_entries_removed_are_noticed_by_the_head(uow, db_path):
    _shop(uow)
    with uow.read() as tx:
        last = tx.scalar(select(JournalEntry.chain_seq).order_by(JournalEntry.chain_seq.desc()).limit(1))
    uow.engine.dispose()
    _sql(
        db_path,
        f"DELETE FROM journal_line WHERE entry_id IN (SELECT id FROM journal_entry WHERE chain_seq = {last})",
        f"DELETE FROM journal_entry WHERE chain_seq = {last}",
    )
    details = _failed(uow)["Audit log and journal unaltered (hash chains)"]
    assert f"link {last} was written" in details[0]


def test_chains_sync_and_verify_checks_them_on_the_server(pcs, server_url):
    a, b = pcs.new("owner-pc"), pcs.new("counter-pc")
    _shop(a)
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    boss_b = b.as_actor(auth.authenticate(b, "boss", PW))
    auth.update_user(boss_b, "sam", display_name="Sam")  # B's own chain
    sync.sync_now(b, server_url)
    sync.sync_now(a, server_url)
    server = UnitOfWork(sync_server.make_server_engine(server_url))
    for uow in (a, b, server):
        assert "Audit log and journal unaltered (hash chains)" not in _failed(uow)
    with server.engine.begin() as conn:  # tampering on the server (as its owner)
        conn.execute(text("UPDATE journal_line SET debit = debit + 1 WHERE debit > 0 AND seq = 0"))
    details = _failed(server)["Audit log and journal unaltered (hash chains)"]
    assert "journal of PC" in details[0] and "link 1" in details[0]
    server.engine.dispose()
