"""Per-transaction caches that keep themselves right.

A posting reads the same reference rows many times (the last closed period, the accounts that
have sub-accounts, products and bins, the date rules, this PC's number series). ``tx_cache(tx,
name, tables)`` is a dict held by the session for one transaction; it empties itself

- when a flush writes (inserts, changes or deletes) a mapped object of one of ``tables`` — a
  service that closes a period, adds an account or unfreezes a bin needs to do nothing more
  than flush (which it does anyway, since the cached reads run below the ORM); and
- when the transaction (or a savepoint) ends, committed or rolled back.

So no caller ever "forgets" a cache by hand. A cache without ``tables`` holds rows that only its
owner writes (costs and balances a posting keeps in step itself)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import FromClause, Table, event
from sqlalchemy.orm import Session, SessionTransaction

_KEY = "_tx_caches"


class TxCache(dict[Any, Any]):
    """A dict with the names of the tables whose writes empty it."""

    __slots__ = ("tables",)

    def __init__(self, tables: frozenset[str]) -> None:
        super().__init__()
        self.tables = tables


def tx_cache(tx: Session, name: str, tables: Iterable[FromClause] = ()) -> TxCache:
    """The transaction's cache ``name`` (made empty on first use), dropped when a flush writes a
    row of ``tables`` and when the transaction ends."""
    caches: dict[str, TxCache] | None = tx.info.get(_KEY)
    if caches is None:
        caches = tx.info[_KEY] = {}
    cache = caches.get(name)
    if cache is None:
        cache = caches[name] = TxCache(frozenset(cast(Table, t).name for t in tables))
    return cache


@event.listens_for(Session, "after_flush")
def _drop_written(session: Session, _flush_context: Any) -> None:
    caches: dict[str, TxCache] | None = session.info.get(_KEY)
    if not caches:
        return
    watched = {name for cache in caches.values() for name in cache.tables}
    if not watched:
        return
    written: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__table__", None)
        if table is not None and table.name in watched:
            written.add(table.name)
    if written:
        for name in [n for n, cache in caches.items() if cache.tables & written]:
            del caches[name]


@event.listens_for(Session, "after_transaction_end")
def _drop_all(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None or transaction.nested:  # not the inner ones a flush opens
        session.info.pop(_KEY, None)
