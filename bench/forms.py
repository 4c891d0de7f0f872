"""Document forms (DESIGN.md §5 ``form_open_ms`` / ``form_save_ms``), offscreen Qt, the real task
runner (service calls off the GUI thread, as in the program).

- ``form_open_ms``: a saved 20-line draft sales order opened in its tab of the main window —
  from the call (what Enter on the list row does) until the form shows its 20 lines with their
  stock and the event loop has painted it. Median of 15, each in a new tab (the last one closed).
- ``form_save_ms``: one quantity changed in that form, then Save (Ctrl+S) — from the call until
  the order is written and the form shows the new version, clean. Median of 15.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench import at_most, benchmark

D = Decimal
LINES = 20


def _wait(app, condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the form did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


@benchmark("form_open_ms", "form_save_ms")
def form_bench(quick: bool):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.flow import _shop
    from erp_desktop.services import sales
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-forms-"))
    uow, product_ids, customer_id, _warehouse, _bin, _account = _shop(folder / "forms.sqlite3")
    order = sales.create_order(
        uow,
        customer_id=customer_id,
        lines=[sales.LineInput(p, D(n % 5 + 1)) for n, p in enumerate(product_ids[:LINES])],
    )
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(uow, settings=settings)
    window = MainWindow(ctx, modules=[("sales", "erp_desktop.ui.sales")])
    window.resize(1366, 728)
    window.show()
    page = window.show_tab("sales").orders_page
    app.processEvents()
    runs = 5 if quick else 15
    opened, saved = [], []
    for n in range(runs + 2):  # two warm-up rounds: imports, first paint, prepared statements
        started = time.perf_counter()
        form = page.open_order(order.id)
        _wait(app, lambda f=form: f.view is not None and f.grid.line_count == LINES)
        app.processEvents()
        took_open = (time.perf_counter() - started) * 1000
        version = form.version
        form.grid.increment(0)  # one quantity typed up by one
        started = time.perf_counter()
        form.save()
        _wait(app, lambda f=form, v=version: f.version > v and not f.has_unsaved_changes())
        app.processEvents()
        took_save = (time.perf_counter() - started) * 1000
        if n >= 2:
            opened.append(took_open)
            saved.append(took_save)
        tabs = window.tabs
        form.set_clean()
        tabs.close_tab(tabs.indexOf(form))
        app.processEvents()
    window.close()
    uow.engine.dispose()
    open_ms, save_ms = statistics.median(opened), statistics.median(saved)
    print(f"# forms: {LINES}-line order, open median {open_ms:.1f} ms, save median {save_ms:.1f} ms", flush=True)
    return [at_most("form_open_ms", open_ms, "ms", 150), at_most("form_save_ms", save_ms, "ms", 100)]
