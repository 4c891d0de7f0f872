"""Reorder suggestions: what to buy, how much and from whom — with the reasoning shown.

For each active product:
    available  = on hand (all bins) + on order (open orders: ordered − (received − returned))
                 − reserved (open sales orders; 0 while the sales area has none)
    avg_daily  = (Σ qty delivered to customers − Σ qty returned by customers) over the last N days ÷ N
    need       = reorder point + avg_daily × lead time (days) − available
    suggested  = need rounded up to a whole unit, then up to a multiple of the product's reorder
                 qty, and at least the quote's minimum quantity; nothing when need ≤ 0.
Supplier: the best valid quote — lowest price among quotes whose minimum the need satisfies
(ties: shorter lead time); none satisfies → the lowest price over all. The quote's lead time is
the lead time. No quote → the product's last supplier with that supplier's lead time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Supplier, SupplierQuote
from erp_desktop.models.purchasing import PurchaseOrder, PurchaseOrderLine
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.money import ZERO
from erp_desktop.money import qty as qty_
from erp_desktop.services.ledger.stock import virtual_location_id
from erp_desktop.services.purchasing.common import LIVE_STATES, default_price_tx, get_product, last_supplier_id
from erp_desktop.services.purchasing.orders import OrderLineInput, OrderRef, _ref, new_order_tx
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class Suggestion:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    unit: str
    on_hand: Decimal
    on_order: Decimal
    reserved: Decimal
    reorder_point: Decimal
    reorder_qty: Decimal
    sold: Decimal  # net quantity sold over the window
    window_days: int
    avg_daily: Decimal  # exact (sold / window), shown rounded
    lead_time_days: int
    need: Decimal  # before rounding
    qty: Decimal  # suggested
    supplier_id: uuid.UUID | None
    supplier: str
    price: Decimal
    min_qty: Decimal
    source: str  # quote | last | ""
    why: str


def _ceil_whole(value: Decimal) -> Decimal:
    return value.to_integral_value(rounding=ROUND_CEILING)


def round_up(need: Decimal, *, reorder_qty: Decimal, min_qty: Decimal) -> Decimal:
    """Whole units, then a multiple of ``reorder_qty`` (if set), at least ``min_qty``."""
    quantity = _ceil_whole(need)
    if reorder_qty > ZERO:
        quantity = _ceil_whole(quantity / reorder_qty) * reorder_qty
    return qty_(max(quantity, min_qty))


def reserved_quantities(tx: Session, product_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Open sales orders' reserved quantities from the sales area (zero while it has none)."""
    try:
        from erp_desktop.services import sales
    except ImportError:
        return {}
    fn = getattr(sales, "reserved_quantities", None)
    return dict(fn(tx, product_ids)) if fn is not None else {}


def _sold(tx: Session, since: date, until: date) -> dict[uuid.UUID, Decimal]:
    customer = virtual_location_id(tx, VirtualLocation.CUSTOMER)
    out: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    window = (StockMove.on >= since, StockMove.on <= until)
    for product_id, total in tx.execute(
        select(StockMove.product_id, func.sum(StockMove.qty))
        .where(StockMove.to_location_id == customer, *window)
        .group_by(StockMove.product_id)
    ):
        out[product_id] += total
    for product_id, total in tx.execute(
        select(StockMove.product_id, func.sum(StockMove.qty))
        .where(StockMove.from_location_id == customer, *window)
        .group_by(StockMove.product_id)
    ):
        out[product_id] -= total
    return out


def _on_order(tx: Session) -> dict[uuid.UUID, Decimal]:
    out: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    rows = tx.execute(
        select(
            PurchaseOrderLine.product_id,
            PurchaseOrderLine.qty,
            PurchaseOrderLine.received_qty,
            PurchaseOrderLine.returned_qty,
        )
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state.in_(LIVE_STATES))
    )
    for product_id, ordered, received, returned in rows:
        out[product_id] += max(ordered - (received - returned), ZERO)
    return out


