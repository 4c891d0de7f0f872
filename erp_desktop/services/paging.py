"""Keyset paging for lists that must open instantly on 100,000 rows.

A list query orders by (sort column, id) and continues after the last row's key, so page N
costs the same as page 1 (no OFFSET). Sort columns must be NOT NULL (coalesce where needed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_
from sqlalchemy.orm import QueryableAttribute, Session

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort: str = ""
    descending: bool = False
    after: tuple | None = None  # (sort value, id) of the last row already shown
    limit: int = 200
    filters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: Sequence[T]
    next_after: tuple | None  # None: no more rows


# a column or a mapped attribute: both can be labelled and compared
SortColumn = ColumnElement[Any] | QueryableAttribute[Any]


def keyset_page(
    tx: Session,
    stmt: Select,
    *,
    sort_columns: Mapping[str, SortColumn],
    default_sort: str,
    id_column: SortColumn,
    query: ListQuery,
    to_row: Callable[[Any], T],
) -> Page[T]:
    """Run ``stmt`` (already filtered) as one page of ``query``. Rows of ``stmt`` must expose the
    sort column value and id as the labels ``_sort`` and ``_id`` are added here."""
    sort_col = sort_columns.get(query.sort) or sort_columns[default_sort]
    stmt = stmt.add_columns(sort_col.label("_sort"), id_column.label("_id"))
    if query.after is not None:
        last_sort, last_id = query.after
        if query.descending:
            stmt = stmt.where(or_(sort_col < last_sort, and_(sort_col == last_sort, id_column < last_id)))
        else:
            stmt = stmt.where(or_(sort_col > last_sort, and_(sort_col == last_sort, id_column > last_id)))
    order = (sort_col.desc(), id_column.desc()) if query.descending else (sort_col.asc(), id_column.asc())
    result = tx.execute(stmt.order_by(*order).limit(query.limit + 1)).all()
    more = len(result) > query.limit
    result = result[: query.limit]
    rows = [to_row(r) for r in result]
    next_after = (result[-1]._sort, result[-1]._id) if more and result else None
    return Page(rows, next_after)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's wildcards escaped (escape='\\')."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
