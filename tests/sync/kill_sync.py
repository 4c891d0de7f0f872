"""A sync process that SIGKILLs itself at one point of its sync (the tests' "kill mid-sync").

    python -m tests.sync.kill_sync DB URL STAGE BATCH SHIFT BATCH_SIZE

STAGE is where ``sync_now`` calls its fault hook: ``registered`` (the server holds the next
installation token, the file not yet), ``pull`` (inside the local transaction of pulled batch
BATCH), ``pulled`` (after it committed), ``push`` (inside the server transaction of pushed batch
BATCH), ``pushed`` (the server committed it, the outbox cursor has not moved), ``confirm`` (inside
the transaction that moves the cursor). The process's wall clock is SHIFT seconds off. Exit code
-9 = killed there; 0 = the sync ended before reaching that point; 3 = the sync was refused."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ANY_BATCH = {"registered", "confirm"}
STAGES = ("registered", "pull", "pulled", "push", "pushed", "confirm")
ROOT = Path(__file__).resolve().parents[2]


def run_killed(db: str, url: str, stage: str, batch: int, shift: float, batch_size: int = 10) -> tuple[int, str]:
    """Run such a process to its end: (exit code, its output)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_sync", db, url, stage, str(batch), str(shift), str(batch_size)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def main(argv: list[str]) -> int:
    db, url, stage, at, shift, size = argv
    from erp_desktop.services.sync import engine as sync
    from erp_desktop.services.system.setup import open_shop
    from erp_desktop.storage.uow import UnitOfWork
    from tests.sync.test_outbox import ShiftedClock

    shop = open_shop(db)
    uow = UnitOfWork(shop.engine, shop.actor, shop.pc_id, ShiftedClock(float(shift)))

    def fault(current: str, batch: int) -> None:
        if current == stage and (stage in ANY_BATCH or batch == int(at)):
            os.kill(os.getpid(), signal.SIGKILL)  # no cleanup of any kind: open transactions and all

    try:
        sync.sync_now(uow, url, batch_size=int(size), fault=fault)
    except sync.SyncError as exc:
        print(exc.message)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
