"""The log-in dialog shown at start when the shop asks for log-in (``auth.login_required``), and
in online mode before anything is opened: there the user's own database login connects (the
server checks the password and what the role may do), see ``storage/logins.py``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop import storage
from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.services import system
from erp_desktop.storage import Actor, UnitOfWork


class LoginDialog(QDialog):
    def __init__(self, uow: UnitOfWork | None, parent: QWidget | None = None, *, online_url: str | None = None):
        super().__init__(parent)
        self.uow = uow
        self.online_url = online_url
        self.actor: Actor | None = None
        self.setWindowTitle(tr("Log in — erp-desktop"))
        self.setMinimumWidth(380)
        title = QLabel(tr("Log in to the shared database") if online_url else tr("Who is working?"), self)
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(tr("User name"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("Password"))
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(tr("User"), self.user_edit)
        form.addRow(tr("Password"), self.password_edit)
        self.remember_check: QCheckBox | None = None
        if online_url:
            self.remember_check = QCheckBox(tr("Remember the password on this PC (system keyring)"), self)
            form.addRow("", self.remember_check)
            self.user_edit.editingFinished.connect(self._on_user_edit_editing_finished)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.user_edit.setFocus()

    def try_login(self) -> None:
        name = self.user_edit.text().strip()
        if not name:
            self.message_label.setText(tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        try:
            if self.online_url:
                self._log_in_online(name, self.password_edit.text())
            else:
                assert self.uow is not None
                self.actor = system.authenticate(self.uow, name, self.password_edit.text())
        except UserError as exc:
            self.message_label.setText(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def _log_in_online(self, name: str, password: str) -> None:
        assert self.online_url is not None
        uow = system.open_online_shop(self.online_url, name, password)
        try:
            self.actor = system.authenticate(uow, name, password)
        except UserError:
            uow.engine.dispose()
            raise
        self.uow = uow
        if self.remember_check is not None:
            if self.remember_check.isChecked():
                storage.remember_password(self.online_url, name, password)
            else:
                storage.forget_password(self.online_url, name)

    def _on_user_edit_editing_finished(self) -> None:
        """A password this user let the keyring remember for this server fills itself in."""
        name = self.user_edit.text().strip()
        if self.online_url and name and not self.password_edit.text():
            found = storage.remembered_password(self.online_url, name)
            if found is not None and self.remember_check is not None:
                self.password_edit.setText(found)
                self.remember_check.setChecked(True)


def online_login_dialog(url: str) -> tuple[UnitOfWork, Actor] | None:
    """Online mode: ask until a user's own login connects and logs in, or the user gives up."""
    dialog = LoginDialog(None, online_url=url)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.uow is None or dialog.actor is None:
        return None
    return dialog.uow, dialog.actor


def login_dialog(uow: UnitOfWork) -> Actor | None:
    """Ask until a user logs in (Actor) or gives up (None)."""
    dialog = LoginDialog(uow)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
