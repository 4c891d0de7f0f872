"""Shared pieces of the sales services: inputs, results, line amounts, price checks, stock
availability. Helpers take the open session ``tx`` and never commit."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import NamedTuple, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, PermissionDenied, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.catalog import Product
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.parties import Customer
from erp_desktop.models.sales import OPEN_ORDER_STATES, OrderLineRules, OrderRules, SalesOrder, SalesOrderLine
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.money import ZERO, money
from erp_desktop.money import price as price_
from erp_desktop.money import qty as qty_
from erp_desktop.money import rate as rate_
from erp_desktop.services.ledger.bundles import bundle_components
from erp_desktop.services.masterdata.pricing import resolve_prices
from erp_desktop.services.masterdata.units import EnteredQty, entered_qtys
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.fastsql import Prepared, PreparedIn
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import actor_of

ONE = Decimal(1)


@dataclass(frozen=True)
class LineInput:
    """One line as entered: ``unit_price`` None = the customer's resolved price; ``tax_rate``
    None = the product's rate."""

    product_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    tax_rate: Decimal | None = None
    unit: str = ""  # 多单位: "" = the base unit; ``qty`` and ``unit_price`` are in this unit


@dataclass(frozen=True)
class DocRef:
    id: uuid.UUID
    number: str
    version: int = 1
    state: str = ""


@dataclass(frozen=True)
class Availability:
    on_hand: Decimal
    reserved: Decimal  # by other open orders

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


@dataclass
class PricedLine:
    """A priced line: ``qty`` in the base unit, ``unit_price`` per the entered unit (``entered``)."""

    product: ProductRef
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal
    entered: EnteredQty = EnteredQty("", None, ONE, ZERO)

    def columns(self) -> dict[str, object]:
        """The line's amount and unit columns as a row writer takes them."""
        return {
            "qty": self.qty,
            "unit_price": self.unit_price,
            "discount": self.discount,
            "tax_rate": self.tax_rate,
            "net": self.net,
            "tax": self.tax,
            "gross": self.gross,
            **self.entered.columns(),
        }


