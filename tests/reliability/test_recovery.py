"""Safe recovery (issue 20; reliability.md R1–R3, R6, §6 and reliability-2.md B5), through the real
command-line entry point: ``restore`` asks the owner first and checks the candidate completely on
a copy; a missing, empty, damaged or locked shop file is a message (with the last good backups),
never a new empty shop and never a traceback; backups are kept per shop and rotation keeps the
last one that holds data; implausible document dates need a confirmation."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from erp_desktop import cli, storage
from erp_desktop.models.payments import MoneyTxn
from erp_desktop.services import system
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

PASSWORD = "boss-secret-1"


@pytest.fixture(autouse=True)
def _fresh_date_rules():
    system.reset_odd_dates()
    yield
    system.reset_odd_dates()


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def products(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT code FROM product")}


def make_shop(path: Path, *codes: str, login: bool = False) -> None:
    uow = open_shop(path)
    with uow.write() as tx:
        for code in codes:
            factories.product(tx, code)
    if login:
        system.create_user(uow, "boss", PASSWORD, role="owner")
        system.create_user(uow, "sam", "sales-secret-1", role="sales")
        system.set_login_required(uow, True)
    uow.engine.dispose()


def backup_of(path: Path, target: Path) -> Path:
    uow = open_shop(path)
    try:
        return storage.backup_to(uow.engine, target).path
    finally:
        uow.engine.dispose()


def asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.before-restore-*"))


def test_every_shop_connection_is_durable_with_a_long_checkpoint_window(tmp_path):
    from erp_desktop.storage.engine import WAL_CHECKPOINT_PAGES

    uow = open_shop(tmp_path / "shop.sqlite3")
    try:
        with uow.engine.connect() as conn:
            read = lambda pragma: conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()  # noqa: E731
            assert read("journal_mode") == "wal"
            assert read("synchronous") == 2  # FULL: a commit is on the disk before it returns
            assert read("foreign_keys") == 1
            assert read("wal_autocheckpoint") == WAL_CHECKPOINT_PAGES == 4000
    finally:
        uow.engine.dispose()


# --- restore ---------------------------------------------------------------------------------
def test_restore_without_the_owners_log_in_is_refused_and_the_shop_is_unchanged(db_path, tmp_path, capsys, monkeypatch):
    make_shop(db_path, "OLD", login=True)
    old = backup_of(db_path, tmp_path / "old.sqlite3")
    make_shop(db_path, "NEW")  # the books moved on after the backup
    monkeypatch.delenv("ERP_PASSWORD", raising=False)

    code, _, err = run(capsys, "--db", db_path, "restore", old)
    assert code == 1 and "owner's log-in" in err and "Traceback" not in err
    assert products(db_path) == {"OLD", "NEW"} and asides(db_path) == []

    monkeypatch.setenv("ERP_PASSWORD", "sales-secret-1")  # a user, but not an owner
    code, _, err = run(capsys, "--db", db_path, "--user", "sam", "restore", old)
    assert code == 1 and "Only an owner" in err
    monkeypatch.setenv("ERP_PASSWORD", "wrong-password")
    code, _, err = run(capsys, "--db", db_path, "--user", "boss", "restore", old)
    assert code == 1 and "Wrong user name or password" in err
    assert products(db_path) == {"OLD", "NEW"} and asides(db_path) == []

    monkeypatch.setenv("ERP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", db_path, "--user", "boss", "restore", old)
    assert code == 0, err
    assert products(db_path) == {"OLD"}
    (aside,) = asides(db_path)
    assert products(aside) == {"OLD", "NEW"}  # the current file is kept aside, complete
    assert str(aside) in out
    assert run(capsys, "--db", db_path, "--user", "boss", "verify")[0] == 0


def test_a_candidate_with_a_valid_revision_and_no_tables_is_refused(db_path, tmp_path, capsys):
    make_shop(db_path, "KEEP")
    revision = storage.head_revision(storage.make_engine(storage.db_url(db_path)))
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    code, _, err = run(capsys, "--db", db_path, "restore", foreign)
    assert code == 1 and "cannot be restored" in err and "tables missing" in err
    # about the candidate, not the temporary copy it was checked on (the message used to name
    # ".shop.restoring-PID" as a damaged shop and suggest restoring a backup over it)
    assert "restoring-" not in err and "it is not a complete shop file" in err and str(foreign) in err
    assert products(db_path) == {"KEEP"} and asides(db_path) == []
    assert run(capsys, "--db", db_path, "verify")[0] == 0  # every command still works


def test_a_candidate_that_fails_verify_is_refused(db_path, tmp_path, capsys):
    make_shop(db_path, "KEEP")
    bad = backup_of(db_path, tmp_path / "bad.sqlite3")
    with sqlite3.connect(bad) as conn:  # stock on hand that no stock move explains
        conn.execute(
            "INSERT INTO stock_balance (product_id, location_id, qty) "
            "SELECT p.id, l.id, 5 FROM product p, location l LIMIT 1"
        )
    from erp_desktop.services.system import verify

    tampered = open_shop(bad)
    assert [c.name for c in verify.run_checks(tampered) if not c.ok], "the tampered backup should fail verify"
    tampered.engine.dispose()
    code, _, err = run(capsys, "--db", db_path, "restore", bad)
    assert code == 1 and "fails the book checks" in err
    assert products(db_path) == {"KEEP"} and asides(db_path) == []


def test_restore_into_an_empty_shop_file_asks_the_backups_owner(tmp_path, capsys, monkeypatch):
    shop = tmp_path / "zero" / "shop.sqlite3"
    make_shop(shop, "GOOD", login=True)
    good = backup_of(shop, tmp_path / "good.sqlite3")
    shop.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        Path(str(shop) + extra).unlink(missing_ok=True)
    monkeypatch.delenv("ERP_PASSWORD", raising=False)
    code, _, err = run(capsys, "--db", shop, "restore", good)
    assert code == 1 and "backup's owner" in err and shop.stat().st_size == 0
    monkeypatch.setenv("ERP_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "--db", shop, "--user", "boss", "restore", good)
    assert code == 0, err
    assert products(shop) == {"GOOD"}


# --- missing, empty, damaged, locked ------------------------------------------------------------
def test_a_zero_byte_shop_file_is_a_message_listing_backups_and_no_new_shop(db_path, capsys):
    make_shop(db_path, "TEA")
    assert run(capsys, "--db", db_path, "backup")[0] == 0
    db_path.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    for command in (["verify"], ["stock", "onhand"], ["init"], ["backup"]):
        code, _, err = run(capsys, "--db", db_path, *command)
        assert code == 1, command
        assert "This shop file is empty" in err and "erp-desktop restore" in err and "Traceback" not in err
        assert "-manual-" in err  # the last good backup, with its date
        assert db_path.stat().st_size == 0  # not silently made into a new empty shop


def test_a_damaged_shop_file_is_a_message_not_a_traceback(db_path, capsys):
    make_shop(db_path, "TEA")
    data = db_path.read_bytes()
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    cases = {
        "garbage": b"this is not a shop file " * 500,
        "garbage after a valid header": data[:100] + b"\x5a" * (len(data) - 100),
        "truncated": data[: len(data) // 2],
    }
    for label, content in cases.items():
        db_path.write_bytes(content)
        code, _, err = run(capsys, "--db", db_path, "stock", "onhand")
        assert code == 1, label
        assert "damaged" in err and "restore" in err, (label, err)
        assert db_path.read_bytes() == content, label  # left exactly as it was


def test_a_locked_shop_file_is_a_message(db_path, capsys):
    make_shop(db_path, "TEA")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE local_state SET value = value")
    try:
        script = (
            "import erp_desktop.storage.engine as e; e.BUSY_TIMEOUT_MS = 300\n"
            "from erp_desktop import cli\n"
            f"raise SystemExit(cli.main(['--lang', 'en', '--db', {str(db_path)!r}, 'stock', 'onhand']))"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1, result.stderr
    assert "is locked by another program" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_named_with_db_is_only_created_by_init(tmp_path, capsys):
    typo = tmp_path / "shpo.sqlite3"
    code, _, err = run(capsys, "--db", typo, "stock", "onhand")
    assert code == 1 and "There is no shop file" in err and "erp-desktop init" in err
    assert not typo.exists()
    assert run(capsys, "--db", typo, "init")[0] == 0
    assert run(capsys, "--db", typo, "verify")[0] == 0


def test_the_default_shop_is_created_on_first_run_but_not_once_it_had_backups(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ERP_DATA_DIR", str(tmp_path / "data"))
    from erp_desktop import config

    assert run(capsys, "product", "add", "TEA", "--name", "茶")[0] == 0  # the first run
    assert run(capsys, "backup")[0] == 0
    shop = config.default_db_path()
    for extra in ("", "-wal", "-shm"):
        Path(str(shop) + extra).unlink(missing_ok=True)
    code, _, err = run(capsys, "stock", "onhand")
    assert code == 1 and "There is no shop file" in err and "The last good backups" in err
    assert not shop.exists()


def test_creating_a_shop_leaves_no_half_made_file(tmp_path):
    """A new shop is migrated beside its name and linked into place: the name never holds an
    empty or schema-less file (which would now be refused as damaged)."""
    path = tmp_path / "new.sqlite3"
    engine = storage.make_engine(storage.db_url(tmp_path / "x.sqlite3"))
    engine.dispose()
    seen = []
    from erp_desktop.storage import engine as db

    real = db.upgrade

    def spy(engine, **kw):
        seen.append(path.exists())
        return real(engine, **kw)

    db.upgrade = spy
    try:
        open_shop(path).engine.dispose()
    finally:
        db.upgrade = real
    assert seen[0] is False  # while the new shop is migrated, nothing at its name yet
    assert storage.shop_file_state(path) == "ok"
    assert not list(tmp_path.glob(".new.sqlite3.creating-*"))


# --- backups -----------------------------------------------------------------------------------
def test_backups_are_kept_per_shop(tmp_path, capsys):
    a, b = tmp_path / "a" / "shop.sqlite3", tmp_path / "b" / "shop.sqlite3"
    make_shop(a, "A-ONLY")
    make_shop(b, "B-ONLY")
    day = date(2026, 5, 1)
    for shop in (a, b):
        uow = open_shop(shop)
        assert storage.daily_backup(uow.engine, today=day) is not None  # neither skips the other's slot
        uow.engine.dispose()
    (da,), (dbk,) = storage.shop_backups(a), storage.shop_backups(b)
    assert da.path != dbk.path
    assert products(da.path) == {"A-ONLY"} and products(dbk.path) == {"B-ONLY"}
    code, out, _ = run(capsys, "--db", a, "backups")
    assert code == 0 and str(da.path) in out and str(dbk.path) not in out


def test_no_daily_backup_of_an_empty_file_and_rotation_keeps_the_last_good_one(tmp_path):
    shop = tmp_path / "shop.sqlite3"
    make_shop(shop, "TEA")
    uow = open_shop(shop)
    first = storage.daily_backup(uow.engine, today=date(2026, 1, 1))
    uow.engine.dispose()
    assert first is not None
    # the shop is reset: an empty file under its name (opened below the checks, as old code did)
    for extra in ("", "-wal", "-shm"):
        Path(str(shop) + extra).unlink(missing_ok=True)
    shop.write_bytes(b"")
    engine = storage.make_engine(storage.db_url(shop))
    assert storage.daily_backup(engine, today=date(2026, 1, 2)) is None
    engine.dispose()
    assert [i.path for i in storage.shop_backups(shop, good_only=False)] == [first.path]
    # then someone makes it a new, empty shop, whose daily backups hold no data for 20 days
    shop.unlink()
    open_shop(shop).engine.dispose()
    for n in range(20):
        uow = open_shop(shop)
        storage.daily_backup(uow.engine, today=date(2026, 1, 3) + timedelta(days=n), keep=5)
        uow.engine.dispose()
    left = storage.shop_backups(shop, good_only=False)
    assert len(left) == 6 and first.path in [i.path for i in left]  # 5 newest + the last one with data
    assert storage.shop_backups(shop)[0].path == first.path  # listed first as the good one


# --- dates -------------------------------------------------------------------------------------
@pytest.fixture
def paying_shop(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        factories.customer(tx, "C1")
    uow.engine.dispose()
    assert run(capsys, "--db", db_path, "finance", "accounts", "--add", "BANK", "--name", "Bank")[0] == 0
    return db_path


def receipts(path: Path) -> int:
    uow = open_shop(path)
    try:
        with uow.read() as tx:
            return tx.scalar(select(func.count()).select_from(MoneyTxn))
    finally:
        uow.engine.dispose()


def receive(capsys, db, on, *extra):
    return run(
        capsys,
        "--db",
        db,
        "finance",
        "receive",
        "--customer",
        "C1",
        "--account",
        "BANK",
        "--amount",
        "1",
        "--on",
        on,
        *extra,
    )


def test_odd_dates_need_allow_odd_date_on_the_command_line(paying_shop, capsys):
    for odd in ("9999-12-31", "0001-01-01", (date.today() + timedelta(days=400)).isoformat()):
        code, _, err = receive(capsys, paying_shop, odd)
        assert code == 1 and odd in err and "--allow-odd-date" in err and "Traceback" not in err
    assert receipts(paying_shop) == 0
    assert receive(capsys, paying_shop, date.today().isoformat())[0] == 0
    code, _, err = receive(capsys, paying_shop, "9999-12-31", "--allow-odd-date")
    assert code == 0, err
    assert receipts(paying_shop) == 2


def test_the_opening_date_and_a_setting_that_forbids_odd_dates(paying_shop, capsys):
    code, out, _ = run(capsys, "--db", paying_shop, "date-rules", "--opened-on", "2026-01-01")
    assert code == 0 and "2026-01-01" in out
    code, _, err = receive(capsys, paying_shop, "2025-12-31")
    assert code == 1 and "before the shop's opening date 2026-01-01" in err
    assert run(capsys, "--db", paying_shop, "date-rules", "--forbid-odd")[0] == 0
    code, _, err = receive(capsys, paying_shop, "2025-12-31", "--allow-odd-date")
    assert code == 1 and "do not allow such dates" in err
    assert receipts(paying_shop) == 0
    assert receive(capsys, paying_shop, "2026-01-01")[0] == 0


def test_every_document_kind_gets_the_check(uow):
    """Stock documents post through the same check as money (the stock ledger's own path)."""
    from erp_desktop.errors import ConfirmationRequired
    from erp_desktop.models.stock import StockMove
    from erp_desktop.services import inventory

    with uow.write() as tx:
        product = factories.product(tx, "P1", cost="2")
        warehouse, bins = factories.warehouse(tx, "W1")
    line = inventory.LineInput(product.id, Decimal(1), Decimal(2), to_location_id=bins[0].id)
    with pytest.raises(ConfirmationRequired) as raised:
        inventory.create_and_post(
            uow, kind="receipt", on=date(1, 1, 1), warehouse_id=warehouse.id, lines=[line], reason="other"
        )
    assert raised.value.key == "odd-date:0001-01-01"
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockMove)) == 0
    system.accept_odd_date(date(1, 1, 1))  # what the window does once the user says yes
    inventory.create_and_post(
        uow, kind="receipt", on=date(1, 1, 1), warehouse_id=warehouse.id, lines=[line], reason="other"
    )
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockMove)) == 1


