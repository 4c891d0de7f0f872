"""助记码: a mnemonic (pinyin initials) column on product, customer and supplier, filled for existing rows

Revision ID: 0004
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("product", "customer", "supplier")


def _mnemonic(name: str) -> str:
    # The rule of erp_desktop.services.masterdata.mnemonic at the time of this revision, kept here
    # so that the migration gives the same result even after the service's rule changes.
    from pypinyin import Style, lazy_pinyin

    if not name or not name.strip():
        return ""
    text = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default"))
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum()).upper()[:60]


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("mnemonic", sa.String(length=60), server_default="", nullable=False))
            batch_op.create_index(f"ix_{table}_mnemonic", ["mnemonic"], unique=False)
    conn = op.get_bind()
    for table in TABLES:
        t = sa.table(table, sa.column("id", sa.Uuid()), sa.column("name", sa.String()), sa.column("mnemonic", sa.String()))
        rows = conn.execute(sa.select(t.c.id, t.c.name)).all()
        updates = [{"row_id": r.id, "m": _mnemonic(r.name)} for r in rows]
        updates = [u for u in updates if u["m"]]
        if updates:
            conn.execute(t.update().where(t.c.id == sa.bindparam("row_id")).values(mnemonic=sa.bindparam("m")), updates)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_mnemonic")
            batch_op.drop_column("mnemonic")
