"""Unit of work: one user action that writes = one transaction.

``with uow.write() as tx:`` yields a SQLAlchemy session inside ``BEGIN IMMEDIATE`` (SQLite) and
commits at the end, or rolls everything back on any exception. ``uow.read()`` is for queries.
The acting user and this PC's id travel on the unit of work; every synced row written is
stamped with the PC id and a hybrid-logical-clock version before flush.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine, bindparam, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from erp_desktop.errors import ConcurrencyError
from erp_desktop.i18n import tr
from erp_desktop.models.base import Synced, utcnow
from erp_desktop.storage.fastsql import Prepared


@dataclass(frozen=True)
class Actor:
    """Who is acting. ``permissions`` None means unrestricted (single-user shop, system jobs)."""

    username: str = "system"
    role: str = "owner"
    permissions: frozenset[str] | None = None
    user_id: str | None = None

    def can(self, permission: str) -> bool:
        return self.permissions is None or permission in self.permissions


SYSTEM = Actor()


class HybridClock:
    """Hybrid logical clock (milliseconds << 16 | counter): monotonic per PC, ordered across PCs."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def now(self) -> int:
        with self._lock:
            physical = int(time.time() * 1000) << 16
            self._last = max(self._last + 1, physical)
            return self._last

    def observe(self, remote: int) -> None:
        with self._lock:
            self._last = max(self._last, remote)


@dataclass
class UnitOfWork:
    engine: Engine
    actor: Actor = SYSTEM
    pc_id: str = ""
    clock: HybridClock = field(default_factory=HybridClock)

    def __post_init__(self) -> None:
        self._write_bind = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if self.engine.dialect.name == "sqlite"
            else self.engine
        )
        self._sessions = sessionmaker(expire_on_commit=False)
        if not self.pc_id:
            self.pc_id = load_pc_id(self.engine)
            self.clock.observe(load_hlc_floor(self.engine))

    def as_actor(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self.engine, actor, self.pc_id, self.clock)

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._sessions(bind=self._write_bind)
        session.info["uow"] = self
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions(bind=self.engine)
        session.info["uow"] = self
        try:
            yield session
        finally:
            session.rollback()
            session.close()


def storage_error(exc: OperationalError) -> Exception:
    """Turn the database's own failures (disk full, read-only file, locked too long) into a
    clear message; the transaction has been rolled back, so nothing was half written."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "full" in text:
        return ConcurrencyError(tr("The disk is full: nothing was saved. Free some space and try again."))
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return ConcurrencyError(
            tr("The shop file is read-only: nothing was saved. Check the file's permissions or the disk.")
        )
    if "locked" in text or "busy" in text:
        return ConcurrencyError(
            tr("The shop file is busy with another writer: nothing was saved. Try again in a moment.")
        )
    return exc


def actor_of(tx: Session) -> Actor:
    uow = tx.info.get("uow")
    return uow.actor if uow is not None else SYSTEM


@event.listens_for(Session, "before_flush")
def _stamp_synced_rows(session: Session, _flush_context, _instances) -> None:
    uow: UnitOfWork | None = session.info.get("uow")
    if uow is None:
        return
    now = utcnow()
    new = session.new  # a snapshot: ``session.new`` builds a new set each time (O(n²) inside the loop)
    for obj in list(new) + list(session.dirty):
        if isinstance(obj, Synced) and (obj in new or session.is_modified(obj, include_collections=False)):
            if obj.hlc:  # an edit always stamps past the version it replaces, whatever this
                uow.clock.observe(obj.hlc)  # process's clock says (a clock set back loses nothing)
            obj.hlc = uow.clock.now()
            obj.origin_pc = uow.pc_id
            obj.updated_at = now


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


def load_pc_id(engine: Engine) -> str:
    """This database file's PC id, created on first use (never synced)."""
    from erp_desktop.models.base import uuid7
    from erp_desktop.models.system import LocalState

    try:
        with Session(engine) as session, session.begin():
            row = session.get(LocalState, "pc_id")
            if row is None:
                row = LocalState(key="pc_id", value=uuid7().hex[:16])
                session.add(row)
            return row.value
    except Exception:  # tables not there yet (before migration)
        return ""


def load_hlc_floor(engine: Engine) -> int:
    """The highest clock value this file has seen through sync (``LocalState['hlc_floor']``): a
    restarted program never stamps a change older than what it already pushed or pulled."""
    from erp_desktop.models.system import LocalState

    try:
        with Session(engine) as session:
            row = session.get(LocalState, "hlc_floor")
            return int(row.value) if row is not None and row.value else 0
    except Exception:  # tables not there yet (before migration)
        return 0
