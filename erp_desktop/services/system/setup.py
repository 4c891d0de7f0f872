"""Opening a shop: migrate, seed reference data, hand back a unit of work."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Engine

from erp_desktop.models.parties import WALK_IN_CUSTOMER_ID
from erp_desktop.services.finance.chart import seed_chart
from erp_desktop.services.ledger.stock import ensure_virtual_locations
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import SYSTEM, Actor, UnitOfWork


def ensure_reference_data(uow: UnitOfWork) -> None:
    """Seed what every shop needs (idempotent): virtual locations, the chart of accounts."""
    with uow.write() as tx:
        ensure_virtual_locations(tx)
        seed_chart(tx)


# 散客: the walk-in customer of every new shop. One fixed id, so two PCs that each set up the same
# shop make the same row and sync merges it instead of reporting a duplicate code.
WALK_IN_ID = WALK_IN_CUSTOMER_ID
WALK_IN_CODE = "C0000"
WALK_IN_NAME = "散客"


def ensure_walk_in_customer(uow: UnitOfWork) -> uuid.UUID:
    """The walk-in customer (散客: retail, paid on the spot, no credit terms); created once for
    a new shop, left alone when it exists (or its code is taken, when that customer is used)."""
    from sqlalchemy import select

    from erp_desktop.models.parties import Customer

    with uow.write() as tx:
        if tx.get(Customer, WALK_IN_ID) is not None:
            return WALK_IN_ID
        taken = tx.scalar(select(Customer.id).where(Customer.code == WALK_IN_CODE))
        if taken is not None:
            return taken
        tx.add(
            Customer(
                id=WALK_IN_ID,
                code=WALK_IN_CODE,
                name=WALK_IN_NAME,
                tier="零售",
                channel="门店",
                payment_terms_days=0,
                notes="门店零售、现款现货的顾客（系统默认）",
            )
        )
        return WALK_IN_ID


def open_online_shop(url: str, username: str, password: str) -> UnitOfWork:
    """Online mode as the user's own database login (``storage/logins.py``): the server checks
    the password and what the user's role may do. Raises UserError, saying why the server would
    not let the user in. The caller still logs the user in (``authenticate``)."""
    from sqlalchemy.exc import OperationalError

    from erp_desktop.errors import UserError
    from erp_desktop.i18n import tr
    from erp_desktop.storage.logins import online_url

    try:
        return open_shop(online_url(url, username, password), create=False)
    except OperationalError as exc:
        reason = str(getattr(exc, "orig", exc))
        if "not permitted to log in" in reason:
            raise UserError(
                tr("The shared database does not let {user} log in: the owner has deactivated the user.", user=username)
            ) from exc
        if "password authentication failed" in reason or "does not exist" in reason:
            raise UserError(
                tr(
                    "The shared database refused the log-in of {user}: wrong password, or the user has no login "
                    "there yet (the owner sets the user's password once in online mode).",
                    user=username,
                )
            ) from exc
        raise UserError(tr("Cannot reach the shared database: {error}", error=reason.splitlines()[0])) from exc


def open_shop(target: str | Path | None = None, *, actor: Actor = SYSTEM, create: bool = True) -> UnitOfWork:
    """Open (migrating as needed) the shop database at ``target``; a missing file is created
    only when ``create``. An empty or damaged file raises ShopFileError (never replaced)."""
    engine: Engine = db.open_engine(target, create=create)
    uow = UnitOfWork(engine, actor)
    ensure_reference_data(uow)
    return uow
