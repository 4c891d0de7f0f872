"""A process that opens its shop file a second time (the window's background work, a sync from
the window, any second ``open_shop``) must not drop its own SQLite locks: closing any descriptor
of a file drops every POSIX lock the process holds on it. It did — the file's header was read
with ``open()`` — and then another process on the same file (a scheduled ``erp-desktop sync``)
took itself for the last one at exit and deleted the WAL under the first process's connections:
what the first process wrote afterwards went into a deleted file and was lost, and it kept
reading an old state (the review's sync_clock_repro.py then failed with "another installation
has synced as this PC")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from erp_desktop.models.parties import Customer
from erp_desktop.services.system.setup import open_shop
from tests.support import factories as f

ROOT = Path(__file__).resolve().parents[2]
OTHER = """
import sys
from erp_desktop.services.system.setup import open_shop
from tests.support import factories as f
uow = open_shop(sys.argv[1])
with uow.write() as tx:
    f.customer(tx, "FROM-CLI", name="the other process")
uow.engine.dispose()
"""


def _codes(path: Path) -> set[str]:
    uow = open_shop(path)
    try:
        with uow.read() as tx:
            return set(tx.scalars(select(Customer.code)))
    finally:
        uow.engine.dispose()


def test_a_second_open_in_one_process_keeps_its_locks_and_no_write_is_lost(tmp_path):
    path = tmp_path / "shop.sqlite3"
    window = open_shop(path)
    with window.write() as tx:
        f.customer(tx, "BEFORE", name="written first")
    again = open_shop(path)  # the same process opens the file once more
    with again.read() as tx:
        assert tx.scalar(select(Customer.code).where(Customer.code == "BEFORE")) == "BEFORE"
    done = subprocess.run(
        [sys.executable, "-c", OTHER, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert Path(f"{path}-wal").exists()  # used to be deleted by the other process at its exit
    with window.write() as tx:  # used to go into the deleted WAL: lost
        f.customer(tx, "AFTER", name="written last")
    with window.read() as tx:
        assert {"BEFORE", "FROM-CLI", "AFTER"} <= set(tx.scalars(select(Customer.code)))
    window.engine.dispose()
    again.engine.dispose()
    assert {"BEFORE", "FROM-CLI", "AFTER"} <= _codes(path)
