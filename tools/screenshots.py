"""Screenshots of every tab on the demo shop, for the README and for looking at what we built.

    python tools/screenshots.py [--lang zh_CN|en] [--out screenshots]      # offscreen, no display needed
    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py --real  # a real window under Xvfb

Writes <out>/window_<tab>.png (the whole main window with that tab open) and
<out>/form_<name>.png (the document forms in their tabs: a sales order with its lines, a
purchase order, its receipt (F11), the delivery dialog, a stock count, 收款/付款), and the screens of
多门店, 多单位 and kits (new_<name>.png: Settings › Stores, a stock document and the return dialogs in
箱, on hand in units, an assembly, phone scanning, a member's ticket template, profit by store), all at
1366×768 — the laptop the shop has.
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
    _new_screens(app, window, uow, out, real=args.real)
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


def _new_screens(app, window, uow, out: Path, *, real: bool) -> None:
    """多门店, 多单位 and kits on the demo shop: its first product gets a 箱 of 24 and its second
    becomes a kit of the third and fourth, so the forms have something to show."""
    import traceback
    from decimal import Decimal

    from erp_desktop.services import inventory, masterdata
    from erp_desktop.services.paging import ListQuery

    products = masterdata.list_products(uow, ListQuery(limit=4)).rows
    boxed, kit = products[0], products[1]
    masterdata.save_unit(uow, boxed.id, "箱", Decimal(24), sale_default=True, purchase_default=True)
    inventory.set_bom(
        uow,
        kit.id,
        [inventory.ComponentInput(products[2].id, Decimal(1)), inventory.ComponentInput(products[3].id, Decimal(2))],
    )
    shots = [
        ("settings_stores", lambda: _settings_page(window, "erp_desktop.ui.settings.stores")),
        ("stock_doc_units", lambda: _stock_doc_in_units(window, uow, boxed.code)),
        ("on_hand_in_units", lambda: _on_hand_in_units(window)),
        ("assembly", lambda: _assembly(window, uow, kit.code)),
        ("receipt_phone", lambda: _receipt_phone(window, uow)),
        ("ticket_template", lambda: _ticket_template(window)),
        ("member_template", lambda: _member_dialog(window)),
        ("sales_return", lambda: _sales_return(window, uow)),
        ("purchase_return", lambda: _purchase_return(window, uow)),
        ("profit_by_store", lambda: _profit_by_store(window)),
    ]
    for name, show in shots:
        try:
            widget = show() or window
            _shoot(app, widget, out / f"new_{name}.png", real=real)
            if widget is not window and hasattr(widget, "reject"):
                widget.reject()
        except Exception:  # a screen that cannot be shown is reported, the others still taken
            traceback.print_exc()


def _settings_page(window, module: str):
    import importlib

    tab = window.show_tab("settings")
    title = importlib.import_module(module).page_title()
    for row in range(tab.pages_list.count()):
        if tab.pages_list.item(row).text() == title:
            tab.pages_list.setCurrentRow(row)
    return None


def _stock_doc_in_units(window, uow, code: str):
    """A receipt of one 箱 (the product's purchase unit), typed as the shop does: its code, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    form = window.show_tab("inventory").documents.new_document("receipt")
    QTest.keyClicks(form.grid.picker, code)
    QTest.keyClick(form.grid.picker, Qt.Key.Key_Return)  # a code typed whole: one 箱, as a scan
    QApplication.processEvents()
    return None


def _on_hand_in_units(window):
    tab = window.show_tab("inventory")
    tab.setCurrentWidget(tab.reports)
    tab.reports.setCurrentWidget(tab.reports.on_hand)
    tab.reports.on_hand.in_units_check.setChecked(True)
    return None


def _assembly(window, uow, code: str):
    from erp_desktop.services import masterdata

    form = window.show_tab("inventory").documents.new_document("assembly")
    brief = masterdata.find_product(uow, code)
    form.kit_picker.set_product(brief)
    form.kit_picker.picked.emit(brief)
    return None


def _receipt_phone(window, uow):
    from erp_desktop.services import purchasing
    from erp_desktop.services.paging import ListQuery
    from erp_desktop.ui.purchasing.receipt_form import open_receipt

    rows = purchasing.list_orders(uow, ListQuery(limit=50)).rows
    open_po = next(r for r in rows if r.state in ("confirmed", "partly_received"))
    form = open_receipt(window.ctx, order=purchasing.get_order_detail(uow, open_po.id))
    return form.open_phone()


def _ticket_template(window):
    _settings_page(window, "erp_desktop.ui.settings.print_templates")
    page = window.show_tab("settings").stack.currentWidget()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("counter_ticket"))
    return None


def _member_dialog(window):
    """Use for member… on a counter ticket's template: the members to choose from."""
    from erp_desktop.ui.settings.print_templates import _MemberDialog

    _ticket_template(window)
    members = _MemberDialog(window.ctx, window.show_tab("settings").stack.currentWidget())
    members.dialog.show()
    return members.dialog


def _sales_return(window, uow):
    from erp_desktop.services import sales
    from erp_desktop.services.paging import ListQuery
    from erp_desktop.ui.sales.dialogs import ReturnDialog

    for row in sales.list_orders(uow, ListQuery(limit=200)).rows:
        deliveries = sales.get_order_view(uow, row.id).deliveries
        if deliveries:
            dialog = ReturnDialog(window.ctx, sales.get_delivery_view(uow, deliveries[-1].id), window)
            dialog.show()
            return dialog
    return None


def _purchase_return(window, uow):
    from erp_desktop.services import purchasing
    from erp_desktop.services.paging import ListQuery
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog

    for row in purchasing.list_orders(uow, ListQuery(limit=50)).rows:
        receipts = purchasing.get_order_detail(uow, row.id).receipts
        if receipts:
            dialog = ReturnDialog(window.ctx, receipts[-1].id, window)
            dialog.show()
            return dialog
    return None


def _profit_by_store(window):
    tab = window.show_tab("finance")
    tab.setCurrentWidget(tab.reports_page)
    page = tab.reports_page
    page.report_combo.setCurrentIndex(page.report_combo.findData("profit_store"))
    return None


if __name__ == "__main__":
    raise SystemExit(main())