def line_amounts(
    quantity: Decimal, unit_price: Decimal, discount: Decimal, tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """(net, tax, gross), each rounded half-up to the cent at line level."""
    net = money(quantity * unit_price * (ONE - discount))
    tax = money(net * tax_rate)
    return net, tax, net + tax


def get_customer(tx: Session, customer_id: uuid.UUID) -> Customer:
    customer = tx.get(Customer, customer_id) if customer_id else None
    if customer is None:
        raise ValidationError(tr("Choose a customer."), field="customer")
    return customer


class CustomerRef(NamedTuple):
    """What a posting needs of a customer (read below the ORM: loading the whole row costs more
    than the rest of a delivery's reads)."""

    id: uuid.UUID
    name: str
    payment_terms_days: int


_CUSTOMER_REF = Prepared(
    select(Customer.__table__.c.id, Customer.__table__.c.name, Customer.__table__.c.payment_terms_days).where(
        Customer.__table__.c.id == bindparam("id")
    )
)


def customer_ref(tx: Session, customer_id: uuid.UUID) -> CustomerRef:
    row = _CUSTOMER_REF.first(tx, {"id": customer_id}) if customer_id else None
    if row is None:
        raise ValidationError(tr("Choose a customer."), field="customer")
    return CustomerRef(*row)


def get_product(tx: Session, product_id: uuid.UUID) -> Product:
    product = tx.get(Product, product_id)
    if product is None:
        raise ValidationError(tr("Unknown product."), field="product")
    return product


@dataclass(eq=False)
class DeliverableLine(OrderLineRules):
    """An order line as a delivery needs it, read below the ORM."""

    id: uuid.UUID
    seq: int
    product_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    delivered_qty: Decimal
    cancelled_qty: Decimal
    unit: str = ""
    unit_qty: Decimal | None = None
    unit_factor: Decimal = ONE


@dataclass(eq=False)
class DeliverableOrder(OrderRules):
    """An order (with its lines) as a delivery needs it: the same state rules as ``SalesOrder``
    without the cost of loading mapped objects — the delivery writes back with ``storage.rows.update_rows``."""

    id: uuid.UUID
    number: str
    customer_id: uuid.UUID
    state: str
    version: int
    lines: list[DeliverableLine]
    customer_name: str | None = None  # read with the order (None: no such customer)
    payment_terms_days: int = 0

    def customer(self) -> CustomerRef:
        """The order's customer as a posting needs it (``customer_ref`` without a statement)."""
        if self.customer_name is None:
            raise ValidationError(tr("Choose a customer."), field="customer")
        return CustomerRef(self.customer_id, self.customer_name, self.payment_terms_days)


_SO, _SOL = SalesOrder.__table__.c, SalesOrderLine.__table__.c
_CU = Customer.__table__.c
# the customer in subqueries of the select list: FOR UPDATE locks the order's row only
_ORDER_VIEW = Prepared(
    select(
        _SO.id,
        _SO.number,
        _SO.customer_id,
        _SO.state,
        _SO.version,
        select(_CU.name).where(_CU.id == _SO.customer_id).scalar_subquery(),
        select(_CU.payment_terms_days).where(_CU.id == _SO.customer_id).scalar_subquery(),
    ).where(_SO.id == bindparam("id"))
)
_ORDER_LINE_VIEWS = Prepared(
    select(
        _SOL.id,
        _SOL.seq,
        _SOL.product_id,
        _SOL.qty,
        _SOL.unit_price,
        _SOL.discount,
        _SOL.tax_rate,
        _SOL.net,
        _SOL.tax,
        _SOL.delivered_qty,
        _SOL.cancelled_qty,
        _SOL.unit,
        _SOL.unit_qty,
        _SOL.unit_factor,
    )
    .where(_SOL.order_id == bindparam("id"))
    .order_by(_SOL.seq)
)


def deliverable_order(tx: Session, order_id: uuid.UUID) -> DeliverableOrder:
    """The order to deliver from, row-locked on PostgreSQL (SQLite's BEGIN IMMEDIATE already
    serialises writers). Raises NotFound."""
    row = _ORDER_VIEW.first(tx, {"id": order_id}, lock=True)
    if row is None:
        raise NotFound(tr("Sales order not found."))
    lines = [DeliverableLine(*line) for line in _ORDER_LINE_VIEWS.rows(tx, {"id": order_id})]
    order_id_, number, customer_id, state, version, name, terms = row
    return DeliverableOrder(
        order_id_, number, customer_id, state, version, lines=lines, customer_name=name, payment_terms_days=terms or 0
    )


def get_order(tx: Session, order_id: uuid.UUID, *, lock: bool = True) -> SalesOrder:
    """The order to change; ``lock`` row-locks it and reads it afresh (two clients changing or
    delivering the same order serialise here, see storage/locks.py)."""
    order = lock_row(tx, SalesOrder, order_id) if lock else tx.get(SalesOrder, order_id)
    if order is None:
        raise NotFound(tr("Sales order not found."))
    return order


def check_qty(value: Decimal) -> Decimal:
    if not isinstance(value, Decimal) or qty_(value) != value or value <= ZERO:
        raise ValidationError(
            tr("Quantity must be greater than zero with at most 3 decimals (got {qty}).", qty=value), field="qty"
        )
    return value


def average_cost(tx: Session, product: Product) -> Decimal:
    average = tx.scalar(select(ProductCost.avg_cost).where(ProductCost.product_id == product.id))
    if average is not None and average > ZERO:
        return average
    return product.purchase_price


class _PricingCustomer(Protocol):
    """What pricing needs of a customer: its tier and channel."""

    @property
    def tier(self) -> str: ...

    @property
    def channel(self) -> str: ...


class ProductRef(NamedTuple):
    """What pricing a line needs of its product (read below the ORM, all lines at once)."""

    id: uuid.UUID
    code: str
    tax_rate: Decimal
    sale_price: Decimal
    purchase_price: Decimal


_P, _PC = Product.__table__.c, ProductCost.__table__.c


def _product_refs_query(ids):
    """The products with their average cost (NULL without a cost row): one statement."""
    return (
        select(_P.id, _P.code, _P.tax_rate, _P.sale_price, _P.purchase_price, _PC.avg_cost)
        .select_from(Product.__table__.outerjoin(ProductCost.__table__, _PC.product_id == _P.id))
        .where(_P.id.in_(ids))
    )


_PRODUCT_REFS = PreparedIn(_product_refs_query, _product_refs_query(bindparam("in0", expanding=True)), [_P.id])


def price_line(
    tx: Session, customer: Customer, line: LineInput, on: date, *, default_price: Decimal | None = None
) -> PricedLine:
    """Validate one entered line and work out its amounts (``price_lines`` for one line)."""
    return price_lines(tx, customer, [line], on, default_price=default_price)[0]


def price_lines(
    tx: Session,
    customer: Customer | _PricingCustomer,
    lines: Sequence[LineInput],
    on: date,
    *,
    default_price: Decimal | None = None,
) -> list[PricedLine]:
    """Validate entered lines and work out their amounts, the products, prices and average costs
    read once for all of them. A price away from the resolved one, or a net price below the
    product's average cost, needs ``Perm.EDIT_PRICES``."""
    ids = list(dict.fromkeys(line.product_id for line in lines if isinstance(line.product_id, uuid.UUID)))
    products: dict[uuid.UUID, ProductRef] = {}
    costs: dict[uuid.UUID, Decimal | None] = {}
    for row in _PRODUCT_REFS.rows(tx, ids) if ids else ():
        products[row[0]] = ProductRef(*row[:5])
        costs[row[0]] = row[5]
    resolved_prices: list[Decimal | None] = [default_price] * len(lines)
    for line in lines:  # before pricing: a quantity break compared with NaN or text raises, not refuses
        if line.product_id in products:
            check_qty(line.qty)
    entered = entered_qtys(tx, [(line.product_id, line.qty, line.unit) for line in lines])
    if default_price is None:
        known = [(line, e) for line, e in zip(lines, entered) if line.product_id in products]
        wanted = [(line.product_id, line.qty, products[line.product_id].sale_price) for line, _e in known]
        found = iter(
            resolve_prices(
                tx,
                wanted,
                on,
                tier=customer.tier or "",
                channel=customer.channel or "",
                units=[(e.unit, e.factor) for _line, e in known],
            )
        )
        resolved_prices = [next(found).price if line.product_id in products else None for line in lines]
    else:
        resolved_prices = [default_price if e.unit == "" else price_(default_price * e.factor) for e in entered]
    actor = actor_of(tx)
    priced = []
    for line, resolved, unit in zip(lines, resolved_prices, entered):
        product = products.get(line.product_id)
        if product is None:
            raise ValidationError(tr("Unknown product."), field="product")
        assert resolved is not None
        priced.append(_priced(actor, product, line, resolved, costs.get(product.id), unit))
    return priced


def _priced(
    actor, product: ProductRef, line: LineInput, resolved: Decimal, average: Decimal | None, unit: EnteredQty
) -> PricedLine:
    quantity = check_qty(line.qty)  # as entered, in ``unit``
    unit_price = resolved if line.unit_price is None else line.unit_price
    if not isinstance(unit_price, Decimal) or price_(unit_price) != unit_price or unit_price < ZERO:
        raise ValidationError(
            tr("Price must be zero or more with at most 6 decimals (got {price}).", price=unit_price),
            field="unit_price",
        )
    discount = line.discount if line.discount is not None else ZERO
    if not isinstance(discount, Decimal) or rate_(discount) != discount or not (ZERO <= discount < ONE):
        raise ValidationError(
            tr("Discount must be a rate from 0 to below 1, e.g. 0.05 for 5% (got {value}).", value=discount),
            field="discount",
        )
    tax_rate = product.tax_rate if line.tax_rate is None else line.tax_rate
    if not isinstance(tax_rate, Decimal) or rate_(tax_rate) != tax_rate or not (ZERO <= tax_rate < ONE):
        raise ValidationError(
            tr("Tax rate must be a rate from 0 to below 1, e.g. 0.13 (got {value}).", value=tax_rate), field="tax_rate"
        )
    if unit_price != resolved and not actor.can(Perm.EDIT_PRICES):
        raise PermissionDenied(
            tr(
                "The price of {code} is {price} from the price list; changing it needs the price-editing permission.",
                code=product.code,
                price=resolved,
            )
        )
    cost = average if average is not None and average > ZERO else product.purchase_price
    cost = cost * unit.factor  # per the entered unit
    net_unit = unit_price * (ONE - discount)
    if net_unit < cost and not actor.can(Perm.EDIT_PRICES):
        raise PermissionDenied(
            tr(
                "The net price {price} of {code} is below its average cost {cost}; selling below cost needs the price-editing permission.",
                price=price_(net_unit),
                code=product.code,
                cost=price_(cost),
            )
        )
    net, tax, gross = line_amounts(quantity, unit_price, discount, tax_rate)
    return PricedLine(product, unit.qty, unit_price, discount, tax_rate, net, tax, gross, unit)


def reserved_quantities(
    tx: Session, product_ids, *, exclude_order_id: uuid.UUID | None = None
) -> dict[uuid.UUID, Decimal]:
    """Quantities promised by open (confirmed, partly delivered) orders and not yet delivered
    or cancelled, per product. Products with nothing reserved are left out."""
    ids = list(set(product_ids))
    if not ids:
        return {}
    stmt = (
        select(
            SalesOrderLine.product_id,
            func.sum(SalesOrderLine.qty),
            func.sum(SalesOrderLine.delivered_qty),
            func.sum(SalesOrderLine.cancelled_qty),
        )
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrder.state.in_(OPEN_ORDER_STATES), SalesOrderLine.product_id.in_(ids))
        .group_by(SalesOrderLine.product_id)
    )
    if exclude_order_id is not None:
        stmt = stmt.where(SalesOrder.id != exclude_order_id)
    result = {}
    for product_id, ordered, delivered, cancelled in tx.execute(stmt):
        left = ordered - delivered - cancelled
        if left > ZERO:
            result[product_id] = left
    return result


