"""Starting the window: logging to a file, an unhandled-exception dialog, Qt's translator for
the chosen language, opening the shop (or the demo shop) and the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import config, i18n
from ..errors import UserError
from ..i18n import tr

log = logging.getLogger(__name__)


def setup_logging() -> Path:
    path = config.log_path()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook() -> None:
    def hook(kind, value, tb):
        log.error("unhandled exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                tr("Something went wrong"),
                tr(
                    "An unexpected error happened; nothing was saved. Details are in the log:\n{path}\n\n{error}",
                    path=str(config.log_path()),
                    error=repr(value),
                ),
            )

    sys.excepthook = hook


def install_language(app: QApplication, preferred: str | None) -> str:
    """Load the .qm for the chosen language and route ``i18n.tr`` through Qt."""
    if preferred in (None, "", "system"):
        forced = os.environ.get("ERP_LANG")
        language = (
            i18n.detect_language(forced) if forced else ("zh_CN" if QLocale.system().name().startswith("zh") else "en")
        )
    else:
        language = i18n.detect_language(preferred)
    i18n.set_language(language)
    if language != "en":
        translator = QTranslator(app)
        qm = i18n.i18n_dir() / f"erp_desktop_{language}.qm"
        if translator.load(str(qm)):
            app.installTranslator(translator)
            i18n.install_translator(lambda text: QCoreApplication.translate(i18n.CONTEXT, text))
        qt_translator = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt_translator.load(
            QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_translator)
    return language


def open_shop_for_window(args: argparse.Namespace):
    """See ``ui.shell.maintenance.open_shop_for_window``: never replaces a missing, empty or
    damaged shop file silently (None: the user chose not to create one)."""
    from erp_desktop.ui.shell.maintenance import open_shop_for_window as open_checked

    if getattr(args, "demo", False):
        return open_demo_with_progress()
    return open_checked(args)


def open_demo_with_progress(parent=None):
    """The demo shop; on first use it is built behind a progress window (it takes seconds)."""
    from erp_desktop import demo
    from erp_desktop.services.system import open_shop

    from .tasks import run_with_progress

    uow = open_shop(config.data_dir() / "demo.sqlite3")
    if not demo.demo_needed(uow):
        return uow

    labels = {
        "master data": tr("products, customers and suppliers"),
        "purchases": tr("purchases"),
        "sales": tr("sales"),
        "finance": tr("receipts and payments"),
        "inventory": tr("stock documents and counts"),
        "counter sales today": tr("today's counter sales"),
    }

    def build(progress) -> None:
        def report(done: int, total: int, step: str) -> None:
            text = (
                tr("Building the demo shop: {step}…", step=labels.get(step, step))
                if step
                else tr("Opening the demo shop…")
            )
            progress.report(done, total, text)

        demo.build_demo(uow, progress=report)

    run_with_progress(parent, tr("Demo shop"), build, label=tr("Building the demo shop…"))
    return uow


def run_app(args: argparse.Namespace) -> int:
    setup_logging()
    install_excepthook()
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("erp-desktop")
    app.setOrganizationName("erp-desktop")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(config.resources_dir() / "icons" / "erp-desktop.png")))
    settings = QSettings("erp-desktop", "erp-desktop")
    install_language(app, args.lang or str(settings.value("language", "system")))
    from erp_desktop import storage
    from erp_desktop.services import system

    online = getattr(args, "db", None) and storage.names_no_login(str(args.db))
    if online:  # online mode as the user's own database login: log in first, then open
        from erp_desktop.ui.shell.login import online_login_dialog

        found = online_login_dialog(str(args.db))
        if found is None:
            return 1
        uow, actor = found
        return _show_window(app, args, uow.as_actor(actor), settings)
    try:
        uow = open_shop_for_window(args)
    except UserError as exc:
        QMessageBox.critical(None, tr("Cannot open the shop"), exc.message)
        return 1
    if uow is None:
        return 1
    if system.login_required(uow):
        from erp_desktop.ui.shell.login import login_dialog

        logged_in = login_dialog(uow)
        if logged_in is None:
            return 1
        actor = logged_in
    else:  # log-in off: the shop's owner (or the unrestricted system actor when there are no users)
        actor = system.default_actor(uow)
    return _show_window(app, args, uow.as_actor(actor), settings)


def _show_window(app, args: argparse.Namespace, uow, settings) -> int:
    from erp_desktop.ui.shell.main_window import MainWindow

    from .context import AppContext

    ctx = AppContext(uow, settings=settings)
    window = MainWindow(ctx)
    window.finish_menus()
    window.show()
    if not getattr(args, "demo", False) and not getattr(args, "self_test", False):
        from erp_desktop.ui.settings.opening import offer_opening_wizard

        window.__dict__["opening_wizard"] = offer_opening_wizard(
            window, ctx
        )  # a new, empty shop: 开账向导 (kept alive)
    if getattr(args, "self_test", False):
        from erp_desktop.ui.shell.self_test import run_self_test

        return run_self_test(app, window)
    return app.exec()
