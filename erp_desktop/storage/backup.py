"""Backups with the SQLite online backup API: on demand, before migrations (services/db.py) and
daily (keep the last N). Restore checks the file — integrity and schema version — before
replacing anything, and keeps the current file aside."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from erp_desktop import config
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.storage import engine as db

KEEP_DAILY = 14
log = logging.getLogger(__name__)


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


def _read_only(path: Path) -> str:
    """A read-only SQLite URI for ``path`` (percent-encoded: '#', '?', spaces and 汉字 are safe)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def shop_backup_dir(shop: Path, *, create: bool = True) -> Path:
    """This shop's own backup folder: two shops with the same file name in different folders
    never share one (the folder is keyed by a hash of the shop file's absolute path)."""
    resolved = os.path.normcase(str(Path(shop).expanduser().resolve()))
    key = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]
    folder = config.backup_dir() / f"{Path(shop).stem}-{key}"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_now(engine: Engine, reason: str = "manual") -> BackupInfo:
    source = _database_path(engine)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(engine, shop_backup_dir(source) / f"{source.stem}-{reason}-{stamp}.sqlite3")


def backup_health(path: Path) -> tuple[bool, bool]:
    """(good, has_data) of a backup file: good = an SQLite file that passes the quick check and
    holds a stamped schema with the shop's tables; has_data = it holds master data or postings."""
    path = Path(path)
    if db.shop_file_state(path) != "ok":
        return False, False
    try:
        with closing(sqlite3.connect(_read_only(path), uri=True)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False, False
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not CORE_TABLES <= tables or not conn.execute("SELECT version_num FROM alembic_version").fetchone():
                return False, False
            rows = sum(
                conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {t} LIMIT 1)").fetchone()[0] for t in DATA_TABLES
            )
            return True, rows > 0
    except sqlite3.Error:
        return False, False


CORE_TABLES = frozenset({"alembic_version", "app_setting", "local_state", "product", "journal_entry", "stock_move"})
DATA_TABLES = ("product", "customer", "supplier", "journal_entry", "stock_move")


def daily_backup(engine: Engine, *, today: date | None = None, keep: int = KEEP_DAILY) -> BackupInfo | None:
    """Take today's backup if there is none yet; keep the newest ``keep`` daily backups. A copy
    that is not a good shop (empty, damaged) is thrown away, not kept; rotation never deletes the
    last backup that holds data while the kept ones hold none."""
    if not db.is_sqlite(engine):
        return None
    source = _database_path(engine)
    day = (today or date.today()).strftime("%Y%m%d")
    folder = shop_backup_dir(source)
    target = folder / f"{source.stem}-daily-{day}.sqlite3"
    info = None
    if not target.exists():
        candidate = folder / f".{target.name}.checking"
        backup_to(engine, candidate)
        if backup_health(candidate)[0]:
            candidate.replace(target)
            info = BackupInfo(target, target.stat().st_size, datetime.now())
        else:
            candidate.unlink(missing_ok=True)
            log.warning("daily backup of %s skipped: the shop file is empty or damaged", source)
            return None
    dailies = sorted(folder.glob(f"{source.stem}-daily-*.sqlite3"))
    kept, old = dailies[-keep:] if keep > 0 else [], dailies[:-keep] if keep > 0 else dailies
    if old and not any(backup_health(p)[1] for p in kept):
        last_with_data = next((p for p in reversed(old) if backup_health(p)[1]), None)
        old = [p for p in old if p != last_with_data]
    for stale in old:
        stale.unlink(missing_ok=True)
    return info


def list_backups() -> list[BackupInfo]:
    files = sorted(config.backup_dir().rglob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime)) for p in files]


def shop_backups(shop: Path, *, good_only: bool = True, limit: int | None = None) -> list[BackupInfo]:
    """This shop's backups, newest first: its own folder, and the older shared folder's files
    named after it. ``good_only`` leaves out the empty and damaged ones (and those without data,
    while there are any with); ``limit`` stops after that many (each is checked, newest first)."""
    shop = Path(shop)
    files = list(shop_backup_dir(shop, create=False).glob("*.sqlite3"))
    files += [p for p in config.backup_dir().glob(f"{shop.stem}-*.sqlite3") if p.is_file()]
    infos = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        infos.append(BackupInfo(path, stat.st_size, datetime.fromtimestamp(stat.st_mtime)))
    infos.sort(key=lambda info: info.taken_at, reverse=True)
    if not good_only:
        return infos[:limit] if limit else infos
    with_data: list[BackupInfo] = []
    good: list[BackupInfo] = []
    for info in infos:
        ok, data = backup_health(info.path)
        if ok:
            good.append(info)
            if data:
                with_data.append(info)
                if limit and len(with_data) >= limit:
                    break
    chosen = with_data or good
    return chosen[:limit] if limit else chosen


