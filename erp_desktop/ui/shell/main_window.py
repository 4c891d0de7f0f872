"""The main window: a tab per module, then a closable tab per open document (``ui.forms``),
menus, a status bar; remembers its size and tab. Closing it with unsaved documents asks first."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from erp_desktop import __version__, config
from erp_desktop.i18n import tr, user_label
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.forms import DocumentTabs, install_document_tabs
from erp_desktop.ui.modules import MENU_MODULES, MODULES

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, modules: list[tuple[str, str]] | None = None):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(tr("erp-desktop — shop management"))
        self.tabs = DocumentTabs(ctx, self)
        self.setCentralWidget(self.tabs)
        install_document_tabs(ctx, self.tabs)
        self.tab_keys: list[str] = []
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        for key, path in modules if modules is not None else MODULES:
            self._add_module(key, path)
        for path in MENU_MODULES if modules is None else []:
            self._add_menu_module(path)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        url = ctx.uow.engine.url
        self.db_label.setText(tr("Database: {name}", name=url.database or url.render_as_string(hide_password=True)))
        self.user_label = QLabel(tr("User: {name}", name=user_label(ctx.uow.actor.username)), self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().showMessage(tr("Ready"), 3000)
        self._restore_state()

    # --- building -----------------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = [
            ("file", tr("&File")),
            ("documents", tr("&Documents")),
            ("reports", tr("&Reports")),
            ("tools", tr("&Tools")),
            ("settings", tr("&Settings")),
            ("help", tr("&Help")),
        ]
        for key, title in titles:
            self.menus[key] = bar.addMenu(title)
        refresh = QAction(tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        self.menus["file"].addAction(refresh)
        self.menus["file"].addSeparator()
        quit_action = QAction(tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        language = self.menus["settings"].addMenu(tr("Language"))
        for code, label in (("system", tr("System default")), ("zh_CN", "中文"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.value("language", "system") == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            language.addAction(action)
        about = QAction(tr("About erp-desktop"), self)
        about.triggered.connect(self.show_about)
        self.menus["help"].addAction(about)

    def _add_module(self, key: str, path: str) -> None:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name == path:
                return
            raise
        try:
            widget: QWidget = module.create_tab(self.ctx)
            title = module.tab_title()
        except Exception:  # a broken screen must not take the whole program down
            log.exception("module %s failed to load", path)
            widget = QLabel(
                tr(
                    "This part of the program failed to load. Details are in the log:\n{path}",
                    path=str(config.log_path()),
                )
            )
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            title = key
        self.tabs.add_fixed_tab(widget, title)
        self.tab_keys.append(key)
        if hasattr(module, "install_menus"):
            module.install_menus(self, self.ctx)

    def _add_menu_module(self, path: str) -> None:
        try:
            module = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name == path:
                return
            raise
        module.install_menus(self, self.ctx)

    def finish_menus(self) -> None:
        self.menus["file"].addSeparator()
        self.menus["file"].addAction(self.quit_action)
        for menu in self.menus.values():
            menu.menuAction().setVisible(not menu.isEmpty())

    # --- behaviour ----------------------------------------------------------------
    def show_tab(self, key: str) -> QWidget | None:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))
            return self.tabs.currentWidget()
        return None

    def refresh_all(self) -> None:
        self.ctx.changed.emit(frozenset({"catalog", "parties", "stock", "sales", "purchasing", "finance", "settings"}))

    def _set_language(self, code: str) -> None:
        self.ctx.settings.setValue("language", code)
        QMessageBox.information(self, tr("Language"), tr("The new language applies the next time the program starts."))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("About erp-desktop"),
            tr(
                "erp-desktop {version}\nPurchase, sales, inventory and finance for small shops.\nDatabase: {db}",
                version=__version__,
                db=str(self.ctx.uow.engine.url.database or ""),
            ),
        )

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("main/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        tab = self.ctx.settings.value("main/tab")
        if isinstance(tab, str):
            self.show_tab(tab)

    def closeEvent(self, event) -> None:
        if not self.tabs.close_all():  # 保存 / 放弃 / 取消 for each unsaved document; 取消 keeps the window
            event.ignore()
            return
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        if 0 <= self.tabs.currentIndex() < len(self.tab_keys):
            self.ctx.settings.setValue("main/tab", self.tab_keys[self.tabs.currentIndex()])
        self.ctx.runner.wait(5000)
        super().closeEvent(event)
