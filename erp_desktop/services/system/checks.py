"""The system's own checks for ``verify``: the hash chains of the audit log and the journal
(``storage.chain``), and the users' security state against what the chained audit log says the
owners did (a role raised or log-in switched off with ``sqlite3`` is reported)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.system import AppSetting, AuditLog, User
from erp_desktop.services.ledger.checks import Check
from erp_desktop.storage import chain


def _pc(tx: Session) -> str | None:
    uow = tx.info.get("uow")
    return uow.pc_id if uow is not None else None


def check_chains(tx: Session) -> Check:
    """Every PC's audit and journal chain is unbroken (and this PC's ends where it was left)."""
    details = chain.check_chains(tx, own_pc=_pc(tx), heads=tx.get_bind().dialect.name == "sqlite")
    return Check(tr("Audit log and journal unaltered (hash chains)"), not details, tuple(details[:20]))


def check_security_state(tx: Session) -> Check:
    """Each user's role and active flag, and whether log-in is required, are what the last chained
    audit record of an owner's action set them to."""
    expected: dict[str, dict] = {}
    login: bool | None = None
    rows = tx.scalars(
        select(AuditLog)
        .where(AuditLog.chain_seq > 0, AuditLog.entity.in_(("user", "app_user", "setting")))
        .order_by(AuditLog.hlc, AuditLog.origin_pc)
    )
    for row in rows:
        after = row.after or {}
        if (row.entity == "user" and row.action in ("create", "update")) or row.entity == "app_user":
            state = expected.setdefault(row.entity_id, {"active": True} if row.action == "create" else {})
            state.update({k: after[k] for k in ("role", "active") if k in after})
        elif row.entity == "setting" and row.entity_id == "login_required" and "value" in after:
            login = bool(after["value"])
    details = []
    for user in tx.scalars(select(User).order_by(User.username)):
        state = expected.get(str(user.id)) or {}
        if not state:
            continue
        for field in ("role", "active"):
            if field in state and state[field] != getattr(user, field):
                details.append(
                    tr(
                        "User {user}: {field} is {value} but no owner's action set it (the audit log says {expected}).",
                        user=user.username,
                        field=field,
                        value=getattr(user, field),
                        expected=state[field],
                    )
                )
    if login is not None:
        row = tx.scalar(select(AppSetting).where(AppSetting.key == "login_required"))
        current = None if row is None else bool(row.value)
        if current is not login:
            details.append(
                tr(
                    "Log-in at start is {value} but no owner's action set it (the audit log says {expected}).",
                    value=current,
                    expected=login,
                )
            )
    return Check(tr("Users and log-in as the owners left them"), not details, tuple(details[:20]))


CHECKS: list[Callable[[Session], Check]] = [check_chains, check_security_state]
