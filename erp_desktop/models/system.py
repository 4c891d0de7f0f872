"""Settings, users, number sequences and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Synced, utcnow


class AppSetting(Synced, Base):
    """Shop-wide settings (company details, policies, approval rules …) as JSON values."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[object] = mapped_column(JSON)


class LocalState(Base):
    """Per-database-file facts that never sync (this PC's id, series, sync cursors)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class User(Synced, Base):
    """A user. ``active``, ``role`` and ``password_hash`` change only by an owner's action, each
    stamped with its own clock value (``*_hlc``): the sync merge compares those stamps field by
    field, so a later unrelated write of the row (a display name edited offline) never undoes a
    deactivation, a role change or a new password (review B2). Failed log-ins and lock-outs are
    per PC, in the local ``login_attempt`` table, never in this synced row."""

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(80), default="")
    # deferred: loaded only where a password is checked or set (on the shared database a PC's or
    # a user's own login may not SELECT other users' hashes, see services/sync/withheld.py)
    password_hash: Mapped[str] = mapped_column(String(300), default="", deferred=True)
    role: Mapped[str] = mapped_column(String(40), default="owner")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    active_hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    role_hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    password_hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0", deferred=True)


class LoginAttempt(Base):
    """Failed log-ins and lock-outs of one user on this PC (never synced: a wrong password typed
    on one PC must not write the shared user row)."""

    __tablename__ = "login_attempt"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class NumberSequence(Base):
    """Next number per document type, year and series (the PC's series keeps numbers unique
    across PCs that sync)."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("doc_type", "year", "series"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    series: Mapped[str] = mapped_column(String(8), default="")
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class AuditLog(Synced, Base):
    """Who did what. Each row is a link of its PC's hash chain (``chain_seq``, ``chain_hash`` =
    sha256 of the previous link's hash and this row's content, ``storage.chain``): a row changed or
    removed outside the program breaks the chain, and ``verify`` names the first broken link."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_chain", "chain_pc", "chain_seq"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(String(300), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    chain_pc: Mapped[str] = mapped_column(String(40), default="", server_default="")  # the PC that wrote it
    chain_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    chain_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