def on_hand_totals(tx: Session, product_ids) -> dict[uuid.UUID, Decimal]:
    """On hand per product over every bin (stock_balance holds internal locations only)."""
    ids = list(set(product_ids))
    if not ids:
        return {}
    rows = tx.execute(
        select(StockBalance.product_id, func.sum(StockBalance.qty))
        .where(StockBalance.product_id.in_(ids))
        .group_by(StockBalance.product_id)
    )
    return {p: q for p, q in rows}


def availability(
    tx: Session, product_ids, *, exclude_order_id: uuid.UUID | None = None
) -> dict[uuid.UUID, Availability]:
    ids = list(set(product_ids))
    hand = on_hand_totals(tx, ids)
    bundles = bundle_components(tx, set(ids))
    if bundles:  # 套装: as many kits as the scarcest component makes
        parts = on_hand_totals(tx, {c for bill in bundles.values() for c, _q in bill})
        for kit_id, bill in bundles.items():
            hand[kit_id] = min(
                ((parts.get(c, ZERO) / per_kit).quantize(Decimal("0.001"), rounding=ROUND_DOWN) for c, per_kit in bill),
                default=ZERO,
            )
    reserved = reserved_quantities(tx, ids, exclude_order_id=exclude_order_id)
    return {p: Availability(hand.get(p, ZERO), reserved.get(p, ZERO)) for p in ids}


def open_receivables(tx: Session, customer_id: uuid.UUID) -> Decimal:
    """Σ (amount − allocated) of the customer's receivable items."""
    amount, allocated = tx.execute(
        select(sum_of(OpenItem.amount), sum_of(OpenItem.allocated)).where(
            OpenItem.kind == "receivable", OpenItem.party_id == customer_id
        )
    ).one()
    return amount - allocated
