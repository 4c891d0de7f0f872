"""Offline-first sync of this PC's SQLite file with the shared PostgreSQL database (see SYNC.md).

One ``sync_now`` = check the server's schema → register this PC (series letter) → join (clone the
server into an empty PC, or seed an empty server) → **pull** the server's changes after this PC's
cursor, batch by batch, each batch applied in one SQLite transaction together with the cursor →
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
from urllib.parse import quote

from sqlalchemy import bindparam, delete, func, insert, literal, select, union_all, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, UserError, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow
from erp_desktop.models.stock import StockMove  # noqa: F401  (registers the table)
from erp_desktop.models.sync import SyncAlert, SyncConflict, SyncOutbox, SyncTombstone
from erp_desktop.models.system import LocalState
from erp_desktop.services.ledger.rebuild import rebuild_after_merge
from erp_desktop.services.sync import server as sync_server
from erp_desktop.services.sync.roles import merge_security
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

K_PULL, K_PUSH, K_SERVER, K_LAST, K_ERROR = (
    "sync_pull_seq",
    "sync_push_hlc",
    "sync_server_id",
    "sync_last_at",
    "sync_last_error",
)
K_SETTINGS, K_PASSWORD, K_FLOOR, K_SERIES = "sync_settings", "sync_password_obf", "hlc_floor", "series"
K_SEED = "sync_seed_all"
K_OUTBOX = "sync_outbox_cursor"  # the last outbox seq the server has confirmed
BATCH = 2000
# Rows stamped up to this long before the push cursor are looked at again (a writer stamps its rows
# before it gets SQLite's write lock; another process's clock may lag): re-sending is a no-op.
WINDOW = 30_000 << 16
CONFLICT_NS = uuid.UUID("6f1d3c1e-5b7a-4c1e-9a55-2f6c0e0b7a11")
KEYRING_SERVICE = "erp-desktop-sync"
_engines: dict[str, object] = {}
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
    engine = _server(url)
    try:
        with engine.begin() as conn:
            prepared = sync_server.is_prepared(conn)
        if not prepared:
            sync_server.prepare(engine)
        with engine.begin() as conn:
            values = sync_server.check_schema(conn)
            series = sync_server.register_pc(conn, uow.pc_id, socket.gethostname())
            server_has_rows = sync_server.has_changes(conn)
        cloned = _bind(uow, values["server_id"], series, server_has_rows)
        pulled, conflicts, alerts = _pull(uow, engine, batch_size, fault, progress)
        pushed = _push(uow, engine, batch_size, fault, progress)
    except sync_server.SchemaMismatch as exc:
        _note_error(uow, exc.message)
        raise
    except IntegrityError as exc:
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
    return SyncResult(pulled, pushed, conflicts, tuple(alerts), cloned, time.perf_counter() - started)


def _note_error(uow: UnitOfWork, message: str) -> None:
    try:
        with uow.write() as tx:
            _set(tx, K_ERROR, message[:500])
    except Exception:  # pragma: no cover - the error itself matters more
        log.exception("could not record the sync error")


_BUSINESS_TABLES = ("product", "customer", "supplier", "warehouse", "stock_move", "journal_entry")


def _has_own_data(tx: Session) -> bool:
    for name in _BUSINESS_TABLES:
        t = table(name)
        if tx.execute(select(t.c.id).limit(1)).first() is not None:
            return True
    return False


def _bind(uow: UnitOfWork, server_id: str, series: str, server_has_rows: bool) -> bool:
    """Remember the server and series; the first contact with a server that already holds data
    clones it into this (empty) PC. Returns True when it cloned."""
    with uow.write() as tx:
        known = _get(tx, K_SERVER)
        if _get(tx, K_SERIES) != series:
            _set(tx, K_SERIES, series)
        if known == server_id:
            return False
        cloned = False
        if server_has_rows:
            if _has_own_data(tx):
                raise SyncError(
                    tr(
                        "This PC already has its own shop data and the shared database holds another shop's. Only one PC may bring "
                        "existing data (the first to sync); join the others with a new, empty database file."
                    )
                )
            for t in reversed(synced_tables()):
                tx.execute(delete(t))
            for name in ("stock_balance", "product_cost"):
                tx.execute(delete(table(name)))
            cloned = True
        _set(tx, K_SERVER, server_id)
        _set(tx, K_PULL, 0)
        _set(tx, K_PUSH, 0)
        # the first PC seeds an empty server with every row it holds, whoever stamped it
        _set(tx, K_SEED, "0" if cloned else "1")
        return cloned


def _pull(uow: UnitOfWork, engine, batch_size: int, fault, progress) -> tuple[int, int, list[str]]:
    me = uow.pc_id
    change = sync_server.sync_change
    total = conflicts = 0
    alerts: list[str] = []
    batch_no = 0
    while True:
        with uow.read() as tx:
            cursor = int(_get(tx, K_PULL, "0") or 0)
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
            rows = conn.execute(
                select(
                    change.c.seq, change.c.table_name, change.c.row_id, change.c.hlc, change.c.origin_pc, change.c.data
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


def _apply(uow: UnitOfWork, rows, new_cursor: int, fault, batch_no: int) -> tuple[int, list[str]]:
    """Merge one pulled batch and move the cursor, in one local transaction."""
    me = uow.pc_id
    order = table_order()
    latest: dict[tuple[str, uuid.UUID], tuple] = {}
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
    with uow.write() as tx:
        # Foreign keys are checked at commit, not row by row: a batch may hold a child before its
        # parent in the same table (a reversal before the original it points at, B1 of the review).
        tx.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        pushed_hlc = int(_get(tx, K_PUSH, "0") or 0)
        incoming_ids = [row.row_id for row in latest.values()]
        dead = set()
        tomb = SyncTombstone.__table__
        for chunk in _chunks(incoming_ids):
            dead.update(tx.scalars(select(tomb.c.row_id).where(tomb.c.row_id.in_(chunk))))
        tombstones = []
        for name in sorted(by_table, key=order.__getitem__):
            t = table(name)
            ledger = is_ledger_name(name)
            versions = sorted(by_table[name], key=lambda r: r.seq)
            existing: dict[uuid.UUID, dict] = {}
            for chunk in _chunks([v.row_id for v in versions]):
                for local in tx.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                    existing[local["id"]] = dict(local)
            inserts, updates = [], []
            for version in versions:
                if version.row_id in dead and name != "sync_tombstone":
                    continue
                local = existing.get(version.row_id)
                incoming = (version.hlc, version.origin_pc)
                if local is None:
                    inserts.append(to_sqlite(name, version.data))
                else:
                    mine = (local["hlc"], local["origin_pc"])
                    if incoming == mine:
                        continue
                    if incoming > mine:
                        updates.append(to_sqlite(name, version.data) + (sqlite_id(version.row_id),))
                        if not ledger and local["origin_pc"] == me and local["hlc"] > pushed_hlc:
                            lost = encode_row(name, local)
                            if comparable(name, lost) != comparable(name, version.data):
                                conflicts.append(_conflict(name, version.row_id, lost, mine, incoming))
                    else:
                        if not ledger and comparable(name, encode_row(name, local)) != comparable(name, version.data):
                            conflicts.append(_conflict(name, version.row_id, version.data, incoming, mine))
                        continue
                touched[name].add(version.row_id)
                if name == "sync_tombstone":
                    tombstones.append(version.data)
            raw = tx.connection().exec_driver_sql  # storage values straight into SQLite (the bulk path)
            if inserts:
                raw(sqlite_insert_sql(name), inserts)
            if updates:
                raw(sqlite_update_sql(name), updates)
            merge_security(tx, uow, name, versions, existing)  # a user's security fields: newest stamp wins
        for data in tombstones:
            _delete_row(tx, data.get("table_name"), data.get("row_id"))
        found = _record_conflicts(tx, uow, conflicts)
        negative = rebuild_after_merge(tx, touched)
        alerts = _raise_alerts(tx, uow, negative)
        _set(tx, K_PULL, new_cursor)
        _set(tx, K_FLOOR, max(int(_get(tx, K_FLOOR, "0") or 0), top_hlc))
        if fault is not None:
            fault("pull", batch_no)
    return found, alerts


def _delete_row(tx: Session, name: str | None, row_id) -> None:
    if not name or name not in table_order() or is_ledger_name(name) or row_id is None:
        return
    t = table(name)
    try:
        with tx.begin_nested():
            tx.execute(delete(t).where(t.c.id == uuid.UUID(str(row_id))))
    except IntegrityError:  # still referenced here: keep it (the tombstone stays recorded)
        log.warning("sync: %s %s deleted elsewhere is still referenced here", name, row_id)


def _conflict(name: str, row_id, lost: dict, lost_key: tuple, won_key: tuple) -> dict:
    return {
        "table_name": name,
        "row_id": row_id,
        "data": lost,
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
    tx.execute(insert(SyncConflict.__table__).prefix_with("OR IGNORE", dialect="sqlite"), rows)
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
    tx.execute(insert(SyncAlert.__table__).prefix_with("OR IGNORE", dialect="sqlite"), rows)
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
    uow: UnitOfWork, engine, batch_size: int, fault, progress, sent_keys: set[tuple[str, uuid.UUID]]
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
                    _send(engine, batch, fault, batch_no)
                    sent += len(batch)
                    memo.update((rid, hlc) for _, rid, hlc, _ in batch)
                    sent_keys.update((name, rid) for name, rid, _, _ in batch)
                    batch = []
                    if progress is not None:
                        progress(tr("Sent {count} changes", count=sent))
    if batch:
        batch_no += 1
        _send(engine, batch, fault, batch_no)
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
    (table dependency order, then first change); the cursor moves, and the sent entries are
    dropped, only after the server has committed every batch."""
    with uow.read() as tx:
        first_time = _get(tx, K_OUTBOX, "") == ""
        seeding = _get(tx, K_SEED) == "1"
    sent = 0
    already: set[tuple[str, uuid.UUID]] = set()
    if first_time or seeding:
        sent += _push_by_clock(uow, engine, batch_size, fault, progress, already)
    me = uow.pc_id
    with uow.read() as tx:
        cursor = int(_get(tx, K_OUTBOX, "0") or 0)
        top = tx.scalar(select(func.max(SyncOutbox.seq))) or 0
        first_seen: dict[tuple[str, uuid.UUID], int] = {}
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
                        _send(engine, batch, fault, batch_no)
                        sent += len(batch)
                        batch = []
                        if progress is not None:
                            progress(tr("Sent {count} changes", count=sent))
    if batch:
        batch_no += 1
        _send(engine, batch, fault, batch_no)
        sent += len(batch)
    with uow.write() as tx:
        _set(tx, K_OUTBOX, top)
        tx.execute(delete(SyncOutbox).where(SyncOutbox.seq <= top))
        upto = uow.clock.now()
        _set(tx, K_PUSH, max(int(_get(tx, K_PUSH, "0") or 0), upto))
        _set(tx, K_FLOOR, max(int(_get(tx, K_FLOOR, "0") or 0), upto))
    return sent


