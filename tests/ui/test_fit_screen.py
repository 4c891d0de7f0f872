"""At 1366×768 the main window opens maximized on a first start, and no page or dialog puts a
button outside the screen (the review found the print preview at 900×1000 and the window at
1280×800, both taller than the screen). The walk runs in its own process on a 1366×768 offscreen
screen (tests/offscreen-1366.json): this session's screen is 1920×1080."""

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from erp_desktop.ui.widgets.screen import fit_to_screen

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_and_dialog_fits_1366x768(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={ROOT / 'tests' / 'offscreen-1366.json'}",
        ERP_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_walk", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["offenders"] == []
    assert len(result["pages"]) >= 8  # every module's tab (and the nested ones)
    for name in ("PrintPreviewDialog", "DeliveryDialog", "ProductDialog", "ShortcutsDialog"):
        assert name in result["dialogs"]
    for name in ("StockDocForm", "OrderEditor", "MoneyDocForm"):  # the document forms, in the window's tabs
        assert name in result["forms"]
    assert len(result["dialogs"]) >= 25


def test_fit_to_screen_shrinks_and_moves_a_dialog_onto_the_screen(qtbot):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(buttons)
    dialog.resize(900, 3000)
    dialog.move(-400, 2000)
    assert fit_to_screen(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    ok = buttons.buttons()[0]
    assert area.contains(QRect(ok.mapToGlobal(ok.rect().topLeft()), ok.size()))
