"""Tools menu: verify the books, back up now, restore a backup; the daily backup at start."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from erp_desktop import storage
from erp_desktop.i18n import tr
from erp_desktop.services import system
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import show_error
from erp_desktop.ui.widgets.remember import remember_geometry

log = logging.getLogger(__name__)


def install_menus(window, ctx: AppContext) -> None:
    tools = window.menu("tools")
    for text, slot in (
        (tr("Verify the books…"), lambda: run_verify(window, ctx)),
        (tr("Back up now"), lambda: run_backup(window, ctx)),
        (tr("Restore a backup…"), lambda: explain_restore(window)),
    ):
        action = QAction(text, window)
        action.triggered.connect(slot)
        tools.addAction(action)
    ctx.query(
        lambda: storage.daily_backup(ctx.uow.engine),
        lambda info: log.info("daily backup: %s", info),
        lambda exc: log.warning("daily backup failed: %s", exc),
    )


class VerifyDialog(QDialog):
    def __init__(self, checks: list[system.Check], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Verify the books"))
        self.resize(640, 400)
        self.report_edit = QPlainTextEdit(self)
        self.report_edit.setReadOnly(True)
        lines = []
        for check in checks:
            lines.append(("✔ " if check.ok else "✘ ") + check.name)
            lines.extend("    " + d for d in check.details)
        failed = sum(not c.ok for c in checks)
        lines.append("")
        lines.append(tr("{count} check(s) failed.", count=failed) if failed else tr("All checks passed."))
        self.report_edit.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report_edit)
        layout.addWidget(buttons)
        remember_geometry(self)


def run_verify(parent: QWidget, ctx: AppContext) -> None:
    def checks():
        system.require_permission(ctx.uow, system.Perm.MAINTENANCE)
        return system.run_checks(ctx.uow)

    ctx.query(
        checks,
        lambda checks: VerifyDialog(checks, parent).exec(),
        lambda exc: show_error(parent, exc),
    )


def run_backup(parent: QWidget, ctx: AppContext, target: Path | None = None) -> None:
    if target is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, tr("Back up to"), str(storage.backup_now.__defaults__ and ""), tr("Shop database (*.sqlite3)")
        )
        if not name:
            return
        target = Path(name)

    def done(info: storage.BackupInfo) -> None:
        QMessageBox.information(
            parent, tr("Backup"), tr("Backup written: {path} ({size} bytes)", path=str(info.path), size=info.size)
        )

    def backup() -> storage.BackupInfo:
        system.require_permission(ctx.uow, system.Perm.MAINTENANCE)  # a copy holds every cost and hash
        return storage.backup_to(ctx.uow.engine, target)

    ctx.query(backup, done, lambda exc: show_error(parent, exc))


def explain_restore(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        tr("Restore a backup"),
        tr(
            "Close the program, then run:\n\nerp-desktop restore BACKUP_FILE\n\nThe backup is checked first and the current file is kept aside."
        ),
    )
