"""Opening a shop: migrate, seed reference data, hand back a unit of work."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from erp_desktop.services.finance.chart import seed_chart
from erp_desktop.services.ledger.stock import ensure_virtual_locations
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import SYSTEM, Actor, UnitOfWork


def ensure_reference_data(uow: UnitOfWork) -> None:
    """Seed what every shop needs (idempotent): virtual locations, the chart of accounts."""
    with uow.write() as tx:
        ensure_virtual_locations(tx)
        seed_chart(tx)


def open_shop(target: str | Path | None = None, *, actor: Actor = SYSTEM, create: bool = True) -> UnitOfWork:
    """Open (migrating as needed) the shop database at ``target``; a missing file is created
    only when ``create``. An empty or damaged file raises ShopFileError (never replaced)."""
    engine: Engine = db.open_engine(target, create=create)
    uow = UnitOfWork(engine, actor)
    ensure_reference_data(uow)
    return uow
