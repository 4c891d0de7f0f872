"""Analysis: the multi-dimensional pivot and the dashboards.

The pivot itself is ``run_pivot`` here: ``pivot`` is the name of its submodule.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import analysis`` … ``analysis.choices(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .dashboard import (
        Figure,
        Overview,
        StockOverview,
        overview,
        stock_overview,
    )
    from .pivot import (
        MEASURES,
        PURCHASE_DIMS,
        PURCHASE_MEASURES,
        SALES_DIMS,
        SOURCES,
        TIME_DIMS,
        DocLine,
        PivotResult,
        PivotSpec,
        ViewRow,
        choices,
        delete_view,
        dimension_label,
        drill,
        export_xlsx,
        list_views,
        measure_label,
        replace_spec,
        save_view,
        table,
    )
    from .pivot import (
        pivot as run_pivot,
    )
    from .stores import (
        StoreProfit,
        StoreProfitReport,
        profit_by_store,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "DocLine": ("pivot", "DocLine"),
    "Figure": ("dashboard", "Figure"),
    "MEASURES": ("pivot", "MEASURES"),
    "Overview": ("dashboard", "Overview"),
    "PURCHASE_DIMS": ("pivot", "PURCHASE_DIMS"),
    "PURCHASE_MEASURES": ("pivot", "PURCHASE_MEASURES"),
    "PivotResult": ("pivot", "PivotResult"),
    "PivotSpec": ("pivot", "PivotSpec"),
    "SALES_DIMS": ("pivot", "SALES_DIMS"),
    "SOURCES": ("pivot", "SOURCES"),
    "StockOverview": ("dashboard", "StockOverview"),
    "TIME_DIMS": ("pivot", "TIME_DIMS"),
    "ViewRow": ("pivot", "ViewRow"),
    "choices": ("pivot", "choices"),
    "delete_view": ("pivot", "delete_view"),
    "dimension_label": ("pivot", "dimension_label"),
    "drill": ("pivot", "drill"),
    "export_xlsx": ("pivot", "export_xlsx"),
    "list_views": ("pivot", "list_views"),
    "measure_label": ("pivot", "measure_label"),
    "overview": ("dashboard", "overview"),
    "run_pivot": ("pivot", "pivot"),
    "replace_spec": ("pivot", "replace_spec"),
    "save_view": ("pivot", "save_view"),
    "stock_overview": ("dashboard", "stock_overview"),
    "table": ("pivot", "table"),
    "StoreProfit": ("stores", "StoreProfit"),
    "StoreProfitReport": ("stores", "StoreProfitReport"),
    "profit_by_store": ("stores", "profit_by_store"),
}

__all__ = [
    "DocLine",
    "Figure",
    "MEASURES",
    "Overview",
    "PURCHASE_DIMS",
    "PURCHASE_MEASURES",
    "PivotResult",
    "PivotSpec",
    "SALES_DIMS",
    "SOURCES",
    "StockOverview",
    "TIME_DIMS",
    "ViewRow",
    "choices",
    "delete_view",
    "dimension_label",
    "drill",
    "export_xlsx",
    "list_views",
    "measure_label",
    "overview",
    "run_pivot",
    "replace_spec",
    "save_view",
    "stock_overview",
    "table",
    "StoreProfit",
    "StoreProfitReport",
    "profit_by_store",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
