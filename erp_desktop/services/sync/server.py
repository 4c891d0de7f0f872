"""The shared PostgreSQL database as a sync server (no server program: PostgreSQL is the engine).

It holds the same schema as every PC (created by the same Alembic migrations) plus:
- ``sync_change``: one row per row version written, with a ``seq`` (identity, bigint) that only
  grows. Filled by a *deferred* trigger on every synced table that takes a transaction-level
  advisory lock first, so change rows commit in ``seq`` order and a reader never skips a change
  that commits later with a smaller ``seq``. Online-mode clients writing straight into the
  database are logged by the same trigger.
- ``sync_pc``: the PC registry (pc id, series letter for document numbers, last seen, the
  installation token that tells two files under one PC id apart).
- ``sync_meta``: server id, schema fingerprint and revision.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Engine,
    Identity,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    and_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection

from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow
from erp_desktop.services.sync.tables import schema_fingerprint, synced_tables
from erp_desktop.storage import engine as db

LOCK_KEY = 7340021  # advisory lock: change-log writers commit one at a time, in seq order
SETUP_LOCK_KEY = 7340022
ONLINE_SERIES = "Z"  # document-number series of clients working straight on the server

server_meta = MetaData()
sync_change = Table(
    "sync_change",
    server_meta,
    Column("seq", BigInteger, Identity(always=False), primary_key=True),
    Column("table_name", String(60), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("hlc", BigInteger, nullable=False),
    Column("origin_pc", String(40), nullable=False),
    Column("data", JSON().with_variant(JSONB(), "postgresql")),
    Index("ix_sync_change_row", "row_id"),
)
sync_pc = Table(
    "sync_pc",
    server_meta,
    Column("pc_id", String(40), primary_key=True),
    Column("series", String(8), nullable=False, unique=True),
    Column("name", String(80), default=""),
    Column("first_seen", DateTime, default=utcnow),
    Column("last_seen", DateTime, default=utcnow),
    Column("schema", String(40), default=""),
    # the installation token of the file syncing as this PC (changes at every sync, see
    # services.sync.identity): a second file under the same PC id is refused
    Column("install_token", String(64)),
)
sync_meta = Table(
    "sync_meta",
    server_meta,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

TRIGGER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION erp_sync_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.hlc = OLD.hlc AND NEW.origin_pc = OLD.origin_pc THEN
    RETURN NULL;  -- a derived column recomputed after a merge: not a new version
  END IF;
  PERFORM pg_advisory_xact_lock({LOCK_KEY});
  INSERT INTO sync_change(table_name, row_id, hlc, origin_pc, data)
  VALUES (TG_TABLE_NAME, NEW.id, NEW.hlc, NEW.origin_pc, to_jsonb(NEW));
  RETURN NULL;
END $$;
"""


class SchemaMismatch(UserError):
    """The server's schema is not this program's: upgrade before syncing."""


class InstallationClash(UserError):
    """Another installation (a copy of this PC's file) synced under this PC id."""


def make_server_engine(url: str) -> Engine:
    return db.make_engine(url)


def meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(sync_meta.c.key, sync_meta.c.value)).all())


def is_prepared(conn: Connection) -> bool:
    return conn.execute(text("SELECT to_regclass('sync_meta')")).scalar() is not None


def prepare(engine: Engine, *, upgrade: bool = False) -> dict[str, str]:
    """Create (or, with ``upgrade``, migrate) the server schema, the sync tables and triggers.
    Idempotent; two PCs preparing at once queue on an advisory lock."""
    if engine.dialect.name != "postgresql":
        raise UserError(tr("The sync server must be a PostgreSQL database (postgresql+psycopg://…)."))
    with engine.begin() as conn:
        conn.execute(text(f"SELECT pg_advisory_xact_lock({SETUP_LOCK_KEY})"))
        if is_prepared(conn) and not upgrade:
            return meta(conn)
    db.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text(f"SELECT pg_advisory_xact_lock({SETUP_LOCK_KEY})"))
        server_meta.create_all(conn, checkfirst=True)
        _add_token_column(conn)
        conn.execute(text(TRIGGER_FUNCTION))
        for table in synced_tables():
            conn.execute(text(f'DROP TRIGGER IF EXISTS erp_sync ON "{table.name}"'))
            conn.execute(
                text(
                    f'CREATE CONSTRAINT TRIGGER erp_sync AFTER INSERT OR UPDATE ON "{table.name}" '
                    f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION erp_sync_log()"
                )
            )
        values = meta(conn)
        if not values and not has_changes(conn):
            # rows written before sync was set up (an online client came first): log them once
            for table in synced_tables():
                conn.execute(
                    text(
                        f"INSERT INTO sync_change(table_name, row_id, hlc, origin_pc, data) "
                        f'SELECT :name, t.id, t.hlc, t.origin_pc, to_jsonb(t) FROM "{table.name}" t ORDER BY t.hlc'
                    ),
                    {"name": table.name},
                )
        wanted = {
            "server_id": values.get("server_id") or uuid.uuid4().hex,
            "schema": schema_fingerprint(),
            "revision": db.head_revision(engine) or "",
            "prepared_at": datetime.now().isoformat(timespec="seconds"),
        }
        for key, value in wanted.items():
            conn.execute(
                text(
                    "INSERT INTO sync_meta(key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
                ),
                {"k": key, "v": value},
            )
        # clients working straight on the server number their documents in their own series
        conn.execute(
            text("INSERT INTO local_state(key, value) VALUES ('series', :s) ON CONFLICT (key) DO NOTHING"),
            {"s": ONLINE_SERIES},
        )
        return meta(conn)


