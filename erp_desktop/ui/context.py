"""What every screen needs: the shop (unit of work), the task runner, settings and the
``changed`` signal that tells open lists, forms and dashboards which areas to refresh after a write.

``changed`` is the one app-level "data changed" signal. ``write`` emits it after every
successful write, with the areas the write touched *and* the areas that show what it changed
(``IMPLIED``: a receipt is a finance write, but sales orders show 已收 and purchase orders 已付).
Screens subscribe with ``refresh_on(widget, areas, slot)``: the slot runs at once while the
widget is visible, else once when it is next shown, and never after the widget is gone."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

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
    ALL = frozenset({"catalog", "parties", "stock", "sales", "purchasing", "finance", "settings"})


# What a write in one area changes on the screens of others.
IMPLIED: dict[str, frozenset[str]] = {
    Area.FINANCE: frozenset({Area.SALES, Area.PURCHASING}),  # paid / owed on orders and deliveries
    Area.STOCK: frozenset({Area.SALES, Area.PURCHASING}),  # availability on open orders
    Area.SETTINGS: frozenset({Area.FINANCE}),  # accounts, company details on printouts
}


def expand(areas: Iterable[str]) -> frozenset[str]:
    """``areas`` plus what they imply (one step: implied areas imply nothing more)."""
    given = frozenset(areas)
    return given.union(*(IMPLIED.get(a, frozenset()) for a in given))


class _ShowWatcher(QObject):
    """Runs a deferred refresh once when its widget is shown again."""

    def __init__(self, widget: QWidget, slot: Callable[[], Any]):
        super().__init__(widget)
        self.slot = slot
        self.stale = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.slot()
        return False


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
        """Run a writing service call; on success emit ``changed`` (the areas and what they
        imply) then call ``on_done``."""
        areas = expand(areas)

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

    def refresh_on(self, widget: QWidget, areas: Iterable[str], slot: Callable[[], Any]) -> None:
        """Call ``slot`` after a write touching any of ``areas``: at once if ``widget`` is
        visible, else when it is next shown. Disconnects itself when the widget is destroyed."""
        wanted = frozenset(areas)
        watcher = _ShowWatcher(widget, slot)

        def on_changed(changed) -> None:
            if not wanted & set(changed):
                return
            try:
                visible = widget.isVisible()
            except RuntimeError:  # the C++ widget is gone
                return
            if visible:
                slot()
            else:
                watcher.stale = True

        self.changed.connect(on_changed)
        widget.destroyed.connect(lambda *_: self._disconnect(on_changed))

    def _disconnect(self, slot) -> None:
        try:
            self.changed.disconnect(slot)
        except (RuntimeError, TypeError):
            pass
