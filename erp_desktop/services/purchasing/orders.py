"""Purchase orders: create and edit drafts, approval, confirmation, cancel and close.

Each writing function is one user action in one transaction. A draft whose approval rules apply
must be submitted and approved (``services.approvals``) before it is confirmed; approving the last
outstanding rule confirms the order. A zero price needs the user's confirmation ("zero-price").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.masterdata.units import entered_qty, repriced
from erp_desktop.services.system import approvals, audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import UnitOfWork, actor_of

from ...errors import ConfirmationRequired, InvalidTransition, ValidationError
from ...i18n import tr
from ...models.base import utcnow
from ...models.purchasing import OrderState, PurchaseOrder, PurchaseOrderLine, RequisitionLine, RequisitionLink
from ...models.system import AppSetting
from ...money import ZERO
from ...money import price as price_
from ...money import rate as rate_
from .common import (
    APPROVAL_DOC_TYPE,
    TOLERANCE_KEY,
    PriceDefault,
    check_qty,
    default_price_tx,
    get_order,
    get_product,
    get_supplier,
    line_amounts,
    order_facts,
)


@dataclass(frozen=True)
class OrderLineInput:
    product_id: uuid.UUID
    qty: Decimal
    price: Decimal | None = None  # None: the default (quote, last price, product price)
    tax_rate: Decimal | None = None  # None: the product's rate
    expected_date: date | None = None
    line_id: uuid.UUID | None = None  # an existing line being kept (keeps its requisition links)
    requisition_links: tuple[tuple[uuid.UUID, Decimal], ...] = ()  # (requisition line id, qty) on new lines
    unit: str = ""  # 多单位: the unit ``qty`` and ``price`` are in ("" = the base unit)


@dataclass(frozen=True)
class OrderRef:
    id: uuid.UUID
    number: str
    state: str
    gross_total: Decimal
    needs_approval: bool = False
    waiting_for: str = ""


def _ref(tx: Session, order: PurchaseOrder) -> OrderRef:
    status = approvals.status_tx(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order))
    return OrderRef(
        order.id,
        order.number,
        order.state,
        order.gross_total,
        status.needed and not status.approved,
        status.waiting_for(),
    )


def default_price(
    uow: UnitOfWork, supplier_id: uuid.UUID | None, product_id: uuid.UUID, qty: Decimal, on: date
) -> PriceDefault:
    with uow.read() as tx:
        return default_price_tx(tx, supplier_id, product_id, qty if qty and qty > ZERO else ZERO, on)


def _set_lines(tx: Session, order: PurchaseOrder, lines: list[OrderLineInput], acknowledged: frozenset[str]) -> None:
    if not lines:
        raise ValidationError(tr("An order needs at least one line."), field="lines")
    existing = {line.id: line for line in order.lines}
    kept: list[PurchaseOrderLine] = []
    zero_lines = []
    for seq, spec in enumerate(lines, start=1):
        product = get_product(tx, spec.product_id)
        quantity = check_qty(spec.qty)
        shown = entered_qty(tx, product.id, quantity, spec.unit, line=seq)
        if spec.price is None:
            default = default_price_tx(tx, order.supplier_id, product.id, shown.qty, order.on)
            unit_price, source = repriced(default.price, Decimal(1), shown.factor), default.source
        else:
            if spec.price < ZERO or price_(spec.price) != spec.price:
                raise ValidationError(
                    tr("Price must be zero or more with at most 6 decimals (line {line}).", line=seq), field="price"
                )
            unit_price, source = spec.price, "manual"
        tax_rate = product.tax_rate if spec.tax_rate is None else spec.tax_rate
        if tax_rate < ZERO or tax_rate >= 1 or rate_(tax_rate) != tax_rate:
            raise ValidationError(
                tr("Tax rate must be between 0 and 1, e.g. 0.13 (line {line}).", line=seq), field="tax_rate"
            )
        if unit_price == ZERO:
            zero_lines.append(f"{product.code} {product.name}")
        amounts = line_amounts(quantity, unit_price, tax_rate)
        line = existing.pop(spec.line_id, None) if spec.line_id else None
        new = line is None
        if line is None:
            line = PurchaseOrderLine(order_id=order.id, product_id=product.id)
        elif line.product_id != product.id:
            line.product_id = product.id
            _unlink(tx, line)
        line.seq, line.qty, line.price, line.tax_rate = seq, shown.qty, unit_price, tax_rate
        line.unit, line.unit_qty, line.unit_factor = shown.unit, shown.unit_qty, shown.factor
        line.net, line.tax, line.gross = amounts.net, amounts.tax, amounts.gross
        line.expected_date = spec.expected_date or order.expected_date
        line.price_source = source
        if new:
            order.lines.append(line)
            tx.flush()
            for req_line_id, link_qty in spec.requisition_links:
                _link(tx, line, req_line_id, link_qty)
        kept.append(line)
    for removed in existing.values():
        _unlink(tx, removed)
        order.lines.remove(removed)
    if zero_lines and "zero-price" not in acknowledged:
        raise ConfirmationRequired(
            "zero-price", tr("These lines have a price of zero: {lines}. Save anyway?", lines=", ".join(zero_lines))
        )
    order.net_total = sum((line.net for line in kept), ZERO)
    order.tax_total = sum((line.tax for line in kept), ZERO)
    order.gross_total = sum((line.gross for line in kept), ZERO)
    tx.flush()


def _link(tx: Session, line: PurchaseOrderLine, requisition_line_id: uuid.UUID, quantity: Decimal) -> None:
    req_line = lock_row(tx, RequisitionLine, requisition_line_id)  # two orders covering it serialise
    if req_line is None:
        raise ValidationError(tr("The requisition line no longer exists."), field="requisition")
    if req_line.product_id != line.product_id:
        raise ValidationError(
            tr("A requisition line can only be covered by an order line of the same product."), field="requisition"
        )
    if req_line.cancelled or req_line.ordered_qty + quantity > req_line.qty:
        raise ValidationError(
            tr(
                "Requisition {number} line {line} is already covered by an order.",
                number=req_line.requisition.number,
                line=req_line.seq,
            ),
            field="requisition",
        )
    tx.add(RequisitionLink(order_line_id=line.id, requisition_line_id=req_line.id, qty=quantity))
    req_line.ordered_qty += quantity
    _refresh_requisition(req_line)


def _unlink(tx: Session, line: PurchaseOrderLine) -> None:
    for link in tx.scalars(select(RequisitionLink).where(RequisitionLink.order_line_id == line.id)):
        req_line = lock_row(tx, RequisitionLine, link.requisition_line_id)
        assert req_line is not None, "a requisition link's line exists (foreign key)"
        req_line.ordered_qty -= link.qty
        _refresh_requisition(req_line)
        tx.delete(link)


def _refresh_requisition(req_line: RequisitionLine) -> None:
    requisition = req_line.requisition
    if requisition.state == "cancelled":
        return
    done = all(line.cancelled or line.ordered_qty >= line.qty for line in requisition.lines)
    requisition.state = "ordered" if done else "open"


def create_order(
    uow: UnitOfWork,
    *,
    supplier_id: uuid.UUID,
    on: date,
    lines: list[OrderLineInput],
    expected_date: date | None = None,
    buyer: str | None = None,
    note: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> OrderRef:
    """A draft purchase order. Raises ValidationError, ConfirmationRequired ("zero-price"), PermissionDenied."""
    with uow.write() as tx:
        actor = require(tx, Perm.BUY)
        order = new_order_tx(
            tx,
            supplier_id=supplier_id,
            on=on,
            lines=lines,
            expected_date=expected_date,
            buyer=buyer or actor.username,
            note=note,
            acknowledged=acknowledged,
        )
        return _ref(tx, order)


def new_order_tx(
    tx: Session, *, supplier_id, on, lines, expected_date=None, buyer="", note="", acknowledged=frozenset()
) -> PurchaseOrder:
    get_supplier(tx, supplier_id)
    actor = actor_of(tx)
    order = PurchaseOrder(
        number=next_number(tx, "PO", on),
        on=on,
        supplier_id=supplier_id,
        buyer=buyer or actor.username,
        created_by=actor.username,
        state=OrderState.DRAFT.value,
        expected_date=expected_date,
        note=note,
    )
    tx.add(order)
    tx.flush()
    _set_lines(tx, order, lines, acknowledged)
    audit.record(tx, "create", "purchase_order", order.id, summary=f"{order.number} {order.gross_total}")
    return order


def update_order(
    uow: UnitOfWork,
    order_id: uuid.UUID,
    *,
    supplier_id: uuid.UUID,
    on: date,
    lines: list[OrderLineInput],
    expected_date: date | None = None,
    buyer: str | None = None,
    note: str = "",
    version: int | None = None,
    acknowledged: frozenset[str] = frozenset(),
) -> OrderRef:
    """Change a draft. Raises InvalidTransition (not a draft), ConcurrencyError (stale version), ValidationError."""
    from ...errors import ConcurrencyError

    with uow.write() as tx:
        require(tx, Perm.BUY)
        order = get_order(tx, order_id)
        order.ensure_draft()
        if version is not None and version != order.version:
            raise ConcurrencyError(
                tr("Order {number} was changed by someone else meanwhile; reopen it.", number=order.number)
            )
        get_supplier(tx, supplier_id)
        order.supplier_id, order.on, order.expected_date, order.note = supplier_id, on, expected_date, note
        if buyer:
            order.buyer = buyer
        order.version += 1
        _set_lines(tx, order, lines, acknowledged)
        audit.record(tx, "update", "purchase_order", order.id, summary=f"{order.number} {order.gross_total}")
        return _ref(tx, order)


def submit_order(uow: UnitOfWork, order_id: uuid.UUID) -> OrderRef:
    """Ask for approval: draft → pending. Raises ValidationError when no rule applies."""
    with uow.write() as tx:
        require(tx, Perm.BUY)
        order = get_order(tx, order_id)
        order.ensure_draft()
        approvals.request_tx(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order), number=order.number)
        order.move_to(OrderState.PENDING)
        return _ref(tx, order)


def confirm_order(uow: UnitOfWork, order_id: uuid.UUID) -> OrderRef:
    """draft/pending → confirmed. Raises InvalidTransition when approval is still needed."""
    with uow.write() as tx:
        require(tx, Perm.BUY)
        order = get_order(tx, order_id)
        if order.state not in (OrderState.DRAFT.value, OrderState.PENDING.value):
            raise InvalidTransition(
                tr(
                    "Order {number} is {state}; it cannot be confirmed.",
                    number=order.number,
                    state=order.state_label(order.state),
                )
            )
        approvals.ensure_approved(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order), number=order.number)
        _confirm(order)
        return _ref(tx, order)


def _confirm(order: PurchaseOrder) -> None:
    order.move_to(OrderState.CONFIRMED)
    order.confirmed_at = utcnow()


def approve_order(uow: UnitOfWork, order_id: uuid.UUID, reason: str = "") -> OrderRef:
    """Approve as the acting user; the last outstanding approval confirms the order.
    Raises InvalidTransition (not pending), PermissionDenied (wrong role, own order)."""
    with uow.write() as tx:
        order = get_order(tx, order_id)
        if order.state != OrderState.PENDING.value:
            raise InvalidTransition(tr("{number} is not awaiting approval.", number=order.number))
        status = approvals.approve_tx(
            tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order), number=order.number, reason=reason
        )
        if status.approved:
            _confirm(order)
        return _ref(tx, order)


def reject_order(uow: UnitOfWork, order_id: uuid.UUID, reason: str) -> OrderRef:
    """Reject with a reason: pending → draft (the buyer may change and submit again)."""
    with uow.write() as tx:
        order = get_order(tx, order_id)
        if order.state != OrderState.PENDING.value:
            raise InvalidTransition(tr("{number} is not awaiting approval.", number=order.number))
        approvals.reject_tx(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order), number=order.number, reason=reason)
        order.move_to(OrderState.DRAFT)
        return _ref(tx, order)


def cancel_order(uow: UnitOfWork, order_id: uuid.UUID) -> OrderRef:
    """Cancel an order nothing has been received on; its requisition lines become open again."""
    with uow.write() as tx:
        require(tx, Perm.BUY)
        order = get_order(tx, order_id)
        if any(line.received_qty > ZERO for line in order.lines):
            raise InvalidTransition(
                tr("Order {number} has receipts; close it instead of cancelling.", number=order.number)
            )
        order.move_to(OrderState.CANCELLED)
        for line in order.lines:
            _unlink(tx, line)
        audit.record(tx, "cancel", "purchase_order", order.id, summary=order.number)
        return _ref(tx, order)


def close_order(uow: UnitOfWork, order_id: uuid.UUID) -> OrderRef:
    """Short-close: nothing more will be received."""
    with uow.write() as tx:
        require(tx, Perm.BUY)
        order = get_order(tx, order_id)
        order.move_to(OrderState.CLOSED)
        audit.record(tx, "close", "purchase_order", order.id, summary=order.number)
        return _ref(tx, order)


def set_over_receipt_tolerance(uow: UnitOfWork, tolerance: Decimal) -> Decimal:
    """The share of an ordered quantity that may be received beyond it (0.05 = 5 %)."""
    if tolerance is None or tolerance < ZERO or tolerance > 1 or rate_(tolerance) != tolerance:
        raise ValidationError(tr("The over-receipt tolerance must be between 0 and 1 (0.05 = 5 %)."), field="tolerance")
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        row = tx.scalar(select(AppSetting).where(AppSetting.key == TOLERANCE_KEY))
        if row is None:
            row = AppSetting(key=TOLERANCE_KEY, value=str(tolerance))
            tx.add(row)
        else:
            row.value = str(tolerance)
        return tolerance


def over_receipt_tolerance(uow: UnitOfWork) -> Decimal:
    from .common import tolerance_tx

    with uow.read() as tx:
        return tolerance_tx(tx)
