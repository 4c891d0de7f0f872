"""Stores (多门店): a store groups a warehouse, its counters (PCs) and the money accounts its payment
methods book to, with an optional price list and points rules of its own.

A counter posts into its store: the shift opened on a PC belongs to the PC's store (the default
store when the PC is in none), and every ticket of the shift leaves from the store's warehouse
and books its money to the store's accounts. What a store does not set (its warehouse, an
account for a method, the points rules) is the shop-wide counter setting, so a shop that never
sets stores up works as before. Rules kept here: a store's code is unique, a warehouse is in at
most one store, a counter in at most one; the default store cannot be deactivated, nor a store
with an open shift.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import PriceList
from erp_desktop.models.counter import CounterShift, ShiftState
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.stores import DEFAULT_STORE_ID, Store, StoreAccount, StoreCounter
from erp_desktop.models.warehouse import Warehouse
from erp_desktop.money import ZERO, to_decimal
from erp_desktop.money import price as price_
from erp_desktop.services.counter import fast
from erp_desktop.services.counter.settings import METHODS, STORED_VALUE, CounterSettings, load_settings_tx
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork

MONEY_METHODS = tuple(m for m in METHODS if m != STORED_VALUE)


@dataclass(frozen=True)
class StoreRow:
    id: uuid.UUID
    code: str
    name: str
    warehouse_id: uuid.UUID | None
    warehouse: str  # "code name", "" = the counter settings' warehouse
    warehouse_code: str
    price_list: str  # its name, "" = none
    earn_per: Decimal | None  # None = the shop-wide rule
    redeem_points: int | None
    active: bool
    accounts: tuple[tuple[str, str], ...]  # (method, money account code)
    counters: tuple[str, ...]  # PC ids
    is_default: bool
    member_tier: str = ""  # members are priced at this tier here; "" = their own

    def account(self, method: str) -> str:
        return dict(self.accounts).get(method, "")


@dataclass(frozen=True)
class StoreInput:
    """A store as entered: ``warehouse`` and ``price_list`` by code / name ("" = none),
    ``accounts`` payment method → money account code ("" = the shop-wide one)."""

    code: str
    name: str
    warehouse: str = ""
    price_list: str = ""
    earn_per: Decimal | None = None
    redeem_points: int | None = None
    accounts: dict[str, str] = field(default_factory=dict)
    active: bool = True
    member_tier: str = ""


@dataclass(frozen=True)
class StoreContext:
    """A store as a ticket posts into it: ``settings`` are the counter settings with the store's
    warehouse, accounts and points rules laid over them."""

    id: uuid.UUID
    code: str
    name: str
    price_list_id: uuid.UUID | None
    settings: CounterSettings
    other_warehouses: frozenset[uuid.UUID] = frozenset()  # other stores': never left from here
    member_tier: str = ""  # the tier members are priced at in this store ("" = their own)


# --- the posting side (read per ticket) ---------------------------------------------------------
def counter_name(tx: Session) -> str:
    """This counter: the PC's id (a shift belongs to the till it was opened on, and to its store)."""
    uow = tx.info.get("uow")
    return str(getattr(uow, "pc_id", "") or "")


def store_id_for_counter(tx: Session, till: str) -> uuid.UUID:
    """The store of the counter (PC id) ``till``: its assignment, else the default store."""
    return fast.store_of_counter(tx, till) or DEFAULT_STORE_ID


