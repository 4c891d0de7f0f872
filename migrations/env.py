"""Alembic environment. The engine comes from ``erp_desktop.storage.engine`` (config attribute
``engine``); batch mode so SQLite can alter tables."""

from alembic import context

from erp_desktop.models import Base

config = context.config
target_metadata = Base.metadata


def render_item(type_, obj, autogen_context):
    """Our exact-number types are scaled integers in the database."""
    from erp_desktop.models.base import ScaledDecimal

    if type_ == "type" and isinstance(obj, ScaledDecimal):
        return "sa.BigInteger()"
    return False


def include_name(name, type_, parent_names):
    """The product search index (storage/search_index.py) is no model: autogenerate leaves it be."""
    from erp_desktop.storage.search_index import is_search_table

    return not (type_ == "table" and name and is_search_table(name))


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite's way to alter a table is to copy it and drop the old one, and a drop with
            # foreign keys on fails (or deletes) while child rows point at it. So, as SQLite's own
            # ALTER TABLE procedure says: keys off outside the transaction, migrate, check every
            # key before the commit (_run), keys back on.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            _run(conn, check_keys=sqlite)
            conn.commit()
        finally:
            if sqlite:
                conn.rollback()
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _run(connection, *, check_keys: bool = False) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        render_item=render_item,
        include_name=include_name,
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":  # the shared database's guard lets a migration
            connection.exec_driver_sql("SET LOCAL erp.maintenance = 'on'")  # rewrite ledger rows
        context.run_migrations()
        if check_keys:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration left rows whose foreign keys point nowhere: {broken[:5]}")


run_migrations_online()
