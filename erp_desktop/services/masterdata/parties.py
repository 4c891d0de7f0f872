"""Customers and suppliers: their contacts, addresses, follow-up records and supplier quotes.

Invariants: codes unique per kind (a clash names the other party); credit limits and quote
prices never negative; a quote's valid-until is not before its valid-from; a party that any
document refers to is deactivated, never deleted. Each edit is one transaction with an audit
record.

Customers and suppliers share one implementation (list, get, check, save, activate, delete):
what differs between the two kinds — the model, the kind-specific columns and how they are
checked, the kind's own child rows (a customer's addresses, a supplier's quotes) — is held in a
``_PartyKind`` description, ``_CUSTOMER`` and ``_SUPPLIER``. The public functions are named
entry points over it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import KW_ONLY, dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Address, Contact, Customer, FollowUp, Supplier, SupplierQuote
from erp_desktop.money import MONEY_PLACES, PRICE_PLACES, QTY_PLACES
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata import custom_fields
from erp_desktop.services.masterdata.mnemonic import clean_mnemonic, resolve_mnemonic
from erp_desktop.services.paging import ListQuery, Page, keyset_page, like_pattern
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork, actor_of


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    is_primary: bool = False


@dataclass(frozen=True)
class AddressData:
    address: str
    label: str = ""
    is_default: bool = False


@dataclass(frozen=True)
class FollowUpData:
    on: date
    channel: str = ""
    note: str = ""
    next_step: str = ""
    next_date: date | None = None
    user_name: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class QuoteData:
    product_id: uuid.UUID
    price: Any
    min_qty: Any = Decimal(0)
    lead_time_days: Any = 7
    valid_from: date | None = None
    valid_until: date | None = None
    product_code: str = ""
    product_name: str = ""
    id: uuid.UUID | None = None


# --------------------------------------------------------------------------- what the UI sees
# Each kind's list row, editor input and detail share the common columns through a base class;
# the kind's own class adds only its own fields. Besides ``code`` and ``name`` every field is
# passed by keyword.


@dataclass(frozen=True, kw_only=True)
class _PartyRow:
    """The columns a customer and a supplier list have in common."""

    id: uuid.UUID
    code: str
    name: str
    tags: str  # "a, b"
    phone: str
    payment_terms_days: int
    active: bool
    custom: dict = field(default_factory=dict, compare=False)
    mnemonic: str = ""  # 助记码


@dataclass(frozen=True, kw_only=True)
class CustomerRow(_PartyRow):
    tier: str
    channel: str
    salesperson: str
    credit_limit: Decimal | None


@dataclass(frozen=True, kw_only=True)
class SupplierRow(_PartyRow):
    category: str
    grade: str
    lead_time_days: int


@dataclass(frozen=True)
class _PartyInput:
    """What an editor or an import gives for either kind; ``None`` contacts leave them as they are."""

    code: str
    name: str
    _: KW_ONLY
    tags: Sequence[str] | str = ()
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    payment_terms_days: Any = 30
    custom: dict = field(default_factory=dict)
    active: bool = True
    notes: str = ""
    contacts: Sequence[ContactData] | None = None  # None = leave as they are
    mnemonic: str | None = None  # 助记码: None = generated (kept on edit unless it was generated), "" = generate


@dataclass(frozen=True, kw_only=True)
class CustomerInput(_PartyInput):
    tier: str = ""
    channel: str = ""
    salesperson: str = ""
    credit_limit: Any = None  # None / "" = no limit
    addresses: Sequence[AddressData] | None = None


@dataclass(frozen=True, kw_only=True)
class SupplierInput(_PartyInput):
    category: str = ""
    grade: str = ""
    address: str = ""
    lead_time_days: Any = 7
    quotes: Sequence[QuoteData] | None = None


@dataclass(frozen=True, kw_only=True)
class _PartyDetail:
    """One party as its editor shows it; ``as_input`` turns it back into an input to save changes."""

    input_class: ClassVar[type[_PartyInput]]
    id: uuid.UUID
    code: str
    name: str
    tags: tuple[str, ...]
    phone: str
    email: str
    tax_id: str
    payment_terms_days: int
    custom: dict
    active: bool
    notes: str
    contacts: tuple[ContactData, ...]
    mnemonic: str = ""

    def as_input(self, **changes: Any) -> Any:
        """The input that would save this party unchanged, with ``changes`` applied."""
        values = {f.name: getattr(self, f.name) for f in fields(self.input_class)}
        values.update(changes)
        return self.input_class(**values)


@dataclass(frozen=True, kw_only=True)
class CustomerDetail(_PartyDetail):
    input_class: ClassVar[type[_PartyInput]] = CustomerInput
    tier: str
    channel: str
    salesperson: str
    credit_limit: Decimal | None
    addresses: tuple[AddressData, ...]
    follow_ups: tuple[FollowUpData, ...]


@dataclass(frozen=True, kw_only=True)
class SupplierDetail(_PartyDetail):
    input_class: ClassVar[type[_PartyInput]] = SupplierInput
    category: str
    grade: str
    address: str
    lead_time_days: int
    quotes: tuple[QuoteData, ...]


# --------------------------------------------------------------------------- checking typed values


@dataclass(frozen=True)
class _Field:
    """One editable column: its name, its label (marked with ``N_``, translated when checked) and
    how a typed value becomes the column's value (``check(value, field, label)``). Custom fields
    have no ``check``: they are checked against the kind's custom-field definitions."""

    name: str
    label: str = ""
    check: Callable[[Any, str, str], Any] | None = None


