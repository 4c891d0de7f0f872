"""Log-in dialog, Users page (users, roles, audit log), Sync settings page and the status indicator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from erp_desktop.services.sync import engine as sync
from erp_desktop.services.system import auth
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.settings import sync as sync_page
from erp_desktop.ui.settings import users as users_page
from erp_desktop.ui.shell.login import LoginDialog
from erp_desktop.ui.tasks import SyncRunner


def _owner_ctx(ui_ctx):
    auth.create_user(ui_ctx.uow, "boss", "secret-1", role="owner")
    actor = auth.authenticate(ui_ctx.uow, "boss", "secret-1")
    return AppContext(ui_ctx.uow.as_actor(actor), runner=SyncRunner(), settings=ui_ctx.settings)


def test_login_dialog_refuses_a_wrong_password_then_logs_in(ui_ctx, qtbot):
    auth.create_user(ui_ctx.uow, "boss", "secret-1")
    dialog = LoginDialog(ui_ctx.uow)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("boss")
    dialog.password_edit.setText("wrong")
    dialog.try_login()
    assert dialog.message_label.text() == "Wrong user name or password."
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.password_edit.text() == ""
    dialog.password_edit.setText("secret-1")
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "boss" and dialog.actor.role == "owner"


def test_users_page_lists_users_roles_and_the_audit_log(ui_ctx, qtbot):
    ctx = _owner_ctx(ui_ctx)
    auth.create_user(ctx.uow, "amy", "secret-2", role="sales", display_name="Amy")
    page = users_page.create_page(ctx)
    qtbot.addWidget(page)
    users = page.users_tab.model.rows
    assert [(u.username, u.role_text, u.active) for u in users] == [
        ("amy", "Salesperson", True),
        ("boss", "Owner", True),
    ]
    assert page.users_tab.login_check.isChecked()
    roles = [r.name for r in page.roles_tab.model.rows]
    assert roles[:5] == ["Owner", "Salesperson", "Warehouse clerk", "Accountant", "Buyer"]
    audit_rows = page.audit_tab.list.model.rows
    assert [r.summary for r in audit_rows][:2] == ["amy (sales)", "boss (owner)"]
    page.audit_tab.list.model.set_query(search="amy")
    assert [r.summary for r in page.audit_tab.list.model.rows] == ["amy (sales)"]


def test_users_page_is_closed_to_other_roles(ui_ctx, qtbot):
    ctx = _owner_ctx(ui_ctx)
    auth.create_user(ctx.uow, "amy", "secret-2", role="sales")
    amy = AppContext(
        ctx.uow.as_actor(auth.authenticate(ctx.uow, "amy", "secret-2")), runner=SyncRunner(), settings=ctx.settings
    )
    page = users_page.create_page(amy)
    qtbot.addWidget(page)
    assert page.tabs is None
    assert "Only the owner" in page.findChild(QLabel).text()


def test_sync_page_saves_settings_without_showing_the_password(ui_ctx, qtbot):
    page = sync_page.create_page(ui_ctx)
    qtbot.addWidget(page)
    assert page.status_label.text() == "Not set up: this PC works on its own."
    page.host_edit.setText("shop-server")
    page.database_edit.setText("erp")
    page.user_edit.setText("counter")
    page.password_edit.setText("pg-secret")
    page.save()
    assert sync.load_settings(ui_ctx.uow) == sync.SyncSettings("shop-server", 5432, "erp", "counter", "prefer")
    assert page.password_edit.text() == ""
    assert sync.stored_password(ui_ctx.uow, sync.load_settings(ui_ctx.uow)) == "pg-secret"
    assert "kept only while the program runs" in page.message_label.text() or page.message_label.text() == "Saved."
    assert (
        sync.configured_url(ui_ctx.uow) == "postgresql+psycopg://counter:pg-secret@shop-server:5432/erp?sslmode=prefer"
    )
    with ui_ctx.uow.read() as tx:
        from erp_desktop.models.system import LocalState

        assert all("pg-secret" not in (row.value or "") for row in tx.query(LocalState))


def test_status_indicator_in_the_main_window(ui_ctx, qtbot):
    from erp_desktop.ui.shell.main_window import MainWindow
    from erp_desktop.ui.shell.sync_status import SyncController

    window = MainWindow(ui_ctx, modules=[])
    qtbot.addWidget(window)
    controller = SyncController(window, ui_ctx)
    assert controller.label.text() == "Sync: off"
    # F9 is the window's one contract action; with nothing closer it runs this controller's sync
    assert window.contract_actions["sync"].shortcut().toString() == "F9"
    assert controller.action.text().endswith("\tF9") and "sync" in window.fallbacks
    assert controller.action in window.menu("tools").actions()
