"""Tables of the users/roles and sync area.

- ``role``: custom roles with their permissions (the built-in roles owner, sales, warehouse,
  accountant and buyer live in code, ``services.auth.ROLE_PERMISSIONS``).
- ``sync_conflict``: every version that lost a last-writer-wins merge, kept whole so the owner can
  review and restore it (append-only; itself synced, so every PC sees every conflict).
- ``sync_tombstone``: a deleted synced row (table + id), so deletes travel like any change.
- ``sync_problem`` (this PC only): a row version the sync could not apply (a duplicate code made
  offline on two PCs, any refused constraint), set aside so the rest of the sync goes on; retried
  on every sync, an owner task until it applies or is dismissed.
- ``sync_alert``: things the owner must look at after a merge, e.g. stock that went negative only
  because two offline PCs sold the same unit.

How rows sync is declared per table: ``__sync__ = "ledger"`` on a model (or its table name in
``LEDGER_TABLES``) marks an append-only ledger (merge = union, never a conflict); every other table
with the ``Synced`` columns is last-writer-wins master data. ``LOCAL_TABLES`` never sync.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, utcnow

# Append-only ledgers: rows are written once (a correction is a new row). Areas may add their
# table names here or set ``__sync__ = "ledger"`` on the model class.
LEDGER_TABLES: set[str] = {
    "stock_move",
    "journal_entry",
    "journal_line",
    "audit_log",
    "sync_conflict",
    "sync_tombstone",
    "sync_alert",
    "allocation",
    "payment_allocation",
    "allocations",
}
# Derived or per-file tables that never sync (rebuilt from the ledgers after a merge).
LOCAL_TABLES: set[str] = {
    "stock_balance",
    "lot_balance",
    "product_cost",
    "cost_layer",
    "number_sequence",
    "local_state",
    "sync_outbox",
    "login_attempt",
    "sync_problem",
    "stock_count_scan",
}


class Role(Synced, Base):
    """A custom role: a name and the permissions (``services.auth.Perm`` values) it grants."""

    __tablename__ = "role"

    name: Mapped[str] = mapped_column(String(40), unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    permissions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncConflict(Synced, Base):
    """A losing version of a master-data row (``data``: its column values as synced)."""

    __tablename__ = "sync_conflict"
    __sync__ = "ledger"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    lost_hlc: Mapped[int] = mapped_column(BigInteger)
    lost_pc: Mapped[str] = mapped_column(String(40), default="")
    won_hlc: Mapped[int] = mapped_column(BigInteger)
    won_pc: Mapped[str] = mapped_column(String(40), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncTombstone(Synced, Base):
    """A deleted synced row."""

    __tablename__ = "sync_tombstone"
    __sync__ = "ledger"
    __table_args__ = (Index("ix_sync_tombstone_row", "table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class SyncAlert(Synced, Base):
    """Something a merge found that the owner must look at (kind ``negative_stock``)."""

    __tablename__ = "sync_alert"
    __sync__ = "ledger"

    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    message: Mapped[str] = mapped_column(Text, default="")
    raised_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncOutbox(Base):
    """This PC's change log (never synced): one row per write of a synced row by this PC, in
    commit order. SQLite triggers (``storage.outbox``) append it in the writing transaction, so
    every process and every write path records, whatever its clock; ``seq`` is strictly
    increasing (AUTOINCREMENT never reuses a number). Push sends rows in ``seq`` order and moves
    its cursor only past what the server confirmed."""

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class SyncProblem(Base):
    """A row version one side refused (never synced: each PC keeps its own list).

    ``direction`` ``pull``: a version pulled from the server that this PC's file refused
    (``data`` holds it whole, to retry); ``push``: a row of this PC that the shared database
    refused (re-read from the file at each retry). ``other_*`` name the clashing record, when the
    refusal was a duplicate (``key_text`` e.g. ``code=DUP1``); ``waits_for`` a set-aside parent."""

    __tablename__ = "sync_problem"
    __table_args__ = (UniqueConstraint("direction", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    origin_pc: Mapped[str] = mapped_column(String(40), default="")
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(String(200), default="")
    key_text: Mapped[str] = mapped_column(String(200), default="")
    other_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    other_pc: Mapped[str] = mapped_column(String(40), default="")
    other_summary: Mapped[str] = mapped_column(String(200), default="")
    waits_for: Mapped[str] = mapped_column(String(200), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    first_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_tried: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
