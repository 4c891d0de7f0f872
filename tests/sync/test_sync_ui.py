"""The window's side of a copied shop file and of rows set aside: the status bar tells at start,
Settings → Sync offers "Make this a new PC" and lists the set-aside rows with their fix."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from erp_desktop.services.sync import engine as sync
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.settings import sync as sync_page
from erp_desktop.ui.shell import sync_status
from erp_desktop.ui.tasks import SyncRunner
from tests.support import factories as f


class _Window(QMainWindow):
    def __init__(self):
        super().__init__()
        self.menus = {}

    def menu(self, name):
        return self.menus.setdefault(name, QMenu(name, self))


def _ctx(uow, tmp_path, server_url):
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    sync.save_settings(uow, sync.SyncSettings(url.host, url.port or 5432, url.database, url.username), None)
    settings = QSettings(str(tmp_path / f"settings-{uow.pc_id}.ini"), QSettings.Format.IniFormat)
    return AppContext(uow, runner=SyncRunner(), settings=settings)


def test_a_copied_file_is_told_at_start_and_made_a_new_pc_from_the_sync_page(
    pcs, server_url, qtbot, tmp_path, monkeypatch
):
    a = pcs.new("a")
    with a.write() as tx:
        f.customer(tx, "C1")
    sync.sync_now(a, server_url)
    copy = pcs.copy(a, "copy")
    ctx = _ctx(copy, tmp_path, server_url)

    window = _Window()
    qtbot.addWidget(window)
    controller = sync_status.SyncController(window, ctx)  # the window starting on the copied file
    assert controller.label.text() == "Sync paused: this file is a copy — see Settings → Sync"
    assert "copy of" in window.statusBar().currentMessage()
    assert controller.configured is False  # no automatic sync until the user chooses

    page = sync_page.create_page(ctx)
    qtbot.addWidget(page)
    assert not page.identity_box.isHidden() and "copy of" in page.identity_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.make_new_pc()
    assert page.identity_box.isHidden()
    assert "document series B" in page.message_label.text()
    assert sync.sync_now(copy, server_url).pulled >= 0
    controller.refresh()
    assert controller.label.text().startswith("Sync ") and "copy" not in controller.label.text()


def test_the_sync_page_lists_set_aside_rows_with_their_fix_and_dismisses_one(pcs, server_url, qtbot, tmp_path):
    a = pcs.new("a")
    sync.sync_now(a, server_url)
    b = pcs.new("b")
    sync.sync_now(b, server_url)
    with a.write() as tx:
        f.product(tx, "SAME1", name="甲")
    with b.write() as tx:
        f.product(tx, "SAME1", name="乙")
    sync.sync_now(a, server_url)
    sync.sync_now(b, server_url)
    ctx = _ctx(b, tmp_path, server_url)
    assert "2 set aside" in sync_status.indicator_text(sync.status(b))
    page = sync_page.create_page(ctx)
    qtbot.addWidget(page)
    assert not page.problems_box.isHidden()
    rows = page.problems_model.rows
    assert {r.refused_by for r in rows} == {"this PC's file", "the shared database"}
    assert all("Rename one of the two products with code=SAME1" in r.fix for r in rows)
    assert "2 rows set aside" in page.status_label.text()
    page.problems_view.selectRow(0)
    page.dismiss_problem()
    assert len(page.problems_model.rows) == 1
