"""Row locks for postings: the one place that knows which databases need them.

In online mode several PCs post straight into one PostgreSQL database at READ COMMITTED, so a
posting that reads a row (a money account's balance, an order's received quantities, an open
item's allocated amount, a document's state) and writes it back must hold that row locked from
the read to the commit, or two clients both read the same value and one update is lost. SQLite
needs none: every write transaction starts with ``BEGIN IMMEDIATE`` (storage/engine.py), so
writers are serialised and the rows a posting reads stay as read until it commits.

Every helper here *re-reads* the rows after the lock (``populate_existing``): an object already
in the session would otherwise keep the values read before another client's commit. Several
rows are locked in id order, so two postings locking the same rows never wait for each other
crosswise. The order between kinds of rows is in SYNC.md ("Online mode and locks").

Services call these and never look at the dialect themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

T = TypeVar("T")


def has_row_locks(tx: Session) -> bool:
    """Whether this database needs row locks for a read-then-write (PostgreSQL: yes; SQLite: no,
    its writers are serialised by ``BEGIN IMMEDIATE``)."""
    return tx.get_bind().dialect.name != "sqlite"


def for_update(tx: Session, stmt: Select[Any]) -> Select[Any]:
    """``stmt`` taking row locks where the database has them, always re-reading loaded objects."""
    stmt = stmt.execution_options(populate_existing=True)
    return stmt.with_for_update() if has_row_locks(tx) else stmt


def lock_rows(tx: Session, model: type[T], ids: Iterable[uuid.UUID | None]) -> list[T]:
    """Lock the rows of ``model`` with these ids (``None`` skipped), in id order, and return them
    freshly read, in id order. Ids with no row are left out."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return []
    key = model.id  # type: ignore[attr-defined]
    stmt = select(model).where(key.in_(wanted)).order_by(key)
    return list(tx.scalars(for_update(tx, stmt)))


def lock_row(tx: Session, model: type[T], row_id: uuid.UUID | None) -> T | None:
    """Lock one row and return it freshly read (``None`` if there is no such row)."""
    found = lock_rows(tx, model, [row_id])
    return found[0] if found else None


def lock_where(tx: Session, model: type[T], *criteria: Any) -> list[T]:
    """Lock the rows of ``model`` that match ``criteria`` now, in id order, and return them
    freshly read. The caller re-checks what it selected them for: a row may have changed while
    this waited for its lock."""
    key = model.id  # type: ignore[attr-defined]
    ids = list(tx.scalars(select(key).where(*criteria)))
    return lock_rows(tx, model, ids)
