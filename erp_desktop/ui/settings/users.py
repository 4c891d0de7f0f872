"""Settings › Users: users, roles (custom roles with their permissions), log-in at start, and the
audit log viewer with filters and Excel export. Only a user who may manage users sees the controls."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import system
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.system import Perm

from ...i18n import tr, user_label
from ..context import AppContext
from ..errors import show_error
from ..table_models import Column, RowsTableModel
from ..widgets.date_edit import DateEdit
from ..widgets.list_page import ListPage
from ..widgets.remember import remember_geometry


def page_title() -> str:
    return tr("Users")


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view


def role_label(role: str) -> str:
    label = system.ROLE_LABELS.get(role)
    return tr(label) if label else role


class UserDialog(QDialog):
    """Add a user (name, role, password) or edit one (role, display name, active)."""

    def __init__(self, roles: list[str], user: system.UserInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit user") if user else tr("Add user"))
        self.setMinimumWidth(360)
        self.name_edit = QLineEdit(self)
        self.display_edit = QLineEdit(self)
        self.role_combo = QComboBox(self)
        for role in roles:
            self.role_combo.addItem(role_label(role), role)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.active_check = QCheckBox(tr("Active (may log in)"), self)
        self.active_check.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("User name"), self.name_edit)
        form.addRow(tr("Display name"), self.display_edit)
        form.addRow(tr("Role"), self.role_combo)
        if user is None:
            form.addRow(tr("Password"), self.password_edit)
            form.addRow(tr("Repeat password"), self.repeat_edit)
        else:
            self.name_edit.setText(user.username)
            self.name_edit.setReadOnly(True)
            self.display_edit.setText(user.display_name)
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
            self.active_check.setChecked(user.active)
            form.addRow("", self.active_check)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        remember_geometry(self)

    def _check(self) -> None:
        if self.password_edit.isVisible() and self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(tr("The two passwords differ."))
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Set password of {user}", user=username))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(tr("New password"), self.password_edit)
        form.addRow(tr("Repeat password"), self.repeat_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        remember_geometry(self)

    def _check(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.message.setText(tr("The two passwords differ."))
            return
        self.accept()


class RoleDialog(QDialog):
    """A custom role: name, description and one check box per permission."""

    def __init__(self, role: system.RoleInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit role") if role else tr("New role"))
        self.name_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Role name"), self.name_edit)
        form.addRow(tr("Description"), self.description_edit)
        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        for i, (perm, label) in enumerate(system.PERMISSION_LABELS.items()):
            check = QCheckBox(tr(label), self)
            self.checks[perm] = check
            grid.addWidget(check, i // 2, i % 2)
        if role is not None:
            self.name_edit.setText(role.name)
            self.name_edit.setReadOnly(True)
            self.description_edit.setText(role.description)
            for perm in role.permissions:
                if perm in self.checks:
                    self.checks[perm].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Permissions"), self))
        layout.addLayout(grid)
        layout.addWidget(buttons)
        remember_geometry(self)

    def permissions(self) -> set[str]:
        return {perm for perm, check in self.checks.items() if check.isChecked()}


class UsersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.login_check = QCheckBox(tr("Ask for user name and password when the program starts"), self)
        self.login_check.clicked.connect(self._on_login_check_clicked)
        self.model = RowsTableModel(
            [
                Column("username", tr("User name"), width=140),
                Column("display_name", tr("Display name"), width=160),
                Column("role_text", tr("Role"), width=120),
                Column("active", tr("Active"), "bool", width=60),
                Column("locked_text", tr("Locked until")),
            ],
            parent=self,
        )
        self.view = _table(self.model)
        self.view.doubleClicked.connect(lambda _index: self.edit_user())
        self.add_button = QPushButton(tr("Add user…"), self)
        from ..shell import keys

        keys.bind(self, "new_document", self.add_button.click, button=self.add_button)  # Ctrl+N
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button = QPushButton(tr("Set password…"), self)
        self.password_button.clicked.connect(self.set_password)
        self.unlock_button = QPushButton(tr("Unlock"), self)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.password_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.login_check)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        hint = QLabel(tr("Without users the program starts without log-in. The first user must be an owner."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)
        self.roles: list[str] = list(system.BUILTIN_ROLES)
        self.reload()

    def reload(self) -> None:
        uow = self.ctx.uow

        def load():
            return system.list_users(uow), [r.name for r in system.list_roles(uow)], system.login_required(uow)

        self.ctx.query(load, self._show, lambda exc: show_error(self, exc))

    def _show(self, result) -> None:
        users, roles, login = result
        self.roles = roles
        rows = [
            _UserRow(u, role_label(u.role), u.locked_until.strftime("%Y-%m-%d %H:%M") if u.locked_until else "")
            for u in users
        ]
        self.model.set_rows(rows)
        self.login_check.setChecked(login)
        self.login_check.setEnabled(bool(users))

    def selected(self) -> system.UserInfo | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.user if row is not None else None

    def _write(self, fn) -> None:
        self.ctx.write(
            fn, lambda _r: self.reload(), lambda exc: (show_error(self, exc), self.reload()), areas={"settings"}
        )

    def add_user(self) -> None:
        dialog = UserDialog(self.roles, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, password, role, display = (
            dialog.name_edit.text(),
            dialog.password_edit.text(),
            dialog.role_combo.currentData(),
            dialog.display_edit.text(),
        )
        self._write(lambda: system.create_user(self.ctx.uow, name, password, role=role, display_name=display))

    def edit_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self.roles, user, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        role, display, active = (
            dialog.role_combo.currentData(),
            dialog.display_edit.text(),
            dialog.active_check.isChecked(),
        )
        self._write(
            lambda: system.update_user(self.ctx.uow, user.username, role=role, display_name=display, active=active)
        )

    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(user.username, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            password = dialog.password_edit.text()
            self._write(lambda: system.set_password(self.ctx.uow, user.username, password))

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._write(lambda: system.unlock_user(self.ctx.uow, user.username))

    def _on_login_check_clicked(self, checked: bool) -> None:
        self._write(lambda: system.set_login_required(self.ctx.uow, checked))


class _UserRow:
    def __init__(self, user: system.UserInfo, role_text: str, locked_text: str):
        self.user = user
        self.username = user.username
        self.display_name = user.display_name
        self.role_text = role_text
        self.active = user.active
        self.locked_text = locked_text


class _RoleRow:
    def __init__(self, role: system.RoleInfo):
        self.role = role
        self.name = role_label(role.name)
        self.kind = tr("built-in") if role.builtin else tr("custom")
        self.permissions = ", ".join(tr(system.PERMISSION_LABELS.get(p, p)) for p in sorted(role.permissions))


class RolesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsTableModel(
            [
                Column("name", tr("Role"), width=140),
                Column("kind", tr("Kind"), width=90),
                Column("permissions", tr("Permissions")),
            ],
            parent=self,
        )
        self.view = _table(self.model)
        self.view.doubleClicked.connect(lambda _index: self.edit_role())
        self.new_button = QPushButton(tr("New role…"), self)
        self.new_button.clicked.connect(self.new_role)
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_role)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.reload()

    def reload(self) -> None:
        self.ctx.query(
            lambda: system.list_roles(self.ctx.uow),
            lambda roles: self.model.set_rows([_RoleRow(r) for r in roles]),
            lambda exc: show_error(self, exc),
        )

    def _save(self, dialog: RoleDialog) -> None:
        name, perms, description = dialog.name_edit.text(), dialog.permissions(), dialog.description_edit.text()
        self.ctx.write(
            lambda: system.save_role(self.ctx.uow, name, perms, description=description),
            lambda _r: self.reload(),
            lambda exc: show_error(self, exc),
            areas={"settings"},
        )

    def new_role(self) -> None:
        dialog = RoleDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog)

    def edit_role(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.role.builtin:
            return
        dialog = RoleDialog(row.role, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog)


class AuditTab(QWidget):
    """The audit log: newest first, filtered by user, action, record type, text and dates; Excel export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("at_text", tr("Time"), sortable=False, width=150),
            Column("user_text", tr("User"), width=100),
            Column("action_text", tr("Action"), width=80),
            Column("entity_text", tr("Record type"), width=110),
            Column("summary", tr("Summary"), sortable=False, width=220),
            Column("changes", tr("Changes"), sortable=False),
        ]
        self.list = ListPage(columns, self._fetch, parent=self, placeholder=tr("Search summary or record id…"))
        self.user_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.entity_combo = QComboBox(self)
        self.since_edit = DateEdit(self)
        self.until_edit = DateEdit(self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addMonths(-1))
        self.until_edit.setDate(QDate.currentDate())
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        for label, widget in (
            (tr("User"), self.user_combo),
            (tr("Action"), self.action_combo),
            (tr("Record type"), self.entity_combo),
            (tr("From"), self.since_edit),
            (tr("To"), self.until_edit),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        for combo in (self.user_combo, self.action_combo, self.entity_combo):
            combo.addItem(tr("All"), "")
            combo.currentIndexChanged.connect(self.apply_filters)
        self.since_edit.dateChanged.connect(self.apply_filters)
        self.until_edit.dateChanged.connect(self.apply_filters)
        self.ctx.query(
            lambda: system.audit_choices(self.ctx.uow), self._fill_choices, lambda exc: show_error(self, exc)
        )
        self.list.model.set_query(sort="at", descending=True, filters=self.filters())

    def _fetch(self, query: ListQuery):
        return system.list_audit(self.ctx.uow, query)

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        for key, combo in (
            ("user_name", self.user_combo),
            ("action", self.action_combo),
            ("entity", self.entity_combo),
        ):
            label = {
                "user_name": user_label,
                "action": system.audit_action_label,
                "entity": system.audit_entity_label,
            }[key]
            combo.blockSignals(True)
            for value in choices.get(key, []):
                combo.addItem(label(value), value)  # the user's words; the code filters
            combo.blockSignals(False)

    def filters(self) -> dict:
        return {
            "user_name": self.user_combo.currentData() or "",
            "action": self.action_combo.currentData() or "",
            "entity": self.entity_combo.currentData() or "",
            "since": self.since_edit.date().toPython(),
            "until": self.until_edit.date().toPython(),
        }

    def apply_filters(self, *_args) -> None:
        self.list.model.set_query(filters=self.filters())

    def current_filter(self) -> system.AuditFilter:
        f = self.filters()
        return system.AuditFilter(
            user_name=f["user_name"],
            action=f["action"],
            entity=f["entity"],
            text=self.list.search_edit.text(),
            since=f["since"],
            until=f["until"],
        )

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export the audit log"), f"audit-{date.today():%Y%m%d}.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return
        flt = self.current_filter()
        self.ctx.query(
            lambda: system.export_audit(self.ctx.uow, path, flt),
            lambda count: QMessageBox.information(
                self, tr("Export"), tr("{count} rows written to {path}", count=count, path=path)
            ),
            lambda exc: show_error(self, exc),
        )


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        actor = ctx.uow.actor
        if not actor.can(Perm.MANAGE_USERS):
            note = QLabel(tr("Only the owner can manage users and see the audit log."), self)
            note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(note)
            self.tabs = None
            return
        self.tabs = QTabWidget(self)
        self.users_tab = UsersTab(ctx, self)
        self.roles_tab = RolesTab(ctx, self)
        self.tabs.addTab(self.users_tab, tr("Users"))
        self.tabs.addTab(self.roles_tab, tr("Roles"))
        if actor.can(Perm.VIEW_AUDIT):
            self.audit_tab = AuditTab(ctx, self)
            self.tabs.addTab(self.audit_tab, tr("Audit log"))
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, areas) -> None:
        if "settings" in areas:
            self.users_tab.reload()
            self.roles_tab.reload()


def create_page(ctx: AppContext) -> QWidget:
    return UsersPage(ctx)
