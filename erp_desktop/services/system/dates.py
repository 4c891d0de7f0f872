"""The shop's rule for implausible document dates: its opening date and whether such dates are
refused outright or only need a confirmation. The check itself is ``ledger.dates`` (every posting
passes it); this is where the setting is read and changed, and where the window and the command
line accept a date the user confirmed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from erp_desktop.models.system import AppSetting
from erp_desktop.services.ledger.dates import (
    SETTING_KEY,
    DateRules,
    accept_odd_date,
    allow_odd_dates,
    odd_date_of,
    plausible_range,
    reset_odd_dates,
    rules_from_value,
)
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

__all__ = [
    "DateRules",
    "accept_odd_date",
    "allow_odd_dates",
    "date_rules",
    "odd_date_of",
    "plausible_range",
    "reset_odd_dates",
    "save_date_rules",
]


def date_rules(uow: UnitOfWork) -> DateRules:
    with uow.read() as tx:
        row = tx.scalar(select(AppSetting).where(AppSetting.key == SETTING_KEY))
        return rules_from_value(row.value if row is not None else None)


def save_date_rules(uow: UnitOfWork, *, opened_on: date | None, forbid: bool) -> DateRules:
    """Store the opening date and the rule (settings permission; audited)."""
    value = {"opened_on": opened_on.isoformat() if opened_on else None, "odd_dates": "forbid" if forbid else "ask"}
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        row = tx.scalar(select(AppSetting).where(AppSetting.key == SETTING_KEY))
        before = dict(row.value) if row is not None and isinstance(row.value, dict) else {}
        if row is None:
            tx.add(AppSetting(key=SETTING_KEY, value=value))
        else:
            row.value = value
        audit.record(tx, "update", "setting", SETTING_KEY, summary="document date rules", before=before, after=value)
    return rules_from_value(value)
