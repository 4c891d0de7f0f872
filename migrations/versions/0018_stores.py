"""stores (多门店, helper stores18): a store groups a warehouse, its counters (PCs) and its money
accounts; shifts and tickets carry their store

Revision ID: 0018
Revises: 0017

A default store (``S001 总店``, one fixed id on every PC, no warehouse of its own: the counter
settings' one) is made and every existing shift and ticket is put in it, so a shop that never sets
stores up keeps working unchanged.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

DEFAULT_STORE_ID = "018f0000-0000-7000-8000-0000000051a0"  # models.stores.DEFAULT_STORE_ID


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
        "store",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("warehouse_id", sa.Uuid(), nullable=True),
        sa.Column("price_list_id", sa.Uuid(), nullable=True),
        sa.Column("earn_per", sa.BigInteger(), nullable=True),
        sa.Column("redeem_points", sa.Integer(), nullable=True),
        sa.Column("member_tier", sa.String(length=40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.CheckConstraint("earn_per IS NULL OR earn_per >= 0", name=op.f("ck_store_earn_per_nonneg")),
        sa.CheckConstraint("redeem_points IS NULL OR redeem_points >= 0", name=op.f("ck_store_redeem_points_nonneg")),
        sa.ForeignKeyConstraint(["price_list_id"], ["price_list.id"], name=op.f("fk_store_price_list_id_price_list")),
        sa.ForeignKeyConstraint(["warehouse_id"], ["warehouse.id"], name=op.f("fk_store_warehouse_id_warehouse")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store")),
        sa.UniqueConstraint("code", name=op.f("uq_store_code")),
        sa.UniqueConstraint("warehouse_id", name=op.f("uq_store_warehouse_id")),
    )
    op.create_index(op.f("ix_store_hlc"), "store", ["hlc"], unique=False)
    op.create_table(
        "store_counter",
        sa.Column("counter_name", sa.String(length=80), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name=op.f("fk_store_counter_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_counter")),
        sa.UniqueConstraint("counter_name", name=op.f("uq_store_counter_counter_name")),
    )
    op.create_index(op.f("ix_store_counter_hlc"), "store_counter", ["hlc"], unique=False)
    op.create_index(op.f("ix_store_counter_store_id"), "store_counter", ["store_id"], unique=False)
    op.create_table(
        "store_account",
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["account_id"], ["money_account.id"], name=op.f("fk_store_account_account_id_money_account")
        ),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name=op.f("fk_store_account_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_account")),
        sa.UniqueConstraint("store_id", "method", name=op.f("uq_store_account_store_id_method")),
    )
    op.create_index(op.f("ix_store_account_hlc"), "store_account", ["hlc"], unique=False)
    for name in ("counter_shift", "counter_ticket"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("store_id", sa.Uuid(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{name}_store_id"), ["store_id"], unique=False)
            batch_op.create_foreign_key(batch_op.f(f"fk_{name}_store_id_store"), "store", ["store_id"], ["id"])
    store = sa.table(
        "store",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("name", sa.String()),
        sa.column("member_tier", sa.String()),
        sa.column("active", sa.Boolean()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("origin_pc", sa.String()),
        sa.column("hlc", sa.BigInteger()),
    )
    import uuid
    from datetime import datetime

    stamp = datetime(2026, 1, 1)
    op.bulk_insert(
        store,
        [
            {
                "id": uuid.UUID(DEFAULT_STORE_ID),
                "code": "S001",
                "name": "总店",
                "member_tier": "",
                "active": True,
                "created_at": stamp,
                "updated_at": stamp,
                "origin_pc": "",
                "hlc": 0,
            }
        ],
    )
    bind = op.get_bind()
    default = uuid.UUID(DEFAULT_STORE_ID)
    for name in ("counter_shift", "counter_ticket"):
        t = sa.table(name, sa.column("store_id", sa.Uuid()))
        bind.execute(t.update().where(t.c.store_id.is_(None)).values(store_id=default))


def downgrade() -> None:
    for name in ("counter_ticket", "counter_shift"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"fk_{name}_store_id_store"), type_="foreignkey")
            batch_op.drop_index(batch_op.f(f"ix_{name}_store_id"))
            batch_op.drop_column("store_id")
    op.drop_table("store_account")
    op.drop_table("store_counter")
    op.drop_table("store")
