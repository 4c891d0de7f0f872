"""Crash safety (SIGKILL mid-posting) and two writers on one SQLite file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import func, select

from erp_desktop.models.finance import JournalEntry
from erp_desktop.models.stock import StockMove
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop

POSTER = Path(__file__).with_name("poster.py")
KILLS = int(os.environ.get("ERP_CRASH_KILLS", "12"))


def _spawn(db: Path, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(POSTER), str(db), str(count)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _committed_ids(lines: list[str]) -> set[uuid.UUID]:
    return {uuid.UUID(line) for line in lines if line and line != "ready"}


def test_sigkill_mid_posting_loses_nothing_committed(tmp_path):
    db = tmp_path / "crash.sqlite3"
    rng = random.Random(20261125)
    reported: set[uuid.UUID] = set()
    for _ in range(KILLS):
        child = _spawn(db, 100000)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        seen = [child.stdout.readline().strip() for _ in range(rng.randint(1, 15))]  # let it commit a few
        time.sleep(rng.uniform(0, 0.05))  # then kill at a random moment, usually mid-transaction
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate()
        reported |= _committed_ids(seen + out.splitlines())
        uow = open_shop(db)
        checks = verify.run_checks(uow)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
        with uow.read() as tx:
            present = set(tx.scalars(select(StockMove.doc_id).distinct()))
        uow.engine.dispose()
        assert reported <= present, f"{len(reported - present)} committed documents lost"
    assert len(reported) > KILLS  # the loop really posted between kills


def test_two_processes_posting_at_once(tmp_path):
    db = tmp_path / "two.sqlite3"
    first = _spawn(db, 1)  # creates the shop and master data
    first.communicate(timeout=60)
    children = [_spawn(db, 60) for _ in range(2)]
    outputs = [c.communicate(timeout=180) for c in children]
    for child, (_out, err) in zip(children, outputs):
        assert child.returncode == 0, err
    ids = set().union(*(_committed_ids(out.splitlines()) for out, _ in outputs))
    assert len(ids) == 120
    uow = open_shop(db)
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    with uow.read() as tx:
        docs = tx.scalar(select(func.count(func.distinct(StockMove.doc_id))))
        entries = tx.scalar(select(func.count()).select_from(JournalEntry))
    assert docs == 121
    assert entries == 2 * 121
