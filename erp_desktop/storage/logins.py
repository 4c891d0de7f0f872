"""Each user's own PostgreSQL login for online mode (issue 21).

Online mode (``--db postgresql+psycopg://host/shop`` with no user in the address) connects as the
user who logs in, with that user's own login ``erp_<db>_u_<name>_<hash>`` and password: the server
checks the password (SCRAM) and refuses what the user's role may not do, with the same group roles
and rules a PC's sync login has (``services/sync/roles.py``). The login is made, changed and
closed together with the user row, in the same transaction, by the owner's session, through the
server's ``erp_user_login`` (SECURITY DEFINER: the owner's user login needs no CREATEROLE). The
password reaches the server only as a SCRAM verifier computed here (libpq's own
``PQencryptPasswordConn``), never in clear. Nothing happens on SQLite or on a server without the
shop's rules (``sync-roles`` not run).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

OWNER = "owner"
# the permissions the server knows as group roles (``erp_<db>_<permission>``): the write permissions,
# and ``view_cost`` (which columns a login may read, ``services/sync/withheld.py``)
GROUP_PERMISSIONS = ("finance", "edit_prices", "sell", "buy", "stock", "edit_master", "view_cost")


def prefix_for(database: str) -> str:
    """The shop's role names start with ``erp_<database>`` (roles are global to the server)."""
    return "erp_" + re.sub(r"[^a-z0-9_]", "_", (database or "shop").lower())[:28]


def user_login(database: str, username: str) -> str:
    """The login of ``username`` on the shop's database (ASCII, at most 63 bytes, one per user)."""
    plain = re.sub(r"[^a-z0-9]", "", username.strip().lower())[:16]
    digest = hashlib.sha256(username.strip().encode()).hexdigest()[:8]
    return f"{prefix_for(database)}_u_{plain}_{digest}"


def groups_for(database: str, permissions: Iterable[str], *, owner: bool) -> list[str]:
    """The group roles a user's login joins: every login reads (``_pc``), works online
    (``_online``) and writes what its permissions allow (the owner: ``_owner``, all of them)."""
    prefix = prefix_for(database)
    groups = [f"{prefix}_pc", f"{prefix}_online"]
    if owner:
        return [*groups, f"{prefix}_{OWNER}"]
    held = set(permissions)
    return groups + [f"{prefix}_{p}" for p in GROUP_PERMISSIONS if p in held]


def online_url(url: str, username: str, password: str) -> str:
    """``url`` (a server with no user named) connecting as ``username``'s own login."""
    u = make_url(url)
    return u.set(username=user_login(u.database or "", username), password=password).render_as_string(
        hide_password=False
    )


def names_no_login(url: str) -> bool:
    """Online mode as the user who logs in: a PostgreSQL address with no user in it."""
    try:
        u = make_url(url)
    except Exception:
        return False
    return u.get_backend_name() == "postgresql" and not u.username


def _has_rules(tx: Session) -> bool:
    conn = tx.connection()
    if conn.dialect.name != "postgresql":
        return False
    return conn.execute(text("SELECT to_regproc('erp_user_login')")).scalar() is not None


