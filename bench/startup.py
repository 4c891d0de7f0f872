"""``start_s``: program start to a usable main window, warm (the second and later starts, OS file
cache filled), on a shop with the demo data. Measured from outside: a fresh Python process
imports the program, opens the shop, builds the main window with every tab, shows it, runs the
event loop once and exits; the figure is the median wall time of three warm starts."""
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
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from erp_desktop.cli import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
# quit as soon as the window is shown and the event loop has run once
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, app.quit)
sys.exit(main(["--db", sys.argv[1]]))
"""


def _start(db: Path, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD, str(db)], check=True, env=env, capture_output=True,
                   cwd=Path(__file__).resolve().parent.parent, timeout=120)
    return time.perf_counter() - started


@benchmark("start_s")
def startup(quick: bool) -> list[Figure]:
    from erp_desktop.services import demo
    from erp_desktop.services.setup import open_shop

    folder = Path(tempfile.mkdtemp(prefix="erp-bench-start-"))
    db = folder / "shop.sqlite3"
    uow = open_shop(db)
    demo.build_demo(uow, steps=["master data"])
    uow.engine.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ERP_DATA_DIR=str(folder), ERP_LANG="zh_CN")
    _start(db, env)  # cold start: fills the file cache
    times = [_start(db, env) for _ in range(1 if quick else 3)]
    return [at_most("start_s", statistics.median(times), "s", 2)]
