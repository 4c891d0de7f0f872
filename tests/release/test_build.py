"""CI builds the one-folder program with PyInstaller and runs the built binary headless with
--self-test (fresh database, migrations, a posted sale, verify)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pyinstaller_build_runs_self_test(tmp_path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=tmp_path,
        timeout=900,
    )
    exe = tmp_path / "dist" / "erp-desktop" / ("erp-desktop.exe" if os.name == "nt" else "erp-desktop")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ERP_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [str(exe), "--self-test", "--db", str(tmp_path / "fresh.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "books verified" in done.stdout
    version = subprocess.run([str(exe), "version"], env=env, capture_output=True, text=True, timeout=120)
    assert version.stdout.startswith("erp-desktop ")
