"""python -m bench [NAME …] [--quick]

Each benchmark function runs in a fresh Python process (as a user's program would be) with its own
temporary folder, removed afterwards, and the disk is synced before the next one starts: the
benchmarks that generate a million moves leave gigabytes of dirty pages, and a posting benchmark
that runs while the kernel writes them back waits on every fsync (deliveries measured 290/s
right after the on-hand benchmark, 500/s on a quiet disk)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-bench-"))

from bench import AREAS, REGISTRY  # noqa: E402


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    alone = "--in-process" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    for area in AREAS:
        try:
            importlib.import_module(f"bench.{area}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.{area}":
                raise
    unknown = [n for n in wanted if n not in REGISTRY]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(sorted(REGISTRY))}", file=sys.stderr)
        return 2
    done = set()
    failed = False
    for name in wanted or list(REGISTRY):
        fn = REGISTRY[name]
        if fn in done:
            continue
        done.add(fn)
        if not alone:
            names = [n for n in (wanted or [name]) if REGISTRY[n] is fn] or [name]
            failed |= _run_alone(names, quick)
            continue
        for figure in fn(quick):
            if wanted and figure.name not in wanted and len(wanted) and fn not in {REGISTRY[w] for w in wanted}:
                continue
            print(figure.line(), flush=True)
            failed |= not figure.ok
    return 1 if failed else 0


def _run_alone(names: list[str], quick: bool) -> bool:
    """Run one benchmark function in a child process; True if a figure missed its target."""
    if hasattr(os, "sync"):
        os.sync()
    folder = tempfile.mkdtemp(prefix="erp-bench-run-")
    try:
        child = subprocess.run(
            [sys.executable, "-m", "bench", *names, "--in-process"] + (["--quick"] if quick else []),
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
            env=dict(os.environ, TMPDIR=folder, TEMP=folder, TMP=folder),
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return child.returncode != 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
