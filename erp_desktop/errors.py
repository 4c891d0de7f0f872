"""Domain errors. Every error a user can meet carries a message already translated
into the user's language (see ``erp_desktop.i18n``); anything else is a bug.

Leaf module: imports nothing else of ours except ``i18n``.
"""

from __future__ import annotations


class ErpError(Exception):
    """Base of all our errors."""


class UserError(ErpError):
    """An error whose message is fit to show to the user as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(UserError):
    """Bad input. ``field`` names the field (and ``row`` the row of an import)."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.field = field
        self.row = row


class ImportErrors(UserError):
    """An import refused as a whole; ``problems`` lists every bad row (row, field, message)."""

    def __init__(self, message: str, problems: list[tuple[int | None, str | None, str]]):
        super().__init__(message)
        self.problems = problems


class NotFound(UserError):
    pass


class Duplicate(ValidationError):
    pass


class InvalidTransition(UserError):
    pass


class InsufficientStock(UserError):
    pass


class UnbalancedEntry(UserError):
    pass


class PeriodClosed(UserError):
    pass


class ConcurrencyError(UserError):
    pass


class PermissionDenied(UserError):
    pass


class ShopFileError(UserError):
    """The shop file is missing, empty, damaged or locked (``kind``); nothing was changed. The
    message says how to get the books back (restore a backup)."""

    def __init__(self, kind: str, path: object, message: str):
        super().__init__(message)
        self.kind = kind
        self.path = path


class ConfirmationRequired(UserError):
    """A warning the user may accept: the UI asks, then reruns with ``key`` acknowledged."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key
