"""sync problems: row versions set aside because one side refused them (a duplicate code …)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_problem",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=True),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("key_text", sa.String(length=200), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=True),
        sa.Column("other_pc", sa.String(length=40), nullable=False),
        sa.Column("other_summary", sa.String(length=200), nullable=False),
        sa.Column("waits_for", sa.String(length=200), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_tried", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_problem")),
        sa.UniqueConstraint(
            "direction", "table_name", "row_id", name=op.f("uq_sync_problem_direction_table_name_row_id")
        ),
    )
    # The installation's identity (install id, server token) lives in local_state: no schema.


def downgrade() -> None:
    op.drop_table("sync_problem")
