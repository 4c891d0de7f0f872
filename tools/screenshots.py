"""Screenshots of every tab on the demo shop, for the README and for looking at what we built.

    python tools/screenshots.py [--lang zh_CN|en] [--out screenshots]      # offscreen, no display needed
    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py --real  # a real window under Xvfb

Writes <out>/window_<tab>.png (the whole main window with that tab open) and
<out>/form_<name>.png (the document forms in their tabs: a sales order with its lines, a
purchase order, its receipt (F11), the delivery dialog, a stock count, 收款/付款), all at 1366×768 — the laptop the shop has.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--real", action="store_true", help="use the real display (e.g. under xvfb-run)")
    parser.add_argument("--db", help="shop database to show (default: a fresh demo shop)")
    args = parser.parse_args()
    if not args.real:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-shots-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from erp_desktop.services.system.setup import open_shop
    from erp_desktop.ui.app import install_language
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.shell.main_window import MainWindow
    from erp_desktop.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication([])
    install_language(app, args.lang)
    if args.db:
        uow = open_shop(args.db)
    else:
        from erp_desktop import demo

        path = Path(os.environ["ERP_DATA_DIR"]) / "shots.sqlite3"
        uow = open_shop(path)
        demo.build_demo(uow)
    settings = QSettings(str(Path(os.environ["ERP_DATA_DIR"]) / "shots.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(uow, runner=SyncRunner(), settings=settings)
    window = MainWindow(ctx)
    window.finish_menus()
    window.resize(1366, 768)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        target = out / f"window_{key}.png"
        if args.real:
            window.screen().grabWindow(window.winId()).save(str(target))
        else:
            window.grab().save(str(target))
        print(target)
    _forms(app, window, uow, out, real=args.real)
    window.close()
    return 0


def _shoot(app, widget, target: Path, *, real: bool) -> None:
    for _ in range(5):
        app.processEvents()
    if real:
        widget.screen().grabWindow(widget.winId()).save(str(target))
    else:
        widget.grab().save(str(target))
    print(target)


def _forms(app, window, uow, out: Path, *, real: bool) -> None:
    """The document forms, each in its tab of the main window, on the demo shop's documents."""
    from PySide6.QtWidgets import QWidget

    from erp_desktop.services import purchasing, sales
    from erp_desktop.services.paging import ListQuery

    orders = sales.list_orders(uow, ListQuery(limit=200)).rows
    if orders:
        biggest = max(orders, key=lambda r: len(sales.get_order_view(uow, r.id).lines))
        window.show_tab("sales").orders_page.open_order(biggest.id)
        _shoot(app, window, out / "form_sales_order.png", real=real)
        open_one = next((r for r in orders if r.state in ("confirmed", "partly_delivered")), None)
        if open_one is not None:
            form = window.show_tab("sales").orders_page.open_order(open_one.id)
            form.deliver()
            dialog = getattr(form, "_dialog", None)
            if dialog is not None:
                _shoot(app, dialog, out / "form_delivery_dialog.png", real=real)
                dialog.reject()
    purchase_orders = purchasing.list_orders(uow, ListQuery(limit=50)).rows
    tab = window.show_tab("purchasing")
    if purchase_orders and tab is not None:
        page = next(
            (w for w in tab.findChildren(QWidget) if hasattr(w, "open_order") and hasattr(w, "receive_current")), None
        )
        if page is not None:
            page.open_order(purchase_orders[0].id)
            _shoot(app, window, out / "form_purchase_order.png", real=real)
    open_po = next((r for r in purchase_orders if r.state in ("confirmed", "partly_received")), None)
    if open_po is not None and tab is not None:
        from erp_desktop.ui.purchasing.receipt_form import open_receipt

        open_receipt(window.ctx, order=purchasing.get_order_detail(uow, open_po.id))  # F11 on the order
        _shoot(app, window, out / "form_purchase_receipt.png", real=real)
    inventory_tab = window.show_tab("inventory")
    if inventory_tab is not None and hasattr(inventory_tab, "counts"):
        from erp_desktop.services import inventory

        drafts = [c for c in inventory.list_counts(uow, ListQuery(limit=50)).rows if c.state == "draft"]
        if drafts:
            inventory_tab.counts.open_count(drafts[0].id)  # the count's form in its tab
            _shoot(app, window, out / "form_stock_count.png", real=real)
    finance_tab = window.show_tab("finance")
    if finance_tab is not None and hasattr(finance_tab, "money_docs_page"):
        finance_tab.setCurrentWidget(finance_tab.money_docs_page)
        finance_tab.money_docs_page.new_document("receipt")  # the 收款 form in its own tab
        _shoot(app, window, out / "form_receipt.png", real=real)


if __name__ == "__main__":
    raise SystemExit(main())
