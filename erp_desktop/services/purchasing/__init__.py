"""Purchasing (采购管理): requisitions → orders (with approvals) → receipts → returns, execution
tracking and the supplier view. The pieces live in submodules; this package re-exports the
service functions and result types the UI and the command line use."""

from __future__ import annotations

from . import checks as _checks  # noqa: F401  (registers the verify check)
from .common import APPROVAL_DOC_TYPE, Amounts, PriceDefault, line_amounts
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
from .receipts import PostedRef, ReceiveLineInput, ReturnLineInput, receive_order, return_to_supplier
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

__all__ = [name for name in dir() if not name.startswith("_")]
