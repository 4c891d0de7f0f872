"""What the shared database refused, said in the user's language (issue 21).

The server's own rules (``services/sync/rules.py``) refuse with SQLSTATE 23514 and an English
message starting "refused by the shared database:", or with 42501 ("permission denied") where a
privilege is missing. ``explain`` turns either into a translated sentence that names what was
refused and why; online mode raises it as ``RefusedByServer`` (a UserError, never a traceback),
and the sync's set-aside list shows it for each refused row.
"""

from __future__ import annotations

import re

from erp_desktop.errors import UserError
from erp_desktop.i18n import N_, tr

MARK = "refused by the shared database"

# (pattern of the server's message, translated explanation); named groups fill the placeholders
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (
            r"posted (?P<table>\w+) rows are never changed or removed",
            N_("a posted {table} record is never changed or removed: a correction is a new document"),
        ),
        (
            r"(?P<table>\w+) rows are never changed or removed",
            N_("{table} is a ledger: its rows are only ever added, never changed or removed"),
        ),
        (r"(?P<table>\w+) rows are never removed", N_("{table} rows are never removed")),
        (
            r"the (?P<columns>[\w, ]+) of (?P<table>\w+) rows never change once written",
            N_("the {columns} of a {table} record never change once it is on the shared database"),
        ),
        (
            r"(?P<table>\w+) rows are only ever resolved",
            N_("{table} rows are only ever marked resolved, never changed or reopened"),
        ),
        (
            r"the login (?P<login>\S+) may not resolve (?P<table>\w+) rows",
            N_("only an owner may resolve {table} rows (the login {login} is not an owner's)"),
        ),
        (
            r"the login (?P<login>\S+) may not write (?P<table>\w+) rows",
            N_("the login {login} may not write {table} records: its role lacks the permission"),
        ),
        (
            r"the login (?P<login>\S+) may not post money documents \((?P<number>[^)]*)\)",
            N_("the login {login} may not post money documents ({number}): that needs the finance permission"),
        ),
        (
            r"(?P<date>\d{4}-\d{2}-\d{2}) is in a closed month \((?P<table>\w+) rows\)",
            N_("{date} is in a closed month: nothing posts there ({table})"),
        ),
        (
            r"only an owner may set up the login of user (?P<user>.+)",
            N_("only an owner may set up the database login of user {user}"),
        ),
        (
            r"permission denied for (?:table|relation) (?P<table>\w+)",
            N_("this login may not write {table} records"),
        ),
    )
)


def is_refusal(error: str) -> bool:
    return MARK in error or "permission denied for" in error


def explain(error: str) -> str:
    """The server's refusal ``error`` as a translated sentence, starting with "Refused by the
    shared database:"; an unknown message is kept as the server gave it."""
    for pattern, message in _RULES:
        found = pattern.search(error)
        if found:
            return tr("Refused by the shared database: {why}.", why=tr(message, **found.groupdict()))
    return error


class RefusedByServer(UserError):
    """The shared database refused a write this login may not make (online mode)."""


def refusal_of(exc: BaseException) -> RefusedByServer | None:
    """``exc`` (a DBAPIError) as a RefusedByServer when it is one of the server's refusals."""
    orig = getattr(exc, "orig", None)
    if orig is None or getattr(orig, "sqlstate", None) not in ("23514", "42501"):
        return None
    text = str(orig).splitlines()[0] if str(orig) else ""
    if not is_refusal(text):
        return None
    return RefusedByServer(explain(text))
