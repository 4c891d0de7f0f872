"""Users, roles and permissions, enforced here in the service layer (CLI and sync obey them too).

- Passwords: ``hashlib.scrypt`` at current guidance (n=2**17, r=8, p=1, 16-byte salt, OWASP), stored
  as the self-describing string ``scrypt$131072$8$1$<salt b64>$<hash b64>``; never stored or logged
  in clear. A hash made with weaker parameters is re-made at the user's next successful log-in.
- Lock-out: 5 failed log-ins lock the user for 15 minutes on that PC (``login_attempt``, a local
  table: a wrong password never writes the synced user row).
- Security state: ``active``, ``role`` and ``password_hash`` change only here, by an owner's action
  (or a user's own password change), each stamped with its own clock value (``User.*_hlc``) that the
  sync merge compares field by field (``services.sync.roles.merge_security``).
- Roles: the built-in ``owner``, ``sales``, ``warehouse``, ``accountant``, ``buyer`` plus custom roles
  (``models.sync.Role``) with any set of ``Perm`` values.
- Log-in is off while the shop has no users (a single-user shop runs as the unrestricted
  ``SYSTEM`` actor); adding the first user (an owner) switches it on; the owner may switch it off
  (``set_login_required``) — then the program runs as that owner without asking.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, PermissionDenied, ValidationError
from erp_desktop.i18n import N_, tr, user_label
from erp_desktop.models.base import utcnow
from erp_desktop.models.sync import Role
from erp_desktop.models.system import AppSetting, LoginAttempt, User
from erp_desktop.services.sync import events as sync_events  # noqa: F401  (sync_events: deletes leave tombstones)
from erp_desktop.services.system import audit
from erp_desktop.storage import logins
from erp_desktop.storage.uow import SYSTEM, Actor, UnitOfWork, actor_of


class Perm:
    """Permission names checked by services."""

    VIEW_COST = "view_cost"  # see cost and margin
    EDIT_PRICES = "edit_prices"  # change a price away from the price list / below cost
    EDIT_MASTER = "edit_master"  # products, customers, suppliers, warehouses
    SELL = "sell"  # quotes, orders, deliveries, returns
    BUY = "buy"  # requisitions, purchase orders
    STOCK = "stock"  # receipts, issues, transfers, counts
    POST = "post"  # post documents
    APPROVE = "approve"
    FINANCE = "finance"  # receipts, payments, allocation, invoices, journal
    CLOSE_PERIOD = "close_period"
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    SYNC = "sync"  # run a sync, change its settings, restore conflicts
    VIEW_AUDIT = "view_audit"
    MAINTENANCE = "maintenance"  # back up, restore, verify, rebuild derived data


ALL = frozenset(v for k, v in vars(Perm).items() if k.isupper())
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": ALL,
    "sales": frozenset({Perm.SELL, Perm.POST, Perm.SYNC}),
    "warehouse": frozenset({Perm.STOCK, Perm.POST, Perm.SYNC}),
    "accountant": frozenset({Perm.FINANCE, Perm.POST, Perm.VIEW_COST, Perm.CLOSE_PERIOD, Perm.SYNC}),
    "buyer": frozenset({Perm.BUY, Perm.POST, Perm.VIEW_COST, Perm.SYNC}),
}
BUILTIN_ROLES = tuple(ROLE_PERMISSIONS)
PERMISSION_LABELS: dict[str, str] = {
    Perm.VIEW_COST: N_("View cost and margin"),
    Perm.EDIT_PRICES: N_("Edit prices"),
    Perm.EDIT_MASTER: N_("Edit master data"),
    Perm.SELL: N_("Sell"),
    Perm.BUY: N_("Buy"),
    Perm.STOCK: N_("Stock documents"),
    Perm.POST: N_("Post documents"),
    Perm.APPROVE: N_("Approve"),
    Perm.FINANCE: N_("Finance"),
    Perm.CLOSE_PERIOD: N_("Close periods"),
    Perm.MANAGE_USERS: N_("Manage users"),
    Perm.SETTINGS: N_("Settings"),
    Perm.SYNC: N_("Sync"),
    Perm.VIEW_AUDIT: N_("View the audit log"),
    Perm.MAINTENANCE: N_("Back up, restore and repair the shop file"),
}
ROLE_LABELS: dict[str, str] = {
    "owner": N_("Owner"),
    "sales": N_("Salesperson"),
    "warehouse": N_("Warehouse clerk"),
    "accountant": N_("Accountant"),
    "buyer": N_("Buyer"),
}

MAX_FAILURES = 5
LOCK_MINUTES = 15
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # OWASP's scrypt guidance (2**17 × 8 × 128 B = 128 MiB)
LOGIN_SETTING = "login_required"


# --- passwords ----------------------------------------------------------------------
def _maxmem(n: int, r: int, p: int) -> int:
    return 128 * n * r * p * 2 + 1024 * 1024


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=_maxmem(n, r, p))
    b64 = lambda raw: base64.b64encode(raw).decode("ascii")  # noqa: E731
    return f"scrypt${n}${r}${p}${b64(salt)}${b64(digest)}"


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with weaker parameters than today's (upgraded at log-in)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return scheme != "scrypt" or (int(n), int(r), int(p)) < (SCRYPT_N, SCRYPT_R, SCRYPT_P)
    except ValueError:
        return True


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=_maxmem(int(n), int(r), int(p)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _check_password_strength(password: str) -> None:
    if len(password) < 6:
        raise ValidationError(tr("A password needs at least 6 characters."), field="password")


# --- actors ---------------------------------------------------------------------------
def permissions_of(tx: Session, role: str) -> frozenset[str]:
    if role in ROLE_PERMISSIONS:
        return ROLE_PERMISSIONS[role]
    row = tx.scalar(select(Role).where(Role.name == role, Role.active.is_(True)))
    return frozenset(row.permissions or ()) & ALL if row is not None else frozenset()


def actor_for_user(tx: Session, user: User) -> Actor:
    return Actor(
        username=user.username, role=user.role, permissions=permissions_of(tx, user.role), user_id=str(user.id)
    )


def require(tx: Session, permission: str) -> Actor:
    """Raise PermissionDenied unless the acting user holds ``permission``."""
    actor = actor_of(tx)
    if not actor.can(permission):
        raise PermissionDenied(
            tr(
                "User {user} ({role}) may not do this ({permission}).",
                user=user_label(actor.username),
                role=tr(ROLE_LABELS[actor.role]) if actor.role in ROLE_LABELS else actor.role,
                permission=tr(PERMISSION_LABELS.get(permission, permission)),
            )
        )
    return actor


def require_permission(uow: UnitOfWork, permission: str) -> Actor:
    """``require`` for callers without a transaction (commands, the window's tools)."""
    with uow.read() as tx:
        return require(tx, permission)


def may(tx: Session, permission: str) -> bool:
    """Whether the acting user holds ``permission`` (to leave out what they may not see)."""
    return actor_of(tx).can(permission)


def _active_users(tx: Session) -> int:
    return tx.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0


def _login_setting(tx: Session) -> bool | None:
    row = tx.scalar(select(AppSetting).where(AppSetting.key == LOGIN_SETTING))
    return None if row is None else bool(row.value)


def login_required(uow: UnitOfWork) -> bool:
    """True when the program must ask who is working: users exist and log-in is not switched off."""
    with uow.read() as tx:
        if not _active_users(tx):
            return False
        return _login_setting(tx) is not False


def default_actor(uow: UnitOfWork) -> Actor:
    """Who works when log-in is off: the first active owner (or SYSTEM when there are no users)."""
    with uow.read() as tx:
        owner = tx.scalar(
            select(User).where(User.active.is_(True), User.role == "owner").order_by(User.created_at).limit(1)
        )
        return actor_for_user(tx, owner) if owner is not None else SYSTEM


def _attempts(tx: Session, username: str) -> LoginAttempt:
    row = tx.get(LoginAttempt, username)
    if row is None:
        row = LoginAttempt(username=username, failed_attempts=0)
        tx.add(row)
    return row


def _stamp(tx: Session) -> int:
    """A clock value for a security change (later than every version this PC has seen)."""
    uow = tx.info.get("uow")
    return uow.clock.now() if uow is not None else 0


def authenticate(uow: UnitOfWork, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check a log-in. Raises PermissionDenied (wrong name or password, locked, inactive). Five
    failures lock the user for 15 minutes on this PC; a success resets the count. Failures are
    counted in the local ``login_attempt`` table: the synced user row is never written by them."""
    now = now or utcnow()
    failure: str | None = None
    username = username.strip()
    with uow.as_actor(SYSTEM).write() as tx:
        user = tx.scalar(select(User).where(User.username == username))
        attempts = tx.get(LoginAttempt, username)
        if user is None or not user.active:
            failure = tr("Wrong user name or password.")
        elif attempts is not None and attempts.locked_until is not None and attempts.locked_until > now:
            minutes = max(1, int((attempts.locked_until - now).total_seconds() // 60) + 1)
            failure = tr(
                "Too many failed log-ins: {user} is locked for {minutes} more minutes.",
                user=user.username,
                minutes=minutes,
            )
        elif not (stored := _stored_hash(tx, user)):
            # the owner does not let this user sign in at this PC: the hash never came here
            failure = tr("{user} does not sign in at this PC; ask the owner.", user=user.username)
        elif not verify_password(password, stored):
            attempts = attempts or _attempts(tx, username)
            attempts.failed_attempts = (attempts.failed_attempts or 0) + 1
            if attempts.failed_attempts >= MAX_FAILURES:
                attempts.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                attempts.failed_attempts = 0
                audit.record(
                    tx, "lock", "user", user.id, summary=f"{user.username} locked after {MAX_FAILURES} failed log-ins"
                )
                failure = tr(
                    "Too many failed log-ins: {user} is locked for {minutes} more minutes.",
                    user=user.username,
                    minutes=LOCK_MINUTES,
                )
            else:
                failure = tr("Wrong user name or password.")
        else:
            if attempts is not None:
                tx.delete(attempts)
            if needs_rehash(stored):  # the same password, hashed at today's parameters
                _rehash(tx, user, password)
            if logins.may_manage_logins(tx):  # online, as an owner: the user's own login follows
                _keep_login(tx, user, password)
            actor = actor_for_user(tx, user)
    if failure is not None:
        raise PermissionDenied(failure)
    return actor


def _stored_hash(tx: Session, user: User) -> str:
    """``user``'s password hash as this session may read it: all of them on a PC's file and for an
    owner's login; online as a user's own login, only that user's (the server's rules)."""
    if logins.reads_hashes(tx):
        return user.password_hash or ""
    return logins.own_password_hash(tx, user.username)


def _rehash(tx: Session, user: User, password: str) -> None:
    """Hash the password again at today's parameters — where this session may write the user row
    (online, a user's own login may not: the owner's next log-in or password change does it)."""
    from sqlalchemy.exc import DBAPIError

    if not logins.writes_users(tx):
        # a PC whose sync login may not write users: the stronger hash stays on this PC (not a
        # new version of the row, which the server would refuse and set aside); the owner's PC or
        # an online log-in upgrades it for everyone
        tx.execute(  # Core, so the unit of work does not stamp it as a new version
            update(User)
            .where(User.id == user.id)
            .values(password_hash=hash_password(password), updated_at=User.updated_at)
            .execution_options(synchronize_session=False)
        )
        tx.refresh(user)
        return
    try:
        with tx.begin_nested():
            user.password_hash = hash_password(password)
            tx.flush()
    except DBAPIError:
        tx.refresh(user)


def _keep_login(tx: Session, user: User, password: str | None) -> None:
    """Online mode on a server with the shop's rules: the user's own database login follows the
    user row (groups of the role, password, active) — see storage/logins.py."""
    logins.keep_login(
        tx, user.username, user.role, permissions_of(tx, user.role), password=password, active=user.active
    )


def actor_for_cli(uow: UnitOfWork, username: str | None, password: str | None) -> Actor:
    """The actor for a command-line run. Log-in off: the named user (no password needed) or the
    default owner; log-in on: ``--user`` and ``ERP_PASSWORD`` are checked."""
    if not login_required(uow):
        if username:
            with uow.read() as tx:
                user = tx.scalar(select(User).where(User.username == username, User.active.is_(True)))
                if user is None:
                    raise PermissionDenied(tr("No such user: {user}.", user=username))
                return actor_for_user(tx, user)
        return default_actor(uow)
    if not username or password is None:
        raise PermissionDenied(tr("This shop requires log-in: pass --user NAME and set ERP_PASSWORD."))
    return authenticate(uow, username, password)


# --- managing users and roles ------------------------------------------------------------
@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class RoleInfo:
    name: str
    description: str
    permissions: frozenset[str]
    builtin: bool


def _user_info(user: User, locked_until: datetime | None = None) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, user.role, user.active, locked_until)


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    """Every user, with the lock-out on this PC (``locked_until``, None when not locked here)."""
    now = utcnow()
    with uow.read() as tx:
        locks = {
            a.username: a.locked_until
            for a in tx.scalars(select(LoginAttempt).where(LoginAttempt.locked_until.is_not(None)))
            if a.locked_until is not None and a.locked_until > now
        }
        return [_user_info(u, locks.get(u.username)) for u in tx.scalars(select(User).order_by(User.username))]


def list_roles(uow: UnitOfWork) -> list[RoleInfo]:
    with uow.read() as tx:
        roles = [RoleInfo(name, "", perms, True) for name, perms in ROLE_PERMISSIONS.items()]
        roles += [
            RoleInfo(r.name, r.description, frozenset(r.permissions or ()), False)
            for r in tx.scalars(select(Role).where(Role.active.is_(True)).order_by(Role.name))
        ]
        return roles


def _check_role(tx: Session, role: str) -> None:
    if (
        role not in ROLE_PERMISSIONS
        and tx.scalar(select(Role.id).where(Role.name == role, Role.active.is_(True))) is None
    ):
        raise ValidationError(tr("Unknown role: {role}.", role=role), field="role")


def _may_manage(tx: Session) -> None:
    """Managing users needs Perm.MANAGE_USERS — except creating the very first user (an owner)."""
    if _active_users(tx):
        require(tx, Perm.MANAGE_USERS)


def create_user(
    uow: UnitOfWork, username: str, password: str, *, role: str = "owner", display_name: str = ""
) -> UserInfo:
    username = username.strip()
    if not username:
        raise ValidationError(tr("A user needs a name."), field="username")
    _check_password_strength(password)
    with uow.write() as tx:
        first = not _active_users(tx)
        _may_manage(tx)
        if first and role != "owner":
            raise ValidationError(tr("The first user must be an owner."), field="role")
        _check_role(tx, role)
        if tx.scalar(select(User.id).where(User.username == username)) is not None:
            raise Duplicate(tr("User {user} already exists.", user=username), field="username")
        stamp = _stamp(tx)
        user = User(
            username=username,
            display_name=display_name.strip(),
            password_hash=hash_password(password),
            role=role,
            active=True,
            active_hlc=stamp,
            role_hlc=stamp,
            password_hlc=stamp,
        )
        tx.add(user)
        tx.flush()
        _keep_login(tx, user, password)
        audit.record(
            tx,
            "create",
            "user",
            user.id,
            summary=f"{username} ({role})",
            after={"username": username, "role": role, "display_name": user.display_name},
        )
        return _user_info(user)


def _user(tx: Session, username: str) -> User:
    user = tx.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(tr("No such user: {user}.", user=username))
    return user


def _owners_left(tx: Session, excluding: uuid.UUID) -> int:
    return (
        tx.scalar(
            select(func.count())
            .select_from(User)
            .where(User.active.is_(True), User.role == "owner", User.id != excluding)
        )
        or 0
    )


def update_user(
    uow: UnitOfWork,
    username: str,
    *,
    role: str | None = None,
    active: bool | None = None,
    display_name: str | None = None,
) -> UserInfo:
    with uow.write() as tx:
        require(tx, Perm.MANAGE_USERS)
        user = _user(tx, username)
        before = audit.snapshot(user, ["role", "active", "display_name"])
        if role is not None:
            _check_role(tx, role)
        demoting = (role is not None and role != "owner") or active is False
        if user.role == "owner" and user.active and demoting and not _owners_left(tx, user.id):
            raise ValidationError(tr("The shop needs at least one active owner."), field="role")
        if role is not None and role != user.role:
            user.role = role
            user.role_hlc = _stamp(tx)  # an owner's change: no later unrelated write undoes it
        if active is not None and active != user.active:
            user.active = active
            user.active_hlc = _stamp(tx)
        if display_name is not None:
            user.display_name = display_name.strip()
        if role is not None or active is not None:
            _keep_login(tx, user, None)
        audit.record(
            tx,
            "update",
            "user",
            user.id,
            summary=username,
            before=before,
            after=audit.snapshot(user, ["role", "active", "display_name"]),
        )
        return _user_info(user)


def set_password(uow: UnitOfWork, username: str, new_password: str, *, old_password: str | None = None) -> None:
    """An owner (MANAGE_USERS) sets anyone's password; a user changes their own with the old one."""
    _check_password_strength(new_password)
    with uow.write() as tx:
        actor = actor_of(tx)
        user = _user(tx, username)
        if not actor.can(Perm.MANAGE_USERS):
            if (
                actor.username != username
                or old_password is None
                or not verify_password(old_password, _stored_hash(tx, user))
            ):
                raise PermissionDenied(
                    tr("Only the owner can set another user's password; your own needs the old password.")
                )
        if not actor.can(Perm.MANAGE_USERS) and logins.own_login(tx, username):
            # online as oneself: the server writes the (owner-only) user row and the login's password
            uow = tx.info["uow"]
            logins.change_own_password(
                tx,
                username,
                hash_password(new_password),
                new_password,
                stamp=_stamp(tx),
                hlc=uow.clock.now(),
                origin_pc=uow.pc_id,
            )
            tx.refresh(user)
        else:
            user.password_hash = hash_password(new_password)
            user.password_hlc = _stamp(tx)
            _keep_login(tx, user, new_password)
        attempts = tx.get(LoginAttempt, username)
        if attempts is not None:
            tx.delete(attempts)
        audit.record(tx, "password", "user", user.id, summary=username)


def unlock_user(uow: UnitOfWork, username: str) -> None:
    with uow.write() as tx:
        require(tx, Perm.MANAGE_USERS)
        user = _user(tx, username)
        attempts = tx.get(LoginAttempt, username)  # lock-outs are per PC: this PC's is lifted
        if attempts is not None:
            tx.delete(attempts)
        audit.record(tx, "unlock", "user", user.id, summary=username)


def save_role(uow: UnitOfWork, name: str, permissions: set[str] | frozenset[str], *, description: str = "") -> RoleInfo:
    """Create or change a custom role."""
    name = name.strip()
    if not name:
        raise ValidationError(tr("A role needs a name."), field="name")
    if name in ROLE_PERMISSIONS:
        raise ValidationError(tr("The built-in role {role} cannot be changed.", role=name), field="name")
    unknown = set(permissions) - ALL
    if unknown:
        raise ValidationError(
            tr("Unknown permission: {permission}.", permission=", ".join(sorted(unknown))), field="permissions"
        )
    with uow.write() as tx:
        require(tx, Perm.MANAGE_USERS)
        row = tx.scalar(select(Role).where(Role.name == name))
        before = audit.snapshot(row, ["permissions", "description", "active"]) if row is not None else None
        if row is None:
            row = Role(name=name)
            tx.add(row)
        row.permissions = sorted(permissions)
        row.description = description.strip()
        row.active = True
        tx.flush()
        for user in tx.scalars(select(User).where(User.role == name)):  # online: their logins' groups
            _keep_login(tx, user, None)
        audit.record(
            tx,
            "update" if before else "create",
            "role",
            row.id,
            summary=name,
            before=before,
            after=audit.snapshot(row, ["permissions", "description", "active"]),
        )
        return RoleInfo(row.name, row.description, frozenset(row.permissions), False)


def set_login_required(uow: UnitOfWork, required: bool) -> None:
    with uow.write() as tx:
        require(tx, Perm.MANAGE_USERS)
        if required and not _active_users(tx):
            raise ValidationError(tr("Add an owner first; log-in needs at least one user."), field="login")
        row = tx.scalar(select(AppSetting).where(AppSetting.key == LOGIN_SETTING))
        before = None if row is None else bool(row.value)
        if row is None:
            row = AppSetting(key=LOGIN_SETTING, value=required)
            tx.add(row)
        else:
            row.value = required
        audit.record(
            tx,
            "update",
            "setting",
            LOGIN_SETTING,
            summary=f"log-in required: {required}",
            before={"value": before},
            after={"value": required},
        )
