"""One identity per installation (S2 of the reliability review; see SYNC.md "One PC, one file").

A shop file copied to another machine, restored elsewhere or cloned keeps its PC id and number
series: both copies would post the same numbers, and each would skip the other's rows when pulling
(pull leaves out its own PC id). So an installation is recognised twice:

- **on this PC**, by a fingerprint kept *outside* the file — ``installations/<key>.json`` in the
  per-user data folder, keyed by the file's absolute path, holding the file's random ``install_id``
  and the file's inode — and *inside* it (``local_state['install_id']``). A file whose install id
  this PC's records do not know at that path (copied here, restored, cloned), or whose inode is not
  the recorded one (replaced by another copy), is a copy. A file moved on the same disk keeps its
  inode and is recognised as moved (its record follows it).
- **on the server**, by an installation token per PC (``sync_pc.install_token``) that changes at
  every sync: the PC presents its current token and the next one (kept in the file before it asks),
  the server accepts either and stores the next one. Two files under one PC id cannot both keep
  up: the second one to sync presents a token the server no longer holds and is refused.

Until the user chooses, sync is refused (``IdentityMismatch``). The choices: **make this file a new
PC** (``become_new_pc``: new PC id, a new series from the server at the next sync, the data kept,
this PC's unsent rows re-stamped under the new id, everything pulled again) — or, when it really is
the same PC (the file moved to another disk, the program reinstalled), **keep the identity**
(``keep_identity``: the fingerprint is recorded again; the server token still guards against the
other copy).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from erp_desktop import config
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.sync import SyncOutbox, SyncProblem
from erp_desktop.models.system import LocalState
from erp_desktop.services.sync import keys
from erp_desktop.services.sync.tables import sqlite_id, table, table_order
from erp_desktop.storage.uow import UnitOfWork

K_INSTALL = "install_id"  # the file's installation id (also in the fingerprint outside the file)
K_TOKEN = "install_token"  # the token the server holds for this PC (after the last sync)
K_TOKEN_NEXT = "install_token_next"  # the token this PC asked the server to store next
K_CLASH = "install_clash"  # set when the server refused this file's token: a copy, until chosen
K_PREVIOUS = "previous_pc_ids"  # the PC ids this file had before "new PC" (comma separated)
K_WHERE = "install_where"  # where this installation's file lives (machine, path, disk, inode), inside it

OK, COPIED, SERVER_REFUSED = "ok", "copied", "server"


class IdentityMismatch(UserError):
    """This file is a copy of another installation: sync waits for the user's choice."""


@dataclass(frozen=True)
class Identity:
    state: str  # OK, COPIED (this PC's records) or SERVER_REFUSED (another installation synced as this PC)
    pc_id: str
    install_id: str
    path: str
    recorded_path: str = ""  # where this installation's fingerprint says the file lives

    @property
    def ok(self) -> bool:
        return self.state == OK

    def message(self) -> str:
        if self.state == OK:
            return ""
        if self.state == SERVER_REFUSED:
            what = tr(
                "Another installation has synced with the shared database as this PC ({pc}) since this file last "
                "synced: this file is a copy of another PC's shop file, or an older backup of it.",
                pc=self.pc_id[-6:],
            )
        elif self.recorded_path and self.recorded_path != self.path:
            what = tr(
                "This shop file is a copy of {original} (copied, cloned or restored): both files carry the same PC id "
                "({pc}) and document-number series.",
                original=self.recorded_path,
                pc=self.pc_id[-6:],
            )
        else:
            what = tr(
                "This shop file was copied here from another computer, restored from a backup or cloned: it carries the "
                "PC id ({pc}) and document-number series of the installation it came from.",
                pc=self.pc_id[-6:],
            )
        return (
            what
            + " "
            + tr(
                "Sync is paused so the two files do not post the same numbers. Make this file a new PC (it keeps its "
                "data and gets its own series): Settings → Sync → \"Make this a new PC\", or 'erp-desktop sync --new-pc'. "
                "If it really is the same PC (the file was moved or the program reinstalled) and the other copy is no "
                "longer used: 'erp-desktop sync --same-pc'."
            )
        )


# --- the fingerprint outside the file -------------------------------------------------------------
def _folder() -> Path:
    folder = config.data_dir() / "installations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def path_of(uow: UnitOfWork) -> str:
    database = uow.engine.url.database if uow.engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        return ""
    return str(Path(database).resolve())


def _record_file(path: str) -> Path:
    key = hashlib.sha256(os.path.normcase(path).encode("utf-8")).hexdigest()[:24]
    return _folder() / f"{key}.json"


def _inode(path: str) -> int:
    try:
        return int(os.stat(path).st_ino)
    except OSError:
        return 0


