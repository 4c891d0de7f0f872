"""``start_s``: program start to a usable main window, warm (the second and later starts, OS file
cache filled, bytecode compiled — as on an installed copy), on a shop with the demo data.
Measured from outside: a fresh Python process imports the program, opens the shop, builds the
main window with every tab, shows it and runs the event loop once; it reports the wall-clock time
at that moment, and the figure is that minus the moment the parent started it (the median of
three warm starts). Shutting down afterwards is not part of the figure."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import Figure, at_most, benchmark

CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from erp_desktop.cli import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
# note the time and quit as soon as the window is shown and the event loop has run once
app = QApplication(sys.argv[:1])
def usable():
    print(f"usable-at {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, usable)
sys.exit(main(["--db", sys.argv[1]]))
"""


def _start(db: Path, env: dict) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    usable_at = float(next(line.split()[1] for line in done.stdout.splitlines() if line.startswith("usable-at ")))
    return usable_at - started


@benchmark("start_s")
def startup(quick: bool) -> list[Figure]:
    from erp_desktop import demo
    from erp_desktop.services.system.setup import open_shop

    folder = Path(tempfile.mkdtemp(prefix="erp-bench-start-"))
    db = folder / "shop.sqlite3"
    uow = open_shop(db)
    demo.build_demo(uow, steps=["master data"])
    uow.engine.dispose()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ERP_DATA_DIR=str(folder),
        ERP_LANG="zh_CN",
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
    )  # bytecode kept outside the source tree
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its bytecode compiled
    _start(db, env)  # cold start: fills the file cache and compiles the bytecode
    times = [_start(db, env) for _ in range(1 if quick else 3)]
    return [at_most("start_s", statistics.median(times), "s", 2)]


def _cli_run(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "erp_desktop", *args],
        check=True,
        env=env,
        capture_output=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    return time.perf_counter() - started


@benchmark("cli_start_s", "cli_start_s.version", "cli_start_s.stock_onhand")
def cli_startup(quick: bool) -> list[Figure]:
    """``cli_start_s``: a command-line run from process start to exit, warm (median of three):
    ``erp-desktop version`` (imports no service), and ``erp-desktop stock onhand`` on the demo
    shop (opens it, imports only the inventory area, prints the report)."""
    from erp_desktop import demo
    from erp_desktop.services.system.setup import open_shop

    folder = Path(tempfile.mkdtemp(prefix="erp-bench-cli-"))
    db = folder / "shop.sqlite3"
    uow = open_shop(db)
    demo.build_demo(uow, steps=None if not quick else ["master data"])
    uow.engine.dispose()
    env = dict(os.environ, ERP_DATA_DIR=str(folder), ERP_LANG="zh_CN", PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    figures = []
    for name, args, limit in (
        ("cli_start_s.version", ["version"], 0.5),
        ("cli_start_s.stock_onhand", ["stock", "onhand", "--db", str(db)], 1.5),
    ):
        _cli_run(args, env)  # cold: fills the file cache and compiles the bytecode
        times = [_cli_run(args, env) for _ in range(1 if quick else 3)]
        figures.append(at_most(name, statistics.median(times), "s", limit))
    return figures
