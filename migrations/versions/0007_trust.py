"""trust: security state stamped per field, log-in attempts per PC, hash chains on audit and journal

Revision ID: 0007
Revises: 0011

- ``app_user``: ``active_hlc``, ``role_hlc``, ``password_hlc`` (the clock value of the owner's last
  change of each; the sync merge compares them field by field). ``failed_attempts`` and
  ``locked_until`` leave the synced row for the local ``login_attempt`` table (a wrong password on
  one PC no longer writes the shared user row, review B2).
- ``audit_log`` and ``journal_entry``: ``chain_pc``, ``chain_seq`` and ``chain_hash``, each PC's hash chain
  (``storage.chain``). Rows written before this revision keep ``chain_seq`` 0: outside any chain.
- ``local_state['sync_password_obf']`` (the sync password XOR-ed with the PC id, readable by anyone
  with the file) is removed: the password lives in the OS keyring, or is asked for and kept in memory.
Every copy (each PC, the server) runs the same change; no row is queued for sync by it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("active_hlc", sa.BigInteger(), server_default="0", nullable=False))
        batch.add_column(sa.Column("role_hlc", sa.BigInteger(), server_default="0", nullable=False))
        batch.add_column(sa.Column("password_hlc", sa.BigInteger(), server_default="0", nullable=False))
        batch.drop_column("failed_attempts")
        batch.drop_column("locked_until")
    op.create_table(
        "login_attempt",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_login_attempt")),
    )
    for table in ("audit_log", "journal_entry"):  # plain ADD COLUMN: other tables point at these
        op.add_column(table, sa.Column("chain_pc", sa.String(length=40), server_default="", nullable=False))
        op.add_column(table, sa.Column("chain_seq", sa.BigInteger(), server_default="0", nullable=False))
        op.add_column(table, sa.Column("chain_hash", sa.String(length=64), server_default="", nullable=False))
        op.create_index(f"ix_{table}_chain", table, ["chain_pc", "chain_seq"])
    op.execute("DELETE FROM local_state WHERE key = 'sync_password_obf'")
    # app_user is copied into a fresh table (no outbox trigger on it yet): nothing is queued


def downgrade() -> None:
    op.execute("DELETE FROM local_state WHERE key LIKE 'chain:%'")  # the chains go with their columns
    for table in ("journal_entry", "audit_log"):
        op.drop_index(f"ix_{table}_chain", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN chain_hash")  # SQLite 3.35+ and PostgreSQL
        op.execute(f"ALTER TABLE {table} DROP COLUMN chain_seq")
        op.execute(f"ALTER TABLE {table} DROP COLUMN chain_pc")
    op.drop_table("login_attempt")
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.drop_column("password_hlc")
        batch.drop_column("role_hlc")
        batch.drop_column("active_hlc")
