"""Sync in the main window: a status-bar indicator (last sync, changes to send, conflicts, rows set
aside; a copied shop file is told at start and pauses automatic sync), Tools › Sync now (F9), and
automatic sync every few minutes while the server answers — always off the GUI thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.services import sync
from erp_desktop.services.system import Perm
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from erp_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
ALL_AREAS = frozenset({"catalog", "parties", "stock", "sales", "purchasing", "finance", "settings"})
STATUS_EVERY_MS = 60_000


def indicator_text(st: sync.SyncStatus) -> str:
    if st.online_mode:
        return tr("Online")
    if st.identity:
        return tr("Sync paused: this file is a copy — see Settings → Sync")
    if not st.configured:
        return tr("Sync: off")
    if st.last_error:
        return tr("Sync: offline · {pending} to send", pending=st.pending)
    last = st.last_sync.strftime("%H:%M") if st.last_sync else tr("never")
    text = tr("Sync {time} · {pending} to send", time=last, pending=st.pending)
    if st.conflicts:
        text += " · " + tr("{count} conflicts", count=st.conflicts)
    if st.problems:
        text += " · " + tr("{count} set aside", count=st.problems)
    return text


class SyncController(QObject):
    def __init__(self, window: MainWindow, ctx: AppContext):
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.running = False
        self.label = QLabel(window)
        self.tooltip = tr("Sync with the shared database: last sync, changes waiting to be sent, conflicts to review")
        self.label.setToolTip(self.tooltip)
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(tr("Sync now"), window)
        self.action.setText(tr("Sync now") + "\tF9")  # F9 is the keyboard contract's (keys.py)
        if hasattr(window, "fallbacks"):
            window.fallbacks["sync"] = lambda: self.action.trigger() if self.action.isEnabled() else None
        self.action.triggered.connect(lambda: self.sync(manual=True))
        self.action.setEnabled(ctx.uow.actor.can(Perm.SYNC) and ctx.uow.engine.dialect.name == "sqlite")
        window.menu("tools").addAction(self.action)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.refresh)
        self.status_timer.start(STATUS_EVERY_MS)
        self.auto_timer = QTimer(self)
        self.auto_timer.timeout.connect(lambda: self.sync(manual=False))
        self._arm_auto()
        ctx.changed.connect(lambda _areas: self.refresh())
        self.refresh()

    def _arm_auto(self) -> None:
        minutes = int(str(self.ctx.settings.value("sync/minutes", 5) or 5))
        self.auto_timer.start(max(1, minutes) * 60_000)

    def refresh(self) -> None:
        uow = self.ctx.uow
        self.ctx.query(lambda: sync.status(uow), self._show, lambda exc: log.warning("sync status: %s", exc))

    def _show(self, st: sync.SyncStatus) -> None:
        self.label.setText(indicator_text(st))
        self.label.setStyleSheet("color: #c62828;" if st.identity else "")
        self.label.setToolTip(st.identity or self.tooltip)
        self.configured = st.configured and not st.identity  # a copied file: no automatic sync
        if st.identity and not getattr(self, "told", False):
            self.told = True  # at start: say once what happened (the page offers the choice)
            self.window.statusBar().showMessage(st.identity, 60_000)

    def sync(self, *, manual: bool) -> None:
        uow = self.ctx.uow
        if self.running or not self.action.isEnabled():
            return
        if not manual and str(self.ctx.settings.value("sync/auto", "true")) != "true":
            return
        if not manual and not getattr(self, "configured", False):
            return
        from erp_desktop.ui.settings.sync import ask_sync_password

        if not manual and not sync.password_known(uow):
            return  # no keyring and not asked yet: the automatic sync waits for a manual one
        if manual and not ask_sync_password(self.window, uow):
            return
        self.running = True
        self.label.setText(tr("Syncing…"))

        def done(result: sync.SyncResult) -> None:
            self.running = False
            self._arm_auto()
            if result.pulled or result.conflicts:
                self.ctx.changed.emit(ALL_AREAS)
            self.refresh()
            if result.alerts:
                QMessageBox.warning(self.window, tr("Sync"), "\n".join(result.alerts[:10]))
            elif manual:
                text = tr(
                    "Sync done: {pulled} received, {pushed} sent, {conflicts} conflicts.",
                    pulled=result.pulled,
                    pushed=result.pushed,
                    conflicts=result.conflicts,
                )
                if result.set_aside:
                    text += " " + tr(
                        "{count} rows set aside (one side refused them): see Settings → Sync.", count=result.set_aside
                    )
                self.window.statusBar().showMessage(text, 8000)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.refresh()
            if manual:
                show_error(self.window, exc)
            elif not isinstance(exc, UserError):
                log.warning("automatic sync failed", exc_info=exc)

        self.ctx.query(lambda: sync.sync_now(uow), done, failed)


def install_menus(window, ctx: AppContext) -> None:
    window.sync_controller = SyncController(window, ctx)
