"""The log-in dialog shown at start when the shop asks for log-in (``auth.login_required``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from erp_desktop.errors import UserError
from erp_desktop.i18n import tr
from erp_desktop.services import system
from erp_desktop.storage import Actor, UnitOfWork


class LoginDialog(QDialog):
    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None):
        super().__init__(parent)
        self.uow = uow
        self.actor: Actor | None = None
        self.setWindowTitle(tr("Log in — erp-desktop"))
        self.setMinimumWidth(380)
        title = QLabel(tr("Who is working?"), self)
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
            self.actor = system.authenticate(self.uow, name, self.password_edit.text())
        except UserError as exc:
            self.message_label.setText(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()


def login_dialog(uow: UnitOfWork) -> Actor | None:
    """Ask until a user logs in (Actor) or gives up (None)."""
    dialog = LoginDialog(uow)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
