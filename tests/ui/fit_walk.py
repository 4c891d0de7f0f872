"""Run as ``python -m tests.ui.fit_walk DATA_DIR`` on a 1366×768 offscreen screen (test_fit_screen
starts it so): opens the main window as on a first start, walks every tab (and nested tab), then
opens every dialog class of ``erp_desktop.ui`` it can build, and prints one JSON line: the pages
and dialogs seen and every button that lies (partly) outside the screen's available area."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QTabWidget, QWidget


def _shop(folder: Path):
    """A small shop with a confirmed order, partly delivered: what the document dialogs need."""
    from decimal import Decimal as D

    from erp_desktop.services import masterdata, sales
    from erp_desktop.services.system.setup import open_shop
    from tests.support.sales import make_shop

    uow = open_shop(folder / "shop.sqlite3")
    shop = make_shop(uow)
    ref = sales.create_order(
        uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D("5"), D("10"), D("0"), D("0.13"))]
    )
    sales.confirm_order(uow, ref.id)
    line_id = sales.get_order_view(uow, ref.id).lines[0].id
    delivery = sales.deliver_order(uow, ref.id, lines=[sales.DeliveryLineInput(line_id, D("2"))])
    objects = {
        "order": sales.get_order_view(uow, ref.id),
        "delivery": sales.get_delivery_view(uow, delivery.id),
        "product": masterdata.get_product(uow, shop.a),
        "party": masterdata.get_customer(uow, shop.customer),
    }
    return uow, objects


def _outside(root: QWidget, area: QRect) -> list[str]:
    bad = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or button.width() <= 0:
            continue
        top_left = button.mapToGlobal(button.rect().topLeft())
        rect = QRect(top_left, button.size())
        if not area.contains(rect):
            bad.append(
                f"{type(root).__name__}: {button.text() or button.objectName() or type(button).__name__} at {rect.getRect()}"
            )
    return bad


def _dialog_classes() -> list[type]:
    import erp_desktop.ui as ui

    for info in pkgutil.walk_packages(ui.__path__, "erp_desktop.ui."):
        try:
            importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a module that needs more than an import is skipped
            continue
    found, todo = [], list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("erp_desktop.ui") and cls not in found:
            found.append(cls)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


def _build(cls: type, ctx, window, pdf: Path, objects: dict) -> QDialog | None:
    """Build a dialog whose constructor needs nothing but the context, a parent and (the print
    preview) a PDF; one that needs a document id or rows is skipped (reported)."""
    known = {
        "ctx": ctx,
        "parent": window,
        "pdf_path": pdf,
        "path": pdf,
        "title": "标题",
        "row": None,
        "rule": None,
        "lines": [],
        "checks": [],
        "username": "admin",
        "roles": ["owner"],
        "uow": ctx.uow,
        **objects,
    }
    kwargs = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if name in known:
            kwargs[name] = known[name]
        elif param.default is param.empty:
            return None
    try:
        dialog = cls(**kwargs)
    except Exception as exc:  # noqa: BLE001 - reported as skipped
        print(f"{cls.__name__}: {exc!r}", file=sys.stderr)
        return None
    return dialog if isinstance(dialog, QDialog) else None


def main(folder: str) -> None:
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.shell.main_window import MainWindow
    from erp_desktop.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(folder)
    uow, objects = _shop(path)
    settings = QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(uow, runner=SyncRunner(), settings=settings)
    screen = app.primaryScreen()
    area = screen.availableGeometry()
    window = MainWindow(ctx)
    window.finish_menus()
    window.show()
    app.processEvents()
    offenders: list[str] = []
    pages: list[str] = []
    if not window.isMaximized():
        offenders.append(f"main window not maximized on first start: {window.frameGeometry().getRect()}")
    if not area.contains(window.frameGeometry()) and not window.isMaximized():
        offenders.append(f"main window outside the screen: {window.frameGeometry().getRect()}")

    def walk(tabs: QTabWidget, trail: str) -> None:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            app.processEvents()
            page = tabs.widget(i)
            name = f"{trail}/{tabs.tabText(i)}"
            pages.append(name)
            offenders.extend(f"{name}: {o}" for o in _outside(window, area))
            for inner in page.findChildren(QTabWidget):
                if inner.isVisibleTo(window) and inner.parentWidget() is not None:
                    walk(inner, name)

    walk(window.tabs, "")
    from erp_desktop.ui.forms import document_tabs, open_document
    from erp_desktop.ui.forms.tabs import _FACTORIES

    forms: list[str] = []
    for kind in sorted(_FACTORIES):  # every kind of document form, new, in the window's tabs
        form = open_document(ctx, kind, None)
        app.processEvents()
        forms.append(type(form).__name__)
        offenders.extend(f"{kind}: {o}" for o in _outside(window, area))
        tabs = document_tabs(ctx)
        form.set_clean()
        tabs.close_tab(tabs.indexOf(form))
        app.processEvents()
    from erp_desktop.services.printing import layout as _layout  # noqa: F401 - ReportLab present

    pdf = path / "preview.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.drawString(100, 750, "preview")
    c.save()
    dialogs, skipped = [], []
    for cls in _dialog_classes():
        dialog = _build(cls, ctx, window, pdf, objects)
        if dialog is None:
            skipped.append(cls.__name__)
            continue
        dialog.show()
        app.processEvents()
        dialogs.append(cls.__name__)
        offenders.extend(_outside(dialog, area))
        frame = dialog.frameGeometry()
        if frame.height() > area.height() or frame.width() > area.width():
            offenders.append(f"{cls.__name__}: window {frame.getRect()} larger than the screen {area.getRect()}")
        dialog.hide()
        dialog.deleteLater()
        app.processEvents()
    print(
        json.dumps(
            {"pages": pages, "forms": forms, "dialogs": dialogs, "skipped": skipped, "offenders": offenders},
            ensure_ascii=False,
        )
    )
    window.hide()
    uow.engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
