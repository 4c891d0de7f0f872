"""Opening a shop database: engine settings, migrations with a backup first, reference data.

SQLite is opened with foreign keys on, WAL, a busy timeout and ``synchronous=FULL`` (in WAL mode
NORMAL can lose the last commits on power loss; FULL loses none). Writers take the lock at
``BEGIN IMMEDIATE`` so two writers queue on the busy timeout instead of deadlocking on upgrade.
A 64 MiB page cache per connection (SQLite's default is 2 MiB) keeps the indexes a posting walks
in memory once a shop has grown; memory-mapped I/O stays off, because with it a failing disk
crashes the program instead of returning an error.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

from erp_desktop import config
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 15000
CACHE_PRAGMA = "PRAGMA cache_size=-65536"  # KiB: 64 MiB (the bench floors use it too)


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
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(CACHE_PRAGMA)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(config.migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(engine: Engine, reason: str) -> Path | None:
    """Copy the SQLite file with the online backup API; returns the copy's path."""
    database = engine.url.database
    if not is_sqlite(engine) or not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = config.backup_dir() / f"{source.stem}-{reason}-{stamp}.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    log.info("backup %s → %s", source, target)
    return target


def upgrade(engine: Engine) -> bool:
    """Bring the schema to head. An existing database is backed up first. Returns True if it
    changed anything. Refuses a database newer than this program."""
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
        backup_sqlite(engine, "pre-migrate")
    command.upgrade(alembic_config(engine), "head")
    return True


def open_engine(target: str | Path | None = None, *, migrate: bool = True) -> Engine:
    """Open (creating if needed) the database at ``target`` and bring it up to date."""
    url = db_url(target)
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite") and parsed.database:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
        from erp_desktop.storage.outbox import install_outbox

        install_outbox(engine)
    return engine
