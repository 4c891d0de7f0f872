"""Settings › Sync: the shared PostgreSQL database's connection (password in the OS keyring when
there is one), automatic sync, "Sync now", the status, and the conflict log (review, restore,
dismiss) and alerts raised by merges."""

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
    if st.last_error:
        text += "\n" + tr("Last error: {error}", error=st.last_error)
    return text


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
        self.minutes_spin.setValue(int(ctx.settings.value("sync/minutes", 5)))
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
        buttons = QHBoxLayout()
        for b in (self.save_button, self.test_button, self.sync_button):
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
        conflicts = QGroupBox(tr("Conflicts: versions that lost a merge"), self)
        cbox = QVBoxLayout(conflicts)
        cbox.addWidget(self.conflicts_view, 1)
        cbox.addWidget(self.detail)
        cbox.addLayout(conflict_buttons)
        cbox.addWidget(self.alerts_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(connection)
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
        ):
            widget.setEnabled(editable)
        self.sync_button.setEnabled(actor.can(Perm.SYNC))
        self.load()
        ctx.changed.connect(self._on_changed)

    # --- loading ------------------------------------------------------------------------
    def load(self) -> None:
        uow = self.ctx.uow
        self.ctx.query(
            lambda: (sync.load_settings(uow), sync.status(uow), sync.list_conflicts(uow), sync.list_alerts(uow)),
            self._show,
            lambda exc: show_error(self, exc),
        )

    def _show(self, result) -> None:
        settings, status, conflicts, alerts = result
        if settings is not None:
            self.host_edit.setText(settings.host)
            self.port_spin.setValue(int(settings.port))
            self.database_edit.setText(settings.database)
            self.user_edit.setText(settings.user)
            self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(settings.sslmode)))
        self.status_label.setText(status_text(status))
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
            self.message_label.setText(
                tr(
                    "Sync done: {pulled} received, {pushed} sent, {conflicts} conflicts.",
                    pulled=result.pulled,
                    pushed=result.pushed,
                    conflicts=result.conflicts,
                )
            )
            self.ctx.changed.emit(ALL_AREAS)
            if result.alerts:
                QMessageBox.warning(self, tr("Sync"), "\n".join(result.alerts[:10]))

        def failed(exc: BaseException) -> None:
            self.sync_button.setEnabled(True)
            self.message_label.setText("")
            self.load()
            show_error(self, exc)

        self.ctx.query(lambda: sync.sync_now(self.ctx.uow), done, failed)

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
