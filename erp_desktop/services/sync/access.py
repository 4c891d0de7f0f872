"""What the owner's PC and a joining PC call, with the acting user's permissions: the shop's
roles on the shared database, invitations, joining, revoking, the list of PCs (``roles`` holds
the server side; this module adds the unit of work and the saved settings)."""

from __future__ import annotations

from collections.abc import Iterable

from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.storage.uow import UnitOfWork

from .roles import (
    LoginRow,
    accept,
    decode_invitation,
    encode_invitation,
    install,
    invite,
    list_logins,
    list_refusals,
    revoke,
)


def _owner_engine(uow: UnitOfWork, url: str | None):
    from erp_desktop.services.system.auth import Perm, require

    from .engine import configured_url
    from .server import make_server_engine

    with uow.read() as tx:
        require(tx, Perm.MANAGE_USERS)  # who may join the shop's database is the owner's to decide
    return make_server_engine(url or configured_url(uow))


def setup_roles(uow: UnitOfWork, url: str | None = None) -> str:
    """``sync-roles``: with the database owner's credential, create the shop's roles and rules."""
    engine = _owner_engine(uow, url)
    try:
        return install(engine)
    finally:
        engine.dispose()


def invite_pc(
    uow: UnitOfWork,
    pc_name: str,
    app_role: str,
    *,
    hours: int = 48,
    url: str | None = None,
    users: Iterable[str] = (),
) -> str:
    """``sync-invite``: a new PC's login and the one-time code to join with (valid ``hours``);
    ``users`` sign in there (only their password hashes reach it; an owner's PC gets all)."""
    from sqlalchemy.engine import make_url

    engine = _owner_engine(uow, url)
    try:
        invitation = invite(engine, pc_name, app_role, hours=hours, users=users)
        u = make_url(engine.url)
        return encode_invitation(invitation, u.host or "127.0.0.1", u.port or 5432, u.database or "")
    finally:
        engine.dispose()


def set_pc_users(uow: UnitOfWork, login: str, users: Iterable[str], *, url: str | None = None) -> list[str]:
    """``sync-pc-users``: the users who sign in at the PC ``login`` from now on (their password
    hashes reach that PC at its next sync; the others' are removed from its file there)."""
    from .withheld import set_users_at_pc

    engine = _owner_engine(uow, url)
    try:
        return set_users_at_pc(engine, login, users)
    finally:
        engine.dispose()


def revoke_pc(uow: UnitOfWork, login: str, *, url: str | None = None) -> None:
    engine = _owner_engine(uow, url)
    try:
        revoke(engine, login)
    finally:
        engine.dispose()


def pc_logins(uow: UnitOfWork, *, url: str | None = None) -> tuple[list[LoginRow], list[tuple]]:
    """The PCs' (and online users') logins (role, joined, revoked, refused pushes) and the latest
    refusals, each said in the user's language (``storage.refusals.explain``)."""
    from erp_desktop.storage.refusals import explain

    engine = _owner_engine(uow, url)
    try:
        return list_logins(engine), [(*r[:4], explain(str(r[4]))) for r in list_refusals(engine)]
    finally:
        engine.dispose()


def join_with_invitation(uow: UnitOfWork, code: str, new_password: str, *, sslmode: str = "prefer") -> str:
    """``sync-join``: connect with the invitation, set this PC's own password (the invitation is
    used up), save the connection with this PC's login. Returns the role the PC was invited for."""
    from sqlalchemy.engine import URL

    from .engine import SyncSettings, save_settings
    from .server import make_server_engine

    data = decode_invitation(code)
    if len(new_password) < 10:
        raise UserError(tr("Choose a password of at least 10 characters for this PC's login."))
    url = URL.create(
        "postgresql+psycopg",
        username=data["l"],
        password=data["pw"],
        host=data["h"],
        port=int(data["p"]),
        database=data["d"],
        query={"sslmode": sslmode},
    )
    engine = make_server_engine(url.render_as_string(hide_password=False))
    try:
        role = accept(engine, new_password)
    except Exception as exc:
        raise UserError(
            tr("The invitation was refused ({reason}). Ask the owner for a new one.", reason=str(exc).splitlines()[0])
        ) from exc
    finally:
        engine.dispose()
    save_settings(
        uow,
        SyncSettings(host=data["h"], port=int(data["p"]), database=data["d"], user=data["l"], sslmode=sslmode),
        new_password,
    )
    _keep_sync_role(uow, role)
    return role


def _keep_sync_role(uow: UnitOfWork, role: str) -> None:
    """Remember what this PC's login was invited for: a PC whose login may not write users keeps
    its own user-row changes local (``storage.logins.writes_users``)."""
    from erp_desktop.models.system import LocalState
    from erp_desktop.storage.logins import SYNC_ROLE_KEY

    with uow.write() as tx:
        row = tx.get(LocalState, SYNC_ROLE_KEY)
        if row is None:
            tx.add(LocalState(key=SYNC_ROLE_KEY, value=role))
        else:
            row.value = role