def store_context_tx(tx: Session, store_id: uuid.UUID | None) -> StoreContext:
    """The store ``store_id`` (None: the default) as a ticket posts into it (cached per
    transaction). Raises ValidationError when the store is inactive."""
    store_id = store_id or DEFAULT_STORE_ID
    cache = tx.info.setdefault("_store_context", {})
    if store_id in cache:
        return cache[store_id]
    shop = load_settings_tx(tx)
    terms = fast.store_terms(tx, store_id)
    if terms is None:  # a database made before stores, not migrated: the shop-wide settings
        context = StoreContext(store_id, "", "", None, shop)
    else:
        owners = fast.store_warehouses(tx)
        others = frozenset(w for w, owner in owners.items() if owner != store_id)
        warehouse_id = terms.warehouse_id or shop.warehouse_id
        if terms.warehouse_id is None and warehouse_id in others:
            raise ValidationError(
                tr(
                    "Store {code} {name} has no warehouse of its own and the counter settings' warehouse belongs to "
                    "another store; set {code}'s warehouse in Settings › Stores.",
                    code=terms.code,
                    name=terms.name,
                ),
                field="warehouse",
            )
        if not terms.active:
            raise ValidationError(
                tr(
                    "Store {code} {name} is inactive; assign this counter to another store.",
                    code=terms.code,
                    name=terms.name,
                ),
                field="store",
            )
        settings = replace(
            shop,
            accounts={**shop.accounts, **fast.store_accounts(tx, store_id)},
            warehouse_id=warehouse_id,
            earn_per=shop.earn_per if terms.earn_per is None else terms.earn_per,
            redeem_points=shop.redeem_points if terms.redeem_points is None else terms.redeem_points,
        )
        context = StoreContext(
            terms.id, terms.code, terms.name, terms.price_list_id, settings, others, terms.member_tier or ""
        )
    cache[store_id] = context
    return context


def counter_store_tx(tx: Session) -> StoreContext:
    """This counter's (PC's) store."""
    return store_context_tx(tx, store_id_for_counter(tx, counter_name(tx)))


# --- reading -------------------------------------------------------------------------------------
def _rows(tx: Session, stores: list[Store]) -> list[StoreRow]:
    ids = [s.id for s in stores]
    if not ids:
        return []
    accounts: dict[uuid.UUID, list[tuple[str, str]]] = {}
    for store_id, method, code in tx.execute(
        select(StoreAccount.store_id, StoreAccount.method, MoneyAccount.code)
        .join(MoneyAccount, MoneyAccount.id == StoreAccount.account_id)
        .where(StoreAccount.store_id.in_(ids))
    ):
        accounts.setdefault(store_id, []).append((method, code))
    counters: dict[uuid.UUID, list[str]] = {}
    for store_id, name in tx.execute(
        select(StoreCounter.store_id, StoreCounter.counter_name)
        .where(StoreCounter.store_id.in_(ids))
        .order_by(StoreCounter.counter_name)
    ):
        counters.setdefault(store_id, []).append(name)
    warehouses = {
        w.id: (w.code, w.name)
        for w in tx.scalars(
            select(Warehouse).where(Warehouse.id.in_([s.warehouse_id for s in stores if s.warehouse_id]))
        )
    }
    lists = {
        p.id: p.name
        for p in tx.scalars(
            select(PriceList).where(PriceList.id.in_([s.price_list_id for s in stores if s.price_list_id]))
        )
    }
    order = {m: i for i, m in enumerate(METHODS)}
    return [
        StoreRow(
            s.id,
            s.code,
            s.name,
            s.warehouse_id,
            " ".join(warehouses.get(s.warehouse_id, ("", ""))) if s.warehouse_id else "",
            warehouses.get(s.warehouse_id, ("", ""))[0] if s.warehouse_id else "",
            lists.get(s.price_list_id, "") if s.price_list_id else "",
            s.earn_per,
            s.redeem_points,
            s.active,
            tuple(sorted(accounts.get(s.id, []), key=lambda a: order.get(a[0], 99))),
            tuple(counters.get(s.id, [])),
            s.id == DEFAULT_STORE_ID,
            s.member_tier or "",
        )
        for s in stores
    ]


def list_stores(uow: UnitOfWork, *, active_only: bool = False) -> list[StoreRow]:
    """The stores by code (the inactive ones too unless ``active_only``)."""
    with uow.read() as tx:
        stmt = select(Store).order_by(Store.code)
        if active_only:
            stmt = stmt.where(Store.active.is_(True))
        return _rows(tx, list(tx.scalars(stmt)))


