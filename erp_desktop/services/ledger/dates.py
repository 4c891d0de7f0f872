"""Plausible document dates: the one check every posting passes (``ensure_period_open`` calls it,
and every document kind posts through that — journal entries, stock moves, money, allocations).

A date before the shop's opening date (or, when none is set, more than ten years back) or more
than a year ahead — year 1 and 9999 typed by mistake — needs a confirmation: the window asks and
reruns with the date accepted, the command line needs ``--allow-odd-date``. The shop's setting
(``AppSetting['document_dates']``: ``{"opened_on": "YYYY-MM-DD", "odd_dates": "ask"|"forbid"}``)
may forbid such dates altogether.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ConfirmationRequired, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.system import AppSetting
from erp_desktop.storage.fastsql import Prepared
from erp_desktop.storage.txcache import tx_cache

SETTING_KEY = "document_dates"
ODD_DATE_KEY = "odd-date:"  # + the ISO date: the ConfirmationRequired key
FALLBACK_YEARS_BACK = 10
AHEAD_DAYS = 365

_lock = threading.Lock()
_allow_all = False
_accepted: set[date] = set()


@dataclass(frozen=True)
class DateRules:
    opened_on: date | None = None
    forbid: bool = False  # odd dates are refused outright (no confirmation)


def rules_from_value(value: object) -> DateRules:
    if not isinstance(value, dict):
        return DateRules()
    opened = value.get("opened_on")
    try:
        opened_on = date.fromisoformat(opened) if isinstance(opened, str) and opened else None
    except ValueError:
        opened_on = None
    return DateRules(opened_on, value.get("odd_dates") == "forbid")


_RULES = Prepared(select(AppSetting.__table__.c.value).where(AppSetting.__table__.c.key == bindparam("key")))


def load_rules(tx: Session) -> DateRules:
    cache = tx_cache(tx, "date_rules", [AppSetting.__table__])
    if "value" not in cache:
        flush_pending(tx)
        cache = tx_cache(tx, "date_rules", [AppSetting.__table__])
        cache["value"] = rules_from_value(_RULES.scalar(tx, {"key": SETTING_KEY}))
    rules: DateRules = cache["value"]
    return rules


# the setting's value as a scalar subquery, for a caller that reads it with other values in one
# statement (``journal.ensure_period_open``) and hands it to ``keep_rules``
RULES_VALUE = select(AppSetting.__table__.c.value).where(AppSetting.__table__.c.key == SETTING_KEY).scalar_subquery()


def flush_pending(tx: Session) -> None:
    """What an ORM query would do first: the prepared read sees pending changes."""
    if tx.autoflush and (tx.new or tx.dirty or tx.deleted):
        tx.flush()


def rules_loaded(tx: Session) -> bool:
    return "value" in tx_cache(tx, "date_rules", [AppSetting.__table__])


def keep_rules(tx: Session, value: object) -> None:
    """Cache the rules read from ``RULES_VALUE`` (after ``flush_pending``) for the transaction."""
    tx_cache(tx, "date_rules", [AppSetting.__table__])["value"] = rules_from_value(value)


def plausible_range(rules: DateRules, today: date | None = None) -> tuple[date, date]:
    today = today or date.today()
    low = rules.opened_on or date(max(1, today.year - FALLBACK_YEARS_BACK), 1, 1)
    high = today + timedelta(days=AHEAD_DAYS)
    return low, high


def allow_odd_dates(allowed: bool = True) -> None:
    """Accept every odd date in this process (``--allow-odd-date`` on the command line)."""
    global _allow_all
    with _lock:
        _allow_all = allowed


def accept_odd_date(day: date) -> None:
    """The user confirmed ``day`` (the window asks once per date and session)."""
    with _lock:
        _accepted.add(day)


def reset_odd_dates() -> None:
    global _allow_all
    with _lock:
        _allow_all = False
        _accepted.clear()


def odd_date_of(key: str) -> date | None:
    """The date a ConfirmationRequired key asks about (None for other keys)."""
    if not key.startswith(ODD_DATE_KEY):
        return None
    try:
        return date.fromisoformat(key[len(ODD_DATE_KEY) :])
    except ValueError:
        return None


def check_document_date(tx: Session, on: date) -> None:
    """Refuse (setting: forbid) or ask to confirm a date outside the plausible range."""
    day = on.date() if isinstance(on, datetime) else on
    if not isinstance(day, date):
        return
    rules = load_rules(tx)
    low, high = plausible_range(rules)
    if low <= day <= high:
        return
    if rules.opened_on is not None and day < rules.opened_on:
        why = tr("before the shop's opening date {opened}", opened=rules.opened_on.isoformat())
    elif day < low:
        why = tr("more than {years} years back", years=FALLBACK_YEARS_BACK)
    else:
        why = tr("more than a year ahead")
    if rules.forbid:
        raise ValidationError(
            tr(
                "The date {date} is {why}; this shop's settings do not allow such dates (allowed: {low} to {high}).",
                date=day.isoformat(),
                why=why,
                low=low.isoformat(),
                high=high.isoformat(),
            ),
            field="date",
        )
    with _lock:
        if _allow_all or day in _accepted:
            return
    raise ConfirmationRequired(
        ODD_DATE_KEY + day.isoformat(),
        tr("The date {date} is {why}. Is it really meant? Post it with this date?", date=day.isoformat(), why=why),
    )
