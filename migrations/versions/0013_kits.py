"""kits: bills of components (product_kit, product_kit_line)

Assembly (组装单) and disassembly (拆卸单) documents are stock documents of new kinds and need no
schema change; the @ASSEMBLY virtual location is seeded with the reference data.

Revision ID: 0013
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0014"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "product_kit",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("bundle", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("bom_changed_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_product_kit_product_id_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_kit")),
        sa.UniqueConstraint("product_id", name=op.f("uq_product_kit_product_id")),
    )
    with op.batch_alter_table("product_kit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_kit_hlc"), ["hlc"], unique=False)
    op.create_table(
        "product_kit_line",
        sa.Column("kit_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("component_id", sa.Uuid(), nullable=False),
        sa.Column("qty", sa.BigInteger(), nullable=False),
        *_synced(),
        sa.CheckConstraint("qty > 0", name=op.f("ck_product_kit_line_qty_positive")),
        sa.ForeignKeyConstraint(
            ["component_id"], ["product.id"], name=op.f("fk_product_kit_line_component_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["kit_id"], ["product_kit.id"], name=op.f("fk_product_kit_line_kit_id_product_kit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_kit_line")),
        sa.UniqueConstraint("kit_id", "component_id", name=op.f("uq_product_kit_line_kit_id_component_id")),
    )
    with op.batch_alter_table("product_kit_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_kit_line_component_id"), ["component_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_kit_line_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_kit_line_kit_id"), ["kit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("product_kit_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_kit_line_kit_id"))
        batch_op.drop_index(batch_op.f("ix_product_kit_line_hlc"))
        batch_op.drop_index(batch_op.f("ix_product_kit_line_component_id"))
    op.drop_table("product_kit_line")
    with op.batch_alter_table("product_kit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_kit_hlc"))
    op.drop_table("product_kit")
