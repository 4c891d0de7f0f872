"""search15: an FTS5 trigram index on products' code, name, spec, 助记码 and barcodes (SQLite only)

Revision ID: 0020
Revises: 0019

``product_search`` (see ``erp_desktop.storage.search_index``) lets a search keystroke that
matches few products be answered from an index instead of a scan of every row. Filled from the
existing products; kept by triggers on ``product`` and ``product_barcode``. A SQLite built without
FTS5 or its trigram tokenizer gets no table (searches then scan as before); PostgreSQL keeps its
own path.
"""

import sqlalchemy as sa
from alembic import op

from erp_desktop.storage import search_index as si

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(si.CREATE_TABLE)
    except sa.exc.OperationalError:  # no fts5 module or no trigram tokenizer in this SQLite
        return
    for sql in si.TRIGGERS.values():
        bind.exec_driver_sql(sql)
    for sql in si.REBUILD:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for name in si.TRIGGERS:
        bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {si.TABLE}")
