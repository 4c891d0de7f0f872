"""Backups with the SQLite online backup API: on demand, before migrations (services/db.py) and
daily (keep the last N). Restore checks the file — integrity and schema version — before
replacing anything, and keeps the current file aside."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from erp_desktop import config
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.storage import engine as db

KEEP_DAILY = 14


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    taken_at: datetime


def _database_path(engine: Engine) -> Path:
    if not db.is_sqlite(engine) or not engine.url.database or engine.url.database == ":memory:":
        raise UserError(
            tr("Backups are taken of a local shop file; a shared PostgreSQL database is backed up with pg_dump.")
        )
    return Path(engine.url.database)


def backup_to(engine: Engine, target: Path) -> BackupInfo:
    """Copy the live database to ``target`` (consistent even while others write)."""
    source = _database_path(engine)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        dst.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise UserError(
            tr("The backup could not be written to {path}: {error}", path=str(target), error=str(exc))
        ) from exc
    return BackupInfo(target, target.stat().st_size, datetime.now())


def backup_now(engine: Engine, reason: str = "manual") -> BackupInfo:
    source = _database_path(engine)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(engine, config.backup_dir() / f"{source.stem}-{reason}-{stamp}.sqlite3")


def daily_backup(engine: Engine, *, today: date | None = None, keep: int = KEEP_DAILY) -> BackupInfo | None:
    """Take today's backup if there is none yet; keep the newest ``keep`` daily backups."""
    if not db.is_sqlite(engine):
        return None
    source = _database_path(engine)
    day = (today or date.today()).strftime("%Y%m%d")
    folder = config.backup_dir()
    target = folder / f"{source.stem}-daily-{day}.sqlite3"
    info = None if target.exists() else backup_to(engine, target)
    dailies = sorted(folder.glob(f"{source.stem}-daily-*.sqlite3"))
    for old in dailies[:-keep]:
        old.unlink(missing_ok=True)
    return info


def list_backups() -> list[BackupInfo]:
    files = sorted(config.backup_dir().glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime)) for p in files]


def check_backup_file(path: Path) -> str:
    """Integrity and schema version of a backup; returns its revision. Raises UserError."""
    path = Path(path)
    if not path.is_file():
        raise UserError(tr("No such file: {path}", path=str(path)))
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise UserError(tr("{path} is not a shop database file.", path=str(path)))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise UserError(tr("{path} is damaged: {detail}", path=str(path), detail=result))
            try:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.Error:
                revision = None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError(
            tr("{path} cannot be read as a shop database: {error}", path=str(path), error=str(exc))
        ) from exc
    if not revision:
        raise UserError(tr("{path} is not a shop database file.", path=str(path)))
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(config.migrations_dir()))
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if revision[0] not in known:
        raise UserError(
            tr("{path} was made by a newer version of erp-desktop ({revision}).", path=str(path), revision=revision[0])
        )
    return revision[0]


def restore(backup: Path, target: Path) -> Path:
    """Replace the shop file ``target`` with ``backup`` after checking it; the current file is
    kept aside (returned). The caller must have closed every connection to ``target``."""
    check_backup_file(backup)
    target = Path(target)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.stem}-before-restore-{stamp}{target.suffix}")
    if target.exists():
        # fold the WAL into the file first so the copy kept aside is complete
        with sqlite3.connect(target) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        shutil.copy2(target, aside)
    staging = target.with_suffix(target.suffix + ".restoring")
    shutil.copy2(backup, staging)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    staging.replace(target)
    return aside