def test_the_window_asks_before_posting_an_odd_date(ui_ctx, monkeypatch):
    from erp_desktop.services.ledger import journal

    with ui_ctx.uow.write() as tx:
        factories.customer(tx, "C1")
    answers = []
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda parent, text: answers.append(text) or answers_given.pop(0))
    done = []

    def post():
        with ui_ctx.uow.write() as tx:
            journal.Posting(date(9999, 12, 31), doc_type="JE", memo="odd").debit("1001", 1).credit("3001", 1).post(tx)
        return "posted"

    answers_given = [False]
    ui_ctx.write(post, done.append, lambda exc: done.append(exc))
    assert done == [] and "9999-12-31" in answers[0]
    answers_given = [True]
    monkeypatch.setattr("erp_desktop.ui.errors.ask", lambda parent, text: answers_given.pop(0))
    ui_ctx.write(post, done.append, lambda exc: done.append(exc))
    assert done == ["posted"]


# --- the window ---------------------------------------------------------------------------------
def test_the_window_does_not_make_a_new_shop_silently(tmp_path):
    import argparse

    from erp_desktop.errors import ShopFileError
    from erp_desktop.ui.shell.maintenance import open_shop_for_window

    missing = tmp_path / "typo.sqlite3"
    asked = []
    args = argparse.Namespace(db=str(missing), demo=False, self_test=False)
    assert open_shop_for_window(args, confirm=lambda text: asked.append(text) or False) is None
    assert asked and not missing.exists()
    uow = open_shop_for_window(argparse.Namespace(db=str(missing), demo=False, self_test=True))
    uow.engine.dispose()  # --self-test: a fresh shop, as the release check expects
    assert storage.shop_file_state(missing) == "ok"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(ShopFileError, match="empty"):
        open_shop_for_window(argparse.Namespace(db=str(empty), demo=False, self_test=False))
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x01" * 8000)
    with pytest.raises(ShopFileError, match="damaged"):
        open_shop_for_window(argparse.Namespace(db=str(garbage), demo=False, self_test=False))


