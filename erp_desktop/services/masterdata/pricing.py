"""The price a customer gets for a product: resolved in one place and shown wherever prices
are entered.

Order of precedence: the active price lists valid on the date whose tier matches the customer's
tier (or is blank) and whose channel matches the customer's channel (or is blank); among them a
specific tier beats a blank one, a specific channel beats a blank one, then higher ``priority``;
within a list the item with the largest ``min_qty`` not above the quantity. No list price → the
product's default sale price.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.models.catalog import PriceList, PriceListItem, Product
from erp_desktop.models.parties import Customer
from erp_desktop.money import ZERO


@dataclass(frozen=True)
class ResolvedPrice:
    price: Decimal
    source: str  # price list name, or "" for the product's default price
    price_list_id: uuid.UUID | None = None


def resolve_price(
    tx: Session, customer_id: uuid.UUID | None, product_id: uuid.UUID, qty: Decimal, on: date
) -> ResolvedPrice:
    product = tx.get(Product, product_id)
    customer = tx.get(Customer, customer_id) if customer_id else None
    tier = customer.tier if customer else ""
    channel = customer.channel if customer else ""
    stmt = (
        select(
            PriceListItem.price,
            PriceListItem.min_qty,
            PriceList.name,
            PriceList.id,
            PriceList.tier,
            PriceList.channel,
            PriceList.priority,
        )
        .join(PriceList, PriceList.id == PriceListItem.price_list_id)
        .where(
            PriceListItem.product_id == product_id,
            PriceList.active.is_(True),
            PriceListItem.min_qty <= (qty if qty > ZERO else ZERO),
            or_(PriceList.tier == "", PriceList.tier == tier),
            or_(PriceList.channel == "", PriceList.channel == channel),
            or_(PriceList.valid_from.is_(None), PriceList.valid_from <= on),
            or_(PriceList.valid_to.is_(None), PriceList.valid_to >= on),
        )
    )
    best = None
    for row in tx.execute(stmt):
        rank = (row.tier != "", row.channel != "", row.priority, row.min_qty)
        if best is None or rank > best[0]:
            best = (rank, row)
    if best is not None:
        row = best[1]
        return ResolvedPrice(row.price, row.name, row.id)
    return ResolvedPrice(product.sale_price if product else ZERO, "")
