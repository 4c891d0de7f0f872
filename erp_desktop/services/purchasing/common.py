"""Shared pieces of purchasing: line amounts, default prices, best quotes, settings, approval facts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.services.system.approvals import ApprovalFacts
from erp_desktop.storage.locks import lock_row

from ...errors import NotFound, ValidationError
from ...i18n import tr
from ...models.catalog import Product
from ...models.parties import Supplier, SupplierQuote
from ...models.purchasing import OrderState, PurchaseOrder, PurchaseOrderLine
from ...models.system import AppSetting
from ...money import ZERO, money
from ...money import price as price_
from ...money import qty as qty_

APPROVAL_DOC_TYPE = "purchase_order"
TOLERANCE_KEY = "purchasing.over_receipt_tolerance"
LIVE_STATES = (
    OrderState.DRAFT.value,
    OrderState.PENDING.value,
    OrderState.CONFIRMED.value,
    OrderState.PARTLY_RECEIVED.value,
)


@dataclass(frozen=True)
class Amounts:
    net: Decimal
    tax: Decimal
    gross: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, tax_rate: Decimal) -> Amounts:
    """net = qty × price, tax = net × rate, each rounded half-up to the cent; gross = net + tax."""
    net = money(quantity * unit_price)
    tax = money(net * tax_rate)
    return Amounts(net, tax, net + tax)


def check_qty(value: Decimal, field: str = "qty") -> Decimal:
    if value is None or qty_(value) != value or value <= ZERO:
        raise ValidationError(
            tr("Quantity must be greater than zero with at most 3 decimals (got {qty}).", qty=value), field=field
        )
    return value


def get_supplier(tx: Session, supplier_id: uuid.UUID) -> Supplier:
    supplier = tx.get(Supplier, supplier_id) if supplier_id else None
    if supplier is None:
        raise ValidationError(tr("Choose a supplier."), field="supplier")
    return supplier


def get_product(tx: Session, product_id: uuid.UUID) -> Product:
    product = tx.get(Product, product_id) if product_id else None
    if product is None:
        raise ValidationError(tr("Unknown product."), field="product")
    return product


def get_order(tx: Session, order_id: uuid.UUID) -> PurchaseOrder:
    """The order to change, row-locked and freshly read (its state and received quantities are
    what the other clients committed last); lines loaded after the lock. Raises NotFound."""
    order = lock_row(tx, PurchaseOrder, order_id)
    if order is None:
        raise NotFound(tr("The purchase order no longer exists."))
    return order


def order_facts(tx: Session, order: PurchaseOrder) -> ApprovalFacts:
    supplier = tx.get(Supplier, order.supplier_id)
    categories = set()
    for line in order.lines:
        product = tx.get(Product, line.product_id)
        if product is not None and product.category_id is not None:
            categories.add(product.category_id)
    return ApprovalFacts(
        amount=order.gross_total,
        party_grade=supplier.grade if supplier else "",
        category_ids=frozenset(categories),
        created_by=order.created_by,
    )


# --- prices and quotes ----------------------------------------------------------------------------
def valid_quotes(
    tx: Session, product_id: uuid.UUID, on: date, supplier_id: uuid.UUID | None = None
) -> list[SupplierQuote]:
    stmt = (
        select(SupplierQuote)
        .join(Supplier, Supplier.id == SupplierQuote.supplier_id)
        .where(
            SupplierQuote.product_id == product_id,
            Supplier.active.is_(True),
            or_(SupplierQuote.valid_from.is_(None), SupplierQuote.valid_from <= on),
            or_(SupplierQuote.valid_until.is_(None), SupplierQuote.valid_until >= on),
        )
    )
    if supplier_id is not None:
        stmt = stmt.where(SupplierQuote.supplier_id == supplier_id)
    return list(tx.scalars(stmt))


def best_quote(quotes: list[SupplierQuote], quantity: Decimal | None) -> SupplierQuote | None:
    """Lowest price among quotes whose min qty the quantity satisfies (ties: shorter lead time,
    then supplier id); when none does, the same choice over all quotes."""
    if not quotes:
        return None
    fitting = [q for q in quotes if quantity is None or q.min_qty <= quantity] or quotes
    return min(fitting, key=lambda q: (q.price, q.lead_time_days, str(q.supplier_id)))


def last_purchase(tx: Session, product_id: uuid.UUID, supplier_id: uuid.UUID | None = None) -> PurchaseOrderLine | None:
    stmt = (
        select(PurchaseOrderLine)
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(
            PurchaseOrderLine.product_id == product_id,
            PurchaseOrder.state.not_in((OrderState.DRAFT.value, OrderState.CANCELLED.value, OrderState.PENDING.value)),
        )
        .order_by(PurchaseOrder.on.desc(), PurchaseOrder.id.desc())
        .limit(1)
    )
    if supplier_id is not None:
        stmt = stmt.where(PurchaseOrder.supplier_id == supplier_id)
    return tx.scalar(stmt)


def last_supplier_id(tx: Session, product_id: uuid.UUID) -> uuid.UUID | None:
    line = last_purchase(tx, product_id)
    return line.order.supplier_id if line is not None else None


@dataclass(frozen=True)
class PriceDefault:
    price: Decimal
    source: str  # quote | last | product


def default_price_tx(
    tx: Session, supplier_id: uuid.UUID | None, product_id: uuid.UUID, quantity: Decimal, on: date
) -> PriceDefault:
    """The supplier's valid quote for this quantity (largest min qty not above it), else the last
    purchase price from this supplier, else the product's purchase price."""
    if supplier_id is not None:
        quotes = [q for q in valid_quotes(tx, product_id, on, supplier_id) if q.min_qty <= quantity]
        if quotes:
            quote = max(quotes, key=lambda q: (q.min_qty, -q.price))
            return PriceDefault(quote.price, "quote")
        last = last_purchase(tx, product_id, supplier_id)
        if last is not None:  # per base unit, whatever unit that line was in (多单位)
            return PriceDefault(price_(last.price / last.unit_factor), "last")
    product = get_product(tx, product_id)
    return PriceDefault(product.purchase_price, "product")


# --- settings -------------------------------------------------------------------------------------
def tolerance_tx(tx: Session) -> Decimal:
    row = tx.scalar(select(AppSetting).where(AppSetting.key == TOLERANCE_KEY))
    if row is None or row.value in (None, ""):
        return ZERO
    return Decimal(str(row.value))
