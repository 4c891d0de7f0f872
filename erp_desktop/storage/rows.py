"""The two row writers below the ORM: ``insert_rows`` and ``update_rows``.

They are the one way a posting writes rows it does not need as mapped objects (posted documents
and their lines, stock moves, journal entries, open items, costs and balances, bulk imports):
one ``executemany`` through ``fastsql.Prepared``, skipping the ORM's unit of work. A row of a
synced table (one with an ``hlc`` column) is stamped exactly as a flush stamps a mapped object —
``stamp_rows`` is the one place that does it for plain rows. They return plain values (a count);
nothing they write is left in the session as a mapped object, so there is nothing to reload or
forget. ``as_row`` turns a never-added mapped object (a document built, posted, then written
complete) into the row ``insert_rows`` takes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import FromClause, Table, bindparam
from sqlalchemy.orm import Session

from erp_desktop.models.base import utcnow
from erp_desktop.storage.fastsql import Prepared

if TYPE_CHECKING:
    from erp_desktop.storage.uow import UnitOfWork

Row = dict[str, Any]

_STAMPED = frozenset({"created_at", "updated_at", "origin_pc", "hlc"})


def stamp_source(tx: Session) -> tuple[datetime, str, Callable[[], int]]:
    """(now, this PC's id, the clock's ``now``): what a synced row is stamped with, by a flush
    (``uow._stamp_synced_rows``) or by ``stamp_rows``."""
    uow: UnitOfWork | None = tx.info.get("uow")
    if uow is None:
        return utcnow(), "", lambda: 0
    return utcnow(), uow.pc_id, uow.clock.now


def stamp_rows(tx: Session, rows: Sequence[Row], *, created: bool) -> None:
    """Stamp plain rows of a synced table for sync: ``updated_at``, ``origin_pc``, a clock
    version (``hlc``), and ``created_at`` for new rows."""
    now, pc, clock = stamp_source(tx)
    for row in rows:
        if created:
            row["created_at"] = now
        row["updated_at"] = now
        row["origin_pc"] = pc
        row["hlc"] = clock()


def is_synced(table: FromClause) -> bool:
    return "hlc" in table.c


def insert_rows(tx: Session, table: FromClause, rows: Sequence[Row]) -> int:
    """Insert ``rows`` (dicts keyed by column) with one executemany per shape of row; returns
    how many. Rows of a synced table are stamped (``stamp_rows``) and must carry their ``id``.
    Columns a row lacks take their defaults. Pending ORM changes are flushed first (unless the
    caller holds them back with ``no_autoflush``), so a row may refer to one not written yet."""
    if not rows:
        return 0
    table = cast(Table, table)  # ``Model.__table__`` is typed as a FromClause
    if is_synced(table):
        stamp_rows(tx, rows, created=True)
    if tx.autoflush and (tx.new or tx.dirty):
        tx.flush()
    for keys, group in _by_shape(rows):
        prepared, defaults = _inserter(table, keys)
        if prepared is None:
            tx.connection().execute(table.insert(), group)
            continue
        if defaults:
            for row in group:
                row.update(defaults)
        prepared.execute_many(tx, group)
    return len(rows)


def update_rows(tx: Session, table: FromClause, rows: Sequence[Row], keys: tuple[str, ...] = ("id",)) -> int:
    """Write the columns each row carries, other than ``keys``, to the row with those key values
    (one executemany); returns how many rows were given. Rows of a synced table are stamped
    (``updated_at``, ``origin_pc``, ``hlc``). Every row carries the same columns. For the known
    rows a posting changes (an order's delivered quantities and state, costs, balances) — a
    flush of loaded objects costs several times more."""
    if not rows:
        return 0
    synced = is_synced(table)
    if synced:
        stamp_rows(tx, rows, created=False)
    columns = tuple(c for c in rows[0] if c not in keys)
    prepared = _updater(cast(Table, table), keys, columns)
    named = [(key, f"k_{key}") for key in keys]
    prepared.execute_many(
        tx, [{**{c: row[c] for c in columns}, **{name: row[key] for key, name in named}} for row in rows]
    )
    return len(rows)


def as_row(obj: Any) -> Row:
    """The row of a mapped object that was never added to the session: the column attributes it
    was given (the sync stamps are left to ``insert_rows``)."""
    given = obj.__dict__
    return {c.key: given[c.key] for c in obj.__table__.columns if c.key in given and c.key not in _STAMPED}


def _by_shape(rows: Sequence[Row]) -> list[tuple[tuple[str, ...], list[Row]]]:
    first = tuple(rows[0])
    if all(len(row) == len(first) for row in rows) and all(tuple(row) == first for row in rows):
        return [(first, list(rows))]
    groups: dict[tuple[str, ...], list[Row]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return list(groups.items())


_INSERTERS: dict[tuple[Table, tuple[str, ...]], tuple[Prepared | None, Row | None]] = {}


def _inserter(table: Table, keys: tuple[str, ...]) -> tuple[Prepared | None, Row | None]:
    """A prepared INSERT for rows with ``keys``, plus the scalar column defaults the rows lack
    (None for the statement when a missing column has a computed default: use Core then)."""
    found = _INSERTERS.get((table, keys))
    if found is None:
        given: Row = {}
        computed = False
        for column in table.columns:
            if column.key in keys or column.default is None:
                continue
            if not column.default.is_scalar:
                computed = True
                break
            given[column.key] = column.default.arg  # type: ignore[attr-defined]
        defaults = None if computed else given
        prepared = Prepared(table.insert(), keys + tuple(given)) if not computed else None
        found = _INSERTERS[(table, keys)] = (prepared, defaults)
    return found


_UPDATERS: dict[tuple[Table, tuple[str, ...], tuple[str, ...]], Prepared] = {}


def _updater(table: Table, keys: tuple[str, ...], columns: tuple[str, ...]) -> Prepared:
    prepared = _UPDATERS.get((table, keys, columns))
    if prepared is None:
        where = [table.c[key] == bindparam(f"k_{key}", type_=table.c[key].type) for key in keys]
        prepared = _UPDATERS[(table, keys, columns)] = Prepared(table.update().where(*where), columns)
    return prepared
