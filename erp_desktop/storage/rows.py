"""The row writers below the ORM: ``append`` (insert) and ``store_loaded`` (update), both stamped
for sync as a flush would (``hlc``, ``origin_pc``, timestamps). Moved out of ``storage/uow.py``
(issue 14, first step); ``uow`` re-exports them for existing callers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import bindparam, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from erp_desktop.models.base import utcnow
from erp_desktop.storage.fastsql import Prepared

if TYPE_CHECKING:
    from erp_desktop.storage.uow import UnitOfWork


def _stamps(tx: Session):
    """(now, this PC's id, the clock's ``now``) for stamping synced rows written below the ORM,
    as ``_stamp_synced_rows`` stamps those a flush writes."""
    uow: UnitOfWork | None = tx.info.get("uow")
    if uow is None:
        return utcnow(), "", lambda: 0
    return utcnow(), uow.pc_id, uow.clock.now


def append(tx: Session, table, rows: list[dict]) -> None:
    """Insert rows this transaction will not change again — posted documents and their lines,
    stock moves, journal lines, open items — with one executemany, skipping the ORM unit of
    work: the posting path's hot spot. Every row gets the synced columns stamped as a flush
    would (``created_at``/``updated_at``, this PC's id, a clock version); each row dict must
    carry the same keys, including ``id``. Pending ORM changes are flushed first (unless the
    caller holds them back with ``no_autoflush``), so a row may refer to one not written yet."""
    if not rows:
        return
    now, pc, clock = _stamps(tx)
    for row in rows:
        row["created_at"] = row["updated_at"] = now
        row["origin_pc"] = pc
        row["hlc"] = clock()
    if tx.autoflush and (tx.new or tx.dirty):
        tx.flush()
    prepared, defaults = _inserter(table, tuple(rows[0]))
    if prepared is None:
        tx.connection().execute(table.insert(), rows)
        return
    if defaults:
        for row in rows:
            row.update(defaults)
    prepared.execute_many(tx, rows)


_INSERTERS: dict = {}


def _inserter(table, keys: tuple[str, ...]):
    """A prepared INSERT for rows with ``keys``, plus the scalar column defaults the rows lack
    (None for the statement when a missing column has a computed default: use Core then)."""
    found = _INSERTERS.get((table, keys))
    if found is None:
        defaults: dict | None = {}
        for column in table.columns:
            if column.key in keys or column.default is None:
                continue
            if not column.default.is_scalar:
                defaults = None
                break
            defaults[column.key] = column.default.arg
        prepared = Prepared(table.insert(), keys + tuple(defaults)) if defaults is not None else None
        found = _INSERTERS[(table, keys)] = (prepared, defaults)
    return found


_STAMPED = frozenset({"created_at", "updated_at", "origin_pc", "hlc"})


def append_new(tx: Session, objects: list) -> None:
    """``append`` for new ORM objects of one class that were never added to the session (a
    document posted as it is created): the attributes they were given become the row, and
    column defaults fill the rest."""
    if objects:
        table = type(objects[0]).__table__
        keys = [c.key for c in table.columns if c.key not in _STAMPED and c.key in objects[0].__dict__]
        append(tx, table, [{key: obj.__dict__.get(key) for key in keys} for obj in objects])


_UPDATES: dict = {}


def store_loaded(tx: Session, objects: list, keys: tuple[str, ...], *, table=None) -> None:
    """Write the attributes ``keys`` of loaded synced rows of one table with a single Core UPDATE
    (executemany by id), stamped as a flush would. ``objects`` are mapped objects (the session is
    told those values are stored, so the commit's flush has nothing left to do for them) or
    plain views read below the ORM (give their ``table``). For the few known rows a posting
    changes — an order's delivered quantities and state — a flush costs several times more."""
    if not objects:
        return
    table = table if table is not None else type(objects[0]).__table__
    prepared = _UPDATES.get((table, keys))
    if prepared is None:
        prepared = _UPDATES[(table, keys)] = Prepared(
            table.update().where(table.c.id == bindparam("k_id")), keys + ("updated_at", "origin_pc", "hlc")
        )
    now, pc, clock = _stamps(tx)
    rows = []
    for obj in objects:
        row = {key: getattr(obj, key) for key in keys}
        row["updated_at"], row["origin_pc"], row["hlc"] = now, pc, clock()
        rows.append(row)
        if hasattr(obj, "_sa_instance_state"):
            for key, value in row.items():
                set_committed_value(obj, key, value)
            state = inspect(obj)
            if not state.committed_state:  # nothing else changed: not dirty any more (internal API, stable since 1.x)
                state._commit_all(state.dict, tx.identity_map)
        row["k_id"] = obj.id
    prepared.execute_many(tx, rows)
