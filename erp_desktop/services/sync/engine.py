"""Offline-first sync of this PC's SQLite file with the shared PostgreSQL database (see SYNC.md).

One ``sync_now`` = check the server's schema → register this PC (series letter) → join (clone the
server into an empty PC, or seed an empty server) → **pull** the server's changes after this PC's
cursor, batch by batch (through the server's filter, which leaves out the password hashes and costs
this PC's login may not hold: ``services.sync.withheld``), each batch applied in one SQLite
transaction together with the cursor → keep only what the server lets this PC hold (the scrub) →
**push** this PC's changes (rows it wrote with ``hlc`` after its push cursor), batch by batch, each
batch one PostgreSQL transaction (an upsert that only replaces an older version, so a batch sent
twice changes nothing). A cut connection or a crash loses nothing: cursors move only with the data.

Merging: every table is last-writer-wins per row by ``(hlc, origin_pc)``; ledgers (append-only) only
ever meet themselves, so for them this is a union. A master-data version that loses — an unpushed
local edit overwritten by a newer one from another PC, or an incoming version older than the local
one — is kept whole in ``sync_conflict`` (its id derived from the lost version, so the same loss
seen on two PCs is one row). After each pulled batch the derived data is rebuilt from the merged
ledgers (``services.rebuild``) and stock that went negative only through the merge raises an alert.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from typing import Any, cast
from urllib.parse import quote

from sqlalchemy import Engine, Table, bindparam, delete, func, insert, literal, select, text, union, union_all, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, UserError, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow
from erp_desktop.models.parties import WALK_IN_CUSTOMER_ID
from erp_desktop.models.stock import StockMove  # noqa: F401  (registers the table)
from erp_desktop.models.sync import SyncAlert, SyncConflict, SyncOutbox, SyncProblem, SyncTombstone
from erp_desktop.models.system import LocalState
from erp_desktop.services.ledger.rebuild import rebuild_after_merge
from erp_desktop.services.sync import identity, problems, withheld
from erp_desktop.services.sync import roles as sync_roles
from erp_desktop.services.sync import server as sync_server
from erp_desktop.services.sync.keys import (
    K_ERROR,
    K_FLOOR,
    K_LAST,
    K_OUTBOX,
    K_PULL,
    K_PUSH,
    K_SEED,
    K_SERIES,
    K_SERVER,
    K_SETTINGS,
)
from erp_desktop.services.sync.roles import merge_security
from erp_desktop.services.sync.rules import RESOLVE_COLUMNS
from erp_desktop.services.sync.tables import (
    comparable,
    decode_row,
    encode_row,
    from_sqlite,
    id_position,
    is_ledger_name,
    sqlite_id,
    sqlite_insert_sql,
    sqlite_select_sql,
    sqlite_update_sql,
    synced_tables,
    table,
    table_order,
    to_sqlite,
)
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

BATCH = 2000
# Rows stamped up to this long before the push cursor are looked at again (a writer stamps its rows
# before it gets SQLite's write lock; another process's clock may lag): re-sending is a no-op.
WINDOW = 30_000 << 16
CONFLICT_NS = uuid.UUID("6f1d3c1e-5b7a-4c1e-9a55-2f6c0e0b7a11")
KEYRING_SERVICE = "erp-desktop-sync"
_engines: dict[str, Engine] = {}
_recent: dict[str, dict[uuid.UUID, int]] = {}
_lock = threading.Lock()


class SyncError(UserError):
    """The sync could not finish (nothing half-applied: the next sync resumes)."""


Fault = "callable(stage: str, batch: int) raising to simulate a cut connection (tests)"


@dataclass(frozen=True)
class SyncResult:
    pulled: int
    pushed: int
    conflicts: int
    alerts: tuple[str, ...]
    cloned: bool
    seconds: float
    set_aside: int = 0  # rows waiting in `sync-problems` after this sync (one side refused them)
    notice: str = ""  # for the owner: the server's rules are older than this program's


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    server: str
    online_mode: bool
    last_sync: datetime | None
    last_error: str
    pending: int
    conflicts: int
    alerts: int
    series: str
    problems: int = 0  # rows set aside (an owner task each): `sync-problems`
    identity: str = ""  # why sync is paused when this file is a copy of another installation


@dataclass(frozen=True)
class SyncSettings:
    host: str = "127.0.0.1"
    port: int = 5432
    database: str = "erp"
    user: str = "postgres"
    sslmode: str = "prefer"


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    detected_at: datetime
    lost_pc: str
    won_pc: str
    summary: str
    resolved: bool
    data: dict


@dataclass(frozen=True)
class AlertRow:
    id: uuid.UUID
    kind: str
    message: str
    raised_at: datetime


# --- local state ----------------------------------------------------------------------------
def _get(tx: Session, key: str, default: str = "") -> str:
    row = tx.get(LocalState, key)
    return row.value if row is not None and row.value is not None else default


def _set(tx: Session, key: str, value) -> None:
    row = tx.get(LocalState, key)
    if row is None:
        tx.add(LocalState(key=key, value=str(value)))
    else:
        row.value = str(value)
    tx.flush()


# --- settings ---------------------------------------------------------------------------------
def load_settings(uow: UnitOfWork) -> SyncSettings | None:
    with uow.read() as tx:
        raw = _get(tx, K_SETTINGS)
    if not raw:
        return None
    data = json.loads(raw)
    return SyncSettings(**{k: v for k, v in data.items() if k in SyncSettings.__dataclass_fields__})


def _keyring():
    try:
        import keyring  # optional: the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)

        keyring.get_keyring()
        return keyring
    except Exception:  # not installed or no backend
        return None


def _keyring_name(settings: SyncSettings) -> str:
    return f"{settings.user}@{settings.host}:{settings.port}/{settings.database}"


# Where no keyring works, the password is kept only in this process's memory (asked for again at
# the next start): never in the shop file, where anyone holding the file could read it (review B8;
# the old XOR-with-the-PC-id store, ``local_state['sync_password_obf']``, is removed by 0007).
_MEMORY: dict[str, str] = {}


def save_settings(uow: UnitOfWork, settings: SyncSettings, password: str | None) -> str:
    """Store the connection settings (this PC only). The password goes to the OS keyring when one
    works here, else it is kept in memory until the program ends — the returned warning says so.
    ``password`` None keeps the known one."""
    if not settings.host.strip() or not settings.database.strip() or not settings.user.strip():
        raise ValidationError(tr("Server, database and user are needed."), field="host")
    if not 0 < int(settings.port) < 65536:
        raise ValidationError(tr("The port must be between 1 and 65535."), field="port")
    warning = ""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        _set(tx, K_SETTINGS, json.dumps(settings.__dict__))
        if password is not None and not remember_password(settings, password) and password:
            warning = tr(
                "No system keyring is available: the password is kept only while the program runs and is asked for again next time."
            )
        audit.record(
            tx, "update", "setting", "sync", summary=f"sync server {settings.host}:{settings.port}/{settings.database}"
        )
    return warning


def remember_password(settings: SyncSettings, password: str) -> bool:
    """Keep the sync password: in the OS keyring (True) or, without one, in memory only (False)."""
    name = _keyring_name(settings)
    _MEMORY[name] = password
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, name, password)
            return True
        except Exception:  # a broken backend: memory only
            pass
    return False


def _password(uow: UnitOfWork, settings: SyncSettings) -> str:
    name = _keyring_name(settings)
    if name in _MEMORY:
        return _MEMORY[name]
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(KEYRING_SERVICE, name)
            if found is not None:
                return found
        except Exception:
            pass
    return os.environ.get("ERP_SYNC_PASSWORD", "")


def stored_password(uow: UnitOfWork, settings: SyncSettings) -> str:
    """The known password (keyring, this process's memory or ERP_SYNC_PASSWORD), for "Test
    connection" with an empty box."""
    return _password(uow, settings)


def password_known(uow: UnitOfWork) -> bool:
    """Whether a sync can run without asking for the password (the window asks when not)."""
    settings = load_settings(uow)
    return settings is None or bool(_password(uow, settings))


def url_for(settings: SyncSettings, password: str = "") -> str:
    auth = quote(settings.user, safe="") + (":" + quote(password, safe="") if password else "")
    return f"postgresql+psycopg://{auth}@{settings.host}:{int(settings.port)}/{quote(settings.database, safe='')}?sslmode={settings.sslmode}"


def configured_url(uow: UnitOfWork) -> str:
    settings = load_settings(uow)
    if settings is None:
        raise SyncError(tr("No sync server is set up. Enter it in Settings → Sync, or pass --server."))
    return url_for(settings, _password(uow, settings))


def _server(url: str):
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = sync_server.make_server_engine(url)
        return engine


def dispose_engines() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def test_connection(url: str) -> str:
    """Connect and describe the server (raises SyncError)."""
    try:
        with _server(url).connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar()
            ssl = conn.exec_driver_sql(
                "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"
            ).scalar()
            prepared = sync_server.is_prepared(conn)
    except (OperationalError, DBAPIError) as exc:
        raise SyncError(tr("Cannot reach the shared database: {error}", error=_short(exc))) from exc
    return tr(
        "PostgreSQL {version}, TLS {tls}, {state}",
        version=version,
        tls=tr("on") if ssl else tr("off"),
        state=tr("ready for sync") if prepared else tr("not set up yet (the first sync sets it up)"),
    )


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


# --- the sync ---------------------------------------------------------------------------------
def sync_now(
    uow: UnitOfWork, url: str | None = None, *, batch_size: int = BATCH, fault=None, progress=None
) -> SyncResult:
    """Pull, then push. Raises SyncError (server unreachable), SchemaMismatch (upgrade first)."""
    started = time.perf_counter()
    with uow.read() as tx:
        require(tx, Perm.SYNC)
    if uow.engine.dialect.name != "sqlite":
        raise SyncError(tr("This PC works straight on the shared database (online mode): there is nothing to sync."))
    url = url or configured_url(uow)
    found = identity.check(uow)
    if not found.ok:  # a copied file: refused until the user chooses (new PC, or the same PC)
        _note_error(uow, found.message())
        raise identity.IdentityMismatch(found.message())
    engine = _server(url)
    stage = "connect"
    try:
        with engine.begin() as conn:
            prepared = sync_server.is_prepared(conn)
        if not prepared:
            sync_server.prepare(engine)
        token, following = identity.tokens_for_sync(uow)
        with engine.begin() as conn:
            values = sync_server.check_schema(conn)
            series = sync_server.register_pc(conn, uow.pc_id, socket.gethostname(), token, following)
            server_has_rows = sync_server.has_changes(conn)
            names = sync_server.pc_names(conn)
            notice = _rules_notice(uow, conn, values)
        if fault is not None:  # the server holds the next token; this file does not know yet
            fault("registered", 0)
        with uow.write() as tx:
            identity.accept_token(tx, following)
            problems.save_pc_names(tx, names)
        cloned = _bind(uow, values["server_id"], series, server_has_rows)
        joined: tuple[int, int, list[str]] = (0, 0, [])
        if cloned:
            joined = _join(uow, engine, values["server_id"], batch_size, fault, progress)
        stage = "pull"
        pulled, conflicts, alerts = _pull(uow, engine, batch_size, fault, progress)
        pulled, conflicts, alerts = pulled + joined[0], conflicts + joined[1], joined[2] + alerts
        _keep_what_is_needed(uow, engine)
        stage = "push"
        pushed = _push(uow, engine, batch_size, fault, progress)
    except sync_server.InstallationClash as exc:
        clash = identity.token_refused(uow)
        message = exc.message + " " + clash.message()
        _note_error(uow, message)
        raise identity.IdentityMismatch(message) from exc
    except sync_server.SchemaMismatch as exc:
        _note_error(uow, exc.message)
        raise
    except IntegrityError as exc:
        if stage == "pull":
            message = tr("This PC's file refused a change pulled from the shared database: {error}", error=_short(exc))
        else:
            message = tr("The shared database refused a change: {error}", error=_short(exc))
        _note_error(uow, message)
        raise SyncError(message) from exc
    except (OperationalError, DBAPIError, ConnectionError, OSError) as exc:
        message = tr("Cannot reach the shared database: {error}", error=_short(exc))
        _note_error(uow, message)
        raise SyncError(message) from exc
    with uow.write() as tx:
        _set(tx, K_LAST, utcnow().isoformat(timespec="seconds"))
        _set(tx, K_ERROR, "")
        waiting = problems.count_open(tx)
    return SyncResult(pulled, pushed, conflicts, tuple(alerts), cloned, time.perf_counter() - started, waiting, notice)


def _keep_what_is_needed(uow: UnitOfWork, engine) -> int:
    """After the pull: the file holds only what the server lets this PC's login hold (hashes of
    the users who sign in here, no costs its role may not see; ``services.sync.withheld``)."""
    with engine.connect() as conn:
        seen = withheld.view(conn)
        held = withheld.hashes(conn) if seen is not None else {}
    if seen is None:  # a server without these rules: every PC holds everything
        return 0
    with uow.write() as tx:
        return withheld.scrub(tx, uow.pc_id, seen, held)


def _rules_notice(uow: UnitOfWork, conn, values: dict[str, str]) -> str:
    """For an owner: the server's rules are older than this program's (run ``sync-roles``)."""
    if not uow.actor.can(Perm.MANAGE_USERS):
        return ""
    if not sync_roles.rules_outdated(conn, values):
        return ""
    return tr(
        "The shared database's rules are older than this program's: run 'erp-desktop sync-roles' once on this PC, "
        "so that it refuses and withholds what this version expects."
    )


def _note_error(uow: UnitOfWork, message: str) -> None:
    try:
        with uow.write() as tx:
            _set(tx, K_ERROR, message[:500])
    except Exception:  # pragma: no cover - the error itself matters more
        log.exception("could not record the sync error")


_BUSINESS_TABLES = ("product", "customer", "supplier", "warehouse", "stock_move", "journal_entry")


def _has_own_data(tx: Session) -> bool:
    """Whether this PC holds business rows of its own. The rows every new shop makes with fixed ids
    (the walk-in customer 散客) do not count: a PC set up with `init` can still join a shop."""
    for name in _BUSINESS_TABLES:
        t = table(name)
        stmt = select(t.c.id).limit(1)
        if name == "customer":
            stmt = stmt.where(t.c.id != WALK_IN_CUSTOMER_ID)
        if tx.execute(stmt).first() is not None:
            return True
    return False


def _bind(uow: UnitOfWork, server_id: str, series: str, server_has_rows: bool) -> bool:
    """Remember the server and series. Returns True when this (empty) PC must join the shop the
    server holds (``_join``); the first PC on an empty server seeds it instead."""
    with uow.write() as tx:
        known = _get(tx, K_SERVER)
        if _get(tx, K_SERIES) != series:
            _set(tx, K_SERIES, series)
        if known == server_id:
            return False
        if server_has_rows:
            if _has_own_data(tx):
                raise SyncError(
                    tr(
                        "This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring "
                        "existing data (the first to sync); join the others with a new, empty database file."
                    )
                )
            return True
        _start_on(tx, server_id, seed=True)
        return False


def _start_on(tx: Session, server_id: str, *, seed: bool) -> None:
    _set(tx, K_SERVER, server_id)
    _set(tx, K_PULL, 0)
    _set(tx, K_PUSH, 0)
    # the first PC seeds an empty server with every row it holds, whoever stamped it
    _set(tx, K_SEED, "1" if seed else "0")


def _empty_for_clone(tx: Session) -> None:
    for t in reversed(synced_tables()):
        tx.execute(delete(t))
    for name in ("lot_balance", "stock_balance", "product_cost", "cost_layer"):
        tx.execute(delete(table(name)))
    tx.execute(text("DELETE FROM local_state WHERE key LIKE 'chain:%'"))  # this file's chains go with its rows


def _join(uow: UnitOfWork, engine, server_id: str, batch_size: int, fault, progress) -> tuple[int, int, list[str]]:
    """Clone the shop the server holds into this empty PC without ever emptying its file first:
    the clone is pulled into a copy of the file next to it (``<file>.joining``), checked with
    ``verify``, and only then copied over this file in one step (SQLite's backup, one write
    transaction). A clone that fails anywhere — a cut connection, a refused row, a failed check —
    leaves this PC's file exactly as it was."""
    import sqlite3
    from pathlib import Path

    from erp_desktop.services.system import verify
    from erp_desktop.storage import engine as db

    path = identity.path_of(uow)
    if not path:  # an in-memory shop (tests): nothing to keep aside
        with uow.write() as tx:
            _empty_for_clone(tx)
            _start_on(tx, server_id, seed=False)
        return _pull(uow, engine, batch_size, fault, progress)
    temp = Path(path).with_name(Path(path).name + ".joining")
    _remove_db_files(temp)
    clone_engine = None
    try:
        with uow.engine.connect() as live:
            target = sqlite3.connect(temp)
            try:
                live.connection.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        clone_engine = db.make_engine(db.db_url(temp))
        clone = UnitOfWork(clone_engine, uow.actor, uow.pc_id, uow.clock)
        with clone.write() as tx:
            _empty_for_clone(tx)
            _start_on(tx, server_id, seed=False)
        result = _pull(clone, engine, batch_size, fault, progress)
        failing = [c for c in verify.run_checks(clone) if not c.ok]
        if failing:
            raise SyncError(
                tr(
                    "The shop received from the shared database does not pass its checks: {checks}.",
                    checks="; ".join(getattr(c, "name", str(c)) for c in failing[:5]),
                )
            )
        clone_engine.dispose()
        clone_engine = None
        source = sqlite3.connect(temp)
        try:
            with uow.engine.connect() as live:
                source.backup(cast(sqlite3.Connection, live.connection.driver_connection))  # one step: all or nothing
        finally:
            source.close()
        return result
    except Exception as exc:
        reason = exc.message if isinstance(exc, UserError) else _short(exc)
        message = tr(
            "Joining the shop failed before the whole shop had arrived and been checked: {error}. This PC's file was "
            "not changed; sync again to retry.",
            error=reason,
        )
        _note_error(uow, message)
        raise SyncError(message) from exc
    finally:
        if clone_engine is not None:
            clone_engine.dispose()
        _remove_db_files(temp)


def _remove_db_files(path) -> None:
    from pathlib import Path

    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _pull(uow: UnitOfWork, engine, batch_size: int, fault, progress) -> tuple[int, int, list[str]]:
    me = uow.pc_id
    change = sync_server.sync_change
    total = conflicts = 0
    alerts: list[str] = []
    batch_no = 0
    with uow.read() as tx:
        stored = [
            _Pulled(0, p.table_name, p.row_id, p.hlc, p.origin_pc, dict(p.data))
            for p in problems.to_retry(tx, problems.PULL)
            if p.data
        ]
        cursor = int(_get(tx, K_PULL, "0") or 0)
    if stored:  # rows set aside before: tried again first (renamed since? then they apply now)
        found, raised = _apply(uow, stored, cursor, None, 0)
        conflicts += found
        alerts += raised
    with engine.connect() as conn:
        filtered = withheld.filters_pull(conn)  # the server leaves out what this PC may not hold
    while True:
        with uow.read() as tx:
            cursor = int(_get(tx, K_PULL, "0") or 0)
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            if filtered:
                rows = conn.execute(withheld.pull_statement(), {"after": cursor, "me": me, "lim": batch_size}).all()
            else:
                rows = conn.execute(
                    select(
                        change.c.seq,
                        change.c.table_name,
                        change.c.row_id,
                        change.c.hlc,
                        change.c.origin_pc,
                        change.c.data,
                    )
                    .where(change.c.seq > cursor, change.c.origin_pc != me)
                    .order_by(change.c.seq)
                    .limit(batch_size)
                ).all()
            top = conn.scalar(select(func.max(change.c.seq))) if len(rows) < batch_size else None
            conn.rollback()
        new_cursor = max([rows[-1].seq if rows else cursor, top or 0])
        if not rows and new_cursor == cursor:
            break
        batch_no += 1
        found, raised = _apply(uow, rows, new_cursor, fault, batch_no)
        total += len(rows)
        conflicts += found
        alerts += raised
        if progress is not None and rows:
            progress(tr("Received {count} changes", count=total))
        if len(rows) < batch_size:
            break
    return total, conflicts, alerts


@dataclass(frozen=True)
class _Pulled:
    """A pulled version, or one set aside earlier and tried again (``seq`` 0)."""

    seq: int
    table_name: str
    row_id: uuid.UUID
    hlc: int
    origin_pc: str
    data: dict


def _apply(uow: UnitOfWork, rows, new_cursor: int, fault, batch_no: int) -> tuple[int, list[str]]:
    """Merge one pulled batch and move the cursor, in one local transaction. When this PC's file
    refuses a row (a duplicate code, any constraint), the batch is applied again row by row and
    the refused rows are set aside (``problems``) — the rest of the batch, and the sync, go on.
    ``fault(stage, batch)`` (tests) is called in the transaction ("pull") and after it ("pulled")."""
    try:
        found = _apply_batch(uow, rows, new_cursor, fault, batch_no, careful=False)
    except IntegrityError as exc:
        log.info("sync: a pulled batch was refused (%s); applying it row by row", problems.error_text(exc))
        found = _apply_batch(uow, rows, new_cursor, fault, batch_no, careful=True)
    if fault is not None:
        fault("pulled", batch_no)
    return found


def _apply_batch(
    uow: UnitOfWork, rows, new_cursor: int, fault, batch_no: int, *, careful: bool
) -> tuple[int, list[str]]:
    me = uow.pc_id
    order = table_order()
    latest: dict[tuple[str, uuid.UUID], Any] = {}  # a pulled row (or a _Pulled) per row id
    top_hlc = 0
    for row in rows:
        if row.table_name not in order:
            continue  # a table this program does not sync (schema checked: never a mismatch of shape)
        key = (row.table_name, row.row_id)
        top_hlc = max(top_hlc, row.hlc)
        best = latest.get(key)
        if best is None or (row.hlc, row.origin_pc) > (best.hlc, best.origin_pc):
            latest[key] = row
    by_table: dict[str, list] = defaultdict(list)
    for (name, _), row in latest.items():
        by_table[name].append(row)
    uow.clock.observe(top_hlc)
    conflicts: list[dict] = []
    touched: dict[str, set] = defaultdict(set)
    refused: list[problems.Refusal] = []
    aside: dict[tuple[str, str], str] = {}  # set-aside rows → their summary
    with uow.write() as tx:
        # Foreign keys are checked at commit, not row by row: a batch may hold a child before its
        # parent in the same table (a reversal before the original it points at, B1 of the review).
        tx.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pushed_hlc = int(_get(tx, K_PUSH, "0") or 0)
        incoming_ids = [row.row_id for row in latest.values()]
        dead: set[uuid.UUID] = set()
        tomb = SyncTombstone.__table__
        for chunk in _chunks(incoming_ids):
            dead.update(tx.scalars(select(tomb.c.row_id).where(tomb.c.row_id.in_(chunk))))
        tombstones = []
        if careful:  # rows set aside by earlier syncs (and not tried again here) are parents still missing
            aside.update(
                {
                    (p.table_name, str(p.row_id)): p.summary
                    for p in problems.to_retry(tx, problems.PULL)
                    if (p.table_name, p.row_id) not in latest
                }
            )
        raw = tx.connection().exec_driver_sql  # storage values straight into SQLite (the bulk path)
        applied: list[tuple[str, object, dict | None]] = []  # (table, version, local before) written here
        for name in sorted(by_table, key=order.__getitem__):
            t = table(name)
            ledger = is_ledger_name(name)
            versions = sorted(by_table[name], key=lambda r: r.seq)
            existing: dict[uuid.UUID, dict] = {}
            for chunk in _chunks([v.row_id for v in versions]):
                for stored in tx.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                    existing[stored["id"]] = dict(stored)
            inserts: list[tuple] = []
            updates: list[tuple] = []
            for version in versions:
                if version.row_id in dead and name != "sync_tombstone":
                    continue
                local: dict | None = existing.get(version.row_id)
                incoming = (version.hlc, version.origin_pc)
                lost = None
                if local is None:
                    params = to_sqlite(name, version.data)
                    statement = sqlite_insert_sql(name)
                else:
                    mine = (local["hlc"], local["origin_pc"])
                    if incoming == mine:
                        continue
                    if incoming > mine:
                        params = to_sqlite(name, version.data) + (sqlite_id(version.row_id),)
                        statement = sqlite_update_sql(name)
                        if not ledger and local["origin_pc"] == me and local["hlc"] > pushed_hlc:
                            old = encode_row(name, local)
                            if comparable(name, old) != comparable(name, version.data):
                                lost = _conflict(name, version.row_id, old, mine, incoming)
                    else:
                        if not ledger and comparable(name, encode_row(name, local)) != comparable(name, version.data):
                            conflicts.append(_conflict(name, version.row_id, version.data, incoming, mine))
                        continue
                if careful:
                    waits = problems.waiting_for(name, version.data, aside)
                    if waits:
                        refused.append(_refusal(name, version, "", waits=waits))
                        aside[(name, str(version.row_id))] = problems.summary_of(version.data)
                        continue
                    try:
                        with tx.begin_nested():
                            raw(statement, params)
                    except IntegrityError as exc:
                        clash, other_id, other_pc, other_summary = problems.find_clash(
                            tx, name, version.data, version.row_id
                        )
                        refused.append(
                            _refusal(
                                name,
                                version,
                                problems.error_text(exc),
                                key=clash,
                                other=(other_id, other_pc, other_summary),
                            )
                        )
                        aside[(name, str(version.row_id))] = problems.summary_of(version.data)
                        continue
                    applied.append((name, version, local))
                elif local is None:
                    inserts.append(params)
                else:
                    updates.append(params)
                if lost is not None:
                    conflicts.append(lost)
                touched[name].add(version.row_id)
                if name == "sync_tombstone":
                    tombstones.append(version.data)
            if inserts:
                raw(sqlite_insert_sql(name), inserts)
            if updates:
                raw(sqlite_update_sql(name), updates)
            merge_security(  # a user's security fields: the newest stamp wins, field by field
                tx, uow, name, [v for v in versions if (name, str(v.row_id)) not in aside], existing
            )
        if careful:
            _set_aside_orphans(tx, applied, touched, refused, aside, conflicts)
        for data in tombstones:
            _delete_row(tx, data.get("table_name"), data.get("row_id"))
        found = _record_conflicts(tx, uow, conflicts)
        negative = rebuild_after_merge(tx, touched)
        alerts = _raise_alerts(tx, uow, negative)
        problems.clear(tx, problems.PULL, [k for k in latest if (k[0], str(k[1])) not in aside])
        problems.record(tx, problems.PULL, refused)
        _set(tx, K_PULL, new_cursor)
        _set(tx, K_FLOOR, max(int(_get(tx, K_FLOOR, "0") or 0), top_hlc))
        if fault is not None:
            fault("pull", batch_no)
    return found, alerts


def _refusal(name: str, version, error: str, *, key: str = "", other=(None, "", ""), waits: str = ""):
    return problems.Refusal(
        name,
        version.row_id,
        version.origin_pc,
        version.hlc,
        dict(version.data),
        problems.summary_of(version.data),
        error,
        key,
        other[0],
        other[1],
        other[2],
        waits,
    )


def _set_aside_orphans(tx: Session, applied: list, touched, refused: list, aside: dict, conflicts: list) -> None:
    """Rows of this batch whose parent is missing (its own version set aside, or never sent):
    SQLite checks deferred foreign keys only at commit, so look now and take them out again —
    an inserted row is deleted, an updated one gets its old version back — until none is left."""
    raw = tx.connection().exec_driver_sql
    mine = {(name, str(version.row_id)): (version, local) for name, version, local in applied}
    names = {name for name, _, _ in applied}
    while True:
        found = []
        for name in sorted(names):
            for child, rowid, parent, _fk in list(raw(f'PRAGMA foreign_key_check("{name}")')):
                rid = raw(f'SELECT id FROM "{child}" WHERE rowid = ?', (rowid,)).scalar()
                if rid is None:
                    continue
                key = (child, str(uuid.UUID(str(rid))))
                if key in mine and key not in aside:
                    found.append((key, parent))
        if not found:
            return
        for (name, rid_text), parent in found:
            if (name, rid_text) in aside:
                continue
            version, local = mine[(name, rid_text)]
            if local is None:
                raw(f'DELETE FROM "{name}" WHERE id = ?', (sqlite_id(version.row_id),))
            else:
                raw(
                    sqlite_update_sql(name),
                    to_sqlite(name, encode_row(name, local)) + (sqlite_id(version.row_id),),
                )
            aside[(name, rid_text)] = problems.summary_of(version.data)
            touched[name].discard(version.row_id)
            conflicts[:] = [c for c in conflicts if not (c["table_name"] == name and c["row_id"] == version.row_id)]
            missing = next(
                (
                    f"{p} {version.data.get(col)}"
                    for col, p in problems.parent_refs(name)
                    if p == parent and version.data.get(col) is not None
                ),
                parent,
            )
            refused.append(_refusal(name, version, tr("refers to a record that is missing here"), waits=missing))


def _delete_row(tx: Session, name: str | None, row_id) -> None:
    if not name or name not in table_order() or is_ledger_name(name) or row_id is None:
        return
    t = table(name)
    try:
        with tx.begin_nested():
            tx.execute(delete(t).where(t.c.id == uuid.UUID(str(row_id))))
            if tx.get_bind().dialect.name == "sqlite":
                # a pulled batch checks foreign keys only at commit: look now, so a row still
                # referenced here stays (instead of the whole batch failing at commit, every time)
                raw = tx.connection().exec_driver_sql
                for child in _children_of(name):
                    if any(row[2] == name for row in raw(f'PRAGMA foreign_key_check("{child}")')):
                        raise IntegrityError("DELETE", None, Exception(f"{name} still referenced by {child}"))
    except IntegrityError:  # still referenced here: keep it (the tombstone stays recorded)
        log.warning("sync: %s %s deleted elsewhere is still referenced here", name, row_id)


@cache
def _children_of(name: str) -> tuple[str, ...]:
    from erp_desktop.models import Base

    return tuple(
        sorted({t.name for t in Base.metadata.sorted_tables for fk in t.foreign_keys if fk.column.table.name == name})
    )


def _conflict(name: str, row_id, lost: dict, lost_key: tuple, won_key: tuple) -> dict:
    return {
        "table_name": name,
        "row_id": row_id,
        "data": withheld.without_secrets(name, lost),  # a conflict syncs to every PC: never a hash
        "lost_hlc": lost_key[0],
        "lost_pc": lost_key[1],
        "won_hlc": won_key[0],
        "won_pc": won_key[1],
    }


def _record_conflicts(tx: Session, uow: UnitOfWork, conflicts: list[dict]) -> int:
    if not conflicts:
        return 0
    now = utcnow()
    rows = []
    for c in conflicts:
        cid = uuid.uuid5(CONFLICT_NS, f"{c['table_name']}:{c['row_id']}:{c['lost_hlc']}:{c['lost_pc']}")
        rows.append(
            {
                **c,
                "id": cid,
                "hlc": uow.clock.now(),
                "origin_pc": uow.pc_id,
                "created_at": now,
                "updated_at": now,
                "detected_at": now,
                "resolved": False,
            }
        )
    tx.execute(insert(cast(Table, SyncConflict.__table__)).prefix_with("OR IGNORE", dialect="sqlite"), rows)
    return len(rows)


def _raise_alerts(tx: Session, uow: UnitOfWork, negative) -> list[str]:
    if not negative:
        return []
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.warehouse import Location, Warehouse

    now = utcnow()
    rows, messages = [], []
    for item in negative:
        product = tx.get(Product, item.product_id)
        location = tx.get(Location, item.location_id)
        warehouse = tx.get(Warehouse, location.warehouse_id) if location is not None and location.warehouse_id else None
        where = f"{warehouse.name if warehouse else ''} / {location.code if location else ''}"
        if getattr(item, "lot_id", None) is not None:  # a serial sold twice
            message = tr(
                "Serial {serial} of {code} {name} was sold on several PCs while offline: it left {where} twice.",
                serial=item.serial,
                code=product.code if product else "?",
                name=product.name if product else "",
                where=where,
            )
            messages.append(message)
            rows.append(
                {
                    "id": uuid.uuid5(CONFLICT_NS, f"serial:{item.lot_id}:{item.location_id}:{item.after}"),
                    "kind": "serial_sold_twice",
                    "subject_id": item.lot_id,
                    "message": message,
                    "raised_at": now,
                    "hlc": uow.clock.now(),
                    "origin_pc": uow.pc_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            continue
        message = tr(
            "Stock of {code} {name} in {where} went negative ({qty}) after merging sales made offline on several PCs.",
            code=product.code if product else "?",
            name=product.name if product else "",
            where=where,
            qty=item.after,
        )
        messages.append(message)
        aid = uuid.uuid5(CONFLICT_NS, f"negative:{item.product_id}:{item.location_id}:{item.after}")
        rows.append(
            {
                "id": aid,
                "kind": "negative_stock",
                "subject_id": item.product_id,
                "message": message,
                "raised_at": now,
                "hlc": uow.clock.now(),
                "origin_pc": uow.pc_id,
                "created_at": now,
                "updated_at": now,
            }
        )
    tx.execute(insert(cast(Table, SyncAlert.__table__)).prefix_with("OR IGNORE", dialect="sqlite"), rows)
    return messages


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@lru_cache(maxsize=2)
def _changed_rows_stmt(seed_all: bool):
    """(table, id, hlc) of every row to push, over all synced tables in one query."""
    parts = []
    for t in synced_tables():
        part = select(literal(t.name).label("t"), t.c.id.label("id"), t.c.hlc.label("hlc")).where(
            t.c.hlc <= bindparam("upto")
        )
        if not seed_all:
            part = part.where(t.c.origin_pc == bindparam("me"), t.c.hlc > bindparam("lower"))
        parts.append(part)
    return union_all(*parts)


def _push_by_clock(
    uow: UnitOfWork,
    engine,
    batch_size: int,
    fault,
    progress,
    sent_keys: set[tuple[str, uuid.UUID]],
    refused: list[problems.Refusal],
) -> int:
    """The pre-outbox push (rows stamped by this PC after the clock cursor): used for a seeding
    push of everything, and once for a shop that synced before it had an outbox."""
    me = uow.pc_id
    with uow.write() as tx:  # holding the write lock: every earlier write has committed
        upto = uow.clock.now()
        since = int(_get(tx, K_PUSH, "0") or 0)
        seed_all = _get(tx, K_SEED) == "1"
    lower = max(0, since - WINDOW)
    memo = _recent.setdefault(str(uow.engine.url), {})
    batch: list[tuple[str, uuid.UUID, int, dict]] = []
    sent = batch_no = 0
    order = table_order()
    with uow.read() as tx:
        wanted: dict[str, list] = defaultdict(list)
        for name, rid, hlc in tx.execute(_changed_rows_stmt(seed_all), {"upto": upto, "me": me, "lower": lower}):
            if hlc <= since and memo.get(rid) == hlc:
                continue  # sent already (looked at again only because of the window)
            wanted[name].append(rid)
        raw = tx.connection().exec_driver_sql
        for name in sorted(wanted, key=order.__getitem__):
            ids = {sqlite_id(i) for i in wanted[name]}
            if seed_all:
                found = raw(sqlite_select_sql(name) + " WHERE hlc <= ? ORDER BY hlc", (upto,))
            else:
                found = raw(
                    sqlite_select_sql(name) + " WHERE origin_pc = ? AND hlc > ? AND hlc <= ? ORDER BY hlc",
                    (me, lower, upto),
                )
            at = id_position(name)
            for values in found:
                if values[at] not in ids:
                    continue
                row = from_sqlite(name, values)
                batch.append((name, uuid.UUID(values[at]), row["hlc"], row))
                if len(batch) >= batch_size:
                    batch_no += 1
                    refused += _send(engine, batch, fault, batch_no)
                    sent += len(batch)
                    memo.update((rid, hlc) for _, rid, hlc, _ in batch)
                    sent_keys.update((name, rid) for name, rid, _, _ in batch)
                    batch = []
                    if progress is not None:
                        progress(tr("Sent {count} changes", count=sent))
    if batch:
        batch_no += 1
        refused += _send(engine, batch, fault, batch_no)
        sent += len(batch)
        memo.update((rid, hlc) for _, rid, hlc, _ in batch)
        sent_keys.update((name, rid) for name, rid, _, _ in batch)
    if sent or seed_all or upto - since > WINDOW:
        with uow.write() as tx:
            _set(tx, K_PUSH, upto)
            if seed_all:
                _set(tx, K_SEED, "0")
            _set(tx, K_FLOOR, max(int(_get(tx, K_FLOOR, "0") or 0), upto))
    for rid in [rid for rid, hlc in memo.items() if hlc < upto - WINDOW]:
        memo.pop(rid, None)
    return sent


def _push(uow: UnitOfWork, engine, batch_size: int, fault, progress) -> int:
    """Send this PC's changes as its outbox lists them (see ``storage.outbox`` and SYNC.md):
    every row this PC wrote after the confirmed cursor, whatever its clock stamp, parents first
    (table dependency order, then first change), and the rows set aside before because the server
    refused them (tried again first); the cursor moves, and the sent entries are dropped, only
    after the server has committed every batch — together with the rows it refused this time."""
    with uow.read() as tx:
        first_time = _get(tx, K_OUTBOX, "") == ""
        seeding = _get(tx, K_SEED) == "1"
    sent = 0
    already: set[tuple[str, uuid.UUID]] = set()
    refused: list[problems.Refusal] = []
    if first_time or seeding:
        sent += _push_by_clock(uow, engine, batch_size, fault, progress, already, refused)
    me = uow.pc_id
    with uow.read() as tx:
        cursor = int(_get(tx, K_OUTBOX, "0") or 0)
        top = tx.scalar(select(func.max(SyncOutbox.seq))) or 0
        first_seen: dict[tuple[str, uuid.UUID], int] = {}
        for p in problems.to_retry(tx, problems.PUSH):  # set aside before: tried again first
            first_seen.setdefault((p.table_name, p.row_id), -1)
        retried = set(first_seen)
        for seq, name, rid in tx.execute(
            select(SyncOutbox.seq, SyncOutbox.table_name, SyncOutbox.row_id)
            .where(SyncOutbox.seq > cursor, SyncOutbox.seq <= top)
            .order_by(SyncOutbox.seq)
        ):
            first_seen.setdefault((name, rid), seq)
        order = table_order()
        keys = sorted(
            (k for k in first_seen if k[0] in order and k not in already), key=lambda k: (order[k[0]], first_seen[k])
        )
        raw = tx.connection().exec_driver_sql
        batch: list[tuple[str, uuid.UUID, int, dict]] = []
        batch_no = 0
        at_table: dict[str, list[uuid.UUID]] = defaultdict(list)
        for name, rid in keys:
            at_table[name].append(rid)
        for name in sorted(at_table, key=order.__getitem__):
            rank = {rid: first_seen[(name, rid)] for rid in at_table[name]}
            at = id_position(name)
            for chunk in _chunks(at_table[name]):
                marks = ", ".join("?" for _ in chunk)
                found = list(
                    raw(sqlite_select_sql(name) + f" WHERE id IN ({marks})", tuple(sqlite_id(i) for i in chunk))
                )
                found.sort(key=lambda values: rank.get(uuid.UUID(values[at]), 0))
                for values in found:
                    row = from_sqlite(name, values)
                    if row["origin_pc"] != me:
                        continue  # since overwritten by another PC's newer version: theirs to send
                    batch.append((name, uuid.UUID(values[at]), row["hlc"], row))
                    if len(batch) >= batch_size:
                        batch_no += 1
                        refused += _send(engine, batch, fault, batch_no)
                        sent += len(batch)
                        batch = []
                        if progress is not None:
                            progress(tr("Sent {count} changes", count=sent))
    if batch:
        batch_no += 1
        refused += _send(engine, batch, fault, batch_no)
        sent += len(batch)
    with uow.write() as tx:
        _set(tx, K_OUTBOX, top)
        tx.execute(delete(SyncOutbox).where(SyncOutbox.seq <= top))
        if fault is not None:  # (tests) in the transaction that moves the cursor
            fault("confirm", batch_no)
        upto = uow.clock.now()
        _set(tx, K_PUSH, max(int(_get(tx, K_PUSH, "0") or 0), upto))
        _set(tx, K_FLOOR, max(int(_get(tx, K_FLOOR, "0") or 0), upto))
        still = {(r.table_name, r.row_id) for r in refused}
        problems.clear(tx, problems.PUSH, [k for k in retried if k not in still])
        problems.record(tx, problems.PUSH, refused)
    sync_roles.report_refusals(engine, [r for r in refused if r.error and "refused by the shared database" in r.error])
    return sent - len(refused)


@cache
def _upsert_sql(name: str):
    """Insert a JSON array of rows (storage values, as ``to_jsonb`` gives them) unless the server
    already holds the same or a newer version of a row (by ``(hlc, origin_pc)``)."""
    from sqlalchemy import text

    cols = [c.name for c in table(name).c]
    quoted = ", ".join(f'"{c}"' for c in cols)
    updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != "id")
    if name in sync_roles.APPEND_ONLY:  # never changed once written: only a re-stamp (a PC made new) travels
        updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in ("hlc", "origin_pc", "updated_at"))
    elif name in RESOLVE_COLUMNS:  # only ever resolved: a resolution travels, never an un-resolving
        updates = ", ".join(
            [f'"{c}" = "{name}"."{c}" OR EXCLUDED."{c}"' for c in RESOLVE_COLUMNS[name]]
            + [f'"{c}" = EXCLUDED."{c}"' for c in ("hlc", "origin_pc", "updated_at")]
        )
    return text(
        f'INSERT INTO "{name}" ({quoted}) SELECT {quoted} FROM jsonb_populate_recordset(NULL::"{name}", CAST(:rows AS jsonb)) '
        f"ON CONFLICT (id) DO UPDATE SET {updates} "
        f'WHERE ("{name}".hlc, "{name}".origin_pc) < (EXCLUDED.hlc, EXCLUDED.origin_pc)'
    )


def _send(engine, batch: list, fault, batch_no: int) -> list[problems.Refusal]:
    """One pushed batch = one PostgreSQL transaction: upsert each row unless the server already
    holds the same or a newer version; deletes (tombstones) win; derived data rebuilt. When the
    server refuses a row (a duplicate code, any constraint), the batch is sent again with a
    SAVEPOINT per row: the refused rows (and rows referring to them) are returned, to be set
    aside, and the rest is stored."""
    try:
        refused = _send_batch(engine, batch, fault, batch_no, careful=False)
    except (IntegrityError, ProgrammingError) as exc:
        if not _refused(exc):
            raise
        log.info("sync: the server refused a pushed batch (%s); sending it row by row", problems.error_text(exc))
        refused = _send_batch(engine, batch, fault, batch_no, careful=True)
    if fault is not None:  # (tests) the server committed the batch; this PC's cursor has not moved
        fault("pushed", batch_no)
    return refused


def _send_batch(engine, batch: list, fault, batch_no: int, *, careful: bool) -> list[problems.Refusal]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for name, _, _, data in batch:
        grouped[name].append(data)
    order = table_order()
    touched: dict[str, set] = defaultdict(set)
    refused: list[problems.Refusal] = []
    aside: dict[tuple[str, str], str] = {}  # set-aside rows → their summary
    with Session(engine) as s, s.begin():
        for name in sorted(grouped, key=order.__getitem__):
            rows = grouped[name]
            if careful:
                kept = []
                for data in rows:
                    refusal = _send_row(s, name, data, aside)
                    if refusal is None:
                        kept.append(data)
                    else:
                        refused.append(refusal)
                        aside[(name, str(refusal.row_id))] = refusal.summary
                rows = grouped[name] = kept
            else:
                # the whole table's part of the batch as one JSON array: PostgreSQL turns it into rows itself
                s.execute(_upsert_sql(name), {"rows": json.dumps(rows, ensure_ascii=False, default=str)})
            touched[name].update(uuid.UUID(str(data["id"])) for data in rows)
        for data in grouped.get("sync_tombstone", ()):
            _delete_row(s, data.get("table_name"), data.get("row_id"))
        tomb = SyncTombstone.__table__
        for name, ids in touched.items():
            # (rows the server only appends are never tombstoned, and a PC's login may not delete them)
            if name != "sync_tombstone" and not is_ledger_name(name) and name not in sync_roles.APPEND_ONLY and ids:
                t = table(name)
                s.execute(delete(t).where(t.c.id.in_(list(ids)), t.c.id.in_(select(tomb.c.row_id))))
        rebuild_after_merge(s, touched)
        if fault is not None:
            fault("push", batch_no)
    return refused


def _refused(exc: BaseException) -> bool:
    """A row the server refused: a constraint, or what this PC's login may not do (42501)."""
    return isinstance(exc, IntegrityError) or getattr(getattr(exc, "orig", None), "sqlstate", "") == "42501"


def _send_row(s: Session, name: str, data: dict, aside: dict) -> problems.Refusal | None:
    """Upsert one row in its own SAVEPOINT; the refusal (naming the clashing row) if refused."""
    rid = uuid.UUID(str(data["id"]))
    waits = problems.waiting_for(name, data, aside)
    error = ""
    if not waits:
        try:
            with s.begin_nested():
                s.execute(_upsert_sql(name), {"rows": json.dumps([data], ensure_ascii=False, default=str)})
            return None
        except (IntegrityError, ProgrammingError) as exc:
            if not _refused(exc):
                raise
            error = problems.error_text(exc)
            if getattr(exc.orig, "sqlstate", "") == "42501":  # no privilege: this PC's login may not
                error = "refused by the shared database: " + error
    key, other_id, other_pc, other_summary = problems.find_clash(s, name, data, rid) if error else ("", None, "", "")
    return problems.Refusal(
        name,
        rid,
        str(data.get("origin_pc") or ""),
        int(data.get("hlc") or 0),
        None,
        problems.summary_of(data),
        error,
        key,
        other_id,
        other_pc,
        other_summary,
        waits,
    )


# --- identity: the user's choice for a copied file -----------------------------------------------
def make_new_pc(uow: UnitOfWork, url: str | None = None) -> str:
    """Make this shop file a PC of its own (a copied, restored or cloned file; see
    ``services.sync.identity``): register a new PC id with the server (a new series letter), then
    switch the file to it, keeping its data. Returns the new series."""
    with uow.read() as tx:
        require(tx, Perm.SYNC)
    if uow.engine.dialect.name != "sqlite":
        raise SyncError(tr("This PC works straight on the shared database (online mode): there is nothing to sync."))
    url = url or configured_url(uow)
    engine = _server(url)
    new = identity.new_pc_id()
    token = uuid.uuid4().hex
    try:
        with engine.begin() as conn:
            prepared = sync_server.is_prepared(conn)
        if not prepared:
            sync_server.prepare(engine)
        with engine.begin() as conn:
            sync_server.check_schema(conn)
            series = sync_server.register_pc(conn, new, socket.gethostname(), "", token)
    except (OperationalError, DBAPIError, ConnectionError, OSError) as exc:
        raise SyncError(
            tr(
                "Cannot reach the shared database to register this file as a new PC: {error}. Nothing was changed.",
                error=_short(exc),
            )
        ) from exc
    old = uow.pc_id
    identity.become_new_pc(uow, new, series, token)
    with uow.write() as tx:
        _set(tx, K_ERROR, "")
        audit.record(tx, "update", "setting", "sync", summary=f"new PC {new} (was {old}), series {series}")
    return series


def keep_identity(uow: UnitOfWork) -> None:
    """ "It is the same PC" (the file moved to another disk, the program reinstalled): record the
    file's fingerprint again. Refused when the server has seen another installation as this PC."""
    with uow.read() as tx:
        require(tx, Perm.SYNC)
    found = identity.check(uow)
    if found.state == identity.SERVER_REFUSED:
        raise identity.IdentityMismatch(
            tr(
                "The shared database has seen another installation sync as this PC, so this file cannot keep its "
                "identity: make it a new PC ('erp-desktop sync --new-pc')."
            )
        )
    identity.keep_identity(uow)


def identity_state(uow: UnitOfWork) -> identity.Identity:
    return identity.check(uow)


# --- status, conflicts, alerts -------------------------------------------------------------------
def pending_changes(uow: UnitOfWork) -> int:
    """Rows this PC wrote that it has not pushed yet: exactly the distinct rows of its outbox past
    the confirmed cursor (before the first outbox push, also what the old clock cursor finds)."""
    with uow.read() as tx:
        if _get(tx, K_OUTBOX, "") != "":
            cursor = int(_get(tx, K_OUTBOX, "0") or 0)
            listed = union(  # a set-aside row (the server refused it) is still waiting to be sent
                select(SyncOutbox.table_name, SyncOutbox.row_id).where(SyncOutbox.seq > cursor),
                select(SyncProblem.table_name, SyncProblem.row_id).where(SyncProblem.direction == problems.PUSH),
            ).subquery()
            return tx.scalar(select(func.count()).select_from(listed)) or 0
        since = int(_get(tx, K_PUSH, "0") or 0)
        seed_all = _get(tx, K_SEED) == "1"
        changed = _changed_rows_stmt(seed_all).subquery()
        return (
            tx.scalar(select(func.count()).select_from(changed), {"upto": 1 << 62, "me": uow.pc_id, "lower": since})
            or 0
        )


def status(uow: UnitOfWork) -> SyncStatus:
    online = uow.engine.dialect.name != "sqlite"
    with uow.read() as tx:
        settings = _get(tx, K_SETTINGS)
        last = _get(tx, K_LAST)
        error = _get(tx, K_ERROR)
        series = _get(tx, K_SERIES)
        bound = bool(settings or _get(tx, K_SERVER))
        conflicts = (
            tx.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(False))) or 0
        )
        alerts = tx.scalar(select(func.count()).select_from(SyncAlert)) or 0
        open_problems = 0 if online else problems.count_open(tx)
    found = identity.check(uow) if not online else None
    server = ""
    if settings:
        data = json.loads(settings)
        server = f"{data.get('host')}:{data.get('port')}/{data.get('database')}"
    elif online:
        server = uow.engine.url.render_as_string(hide_password=True)
    return SyncStatus(
        bool(settings),
        server,
        online,
        datetime.fromisoformat(last) if last else None,
        error,
        0 if online else pending_changes(uow),
        conflicts,
        alerts,
        series,
        open_problems,
        found.message() if found is not None and bound else "",
    )


