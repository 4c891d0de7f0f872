"""Showing errors: a domain error is a message in the user's language; a
``ConfirmationRequired`` is a question (rerun with its key acknowledged); anything else is a bug,
logged with its traceback and shown with the log's location."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import config
from ..errors import ConfirmationRequired, ImportErrors, UserError
from ..i18n import tr

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, ImportErrors):
        lines = [exc.message] + [
            (tr("Row {row}", row=row) + (f" · {field}" if field else "") + f": {message}") if row else message
            for row, field, message in exc.problems[:30]
        ]
        if len(exc.problems) > 30:
            lines.append(tr("… and {count} more", count=len(exc.problems) - 30))
        QMessageBox.warning(parent, tr("Cannot import"), "\n".join(lines))
    elif isinstance(exc, UserError):
        QMessageBox.warning(parent, tr("Cannot do that"), exc.message)
    else:
        log.error("unexpected error", exc_info=exc)
        QMessageBox.critical(
            parent,
            tr("Something went wrong"),
            tr(
                "An unexpected error happened; nothing was saved. Details are in the log:\n{path}\n\n{error}",
                path=str(config.log_path()),
                error=repr(exc),
            ),
        )


def ask(parent: QWidget | None, question: str) -> bool:
    return QMessageBox.question(parent, tr("Please confirm"), question) == QMessageBox.StandardButton.Yes


def run_confirmable(
    parent: QWidget | None,
    call: Callable[[frozenset[str]], Any],
    on_done: Callable[[Any], None],
    submit: Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None],
) -> None:
    """Run ``call(acknowledged)`` through ``submit`` (e.g. ``ctx.write``); on a
    ``ConfirmationRequired`` ask the user and, if they agree, rerun with the key acknowledged."""

    def attempt(acknowledged: frozenset[str]) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConfirmationRequired) and exc.key not in acknowledged:
                if ask(parent, exc.message):
                    attempt(acknowledged | {exc.key})
                return
            show_error(parent, exc)

        submit(lambda: call(acknowledged), on_done, failed)

    attempt(frozenset())
