"""The sync outbox's triggers: every insert or update of a synced row *by this PC* appends
``(table, id)`` to ``sync_outbox`` inside the writing transaction.

Why triggers: they run for the ORM's flush, for the row writers below the ORM and for any other
process that writes the file, under SQLite's write lock, so the outbox order is the commit order
and no write can be missed — whatever the writer's clock says (the reliability review's S1: a
process whose clock lagged stamped rows below the push cursor and they never left the PC).
Rows pulled from other PCs keep their ``origin_pc`` and are not recorded. Installed (idempotently)
every time a SQLite shop is opened, from the models' metadata, so a table added later gets its
triggers too. PostgreSQL (online mode) has no outbox: it is the server.
"""

from __future__ import annotations

from sqlalchemy import Engine

from erp_desktop.models import Base
from erp_desktop.models.sync import LOCAL_TABLES

SYNC_COLUMNS = {"id", "hlc", "origin_pc"}
_ME = "(SELECT value FROM local_state WHERE key = 'pc_id')"


def outbox_tables() -> list[str]:
    """The synced tables (as services.sync.tables.synced_tables chooses them), parents first."""
    local = {
        str(getattr(mapper.local_table, "name", ""))
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__sync__", None) == "local"
    }
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if SYNC_COLUMNS <= set(t.c.keys()) and t.name not in LOCAL_TABLES and t.name not in local
    ]


def trigger_sql(name: str) -> list[str]:
    body = f"BEGIN INSERT INTO sync_outbox (table_name, row_id) VALUES ('{name}', NEW.id); END"
    return [
        f'CREATE TRIGGER IF NOT EXISTS "outbox_{name}_ins" AFTER INSERT ON "{name}" WHEN NEW.origin_pc = {_ME} {body}',
        f'CREATE TRIGGER IF NOT EXISTS "outbox_{name}_upd" AFTER UPDATE ON "{name}" WHEN NEW.origin_pc = {_ME} {body}',
    ]


def install_outbox(engine: Engine) -> None:
    """Create the outbox triggers that are missing (SQLite only; a no-op elsewhere)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        present = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if "sync_outbox" not in {
            row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        }:
            return  # not migrated (open_engine(migrate=False) on an old file)
        for name in outbox_tables():
            if f"outbox_{name}_ins" in present and f"outbox_{name}_upd" in present:
                continue
            for sql in trigger_sql(name):
                conn.exec_driver_sql(sql)