def suggest_tx(
    tx: Session, *, window_days: int = 30, today: date | None = None, product_ids: list[uuid.UUID] | None = None
) -> list[Suggestion]:
    if window_days < 1:
        raise ValidationError(tr("The sales window must be at least one day."), field="window")
    today = today or date.today()
    stmt = select(Product).where(Product.active.is_(True)).order_by(Product.code)
    if product_ids is not None:
        stmt = stmt.where(Product.id.in_(product_ids))
    products = list(tx.scalars(stmt))
    on_hand: dict[uuid.UUID, Decimal] = dict(
        tx.execute(select(StockBalance.product_id, func.sum(StockBalance.qty)).group_by(StockBalance.product_id)).all()
    )
    on_order = _on_order(tx)
    sold = _sold(tx, today - timedelta(days=window_days - 1), today)
    reserved = reserved_quantities(tx, [p.id for p in products])
    quotes: dict[uuid.UUID, list[SupplierQuote]] = defaultdict(list)
    for offer in tx.scalars(
        select(SupplierQuote)
        .join(Supplier, Supplier.id == SupplierQuote.supplier_id)
        .where(
            Supplier.active.is_(True),
            or_(SupplierQuote.valid_from.is_(None), SupplierQuote.valid_from <= today),
            or_(SupplierQuote.valid_until.is_(None), SupplierQuote.valid_until >= today),
        )
    ):
        quotes[offer.product_id].append(offer)
    result = []
    for product in products:
        have = on_hand.get(product.id) or ZERO
        coming = on_order.get(product.id, ZERO)
        held = reserved.get(product.id, ZERO)
        net_sold = max(sold.get(product.id, ZERO), ZERO)
        avg = net_sold / Decimal(window_days)
        available = have + coming - held

        def need_for(lead: int) -> Decimal:
            return product.reorder_point + avg * lead - available  # noqa: B023  (called within this iteration)

        candidates = quotes.get(product.id, [])
        quote: SupplierQuote | None = None
        supplier_id: uuid.UUID | None
        if candidates:
            needs = {q.id: need_for(q.lead_time_days) for q in candidates}
            fitting = [q for q in candidates if q.min_qty <= max(_ceil_whole(needs[q.id]), ZERO)] or candidates
            quote = min(fitting, key=lambda q: (q.price, q.lead_time_days, str(q.supplier_id)))
            supplier_id, lead, min_qty, unit_price, source = (
                quote.supplier_id,
                quote.lead_time_days,
                quote.min_qty,
                quote.price,
                "quote",
            )
        else:
            supplier_id = last_supplier_id(tx, product.id)
            supplier_row = tx.get(Supplier, supplier_id) if supplier_id else None
            lead = supplier_row.lead_time_days if supplier_row else 0
            min_qty, source = ZERO, "last" if supplier_id else ""
            unit_price = ZERO
        need = need_for(lead)
        if need <= ZERO:
            continue
        quantity = round_up(need, reorder_qty=product.reorder_qty, min_qty=min_qty)
        supplier = tx.get(Supplier, supplier_id) if supplier_id else None
        if quote is None:
            unit_price = default_price_tx(tx, supplier_id, product.id, quantity, today).price
        supplier_text = f"{supplier.code} {supplier.name}" if supplier else tr("no supplier known")
        avg_shown = avg.quantize(Decimal("0.001"))
        why = tr(
            "reorder point {rp} + {avg}/day × {lead} days − (on hand {on_hand} + on order {on_order} − reserved {reserved}) "
            "= {need}; sold {sold} in {days} days",
            rp=_q(product.reorder_point),
            avg=_q(avg_shown),
            lead=lead,
            on_hand=_q(have),
            on_order=_q(coming),
            reserved=_q(held),
            need=_q(need.quantize(Decimal("0.001"))),
            sold=_q(net_sold),
            days=window_days,
        )
        rounding = []
        if _ceil_whole(need) != need:
            rounding.append(tr("whole units"))
        if product.reorder_qty > ZERO:
            rounding.append(tr("multiples of {n}", n=_q(product.reorder_qty)))
        if min_qty > _ceil_whole(need):
            rounding.append(tr("minimum order {n}", n=_q(min_qty)))
        if rounding:
            why += tr("; rounded up to {qty} ({how})", qty=_q(quantity), how=", ".join(rounding))
        if source == "quote":
            why += tr(
                "; best valid quote: {supplier} at {price}",
                supplier=supplier_text,
                price=f"{unit_price:f}".rstrip("0").rstrip("."),
            )
        elif source == "last":
            why += tr("; no valid quote, last supplier {supplier}", supplier=supplier_text)
        result.append(
            Suggestion(
                product.id,
                product.code,
                product.name,
                product.unit,
                have,
                coming,
                held,
                product.reorder_point,
                product.reorder_qty,
                net_sold,
                window_days,
                avg,
                lead,
                need,
                quantity,
                supplier_id,
                supplier_text if supplier else "",
                unit_price,
                min_qty,
                source,
                why,
            )
        )
    return result


def _q(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def suggest_reorder(
    uow: UnitOfWork, *, window_days: int = 30, today: date | None = None, product_ids: list[uuid.UUID] | None = None
) -> list[Suggestion]:
    with uow.read() as tx:
        return suggest_tx(tx, window_days=window_days, today=today, product_ids=product_ids)


def create_orders_from_suggestions(
    uow: UnitOfWork,
    picks: Sequence[tuple[uuid.UUID, uuid.UUID | None, Decimal]],
    *,
    on: date,
    acknowledged: frozenset[str] = frozenset(),
) -> list[OrderRef]:
    """(product id, supplier id, qty) picks → one draft order per supplier, prices defaulted from
    the quotes. All or nothing. Raises ValidationError (a pick without supplier), ConfirmationRequired."""
    if not picks:
        raise ValidationError(tr("Select the suggestions to order."), field="lines")
    with uow.write() as tx:
        require(tx, Perm.BUY)
        by_supplier: dict[uuid.UUID, list[OrderLineInput]] = defaultdict(list)
        for product_id, supplier_id, quantity in picks:
            if supplier_id is None:
                product = get_product(tx, product_id)
                raise ValidationError(
                    tr("Choose a supplier for {code} {name}.", code=product.code, name=product.name), field="supplier"
                )
            by_supplier[supplier_id].append(OrderLineInput(product_id=product_id, qty=quantity))
        refs = []
        for supplier_id, lines in by_supplier.items():
            supplier = tx.get(Supplier, supplier_id)
            expected = on + timedelta(days=supplier.lead_time_days) if supplier else None
            order = new_order_tx(
                tx, supplier_id=supplier_id, on=on, lines=lines, expected_date=expected, acknowledged=acknowledged
            )
            refs.append(_ref(tx, order))
        return refs
