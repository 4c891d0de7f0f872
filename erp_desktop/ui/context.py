"""What every screen needs: the shop (unit of work), the task runner, settings and the
``changed`` signal that tells open lists and dashboards which areas to refresh after a write."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from erp_desktop.storage import UnitOfWork

from .tasks import SyncRunner, TaskRunner


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

        self.runner.run_write(fn, done, on_error)
