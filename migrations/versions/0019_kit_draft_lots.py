"""assembly / disassembly drafts keep the lots and serials entered (units17b)

Revision ID: 0019
Revises: 0018

``stock_doc_line.lots``: the lots and serial numbers entered on a draft kit document's line (a
JSON list of {number, qty, production_date, expiry_date}); NULL for every existing line. Posting
the draft takes them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE … ADD COLUMN (a batch would recreate the table and its triggers)
    op.add_column("stock_doc_line", sa.Column("lots", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stock_doc_line") as batch_op:
        batch_op.drop_column("lots")
