"""Requisitions (采购申请): any department asks for goods; a buyer merges open lines into orders.

``plan_merge`` proposes a supplier per line (best valid quote, else the product's last supplier);
``merge_requisitions`` takes the buyer's (possibly edited) choice and writes one draft order per
supplier in one transaction, one order line per product, linked back to every requisition line.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.masterdata.units import entered_qty
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork, actor_of

from ...errors import NotFound, ValidationError
from ...i18n import tr
from ...models.catalog import Product
from ...models.parties import Supplier
from ...models.purchasing import (
    PurchaseOrder,
    PurchaseOrderLine,
    Requisition,
    RequisitionLine,
    RequisitionLink,
    RequisitionState,
)
from ...money import ZERO
from .common import best_quote, check_qty, get_product, last_supplier_id, valid_quotes
from .orders import OrderLineInput, OrderRef, _ref, new_order_tx


@dataclass(frozen=True)
class RequisitionLineInput:
    product_id: uuid.UUID
    qty: Decimal
    needed_by: date | None = None
    reason: str = ""
    department: str = ""
    unit: str = ""  # 多单位: the unit ``qty`` is in ("" = the base unit)


@dataclass(frozen=True)
class RequisitionRef:
    id: uuid.UUID
    number: str


@dataclass(frozen=True)
class RequisitionLineRow:
    id: uuid.UUID
    requisition_id: uuid.UUID
    number: str
    on: date
    department: str
    requested_by: str
    product_id: uuid.UUID
    product_code: str
    product_name: str
    qty: Decimal
    ordered_qty: Decimal
    open_qty: Decimal
    needed_by: date | None
    reason: str
    state: str  # open | ordered | cancelled
    orders: str  # numbers of the orders covering it


@dataclass(frozen=True)
class MergeLine:
    """One requisition line in a merge proposal; ``supplier_id`` may be changed by the buyer."""

    requisition_line_id: uuid.UUID
    number: str
    product_id: uuid.UUID
    product_label: str
    qty: Decimal
    needed_by: date | None
    supplier_id: uuid.UUID | None
    supplier_label: str
    source: str  # quote | last | ""


def create_requisition(
    uow: UnitOfWork, *, on: date, department: str, lines: list[RequisitionLineInput], note: str = ""
) -> RequisitionRef:
    """Raise a requisition (anyone may). Raises ValidationError."""
    if not lines:
        raise ValidationError(tr("A requisition needs at least one line."), field="lines")
    with uow.write() as tx:
        actor = actor_of(tx)
        requisition = Requisition(
            number=next_number(tx, "RQ", on),
            on=on,
            department=department.strip(),
            requested_by=actor.username,
            note=note,
        )
        tx.add(requisition)
        for seq, spec in enumerate(lines, start=1):
            product = get_product(tx, spec.product_id)
            shown = entered_qty(tx, product.id, check_qty(spec.qty), spec.unit, line=seq)
            requisition.lines.append(
                RequisitionLine(
                    seq=seq,
                    product_id=product.id,
                    qty=shown.qty,
                    unit=shown.unit,
                    unit_qty=shown.unit_qty,
                    unit_factor=shown.factor,
                    needed_by=spec.needed_by,
                    reason=spec.reason.strip(),
                    department=(spec.department or department).strip(),
                    ordered_qty=ZERO,
                )
            )
        tx.flush()
        audit.record(tx, "create", "requisition", requisition.id, summary=requisition.number)
        return RequisitionRef(requisition.id, requisition.number)


def cancel_requisition_lines(uow: UnitOfWork, line_ids: list[uuid.UUID]) -> int:
    """Cancel open requisition lines not yet covered by an order."""
    with uow.write() as tx:
        require(tx, Perm.BUY)
        count = 0
        for line_id in line_ids:
            line = tx.get(RequisitionLine, line_id)
            if line is None:
                raise NotFound(tr("The requisition line no longer exists."))
            if line.ordered_qty > ZERO:
                raise ValidationError(
                    tr(
                        "Requisition {number} line {line} is already covered by an order.",
                        number=line.requisition.number,
                        line=line.seq,
                    )
                )
            line.cancelled = True
            count += 1
            reqn = line.requisition
            if all(l.cancelled for l in reqn.lines):
                reqn.state = RequisitionState.CANCELLED.value
            elif all(l.cancelled or l.ordered_qty >= l.qty for l in reqn.lines):
                reqn.state = RequisitionState.ORDERED.value
        return count


def _supplier_label(tx: Session, supplier_id: uuid.UUID | None) -> str:
    supplier = tx.get(Supplier, supplier_id) if supplier_id else None
    return f"{supplier.code} {supplier.name}" if supplier else ""


def plan_merge(uow: UnitOfWork, line_ids: list[uuid.UUID], on: date) -> list[MergeLine]:
    """A supplier proposal per open requisition line: best valid quote, else the last supplier."""
    with uow.read() as tx:
        result = []
        for line_id in line_ids:
            line = tx.get(RequisitionLine, line_id)
            if line is None or line.cancelled:
                continue
            open_qty = line.qty - line.ordered_qty
            if open_qty <= ZERO:
                continue
            product = tx.get_one(Product, line.product_id)
            quote = best_quote(valid_quotes(tx, product.id, on), open_qty)
            supplier_id, source = (quote.supplier_id, "quote") if quote else (last_supplier_id(tx, product.id), "last")
            if supplier_id is None:
                source = ""
            result.append(
                MergeLine(
                    line.id,
                    line.requisition.number,
                    product.id,
                    f"{product.code} {product.name}",
                    open_qty,
                    line.needed_by,
                    supplier_id,
                    _supplier_label(tx, supplier_id),
                    source,
                )
            )
        return result


def merge_requisitions(
    uow: UnitOfWork,
    choices: list[tuple[uuid.UUID, uuid.UUID | None]],
    *,
    on: date,
    acknowledged: frozenset[str] = frozenset(),
) -> list[OrderRef]:
    """Turn (requisition line id, supplier id) choices into draft orders, one per supplier, one line
    per product (quantities summed, expected date = earliest needed-by), each linked back to its
    requisition lines. All or nothing. Raises ValidationError, ConfirmationRequired ("zero-price")."""
    if not choices:
        raise ValidationError(tr("Select the requisition lines to merge."), field="lines")
    with uow.write() as tx:
        require(tx, Perm.BUY)
        grouped: dict[uuid.UUID, dict[uuid.UUID, list[RequisitionLine]]] = defaultdict(lambda: defaultdict(list))
        for line_id, supplier_id in choices:
            line = tx.get(RequisitionLine, line_id)
            if line is None:
                raise NotFound(tr("The requisition line no longer exists."))
            if supplier_id is None:
                product = tx.get_one(Product, line.product_id)
                raise ValidationError(
                    tr(
                        "Choose a supplier for {code} {name} ({number}).",
                        code=product.code,
                        name=product.name,
                        number=line.requisition.number,
                    ),
                    field="supplier",
                )
            if line.cancelled or line.ordered_qty >= line.qty:
                raise ValidationError(
                    tr(
                        "Requisition {number} line {line} is already covered by an order.",
                        number=line.requisition.number,
                        line=line.seq,
                    ),
                    field="requisition",
                )
            grouped[supplier_id][line.product_id].append(line)
        refs = []
        for supplier_id, by_product in grouped.items():
            order_lines = []
            for product_id, lines in by_product.items():
                quantity = sum((l.qty - l.ordered_qty for l in lines), ZERO)
                needed = [l.needed_by for l in lines if l.needed_by]
                order_lines.append(
                    OrderLineInput(
                        product_id=product_id,
                        qty=quantity,
                        expected_date=min(needed) if needed else None,
                        requisition_links=tuple((l.id, l.qty - l.ordered_qty) for l in lines),
                    )
                )
            dates = [l.expected_date for l in order_lines if l.expected_date]
            order = new_order_tx(
                tx,
                supplier_id=supplier_id,
                on=on,
                lines=order_lines,
                expected_date=min(dates) if dates else None,
                acknowledged=acknowledged,
            )
            refs.append(_ref(tx, order))
        return refs


def list_requisition_lines(uow: UnitOfWork, query: ListQuery) -> Page[RequisitionLineRow]:
    """Requisition lines, newest first by default; filters: state ('open' | 'ordered' | 'cancelled' | ''),
    requisition_id (the lines of one requisition)."""
    with uow.read() as tx:
        stmt = (
            select(RequisitionLine, Requisition, Product)
            .join(Requisition, Requisition.id == RequisitionLine.requisition_id)
            .join(Product, Product.id == RequisitionLine.product_id)
        )
        state = query.filters.get("state", "")
        if query.filters.get("requisition_id") is not None:  # one requisition's lines (its form)
            stmt = stmt.where(Requisition.id == query.filters["requisition_id"])
        if state == "open":
            stmt = stmt.where(RequisitionLine.cancelled.is_(False), RequisitionLine.ordered_qty < RequisitionLine.qty)
        elif state == "ordered":
            stmt = stmt.where(RequisitionLine.ordered_qty >= RequisitionLine.qty)
        elif state == "cancelled":
            stmt = stmt.where(RequisitionLine.cancelled.is_(True))
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                Requisition.number.like(pattern, escape="\\")
                | Product.code.like(pattern, escape="\\")
                | Product.name.like(pattern, escape="\\")
                | RequisitionLine.department.like(pattern, escape="\\")
            )
        page = keyset_page(
            tx,
            stmt,
            sort_columns={
                "number": Requisition.number,
                "on": Requisition.on,
                "product_code": Product.code,
                "department": RequisitionLine.department,
                "needed_by": func.coalesce(RequisitionLine.needed_by, Requisition.on),
            },
            default_sort="number",
            id_column=RequisitionLine.id,
            query=query,
            to_row=lambda r: r,
        )
        ids = [r[0].id for r in page.rows]
        covering: dict[uuid.UUID, list[str]] = defaultdict(list)
        if ids:
            for req_line_id, number in tx.execute(
                select(RequisitionLink.requisition_line_id, PurchaseOrder.number)
                .join(PurchaseOrderLine, PurchaseOrderLine.id == RequisitionLink.order_line_id)
                .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
                .where(RequisitionLink.requisition_line_id.in_(ids))
            ):
                if number not in covering[req_line_id]:
                    covering[req_line_id].append(number)
        rows = []
        for line, req, product, *_ in page.rows:
            state_text = "cancelled" if line.cancelled else ("ordered" if line.ordered_qty >= line.qty else "open")
            rows.append(
                RequisitionLineRow(
                    line.id,
                    req.id,
                    req.number,
                    req.on,
                    line.department,
                    req.requested_by,
                    product.id,
                    product.code,
                    product.name,
                    line.qty,
                    line.ordered_qty,
                    max(line.qty - line.ordered_qty, ZERO),
                    line.needed_by,
                    line.reason,
                    state_text,
                    ", ".join(covering.get(line.id, [])),
                )
            )
        return Page(rows, page.next_after)