def _text(name: str, label: str, max_len: int, *, required: bool = False) -> _Field:
    return _Field(name, label, lambda value, f, lbl: v.text(value, f, lbl, required=required, max_len=max_len))


def _days(name: str, label: str) -> _Field:
    return _Field(name, label, lambda value, f, lbl: v.integer(value, f, lbl, maximum=3650))


_CODE = _text("code", N_("Code"), 40, required=True)
_NAME = _text("name", N_("Name"), 200, required=True)
_TAGS = _Field("tags", check=lambda value, _f, _lbl: v.tags(value))
_PHONE = _text("phone", N_("Phone"), 40)
_EMAIL = _text("email", N_("Email"), 120)
_TAX_ID = _text("tax_id", N_("Tax ID"), 40)
_TERMS = _days("payment_terms_days", N_("Payment terms (days)"))
_CUSTOM = _Field("custom")
_ACTIVE = _Field("active", check=lambda value, _f, _lbl: bool(value))
_NOTES = _text("notes", N_("Notes"), 4000)
# The typed 助记码, cleaned; None (not given) stays None and ``_apply`` decides (resolve_mnemonic).
_MNEMONIC = _Field("mnemonic", check=lambda value, _f, _lbl: None if value is None else clean_mnemonic(str(value)))

# Each kind's columns in the order they are checked (the first bad one is reported).
CUSTOMER_FIELDS = (
    _CODE,
    _NAME,
    _text("tier", N_("Tier"), 40),
    _text("channel", N_("Channel"), 40),
    _TAGS,
    _text("salesperson", N_("Salesperson"), 80),
    _PHONE,
    _EMAIL,
    _TAX_ID,
    _Field(
        "credit_limit",
        N_("Credit limit"),
        lambda value, f, lbl: v.number(value, f, lbl, places=MONEY_PLACES, allow_none=True),
    ),
    _TERMS,
    _CUSTOM,
    _ACTIVE,
    _NOTES,
    _MNEMONIC,
)
SUPPLIER_FIELDS = (
    _CODE,
    _NAME,
    _text("category", N_("Category"), 60),
    _text("grade", N_("Grade"), 10),
    _TAGS,
    _PHONE,
    _EMAIL,
    _text("address", N_("Address"), 300),
    _TAX_ID,
    _days("lead_time_days", N_("Lead time (days)")),
    _TERMS,
    _CUSTOM,
    _ACTIVE,
    _NOTES,
    _MNEMONIC,
)


