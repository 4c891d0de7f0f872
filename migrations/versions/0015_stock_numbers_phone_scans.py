"""stock document numbers unique; phone scans kept in the file

Revision ID: 0015
Revises: 0010

- ``uq_stock_doc_number``: a posted stock document's number (OR-/OS-/TR-…) is its own, as every
  other numbered document's already is (drafts carry "" and are left out: a partial index, on
  SQLite and PostgreSQL alike). A file or a shared database that already holds one number twice
  (two PCs that shared a series: a copied shop file before issue 20) is not changed: the upgrade
  stops with a message naming the numbers.
- ``stock_count_scan``: the phone scans booked into a count, by the phone's scan id (local to the
  PC that served the phone; never synced).
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0010"
branch_labels = None
depends_on = None


def _refuse_duplicates() -> None:
    from erp_desktop.errors import UserError
    from erp_desktop.i18n import tr

    rows = (
        op.get_bind()
        .execute(
            sa.text(
                'SELECT number, count(*) AS n, min("on") AS first_on, max("on") AS last_on FROM stock_doc '
                "WHERE number <> '' GROUP BY number HAVING count(*) > 1 ORDER BY number"
            )
        )
        .all()
    )
    if not rows:
        return
    listed = ", ".join(f"{r.number} ×{r.n} ({r.first_on}…{r.last_on})" for r in rows[:10])
    if len(rows) > 10:
        listed += ", …"
    raise UserError(
        tr(
            "This shop cannot be upgraded: {count} stock document number(s) are used by more than one "
            "document: {numbers}. Two PCs posted under one number series (a shop file copied before this "
            "version could tell copies apart). Nothing of this step was changed and the previous version "
            "still opens the file: keep working with it and send this message to your support, who can give "
            "the second document of each number a number of its own; then upgrade again.",
            count=len(rows),
            numbers=listed,
        )
    )


def upgrade() -> None:
    _refuse_duplicates()
    op.create_index(
        "uq_stock_doc_number",
        "stock_doc",
        ["number"],
        unique=True,
        sqlite_where=sa.text("number <> ''"),
        postgresql_where=sa.text("number <> ''"),
    )
    op.create_table(
        "stock_count_scan",
        sa.Column("count_id", sa.Uuid(), nullable=False),
        sa.Column("scan_id", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("count_id", "scan_id", name=op.f("pk_stock_count_scan")),
    )


def downgrade() -> None:
    op.drop_table("stock_count_scan")
    op.drop_index("uq_stock_doc_number", table_name="stock_doc")