def check_backup_file(path: Path) -> str:
    """Integrity and schema version of a backup; returns its revision. Raises UserError."""
    path = Path(path)
    if not path.is_file():
        raise UserError(tr("No such file: {path}", path=str(path)))
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise UserError(tr("{path} is not a shop database file.", path=str(path)))
        conn = sqlite3.connect(_read_only(path), uri=True)
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
    return str(revision[0])


def stage_restore(backup: Path, target: Path) -> Path:
    """Check ``backup`` completely on a copy beside ``target``: an SQLite file that passes the
    integrity check, a schema revision this program knows, migrated to this program's schema and
    holding every table. Returns the checked copy (the caller verifies the books on it, then
    calls ``swap_in``); nothing of ``target`` is touched. Raises UserError."""
    backup, target = Path(backup), Path(target)
    check_backup_file(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    remove_sqlite_files(staging)
    try:
        with closing(sqlite3.connect(_read_only(backup), uri=True)) as src:
            with closing(sqlite3.connect(staging)) as dst:
                src.backup(dst)
        engine = db.make_engine(f"sqlite:///{staging}")
        try:
            from erp_desktop.storage.outbox import install_outbox
            from erp_desktop.storage.search_index import ensure_search_index

            db.upgrade(engine, keep_backup=False)
            missing = db.missing_tables(engine)
            if missing:  # stamped with a revision, but not a shop (R1 of the review)
                raise UserError(
                    tr(
                        "it is not a complete shop file (tables missing: {tables}).",
                        tables=", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""),
                    )
                )
            install_outbox(engine)
            ensure_search_index(engine)
        finally:
            engine.dispose()
    except UserError as exc:
        remove_sqlite_files(staging)
        raise UserError(tr("{path} cannot be restored: {reason}", path=str(backup), reason=exc.message)) from exc
    except Exception as exc:  # a migration that fails on this file: it is not a shop we can use
        remove_sqlite_files(staging)
        raise UserError(
            tr(
                "{path} cannot be restored: it cannot be brought to this program's schema ({error}).",
                path=str(backup),
                error=str(exc).splitlines()[0][:200],
            )
        ) from exc
    return staging


def remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def swap_in(staging: Path, target: Path) -> Path | None:
    """Keep the current ``target`` aside (``<name>.before-restore-<timestamp>``), then put the
    checked copy ``staging`` in its place. Returns the path kept aside (None when there was no
    file). Refuses while another program has the shop open. The caller must have closed every
    connection of its own."""
    staging, target = Path(staging), Path(target)
    with closing(sqlite3.connect(staging)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside: Path | None = None
    state = db.shop_file_state(target)
    if state == "ok":
        try:
            # fold the WAL into the file first so the copy kept aside is complete
            with closing(sqlite3.connect(target, timeout=2)) as conn:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise UserError(
                    tr("The shop {path} is open in another program: close it, then restore again.", path=str(target))
                ) from exc
            busy = 0  # damaged inside: kept aside as it is, with its WAL
        if busy:
            raise UserError(
                tr("The shop {path} is open in another program: close it, then restore again.", path=str(target))
            )
    if state != "missing":
        aside = target.with_name(f"{target.name}.before-restore-{stamp}")
        shutil.copy2(target, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(target) + suffix)
            if extra.exists() and extra.stat().st_size:
                shutil.copy2(extra, Path(str(aside) + suffix))
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(staging, target)
    remove_sqlite_files(staging)
    return aside


def restore(backup: Path, target: Path) -> Path | None:
    """Replace the shop file ``target`` with ``backup`` after checking it completely on a copy;
    the current file is kept aside (returned). The books are verified on the copy by
    ``system.restore_shop``, which also asks for the owner's log-in first — use that."""
    staging = stage_restore(backup, target)
    try:
        return swap_in(staging, target)
    finally:
        remove_sqlite_files(staging)
