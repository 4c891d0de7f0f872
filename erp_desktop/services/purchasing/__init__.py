"""Purchasing (采购管理): requisitions → orders (with approvals) → receipts → returns, execution
tracking and the supplier view. The pieces live in submodules; this package re-exports the
service functions and result types the UI and the command line use.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import purchasing`` … ``purchasing.approve_order(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .common import (
        APPROVAL_DOC_TYPE,
        Amounts,
        PriceDefault,
        line_amounts,
    )
    from .orders import (
        OrderLineInput,
        OrderRef,
        approve_order,
        cancel_order,
        close_order,
        confirm_order,
        create_order,
        default_price,
        over_receipt_tolerance,
        reject_order,
        set_over_receipt_tolerance,
        submit_order,
        update_order,
    )
    from .queries import (
        STATE_LABELS,
        DocBrief,
        OrderDetail,
        OrderLineRow,
        OrderRow,
        QuoteRow,
        ReceiptDetail,
        ReceiptLineRow,
        SupplierPerformance,
        find_order,
        find_receipt,
        get_order_detail,
        get_receipt_detail,
        list_orders,
        state_label,
        supplier_performance,
    )
    from .receipts import (
        PostedRef,
        ReceiveLineInput,
        ReturnLineInput,
        receipt_reversals,
        receive_order,
        return_to_supplier,
        reverse_receipt,
    )
    from .reorder import (
        Suggestion,
        create_orders_from_suggestions,
        suggest_reorder,
    )
    from .requisitions import (
        MergeLine,
        RequisitionLineInput,
        RequisitionLineRow,
        RequisitionRef,
        cancel_requisition_lines,
        create_requisition,
        list_requisition_lines,
        merge_requisitions,
        plan_merge,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "APPROVAL_DOC_TYPE": ("common", "APPROVAL_DOC_TYPE"),
    "Amounts": ("common", "Amounts"),
    "DocBrief": ("queries", "DocBrief"),
    "MergeLine": ("requisitions", "MergeLine"),
    "OrderDetail": ("queries", "OrderDetail"),
    "OrderLineInput": ("orders", "OrderLineInput"),
    "OrderLineRow": ("queries", "OrderLineRow"),
    "OrderRef": ("orders", "OrderRef"),
    "OrderRow": ("queries", "OrderRow"),
    "PostedRef": ("receipts", "PostedRef"),
    "PriceDefault": ("common", "PriceDefault"),
    "QuoteRow": ("queries", "QuoteRow"),
    "ReceiptDetail": ("queries", "ReceiptDetail"),
    "ReceiptLineRow": ("queries", "ReceiptLineRow"),
    "ReceiveLineInput": ("receipts", "ReceiveLineInput"),
    "RequisitionLineInput": ("requisitions", "RequisitionLineInput"),
    "RequisitionLineRow": ("requisitions", "RequisitionLineRow"),
    "RequisitionRef": ("requisitions", "RequisitionRef"),
    "ReturnLineInput": ("receipts", "ReturnLineInput"),
    "STATE_LABELS": ("queries", "STATE_LABELS"),
    "Suggestion": ("reorder", "Suggestion"),
    "SupplierPerformance": ("queries", "SupplierPerformance"),
    "approve_order": ("orders", "approve_order"),
    "cancel_order": ("orders", "cancel_order"),
    "cancel_requisition_lines": ("requisitions", "cancel_requisition_lines"),
    "close_order": ("orders", "close_order"),
    "confirm_order": ("orders", "confirm_order"),
    "create_order": ("orders", "create_order"),
    "create_orders_from_suggestions": ("reorder", "create_orders_from_suggestions"),
    "create_requisition": ("requisitions", "create_requisition"),
    "default_price": ("orders", "default_price"),
    "find_order": ("queries", "find_order"),
    "find_receipt": ("queries", "find_receipt"),
    "get_order_detail": ("queries", "get_order_detail"),
    "get_receipt_detail": ("queries", "get_receipt_detail"),
    "line_amounts": ("common", "line_amounts"),
    "list_orders": ("queries", "list_orders"),
    "list_requisition_lines": ("requisitions", "list_requisition_lines"),
    "merge_requisitions": ("requisitions", "merge_requisitions"),
    "over_receipt_tolerance": ("orders", "over_receipt_tolerance"),
    "plan_merge": ("requisitions", "plan_merge"),
    "receipt_reversals": ("receipts", "receipt_reversals"),
    "receive_order": ("receipts", "receive_order"),
    "reject_order": ("orders", "reject_order"),
    "return_to_supplier": ("receipts", "return_to_supplier"),
    "reverse_receipt": ("receipts", "reverse_receipt"),
    "set_over_receipt_tolerance": ("orders", "set_over_receipt_tolerance"),
    "state_label": ("queries", "state_label"),
    "submit_order": ("orders", "submit_order"),
    "suggest_reorder": ("reorder", "suggest_reorder"),
    "supplier_performance": ("queries", "supplier_performance"),
    "update_order": ("orders", "update_order"),
}

__all__ = [
    "APPROVAL_DOC_TYPE",
    "Amounts",
    "DocBrief",
    "MergeLine",
    "OrderDetail",
    "OrderLineInput",
    "OrderLineRow",
    "OrderRef",
    "OrderRow",
    "PostedRef",
    "PriceDefault",
    "QuoteRow",
    "ReceiptDetail",
    "ReceiptLineRow",
    "ReceiveLineInput",
    "RequisitionLineInput",
    "RequisitionLineRow",
    "RequisitionRef",
    "ReturnLineInput",
    "STATE_LABELS",
    "Suggestion",
    "SupplierPerformance",
    "approve_order",
    "cancel_order",
    "cancel_requisition_lines",
    "close_order",
    "confirm_order",
    "create_order",
    "create_orders_from_suggestions",
    "create_requisition",
    "default_price",
    "find_order",
    "find_receipt",
    "get_order_detail",
    "get_receipt_detail",
    "line_amounts",
    "list_orders",
    "list_requisition_lines",
    "merge_requisitions",
    "over_receipt_tolerance",
    "plan_merge",
    "receipt_reversals",
    "receive_order",
    "reject_order",
    "return_to_supplier",
    "reverse_receipt",
    "set_over_receipt_tolerance",
    "state_label",
    "submit_order",
    "suggest_reorder",
    "supplier_performance",
    "update_order",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
