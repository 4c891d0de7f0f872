"""What every screen needs: the shop (unit of work), the task runner, settings and the
``changed`` signal that tells open lists and dashboards which areas to refresh after a write."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from erp_desktop.storage import UnitOfWork

from .tasks import SyncRunner, TaskRunner

log = logging.getLogger(__name__)


class Area:
    CATALOG = "catalog"
    PARTIES = "parties"
    STOCK = "stock"
    SALES = "sales"
    PURCHASING = "purchasing"
    FINANCE = "finance"
    SETTINGS = "settings"


class AppContext(QObject):
    changed = Signal(object)  # frozenset of Area names

    def __init__(
        self, uow: UnitOfWork, runner: TaskRunner | SyncRunner | None = None, settings: QSettings | None = None
    ):
        super().__init__()
        self.uow = uow
        self.runner = runner if runner is not None else TaskRunner(self)
        self.settings = settings if settings is not None else QSettings("erp-desktop", "erp-desktop")

    def query(self, fn: Callable[[], Any], on_done, on_error=None) -> None:
        self.runner.run_query(fn, on_done, on_error)

    def write(self, fn: Callable[[], Any], on_done, on_error=None, *, areas: Iterable[str] = ()) -> None:
        """Run a writing service call; on success emit ``changed(areas)`` then call ``on_done``."""
        areas = frozenset(areas)

        def done(result):
            if areas:
                self.changed.emit(areas)
            on_done(result)

        def failed(exc: BaseException) -> None:
            # an implausible document date (year 1, 9999, before the shop opened): ask, then
            # rerun with that date accepted — every posting of every screen passes here
            from erp_desktop.errors import ConfirmationRequired
            from erp_desktop.services import system

            day = system.odd_date_of(exc.key) if isinstance(exc, ConfirmationRequired) else None
            if isinstance(exc, ConfirmationRequired) and day is not None:
                from .errors import ask

                if ask(None, exc.message):
                    system.accept_odd_date(day)
                    self.write(fn, on_done, on_error, areas=areas)
                return
            if on_error is not None:
                on_error(exc)
            elif isinstance(self.runner, SyncRunner):
                raise exc
            else:
                log.error("background task failed", exc_info=exc)

        self.runner.run_write(fn, done, failed)
