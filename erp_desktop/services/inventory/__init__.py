"""Inventory (库存管理): other receipts and issues, transfers, counts, stock reports.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import inventory`` … ``inventory.cancel_count(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .counts import (
        OTHER_BIN,
        ScanResult,
        ShelvedElsewhere,
        cancel_count,
        category_by_name,
        create_count,
        find_count,
        get_count,
        list_counts,
        post_count,
        scan_codes,
        scan_count,
        set_counted,
    )
    from .documents import (
        ISSUE_REASONS,
        KIND_LABELS,
        RECEIPT_REASONS,
        STATE_LABELS,
        LineInput,
        create_and_post,
        delete_stock_doc,
        find_stock_doc,
        get_stock_doc,
        list_stock_docs,
        post_stock_doc,
        reverse_stock_doc,
        save_stock_doc,
    )
    from .picks import BinQty, Pick, PickProposal, bin_stock, propose_picks, split_picks
    from .queries import (
        low_stock,
        movement_history,
        on_hand_report,
        product_stock,
        slow_moving,
        valuation,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "ISSUE_REASONS": ("documents", "ISSUE_REASONS"),
    "KIND_LABELS": ("documents", "KIND_LABELS"),
    "LineInput": ("documents", "LineInput"),
    "RECEIPT_REASONS": ("documents", "RECEIPT_REASONS"),
    "STATE_LABELS": ("documents", "STATE_LABELS"),
    "BinQty": ("picks", "BinQty"),
    "Pick": ("picks", "Pick"),
    "PickProposal": ("picks", "PickProposal"),
    "bin_stock": ("picks", "bin_stock"),
    "propose_picks": ("picks", "propose_picks"),
    "split_picks": ("picks", "split_picks"),
    "OTHER_BIN": ("counts", "OTHER_BIN"),
    "ShelvedElsewhere": ("counts", "ShelvedElsewhere"),
    "ScanResult": ("counts", "ScanResult"),
    "cancel_count": ("counts", "cancel_count"),
    "category_by_name": ("counts", "category_by_name"),
    "create_and_post": ("documents", "create_and_post"),
    "create_count": ("counts", "create_count"),
    "delete_stock_doc": ("documents", "delete_stock_doc"),
    "find_count": ("counts", "find_count"),
    "find_stock_doc": ("documents", "find_stock_doc"),
    "get_count": ("counts", "get_count"),
    "get_stock_doc": ("documents", "get_stock_doc"),
    "list_counts": ("counts", "list_counts"),
    "list_stock_docs": ("documents", "list_stock_docs"),
    "low_stock": ("queries", "low_stock"),
    "movement_history": ("queries", "movement_history"),
    "on_hand_report": ("queries", "on_hand_report"),
    "post_count": ("counts", "post_count"),
    "post_stock_doc": ("documents", "post_stock_doc"),
    "product_stock": ("queries", "product_stock"),
    "reverse_stock_doc": ("documents", "reverse_stock_doc"),
    "save_stock_doc": ("documents", "save_stock_doc"),
    "scan_codes": ("counts", "scan_codes"),
    "scan_count": ("counts", "scan_count"),
    "set_counted": ("counts", "set_counted"),
    "slow_moving": ("queries", "slow_moving"),
    "valuation": ("queries", "valuation"),
}

__all__ = [
    "BinQty",
    "Pick",
    "PickProposal",
    "bin_stock",
    "propose_picks",
    "split_picks",
    "ISSUE_REASONS",
    "KIND_LABELS",
    "LineInput",
    "RECEIPT_REASONS",
    "STATE_LABELS",
    "OTHER_BIN",
    "ShelvedElsewhere",
    "ScanResult",
    "cancel_count",
    "category_by_name",
    "create_and_post",
    "create_count",
    "delete_stock_doc",
    "find_count",
    "find_stock_doc",
    "get_count",
    "get_stock_doc",
    "list_counts",
    "list_stock_docs",
    "low_stock",
    "movement_history",
    "on_hand_report",
    "post_count",
    "post_stock_doc",
    "product_stock",
    "reverse_stock_doc",
    "save_stock_doc",
    "scan_codes",
    "scan_count",
    "set_counted",
    "slow_moving",
    "valuation",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
