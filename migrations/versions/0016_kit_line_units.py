"""kits17: the unit a kit's component line is defined in (product_kit_line.unit, unit_qty,
unit_factor), as every document line has

Revision ID: 0016
Revises: 0012

Existing lines stay in the base unit (unit "", unit_qty NULL, factor 1).
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("product_kit_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit", sa.String(length=16), server_default="", nullable=False))
        batch_op.add_column(sa.Column("unit_qty", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("unit_factor", sa.BigInteger(), server_default="1000000", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("product_kit_line", schema=None) as batch_op:
        batch_op.drop_column("unit_factor")
        batch_op.drop_column("unit_qty")
        batch_op.drop_column("unit")