def check_schema(conn: Connection) -> dict[str, str]:
    """Refuse to exchange rows when the shapes differ (a PC with an older program is told to upgrade)."""
    values = meta(conn)
    mine = schema_fingerprint()
    if values.get("schema") != mine:
        raise SchemaMismatch(
            tr(
                "The shared database has a different schema ({server}) than this program ({mine}). Install the same erp-desktop "
                "version on every PC; after upgrading, run 'erp-desktop sync --upgrade-server' once.",
                server=values.get("schema", "?"),
                mine=mine,
            )
        )
    return values


def series_name(index: int) -> str:
    """A, B, … Y, then A1 … Y1, …: never Z (reserved for online clients)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXY"
    letter = letters[index % len(letters)]
    return letter if index < len(letters) else f"{letter}{index // len(letters)}"


_token_column_checked: set[str] = set()


def _add_token_column(conn: Connection) -> None:
    """Servers prepared before installation tokens existed get the column (once per process)."""
    key = str(conn.engine.url)
    if key in _token_column_checked:
        return
    present = conn.execute(
        text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'sync_pc' AND column_name = 'install_token'"
        )
    ).first()
    if present is None:
        conn.execute(text("ALTER TABLE sync_pc ADD COLUMN IF NOT EXISTS install_token varchar(64)"))
    _token_column_checked.add(key)


def register_pc(conn: Connection, pc_id: str, name: str, token: str = "", next_token: str = "") -> str:
    """The PC's series letter (assigned on first contact); updates last seen. With tokens (see
    ``services.sync.identity``): the PC presents the token the server holds for it (``token``) and
    the one to hold next; the server accepts either (a sync cut after storing the next one still
    matches) and refuses any other — another file has synced under this PC id since."""
    conn.execute(text(f"SELECT pg_advisory_xact_lock({SETUP_LOCK_KEY})"))
    _add_token_column(conn)
    row = conn.execute(select(sync_pc.c.series, sync_pc.c.install_token).where(sync_pc.c.pc_id == pc_id)).first()
    if row is not None:
        held = row[1] or ""
        if next_token and held and held not in (token, next_token):
            raise InstallationClash(
                tr(
                    "The shared database refused this file: another installation has synced as this PC "
                    "(series {series}) since this file last synced.",
                    series=row[0],
                )
            )
        values = {"last_seen": utcnow(), "name": name[:80], "schema": schema_fingerprint()}
        if next_token:
            values["install_token"] = next_token
        conn.execute(sync_pc.update().where(sync_pc.c.pc_id == pc_id).values(**values))
        return row[0]
    taken = set(conn.scalars(select(sync_pc.c.series)))
    index = 0
    while series_name(index) in taken:
        index += 1
    series = series_name(index)
    conn.execute(
        sync_pc.insert().values(
            pc_id=pc_id,
            series=series,
            name=name[:80],
            first_seen=utcnow(),
            last_seen=utcnow(),
            schema=schema_fingerprint(),
            install_token=next_token or None,
        )
    )
    return series


def pc_names(conn: Connection) -> dict[str, str]:
    """PC id → "series (computer name)", for messages that name a PC."""
    return {
        pc_id: f"{series} ({name})" if name else str(series)
        for pc_id, series, name in conn.execute(select(sync_pc.c.pc_id, sync_pc.c.series, sync_pc.c.name))
    }


def has_changes(conn: Connection) -> bool:
    """Whether the server holds a shop's rows. The rows a migration makes with fixed ids on every
    database (hlc 0, written by no PC: the default store) do not count: every PC has them too."""
    fixed = and_(sync_change.c.hlc == 0, sync_change.c.origin_pc == "")
    return conn.execute(select(sync_change.c.seq).where(~fixed).limit(1)).first() is not None
