"""Opening a shop database: engine settings, migrations with a backup first, reference data.

SQLite is opened with foreign keys on, WAL, a busy timeout and ``synchronous=FULL`` (in WAL mode
NORMAL can lose the last commits on power loss; FULL loses none). Writers take the lock at
``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of deadlocking on upgrade.
A 64 MiB page cache per connection (SQLite's default is 2 MiB) keeps the indexes a posting walks
in memory once a shop has grown; memory-mapped I/O stays off, because with it a failing disk
crashes the program instead of returning an error. The WAL is checkpointed every 4,000 pages
(16 MiB) rather than SQLite's 1,000: a posting writes ~100 pages, most of them the same hot index
and balance pages again, so a longer window copies each of them back once instead of four times
and one posting in ~40 (not ~10) pays for a checkpoint — about 5% on a stream of counter tickets.
"""

from __future__ import annotations

import logging
import os
import select
import sqlite3
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError

from erp_desktop import config
from erp_desktop.errors import ShopFileError, UserError
from erp_desktop.i18n import tr

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 15000
CACHE_PRAGMA = "PRAGMA cache_size=-65536"  # KiB: 64 MiB (the bench floors use it too)
WAL_CHECKPOINT_PAGES = 4000


def db_url(target: str | Path | None) -> str:
    """A path or URL → SQLAlchemy URL; ``None`` → the default file in the user's data folder."""
    if target is None:
        target = config.default_db_path()
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        )
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, echo=echo)
    _configure_ping(engine)
    return engine


PING_IDLE_S = 5.0  # a pooled server connection idle longer than this is pinged before use


def _configure_ping(engine: Engine) -> None:
    """A server connection is pinged before use (SQLAlchemy's pre-ping, one round trip) unless it
    came back to the pool less than ``PING_IDLE_S`` ago and the server has sent nothing on it
    since: a server that closed it (restart, ``pg_terminate_backend`` when a login is revoked)
    leaves it readable, and then it is pinged as before. A dead connection is replaced: the pool
    retries the checkout with a new one (``DisconnectionError``). Saves a round trip per action
    in a run of user actions (DESIGN.md §5 ``sale_flow_ms``)."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_conn: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.pop("returned_at", None)
        if returned is not None and time.monotonic() - returned < PING_IDLE_S and _quiet(dbapi_conn):
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as error:
            if engine.dialect.is_disconnect(error, dbapi_conn, None):
                raise DisconnectionError() from error
            raise


def _quiet(dbapi_conn: Any) -> bool:
    """Whether an idle server connection is open with nothing waiting to be read on it."""
    try:
        if getattr(dbapi_conn, "closed", False) or getattr(dbapi_conn, "broken", False):
            return False
        readable, _w, _x = select.select([dbapi_conn.fileno()], [], [], 0)
    except (OSError, ValueError, AttributeError):
        return False
    return not readable


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        cursor.execute(CACHE_PRAGMA)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(config.migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None  # the migrations have a head
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(engine: Engine, reason: str) -> Path | None:
    """Copy the SQLite file with the online backup API into this shop's backup folder; returns
    the copy's path."""
    from erp_desktop.storage.backup import shop_backup_dir

    database = engine.url.database
    if not is_sqlite(engine) or not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = shop_backup_dir(source) / f"{source.stem}-{reason}-{stamp}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    log.info("backup %s → %s", source, target)
    return target


def upgrade(engine: Engine, *, keep_backup: bool = True) -> bool:
    """Bring the schema to head. An existing database is backed up first (unless
    ``keep_backup`` is off: a throwaway copy). Returns True if it changed anything. Refuses a
    database newer than this program."""
    from alembic import command

    head = head_revision(engine)
    current = current_revision(engine)
    if current == head:
        return False
    has_tables = bool(inspect(engine).get_table_names())
    if current is not None or has_tables:
        from alembic.script import ScriptDirectory

        known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
        if current is not None and current not in known:
            raise UserError(
                tr(
                    "This database was made by a newer version of erp-desktop ({revision}). Please upgrade the program.",
                    revision=current,
                )
            )
        if keep_backup:
            backup_sqlite(engine, "pre-migrate")
    command.upgrade(alembic_config(engine), "head")
    return True


def sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (``None`` for PostgreSQL, memory and ``file:`` URIs)."""
    parsed = make_url(url)
    database = parsed.database
    if not parsed.drivername.startswith("sqlite") or not database or database == ":memory:":
        return None
    if database.startswith("file:") or parsed.query.get("uri"):
        return None
    return Path(database)


SQLITE_HEADER = b"SQLite format 3\x00"


def shop_file_state(path: Path) -> str:
    """``missing``, ``empty`` (0 bytes), ``damaged`` (not an SQLite file) or ``ok`` — a cheap
    look at the size and the header; damage inside the file shows when it is read.

    The header is read by SQLite, never with ``open()``: closing any descriptor of a file drops
    every POSIX lock the process holds on it, SQLite's included (SQLite itself keeps its
    descriptors until its locks are gone). A process that looked at a file it already has open
    (a second ``open_shop``) lost its locks, and another process on the file then took itself for
    the last one and deleted the WAL under this one's connections: their later writes were lost."""
    try:
        if not path.exists():
            return "missing"
        size = path.stat().st_size
    except OSError:
        return "damaged"
    if size == 0:
        return "empty"
    if size < 100:
        return "damaged"
    for target in (str(path), Path(path).resolve().as_uri() + "?mode=ro"):  # then as on a read-only disk
        try:
            with closing(
                sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=target.startswith("file:"))
            ) as conn:
                conn.execute("PRAGMA schema_version").fetchone()
            return "ok"
        except sqlite3.DatabaseError as exc:  # not a database, malformed, cannot be opened
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                return "ok"  # a shop another program is writing: opening it says so
            if "not a database" in text or "malformed" in text:
                return "damaged"
        except (OSError, UnicodeError, ValueError):
            return "damaged"
    return "damaged"


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _create_shop_file(path: Path) -> None:
    """Create a new shop file at ``path`` all at once: migrated in a file beside it, then linked
    into place. A run killed half way leaves no half-made shop (a 0-byte or schema-less file at
    ``path`` is therefore never ours) and a shop another process created meanwhile is kept."""
    from erp_desktop.storage.outbox import install_outbox

    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{path.name}.creating-*"):
        try:  # left by a run that was killed; a live one renews its file within seconds
            if time.time() - stale.stat().st_mtime > 600:
                stale.unlink(missing_ok=True)
        except OSError:
            pass
    staging = path.with_name(f".{path.name}.creating-{os.getpid()}")
    _remove_sqlite_files(staging)
    engine = make_engine(f"sqlite:///{staging}")
    try:
        upgrade(engine)
        install_outbox(engine)
    except BaseException:
        engine.dispose()
        _remove_sqlite_files(staging)
        raise
    engine.dispose()
    with closing(sqlite3.connect(staging)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(staging) + suffix).unlink(missing_ok=True)
    try:
        os.link(staging, path)  # fails if the file appeared meanwhile: theirs is kept
    except FileExistsError:
        pass
    except OSError:  # no hard links on this file system
        if not path.exists():
            os.replace(staging, path)
    staging.unlink(missing_ok=True)


def missing_tables(engine: Engine) -> list[str]:
    """The models' tables the database does not hold, sorted."""
    from erp_desktop.models import Base

    present = set(inspect(engine).get_table_names())
    return sorted(set(Base.metadata.tables) - present)


def check_tables(engine: Engine) -> None:
    """Every table of the models is there (a file stamped with a revision but missing tables is
    not a shop). Raises ShopFileError."""
    missing = missing_tables(engine)
    if missing:
        path = sqlite_file(engine.url.render_as_string(hide_password=False))
        raise shop_file_error(
            "damaged",
            path,
            tr("tables missing: {tables}", tables=", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")),
        )


