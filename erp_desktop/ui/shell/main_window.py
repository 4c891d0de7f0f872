"""The main window: a tab per module, then a closable tab per open document (``ui.forms``),
menus, a status bar; remembers its size and tab.

It owns the keyboard contract (``keys.py``): Ctrl+N, Ctrl+S, F8, F11, Ctrl+P, F5, F9, Ctrl+F and
Ctrl+Q are window-level actions that run on the current page or form, Esc closes the current form
when nothing inside wanted the key, and Help › Keyboard shortcuts lists them. On the first start it
opens maximized; afterwards it comes back as it was left. Closing it with unsaved documents asks
first (each document tab, then any other form)."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop import __version__, config
from erp_desktop.i18n import N_, tr, user_label
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.forms import DocumentTabs, install_document_tabs
from erp_desktop.ui.modules import MENU_MODULES, MODULES
from erp_desktop.ui.shell import keys

log = logging.getLogger(__name__)


class MainWindow(keys.ContractHost, QMainWindow):
    def __init__(self, ctx: AppContext, *, modules: list[tuple[str, str]] | None = None):
        super().__init__()
        self.ctx = ctx
        self.fallbacks = {"refresh": self.refresh_all, "quit": self.close}
        self.contract_actions = keys.install(self)
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
        self._install_tab_keys()
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
        # File › Refresh and Quit are the contract's own F5 and Ctrl+Q (one action per key)
        refresh = self.contract_actions["refresh"]
        refresh.setText(tr("Refresh"))
        self.menus["file"].addAction(refresh)
        self.menus["file"].addSeparator()
        self.quit_action = self.contract_actions["quit"]
        self.quit_action.setText(tr("Quit"))
        language = self.menus["settings"].addMenu(tr("Language"))
        for code, label in (("system", tr("System default")), ("zh_CN", "中文"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.value("language", "system") == code)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            language.addAction(action)
        shortcuts = QAction(tr("Keyboard shortcuts…"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        self.menus["help"].addAction(shortcuts)
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

    def _install_tab_keys(self) -> None:
        """Alt+1 … Alt+9: the window's first nine tabs (销售, 财务 …), the cursor into the tab —
        without them a keyboard user could reach another module only through nested tab bars."""
        for n in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, index=n - 1: self.go_to_tab(index))
            self.addAction(action)

    def go_to_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            page = self.tabs.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
                now = QApplication.focusWidget()
                if now is None or now is page or not page.isAncestorOf(now):
                    page.focusNextChild()  # into the tab's first field

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

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def keyPressEvent(self, event) -> None:
        # an Esc that no popup, cell editor or field inside took: close the current form
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            if keys.dispatch_quietly(self, "close_form"):
                event.accept()
                return
        super().keyPressEvent(event)

    def _restore_state(self) -> None:
        """Back as it was left; on the first start (nothing saved) maximized, so that on a
        1366×768 laptop nothing falls below the screen's edge."""
        geometry = self.ctx.settings.value("main/geometry")
        self.start_maximized = True
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(geometry)
            self.start_maximized = str(self.ctx.settings.value("main/maximized", "false")).lower() == "true"
        else:
            from erp_desktop.ui.widgets.screen import available_area

            screen = available_area(self)
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        if self.start_maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        tab = self.ctx.settings.value("main/tab")
        if isinstance(tab, str):
            self.show_tab(tab)

    def closeEvent(self, event) -> None:
        if not self.tabs.close_all():  # 保存 / 放弃 / 取消 for each unsaved document; 取消 keeps the window
            event.ignore()
            return
        unsaved = keys.unsaved_forms(self)
        if unsaved:
            answer = keys.ask_unsaved(self, tr("{count} open form(s)", count=len(unsaved)))
            if answer == "cancel":
                event.ignore()
                return
            if answer == "save":
                for form in unsaved:
                    save = keys.handler(form, "save")
                    if save is not None:
                        save()
                if keys.unsaved_forms(self):  # a save failed (its message is shown): stay open
                    event.ignore()
                    return
        self.ctx.settings.setValue("main/maximized", "true" if self.isMaximized() else "false")
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        if 0 <= self.tabs.currentIndex() < len(self.tab_keys):
            self.ctx.settings.setValue("main/tab", self.tab_keys[self.tabs.currentIndex()])
        self.ctx.runner.wait(5000)
        super().closeEvent(event)


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: the contract, one row per key, in the user's language."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(keys.CONTRACT) + len(EXTRA_KEYS), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Key"), tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = [
            (QKeySequence(c.key).toString(QKeySequence.SequenceFormat.NativeText), tr(c.label)) for c in keys.CONTRACT
        ]
        rows += [(key, tr(label)) for key, label in EXTRA_KEYS]
        for r, (key, label) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(key))
            self.table.setItem(r, 1, QTableWidgetItem(label))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The same keys work on every page and form; buttons show theirs."), self))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
        from erp_desktop.ui.widgets.screen import fit_to_screen

        fit_to_screen(self)

    def rows(self) -> list[tuple[str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


# Keys of pickers and date fields, listed on the same page (not window actions)
EXTRA_KEYS: list[tuple[str, str]] = [
    ("↓ / ↑", N_("In a picker: move in the list")),
    ("Enter / Tab", N_("In a picker: take the highlighted row (a scanned code at once)")),
    ("Tab", N_("In a date: leave it; type 20261001, 10-1, 1001, +3 or t")),
    ("Alt+↓ / F4", N_("In a date: open the calendar")),
    ("Alt+1 … Alt+9", N_("Go to the window's first, second … ninth tab")),
    ("Ctrl+Tab", N_("Next page inside a tab (e.g. 收款/付款 in Finance)")),
    ("F7", N_("In a document's product cell or a count's scan box: enter a template's variants as a matrix")),
]
