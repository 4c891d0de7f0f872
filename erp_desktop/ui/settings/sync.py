"""Settings › Sync: the shared PostgreSQL database's connection (password in the OS keyring when
there is one), automatic sync, "Sync now", the status, a copied shop file's choice (make it a new
PC, or keep its identity), the rows the sync set aside (an owner task each: the message, the fix,
dismiss), and the conflict log (review, restore, dismiss) and alerts raised by merges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import sync
from erp_desktop.services.system import Perm

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..table_models import Column, RowsTableModel
from ..widgets.remember import layout_key, remember_splitter

SSL_MODES = ("prefer", "require", "verify-full", "disable")
ALL_AREAS = frozenset({"catalog", "parties", "stock", "sales", "purchasing", "finance", "settings"})


def page_title() -> str:
    return tr("Sync")


def status_text(st: sync.SyncStatus) -> str:
    if st.online_mode:
        return tr("Online mode: working straight on the shared database.")
    if not st.configured:
        return tr("Not set up: this PC works on its own.")
    last = st.last_sync.strftime("%Y-%m-%d %H:%M") if st.last_sync else tr("never")
    text = tr(
        "Last sync {time} · {pending} changes to send · {conflicts} conflicts · series {series}",
        time=last,
        pending=st.pending,
        conflicts=st.conflicts,
        series=st.series or "-",
    )
    if st.problems:
        text += " · " + tr("{count} rows set aside", count=st.problems)
    if st.identity:
        return text
    if st.last_error:
        text += "\n" + tr("Last error: {error}", error=st.last_error)
    return text


def _is_pc_login(login: str) -> bool:
    """A PC's sync login (``erp_<db>_pc_…``), not a user's own online login (``erp_<db>_u_…``)."""
    return "_pc_" in login


def ask_sync_password(parent, uow) -> bool:
    """Where no keyring works the sync password is not stored: ask for it once per run (kept in
    memory only). False when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if sync.password_known(uow):
        return True
    settings = sync.load_settings(uow)
    if settings is None:
        return True
    text, ok = QInputDialog.getText(
        parent,
        tr("Sync"),
        tr("Password of {user} on the sync server (kept only while the program runs):", user=settings.user),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return False
    sync.remember_password(settings, text)
    return True


class _ProblemRow:
    def __init__(self, p: sync.ProblemRow):
        self.problem = p
        self.found = p.first_seen.strftime("%Y-%m-%d %H:%M")
        self.refused_by = p.refused_by
        self.message = p.message
        self.fix = p.fix


class _ConflictRow:
    def __init__(self, c: sync.ConflictRow):
        self.conflict = c
        self.detected = c.detected_at.strftime("%Y-%m-%d %H:%M")
        self.table_name = c.table_name
        self.summary = c.summary
        self.lost = tr("PC {pc}", pc=c.lost_pc[-6:])
        self.won = tr("PC {pc}", pc=c.won_pc[-6:])


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.uow.actor
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(tr("e.g. 192.168.1.10 or shop-server"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("unchanged"))
        self.ssl_combo = QComboBox(self)
        for mode, label in zip(
            SSL_MODES,
            (
                tr("Use TLS when the server offers it"),
                tr("Require TLS"),
                tr("Require TLS and check the certificate"),
                tr("No TLS"),
            ),
        ):
            self.ssl_combo.addItem(label, mode)
        self.auto_check = QCheckBox(tr("Sync automatically every"), self)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, 120)
        self.minutes_spin.setSuffix(tr(" min"))
        self.auto_check.setChecked(str(ctx.settings.value("sync/auto", "true")) == "true")
        self.minutes_spin.setValue(int(str(ctx.settings.value("sync/minutes", 5))))
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto_check)
        auto_row.addWidget(self.minutes_spin)
        auto_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Server"), self.host_edit)
        form.addRow(tr("Port"), self.port_spin)
        form.addRow(tr("Database"), self.database_edit)
        form.addRow(tr("User"), self.user_edit)
        form.addRow(tr("Password"), self.password_edit)
        form.addRow(tr("Encryption"), self.ssl_combo)
        form.addRow("", auto_row)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.clicked.connect(self.test)
        self.sync_button = QPushButton(tr("Sync now"), self)
        self.sync_button.clicked.connect(self.sync_now)
        self.pcs_button = QPushButton(tr("PCs and what the server refused…"), self)
        self.pcs_button.clicked.connect(self.show_pcs)
        self.pc_users_button = QPushButton(tr("Users at a PC…"), self)
        self.pc_users_button.setToolTip(tr("Only the password hashes of the users who sign in at a PC reach it"))
        self.pc_users_button.clicked.connect(self.choose_pc_users)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.test_button, self.sync_button, self.pcs_button, self.pc_users_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        connection = QGroupBox(tr("Shared database (PostgreSQL)"), self)
        box = QVBoxLayout(connection)
        form_holder = QWidget(connection)
        form_holder.setLayout(form)
        form_holder.setMaximumWidth(620)
        box.addWidget(form_holder)
        box.addLayout(buttons)
        box.addWidget(self.status_label)
        box.addWidget(self.message_label)

        self.conflicts_model = RowsTableModel(
            [
                Column("detected", tr("Found"), width=130),
                Column("table_name", tr("Record type"), width=110),
                Column("summary", tr("Record"), width=240),
                Column("lost", tr("Lost version from"), width=140),
                Column("won", tr("Kept version from")),
            ],
            parent=self,
        )
        self.conflicts_view = QTableView(self)
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_view.verticalHeader().setVisible(False)
        self.conflicts_view.horizontalHeader().setStretchLastSection(True)
        self.conflicts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(self.conflicts_model.columns):
            if column.width:
                self.conflicts_view.setColumnWidth(i, column.width)
        self.conflicts_view.selectionModel().currentRowChanged.connect(self._show_conflict)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(110)
        self.restore_button = QPushButton(tr("Restore this version"), self)
        self.restore_button.clicked.connect(self.restore)
        self.dismiss_button = QPushButton(tr("Keep the current version"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.restore_button)
        conflict_buttons.addWidget(self.dismiss_button)
        conflict_buttons.addStretch(1)
        self.alerts_label = QLabel(self)
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setStyleSheet("color: #c62828;")
        # a copied shop file: sync waits for the user's choice
        self.identity_label = QLabel(self)
        self.identity_label.setWordWrap(True)
        self.identity_label.setStyleSheet("color: #c62828;")
        self.new_pc_button = QPushButton(tr("Make this a new PC"), self)
        self.new_pc_button.setToolTip(
            tr("This file gets its own PC id and document series from the shared database; its data stays.")
        )
        self.new_pc_button.clicked.connect(self.make_new_pc)
        self.same_pc_button = QPushButton(tr("It is the same PC (the file was moved)"), self)
        self.same_pc_button.clicked.connect(self.keep_identity)
        identity_buttons = QHBoxLayout()
        identity_buttons.addWidget(self.new_pc_button)
        identity_buttons.addWidget(self.same_pc_button)
        identity_buttons.addStretch(1)
        self.identity_box = QGroupBox(tr("This shop file is a copy"), self)
        ibox = QVBoxLayout(self.identity_box)
        ibox.addWidget(self.identity_label)
        ibox.addLayout(identity_buttons)
        self.identity_box.setVisible(False)
        box.addWidget(self.identity_box)

        # rows the sync set aside (a duplicate code …): an owner task each
        self.problems_model = RowsTableModel(
            [
                Column("found", tr("Found"), width=130),
                Column("refused_by", tr("Refused by"), width=150),
                Column("message", tr("What happened"), width=420),
                Column("fix", tr("How to fix it")),
            ],
            parent=self,
        )
        self.problems_view = QTableView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(self.problems_model.columns):
            if column.width:
                self.problems_view.setColumnWidth(i, column.width)
        self.dismiss_problem_button = QPushButton(tr("Dismiss"), self)
        self.dismiss_problem_button.clicked.connect(self.dismiss_problem)
        self.problems_box = QGroupBox(tr("Set aside: rows one side refused (the rest synced)"), self)
        pbox = QVBoxLayout(self.problems_box)
        pbox.addWidget(
            QLabel(tr("Each sync tries them again: once fixed (e.g. one of two equal codes renamed) they apply."), self)
        )
        pbox.addWidget(self.problems_view, 1)
        prow = QHBoxLayout()
        prow.addWidget(self.dismiss_problem_button)
        prow.addStretch(1)
        pbox.addLayout(prow)
        self.problems_box.setVisible(False)

        conflicts = QGroupBox(tr("Conflicts: versions that lost a merge"), self)
        cbox = QVBoxLayout(conflicts)
        cbox.addWidget(self.conflicts_view, 1)
        cbox.addWidget(self.detail)
        cbox.addLayout(conflict_buttons)
        cbox.addWidget(self.alerts_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(connection)
        splitter.addWidget(self.problems_box)
        splitter.addWidget(conflicts)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        editable = actor.can(Perm.SETTINGS)
        for widget in (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
            self.ssl_combo,
            self.save_button,
            self.restore_button,
            self.dismiss_button,
            self.dismiss_problem_button,
        ):
            widget.setEnabled(editable)
        self.sync_button.setEnabled(actor.can(Perm.SYNC))
        self.pcs_button.setEnabled(actor.can(Perm.MANAGE_USERS))
        self.pc_users_button.setEnabled(actor.can(Perm.MANAGE_USERS))
        self.new_pc_button.setEnabled(actor.can(Perm.SYNC))
        self.same_pc_button.setEnabled(actor.can(Perm.SYNC))
        self.load()
        ctx.changed.connect(self._on_changed)

    # --- loading ------------------------------------------------------------------------
    def load(self) -> None:
        uow = self.ctx.uow
        self.ctx.query(
            lambda: (
                sync.load_settings(uow),
                sync.status(uow),
                sync.list_conflicts(uow),
                sync.list_alerts(uow),
                sync.list_problems(uow),
            ),
            self._show,
            lambda exc: show_error(self, exc),
        )

    def _show(self, result) -> None:
        settings, status, conflicts, alerts, problems = result
        if settings is not None:
            self.host_edit.setText(settings.host)
            self.port_spin.setValue(int(settings.port))
            self.database_edit.setText(settings.database)
            self.user_edit.setText(settings.user)
            self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(settings.sslmode)))
        self.status_label.setText(status_text(status))
        self.identity_label.setText(status.identity)
        self.identity_box.setVisible(bool(status.identity))
        self.problems_model.set_rows([_ProblemRow(p) for p in problems])
        self.problems_box.setVisible(bool(problems))
        self.problems_view.resizeRowsToContents()
        self.conflicts_model.set_rows([_ConflictRow(c) for c in conflicts])
        self.alerts_label.setText("\n".join(a.message for a in alerts[:5]))
        self.detail.clear()

    def _on_changed(self, areas) -> None:
        if "settings" in areas:
            self.load()

    def _show_conflict(self, current, _previous) -> None:
        row = self.conflicts_model.row_at(current.row())
        if row is None:
            self.detail.clear()
            return
        data = row.conflict.data
        hidden = {"id", "hlc", "origin_pc", "created_at", "updated_at"}
        self.detail.setPlainText("\n".join(f"{k}: {v}" for k, v in data.items() if k not in hidden))

    # --- actions ----------------------------------------------------------------------------
    def settings(self) -> sync.SyncSettings:
        return sync.SyncSettings(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            sslmode=self.ssl_combo.currentData(),
        )

    def save(self) -> None:
        settings = self.settings()
        password = self.password_edit.text() or None
        self.ctx.settings.setValue("sync/auto", "true" if self.auto_check.isChecked() else "false")
        self.ctx.settings.setValue("sync/minutes", self.minutes_spin.value())

        def done(warning: str) -> None:
            self.password_edit.clear()
            self.message_label.setText(warning or tr("Saved."))

        self.ctx.write(
            lambda: sync.save_settings(self.ctx.uow, settings, password),
            done,
            lambda exc: show_error(self, exc),
            areas={"settings"},
        )

    def test(self) -> None:
        settings = self.settings()
        password = self.password_edit.text()
        uow = self.ctx.uow

        def run() -> str:
            secret = password or sync.stored_password(uow, settings)  # the stored one when the box is empty
            return sync.test_connection(sync.url_for(settings, secret))

        self.message_label.setText(tr("Connecting…"))
        self.ctx.query(
            run, self.message_label.setText, lambda exc: (self.message_label.setText(""), show_error(self, exc))
        )

    def sync_now(self) -> None:
        if not ask_sync_password(self, self.ctx.uow):
            return
        self.sync_button.setEnabled(False)
        self.message_label.setText(tr("Syncing…"))

        def done(result: sync.SyncResult) -> None:
            self.sync_button.setEnabled(True)
            text = tr(
                "Sync done: {pulled} received, {pushed} sent, {conflicts} conflicts.",
                pulled=result.pulled,
                pushed=result.pushed,
                conflicts=result.conflicts,
            )
            if result.set_aside:
                text += " " + tr("{count} rows set aside (one side refused them): see below.", count=result.set_aside)
            if result.notice:
                text += "\n" + result.notice
            self.message_label.setText(text)
            self.ctx.changed.emit(ALL_AREAS)
            if result.alerts:
                QMessageBox.warning(self, tr("Sync"), "\n".join(result.alerts[:10]))

        def failed(exc: BaseException) -> None:
            self.sync_button.setEnabled(True)
            self.message_label.setText("")
            self.load()
            show_error(self, exc)

        self.ctx.query(lambda: sync.sync_now(self.ctx.uow), done, failed)

    def show_pcs(self) -> None:
        """The owner's view of the shared database: each PC's login and role, when it joined or
        was revoked, how many of its pushes the server refused, and the latest refusals."""
        uow = self.ctx.uow

        def done(result) -> None:
            logins, refusals = result
            when = lambda t: t.strftime("%Y-%m-%d %H:%M") if t else "—"  # noqa: E731
            lines = [
                tr(
                    "{login} — {pc} ({role}): joined {joined}, revoked {revoked}, {count} refused",
                    login=r.login,
                    pc=r.pc_name,
                    role=r.app_role,
                    joined=when(r.joined_at),
                    revoked=when(r.revoked_at),
                    count=r.refusals,
                )
                + (
                    ""
                    if not _is_pc_login(r.login)
                    else "; "
                    + tr(
                        "users who sign in there: {users}",
                        users=tr("all") if r.app_role == "owner" else ", ".join(r.users) or tr("nobody"),
                    )
                )
                for r in logins
            ] or [tr("No PC logins yet: run 'erp-desktop sync-roles' and 'sync-invite' on this PC.")]
            if refusals:
                lines += ["", tr("Latest refusals:")]
                lines += [
                    f"{when(at)}  {login}  {table} {row}: {message}" for at, login, table, row, message in refusals[:50]
                ]
            self.last_pcs_text = "\n".join(lines)
            QMessageBox.information(self, tr("PCs on the shared database"), self.last_pcs_text)

        self.ctx.query(lambda: sync.pc_logins(uow), done, lambda exc: show_error(self, exc))

    def choose_pc_users(self) -> None:
        """The owner chooses who signs in at a PC: only those users' password hashes reach it (the
        others' leave its file at its next sync); an owner's PC holds every user's."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        uow = self.ctx.uow

        def chosen(result) -> None:
            logins = [r for r in result[0] if _is_pc_login(r.login) and r.revoked_at is None and r.app_role != "owner"]
            if not logins:
                QMessageBox.information(
                    self,
                    tr("Users at a PC"),
                    tr("No PC logins yet: run 'erp-desktop sync-roles' and 'sync-invite' on this PC."),
                )
                return
            labels = [f"{r.login} — {r.pc_name} ({r.app_role})" for r in logins]
            label, ok = QInputDialog.getItem(self, tr("Users at a PC"), tr("PC:"), labels, 0, False)
            if not ok:
                return
            row = logins[labels.index(label)]
            text, ok = QInputDialog.getText(
                self,
                tr("Users at a PC"),
                tr("Users who sign in at {pc} (user names, comma-separated):", pc=row.pc_name),
                QLineEdit.EchoMode.Normal,
                ", ".join(row.users),
            )
            if not ok:
                return
            users = [n.strip() for n in text.split(",") if n.strip()]

            def saved(names: list[str]) -> None:
                self.message_label.setText(
                    tr(
                        "Users who sign in at {pc}: {users}. Their password hashes reach it at its next sync; the others' leave it.",
                        pc=row.pc_name,
                        users=", ".join(names) or tr("nobody"),
                    )
                )

            self.ctx.query(lambda: sync.set_pc_users(uow, row.login, users), saved, lambda exc: show_error(self, exc))

        self.ctx.query(lambda: sync.pc_logins(uow), chosen, lambda exc: show_error(self, exc))

    def make_new_pc(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Make this a new PC"),
            tr(
                "This shop file gets a new PC id and its own document series from the shared database; its data "
                "stays, and what it has not sent yet is sent under the new id. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        uow = self.ctx.uow

        def done(series: str) -> None:
            self.message_label.setText(tr("This file is now a PC of its own: document series {series}.", series=series))
            self.load()

        self.message_label.setText(tr("Connecting…"))
        self.ctx.query(
            lambda: sync.make_new_pc(uow),
            done,
            lambda exc: (self.message_label.setText(""), show_error(self, exc)),
        )

    def keep_identity(self) -> None:
        self.ctx.write(
            lambda: sync.keep_identity(self.ctx.uow),
            lambda _r: (
                self.message_label.setText(tr("This file keeps its PC identity on this computer.")),
                self.load(),
            ),
            lambda exc: show_error(self, exc),
            areas={"settings"},
        )

    def dismiss_problem(self) -> None:
        index = self.problems_view.currentIndex()
        row = self.problems_model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        problem_id = row.problem.id
        self.ctx.write(
            lambda: sync.dismiss_problem(self.ctx.uow, problem_id),
            lambda _r: self.load(),
            lambda exc: show_error(self, exc),
            areas={"settings"},
        )

    def _selected(self) -> sync.ConflictRow | None:
        index = self.conflicts_view.currentIndex()
        row = self.conflicts_model.row_at(index.row()) if index.isValid() else None
        return row.conflict if row is not None else None

    def restore(self) -> None:
        conflict = self._selected()
        if conflict is not None:
            self.ctx.write(
                lambda: sync.restore_conflict(self.ctx.uow, conflict.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas=ALL_AREAS,
            )

    def dismiss(self) -> None:
        conflict = self._selected()
        if conflict is not None:
            self.ctx.write(
                lambda: sync.dismiss_conflict(self.ctx.uow, conflict.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"settings"},
            )


def create_page(ctx: AppContext) -> QWidget:
    return SyncPage(ctx)
