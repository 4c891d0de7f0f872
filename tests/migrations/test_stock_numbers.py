"""Revision 0015: a stock document's number is its own (every other numbered document's already
was). A file or a shared database that holds one number twice is not upgraded: the message names
the numbers and nothing of the step changes; without duplicates the index refuses a second one
while drafts (no number yet) stay free."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from erp_desktop.errors import UserError
from erp_desktop.storage import engine as db

INSERT = text(
    'INSERT INTO stock_doc (id, number, kind, reason, state, "on", note, total_value, user_name, version,'
    " created_at, updated_at, origin_pc, hlc) VALUES (:id, :n, 'receipt', '', :state, :on, '', 0, '', 1,"
    " :t, :t, 'pc', 0)"
)


def _add(conn, number: str, on: str = "2026-10-05", state: str = "posted") -> None:
    conn.execute(INSERT, {"id": uuid.uuid4().hex, "n": number, "state": state, "on": on, "t": "2026-11-01 00:00:00"})


def _at_0010(engine) -> None:
    command.upgrade(db.alembic_config(engine), "0010")


def _seed_duplicates(engine) -> None:
    with engine.begin() as conn:
        _add(conn, "OR-2026-B000003", "2026-10-05")
        _add(conn, "OR-2026-B000003", "2026-10-09")  # the copied file's receipt under the same number
        _add(conn, "OS-2026-B000001")
        _add(conn, "")  # two drafts: no number yet, never a clash
        _add(conn, "", state="draft")


def _assert_refused(engine) -> None:
    with pytest.raises(UserError) as refused:
        db.upgrade(engine, keep_backup=False)
    message = refused.value.message
    assert "OR-2026-B000003 ×2 (2026-10-05…2026-10-09)" in message
    assert "OS-2026-B000001" not in message and "1 stock document number(s)" in message
    assert "Nothing of this step was changed" in message
    assert db.current_revision(engine) == "0010"  # the step did not run: the file is as it was


def test_duplicate_stock_numbers_stop_the_upgrade_with_the_numbers(tmp_path):
    engine = db.make_engine(db.db_url(tmp_path / "dup.sqlite3"))
    _at_0010(engine)
    _seed_duplicates(engine)
    _assert_refused(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM stock_doc")) == 5
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type IN ('index', 'table')"))}
    assert "uq_stock_doc_number" not in names and "stock_count_scan" not in names
    engine.dispose()


def test_without_duplicates_the_number_becomes_unique(tmp_path):
    engine = db.make_engine(db.db_url(tmp_path / "ok.sqlite3"))
    _at_0010(engine)
    with engine.begin() as conn:
        _add(conn, "OR-2026-000001")
        _add(conn, "", state="draft")
    assert db.upgrade(engine, keep_backup=False) is True
    with engine.begin() as conn:
        _add(conn, "", state="draft")  # another draft: fine
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _add(conn, "OR-2026-000001")
    engine.dispose()


def test_the_shared_database_is_refused_the_same_way(pg_url):
    name = f"erp_sync20_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = db.make_engine(make_url(pg_url).set(database=name).render_as_string(hide_password=False))
    try:
        _at_0010(engine)
        _seed_duplicates(engine)
        _assert_refused(engine)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM stock_doc WHERE \"on\" = '2026-10-09'"))
        assert db.upgrade(engine, keep_backup=False) is True
        with pytest.raises(IntegrityError), engine.begin() as conn:
            _add(conn, "OS-2026-B000001")
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
