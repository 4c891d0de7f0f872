"""File › Import from Excel: opening stock, opening receivables/payables, sales and purchase
orders, each through the shared import dialog (template download, row-by-row problems, error
report). Master-data imports live in the master-data tab."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QStackedWidget, QTabWidget, QWidget

from erp_desktop.i18n import tr
from erp_desktop.services import excel
from erp_desktop.ui.context import AppContext
from erp_desktop.ui.widgets.export import add_export_action
from erp_desktop.ui.widgets.import_dialog import ImportDialog
from erp_desktop.ui.widgets.list_page import ListPage

from .date_edit import DateEdit


def install_menus(window, ctx: AppContext) -> None:
    file_menu = window.menu("file")
    menu = QMenu(tr("Import from Excel"), file_menu)
    quit_action = next(
        (a for a in file_menu.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)), None
    )
    if quit_action is not None:
        file_menu.insertMenu(quit_action, menu)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addMenu(menu)
    window.excel_import_actions = {}
    for item in excel.importers():
        action = QAction(tr("{title}…", title=item.title), window)
        action.triggered.connect(lambda _checked=False, name=item.name: open_import(window, ctx, name))
        menu.addAction(action)
        window.excel_import_actions[item.name] = action
    add_missing_export_actions(window, ctx)


def add_missing_export_actions(window, ctx: AppContext) -> int:
    """Every list in the window exports to Excel: a ``ListPage`` whose screen did not add
    "Export to Excel…" gets it here (titled after its tab). Returns how many were added."""
    label = tr("Export to Excel…")
    added = 0
    for page in window.findChildren(ListPage):
        if any(a.text() == label for a in page.toolbar.actions()):
            continue
        add_export_action(page, ctx, _tab_title(page) or tr("Export"))
        added += 1
    return added


def _tab_title(widget: QWidget) -> str:
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
        if isinstance(tabs, QTabWidget):
            index = tabs.indexOf(current)
            if index >= 0:
                return tabs.tabText(index).replace("&", "")
        current = parent
    return ""


class _DateOption(QWidget):
    """The opening stock import's one option: the date its stock is entered on."""

    date_edit: DateEdit


def open_import(parent, ctx: AppContext, name: str, **kwargs) -> ImportDialog:
    """Open the import dialog for one importer (non-blocking); returns it."""
    item = excel.importer(name)
    extra: _DateOption | None = None
    options = None
    if name == "opening-stock":
        extra = _DateOption()
        row = QHBoxLayout(extra)
        row.setContentsMargins(0, 0, 0, 0)
        date_edit = DateEdit(QDate.currentDate(), extra)
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("yyyy-MM-dd")
        label = QLabel(tr("Opening stock date:"), extra)
        label.setBuddy(date_edit)
        row.addWidget(label)
        row.addWidget(date_edit)
        row.addStretch(1)
        extra.date_edit = date_edit
        options = lambda: {"on": date_edit.date().toPython()}  # noqa: E731
    dialog = ImportDialog(
        ctx,
        title=tr("Import {what} from Excel", what=item.title),
        template_columns=item.columns(),
        run_import=lambda path, **kw: item.run(ctx.uow, Path(path), **kw),
        template_name=tr("{what} template", what=item.title),
        template_writer=item.template,
        areas=item.areas,
        extra_widget=extra,
        options=options,
        reports_progress=True,
        parent=parent,
        **kwargs,
    )
    dialog.open()
    return dialog