def _clean_fields(columns: Sequence[_Field], data: _PartyInput, defs, existing_custom: dict | None) -> dict[str, Any]:
    """The checked column values of ``data``, in ``columns`` order. Raises ValidationError."""
    values: dict[str, Any] = {}
    for f in columns:
        value = getattr(data, f.name)
        if f.check is None:
            values[f.name] = custom_fields.clean_values(defs, value, existing=existing_custom)
        else:
            values[f.name] = f.check(value, f.name, tr(f.label) if f.label else "")
    return values


# --------------------------------------------------------------------------- helpers


def _contacts(rows) -> tuple[ContactData, ...]:
    return tuple(ContactData(c.name, c.role, c.phone, c.email, c.is_primary) for c in rows)


def _clean_contacts(items: Sequence[ContactData]) -> list[dict]:
    result = []
    for i, c in enumerate(items, 1):
        if not (c.name or "").strip() and not (c.phone or "").strip():
            continue
        result.append(
            dict(
                name=v.text(c.name, "contacts", tr("Contact {n}: name", n=i), required=True, max_len=80),
                role=v.text(c.role, "contacts", tr("Role"), max_len=60),
                phone=v.text(c.phone, "contacts", tr("Phone"), max_len=40),
                email=v.text(c.email, "contacts", tr("Email"), max_len=120),
                is_primary=bool(c.is_primary),
            )
        )
    return result


def _clean_addresses(_tx: Session, items: Sequence[AddressData]) -> list[dict]:
    """A customer's addresses as rows; blank ones are dropped."""
    return [
        dict(
            address=v.text(a.address, "addresses", tr("Address"), max_len=300),
            label=v.text(a.label, "addresses", tr("Label"), max_len=40),
            is_default=bool(a.is_default),
        )
        for a in items
        if (a.address or "").strip()
    ]


def _clean_quotes(tx: Session, items: Sequence[QuoteData]) -> list[dict]:
    """A supplier's quotes as rows, numbered from 1 in error messages."""
    return [clean_quote(tx, q, i) for i, q in enumerate(items, 1)]


def _unique_code(tx: Session, model, code: str, self_id: uuid.UUID | None, what: str) -> None:
    other = tx.execute(select(model.id, model.code, model.name).where(model.code == code)).first()
    if other is not None and other.id != self_id:
        raise Duplicate(
            tr(
                "Code {code} is already used by {what} {other}.",
                code=code,
                what=what,
                other=f"{other.code} {other.name}",
            ),
            field="code",
        )


def _tags_text(value) -> str:
    return ", ".join(value or ())


def _follow_up(f: FollowUp) -> FollowUpData:
    return FollowUpData(f.on, f.channel, f.note, f.next_step, f.next_date, f.user_name, f.id)


def _quote(q: SupplierQuote, p: Product | None) -> QuoteData:
    return QuoteData(
        q.product_id,
        q.price,
        q.min_qty,
        q.lead_time_days,
        q.valid_from,
        q.valid_until,
        p.code if p else "",
        p.name if p else "",
        q.id,
    )


def _customer_own(_tx: Session, c: Customer) -> dict[str, Any]:
    """A customer detail's own parts: addresses and follow-ups."""
    return dict(
        addresses=tuple(AddressData(a.address, a.label, a.is_default) for a in c.addresses),
        follow_ups=tuple(_follow_up(f) for f in c.follow_ups),
    )


