"""``erp-desktop --self-test``: the built program opens its window on a fresh database, runs the
migrations, posts a sale through the real services, checks the books and exits 0 — the smoke
test CI runs against the PyInstaller build."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from erp_desktop.i18n import tr


def run_self_test(app, window) -> int:
    result = {"code": 1}

    def step() -> None:
        try:
            from erp_desktop.services import system

            report = system.post_sample_sale(window.ctx.uow)
            print(tr("self-test: {report}", report=report), flush=True)
            result["code"] = 0
        except Exception as exc:  # report and fail
            print(f"self-test failed: {exc!r}", file=sys.stderr, flush=True)
            result["code"] = 1
        window.close()
        app.quit()

    QTimer.singleShot(200, step)
    app.exec()
    return result["code"]
