"""The reads a ticket makes per line, one statement each for the whole ticket (the posting path):
the products, their prices (the same precedence as ``masterdata.pricing.resolve_price``: a list
of the customer's tier beats a blank one, then its channel, then priority, then the largest
``min_qty`` not above the quantity; no list price → the product's sale price) and the bin each
line leaves from (``sales.deliveries.pick_bin``'s rule: the active bin holding the most)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import PriceList, PriceListItem, Product
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.stores import Store, StoreAccount, StoreCounter
from erp_desktop.models.system import AppSetting
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind
from erp_desktop.money import ZERO
from erp_desktop.money import price as price_
from erp_desktop.storage.fastsql import Prepared, PreparedIn
from erp_desktop.storage.rows import update_rows

_P, _I, _PL = Product.__table__.c, PriceListItem.__table__.c, PriceList.__table__.c
_L, _B = Location.__table__.c, StockBalance.__table__.c
_S = AppSetting.__table__.c
_IN0: Any = bindparam("in0", expanding=True)


class ProductRow(NamedTuple):
    id: uuid.UUID
    code: str
    name: str
    unit: str
    tax_rate: Decimal
    sale_price: Decimal
    active: bool


def _products_query(ids):
    return select(_P.id, _P.code, _P.name, _P.unit, _P.tax_rate, _P.sale_price, _P.active).where(_P.id.in_(ids))


def _items_query(ids):
    return (
        select(
            _I.product_id,
            _I.price,
            _I.min_qty,
            _PL.tier,
            _PL.channel,
            _PL.priority,
            _PL.valid_from,
            _PL.valid_to,
            _I.unit,
            _PL.id,
        )
        .select_from(PriceListItem.__table__.join(PriceList.__table__, _PL.id == _I.price_list_id))
        .where(_I.product_id.in_(ids), _PL.active.is_(True))
    )


def _balances_query(ids):
    return select(_B.product_id, _B.location_id, _B.qty).where(_B.product_id.in_(ids))


_PRODUCTS = PreparedIn(_products_query, _products_query(_IN0), [_P.id])
_ITEMS = PreparedIn(_items_query, _items_query(_IN0), [_I.product_id])
_BALANCES = PreparedIn(_balances_query, _balances_query(_IN0), [_B.product_id])
_BINS = Prepared(
    select(_L.id, _L.warehouse_id, _L.sort_order, _L.code).where(
        _L.kind == LocationKind.BIN.value, _L.status == BinStatus.ACTIVE.value
    )
)


_SETTING = Prepared(select(_S.value).where(_S.key == bindparam("key")))


def setting_value(tx: Session, key: str) -> Any:
    """An ``AppSetting``'s JSON value (None when unset), one prepared statement: the counter
    settings every ticket reads."""
    return _SETTING.scalar(tx, {"key": key})


def products(tx: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ProductRow]:
    return {row[0]: ProductRow(*row) for row in _PRODUCTS.rows(tx, list(dict.fromkeys(ids)))}


def prices(
    tx: Session,
    tier: str,
    channel: str,
    wanted: Sequence[tuple[ProductRow, Decimal]],
    on: date,
    units: Sequence[tuple[str, Decimal]] | None = None,
    store_list: uuid.UUID | None = None,
) -> list[Decimal]:
    """The resolved price of each (product, quantity). 多单位: ``units`` gives each line's (unit,
    factor), its quantity in that unit: the unit's own list price, else the base price × factor.
    ``store_list``: the store's own price list (多门店), which beats the other lists that fit the
    customer as well (a list of the customer's tier still beats a blank store list)."""
    by_product: dict[uuid.UUID, list[tuple]] = {}
    claimed = store_price_lists(tx)
    for row in _ITEMS.rows(tx, list(dict.fromkeys(p.id for p, _q in wanted))):
        product_id, price, min_qty, list_tier, list_channel, priority, valid_from, valid_to, unit, list_id = row
        if list_tier not in ("", tier) or list_channel not in ("", channel):
            continue
        if list_id in claimed and list_id != store_list:  # another store's own list
            continue
        if (valid_from is not None and valid_from > on) or (valid_to is not None and valid_to < on):
            continue
        by_product.setdefault(product_id, []).append(
            (list_tier != "", store_list is not None and list_id == store_list, list_channel != "", priority, min_qty)
            + (price, unit)
        )
    out = []
    for i, (product, qty) in enumerate(wanted):
        unit, factor = units[i] if units else ("", Decimal(1))
        candidates = by_product.get(product.id, ())
        if unit:
            own = _best(candidates, qty, unit)
            if own is not None:
                out.append(own[5])
                continue
            qty = qty * factor
        best = _best(candidates, qty, "")
        found = best[5] if best is not None else product.sale_price
        out.append(price_(found * factor) if unit else found)
    return out


def _best(candidates, qty: Decimal, unit: str):
    floor = qty if qty > ZERO else ZERO
    return max((c for c in candidates if c[6] == unit and c[4] <= floor), default=None, key=lambda c: c[:5])


def _bins(tx: Session) -> list[tuple]:
    cache = tx.info.setdefault("_counter_bins", {})
    if "value" not in cache:
        cache["value"] = _BINS.rows(tx)
    return cache["value"]


def pick_bins(
    tx: Session,
    product_ids: Sequence[uuid.UUID],
    warehouse_id: uuid.UUID | None,
    exclude: frozenset[uuid.UUID] = frozenset(),
) -> list[uuid.UUID]:
    """The bin each product leaves from: the active bin (of ``warehouse_id`` if given, else of any
    warehouse but those in ``exclude``: other stores' warehouses) holding the most of it, else the
    warehouse's first active bin. Raises ValidationError."""
    bins = sorted(
        (b for b in _bins(tx) if (b[1] == warehouse_id if warehouse_id is not None else b[1] not in exclude)),
        key=lambda b: (b[2], b[3]),
    )
    if not bins:
        raise ValidationError(tr("Choose a warehouse with an active bin to deliver from."), field="warehouse")
    position = {b[0]: i for i, b in enumerate(bins)}
    held: dict[tuple[uuid.UUID, uuid.UUID], Decimal] = {}
    for product_id, location_id, qty in _BALANCES.rows(tx, list(dict.fromkeys(product_ids))):
        if location_id in position:
            held[(product_id, location_id)] = qty
    out = []
    for product_id in product_ids:
        best = max(bins, key=lambda b: (held.get((product_id, b[0]), ZERO), -position[b[0]]))
        out.append(best[0])
    return out


# --- money accounts ---------------------------------------------------------------------------
@dataclass(eq=False)
class AccountView:
    """A money account as a ticket moves it, read below the ORM; ``store_balances`` writes back."""

    id: uuid.UUID
    code: str
    name: str
    gl_code: str
    active: bool
    allow_negative: bool
    balance: Decimal


_MA = MoneyAccount.__table__.c
_ACCOUNT_ID = Prepared(select(_MA.id).where(_MA.code == bindparam("code")))
_ACCOUNT = Prepared(
    select(_MA.id, _MA.code, _MA.name, _MA.gl_code, _MA.active, _MA.allow_negative, _MA.balance).where(
        _MA.id == bindparam("id")
    )
)


def lock_accounts(tx: Session, codes: Sequence[str]) -> dict[str, AccountView]:
    """The accounts with these codes, row-locked in id order (the lock order of every money
    posting) and freshly read. Raises NotFound."""
    uow = tx.info.get("uow")
    known: dict[str, uuid.UUID] = getattr(uow, "_counter_account_ids", None) or {}
    ids = {}
    for code in dict.fromkeys(codes):
        found = known.get(code) or _ACCOUNT_ID.scalar(tx, {"code": code})
        if found is None:
            raise NotFound(tr("No money account {ref}.", ref=code))
        ids[code] = known[code] = found
    if uow is not None:
        uow._counter_account_ids = known
    views = {}
    for code, account_id in sorted(ids.items(), key=lambda item: item[1]):
        row = _ACCOUNT.first(tx, {"id": account_id}, lock=True)
        if row is None:
            raise NotFound(tr("No money account {ref}.", ref=code))
        views[code] = AccountView(*row)
    return views


def store_balances(tx: Session, accounts: Sequence[AccountView]) -> None:
    update_rows(tx, MoneyAccount.__table__, [{"id": a.id, "balance": a.balance} for a in dict.fromkeys(accounts)])


# --- stores (多门店) ----------------------------------------------------------------------------
class StoreTerms(NamedTuple):
    """What a ticket needs of its store: its warehouse, price list, points rules, accounts."""

    id: uuid.UUID
    code: str
    name: str
    warehouse_id: uuid.UUID | None
    price_list_id: uuid.UUID | None
    earn_per: Decimal | None
    redeem_points: int | None
    active: bool
    member_tier: str


_ST, _SC, _SA = Store.__table__.c, StoreCounter.__table__.c, StoreAccount.__table__.c
_STORE_WAREHOUSES = Prepared(select(_ST.warehouse_id, _ST.id).where(_ST.warehouse_id.is_not(None)))
_STORE_LISTS = Prepared(select(_ST.price_list_id).where(_ST.price_list_id.is_not(None)))
_STORE_OF_COUNTER = Prepared(select(_SC.store_id).where(_SC.counter_name == bindparam("till")))
_STORE = Prepared(
    select(
        _ST.id,
        _ST.code,
        _ST.name,
        _ST.warehouse_id,
        _ST.price_list_id,
        _ST.earn_per,
        _ST.redeem_points,
        _ST.active,
        _ST.member_tier,
    ).where(_ST.id == bindparam("id"))
)
_STORE_ACCOUNTS = Prepared(
    select(_SA.method, _MA.code)
    .select_from(StoreAccount.__table__.join(MoneyAccount.__table__, _MA.id == _SA.account_id))
    .where(_SA.store_id == bindparam("id"))
)


def store_price_lists(tx: Session) -> frozenset[uuid.UUID]:
    """The price lists that are some store's own (they price only that store's counter)."""
    cache = tx.info.setdefault("_store_price_lists", {})
    if "value" not in cache:
        cache["value"] = frozenset(row[0] for row in _STORE_LISTS.rows(tx))
    return cache["value"]


def store_warehouses(tx: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Warehouse → the store it belongs to."""
    return {row[0]: row[1] for row in _STORE_WAREHOUSES.rows(tx)}


def store_of_counter(tx: Session, till: str) -> uuid.UUID | None:
    """The store this counter (PC id) is assigned to, None when it is in none (the default store)."""
    return _STORE_OF_COUNTER.scalar(tx, {"till": till})


def store_terms(tx: Session, store_id: uuid.UUID) -> StoreTerms | None:
    row = _STORE.first(tx, {"id": store_id})
    return StoreTerms(*row) if row is not None else None


def store_accounts(tx: Session, store_id: uuid.UUID) -> dict[str, str]:
    """Payment method → money account code, as this store maps them."""
    return {method: code for method, code in _STORE_ACCOUNTS.rows(tx, {"id": store_id})}
