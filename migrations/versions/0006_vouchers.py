"""vouchers: per-month voucher numbers on journal entries (记-0001 …), voucher templates (常用凭证),
imported bank statement lines (银行对账单) for reconciliation

Existing entries get their voucher numbers here, month by month in date and entry-number order,
per PC series (the series letter of their JE number), and the number sequences continue after them.

Revision ID: 0006
Revises: 0005
"""

import re
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SERIES = re.compile(r"^[A-Z]+-\d{4}-([A-Z]*)\d+$")


def upgrade() -> None:
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voucher_period", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("voucher_no", sa.String(length=20), nullable=False, server_default=""))
    _number_existing_entries()
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.alter_column("voucher_period", server_default=None)
        batch_op.alter_column("voucher_no", server_default=None)
        batch_op.create_unique_constraint(
            batch_op.f("uq_journal_entry_voucher_period_voucher_no"), ["voucher_period", "voucher_no"]
        )

    op.create_table(
        "voucher_template",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("memo", sa.String(length=300), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_template")),
        sa.UniqueConstraint("name", name=op.f("uq_voucher_template_name")),
    )
    with op.batch_alter_table("voucher_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_template_hlc"), ["hlc"], unique=False)

    op.create_table(
        "bank_statement_line",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("batch", sa.String(length=80), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=True),
        sa.Column("counterparty", sa.String(length=120), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("memo", sa.String(length=300), nullable=False),
        sa.Column("matched_txn_id", sa.Uuid(), nullable=True),
        sa.Column("matched_by", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("origin_pc", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_bank_statement_line_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["account_id"], ["money_account.id"], name=op.f("fk_bank_statement_line_account_id_money_account")
        ),
        sa.ForeignKeyConstraint(
            ["matched_txn_id"], ["money_txn.id"], name=op.f("fk_bank_statement_line_matched_txn_id_money_txn")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statement_line")),
    )
    with op.batch_alter_table("bank_statement_line", schema=None) as batch_op:
        batch_op.create_index("ix_bank_statement_line_account_on", ["account_id", "on"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_statement_line_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_statement_line_matched_txn_id"), ["matched_txn_id"], unique=False)


def _number_existing_entries() -> None:
    conn = op.get_bind()
    entries = conn.execute(sa.text('SELECT id, number, "on" FROM journal_entry ORDER BY "on", number')).all()
    counters: dict[tuple[int, int, str], int] = defaultdict(int)
    for entry_id, number, on in entries:
        if isinstance(on, str):
            year, month = int(on[:4]), int(on[5:7])
        else:
            year, month = on.year, on.month
        match = _SERIES.match(number or "")
        series = match.group(1) if match else ""
        counters[(year, month, series)] += 1
        conn.execute(
            sa.text("UPDATE journal_entry SET voucher_period = :p, voucher_no = :v WHERE id = :id"),
            {"p": year * 100 + month, "v": f"记-{series}{counters[(year, month, series)]:04d}", "id": entry_id},
        )
    for (year, month, series), taken in counters.items():
        conn.execute(
            sa.text(
                "INSERT INTO number_sequence (doc_type, year, series, next_value) VALUES (:t, :y, :s, :n)"
            ),
            {"t": f"V{month:02d}", "y": year, "s": series, "n": taken + 1},
        )


def downgrade() -> None:
    with op.batch_alter_table("bank_statement_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_statement_line_matched_txn_id"))
        batch_op.drop_index(batch_op.f("ix_bank_statement_line_hlc"))
        batch_op.drop_index("ix_bank_statement_line_account_on")
    op.drop_table("bank_statement_line")
    with op.batch_alter_table("voucher_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_template_hlc"))
    op.drop_table("voucher_template")
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM number_sequence WHERE doc_type LIKE 'V__'"))
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_journal_entry_voucher_period_voucher_no"), type_="unique")
        batch_op.drop_column("voucher_no")
        batch_op.drop_column("voucher_period")
