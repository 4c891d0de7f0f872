"""``erp-desktop verify``: every area's invariant checks, run in one read.

Each area keeps its checks in its own ``checks.py`` with a ``CHECKS`` list; they are named here,
explicitly — nothing registers itself by being imported."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from erp_desktop.services.counter import checks as counter_checks
from erp_desktop.services.finance import checks as finance_checks
from erp_desktop.services.inventory import checks as inventory_checks
from erp_desktop.services.ledger import checks as ledger_checks
from erp_desktop.services.ledger.checks import Check
from erp_desktop.services.masterdata import checks as masterdata_checks
from erp_desktop.services.purchasing import checks as purchasing_checks
from erp_desktop.services.sales import checks as sales_checks
from erp_desktop.services.system import checks as system_checks
from erp_desktop.storage.uow import UnitOfWork

__all__ = ["Check", "all_checks", "run_checks"]

AREAS = (
    ledger_checks,
    inventory_checks,
    masterdata_checks,
    sales_checks,
    purchasing_checks,
    finance_checks,
    system_checks,
    counter_checks,
)


def all_checks() -> list[Callable[[Session], Check]]:
    """Every check of every area, the ledger's first."""
    return [check for area in AREAS for check in area.CHECKS]


def run_checks(uow: UnitOfWork) -> list[Check]:
    checks = all_checks()
    with uow.read() as tx:
        return [check(tx) for check in checks]