def _verifier(tx: Session, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` (libpq's own, so the server takes it as is)."""
    raw = tx.connection().connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # not psycopg 3: the server hashes it (over the encrypted connection)
        return password
    return bytes(pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")).decode()


def may_manage_logins(tx: Session) -> bool:
    """Whether this session may make users' logins (the owner's: a member of ``_owner``)."""
    if not _has_rules(tx):
        return False
    database = str(tx.connection().execute(text("SELECT current_database()")).scalar())
    return bool(
        tx.connection()
        .execute(text("SELECT pg_has_role(session_user, :g, 'MEMBER')"), {"g": f"{prefix_for(database)}_{OWNER}"})
        .scalar()
    )


def keep_login(
    tx: Session,
    username: str,
    app_role: str,
    permissions: Iterable[str],
    *,
    password: str | None,
    active: bool,
) -> str | None:
    """Make or change ``username``'s login to match the user row (in the open transaction): its
    groups, its password when given (else unchanged), LOGIN or NOLOGIN (a deactivated user's open
    sessions end). Returns the login, or None where there is nothing to do (SQLite, no rules).
    Raises the server's refusal when this session is not an owner's."""
    if not _has_rules(tx):
        return None
    conn = tx.connection()
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    login = user_login(database, username)
    conn.execute(
        text("SELECT erp_user_login(:login, :username, :role, CAST(:groups AS text[]), :verifier, :active)"),
        {
            "login": login,
            "username": username,
            "role": app_role,
            "groups": groups_for(database, permissions, owner=app_role == OWNER),
            "verifier": None if password is None else _verifier(tx, login, password),
            "active": active,
        },
    )
    return login


def own_login(tx: Session, username: str) -> bool:
    """Whether this session is ``username``'s own login (online mode on a server with the rules)."""
    if not _has_rules(tx):
        return False
    conn = tx.connection()
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    return conn.execute(text("SELECT session_user")).scalar() == user_login(database, username)


def reads_hashes(tx: Session) -> bool:
    """Whether this session may read users' password hashes (SQLite, or an owner's login on the
    shared database; a PC's or a user's own login may not, ``services/sync/withheld.py``)."""
    conn = tx.connection()
    if conn.dialect.name != "postgresql":
        return True
    return bool(conn.execute(text("SELECT has_column_privilege('app_user', 'password_hash', 'SELECT')")).scalar())


def own_password_hash(tx: Session, username: str) -> str:
    """Online as ``username``'s own login: that user's hash, through the server (the only one
    this login may read); "" for anyone else."""
    conn = tx.connection()
    if not own_login(tx, username) or conn.execute(text("SELECT to_regproc('erp_own_password_hash')")).scalar() is None:
        return ""
    return str(conn.execute(text("SELECT erp_own_password_hash()")).scalar() or "")


def change_own_password(
    tx: Session, username: str, password_hash: str, password: str, *, stamp: int, hlc: int, origin_pc: str
) -> None:
    """A user's own password change, online as that user: the server writes the user row's hash
    (the row is the owner's otherwise) and the login's password (``erp_set_own_password``)."""
    conn = tx.connection()
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    conn.execute(
        text("SELECT erp_set_own_password(:h, :v, :s, :c, :o)"),
        {
            "h": password_hash,
            "v": _verifier(tx, user_login(database, username), password),
            "s": stamp,
            "c": hlc,
            "o": origin_pc,
        },
    )


# --- the online password on this PC: the OS keyring where one works, else nothing is kept -------
KEYRING_SERVICE = "erp-desktop-online"


def _keyring() -> Any:
    try:
        import keyring  # the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)

        keyring.get_keyring()
        return keyring
    except Exception:  # not installed or no backend: nothing is remembered
        return None


def _keyring_name(url: str, username: str) -> str:
    u = make_url(url)
    return f"{username.strip()}@{u.host or ''}:{u.port or 5432}/{u.database or ''}"


def remember_password(url: str, username: str, password: str) -> bool:
    """Keep ``username``'s online password in the OS keyring (the user chose to). False where no
    keyring works: then it is not kept anywhere (never in a file)."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _keyring_name(url, username), password)
        return True
    except Exception:  # a broken backend
        return False


def remembered_password(url: str, username: str) -> str | None:
    """The online password the OS keyring keeps for ``username`` on this server, if any."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        found = ring.get_password(KEYRING_SERVICE, _keyring_name(url, username))
    except Exception:
        return None
    return str(found) if found is not None else None


def forget_password(url: str, username: str) -> None:
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(KEYRING_SERVICE, _keyring_name(url, username))
        except Exception:  # nothing kept, or a broken backend
            pass


# --- what this PC's own sync login may write (kept at sync-join) ---------------------------------
SYNC_ROLE_KEY = "sync_login_role"  # local_state: the role this PC's sync login was invited for


def sync_role(tx: Session) -> str:
    """The role of this PC's sync login ("" when it never joined with an invitation: a PC on its
    own, or the owner's, which syncs with the database owner's credential)."""
    value = tx.execute(text("SELECT value FROM local_state WHERE key = :k"), {"k": SYNC_ROLE_KEY}).scalar()
    return str(value or "")


def writes_users(tx: Session) -> bool:
    """Whether a user row this PC writes may reach the shared database: not from a PC whose sync
    login is not an owner's (the server refuses it there; a change that is only this PC's, like a
    stronger hash of the same password, then stays local instead of being set aside)."""
    return sync_role(tx) in ("", OWNER)