def _supplier_own(tx: Session, s: Supplier) -> dict[str, Any]:
    """A supplier detail's own part: its quotes with product code and name, by product code and quantity."""
    products = (
        {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_([q.product_id for q in s.quotes])))}
        if s.quotes
        else {}
    )
    quotes = sorted(
        (_quote(q, products.get(q.product_id)) for q in s.quotes), key=lambda q: (q.product_code, q.min_qty)
    )
    return dict(quotes=tuple(quotes))


def _customer_snapshot(c: Customer) -> dict:
    snap = audit.snapshot(c)
    snap["contacts"] = [f"{x.name} {x.phone}".strip() for x in c.contacts]
    snap["addresses"] = [x.address for x in c.addresses]
    return snap


# --------------------------------------------------------------------------- the two kinds


@dataclass(frozen=True)
class _PartyKind:
    """What the shared party code needs to know about one kind of party."""

    key: str  # "customer" | "supplier": audit entity, custom-field owner
    model: type[Customer | Supplier]  # the ORM class
    row_class: type[_PartyRow]
    detail_class: type[_PartyDetail]
    noun: Callable[[], str]  # translated, for "Code … is already used by {what} …"
    gone: Callable[[], str]  # translated NotFound message
    search: tuple[str, ...]  # columns the list's search text matches
    filters: tuple[str, ...]  # list filters (besides ``active``) compared for equality
    sorts: dict  # columns the list sorts by
    fields: tuple[_Field, ...]  # editable columns, checked in this order
    own: str  # the kind's own child rows, replaced on save when given: "addresses" | "quotes"
    own_model: type
    clean_own: Callable[[Session, Sequence], list[dict]]
    own_detail: Callable[[Session, Any], dict[str, Any]]  # the detail's kind-specific parts
    snapshot: Callable[[Any], dict]  # the audit record of a saved row


def _sorts(model, names: tuple[str, ...]) -> dict:
    return {k: getattr(model, k) for k in names}


CUSTOMER_SORTS = _sorts(
    Customer, ("code", "name", "mnemonic", "tier", "channel", "salesperson", "phone", "payment_terms_days", "active")
)
SUPPLIER_SORTS = _sorts(
    Supplier,
    ("code", "name", "mnemonic", "category", "grade", "phone", "lead_time_days", "payment_terms_days", "active"),
)

_CUSTOMER = _PartyKind(
    key="customer",
    model=Customer,
    row_class=CustomerRow,
    detail_class=CustomerDetail,
    noun=lambda: tr("customer"),
    gone=lambda: tr("That customer no longer exists."),
    search=("code", "name", "phone", "salesperson"),
    filters=("tier",),
    sorts=CUSTOMER_SORTS,
    fields=CUSTOMER_FIELDS,
    own="addresses",
    own_model=Address,
    clean_own=_clean_addresses,
    own_detail=_customer_own,
    snapshot=_customer_snapshot,
)
_SUPPLIER = _PartyKind(
    key="supplier",
    model=Supplier,
    row_class=SupplierRow,
    detail_class=SupplierDetail,
    noun=lambda: tr("supplier"),
    gone=lambda: tr("That supplier no longer exists."),
    search=("code", "name", "phone", "category"),
    filters=(),
    sorts=SUPPLIER_SORTS,
    fields=SUPPLIER_FIELDS,
    own="quotes",
    own_model=SupplierQuote,
    clean_own=_clean_quotes,
    own_detail=_supplier_own,
    snapshot=audit.snapshot,
)


def _kind(kind: str) -> _PartyKind:
    """The description of ``kind`` as the UI names it ("customer", anything else is a supplier)."""
    return _CUSTOMER if kind == "customer" else _SUPPLIER


# --------------------------------------------------------------------------- shared implementation


def _load(tx: Session, kind: _PartyKind, party_id: uuid.UUID):
    row = tx.get(kind.model, party_id)
    if row is None:
        raise NotFound(kind.gone())
    return row


