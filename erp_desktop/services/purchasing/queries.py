"""Read side of purchasing: the order list (keyset paged, filtered), an order with its execution
(ordered / received / returned, late lines, invoiced, paid, approval), receipts, and a
supplier's performance (quotes, history, on-time delivery rate, return rate)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.services.masterdata.lookups import document_id
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import approvals
from erp_desktop.storage.uow import UnitOfWork

from ...errors import NotFound
from ...i18n import N_, tr
from ...models.catalog import Product
from ...models.finance import OpenItem
from ...models.parties import Supplier, SupplierQuote
from ...models.purchasing import (
    RECEIPT_DOC_TYPE,
    OrderState,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseReceipt,
    PurchaseReceiptLine,
    PurchaseReturn,
    Requisition,
    RequisitionLine,
    RequisitionLink,
)
from ...models.warehouse import Location
from ...money import ZERO
from .common import APPROVAL_DOC_TYPE, order_facts

STATE_LABELS = PurchaseOrder.STATE_LABELS
OPEN_FOR_RECEIPT = (OrderState.CONFIRMED.value, OrderState.PARTLY_RECEIVED.value)


def state_label(state: str) -> str:
    return tr(STATE_LABELS[state]) if state in STATE_LABELS else state


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    on: date
    supplier_id: uuid.UUID
    supplier: str
    buyer: str
    state: str
    state_label: str
    expected_date: date | None
    gross_total: Decimal
    ordered_qty: Decimal
    received_qty: Decimal
    returned_qty: Decimal
    late: bool
    waiting_for: str


@dataclass(frozen=True)
class OrderLineRow:
    id: uuid.UUID
    seq: int
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    qty: Decimal
    price: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    expected_date: date | None
    received_qty: Decimal
    returned_qty: Decimal
    outstanding: Decimal
    late: bool
    requisitions: str
    price_source: str
    entered_unit: str = ""  # 多单位: the unit the line was entered in ("" = ``unit``, the base unit)
    entered_qty: Decimal | None = None  # in ``entered_unit``; ``qty`` is the base quantity; ``price`` per it
    unit_factor: Decimal = Decimal(1)

    @property
    def shown_qty(self) -> Decimal:
        return self.qty if self.entered_qty is None else self.entered_qty


@dataclass(frozen=True)
class DocBrief:
    id: uuid.UUID
    number: str
    on: date
    gross_total: Decimal
    where: str = ""


@dataclass(frozen=True)
class OrderDetail:
    id: uuid.UUID
    number: str
    on: date
    supplier_id: uuid.UUID
    supplier_code: str
    supplier_name: str
    supplier_grade: str
    buyer: str
    created_by: str
    state: str
    state_label: str
    expected_date: date | None
    note: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    version: int
    lines: tuple[OrderLineRow, ...]
    approval: approvals.ApprovalStatus
    receipts: tuple[DocBrief, ...]
    returns: tuple[DocBrief, ...]
    invoiced: Decimal
    paid: Decimal

    @property
    def late_lines(self) -> int:
        return sum(1 for line in self.lines if line.late)

    @property
    def editable(self) -> bool:
        return self.state == OrderState.DRAFT.value

    @property
    def receivable(self) -> bool:
        return self.state in OPEN_FOR_RECEIPT


def _late(line_qty: Decimal, kept: Decimal, expected: date | None, today: date, state: str) -> bool:
    return (
        expected is not None
        and expected < today
        and kept < line_qty
        and state not in (OrderState.CLOSED.value, OrderState.CANCELLED.value, OrderState.DRAFT.value)
    )


def list_orders(uow: UnitOfWork, query: ListQuery, *, today: date | None = None) -> Page[OrderRow]:
    """Orders, filtered by ``state`` (or 'open'), ``supplier_id``, ``buyer``, ``date_from``,
    ``date_to``, ``late``; search on number and supplier."""
    today = today or date.today()
    f = query.filters
    with uow.read() as tx:
        sums = (
            select(
                PurchaseOrderLine.order_id.label("oid"),
                func.sum(PurchaseOrderLine.qty).label("q"),
                func.sum(PurchaseOrderLine.received_qty).label("r"),
                func.sum(PurchaseOrderLine.returned_qty).label("t"),
            )
            .group_by(PurchaseOrderLine.order_id)
            .subquery()
        )
        stmt = (
            select(PurchaseOrder, Supplier.code, Supplier.name, sums.c.q, sums.c.r, sums.c.t)
            .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
            .outerjoin(sums, sums.c.oid == PurchaseOrder.id)
        )
        if f.get("state") == "open":
            stmt = stmt.where(
                PurchaseOrder.state.in_((OrderState.DRAFT.value, OrderState.PENDING.value) + OPEN_FOR_RECEIPT)
            )
        elif f.get("state"):
            stmt = stmt.where(PurchaseOrder.state == f["state"])
        if f.get("supplier_id"):
            stmt = stmt.where(PurchaseOrder.supplier_id == f["supplier_id"])
        if f.get("buyer"):
            stmt = stmt.where(PurchaseOrder.buyer == f["buyer"])
        if f.get("date_from"):
            stmt = stmt.where(PurchaseOrder.on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(PurchaseOrder.on <= f["date_to"])
        if f.get("late"):
            late_ids = select(PurchaseOrderLine.order_id).where(
                PurchaseOrderLine.expected_date < today,
                PurchaseOrderLine.received_qty - PurchaseOrderLine.returned_qty < PurchaseOrderLine.qty,
            )
            stmt = stmt.where(
                PurchaseOrder.id.in_(late_ids), PurchaseOrder.state.in_(OPEN_FOR_RECEIPT + (OrderState.PENDING.value,))
            )
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                PurchaseOrder.number.like(pattern, escape="\\")
                | Supplier.name.like(pattern, escape="\\")
                | Supplier.code.like(pattern, escape="\\")
            )
        query = (
            query
            if query.sort or query.after
            else ListQuery(
                search=query.search, sort="number", descending=True, filters=query.filters, limit=query.limit
            )
        )
        page = keyset_page(
            tx,
            stmt,
            sort_columns={
                "number": PurchaseOrder.number,
                "on": PurchaseOrder.on,
                "supplier": Supplier.name,
                "buyer": PurchaseOrder.buyer,
                "state": PurchaseOrder.state,
                "gross_total": PurchaseOrder.gross_total,
            },
            default_sort="number",
            id_column=PurchaseOrder.id,
            query=query,
            to_row=lambda r: r,
        )
        ids = [r[0].id for r in page.rows]
        late_orders = set()
        if ids:
            late_orders = set(
                tx.scalars(
                    select(PurchaseOrderLine.order_id).where(
                        PurchaseOrderLine.order_id.in_(ids),
                        PurchaseOrderLine.expected_date < today,
                        PurchaseOrderLine.received_qty - PurchaseOrderLine.returned_qty < PurchaseOrderLine.qty,
                    )
                )
            )
        rows = []
        for order, code, name, q, r, t, *_ in page.rows:
            waiting = ""
            if order.state == OrderState.PENDING.value:
                waiting = approvals.status_tx(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order)).waiting_for()
            late = order.id in late_orders and order.state in OPEN_FOR_RECEIPT + (OrderState.PENDING.value,)
            rows.append(
                OrderRow(
                    order.id,
                    order.number,
                    order.on,
                    order.supplier_id,
                    f"{code} {name}",
                    order.buyer,
                    order.state,
                    state_label(order.state),
                    order.expected_date,
                    order.gross_total,
                    q or ZERO,
                    r or ZERO,
                    t or ZERO,
                    late,
                    waiting,
                )
            )
        return Page(rows, page.next_after)


def _invoiced(tx: Session, doc_ids: list[uuid.UUID]) -> Decimal:
    """Σ supplier invoices registered against these documents (finance's ``InvoiceLink``); 0 while
    the invoice registry is not there."""
    if not doc_ids:
        return ZERO
    try:
        from ...models.payments import InvoiceLink  # finance's area; optional
    except ImportError:
        return ZERO
    value = tx.scalar(select(func.sum(InvoiceLink.amount)).where(InvoiceLink.doc_id.in_(doc_ids)))
    return value if isinstance(value, Decimal) else ZERO


def _paid(tx: Session, receipt_ids: list[uuid.UUID]) -> Decimal:
    if not receipt_ids:
        return ZERO
    value = tx.scalar(
        select(func.sum(OpenItem.allocated)).where(
            OpenItem.kind == "payable", OpenItem.doc_type == RECEIPT_DOC_TYPE, OpenItem.doc_id.in_(receipt_ids)
        )
    )
    return value if isinstance(value, Decimal) else ZERO


def get_order_detail(uow: UnitOfWork, order_id: uuid.UUID, *, today: date | None = None) -> OrderDetail:
    with uow.read() as tx:
        return order_detail_tx(tx, order_id, today=today or date.today())


def order_detail_tx(tx: Session, order_id: uuid.UUID, *, today: date) -> OrderDetail:
    order = tx.get(PurchaseOrder, order_id)
    if order is None:
        raise NotFound(tr("The purchase order no longer exists."))
    supplier = tx.get_one(Supplier, order.supplier_id)
    links: dict[uuid.UUID, list[str]] = defaultdict(list)
    line_ids = [l.id for l in order.lines]
    if line_ids:
        for line_id, number in tx.execute(
            select(RequisitionLink.order_line_id, Requisition.number)
            .join(RequisitionLine, RequisitionLine.id == RequisitionLink.requisition_line_id)
            .join(Requisition, Requisition.id == RequisitionLine.requisition_id)
            .where(RequisitionLink.order_line_id.in_(line_ids))
        ):
            if number not in links[line_id]:
                links[line_id].append(number)
    lines = []
    for l in order.lines:
        product = tx.get_one(Product, l.product_id)
        kept = l.received_qty - l.returned_qty
        lines.append(
            OrderLineRow(
                l.id,
                l.seq,
                l.product_id,
                product.code,
                product.name,
                product.unit,
                l.qty,
                l.price,
                l.tax_rate,
                l.net,
                l.tax,
                l.gross,
                l.expected_date,
                l.received_qty,
                l.returned_qty,
                max(l.qty - kept, ZERO),
                _late(l.qty, kept, l.expected_date, today, order.state),
                ", ".join(links.get(l.id, [])),
                l.price_source,
                l.unit,
                l.unit_qty,
                l.unit_factor,
            )
        )
    receipts = []
    for r in tx.scalars(
        select(PurchaseReceipt)
        .where(PurchaseReceipt.order_id == order.id)
        .order_by(PurchaseReceipt.on, PurchaseReceipt.number)
    ):
        loc = tx.get(Location, r.location_id)
        where = f"{loc.warehouse.code} / {loc.code}" if loc is not None and loc.warehouse else ""
        receipts.append(DocBrief(r.id, r.number, r.on, r.gross_total, where))
    returns = [
        DocBrief(r.id, r.number, r.on, r.gross_total)
        for r in tx.scalars(
            select(PurchaseReturn)
            .where(PurchaseReturn.order_id == order.id)
            .order_by(PurchaseReturn.on, PurchaseReturn.number)
        )
    ]
    status = approvals.status_tx(tx, APPROVAL_DOC_TYPE, order.id, order_facts(tx, order))
    receipt_ids = [r.id for r in receipts]
    return OrderDetail(
        order.id,
        order.number,
        order.on,
        order.supplier_id,
        supplier.code,
        supplier.name,
        supplier.grade,
        order.buyer,
        order.created_by,
        order.state,
        state_label(order.state),
        order.expected_date,
        order.note,
        order.net_total,
        order.tax_total,
        order.gross_total,
        order.version,
        tuple(lines),
        status,
        tuple(receipts),
        tuple(returns),
        _invoiced(tx, receipt_ids + [r.id for r in returns] + [order.id]),
        _paid(tx, receipt_ids),
    )


def find_order(uow: UnitOfWork, number: str) -> uuid.UUID:
    return document_id(uow, PurchaseOrder, number, tr("No purchase order {number}.", number=number))


def find_receipt(uow: UnitOfWork, number: str) -> uuid.UUID:
    return document_id(uow, PurchaseReceipt, number, tr("No purchase receipt {number}.", number=number))


@dataclass(frozen=True)
class ReceiptLineRow:
    id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    qty: Decimal
    returned_qty: Decimal
    returnable: Decimal
    price: Decimal
    net: Decimal
    gross: Decimal
    order_line_id: uuid.UUID | None = None
    unit: str = ""  # the base unit; the quantities are in it
    entered_unit: str = ""  # 多单位: the unit the line was entered in ("" = the base unit); the price is per it
    unit_factor: Decimal = Decimal(1)


@dataclass(frozen=True)
class ReceiptDetail:
    id: uuid.UUID
    number: str
    on: date
    order_id: uuid.UUID
    order_number: str
    supplier: str
    where: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    lines: tuple[ReceiptLineRow, ...]
    state: str = "posted"  # or "reversed" (红冲)
    pair_number: str = ""  # the reversal of a reversed receipt
    note: str = ""
    location_id: uuid.UUID | None = None


def get_receipt_detail(uow: UnitOfWork, receipt_id: uuid.UUID) -> ReceiptDetail:
    with uow.read() as tx:
        r = tx.get(PurchaseReceipt, receipt_id)
        if r is None:
            raise NotFound(tr("The purchase receipt no longer exists."))
        order = tx.get_one(PurchaseOrder, r.order_id)
        supplier = tx.get_one(Supplier, r.supplier_id)
        loc = tx.get(Location, r.location_id)
        lines = []
        for l in r.lines:
            p = tx.get_one(Product, l.product_id)
            lines.append(
                ReceiptLineRow(
                    l.id,
                    p.id,
                    p.code,
                    p.name,
                    l.qty,
                    l.returned_qty,
                    l.qty - l.returned_qty,
                    l.price,
                    l.net,
                    l.gross,
                    l.order_line_id,
                    p.unit,
                    l.unit,
                    l.unit_factor,
                )
            )
        where = f"{loc.warehouse.code} / {loc.code}" if loc is not None and loc.warehouse else ""
        return ReceiptDetail(
            r.id,
            r.number,
            r.on,
            order.id,
            order.number,
            f"{supplier.code} {supplier.name}",
            where,
            r.net_total,
            r.tax_total,
            r.gross_total,
            tuple(lines),
            r.state,
            tx.scalar(
                select(PurchaseReturn.number).where(
                    PurchaseReturn.receipt_id == r.id, PurchaseReturn.state == "reversal"
                )
            )
            or "",
            r.note,
            r.location_id,
        )


# --- supplier view --------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuoteRow:
    product_code: str
    product_name: str
    price: Decimal
    min_qty: Decimal
    lead_time_days: int
    valid_from: date | None
    valid_until: date | None
    valid_now: bool


@dataclass(frozen=True)
class SupplierPerformance:
    supplier_id: uuid.UUID
    code: str
    name: str
    grade: str
    quotes: tuple[QuoteRow, ...]
    orders: tuple[OrderRow, ...]  # latest first (up to 50)
    receipts: int
    on_time_receipts: int
    received_qty: Decimal
    returned_qty: Decimal
    purchased_total: Decimal  # Σ receipts' gross

    @property
    def on_time_rate(self) -> Decimal | None:
        """Receipts on or before the order's expected date ÷ receipts (4 places), None without receipts."""
        return (
            (Decimal(self.on_time_receipts) / Decimal(self.receipts)).quantize(Decimal("0.0001"))
            if self.receipts
            else None
        )

    @property
    def return_rate(self) -> Decimal | None:
        """Returned quantity ÷ received quantity (4 places), None when nothing was received."""
        return (self.returned_qty / self.received_qty).quantize(Decimal("0.0001")) if self.received_qty else None


def supplier_performance(uow: UnitOfWork, supplier_id: uuid.UUID, *, today: date | None = None) -> SupplierPerformance:
    today = today or date.today()
    with uow.read() as tx:
        supplier = tx.get(Supplier, supplier_id)
        if supplier is None:
            raise NotFound(tr("The supplier no longer exists."))
        quotes = []
        for q, code, name in tx.execute(
            select(SupplierQuote, Product.code, Product.name)
            .join(Product, Product.id == SupplierQuote.product_id)
            .where(SupplierQuote.supplier_id == supplier_id)
            .order_by(Product.code, SupplierQuote.min_qty)
        ):
            valid = (q.valid_from is None or q.valid_from <= today) and (
                q.valid_until is None or q.valid_until >= today
            )
            quotes.append(
                QuoteRow(code, name, q.price, q.min_qty, q.lead_time_days, q.valid_from, q.valid_until, valid)
            )
        receipts = on_time = 0
        for r_on, expected, order_id in tx.execute(
            select(PurchaseReceipt.on, PurchaseOrder.expected_date, PurchaseOrder.id)
            .join(PurchaseOrder, PurchaseOrder.id == PurchaseReceipt.order_id)
            .where(PurchaseReceipt.supplier_id == supplier_id)
        ):
            receipts += 1
            if expected is None:
                expected = tx.scalar(
                    select(func.min(PurchaseOrderLine.expected_date)).where(PurchaseOrderLine.order_id == order_id)
                )
            if expected is None or r_on <= expected:
                on_time += 1
        received, returned, total = tx.execute(
            select(
                func.sum(PurchaseReceiptLine.qty),
                func.sum(PurchaseReceiptLine.returned_qty),
                func.sum(PurchaseReceiptLine.gross),
            )
            .join(PurchaseReceipt, PurchaseReceipt.id == PurchaseReceiptLine.receipt_id)
            .where(PurchaseReceipt.supplier_id == supplier_id)
        ).one()
        page = list_orders(
            uow, ListQuery(sort="on", descending=True, filters={"supplier_id": supplier_id}, limit=50), today=today
        )
        return SupplierPerformance(
            supplier.id,
            supplier.code,
            supplier.name,
            supplier.grade,
            tuple(quotes),
            tuple(page.rows),
            receipts,
            on_time,
            received or ZERO,
            returned or ZERO,
            total or ZERO,
        )


# --- landed costs (采购费用单) ----------------------------------------------------------------------
@dataclass(frozen=True)
class LandedCostRow:
    id: uuid.UUID
    number: str
    on: date
    supplier: str
    kind: str
    kind_label: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    to_stock: Decimal
    to_cogs: Decimal
    state: str
    receipts: str

    @property
    def state_text(self) -> str:
        """The state in the user's words (``state`` is the stored posted / reversed / reversal)."""
        words = {"posted": N_("Posted"), "reversed": N_("Reversed"), "reversal": N_("Reversal")}
        return tr(words[self.state]) if self.state in words else self.state


@dataclass(frozen=True)
class LandedCostLineRow:
    receipt_number: str
    product_code: str
    product_name: str
    basis: Decimal
    amount: Decimal
    in_stock_qty: Decimal
    to_stock: Decimal
    to_cogs: Decimal


@dataclass(frozen=True)
class LandedCostDetail:
    id: uuid.UUID
    number: str
    on: date
    supplier_id: uuid.UUID
    supplier: str
    kind: str
    spread_by: str
    net: Decimal
    tax_rate: Decimal
    tax: Decimal
    gross: Decimal
    to_stock: Decimal
    to_cogs: Decimal
    state: str
    invoice_no: str
    note: str
    pair_number: str  # the reversal, or the document a reversal reverses
    lines: tuple[LandedCostLineRow, ...]


def _kind_label(kind: str) -> str:
    from ...models.costing import CHARGE_LABELS

    return tr(CHARGE_LABELS[kind]) if kind in CHARGE_LABELS else kind


def list_landed_costs(uow: UnitOfWork, query: ListQuery) -> Page[LandedCostRow]:
    """Landed costs, newest first by default; search by number, supplier or invoice number;
    filters ``supplier_id``, ``receipt_id``."""
    from ...models.costing import LandedCost, LandedCostLine

    with uow.read() as tx:
        stmt = select(LandedCost, Supplier.code, Supplier.name).join(Supplier, Supplier.id == LandedCost.supplier_id)
        if query.search:
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                LandedCost.number.ilike(pattern)
                | Supplier.name.ilike(pattern)
                | Supplier.code.ilike(pattern)
                | LandedCost.invoice_no.ilike(pattern)
            )
        if query.filters.get("supplier_id"):
            stmt = stmt.where(LandedCost.supplier_id == query.filters["supplier_id"])
        if query.filters.get("receipt_id"):
            stmt = stmt.where(
                LandedCost.id.in_(
                    select(LandedCostLine.landed_cost_id).where(
                        LandedCostLine.receipt_id == query.filters["receipt_id"]
                    )
                )
            )
        page = keyset_page(
            tx,
            stmt,
            sort_columns={"on": LandedCost.on, "number": LandedCost.number, "gross": LandedCost.gross},
            default_sort="number",
            id_column=LandedCost.id,
            query=query,
            to_row=lambda r: r,
        )
        ids = [r[0].id for r in page.rows]
        receipts: dict[uuid.UUID, list[str]] = defaultdict(list)
        if ids:
            for doc_id, number in tx.execute(
                select(LandedCostLine.landed_cost_id, PurchaseReceipt.number)
                .join(PurchaseReceipt, PurchaseReceipt.id == LandedCostLine.receipt_id)
                .where(LandedCostLine.landed_cost_id.in_(ids))
                .distinct()
                .order_by(PurchaseReceipt.number)
            ):
                receipts[doc_id].append(number)
        rows = [
            LandedCostRow(
                d.id,
                d.number,
                d.on,
                f"{code} {name}",
                d.kind,
                _kind_label(d.kind),
                d.net,
                d.tax,
                d.gross,
                d.to_stock,
                d.to_cogs,
                d.state,
                ", ".join(receipts[d.id]),
            )
            for d, code, name, *_rest in page.rows
        ]
        return Page(rows, page.next_after)


