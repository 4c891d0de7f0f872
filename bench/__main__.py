"""python -m bench [NAME …] [--quick]"""
from __future__ import annotations

import importlib
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-bench-"))

from bench import AREAS, REGISTRY  # noqa: E402


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
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
        for figure in fn(quick):
            if wanted and figure.name not in wanted and len(wanted) and fn not in {REGISTRY[w] for w in wanted}:
                continue
            print(figure.line(), flush=True)
            failed |= not figure.ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