@cache
def _upsert_sql(name: str):
    """Insert a JSON array of rows (storage values, as ``to_jsonb`` gives them) unless the server
    already holds the same or a newer version of a row (by ``(hlc, origin_pc)``)."""
    from sqlalchemy import text

    cols = [c.name for c in table(name).c]
    quoted = ", ".join(f'"{c}"' for c in cols)
    updates = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c != "id")
    return text(
        f'INSERT INTO "{name}" ({quoted}) SELECT {quoted} FROM jsonb_populate_recordset(NULL::"{name}", CAST(:rows AS jsonb)) '
        f"ON CONFLICT (id) DO UPDATE SET {updates} "
        f'WHERE ("{name}".hlc, "{name}".origin_pc) < (EXCLUDED.hlc, EXCLUDED.origin_pc)'
    )


def _send(engine, batch: list, fault, batch_no: int) -> None:
    """One pushed batch = one PostgreSQL transaction: upsert each row unless the server already
    holds the same or a newer version; deletes (tombstones) win; derived data rebuilt."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for name, _, _, data in batch:
        grouped[name].append(data)
    order = table_order()
    touched: dict[str, set] = defaultdict(set)
    with Session(engine) as s, s.begin():
        for name in sorted(grouped, key=order.__getitem__):
            rows = grouped[name]
            # the whole table's part of the batch as one JSON array: PostgreSQL turns it into rows itself
            s.execute(_upsert_sql(name), {"rows": json.dumps(rows, ensure_ascii=False, default=str)})
            touched[name].update(uuid.UUID(str(data["id"])) for data in rows)
        for data in grouped.get("sync_tombstone", ()):
            _delete_row(s, data.get("table_name"), data.get("row_id"))
        tomb = SyncTombstone.__table__
        for name, ids in touched.items():
            if name != "sync_tombstone" and not is_ledger_name(name):
                t = table(name)
                s.execute(delete(t).where(t.c.id.in_(list(ids)), t.c.id.in_(select(tomb.c.row_id))))
        rebuild_after_merge(s, touched)
        if fault is not None:
            fault("push", batch_no)


# --- status, conflicts, alerts -------------------------------------------------------------------
def pending_changes(uow: UnitOfWork) -> int:
    """Rows this PC wrote that it has not pushed yet: exactly the distinct rows of its outbox past
    the confirmed cursor (before the first outbox push, also what the old clock cursor finds)."""
    with uow.read() as tx:
        if _get(tx, K_OUTBOX, "") != "":
            cursor = int(_get(tx, K_OUTBOX, "0") or 0)
            listed = (
                select(SyncOutbox.table_name, SyncOutbox.row_id).where(SyncOutbox.seq > cursor).distinct().subquery()
            )
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
        conflicts = (
            tx.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(False))) or 0
        )
        alerts = tx.scalar(select(func.count()).select_from(SyncAlert)) or 0
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
