"""sync outbox: this PC's change log, appended by triggers in the writing transaction

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    # A shop that synced before the outbox existed: its unpushed rows are still found by the
    # old clock-based query once (services.sync.engine pushes everything stamped after the old
    # cursor on the first push after this upgrade); from then on the outbox is the truth.


def downgrade() -> None:
    op.drop_table("sync_outbox")