def test_restore_from_the_window(ui_ctx, db_path, tmp_path, monkeypatch):
    from erp_desktop.ui.shell import maintenance

    with ui_ctx.uow.write() as tx:
        factories.product(tx, "OLD")
    system.create_user(ui_ctx.uow, "boss", PASSWORD, role="owner")
    system.set_login_required(ui_ctx.uow, True)
    old = storage.backup_to(ui_ctx.uow.engine, tmp_path / "old.sqlite3").path
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "NEW")
    monkeypatch.setattr(maintenance, "ask", lambda parent, text: True)
    shown = []
    monkeypatch.setattr(maintenance, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(maintenance.QMessageBox, "information", lambda *a: shown.append(a[2]))
    quit_calls = []
    maintenance.restore_from_window(
        None, ui_ctx, old, credentials=lambda parent: ("boss", "wrong"), quit_after=lambda: quit_calls.append(1)
    )
    assert "Wrong user name or password" in str(shown[-1]) and products(db_path) == {"OLD", "NEW"}
    maintenance.restore_from_window(
        None, ui_ctx, old, credentials=lambda parent: ("boss", PASSWORD), quit_after=lambda: quit_calls.append(1)
    )
    assert quit_calls == [1], shown
    assert products(db_path) == {"OLD"} and len(asides(db_path)) == 1


# --- bad input: user text turned into a date or a file look-up ------------------------------------
def test_a_bad_needed_by_date_is_a_message(db_path, capsys):
    make_shop(db_path, "A001")
    code, _, err = run(
        capsys,
        "--db",
        db_path,
        "purchase",
        "requisition",
        "create",
        "--department",
        "Shop",
        "--line",
        "A001:10:2026-02-30",
    )
    assert code == 1 and "2026-02-30 is not a date" in err and "Traceback" not in err


def test_version_does_not_create_a_shop_file(tmp_path, capsys):
    missing = tmp_path / "nothere.sqlite3"
    code, out, err = run(capsys, "--db", missing, "version")
    assert code == 1 and "erp-desktop" in out and "There is no shop file" in err
    assert not missing.exists()  # an empty file here would read as a damaged shop afterwards


def test_restore_a_backup_whose_name_has_uri_characters(db_path, tmp_path, capsys):
    make_shop(db_path, "OLD")
    folder = tmp_path / "备份 #1 100%"
    folder.mkdir()
    old = backup_of(db_path, folder / "shop #2.sqlite3")
    make_shop(db_path, "NEW")
    code, _, err = run(capsys, "--db", db_path, "restore", old)
    assert code == 0, err
    assert products(db_path) == {"OLD"}


def test_the_window_sets_the_date_rules(ui_ctx):
    from erp_desktop.errors import ValidationError
    from erp_desktop.services.ledger import journal
    from erp_desktop.ui.shell.maintenance import DateRulesDialog

    dialog = DateRulesDialog(ui_ctx)
    dialog.has_opening.setChecked(True)
    dialog.opened_edit.setDate(dialog.opened_edit.date().fromString("2026-01-01", "yyyy-MM-dd"))
    dialog.forbid_box.setChecked(True)
    dialog.save()
    rules = system.date_rules(ui_ctx.uow)
    assert rules.opened_on == date(2026, 1, 1) and rules.forbid
    system.allow_odd_dates(True)  # forbidden means forbidden, whatever the command line says
    with pytest.raises(ValidationError, match="do not allow such dates"):
        with ui_ctx.uow.write() as tx:
            journal.Posting(date(2025, 12, 31), doc_type="JE").debit("1001", 1).credit("3001", 1).post(tx)


def test_a_first_run_killed_half_way_leaves_no_file_or_a_whole_shop(tmp_path):
    """SIGKILL during ``init`` (the first-run migration): afterwards the name holds nothing or a
    complete shop — never an empty or half-migrated file that would read as damaged."""
    import random
    import signal
    import time

    rng = random.Random(20)
    for n in range(4):
        path = tmp_path / f"fresh{n}.sqlite3"
        child = subprocess.Popen(
            [sys.executable, "-m", "erp_desktop", "--lang", "en", "init", "--db", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.3, 1.5))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        assert storage.shop_file_state(path) in ("missing", "ok"), n
        if path.exists():
            uow = open_shop(path)
            from erp_desktop.services.system import verify

            assert all(c.ok for c in verify.run_checks(uow))
            uow.engine.dispose()
        assert cli.main(["--lang", "en", "init", "--db", str(path)]) == 0
        assert storage.shop_file_state(path) == "ok"