def get_landed_cost(uow: UnitOfWork, landed_cost_id: uuid.UUID) -> LandedCostDetail:
    from ...models.costing import LandedCost, LandedCostLine

    with uow.read() as tx:
        d = tx.get(LandedCost, landed_cost_id)
        if d is None:
            raise NotFound(tr("The landed cost no longer exists."))
        supplier = tx.get(Supplier, d.supplier_id)
        lines = tuple(
            LandedCostLineRow(number, code, name, l.basis, l.amount, l.in_stock_qty, l.to_stock, l.to_cogs)
            for l, number, code, name in tx.execute(
                select(LandedCostLine, PurchaseReceipt.number, Product.code, Product.name)
                .join(PurchaseReceipt, PurchaseReceipt.id == LandedCostLine.receipt_id)
                .join(Product, Product.id == LandedCostLine.product_id)
                .where(LandedCostLine.landed_cost_id == d.id)
                .order_by(LandedCostLine.seq)
            )
        )
        pair_id = d.reversed_by_id or d.reversal_of_id
        pair = tx.get(LandedCost, pair_id) if pair_id else None
        return LandedCostDetail(
            d.id,
            d.number,
            d.on,
            d.supplier_id,
            f"{supplier.code} {supplier.name}" if supplier else "",
            d.kind,
            d.spread_by,
            d.net,
            d.tax_rate,
            d.tax,
            d.gross,
            d.to_stock,
            d.to_cogs,
            d.state,
            d.invoice_no,
            d.note,
            pair.number if pair else "",
            lines,
        )


def find_landed_cost(uow: UnitOfWork, number: str) -> uuid.UUID:
    from ...models.costing import LandedCost

    return document_id(uow, LandedCost, number, tr("No landed cost {number}.", number=number))