def find_store_tx(tx: Session, ref: uuid.UUID | str) -> Store:
    """A store by id or code. Raises NotFound."""
    if isinstance(ref, uuid.UUID):
        store = tx.get(Store, ref)
    else:
        text = ref.strip()
        store = tx.scalar(select(Store).where(Store.code == text)) if text else None
        if store is None and text:
            try:
                store = tx.get(Store, uuid.UUID(text))
            except ValueError:
                store = None
    if store is None:
        raise NotFound(tr("No store {ref}.", ref=str(ref).strip()))
    return store


def get_store(uow: UnitOfWork, ref: uuid.UUID | str) -> StoreRow:
    with uow.read() as tx:
        return _rows(tx, [find_store_tx(tx, ref)])[0]


def this_store(uow: UnitOfWork) -> StoreRow:
    """The store of this counter (PC): its assignment, else the default store."""
    with uow.read() as tx:
        store = tx.get(Store, store_id_for_counter(tx, counter_name(tx)))
        if store is None:
            raise NotFound(tr("No store {ref}.", ref=str(DEFAULT_STORE_ID)))
        return _rows(tx, [store])[0]


def store_ids_tx(tx: Session, ref: uuid.UUID | str | None) -> uuid.UUID | None:
    """A store filter of a report: None = every store; else the store's id. Raises NotFound."""
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    return find_store_tx(tx, ref).id


# --- writing -------------------------------------------------------------------------------------
def _snapshot(store: Store, accounts: dict[str, uuid.UUID]) -> dict:
    return {
        "code": store.code,
        "name": store.name,
        "warehouse_id": str(store.warehouse_id) if store.warehouse_id else None,
        "price_list_id": str(store.price_list_id) if store.price_list_id else None,
        "earn_per": str(store.earn_per) if store.earn_per is not None else None,
        "redeem_points": store.redeem_points,
        "active": store.active,
        "accounts": {m: str(a) for m, a in sorted(accounts.items())},
        "member_tier": store.member_tier,
    }


def _current_accounts(tx: Session, store_id: uuid.UUID) -> dict[str, StoreAccount]:
    return {a.method: a for a in tx.scalars(select(StoreAccount).where(StoreAccount.store_id == store_id))}