def _row(kind: _PartyKind, party) -> _PartyRow:
    values = {f.name: getattr(party, f.name) for f in fields(kind.row_class)}
    values.update(tags=_tags_text(party.tags), custom=dict(party.custom or {}))
    return kind.row_class(**values)


def _detail(tx: Session, kind: _PartyKind, party) -> _PartyDetail:
    computed = dict(
        tags=tuple(party.tags or ()),
        custom=dict(party.custom or {}),
        contacts=_contacts(party.contacts),
        **kind.own_detail(tx, party),
    )
    return kind.detail_class(
        **{
            f.name: computed[f.name] if f.name in computed else getattr(party, f.name)
            for f in fields(kind.detail_class)
        }
    )


def _list(uow: UnitOfWork, kind: _PartyKind, query: ListQuery) -> Page:
    model = kind.model
    with uow.read() as tx:
        stmt = select(model)
        if query.search.strip():
            p = like_pattern(query.search)
            matches = [getattr(model, column).like(p, escape="\\") for column in kind.search]
            matches.append(model.mnemonic.like(like_pattern(query.search.upper()), escape="\\"))  # stored upper case
            stmt = stmt.where(or_(*matches))
        if query.filters.get("active") is not None:
            stmt = stmt.where(model.active.is_(bool(query.filters["active"])))
        for name in kind.filters:
            if query.filters.get(name):
                stmt = stmt.where(getattr(model, name) == query.filters[name])
        return keyset_page(
            tx,
            stmt,
            sort_columns=kind.sorts,
            default_sort="code",
            id_column=model.id,
            query=query,
            to_row=lambda r: _row(kind, r[0]),
        )


def _get(uow: UnitOfWork, kind: _PartyKind, party_id: uuid.UUID) -> Any:
    with uow.read() as tx:
        return _detail(tx, kind, _load(tx, kind, party_id))


def _apply(tx: Session, kind: _PartyKind, row, values: dict, contacts: list[dict] | None, own: list[dict] | None):
    """Create or change the row from checked values; contacts and own child rows replaced when given.
    The 助记码 is generated from the name unless the user gave their own (``resolve_mnemonic``)."""
    values = dict(values)
    values["mnemonic"] = resolve_mnemonic(
        values.get("mnemonic"),
        values["name"],
        old_name=row.name if row is not None else None,
        old_mnemonic=row.mnemonic if row is not None else None,
    )
    if row is None:
        row = kind.model(**values)
        tx.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    if contacts is not None:
        row.contacts = [Contact(**c) for c in contacts]
    if own is not None:
        setattr(row, kind.own, [kind.own_model(**x) for x in own])
    return row


def _save(uow: UnitOfWork, kind: _PartyKind, data: _PartyInput, party_id: uuid.UUID | None) -> Any:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = _load(tx, kind, party_id) if party_id is not None else None
        values = _clean_fields(kind.fields, data, custom_fields.fields_tx(tx, kind.key), row.custom if row else None)
        _unique_code(tx, kind.model, values["code"], party_id, kind.noun())
        contacts = _clean_contacts(data.contacts) if data.contacts is not None else None
        own_items = getattr(data, kind.own)
        own = kind.clean_own(tx, own_items) if own_items is not None else None
        before = kind.snapshot(row) if row else None
        row = _apply(tx, kind, row, values, contacts, own)
        tx.flush()
        audit.record(
            tx,
            "update" if before else "create",
            kind.key,
            row.id,
            summary=f"{row.code} {row.name}",
            before=before,
            after=kind.snapshot(row),
        )
        return _detail(tx, kind, row)


def set_party_active(uow: UnitOfWork, kind: str, party_id: uuid.UUID, active: bool) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = _load(tx, _kind(kind), party_id)
        before = audit.snapshot(row)
        row.active = active
        tx.flush()
        audit.record(
            tx, "update", kind, row.id, summary=f"{row.code} {row.name}", before=before, after=audit.snapshot(row)
        )


