"""units: 多单位 — a product's other units with a factor, barcode and default use; the unit a
document line was entered in (unit, unit_qty, unit_factor); a price-list price per unit

Revision ID: 0008
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0015"
branch_labels = None
depends_on = None

LINE_TABLES = (
    "sales_quote_line",
    "sales_order_line",
    "sales_delivery_line",
    "sales_return_line",
    "requisition_line",
    "purchase_order_line",
    "purchase_receipt_line",
    "purchase_return_line",
    "stock_doc_line",
    "counter_ticket_line",
)


def upgrade() -> None:
    op.create_table(
        "product_unit",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("factor", sa.BigInteger(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("purchase_default", sa.Boolean(), nullable=False),
        sa.Column("sale_default", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("factor > 0", name=op.f("ck_product_unit_factor_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_unit_product_id_product"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_unit")),
        sa.UniqueConstraint("barcode", name=op.f("uq_product_unit_barcode")),
        sa.UniqueConstraint("product_id", "name", name=op.f("uq_product_unit_product_id_name")),
    )
    with op.batch_alter_table("product_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_unit_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_product_unit_product_id"), ["product_id"], unique=False)

    for name in LINE_TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("unit", sa.String(length=16), server_default="", nullable=False))
            batch_op.add_column(sa.Column("unit_qty", sa.BigInteger(), nullable=True))
            batch_op.add_column(sa.Column("unit_factor", sa.BigInteger(), server_default="1000000", nullable=False))

    with op.batch_alter_table("price_list_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit", sa.String(length=16), server_default="", nullable=False))
        batch_op.drop_constraint("uq_price_list_item_price_list_id_product_id_min_qty", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_price_list_item_price_list_id_product_id_min_qty_unit"),
            ["price_list_id", "product_id", "min_qty", "unit"],
        )


def downgrade() -> None:
    with op.batch_alter_table("price_list_item", schema=None) as batch_op:
        batch_op.drop_constraint("uq_price_list_item_price_list_id_product_id_min_qty_unit", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_price_list_item_price_list_id_product_id_min_qty"), ["price_list_id", "product_id", "min_qty"]
        )
        batch_op.drop_column("unit")
    for name in LINE_TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("unit_factor")
            batch_op.drop_column("unit_qty")
            batch_op.drop_column("unit")
    with op.batch_alter_table("product_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_unit_product_id"))
        batch_op.drop_index(batch_op.f("ix_product_unit_hlc"))
    op.drop_table("product_unit")