def _clean(tx: Session, data: StoreInput, store: Store | None) -> dict:
    """The checked values of ``data``. Raises ValidationError, Duplicate, NotFound."""
    code = (data.code or "").strip()
    name = (data.name or "").strip()
    if not code:
        raise ValidationError(tr("Enter the store's code."), field="code")
    if len(code) > 40:
        raise ValidationError(tr("A store code has at most 40 characters."), field="code")
    if not name:
        raise ValidationError(tr("Enter the store's name."), field="name")
    taken = tx.scalar(select(Store).where(Store.code == code))
    if taken is not None and taken is not store:
        raise Duplicate(tr("Store code {code} is already used by {name}.", code=code, name=taken.name), field="code")
    warehouse_id = None
    ref = (data.warehouse or "").strip()
    if ref:
        warehouse = tx.scalar(select(Warehouse).where(Warehouse.code == ref))
        if warehouse is None:
            try:
                warehouse = tx.get(Warehouse, uuid.UUID(ref))
            except ValueError:
                warehouse = None
        if warehouse is None:
            raise NotFound(tr("No warehouse {ref}.", ref=ref))
        if not warehouse.active:
            raise ValidationError(tr("Warehouse {code} is inactive.", code=warehouse.code), field="warehouse")
        other = tx.scalar(select(Store).where(Store.warehouse_id == warehouse.id))
        if other is not None and other is not store:
            raise ValidationError(
                tr(
                    "Warehouse {warehouse} already belongs to store {code} {name}; a warehouse is in one store only.",
                    warehouse=warehouse.code,
                    code=other.code,
                    name=other.name,
                ),
                field="warehouse",
            )
        warehouse_id = warehouse.id
    elif store is None or store.id != DEFAULT_STORE_ID:
        raise ValidationError(tr("Choose the store's warehouse."), field="warehouse")
    price_list_id = None
    ref = (data.price_list or "").strip()
    if ref:
        price_list_id = tx.scalar(select(PriceList.id).where(PriceList.name == ref))
        if price_list_id is None:
            raise NotFound(tr("No price list {ref}.", ref=ref))
    earn_per = None
    if data.earn_per is not None and str(data.earn_per).strip() != "":
        try:
            earn_per = to_decimal(data.earn_per)
        except ValueError:
            raise ValidationError(tr("Points per yuan must be zero or more."), field="earn_per") from None
        if earn_per < ZERO or price_(earn_per) != earn_per:
            raise ValidationError(tr("Points per yuan must be zero or more."), field="earn_per")
    redeem = data.redeem_points
    if redeem is not None and (not isinstance(redeem, int) or redeem < 0):
        raise ValidationError(tr("Points per yuan off must be zero or more."), field="redeem_points")
    accounts: dict[str, uuid.UUID] = {}
    for method, account_code in data.accounts.items():
        if method not in MONEY_METHODS:
            raise ValidationError(tr("Unknown payment method {method}.", method=method), field="accounts")
        account_code = (account_code or "").strip()
        if not account_code:
            continue
        account = tx.scalar(select(MoneyAccount).where(MoneyAccount.code == account_code))
        if account is None:
            raise ValidationError(tr("No money account {ref}.", ref=account_code), field="accounts")
        if not account.active:
            raise ValidationError(tr("Money account {name} is inactive.", name=account.name), field="accounts")
        accounts[method] = account.id
    member_tier = (data.member_tier or "").strip()
    if len(member_tier) > 40:
        raise ValidationError(tr("A customer tier has at most 40 characters."), field="member_tier")
    return {
        "member_tier": member_tier,
        "code": code,
        "name": name,
        "warehouse_id": warehouse_id,
        "price_list_id": price_list_id,
        "earn_per": earn_per,
        "redeem_points": redeem,
        "active": bool(data.active),
        "accounts": accounts,
    }


def _apply(tx: Session, store: Store, values: dict) -> None:
    for key in ("code", "name", "warehouse_id", "price_list_id", "earn_per", "redeem_points", "active", "member_tier"):
        setattr(store, key, values[key])
    tx.flush()
    current = _current_accounts(tx, store.id)
    for method, account_id in values["accounts"].items():
        row = current.pop(method, None)
        if row is None:
            tx.add(StoreAccount(store_id=store.id, method=method, account_id=account_id))
        elif row.account_id != account_id:
            row.account_id = account_id
    for row in current.values():
        tx.delete(row)
    tx.flush()


def _history_guard(tx: Session) -> Callable[[], None]:
    """Call before a change, then call what it returns after it (flushed): refuses, by
    ValidationError, a change that would put past tickets outside their store (a warehouse or
    account given to a store that other stores' tickets used)."""
    from erp_desktop.services.counter.checks import store_problems

    before = set(store_problems(tx))

    def check() -> None:
        tx.flush()
        tx.info.pop("_store_context", None)
        new = [p for p in store_problems(tx) if p not in before]
        if new:
            raise ValidationError(
                tr(
                    "This change would leave past tickets outside their store ({problem}). Give each store a "
                    "warehouse and money accounts of its own.",
                    problem=new[0],
                ),
                field="store",
            )

    return check


