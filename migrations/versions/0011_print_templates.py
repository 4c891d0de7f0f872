"""print templates: the shop's own layouts of its printouts (打印模板) and a customer's own choice

Revision ID: 0011
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_template",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_template")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_print_template_kind_name")),
    )
    with op.batch_alter_table("print_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_template_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_template_kind"), ["kind"], unique=False)

    op.create_table(
        "print_template_choice",
        sa.Column("party_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["print_template.id"],
            name=op.f("fk_print_template_choice_template_id_print_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_template_choice")),
        sa.UniqueConstraint("party_id", "kind", name=op.f("uq_print_template_choice_party_id_kind")),
    )
    with op.batch_alter_table("print_template_choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_template_choice_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_print_template_choice_party_id"), ["party_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("print_template_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_template_choice_party_id"))
        batch_op.drop_index(batch_op.f("ix_print_template_choice_hlc"))
    op.drop_table("print_template_choice")
    with op.batch_alter_table("print_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_template_kind"))
        batch_op.drop_index(batch_op.f("ix_print_template_hlc"))
    op.drop_table("print_template")