def delete_party(uow: UnitOfWork, kind: str, party_id: uuid.UUID) -> None:
    """Delete a customer/supplier nothing refers to; once used it can only be deactivated."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = _load(tx, _kind(kind), party_id)
        own = ("contact", "address", "follow_up", "supplier_quote")
        if v.is_used(tx, _kind(kind).model.__tablename__, row.id, ignore=own):
            raise ValidationError(tr("{code} is already used; deactivate it instead of deleting it.", code=row.code))
        audit.record(tx, "delete", kind, row.id, summary=f"{row.code} {row.name}", before=audit.snapshot(row))
        tx.delete(row)


# --------------------------------------------------------------------------- customers and suppliers, side by side


def list_customers(uow: UnitOfWork, query: ListQuery) -> Page[CustomerRow]:
    """Filters: ``active``, ``tier``."""
    return _list(uow, _CUSTOMER, query)


def list_suppliers(uow: UnitOfWork, query: ListQuery) -> Page[SupplierRow]:
    """Filters: ``active``."""
    return _list(uow, _SUPPLIER, query)


def get_customer(uow: UnitOfWork, customer_id: uuid.UUID) -> CustomerDetail:
    return _get(uow, _CUSTOMER, customer_id)


def get_supplier(uow: UnitOfWork, supplier_id: uuid.UUID) -> SupplierDetail:
    return _get(uow, _SUPPLIER, supplier_id)


def clean_customer(tx: Session, data: CustomerInput, defs, existing_custom: dict | None) -> dict[str, Any]:
    """The checked column values of a customer (also used by the Excel import)."""
    return _clean_fields(CUSTOMER_FIELDS, data, defs, existing_custom)


def clean_supplier(tx: Session, data: SupplierInput, defs, existing_custom: dict | None) -> dict[str, Any]:
    """The checked column values of a supplier (also used by the Excel import)."""
    return _clean_fields(SUPPLIER_FIELDS, data, defs, existing_custom)


def save_customer(uow: UnitOfWork, data: CustomerInput, customer_id: uuid.UUID | None = None) -> CustomerDetail:
    """Create or change a customer (contacts/addresses replaced when given). Raises
    ValidationError, Duplicate, NotFound."""
    return _save(uow, _CUSTOMER, data, customer_id)


def save_supplier(uow: UnitOfWork, data: SupplierInput, supplier_id: uuid.UUID | None = None) -> SupplierDetail:
    """Create or change a supplier (contacts and quotes replaced when given)."""
    return _save(uow, _SUPPLIER, data, supplier_id)


def apply_customer(
    tx: Session, row: Customer | None, values: dict, contacts: list[dict] | None, addresses: list[dict] | None
) -> Customer:
    """Create or change a customer row from values ``clean_customer`` checked (inside an open transaction)."""
    return _apply(tx, _CUSTOMER, row, values, contacts, addresses)


# --------------------------------------------------------------------------- customer follow-ups


def add_follow_up(uow: UnitOfWork, customer_id: uuid.UUID, data: FollowUpData) -> FollowUpData:
    """Record a contact with a customer (date, channel, note, next step, next date)."""
    with uow.write() as tx:
        if not actor_of(tx).can(auth.Perm.SELL):  # sales staff record follow-ups too
            auth.require(tx, auth.Perm.EDIT_MASTER)
        c = _load(tx, _CUSTOMER, customer_id)
        on = v.day(data.on, "on", tr("Date"))
        if on is None:
            raise ValidationError(tr("{field} is required.", field=tr("Date")), field="on")
        next_date = v.day(data.next_date, "next_date", tr("Next date"))
        if next_date is not None and next_date < on:
            raise ValidationError(tr("The next date is before the follow-up date."), field="next_date")
        note = v.text(data.note, "note", tr("Note"), max_len=4000)
        if not note and not (data.next_step or "").strip():
            raise ValidationError(tr("{field} is required.", field=tr("Note")), field="note")
        row = FollowUp(
            customer_id=c.id,
            on=on,
            channel=v.text(data.channel, "channel", tr("Channel"), max_len=40),
            note=note,
            next_step=v.text(data.next_step, "next_step", tr("Next step"), max_len=300),
            next_date=next_date,
            user_name=data.user_name or actor_of(tx).username,
        )
        tx.add(row)
        tx.flush()
        audit.record(tx, "create", "follow_up", row.id, summary=f"{c.code} {on}", after=audit.snapshot(row))
        return _follow_up(row)


def delete_follow_up(uow: UnitOfWork, follow_up_id: uuid.UUID) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFound(tr("That follow-up no longer exists."))
        audit.record(tx, "delete", "follow_up", row.id, before=audit.snapshot(row))
        tx.delete(row)


def due_follow_ups(uow: UnitOfWork, until: date) -> list[tuple[str, str, FollowUpData]]:
    """Follow-ups whose next date is on or before ``until``, latest per customer: (code, name, record)."""
    with uow.read() as tx:
        stmt = (
            select(FollowUp, Customer.code, Customer.name)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(FollowUp.next_date.is_not(None), FollowUp.next_date <= until)
            .order_by(FollowUp.next_date)
        )
        return [(code, name, _follow_up(f)) for f, code, name in tx.execute(stmt)]


# --------------------------------------------------------------------------- suppliers


# --------------------------------------------------------------------------- supplier quotes


def clean_quote(tx: Session, q: QuoteData, n: int = 0) -> dict[str, Any]:
    if q.product_id is None or tx.get(Product, q.product_id) is None:
        raise ValidationError(tr("Quote {n}: pick a product.", n=n), field="quotes")
    start, end = (
        v.day(q.valid_from, "valid_from", tr("Valid from")),
        v.day(q.valid_until, "valid_until", tr("Valid until")),
    )
    if start and end and end < start:
        raise ValidationError(tr("The end date is before the start date."), field="valid_until")
    return dict(
        product_id=q.product_id,
        price=v.number(q.price, "price", tr("Price"), places=PRICE_PLACES),
        min_qty=v.number(q.min_qty, "min_qty", tr("Minimum quantity"), places=QTY_PLACES),
        lead_time_days=v.integer(q.lead_time_days, "lead_time_days", tr("Lead time (days)"), maximum=3650),
        valid_from=start,
        valid_until=end,
    )


@dataclass(frozen=True)
class QuoteRow:
    supplier_id: uuid.UUID
    supplier_code: str
    supplier_name: str
    product_id: uuid.UUID
    product_code: str
    product_name: str
    price: Decimal
    min_qty: Decimal
    lead_time_days: int
    valid_from: date | None
    valid_until: date | None


def quotes_for_product(uow: UnitOfWork, product_id: uuid.UUID, on: date | None = None) -> list[QuoteRow]:
    """Supplier quotes for a product (valid on ``on`` when given), cheapest first."""
    with uow.read() as tx:
        stmt = (
            select(SupplierQuote, Supplier, Product)
            .join(Supplier, Supplier.id == SupplierQuote.supplier_id)
            .join(Product, Product.id == SupplierQuote.product_id)
            .where(SupplierQuote.product_id == product_id)
        )
        if on is not None:
            stmt = stmt.where(
                or_(SupplierQuote.valid_from.is_(None), SupplierQuote.valid_from <= on),
                or_(SupplierQuote.valid_until.is_(None), SupplierQuote.valid_until >= on),
            )
        rows = [
            QuoteRow(
                s.id,
                s.code,
                s.name,
                p.id,
                p.code,
                p.name,
                q.price,
                q.min_qty,
                q.lead_time_days,
                q.valid_from,
                q.valid_until,
            )
            for q, s, p in tx.execute(stmt)
        ]
        return sorted(rows, key=lambda r: (r.price, r.supplier_code))
