"""Regenerate the initial migration from the models (only while no release has shipped).

    python tools/regen_migration.py

Deletes migrations/versions/0001_initial.py, autogenerates it anew against an empty database.
After the first release, add new revisions with `alembic revision --autogenerate` instead.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from alembic import command

    from erp_desktop.storage import engine as db

    target = ROOT / "migrations" / "versions" / "0001_initial.py"
    target.unlink(missing_ok=True)
    for stale in (ROOT / "migrations" / "versions").glob("*_initial_schema.py"):
        stale.unlink()
    with tempfile.TemporaryDirectory() as folder:
        engine = db.make_engine(db.db_url(Path(folder) / "empty.sqlite3"))
        cfg = db.alembic_config(engine)
        command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()
    generated = next((ROOT / "migrations" / "versions").glob("0001_*.py"))
    generated.rename(target)
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
