"""stock counts: the serial numbers scanned into a count line (forms15)

Revision ID: 0017
Revises: 0016

``stock_count_line.serials``: the serial numbers of a serial-tracked product scanned into the
line (a JSON list; empty for every existing line). Posting the count reconciles them with the
serials on the books in the bin.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE … ADD COLUMN (a batch would recreate the table and its triggers)
    op.add_column("stock_count_line", sa.Column("serials", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    with op.batch_alter_table("stock_count_line") as batch_op:
        batch_op.drop_column("serials")
