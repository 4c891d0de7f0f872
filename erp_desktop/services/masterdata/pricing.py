"""The price a customer gets for a product: resolved in one place and shown wherever prices
are entered.

Order of precedence: the active price lists valid on the date whose tier matches the customer's
tier (or is blank) and whose channel matches the customer's channel (or is blank); among them a
specific tier beats a blank one, a specific channel beats a blank one, then higher ``priority``;
within a list the item with the largest ``min_qty`` not above the quantity. No list price → the
product's default sale price. A store's own price list (多门店, ``Store.price_list_id``) prices only
that store's counter (``services.counter.fast.prices``), never a sales document.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, exists, or_, select
from sqlalchemy.orm import Session

from erp_desktop.models.catalog import PriceList, PriceListItem, Product
from erp_desktop.models.parties import Customer
from erp_desktop.models.stores import Store
from erp_desktop.money import ZERO
from erp_desktop.money import price as price_
from erp_desktop.storage.fastsql import PreparedIn


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
            PriceListItem.unit == "",
            PriceList.active.is_(True),
            ~exists().where(Store.price_list_id == PriceList.id),
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


_PL, _PLI = PriceList.__table__.c, PriceListItem.__table__.c


def _list_items_query(ids):
    """The active price lists' items for the products ``ids`` (tiers, channels, dates and
    quantities are sorted out per line in Python: a shop has few lists)."""
    return (
        select(
            _PLI.product_id,
            _PLI.price,
            _PLI.min_qty,
            _PL.name,
            _PL.id,
            _PL.tier,
            _PL.channel,
            _PL.priority,
            _PL.valid_from,
            _PL.valid_to,
            _PLI.unit,
        )
        .join(PriceList.__table__, _PL.id == _PLI.price_list_id)
        .where(
            _PLI.product_id.in_(ids),
            _PL.active.is_(True),
            ~exists().where(Store.__table__.c.price_list_id == _PL.id),  # a store's own list: its counter only
        )
    )


_LIST_ITEMS = PreparedIn(_list_items_query, _list_items_query(bindparam("in0", expanding=True)), [_PLI.product_id])


def resolve_prices(
    tx: Session,
    wanted: list[tuple[uuid.UUID, Decimal, Decimal]],
    on: date,
    *,
    tier: str = "",
    channel: str = "",
    units: Sequence[tuple[str, Decimal]] | None = None,
) -> list[ResolvedPrice]:
    """``resolve_price`` for several lines at once — (product id, quantity, the product's default
    sale price) each, for a customer of ``tier`` and ``channel`` — with one read of the price
    lists' items for all the products (an order's lines are priced in one query, not five).

    多单位: ``units`` gives each line's (unit name, factor) ("" = base unit) with its quantity in
    that unit; the price is per that unit — the unit's own list price, else the base unit's
    resolved price × factor (to 6 places)."""
    if not wanted:
        return []
    by_product: dict[uuid.UUID, list[tuple]] = {}
    for row in _LIST_ITEMS.rows(tx, list(dict.fromkeys(p for p, _q, _d in wanted))):
        product_id, _price, _min, _name, _id, list_tier, list_channel, _prio, valid_from, valid_to, _unit = row
        if list_tier not in ("", tier) or list_channel not in ("", channel):
            continue
        if (valid_from is not None and valid_from > on) or (valid_to is not None and valid_to < on):
            continue
        by_product.setdefault(product_id, []).append(row)
    resolved = []
    for i, (product_id, qty, default) in enumerate(wanted):
        unit, factor = units[i] if units else ("", Decimal(1))
        if unit:
            own = _best(by_product.get(product_id, ()), qty, unit)
            if own is not None:
                resolved.append(ResolvedPrice(own[1], own[3], own[4]))
                continue
            qty = qty * factor
        best = _best(by_product.get(product_id, ()), qty, "")
        if best is None:
            found = ResolvedPrice(default if default is not None else ZERO, "")
        else:
            found = ResolvedPrice(best[1], best[3], best[4])
        if unit:
            found = ResolvedPrice(price_(found.price * factor), found.source, found.price_list_id)
        resolved.append(found)
    return resolved


def _best(rows, qty: Decimal, unit: str):
    """The winning list item for ``qty`` of ``unit`` among a product's rows, or None."""
    floor = qty if qty > ZERO else ZERO
    best = None
    for row in rows:
        if row[10] != unit or row[2] > floor:
            continue
        rank = (row[5] != "", row[6] != "", row[7], row[2])
        if best is None or rank > best[0]:
            best = (rank, row)
    return best[1] if best is not None else None
