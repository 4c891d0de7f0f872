"""Long work shows a progress window: the helper, the demo's first build and imports."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from erp_desktop.ui.tasks import Cancelled, run_with_progress


def _progress_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_run_with_progress_shows_the_steps_and_returns_the_result(qtbot):
    seen = []

    def work(progress):
        for n in range(3):
            progress.report(n, 3, f"step {n}")
        return "done"

    def look():
        dialogs = _progress_dialogs()
        if dialogs:
            seen.append((dialogs[0].maximum(), dialogs[0].labelText()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1)
    assert run_with_progress(None, "Work", work, label="Starting") == "done"
    timer.stop()
    assert seen and seen[0][1] in ("Starting", "step 0", "step 1", "step 2")
    assert not _progress_dialogs()  # closed afterwards

    with pytest.raises(ValueError, match="bad"):
        run_with_progress(None, "Work", lambda p: (_ for _ in ()).throw(ValueError("bad")))


def test_cancel_stops_a_cancellable_task_at_its_next_report(qtbot):
    import time

    reports = []

    def work(progress):
        for n in range(2000):
            progress.report(n, 2000)
            reports.append(n)
            time.sleep(0.002)
        return "finished"

    def cancel():
        from PySide6.QtWidgets import QPushButton

        for dialog in _progress_dialogs():
            dialog.findChild(QPushButton).click()  # the user's Cancel

    QTimer.singleShot(50, cancel)
    with pytest.raises(Cancelled):
        run_with_progress(None, "Work", work, cancellable=True)
    assert 0 < len(reports) < 2000


def test_the_demo_is_built_behind_a_progress_window(tmp_path, monkeypatch, qtbot):
    from erp_desktop.services.analysis import dashboard
    from erp_desktop.ui import app

    monkeypatch.setenv("ERP_DATA_DIR", str(tmp_path))
    labels = []

    def look():
        labels.extend(d.labelText() for d in _progress_dialogs())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    uow = app.open_demo_with_progress()
    timer.stop()
    assert any("Building the demo shop" in text for text in labels)
    assert not any("master data" in text for text in labels)  # labels, not step codes
    assert dashboard.overview(uow).figure("sales_today").value > 0  # built today: a full first dashboard
    assert uow.engine.url.database.endswith("demo.sqlite3")
    assert app.open_demo_with_progress() is not None  # built once


def _products_sheet(path, n):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Code", "Name", "Sale price"])
    for i in range(n):
        wb.active.append([f"P{i:05d}", f"商品{i}", 1])
    wb.save(path)
    return path


def test_an_import_counts_the_rows_read_and_can_be_cancelled_while_reading(ui_ctx, qtbot, tmp_path):
    from erp_desktop.services.masterdata import io as masterdata_io
    from erp_desktop.services.masterdata import lookups
    from erp_desktop.ui.widgets.import_dialog import ImportDialog

    uow = ui_ctx.uow
    path = _products_sheet(tmp_path / "p.xlsx", 450)
    labels = []
    stop = []

    def run(p, progress=None):
        def report(n):
            if stop:
                dialog.cancel_import()
            ok = progress(n)
            labels.append(dialog.progress_dialog.labelText())
            return ok

        return masterdata_io.import_list(uow, "products", p, progress=report)

    dialog = ImportDialog(
        ui_ctx, title="Import products", template_columns=[], run_import=run, template_name="t", reports_progress=True
    )
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    stop.append(True)  # the user presses Cancel while the file is read
    dialog.import_button.click()
    assert "cancelled" in dialog.status_label.text() and lookups.find_product(uow, "P00001") is None
    assert dialog.progress_dialog is None  # closed
    stop.clear()
    labels.clear()
    dialog.import_button.click()
    assert labels[:2] == ["Importing p.xlsx: 200 rows read…", "Importing p.xlsx: 400 rows read…"]
    assert labels[-1] == "Importing p.xlsx: 450 rows read…"
    assert lookups.find_product(uow, "P00449") is not None
