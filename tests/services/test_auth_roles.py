"""Users, roles, log-in and lock-out, permissions per role — at the service level."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from erp_desktop.errors import Duplicate, PermissionDenied, ValidationError
from erp_desktop.models.base import utcnow
from erp_desktop.models.system import AuditLog, LoginAttempt, User
from erp_desktop.services.system import auth
from erp_desktop.services.system import queries as audit  # the audit log viewer
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.uow import SYSTEM


def _owner(uow):
    auth.create_user(uow, "boss", "secret-1", role="owner")
    return uow.as_actor(auth.authenticate(uow, "boss", "secret-1"))


def test_password_hash_is_scrypt_and_never_clear(uow):
    stored = auth.hash_password("p@ss-word")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "131072", "8", "1")
    assert len(__import__("base64").b64decode(salt)) == 16
    assert "p@ss-word" not in stored
    assert auth.verify_password("p@ss-word", stored)
    assert not auth.verify_password("p@ss-wore", stored)
    assert auth.hash_password("p@ss-word") != stored  # salted
    auth.create_user(uow, "boss", "p@ss-word")
    with uow.read() as tx:
        stored_hash = tx.scalar(select(User.password_hash))
        logs = [(str(log.before), str(log.after), log.summary) for log in tx.scalars(select(AuditLog))]
    assert stored_hash.startswith("scrypt$") and "p@ss-word" not in stored_hash
    assert logs and all("p@ss-word" not in "".join(log) for log in logs)


def test_login_off_without_users_and_on_after_first_owner(uow):
    assert auth.login_required(uow) is False
    assert auth.actor_for_cli(uow, None, None) is SYSTEM
    with pytest.raises(ValidationError):
        auth.create_user(uow, "clerk", "secret-1", role="sales")  # the first user must be an owner
    owner = _owner(uow)
    assert auth.login_required(uow) is True
    with pytest.raises(PermissionDenied):
        auth.actor_for_cli(uow, None, None)
    assert auth.actor_for_cli(uow, "boss", "secret-1").username == "boss"
    with pytest.raises(PermissionDenied):
        auth.actor_for_cli(uow, "boss", "wrong-pass")
    auth.set_login_required(owner, False)
    assert auth.login_required(uow) is False
    assert auth.actor_for_cli(uow, None, None).username == "boss"  # the default owner


def test_lockout_after_five_failures_for_fifteen_minutes(uow):
    _owner(uow)
    for _ in range(4):
        with pytest.raises(PermissionDenied, match="Wrong user name or password"):
            auth.authenticate(uow, "boss", "nope")
    with pytest.raises(PermissionDenied, match="locked for 15"):
        auth.authenticate(uow, "boss", "nope")
    with pytest.raises(PermissionDenied, match="locked"):  # even the right password is refused now
        auth.authenticate(uow, "boss", "secret-1")
    later = utcnow() + timedelta(minutes=16)
    assert auth.authenticate(uow, "boss", "secret-1", now=later).username == "boss"
    with uow.read() as tx:
        assert tx.scalar(select(LoginAttempt)) is None  # the count lives per PC, not in the user row
        assert tx.scalar(select(AuditLog.action).where(AuditLog.action == "lock")) == "lock"


def test_unknown_user_and_inactive_user_cannot_log_in(uow):
    owner = _owner(uow)
    auth.create_user(owner, "amy", "secret-2", role="sales")
    auth.update_user(owner, "amy", active=False)
    with pytest.raises(PermissionDenied):
        auth.authenticate(uow, "amy", "secret-2")
    with pytest.raises(PermissionDenied):
        auth.authenticate(uow, "ghost", "secret-2")


@pytest.mark.parametrize(
    "role, allowed, denied",
    [
        ("owner", set(auth.ALL), set()),
        (
            "sales",
            {Perm.SELL, Perm.POST},
            {Perm.VIEW_COST, Perm.EDIT_PRICES, Perm.MANAGE_USERS, Perm.CLOSE_PERIOD, Perm.FINANCE, Perm.STOCK},
        ),
        ("warehouse", {Perm.STOCK, Perm.POST}, {Perm.VIEW_COST, Perm.SELL, Perm.FINANCE, Perm.MANAGE_USERS}),
        (
            "accountant",
            {Perm.FINANCE, Perm.POST, Perm.VIEW_COST, Perm.CLOSE_PERIOD},
            {Perm.SELL, Perm.STOCK, Perm.MANAGE_USERS, Perm.APPROVE},
        ),
        (
            "buyer",
            {Perm.BUY, Perm.POST, Perm.VIEW_COST},
            {Perm.SELL, Perm.FINANCE, Perm.MANAGE_USERS, Perm.CLOSE_PERIOD},
        ),
    ],
)
def test_require_per_role(uow, role, allowed, denied):
    owner = _owner(uow)
    if role != "owner":
        auth.create_user(owner, "u1", "secret-9", role=role)
    name, password = ("u1", "secret-9") if role != "owner" else ("boss", "secret-1")
    actor = auth.authenticate(uow, name, password)
    as_user = uow.as_actor(actor)
    with as_user.read() as tx:
        for permission in allowed:
            assert auth.require(tx, permission).username == name
        for permission in denied:
            with pytest.raises(PermissionDenied):
                auth.require(tx, permission)
    assert actor.can(Perm.MANAGE_USERS) is (role == "owner")


def test_only_manage_users_may_manage_users_and_audit(uow):
    owner = _owner(uow)
    auth.create_user(owner, "amy", "secret-2", role="sales")
    amy = uow.as_actor(auth.authenticate(uow, "amy", "secret-2"))
    with pytest.raises(PermissionDenied):
        auth.create_user(amy, "eve", "secret-3", role="owner")
    with pytest.raises(PermissionDenied):
        auth.update_user(amy, "amy", role="owner")
    with pytest.raises(PermissionDenied):
        auth.set_password(amy, "boss", "hijacked")
    with pytest.raises(PermissionDenied):
        audit.list_audit(amy)
    auth.set_password(amy, "amy", "newer-pass", old_password="secret-2")  # own password with the old one
    assert auth.authenticate(uow, "amy", "newer-pass").role == "sales"
    with pytest.raises(Duplicate):
        auth.create_user(owner, "amy", "secret-2", role="sales")
    with pytest.raises(ValidationError, match="at least one active owner"):
        auth.update_user(owner, "boss", role="sales")


def test_custom_role_grants_exactly_its_permissions(uow):
    owner = _owner(uow)
    auth.save_role(owner, "cashier", {Perm.FINANCE, Perm.SELL}, description="counter cash")
    auth.create_user(owner, "cat", "secret-4", role="cashier")
    actor = auth.authenticate(uow, "cat", "secret-4")
    assert actor.permissions == frozenset({Perm.FINANCE, Perm.SELL})
    with uow.as_actor(actor).read() as tx:
        auth.require(tx, Perm.FINANCE)
        with pytest.raises(PermissionDenied):
            auth.require(tx, Perm.VIEW_COST)
    auth.save_role(owner, "cashier", {Perm.SELL})
    assert auth.authenticate(uow, "cat", "secret-4").permissions == frozenset({Perm.SELL})
    with pytest.raises(ValidationError):
        auth.save_role(owner, "sales", {Perm.SELL})  # built-in
    with pytest.raises(ValidationError):
        auth.save_role(owner, "odd", {"fly"})
    assert [r.name for r in auth.list_roles(uow)][-1] == "cashier"


def test_audit_log_records_user_edits_with_before_after_and_filters(uow, tmp_path):
    owner = _owner(uow)
    auth.create_user(owner, "amy", "secret-2", role="sales")
    auth.update_user(owner, "amy", role="warehouse", display_name="Amy W")
    page = audit.list_audit(owner)
    latest = page.rows[0]
    assert (latest.action, latest.entity, latest.user_name) == ("update", "user", "boss")
    assert latest.before == {"role": "sales", "display_name": ""} and latest.after == {
        "role": "warehouse",
        "display_name": "Amy W",
    }
    assert "role: sales → warehouse" in latest.changes
    only_creates = audit.list_audit(owner, audit_filter=audit.AuditFilter(action="create"))
    assert [r.summary for r in only_creates.rows] == ["amy (sales)", "boss (owner)"]
    assert audit.list_audit(owner, audit_filter=audit.AuditFilter(text="warehouse")).rows == []
    assert audit.audit_choices(owner)["entity"] == ["user"]
    path = tmp_path / "audit.xlsx"
    assert audit.export_audit(owner, path) == len(audit.list_audit(owner).rows)
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Time", "User", "Action"]
    assert values[1][1:4] == ["boss", "Changed", "User"]  # the words, not the codes
