"""costing: FIFO (先进先出) per product, cost layers, stock revaluations and landed-cost documents
(采购费用单)

Revision ID: 0014
Revises: 0010

Every existing product keeps the moving average (``costing_method`` 'average'), so no layer is
needed: ``cost_layer`` starts empty (it is derived, rebuilt from the moves for FIFO products).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0008"
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
    # plain ALTER TABLE … ADD COLUMN: a batch would recreate product, which every other table references
    op.add_column(
        "product", sa.Column("costing_method", sa.String(length=10), nullable=False, server_default="average")
    )
    op.create_table(
        "stock_revaluation",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=True),
        sa.Column("layer_move_id", sa.Uuid(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_id", sa.Uuid(), nullable=False),
        sa.Column("doc_line_id", sa.Uuid(), nullable=True),
        sa.Column("doc_number", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("moved_at", sa.DateTime(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(length=80), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["lot_id"], ["stock_lot.id"], name=op.f("fk_stock_revaluation_lot_id_stock_lot")),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_stock_revaluation_product_id_product")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_revaluation")),
    )
    op.create_index("ix_stock_revaluation_product", "stock_revaluation", ["product_id"])
    op.create_index("ix_stock_revaluation_doc", "stock_revaluation", ["doc_type", "doc_id"])
    op.create_index(op.f("ix_stock_revaluation_hlc"), "stock_revaluation", ["hlc"])
    op.create_table(
        "cost_layer",
        sa.Column("move_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("moved_at", sa.DateTime(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_number", sa.String(length=40), nullable=False),
        sa.Column("qty_in", sa.BigInteger(), nullable=False),
        sa.Column("value_in", sa.BigInteger(), nullable=False),
        sa.Column("qty_left", sa.BigInteger(), nullable=False),
        sa.Column("value_left", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["stock_lot.id"], name=op.f("fk_cost_layer_lot_id_stock_lot")),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_cost_layer_product_id_product")),
        sa.PrimaryKeyConstraint("move_id", name=op.f("pk_cost_layer")),
    )
    op.create_index("ix_cost_layer_product_order", "cost_layer", ["product_id", "on", "moved_at", "seq"])
    op.create_table(
        "landed_cost",
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("supplier_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("spread_by", sa.String(length=8), nullable=False),
        sa.Column("net", sa.BigInteger(), nullable=False),
        sa.Column("tax_rate", sa.BigInteger(), nullable=False),
        sa.Column("tax", sa.BigInteger(), nullable=False),
        sa.Column("gross", sa.BigInteger(), nullable=False),
        sa.Column("to_stock", sa.BigInteger(), nullable=False),
        sa.Column("to_cogs", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("reversal_of_id", sa.Uuid(), nullable=True),
        sa.Column("reversed_by_id", sa.Uuid(), nullable=True),
        sa.Column("invoice_no", sa.String(length=40), nullable=False),
        sa.Column("user_name", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["reversal_of_id"], ["landed_cost.id"], name=op.f("fk_landed_cost_reversal_of_id_landed_cost")
        ),
        sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_landed_cost_supplier_id_supplier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_landed_cost")),
        sa.UniqueConstraint("number", name=op.f("uq_landed_cost_number")),
    )
    op.create_index("ix_landed_cost_on", "landed_cost", ["on"])
    op.create_index(op.f("ix_landed_cost_hlc"), "landed_cost", ["hlc"])
    op.create_table(
        "landed_cost_line",
        sa.Column("landed_cost_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("receipt_id", sa.Uuid(), nullable=False),
        sa.Column("receipt_line_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("basis", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("in_stock_qty", sa.BigInteger(), nullable=False),
        sa.Column("to_stock", sa.BigInteger(), nullable=False),
        sa.Column("to_cogs", sa.BigInteger(), nullable=False),
        *_synced(),
        sa.CheckConstraint("to_stock + to_cogs = amount", name=op.f("ck_landed_cost_line_parts_sum")),
        sa.ForeignKeyConstraint(
            ["landed_cost_id"],
            ["landed_cost.id"],
            name=op.f("fk_landed_cost_line_landed_cost_id_landed_cost"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], name=op.f("fk_landed_cost_line_product_id_product")),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["purchase_receipt.id"], name=op.f("fk_landed_cost_line_receipt_id_purchase_receipt")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_line_id"],
            ["purchase_receipt_line.id"],
            name=op.f("fk_landed_cost_line_receipt_line_id_purchase_receipt_line"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_landed_cost_line")),
    )
    op.create_index(op.f("ix_landed_cost_line_landed_cost_id"), "landed_cost_line", ["landed_cost_id"])
    op.create_index(op.f("ix_landed_cost_line_receipt_id"), "landed_cost_line", ["receipt_id"])
    op.create_index(op.f("ix_landed_cost_line_receipt_line_id"), "landed_cost_line", ["receipt_line_id"])
    op.create_index(op.f("ix_landed_cost_line_hlc"), "landed_cost_line", ["hlc"])


def downgrade() -> None:
    op.drop_table("landed_cost_line")
    op.drop_table("landed_cost")
    op.drop_table("cost_layer")
    op.drop_table("stock_revaluation")
    with op.batch_alter_table("product") as batch_op:
        batch_op.drop_column("costing_method")