def open_engine(target: str | Path | None = None, *, migrate: bool = True, create: bool = True) -> Engine:
    """Open the database at ``target`` and bring it up to date. A missing SQLite file is created
    (all at once) only when ``create``; an empty or damaged one is never replaced — that raises
    ShopFileError, whose message lists the shop's last good backups."""
    url = db_url(target)
    path = sqlite_file(url)
    if path is not None:
        state = shop_file_state(path)
        if state == "missing":
            if not create:
                raise shop_file_error("missing", path)
            if migrate:
                _create_shop_file(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
        elif state != "ok":
            raise shop_file_error(state, path)
    engine = make_engine(url)
    if migrate:
        from erp_desktop.storage.outbox import install_outbox
        from erp_desktop.storage.search_index import ensure_search_index

        try:
            upgrade(engine)
            install_outbox(engine)
            ensure_search_index(engine)
            check_tables(engine)
        except DBAPIError as exc:
            engine.dispose()
            problem = database_problem(exc, path)
            if problem is None:
                raise
            raise problem from exc
        except BaseException:
            engine.dispose()
            raise
    return engine


def database_problem(exc: BaseException, path: Path | None) -> ShopFileError | None:
    """A damaged or locked shop file, recognised in ``exc`` (or what it wraps), as a message."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ShopFileError):
            return seen
        if isinstance(seen, DBAPIError) and seen.orig is not None:
            seen = seen.orig
            continue
        if isinstance(seen, sqlite3.DatabaseError):
            text = str(seen).lower()
            if "locked" in text or "busy" in text:
                return shop_file_error("locked", path)
            if "not a database" in text or "malformed" in text or "corrupt" in text or "disk i/o" in text:
                return shop_file_error("damaged", path, str(seen))
            if "unable to open" in text:
                return shop_file_error("unopenable", path, str(seen))
            return None
        seen = seen.__cause__ or seen.__context__
    return None


def shop_file_error(kind: str, path: Path | None, detail: str = "") -> ShopFileError:
    """The message for a shop file that cannot be used as it is: what is wrong, that nothing was
    changed, and how to get the books back (the last good backups of this shop, with dates)."""
    where = str(path) if path is not None else tr("the shop database")
    quoted = f'"{path}"' if path is not None else "FILE"
    if kind == "missing":
        head = tr(
            "There is no shop file at {path}. Create a new shop with: erp-desktop init --db {quoted}",
            path=where,
            quoted=quoted,
        )
    elif kind == "empty":
        head = tr("This shop file is empty (0 bytes): {path}. It was left as it is.", path=where)
    elif kind == "locked":
        return ShopFileError(
            kind,
            path,
            tr(
                "The shop file {path} is locked by another program (or another erp-desktop): nothing was changed. "
                "Close the other program or try again in a moment.",
                path=where,
            ),
        )
    elif kind == "unopenable":
        return ShopFileError(
            kind,
            path,
            tr(
                "The shop file {path} cannot be opened: {detail}. Check the folder and its permissions.",
                path=where,
                detail=detail,
            ),
        )
    else:
        head = tr("This shop file is damaged: {path}", path=where)
        if detail:
            head += f" ({detail})"
        head += ". " + tr("It was left as it is.")
    lines = [head]
    if path is not None:
        from erp_desktop.storage.backup import shop_backups

        good = shop_backups(path, limit=5)
        if good:
            lines.append(tr("Restore a backup: erp-desktop restore BACKUP_FILE --db {quoted}", quoted=quoted))
            lines.append(tr("The last good backups of this shop:"))
            lines.extend(
                f"  {info.taken_at.strftime('%Y-%m-%d %H:%M')}  {info.path}  ({info.size // 1024} KiB)" for info in good
            )
        elif kind != "missing":
            lines.append(
                tr(
                    "No backup of this shop was found. Restore one you keep elsewhere: "
                    "erp-desktop restore BACKUP_FILE --db {quoted}",
                    quoted=quoted,
                )
            )
    return ShopFileError(kind, path, "\n".join(lines))
