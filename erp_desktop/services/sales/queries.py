"""Read side of sales: order/quote lists (keyset paged), an order with its tracking figures,
a delivery with what can still come back, the customer's purchase history. Frozen dataclasses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound
from erp_desktop.models.base import sum_of
from erp_desktop.models.catalog import Product
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.parties import Customer
from erp_desktop.models.sales import (
    SalesDelivery,
    SalesDeliveryLine,
    SalesOrder,
    SalesQuote,
    SalesReturn,
    SalesReturnLine,
    state_label,
)
from erp_desktop.models.warehouse import Location, Warehouse
from erp_desktop.money import ZERO
from erp_desktop.services.masterdata.lookups import document_id
from erp_desktop.services.masterdata.pricing import resolve_price, resolve_prices
from erp_desktop.services.masterdata.units import entered_qty
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.sales.common import Availability, availability, open_receivables
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class OrderRow:
    id: uuid.UUID
    number: str
    on: date
    customer_code: str
    customer_name: str
    salesperson: str
    state: str
    state_text: str
    net_total: Decimal
    gross_total: Decimal


@dataclass(frozen=True)
class QuoteRow:
    id: uuid.UUID
    number: str
    on: date
    valid_until: date | None
    customer_code: str
    customer_name: str
    salesperson: str
    state: str
    state_text: str
    gross_total: Decimal
    expired: bool


@dataclass(frozen=True)
class OrderLineView:
    id: uuid.UUID
    seq: int
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    delivered_qty: Decimal
    returned_qty: Decimal
    exchanged_qty: Decimal
    cancelled_qty: Decimal
    remaining: Decimal
    on_hand: Decimal
    reserved_other: Decimal
    available: Decimal
    product_spec: str = ""  # 规格: tells same-named products apart
    entered_unit: str = ""  # 多单位: the unit the line was entered in ("" = ``unit``, the base unit)
    entered_qty: Decimal | None = None  # in ``entered_unit``; ``qty`` is the base quantity
    unit_factor: Decimal = Decimal(1)

    @property
    def shown_unit(self) -> str:
        return self.entered_unit or self.unit

    @property
    def shown_qty(self) -> Decimal:
        return self.qty if self.entered_qty is None else self.entered_qty

    @property
    def label(self) -> str:
        spec = f" ({self.product_spec})" if self.product_spec else ""
        return f"{self.product_code} {self.product_name}{spec}"

    @property
    def shortage(self) -> bool:
        """缺货预警: the open quantity is more than what is available."""
        return self.remaining > ZERO and self.remaining > self.available


@dataclass(frozen=True)
class DocSummary:
    id: uuid.UUID
    kind: str  # DN | SR | SX
    number: str
    on: date
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    cost_total: Decimal
    exchange: bool


@dataclass(frozen=True)
class OrderView:
    id: uuid.UUID
    number: str
    version: int
    state: str
    state_text: str
    customer_id: uuid.UUID
    customer_code: str
    customer_name: str
    salesperson: str
    on: date
    notes: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    quote_number: str
    lines: tuple[OrderLineView, ...]
    documents: tuple[DocSummary, ...]
    invoiced: Decimal
    receivable: Decimal  # still owed on this order's deliveries and returns
    collected: Decimal  # Σ allocated on the deliveries' receivables
    credit_limit: Decimal | None
    customer_open_receivables: Decimal

    @property
    def deliveries(self) -> tuple[DocSummary, ...]:
        return tuple(d for d in self.documents if d.kind == "DN")

    @property
    def returns(self) -> tuple[DocSummary, ...]:
        return tuple(d for d in self.documents if d.kind == "SR")

    @property
    def has_shortage(self) -> bool:
        return any(line.shortage for line in self.lines)


@dataclass(frozen=True)
class DeliveryLineView:
    id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    location_id: uuid.UUID
    location_label: str
    qty: Decimal
    returned_qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    cost: Decimal
    product_spec: str = ""  # 规格
    unit: str = ""  # the base unit; ``qty`` and ``returned_qty`` are in it
    entered_unit: str = ""  # 多单位: the unit the line was entered in ("" = the base unit); the price is per it
    unit_factor: Decimal = Decimal(1)

    @property
    def label(self) -> str:
        spec = f" ({self.product_spec})" if self.product_spec else ""
        return f"{self.product_code} {self.product_name}{spec}"

    @property
    def returnable(self) -> Decimal:
        return self.qty - self.returned_qty


@dataclass(frozen=True)
class DeliveryView:
    id: uuid.UUID
    number: str
    on: date
    order_id: uuid.UUID
    order_number: str
    customer_id: uuid.UUID
    customer_name: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    cost_total: Decimal
    lines: tuple[DeliveryLineView, ...]


@dataclass(frozen=True)
class QuoteLineView:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    entered_unit: str = ""  # 多单位: the unit the line was entered in ("" = the base unit)
    entered_qty: Decimal | None = None  # in ``entered_unit``; ``qty`` is the base quantity

    @property
    def shown_qty(self) -> Decimal:
        return self.qty if self.entered_qty is None else self.entered_qty


@dataclass(frozen=True)
class QuoteView:
    id: uuid.UUID
    number: str
    version: int
    state: str
    customer_id: uuid.UUID
    customer_name: str
    on: date
    valid_until: date | None
    order_id: uuid.UUID | None
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    lines: tuple[QuoteLineView, ...]
    salesperson: str = ""
    notes: str = ""


@dataclass(frozen=True)
class HistoryDoc:
    kind: str  # DN | SR
    number: str
    on: date
    order_number: str
    net_total: Decimal
    gross_total: Decimal


@dataclass(frozen=True)
class HistoryProduct:
    product_id: uuid.UUID
    code: str
    name: str
    qty: Decimal  # delivered − returned
    net: Decimal
    gross: Decimal
    last_on: date | None


@dataclass(frozen=True)
class CustomerHistory:
    customer_id: uuid.UUID
    orders: int
    documents: tuple[HistoryDoc, ...]
    products: tuple[HistoryProduct, ...]
    net_total: Decimal
    gross_total: Decimal
    open_receivable: Decimal


# --- lists --------------------------------------------------------------------------------
def list_orders(uow: UnitOfWork, query: ListQuery) -> Page[OrderRow]:
    """Orders newest first by default; filters: state (str or list), customer_id, salesperson,
    date_from, date_to (the order's date), shipped_from, shipped_to (orders with a posted
    delivery or return dated then: what the dashboard's sales figures count); search by number,
    customer code or name."""
    with uow.read() as tx:
        stmt = select(SalesOrder, Customer.code, Customer.name).join(Customer, Customer.id == SalesOrder.customer_id)
        f = query.filters
        if f.get("state"):
            states = [f["state"]] if isinstance(f["state"], str) else list(f["state"])
            stmt = stmt.where(SalesOrder.state.in_(states))
        if f.get("customer_id"):
            stmt = stmt.where(SalesOrder.customer_id == f["customer_id"])
        if f.get("salesperson"):
            stmt = stmt.where(SalesOrder.salesperson == f["salesperson"])
        if f.get("date_from"):
            stmt = stmt.where(SalesOrder.on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(SalesOrder.on <= f["date_to"])
        if f.get("shipped_from") or f.get("shipped_to"):  # what a sales figure counts: posted deliveries / returns
            low, high = f.get("shipped_from") or date.min, f.get("shipped_to") or date.max
            shipped = [
                select(model.order_id).where(model.state == "posted", model.on >= low, model.on <= high)
                for model in (SalesDelivery, SalesReturn)
            ]
            stmt = stmt.where(or_(*(SalesOrder.id.in_(q) for q in shipped)))
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                or_(
                    SalesOrder.number.like(pattern, escape="\\"),
                    Customer.code.like(pattern, escape="\\"),
                    Customer.name.like(pattern, escape="\\"),
                )
            )
        sorts = {
            "number": SalesOrder.number,
            "on": SalesOrder.on,
            "customer_name": Customer.name,
            "salesperson": SalesOrder.salesperson,
            "state": SalesOrder.state,
            "gross_total": SalesOrder.gross_total,
            "net_total": SalesOrder.net_total,
            "customer_code": Customer.code,
        }
        if not query.sort:
            query = ListQuery(
                search=query.search,
                sort="number",
                descending=True,
                after=query.after,
                limit=query.limit,
                filters=query.filters,
            )
        return keyset_page(
            tx,
            stmt,
            sort_columns=sorts,
            default_sort="number",
            id_column=SalesOrder.id,
            query=query,
            to_row=lambda r: OrderRow(
                r[0].id,
                r[0].number,
                r[0].on,
                r[1],
                r[2],
                r[0].salesperson,
                r[0].state,
                state_label(r[0].state),
                r[0].net_total,
                r[0].gross_total,
            ),
        )


def list_quotes(uow: UnitOfWork, query: ListQuery) -> Page[QuoteRow]:
    today = date.today()
    with uow.read() as tx:
        stmt = select(SalesQuote, Customer.code, Customer.name).join(Customer, Customer.id == SalesQuote.customer_id)
        if query.filters.get("state"):
            stmt = stmt.where(SalesQuote.state == query.filters["state"])
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                or_(
                    SalesQuote.number.like(pattern, escape="\\"),
                    Customer.name.like(pattern, escape="\\"),
                    Customer.code.like(pattern, escape="\\"),
                )
            )
        sorts = {
            "number": SalesQuote.number,
            "on": SalesQuote.on,
            "customer_name": Customer.name,
            "state": SalesQuote.state,
        }
        if not query.sort:
            query = ListQuery(
                search=query.search,
                sort="number",
                descending=True,
                after=query.after,
                limit=query.limit,
                filters=query.filters,
            )
        return keyset_page(
            tx,
            stmt,
            sort_columns=sorts,
            default_sort="number",
            id_column=SalesQuote.id,
            query=query,
            to_row=lambda r: QuoteRow(
                r[0].id,
                r[0].number,
                r[0].on,
                r[0].valid_until,
                r[1],
                r[2],
                r[0].salesperson,
                r[0].state,
                state_label(r[0].state),
                r[0].gross_total,
                r[0].state == "draft" and r[0].valid_until is not None and r[0].valid_until < today,
            ),
        )


# --- single documents ---------------------------------------------------------------------
def find_order(uow: UnitOfWork, number: str) -> uuid.UUID:
    from erp_desktop.i18n import tr

    return document_id(uow, SalesOrder, number, tr("No sales order {number}.", number=number))


def find_delivery(uow: UnitOfWork, number: str) -> uuid.UUID:
    from erp_desktop.i18n import tr

    return document_id(uow, SalesDelivery, number, tr("No delivery {number}.", number=number))


def get_order_view(uow: UnitOfWork, order_id: uuid.UUID) -> OrderView:
    with uow.read() as tx:
        return order_view(tx, order_id)


def order_view(tx: Session, order_id: uuid.UUID) -> OrderView:
    order = tx.get(SalesOrder, order_id)
    if order is None:
        from erp_desktop.i18n import tr

        raise NotFound(tr("Sales order not found."))
    customer = tx.get_one(Customer, order.customer_id)
    products = _products(tx, [line.product_id for line in order.lines])
    stock = availability(tx, products.keys(), exclude_order_id=order.id)
    lines = []
    for line in order.lines:
        p = products[line.product_id]
        a = stock.get(line.product_id, Availability(ZERO, ZERO))
        lines.append(
            OrderLineView(
                line.id,
                line.seq,
                p.id,
                p.code,
                p.name,
                p.unit,
                line.qty,
                line.unit_price,
                line.discount,
                line.tax_rate,
                line.net,
                line.tax,
                line.gross,
                line.delivered_qty,
                line.returned_qty,
                line.exchanged_qty,
                line.cancelled_qty,
                line.remaining,
                a.on_hand,
                a.reserved,
                a.available,
                p.spec or "",
                line.unit,
                line.unit_qty,
                line.unit_factor,
            )
        )
    documents = []
    for d in tx.scalars(select(SalesDelivery).where(SalesDelivery.order_id == order.id).order_by(SalesDelivery.number)):
        documents.append(
            DocSummary(
                d.id,
                "DN",
                d.number,
                d.on,
                d.net_total,
                d.tax_total,
                d.gross_total,
                d.cost_total,
                d.exchange_id is not None,
            )
        )
    for r in tx.scalars(select(SalesReturn).where(SalesReturn.order_id == order.id).order_by(SalesReturn.number)):
        documents.append(
            DocSummary(
                r.id,
                "SR",
                r.number,
                r.on,
                -r.net_total,
                -r.tax_total,
                -r.gross_total,
                -r.cost_total,
                r.exchange_id is not None,
            )
        )
    doc_ids = [d.id for d in documents]
    receivable = collected = ZERO
    if doc_ids:
        for kind, amount, allocated in tx.execute(
            select(OpenItem.doc_type, OpenItem.amount, OpenItem.allocated).where(
                OpenItem.kind == "receivable", OpenItem.doc_id.in_(doc_ids)
            )
        ):
            receivable += amount - allocated
            if kind == "DN":
                collected += allocated
    quote_number = tx.scalar(select(SalesQuote.number).where(SalesQuote.id == order.quote_id)) if order.quote_id else ""
    return OrderView(
        order.id,
        order.number,
        order.version,
        order.state,
        state_label(order.state),
        customer.id,
        customer.code,
        customer.name,
        order.salesperson,
        order.on,
        order.notes,
        order.net_total,
        order.tax_total,
        order.gross_total,
        quote_number or "",
        tuple(lines),
        tuple(sorted(documents, key=lambda d: (d.on, d.number))),
        invoiced_amount(tx, doc_ids, order.id),
        receivable,
        collected,
        customer.credit_limit,
        open_receivables(tx, customer.id),
    )


def invoiced_amount(tx: Session, doc_ids: list[uuid.UUID], order_id: uuid.UUID) -> Decimal:
    """Σ invoice links (finance's invoice registry, ``models.payments.InvoiceLink``) against the
    order or its deliveries and returns; 0 while the registry is not there."""
    try:
        from erp_desktop.models import payments
    except ImportError:
        return ZERO
    link = getattr(payments, "InvoiceLink", None)
    if link is None:
        return ZERO
    return tx.execute(select(sum_of(link.amount)).where(link.doc_id.in_(list(doc_ids) + [order_id]))).scalar_one()


def get_delivery_view(uow: UnitOfWork, delivery_id: uuid.UUID) -> DeliveryView:
    with uow.read() as tx:
        d = tx.get(SalesDelivery, delivery_id)
        if d is None:
            from erp_desktop.i18n import tr

            raise NotFound(tr("Delivery not found."))
        order = tx.get_one(SalesOrder, d.order_id)
        customer = tx.get_one(Customer, d.customer_id)
        products = _products(tx, [line.product_id for line in d.lines])
        locations = {
            loc.id: (loc, wh)
            for loc, wh in tx.execute(
                select(Location, Warehouse)
                .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
                .where(Location.id.in_({line.location_id for line in d.lines}))
            )
        }
        lines = []
        for line in d.lines:
            p = products[line.product_id]
            loc, wh = locations[line.location_id]
            lines.append(
                DeliveryLineView(
                    line.id,
                    p.id,
                    p.code,
                    p.name,
                    loc.id,
                    f"{wh.code if wh else ''} / {loc.code}",
                    line.qty,
                    line.returned_qty,
                    line.unit_price,
                    line.discount,
                    line.tax_rate,
                    line.net,
                    line.tax,
                    line.gross,
                    line.cost,
                    p.spec or "",
                    p.unit,
                    line.unit,
                    line.unit_factor,
                )
            )
        return DeliveryView(
            d.id,
            d.number,
            d.on,
            order.id,
            order.number,
            customer.id,
            customer.name,
            d.net_total,
            d.tax_total,
            d.gross_total,
            d.cost_total,
            tuple(lines),
        )


def get_quote_view(uow: UnitOfWork, quote_id: uuid.UUID) -> QuoteView:
    with uow.read() as tx:
        q = tx.get(SalesQuote, quote_id)
        if q is None:
            from erp_desktop.i18n import tr

            raise NotFound(tr("Quote not found."))
        customer = tx.get_one(Customer, q.customer_id)
        products = _products(tx, [line.product_id for line in q.lines])
        lines = tuple(
            QuoteLineView(
                line.product_id,
                products[line.product_id].code,
                products[line.product_id].name,
                line.qty,
                line.unit_price,
                line.discount,
                line.tax_rate,
                line.net,
                line.tax,
                line.gross,
                line.unit,
                line.unit_qty,
            )
            for line in q.lines
        )
        return QuoteView(
            q.id,
            q.number,
            q.version,
            q.state,
            customer.id,
            customer.name,
            q.on,
            q.valid_until,
            q.order_id,
            q.net_total,
            q.tax_total,
            q.gross_total,
            lines,
            q.salesperson,
            q.notes,
        )


def stock_availability(
    uow: UnitOfWork, product_ids, *, exclude_order_id: uuid.UUID | None = None
) -> dict[uuid.UUID, Availability]:
    """On hand, reserved by other open orders, available — per product (order entry)."""
    with uow.read() as tx:
        return availability(tx, product_ids, exclude_order_id=exclude_order_id)


def quote_price(
    uow: UnitOfWork,
    customer_id: uuid.UUID | None,
    product_id: uuid.UUID,
    quantity: Decimal,
    on: date,
    unit: str = "",
) -> Decimal:
    """The customer's price for the product (price list, else the product's sale price); with a
    ``unit`` (多单位), per that unit for ``quantity`` of it."""
    with uow.read() as tx:
        if not unit:
            return resolve_price(tx, customer_id, product_id, quantity, on).price
        entered = entered_qty(tx, product_id, Decimal(1), unit)
        if not entered.unit:
            return resolve_price(tx, customer_id, product_id, quantity, on).price
        customer = tx.get(Customer, customer_id) if customer_id else None
        product = tx.get(Product, product_id)
        return resolve_prices(
            tx,
            [(product_id, quantity, product.sale_price if product else Decimal(0))],
            on,
            tier=customer.tier if customer else "",
            channel=customer.channel if customer else "",
            units=[(entered.unit, entered.factor)],
        )[0].price


def salespeople(uow: UnitOfWork) -> list[str]:
    with uow.read() as tx:
        return [s for s in tx.scalars(select(SalesOrder.salesperson).distinct().order_by(SalesOrder.salesperson)) if s]


# --- customer history ---------------------------------------------------------------------
def customer_history(uow: UnitOfWork, customer_id: uuid.UUID, *, limit: int = 500) -> CustomerHistory:
    """What the customer bought: deliveries and returns (newest first, up to ``limit``), and per
    product the quantity kept (delivered − returned) with net and gross amounts."""
    with uow.read() as tx:
        orders = (
            tx.scalar(
                select(func.count())
                .select_from(SalesOrder)
                .where(SalesOrder.customer_id == customer_id, SalesOrder.state != "cancelled")
            )
            or 0
        )
        docs: list[HistoryDoc] = []
        for d, number in tx.execute(
            select(SalesDelivery, SalesOrder.number)
            .join(SalesOrder, SalesOrder.id == SalesDelivery.order_id)
            .where(SalesDelivery.customer_id == customer_id)
            .order_by(SalesDelivery.on.desc())
            .limit(limit)
        ):
            docs.append(HistoryDoc("DN", d.number, d.on, number, d.net_total, d.gross_total))
        for r, number in tx.execute(
            select(SalesReturn, SalesOrder.number)
            .join(SalesOrder, SalesOrder.id == SalesReturn.order_id)
            .where(SalesReturn.customer_id == customer_id)
            .order_by(SalesReturn.on.desc())
            .limit(limit)
        ):
            docs.append(HistoryDoc("SR", r.number, r.on, number, -r.net_total, -r.gross_total))
        docs.sort(key=lambda d: (d.on, d.number), reverse=True)
        per: dict[uuid.UUID, list] = {}
        out = tx.execute(
            select(
                SalesDeliveryLine.product_id,
                func.sum(SalesDeliveryLine.qty),
                func.sum(SalesDeliveryLine.net),
                func.sum(SalesDeliveryLine.gross),
                func.max(SalesDelivery.on),
            )
            .join(SalesDelivery, SalesDelivery.id == SalesDeliveryLine.delivery_id)
            .where(SalesDelivery.customer_id == customer_id)
            .group_by(SalesDeliveryLine.product_id)
        )
        for pid, q, n, g, last in out:
            per[pid] = [q, n, g, last]
        back = tx.execute(
            select(
                SalesReturnLine.product_id,
                func.sum(SalesReturnLine.qty),
                func.sum(SalesReturnLine.net),
                func.sum(SalesReturnLine.gross),
            )
            .join(SalesReturn, SalesReturn.id == SalesReturnLine.return_id)
            .where(SalesReturn.customer_id == customer_id)
            .group_by(SalesReturnLine.product_id)
        )
        for pid, q, n, g in back:
            row = per.setdefault(pid, [ZERO, ZERO, ZERO, None])
            row[0] -= q
            row[1] -= n
            row[2] -= g
        products = _products(tx, per.keys())
        product_rows = sorted(
            (
                HistoryProduct(pid, products[pid].code, products[pid].name, v[0], v[1], v[2], v[3])
                for pid, v in per.items()
            ),
            key=lambda r: (-r.gross, r.code),
        )
        return CustomerHistory(
            customer_id,
            orders,
            tuple(docs[:limit]),
            tuple(product_rows),
            sum((p.net for p in product_rows), ZERO),
            sum((p.gross for p in product_rows), ZERO),
            open_receivables(tx, customer_id),
        )


def _products(tx: Session, ids) -> dict[uuid.UUID, Product]:
    ids = list(set(ids))
    if not ids:
        return {}
    return {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(ids)))}


@dataclass(frozen=True)
class CustomerCredit:
    """What the sales form's header shows once a customer is picked: 应收余额 and 信用额度."""

    balance: Decimal
    credit_limit: Decimal | None

    @property
    def headroom(self) -> Decimal | None:
        return None if self.credit_limit is None else self.credit_limit - self.balance


def customer_credit(uow: UnitOfWork, customer_id: uuid.UUID) -> CustomerCredit:
    """The customer's open receivables (Σ amount − allocated) and credit limit (None: no limit)."""
    with uow.read() as tx:
        customer = tx.get(Customer, customer_id)
        if customer is None:
            from erp_desktop.i18n import tr

            raise NotFound(tr("Customer not found."))
        return CustomerCredit(open_receivables(tx, customer_id), customer.credit_limit)