def _device(path: str) -> int:
    try:
        return int(os.stat(path).st_dev)
    except OSError:
        return 0


def _install_id_at(path: str) -> str | None:
    """The install id held by the shop file at ``path`` (read-only), None when it cannot be read."""
    import sqlite3

    try:
        conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, timeout=2)
        try:
            row = conn.execute("SELECT value FROM local_state WHERE key = ?", (K_INSTALL,)).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return str(row[0]) if row and row[0] else ""


def _read(file: Path) -> dict:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_record(path: str, install_id: str, pc_id: str) -> None:
    file = _record_file(path)
    previous = _read(file)
    if previous.get("install_id") and previous.get("install_id") != install_id:
        # another shop now lives at this path: keep the old one's record (it may have moved away)
        os.replace(file, file.with_name(f"{file.stem}.{str(previous['install_id'])[:12]}.json"))
    data = {"install_id": install_id, "path": path, "inode": _inode(path), "device": _device(path), "pc_id": pc_id}
    partial = file.with_suffix(".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, file)


def _machine_id() -> str:
    """This computer's own id (the OS's, not the user's): Windows' MachineGuid, systemd's
    machine-id; the network card's address where neither exists."""
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    machine_id_files = (
        "/etc/machine-id",  # posix-only, guarded: absent on Windows (OSError)
        "/var/lib/dbus/machine-id",  # posix-only, guarded: absent on Windows (OSError)
    )
    for candidate in machine_id_files:
        try:
            text = Path(candidate).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if text:
            return text
    return f"node-{uuid.getnode():012x}"


def _where(path: str) -> str:
    return json.dumps(
        {"machine": _machine_id(), "path": os.path.normcase(path), "device": _device(path), "inode": _inode(path)},
        sort_keys=True,
    )


def _find_elsewhere(install_id: str, path: str) -> dict:
    for file in _folder().glob("*.json"):
        data = _read(file)
        if data.get("install_id") == install_id and data.get("path") != path:
            data["_file"] = str(file)
            return data
    return {}


def _get(tx: Session, key: str) -> str:
    row = tx.get(LocalState, key)
    return row.value if row is not None and row.value is not None else ""


def _set(tx: Session, key: str, value: str) -> None:
    row = tx.get(LocalState, key)
    if row is None:
        tx.add(LocalState(key=key, value=value))
    else:
        row.value = value
    tx.flush()


def check(uow: UnitOfWork) -> Identity:
    """This file's identity on this PC: recorded the first time (inside and outside the file),
    compared afterwards. Never raises for a copy: it reports it (``Identity.state``)."""
    path = path_of(uow)
    if not path:  # online mode, an in-memory database: the server is the only identity
        return Identity(OK, uow.pc_id, "", path)
    with uow.read() as tx:
        install_id = _get(tx, K_INSTALL)
        clash = _get(tx, K_CLASH)
        where = _get(tx, K_WHERE)
    if not install_id:
        with uow.write() as tx:  # holding SQLite's write lock: another process waits for the record
            install_id = _get(tx, K_INSTALL)
            if not install_id:
                install_id = uuid.uuid4().hex
                _write_record(path, install_id, uow.pc_id)  # outside first: a reader never sees one without the other
                _set(tx, K_INSTALL, install_id)
                _set(tx, K_WHERE, _where(path))
                return Identity(OK, uow.pc_id, install_id, path)
    if clash:
        return Identity(SERVER_REFUSED, uow.pc_id, install_id, path)
    record = _read(_record_file(path))
    inode = _inode(path)
    if record.get("install_id") == install_id:
        if record.get("inode") in (None, 0, inode) or not inode:
            return Identity(OK, uow.pc_id, install_id, path)
        return Identity(COPIED, uow.pc_id, install_id, path, path)  # same place, another file: replaced by a copy
    other = _find_elsewhere(install_id, path)
    if other:
        elsewhere = str(other.get("path", ""))
        same_file = bool(inode) and other.get("inode") == inode and other.get("device", _device(path)) == _device(path)
        # moved: the old place is gone, or is this very file, or now holds another shop altogether
        moved = not os.path.exists(elsewhere) or same_file or _install_id_at(elsewhere) not in (None, install_id)
        if moved:  # the same file under a new name: its record follows it
            _write_record(path, install_id, uow.pc_id)
            Path(str(other["_file"])).unlink(missing_ok=True)
            with uow.write() as tx:
                _set(tx, K_WHERE, _where(path))
            return Identity(OK, uow.pc_id, install_id, path)
        return Identity(COPIED, uow.pc_id, install_id, path, elsewhere)
    if where and where == _where(path):
        # this very file on this very computer, opened from another user's data folder (a scheduled
        # sync under another account): not a copy — a copy has another path, disk, inode or machine
        _write_record(path, install_id, uow.pc_id)
        return Identity(OK, uow.pc_id, install_id, path)
    return Identity(COPIED, uow.pc_id, install_id, path)


def require_ok(uow: UnitOfWork) -> Identity:
    found = check(uow)
    if not found.ok:
        raise IdentityMismatch(found.message())
    return found


# --- the server's token -----------------------------------------------------------------------
def tokens_for_sync(uow: UnitOfWork) -> tuple[str, str]:
    """(current, next): the next token is made fresh for each sync (a copy of the file never
    shares it) and kept in the file before the server is asked to store it, so a sync cut after
    the server stored it still matches the next time."""
    with uow.write() as tx:
        current = _get(tx, K_TOKEN)
        following = _get(tx, K_TOKEN_NEXT)
        if not following:
            following = uuid.uuid4().hex
            _set(tx, K_TOKEN_NEXT, following)
    return current, following


def accept_token(tx: Session, following: str) -> None:
    """The server now holds ``following``: it becomes the current token."""
    if _get(tx, K_TOKEN_NEXT) == following:
        _set(tx, K_TOKEN, following)
        _set(tx, K_TOKEN_NEXT, "")


def token_refused(uow: UnitOfWork) -> Identity:
    with uow.write() as tx:
        _set(tx, K_CLASH, "1")
    return check(uow)


# --- the user's choice ----------------------------------------------------------------------------
def keep_identity(uow: UnitOfWork) -> Identity:
    """ "It is the same PC": record this file's fingerprint at its place again. The server still
    compares tokens, so if the other copy synced since, the next sync is refused anyway."""
    path = path_of(uow)
    with uow.write() as tx:
        install_id = _get(tx, K_INSTALL) or uuid.uuid4().hex
        if path:
            _write_record(path, install_id, uow.pc_id)
            _set(tx, K_WHERE, _where(path))
        _set(tx, K_INSTALL, install_id)
    return check(uow)


def become_new_pc(uow: UnitOfWork, new: str, series: str, token: str) -> None:
    """Make this file the new PC ``new`` (already registered on the server with ``series`` and
    ``token``): a new installation fingerprint, every row this PC had not yet sent re-stamped under
    the new id (so it is sent, and the other copy receives it), and the pull cursor set back to 0
    so rows the other copy sent under the old id arrive here too. One local transaction."""
    old = uow.pc_id
    path = path_of(uow)
    with uow.write() as tx:
        cursor_text = _get(tx, keys.K_OUTBOX)
        cursor = int(cursor_text or 0)
        unsent: set[tuple[str, uuid.UUID]] = {
            (name, rid)
            for name, rid in tx.execute(select(SyncOutbox.table_name, SyncOutbox.row_id).where(SyncOutbox.seq > cursor))
        }
        unsent.update(
            (name, rid)
            for name, rid in tx.execute(
                select(SyncProblem.table_name, SyncProblem.row_id).where(SyncProblem.direction == "push")
            )
        )
        if cursor_text == "":  # a shop that synced before the outbox: what the old clock cursor finds
            since = int(_get(tx, keys.K_PUSH) or 0)
            for name in table_order():
                t = table(name)
                unsent.update(
                    (name, rid) for rid in tx.scalars(select(t.c.id).where(t.c.origin_pc == old, t.c.hlc > since))
                )
        _set(tx, "pc_id", new)  # first: the outbox triggers compare with it
        raw = tx.connection().exec_driver_sql
        order = table_order()
        for name, rid in sorted(unsent, key=lambda k: order.get(k[0], 0)):
            if name not in order:
                continue
            raw(
                f'UPDATE "{name}" SET origin_pc = ?, hlc = ? WHERE id = ? AND origin_pc = ?',
                (new, uow.clock.now(), sqlite_id(rid), old),
            )
        tx.execute(update(SyncProblem).where(SyncProblem.direction == "push").values(origin_pc=new))
        previous = [p for p in _get(tx, K_PREVIOUS).split(",") if p]
        _set(tx, K_PREVIOUS, ",".join([*previous, old]))
        _set(tx, K_CLASH, "")
        _set(tx, K_TOKEN, token)
        _set(tx, K_TOKEN_NEXT, "")
        _set(tx, keys.K_SERIES, series)
        _set(tx, keys.K_PULL, "0")
        install_id = uuid.uuid4().hex
        if path:
            _write_record(path, install_id, new)
            _set(tx, K_WHERE, _where(path))
        _set(tx, K_INSTALL, install_id)
    uow.pc_id = new


def new_pc_id() -> str:
    return uuid7().hex[:16]