def _summary(name: str, data: dict) -> str:
    for key in ("code", "name", "username", "number", "key"):
        if data.get(key):
            return f"{data.get('code') or ''} {data.get('name') or data.get(key)}".strip()
    return str(data.get("id", ""))


def list_conflicts(uow: UnitOfWork, *, include_resolved: bool = False) -> list[ConflictRow]:
    with uow.read() as tx:
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id)
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved.is_(False))
        return [
            ConflictRow(
                c.id,
                c.table_name,
                c.row_id,
                c.detected_at,
                c.lost_pc,
                c.won_pc,
                _summary(c.table_name, c.data or {}),
                c.resolved,
                dict(c.data or {}),
            )
            for c in tx.scalars(stmt.limit(1000))
        ]


def restore_conflict(uow: UnitOfWork, conflict_id: uuid.UUID) -> None:
    """Make the losing version current again (as a new edit on this PC, so it syncs everywhere)."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        conflict = tx.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(tr("No such conflict."))
        t = table(conflict.table_name)
        current = tx.execute(select(t).where(t.c.id == conflict.row_id)).mappings().first()
        if current is None:
            raise NotFound(tr("The record no longer exists."))
        values = decode_row(conflict.table_name, conflict.data)
        values.pop("id", None)
        values.update(hlc=uow.clock.now(), origin_pc=uow.pc_id, updated_at=utcnow())
        tx.execute(update(t).where(t.c.id == conflict.row_id).values(values))
        conflict.resolved = True
        audit.record(
            tx,
            "restore",
            conflict.table_name,
            conflict.row_id,
            summary=_summary(conflict.table_name, conflict.data),
            before=comparable(conflict.table_name, encode_row(conflict.table_name, current)),
            after=comparable(conflict.table_name, conflict.data),
        )


def dismiss_conflict(uow: UnitOfWork, conflict_id: uuid.UUID) -> None:
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        conflict = tx.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(tr("No such conflict."))
        conflict.resolved = True


def list_alerts(uow: UnitOfWork) -> list[AlertRow]:
    with uow.read() as tx:
        return [
            AlertRow(a.id, a.kind, a.message, a.raised_at)
            for a in tx.scalars(select(SyncAlert).order_by(SyncAlert.raised_at.desc()).limit(500))
        ]
