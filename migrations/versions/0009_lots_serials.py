"""批次 / 保质期 and 序列号: lot- and serial-tracked products, the lot table, stock moves by lot,
and the derived on-hand per lot × bin

Revision ID: 0009
Revises: 0004

A product's tracking flags start off (False), so every existing move stays valid without a lot.
``lot_balance`` is derived (Σ moves per lot × bin): empty here, as no move has a lot yet.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE … ADD COLUMN: a batch would recreate product, which every other table references
    op.add_column("product", sa.Column("lot_tracked", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("product", sa.Column("serial_tracked", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("product", sa.Column("shelf_life_days", sa.Integer(), nullable=True))
    op.add_column("product", sa.Column("expiry_warning_days", sa.Integer(), nullable=True))
    op.add_column("product", sa.Column("warranty_days", sa.Integer(), nullable=True))
    op.create_table(
        "stock_lot",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("production_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
        sa.Column("supplier_id", sa.Uuid(), nullable=True),
        sa.Column("origin_doc_type", sa.String(length=20), nullable=False),
        sa.Column("origin_doc_id", sa.Uuid(), nullable=True),
        sa.Column("origin_doc_number", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "expiry_date IS NULL OR production_date IS NULL OR expiry_date >= production_date",
            name=op.f("ck_stock_lot_expiry_after_production"),
        ),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_stock_lot_product_id_product")),
        sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_stock_lot_supplier_id_supplier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_lot")),
        sa.UniqueConstraint("product_id", "number", name=op.f("uq_stock_lot_product_id_number")),
    )
    with op.batch_alter_table("stock_lot", schema=None) as batch_op:
        batch_op.create_index("ix_stock_lot_number", ["number"], unique=False)
        batch_op.create_index("ix_stock_lot_expiry", ["expiry_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_stock_lot_hlc"), ["hlc"], unique=False)
    op.create_table(
        "lot_balance",
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("qty", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["location_id"], ["location.id"], name=op.f("fk_lot_balance_location_id_location")),
        sa.ForeignKeyConstraint(["lot_id"], ["stock_lot.id"], name=op.f("fk_lot_balance_lot_id_stock_lot")),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_lot_balance_product_id_product")),
        sa.PrimaryKeyConstraint("lot_id", "location_id", name=op.f("pk_lot_balance")),
    )
    with op.batch_alter_table("lot_balance", schema=None) as batch_op:
        batch_op.create_index("ix_lot_balance_product_location", ["product_id", "location_id"], unique=False)
    with op.batch_alter_table("stock_move", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "lot_id",
                sa.Uuid(),
                sa.ForeignKey("stock_lot.id", name=op.f("fk_stock_move_lot_id_stock_lot")),
                nullable=True,
            )
        )
        batch_op.create_index(batch_op.f("ix_stock_move_lot_id"), ["lot_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stock_move", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_move_lot_id"))
        batch_op.drop_column("lot_id")
    op.drop_table("lot_balance")
    op.drop_table("stock_lot")
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35), as in upgrade
    for name in ("warranty_days", "expiry_warning_days", "shelf_life_days", "serial_tracked", "lot_tracked"):
        op.drop_column("product", name)
