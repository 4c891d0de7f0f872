"""A list screen: search-as-you-type box, a lazily paged table sorted by clicking headers, and a
tool bar of actions. Module screens build on it; they supply the fetch function and actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.paging import ListQuery, Page

from ...i18n import tr
from ..table_models import Column, PagedTableModel, RowRole
from .remember import layout_key, remember_header


class ListPage(QWidget):
    """Column widths, column order and the sort are remembered per user (``ui.widgets.remember``)
    under ``remember_as`` (default: the parent page's class), in the settings of ``ctx`` (default:
    the parent's ``ctx``); they come back when the list first shows."""

    activated = Signal(object)  # the row dataclass (double-click or Enter)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Callable[[ListQuery], Page],
        *,
        parent: QWidget | None = None,
        placeholder: str | None = None,
        ctx: Any = None,
        remember_as: str | None = None,
    ):
        super().__init__(parent)
        self.model = PagedTableModel(columns, fetch, parent=self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(placeholder or tr("Search…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.count_label = QLabel(self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.model)
        # clear the indicator first: enabling sorting sorts by the current indicator at once
        self.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table_view.setSortingEnabled(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.verticalHeader().setDefaultSectionSize(24)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.doubleClicked.connect(self._on_table_view_double_clicked)
        for i, column in enumerate(columns):
            if column.width:
                self.table_view.setColumnWidth(i, column.width)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.search_edit)
        self.search_edit.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.count_label)
        from ..shell import keys

        keys.bind(self, "focus_search", self.focus_search)  # Ctrl+F
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        remember_header(
            self.table_view.horizontalHeader(),
            ctx if ctx is not None else getattr(parent, "ctx", None),
            remember_as or layout_key(parent if parent is not None else self, "list"),
            signature=lambda: "|".join(column.key for column in self.model.columns),
        )

    def add_action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        from ..shell import keys

        action = keys.local_action(self, text, slot, shortcut)  # Ctrl+N, Ctrl+P … go to the contract
        self.toolbar.addAction(action)
        return action

    def reload(self) -> None:
        self.model.reload()

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search box, its text selected."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The first page is fetched when the list is first shown, unless its screen loaded it
        already: a tab's lists cost nothing at start-up, and none opens empty."""
        super().showEvent(event)
        if not self.model.loaded:
            self.model.reload()

    def current_row(self) -> Any:
        index = self.table_view.currentIndex()
        return self.model.data(index, RowRole) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        rows = {i.row() for i in self.table_view.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(rows)]

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_query(search=text)

    def _on_table_view_double_clicked(self, index) -> None:
        row = self.model.data(index, RowRole)
        if row is not None:
            self.activated.emit(row)

    def keyPressEvent(self, event) -> None:  # Enter opens the current row
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table_view.hasFocus():
            row = self.current_row()
            if row is not None:
                self.activated.emit(row)
                return
        super().keyPressEvent(event)

    def _update_count(self, *_args) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(tr("{count} rows", count=f"{len(self.model.rows)}{more}"))
