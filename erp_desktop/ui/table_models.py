"""List models that page lazily: they hold the rows fetched so far and grow in ``fetchMore``,
so a list of 100,000 rows opens with one page. Rows are frozen dataclasses from services."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from erp_desktop.services.paging import ListQuery, Page

from .formatting import date_text, money_text, percent_text, price_text, qty_text

FORMATTERS: dict[str, Callable[[Any], str]] = {
    "text": lambda v: "" if v is None else str(v),
    "money": money_text,
    "qty": qty_text,
    "price": price_text,
    "percent": percent_text,
    "date": date_text,
    "bool": lambda v: "✓" if v else "",
}
NUMERIC = {"money", "qty", "price", "percent"}
RowRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the row dataclass (or a key of row.custom for "custom.<key>")
    title: str  # already translated
    kind: str = "text"
    sortable: bool = True
    width: int = 0
    warn: Callable[[Any], bool] | None = field(default=None, compare=False)  # paint red when true


def cell_value(row: Any, key: str) -> Any:
    if key.startswith("custom."):
        return (getattr(row, "custom", None) or {}).get(key[7:])
    return getattr(row, key, None)


class RowsTableModel(QAbstractTableModel):
    """A fixed list of rows (document lines, reports)."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = cell_value(row, column.key)
            if column.kind == "text" and isinstance(value, Decimal):
                return qty_text(value)
            if column.kind == "text" and isinstance(value, (list, tuple)):
                return ", ".join(str(v) for v in value)
            if column.kind == "text" and isinstance(value, date):
                return date_text(value)
            return FORMATTERS.get(column.kind, FORMATTERS["text"])(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn is not None:
            if column.warn(row):
                return QBrush(QColor("#c62828"))
            return None
        if role == RowRole:
            return row
        if role == ValueRole:
            return cell_value(row, column.key)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)


class PagedTableModel(RowsTableModel):
    """Rows come from ``fetch(ListQuery) -> Page`` a page at a time (keyset paging)."""

    def __init__(
        self, columns: Sequence[Column], fetch: Callable[[ListQuery], Page], *, page_size: int = 200, parent=None
    ):
        super().__init__(columns, (), parent)
        self._fetch = fetch
        self.page_size = page_size
        self.query = ListQuery(limit=page_size)
        self._next_after: tuple | None = None
        self._more = False
        self.loaded = False  # no page fetched yet (a list page fetches its first when first shown)

    def set_query(
        self,
        *,
        search: str | None = None,
        sort: str | None = None,
        descending: bool | None = None,
        filters: dict | None = None,
    ) -> None:
        """Change search/sort/filters and load the first page again."""
        self.query = ListQuery(
            search=self.query.search if search is None else search,
            sort=self.query.sort if sort is None else sort,
            descending=self.query.descending if descending is None else descending,
            filters=dict(self.query.filters) if filters is None else filters,
            limit=self.page_size,
        )
        self.reload()

    def reload(self) -> None:
        page = self._fetch(self.query)
        self.loaded = True
        self.beginResetModel()
        self.rows = list(page.rows)
        self._next_after = page.next_after
        self._more = page.next_after is not None
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        query = ListQuery(
            search=self.query.search,
            sort=self.query.sort,
            descending=self.query.descending,
            filters=self.query.filters,
            after=self._next_after,
            limit=self.page_size,
        )
        page = self._fetch(query)
        if not page.rows:
            self._more = False
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self._next_after = page.next_after
        self._more = page.next_after is not None
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            self.set_query(sort=self.columns[column].key, descending=order == Qt.SortOrder.DescendingOrder)
