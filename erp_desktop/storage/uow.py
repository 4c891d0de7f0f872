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

from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from erp_desktop.errors import ConcurrencyError
from erp_desktop.i18n import tr
from erp_desktop.models.base import Synced
from erp_desktop.storage.refusals import refusal_of
from erp_desktop.storage.rows import stamp_source


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
        except IntegrityError as exc:
            session.rollback()
            refused = refusal_of(exc)  # online mode: the shared database's own rules
            if refused is not None:
                raise refused from exc
            if getattr(exc.orig, "sqlstate", None) != "23505":
                raise
            # PostgreSQL (online mode): another client saved the same number or code a moment
            # before this one (each checked first, neither saw the other's row yet)
            raise ConcurrencyError(
                tr(
                    "Another user saved a record with the same number or code a moment ago: nothing was saved. "
                    "Reopen it and try again."
                )
            ) from exc
        except ProgrammingError as exc:
            session.rollback()
            refused = refusal_of(exc)  # online mode: a privilege this login does not hold
            if refused is not None:
                raise refused from exc
            raise
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
    sqlstate = getattr(exc.orig, "sqlstate", None) or ""
    if sqlstate in ("40P01", "40001") or "deadlock detected" in text or "could not serialize" in text:
        # PostgreSQL (online mode): two clients wanted the same rows crosswise, and this one was
        # rolled back so the other could go on; running the action again succeeds
        return ConcurrencyError(
            tr(
                "Another user was changing the same records at the same moment: nothing was saved. "
                "Try again; it will work now."
            )
        )
    if sqlstate == "55P03" or "lock timeout" in text:
        return ConcurrencyError(
            tr("Another user is still working on these records: nothing was saved. Try again in a moment.")
        )
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
def _stamp_synced_rows(session: Session, _flush_context: object, _instances: object) -> None:
    """Stamp the synced objects a flush writes (``storage.rows.stamp_rows`` stamps plain rows the
    same way, from the same ``stamp_source``)."""
    uow: UnitOfWork | None = session.info.get("uow")
    if uow is None:
        return
    now, pc, clock = stamp_source(session)
    new = session.new  # a snapshot: ``session.new`` builds a new set each time (O(n²) inside the loop)
    for obj in list(new) + list(session.dirty):
        if isinstance(obj, Synced) and (obj in new or session.is_modified(obj, include_collections=False)):
            if obj.hlc:  # an edit always stamps past the version it replaces, whatever this
                uow.clock.observe(obj.hlc)  # process's clock says (a clock set back loses nothing)
            obj.hlc = clock()
            obj.origin_pc = pc
            obj.updated_at = now


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