def create_store(uow: UnitOfWork, data: StoreInput) -> StoreRow:
    """A new store. Raises ValidationError (no code, name or warehouse; a warehouse already in a
    store; a warehouse or account other stores' past tickets used), Duplicate (the code),
    NotFound, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        guard = _history_guard(tx)
        values = _clean(tx, data, None)
        store = Store(code=values["code"], name=values["name"], active=True)
        tx.add(store)
        tx.flush()
        _apply(tx, store, values)
        guard()
        audit.record(
            tx,
            "create",
            "store",
            store.id,
            summary=tr("Store {code} created", code=store.code),
            after=_snapshot(store, values["accounts"]),
        )
        return _rows(tx, [store])[0]


def update_store(uow: UnitOfWork, ref: uuid.UUID | str, data: StoreInput) -> StoreRow:
    """Change a store (all its fields as ``data`` gives them). Raises what ``create_store``
    raises, and ValidationError for deactivating the default store or one with an open shift."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        store = find_store_tx(tx, ref)
        before = _snapshot(store, {m: a.account_id for m, a in _current_accounts(tx, store.id).items()})
        guard = _history_guard(tx)
        values = _clean(tx, data, store)
        if store.active and not values["active"]:
            _check_deactivate(tx, store)
        _apply(tx, store, values)
        guard()
        audit.record(
            tx,
            "update",
            "store",
            store.id,
            summary=tr("Store {code} changed", code=store.code),
            before=before,
            after=_snapshot(store, values["accounts"]),
        )
        return _rows(tx, [store])[0]


def _check_deactivate(tx: Session, store: Store) -> None:
    if store.id == DEFAULT_STORE_ID:
        raise ValidationError(
            tr("The default store {code} cannot be deactivated: counters in no store belong to it.", code=store.code),
            field="active",
        )
    open_shift = tx.scalar(
        select(CounterShift.number).where(
            CounterShift.store_id == store.id, CounterShift.state == ShiftState.OPEN.value
        )
    )
    if open_shift:
        raise ValidationError(
            tr("Shift {number} of store {code} is still open; close it first.", number=open_shift, code=store.code),
            field="active",
        )


def deactivate_store(uow: UnitOfWork, ref: uuid.UUID | str) -> StoreRow:
    """Deactivate a store: its counters can no longer open shifts (its history stays). Raises
    ValidationError (the default store, an open shift), NotFound, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        store = find_store_tx(tx, ref)
        if store.active:
            _check_deactivate(tx, store)
            store.active = False
            tx.flush()
            audit.record(
                tx,
                "update",
                "store",
                store.id,
                summary=tr("Store {code} deactivated", code=store.code),
                before={"active": True},
                after={"active": False},
            )
        return _rows(tx, [store])[0]


def assign_counter(uow: UnitOfWork, ref: uuid.UUID | str, counter: str | None = None, *, label: str = "") -> StoreRow:
    """Put the counter (a PC id; None = this PC) in the store ``ref``, out of any other. Raises
    ValidationError (an inactive store, the counter has an open shift in another store),
    NotFound, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        store = find_store_tx(tx, ref)
        if not store.active:
            raise ValidationError(tr("Store {code} is inactive.", code=store.code), field="store")
        till = (counter if counter is not None else counter_name(tx)).strip()
        if not till:
            raise ValidationError(tr("Enter the counter's PC id."), field="counter")
        if len(till) > 80:
            raise ValidationError(tr("A PC id has at most 80 characters."), field="counter")
        open_shift = tx.scalar(
            select(CounterShift.number).where(
                CounterShift.counter_name == till,
                CounterShift.state == ShiftState.OPEN.value,
                CounterShift.store_id != store.id,
            )
        )
        if open_shift:
            raise ValidationError(
                tr(
                    "Shift {number} is still open on counter {counter}; close it first.",
                    number=open_shift,
                    counter=till,
                ),
                field="counter",
            )
        row = tx.scalar(select(StoreCounter).where(StoreCounter.counter_name == till))
        before = str(row.store_id) if row is not None else None
        if row is None:
            tx.add(StoreCounter(counter_name=till, store_id=store.id, label=label.strip()[:80]))
        else:
            row.store_id = store.id
            if label.strip():
                row.label = label.strip()[:80]
        tx.flush()
        audit.record(
            tx,
            "update",
            "store_counter",
            till,
            summary=tr("Counter {counter} assigned to store {code}", counter=till, code=store.code),
            before={"store_id": before},
            after={"store_id": str(store.id)},
        )
        return _rows(tx, [store])[0]
