"""Tools menu: verify the books, back up now, restore a backup; the daily backup at start; and
opening the shop at start without ever replacing a missing, empty or damaged file silently."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop import storage
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.services import system
from erp_desktop.storage import UnitOfWork
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.errors import ask, show_error
from erp_desktop.ui.widgets.date_edit import DateEdit
from erp_desktop.ui.widgets.remember import remember_geometry

log = logging.getLogger(__name__)


def install_menus(window, ctx: AppContext) -> None:
    tools = window.menu("tools")
    for text, slot in (
        (tr("Verify the books…"), lambda: run_verify(window, ctx)),
        (tr("Back up now"), lambda: run_backup(window, ctx)),
        (tr("Restore a backup…"), lambda: restore_from_window(window, ctx)),
        (tr("Document dates…"), lambda: DateRulesDialog(ctx, window).exec()),
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


class DateRulesDialog(QDialog):
    """The shop's opening date and whether implausible document dates are refused outright
    (otherwise every posting asks once per such date)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Document dates"))
        rules = system.date_rules(ctx.uow)
        self.has_opening = QCheckBox(tr("The shop opened on"), self)
        self.opened_edit = DateEdit(self)
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setDisplayFormat("yyyy-MM-dd")
        day = rules.opened_on
        self.has_opening.setChecked(day is not None)
        self.opened_edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.opened_edit.setEnabled(day is not None)
        self.has_opening.toggled.connect(self.opened_edit.setEnabled)
        self.forbid_box = QCheckBox(tr("Refuse dates outside the plausible range (do not ask)"), self)
        self.forbid_box.setChecked(rules.forbid)
        low, high = system.plausible_range(rules)
        self.range_label = QLabel(
            tr("Plausible document dates: {low} to {high}", low=low.isoformat(), high=high.isoformat()), self
        )
        form = QFormLayout()
        form.addRow(self.has_opening, self.opened_edit)
        form.addRow(self.forbid_box)
        form.addRow(self.range_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        qd = self.opened_edit.date()
        from datetime import date

        opened = date(qd.year(), qd.month(), qd.day()) if self.has_opening.isChecked() else None
        forbid = self.forbid_box.isChecked()
        self.ctx.write(
            lambda: system.save_date_rules(self.ctx.uow, opened_on=opened, forbid=forbid),
            lambda _rules: self.accept(),
            lambda exc: show_error(self, exc),
        )


class OwnerLoginDialog(QDialog):
    """The owner's name and password for a restore (checked by ``system.restore_shop``)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Restore a backup"))
        self.setMinimumWidth(380)
        note = QLabel(tr("Restoring replaces the books: the shop's owner must log in."), self)
        note.setWordWrap(True)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("User"), self.user_edit)
        form.addRow(tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)


def ask_owner_login(parent: QWidget | None) -> tuple[str, str] | None:
    dialog = OwnerLoginDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.user_edit.text().strip(), dialog.password_edit.text()


def shop_path(uow: UnitOfWork) -> Path | None:
    return storage.sqlite_file(uow.engine.url.render_as_string(hide_password=False))


def restore_from_window(
    parent: QWidget,
    ctx: AppContext,
    backup: Path | None = None,
    *,
    credentials: Callable[[QWidget | None], tuple[str, str] | None] = ask_owner_login,
    quit_after: Callable[[], None] | None = None,
) -> None:
    """Pick a backup, let the owner log in (when log-in is on), check the backup completely on
    a copy, keep the current file aside and swap; then the program closes (start it again)."""
    target = shop_path(ctx.uow)
    if target is None:
        QMessageBox.information(
            parent, tr("Restore a backup"), tr("Restore works on a local shop file; back up PostgreSQL with pg_dump.")
        )
        return
    if backup is None:
        newest = storage.shop_backups(target, good_only=False, limit=1)
        folder = str(newest[0].path.parent) if newest else ""
        name, _ = QFileDialog.getOpenFileName(parent, tr("Restore a backup"), folder, tr("Shop database (*.sqlite3)"))
        if not name:
            return
        backup = Path(name)
    username = password = None
    if system.login_required(ctx.uow):
        given = credentials(parent)
        if given is None:
            return
        username, password = given
    if not ask(
        parent,
        tr(
            "Replace the shop {target} with the backup {backup}? The backup is checked first and the current file is kept aside.",
            target=str(target),
            backup=str(backup),
        ),
    ):
        return
    chosen = backup

    def done(result: system.RestoreResult) -> None:
        kept = tr("The previous file is kept as {aside}.", aside=str(result.aside)) if result.aside else ""
        QMessageBox.information(
            parent,
            tr("Restore a backup"),
            tr("Restored {file} ({checks} checks passed on it first).", file=str(chosen), checks=result.checks)
            + ("\n" + kept if kept else "")
            + "\n\n"
            + tr("The program closes now; start it again to work on the restored books."),
        )
        (quit_after or QApplication.quit)()

    ctx.query(
        lambda: system.restore_shop(
            chosen, target, username=username, password=password, before_swap=ctx.uow.engine.dispose
        ),
        done,
        lambda exc: show_error(parent, exc),
    )


def _missing_shop_question(path: Path) -> str:
    lines = [tr("There is no shop file at {path}.", path=str(path))]
    backups = storage.shop_backups(path, limit=5)
    if backups:
        lines.append(
            tr(
                'This shop had backups; restore one instead: erp-desktop restore BACKUP_FILE --db "{path}"',
                path=str(path),
            )
        )
        lines.extend(f"  {b.taken_at.strftime('%Y-%m-%d %H:%M')}  {b.path}" for b in backups)
    lines.append("")
    lines.append(tr("Create a new, empty shop there?"))
    return "\n".join(lines)


def open_shop_for_window(
    args: argparse.Namespace, *, confirm: Callable[[str], bool] | None = None
) -> UnitOfWork | None:
    """The shop the window works on. The default shop is created on the first run; a file named
    with ``--db`` that is not there, or a default shop that had backups (so it was lost), is
    created only when the user says so. An empty or damaged file raises ShopFileError (its
    message lists the backups); a file SQLite cannot read is turned into the same message."""
    if getattr(args, "demo", False):
        from erp_desktop import demo

        return demo.open_demo_shop()
    target = getattr(args, "db", None)
    path = storage.sqlite_file(storage.db_url(target))
    if path is not None and storage.shop_file_state(path) == "missing" and not getattr(args, "self_test", False):
        if target is not None or storage.shop_backups(path, limit=1):
            question = _missing_shop_question(path)
            if not (confirm or (lambda text: ask(None, text)))(question):
                return None
    try:
        return system.open_shop(target, create=True)
    except UserError:
        raise
    except Exception as exc:
        problem = storage.database_problem(exc, path)
        if problem is None:
            raise
        raise problem from exc
