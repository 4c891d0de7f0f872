"""Customers and suppliers: their contacts, addresses, follow-up records and supplier quotes.

Invariants: codes unique per kind (a clash names the other party); credit limits and quote
prices never negative; a quote's valid-until is not before its valid-from; a party that any
document refers to is deactivated, never deleted. Each edit is one transaction with an audit
record.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import Duplicate, NotFound, ValidationError
from ..i18n import tr
from ..models.catalog import Product
from ..models.parties import Address, Contact, Customer, FollowUp, Supplier, SupplierQuote
from ..money import MONEY_PLACES, PRICE_PLACES, QTY_PLACES
from . import audit, auth, custom_fields
from . import masterdata_base as v
from .queries.paging import ListQuery, Page, keyset_page, like_pattern
from .uow import UnitOfWork, actor_of


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


@dataclass(frozen=True)
class CustomerRow:
    id: uuid.UUID
    code: str
    name: str
    tier: str
    channel: str
    tags: str
    salesperson: str
    phone: str
    credit_limit: Decimal | None
    payment_terms_days: int
    active: bool
    custom: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class CustomerInput:
    code: str
    name: str
    tier: str = ""
    channel: str = ""
    tags: Sequence[str] | str = ()
    salesperson: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    credit_limit: Any = None  # None / "" = no limit
    payment_terms_days: Any = 30
    custom: dict = field(default_factory=dict)
    active: bool = True
    notes: str = ""
    contacts: Sequence[ContactData] | None = None  # None = leave as they are
    addresses: Sequence[AddressData] | None = None


@dataclass(frozen=True)
class CustomerDetail:
    id: uuid.UUID
    code: str
    name: str
    tier: str
    channel: str
    tags: tuple[str, ...]
    salesperson: str
    phone: str
    email: str
    tax_id: str
    credit_limit: Decimal | None
    payment_terms_days: int
    custom: dict
    active: bool
    notes: str
    contacts: tuple[ContactData, ...]
    addresses: tuple[AddressData, ...]
    follow_ups: tuple[FollowUpData, ...]

    def as_input(self, **changes: Any) -> CustomerInput:
        values = {k: getattr(self, k) for k in CustomerInput.__dataclass_fields__}
        values.update(changes)
        return CustomerInput(**values)


@dataclass(frozen=True)
class SupplierRow:
    id: uuid.UUID
    code: str
    name: str
    category: str
    grade: str
    tags: str
    phone: str
    lead_time_days: int
    payment_terms_days: int
    active: bool
    custom: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class SupplierInput:
    code: str
    name: str
    category: str = ""
    grade: str = ""
    tags: Sequence[str] | str = ()
    phone: str = ""
    email: str = ""
    address: str = ""
    tax_id: str = ""
    lead_time_days: Any = 7
    payment_terms_days: Any = 30
    custom: dict = field(default_factory=dict)
    active: bool = True
    notes: str = ""
    contacts: Sequence[ContactData] | None = None
    quotes: Sequence[QuoteData] | None = None


@dataclass(frozen=True)
class SupplierDetail:
    id: uuid.UUID
    code: str
    name: str
    category: str
    grade: str
    tags: tuple[str, ...]
    phone: str
    email: str
    address: str
    tax_id: str
    lead_time_days: int
    payment_terms_days: int
    custom: dict
    active: bool
    notes: str
    contacts: tuple[ContactData, ...]
    quotes: tuple[QuoteData, ...]

    def as_input(self, **changes: Any) -> SupplierInput:
        values = {k: getattr(self, k) for k in SupplierInput.__dataclass_fields__}
        values.update(changes)
        return SupplierInput(**values)


# --------------------------------------------------------------------------- helpers


def _contacts(rows) -> tuple[ContactData, ...]:
    return tuple(ContactData(c.name, c.role, c.phone, c.email, c.is_primary) for c in rows)


def _clean_contacts(items: Sequence[ContactData]) -> list[dict]:
    result = []
    for i, c in enumerate(items, 1):
        if not (c.name or "").strip() and not (c.phone or "").strip():
            continue
        result.append(dict(name=v.text(c.name, "contacts", tr("Contact {n}: name", n=i), required=True, max_len=80),
                           role=v.text(c.role, "contacts", tr("Role"), max_len=60), phone=v.text(c.phone, "contacts", tr("Phone"), max_len=40),
                           email=v.text(c.email, "contacts", tr("Email"), max_len=120), is_primary=bool(c.is_primary)))
    return result


def _unique_code(tx: Session, model, code: str, self_id: uuid.UUID | None, what: str) -> None:
    other = tx.execute(select(model.id, model.code, model.name).where(model.code == code)).first()
    if other is not None and other.id != self_id:
        raise Duplicate(tr("Code {code} is already used by {what} {other}.", code=code, what=what, other=f"{other.code} {other.name}"),
                        field="code")


def _tags_text(value) -> str:
    return ", ".join(value or ())


# --------------------------------------------------------------------------- customers

CUSTOMER_SORTS = {k: getattr(Customer, k) for k in ("code", "name", "tier", "channel", "salesperson", "phone", "payment_terms_days", "active")}


def list_customers(uow: UnitOfWork, query: ListQuery) -> Page[CustomerRow]:
    """Filters: ``active``, ``tier``."""
    with uow.read() as tx:
        stmt = select(Customer)
        if query.search.strip():
            p = like_pattern(query.search)
            stmt = stmt.where(or_(Customer.code.like(p, escape="\\"), Customer.name.like(p, escape="\\"),
                                  Customer.phone.like(p, escape="\\"), Customer.salesperson.like(p, escape="\\")))
        if query.filters.get("active") is not None:
            stmt = stmt.where(Customer.active.is_(bool(query.filters["active"])))
        if query.filters.get("tier"):
            stmt = stmt.where(Customer.tier == query.filters["tier"])
        return keyset_page(tx, stmt, sort_columns=CUSTOMER_SORTS, default_sort="code", id_column=Customer.id, query=query,
                           to_row=lambda r: _customer_row(r[0]))


def _customer_row(c: Customer) -> CustomerRow:
    return CustomerRow(c.id, c.code, c.name, c.tier, c.channel, _tags_text(c.tags), c.salesperson, c.phone, c.credit_limit,
                       c.payment_terms_days, c.active, dict(c.custom or {}))


def _customer_detail(c: Customer) -> CustomerDetail:
    return CustomerDetail(
        c.id, c.code, c.name, c.tier, c.channel, tuple(c.tags or ()), c.salesperson, c.phone, c.email, c.tax_id, c.credit_limit,
        c.payment_terms_days, dict(c.custom or {}), c.active, c.notes, _contacts(c.contacts),
        tuple(AddressData(a.address, a.label, a.is_default) for a in c.addresses),
        tuple(FollowUpData(f.on, f.channel, f.note, f.next_step, f.next_date, f.user_name, f.id) for f in c.follow_ups))


def _customer_snapshot(c: Customer) -> dict:
    snap = audit.snapshot(c)
    snap["contacts"] = [f"{x.name} {x.phone}".strip() for x in c.contacts]
    snap["addresses"] = [x.address for x in c.addresses]
    return snap


def get_customer(uow: UnitOfWork, customer_id: uuid.UUID) -> CustomerDetail:
    with uow.read() as tx:
        c = tx.get(Customer, customer_id)
        if c is None:
            raise NotFound(tr("That customer no longer exists."))
        return _customer_detail(c)


def clean_customer(tx: Session, data: CustomerInput, defs, existing_custom: dict | None) -> dict[str, Any]:
    return dict(
        code=v.text(data.code, "code", tr("Code"), required=True, max_len=40),
        name=v.text(data.name, "name", tr("Name"), required=True, max_len=200),
        tier=v.text(data.tier, "tier", tr("Tier"), max_len=40), channel=v.text(data.channel, "channel", tr("Channel"), max_len=40),
        tags=v.tags(data.tags), salesperson=v.text(data.salesperson, "salesperson", tr("Salesperson"), max_len=80),
        phone=v.text(data.phone, "phone", tr("Phone"), max_len=40), email=v.text(data.email, "email", tr("Email"), max_len=120),
        tax_id=v.text(data.tax_id, "tax_id", tr("Tax ID"), max_len=40),
        credit_limit=v.number(data.credit_limit, "credit_limit", tr("Credit limit"), places=MONEY_PLACES, allow_none=True),
        payment_terms_days=v.integer(data.payment_terms_days, "payment_terms_days", tr("Payment terms (days)"), maximum=3650),
        custom=custom_fields.clean_values(defs, data.custom, existing=existing_custom),
        active=bool(data.active), notes=v.text(data.notes, "notes", tr("Notes"), max_len=4000))


def apply_customer(tx: Session, row: Customer | None, values: dict, contacts: list[dict] | None, addresses: list[dict] | None) -> Customer:
    if row is None:
        row = Customer(**values)
        tx.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    if contacts is not None:
        row.contacts = [Contact(**c) for c in contacts]
    if addresses is not None:
        row.addresses = [Address(**a) for a in addresses]
    return row


def save_customer(uow: UnitOfWork, data: CustomerInput, customer_id: uuid.UUID | None = None) -> CustomerDetail:
    """Create or change a customer (contacts/addresses replaced when given). Raises
    ValidationError, Duplicate, NotFound."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = None
        if customer_id is not None:
            row = tx.get(Customer, customer_id)
            if row is None:
                raise NotFound(tr("That customer no longer exists."))
        values = clean_customer(tx, data, custom_fields.fields_tx(tx, "customer"), row.custom if row else None)
        _unique_code(tx, Customer, values["code"], customer_id, tr("customer"))
        contacts = _clean_contacts(data.contacts) if data.contacts is not None else None
        addresses = None
        if data.addresses is not None:
            addresses = [dict(address=v.text(a.address, "addresses", tr("Address"), max_len=300), label=v.text(a.label, "addresses", tr("Label"), max_len=40),
                              is_default=bool(a.is_default)) for a in data.addresses if (a.address or "").strip()]
        before = _customer_snapshot(row) if row else None
        row = apply_customer(tx, row, values, contacts, addresses)
        tx.flush()
        audit.record(tx, "update" if before else "create", "customer", row.id, summary=f"{row.code} {row.name}", before=before,
                     after=_customer_snapshot(row))
        return _customer_detail(row)


def add_follow_up(uow: UnitOfWork, customer_id: uuid.UUID, data: FollowUpData) -> FollowUpData:
    """Record a contact with a customer (date, channel, note, next step, next date)."""
    with uow.write() as tx:
        if not actor_of(tx).can(auth.Perm.SELL):  # sales staff record follow-ups too
            auth.require(tx, auth.Perm.EDIT_MASTER)
        c = tx.get(Customer, customer_id)
        if c is None:
            raise NotFound(tr("That customer no longer exists."))
        on = v.day(data.on, "on", tr("Date"))
        if on is None:
            raise ValidationError(tr("{field} is required.", field=tr("Date")), field="on")
        next_date = v.day(data.next_date, "next_date", tr("Next date"))
        if next_date is not None and next_date < on:
            raise ValidationError(tr("The next date is before the follow-up date."), field="next_date")
        note = v.text(data.note, "note", tr("Note"), max_len=4000)
        if not note and not (data.next_step or "").strip():
            raise ValidationError(tr("{field} is required.", field=tr("Note")), field="note")
        row = FollowUp(customer_id=c.id, on=on, channel=v.text(data.channel, "channel", tr("Channel"), max_len=40), note=note,
                       next_step=v.text(data.next_step, "next_step", tr("Next step"), max_len=300), next_date=next_date,
                       user_name=data.user_name or actor_of(tx).username)
        tx.add(row)
        tx.flush()
        audit.record(tx, "create", "follow_up", row.id, summary=f"{c.code} {on}", after=audit.snapshot(row))
        return FollowUpData(row.on, row.channel, row.note, row.next_step, row.next_date, row.user_name, row.id)


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
        stmt = (select(FollowUp, Customer.code, Customer.name).join(Customer, Customer.id == FollowUp.customer_id)
                .where(FollowUp.next_date.is_not(None), FollowUp.next_date <= until).order_by(FollowUp.next_date))
        return [(code, name, FollowUpData(f.on, f.channel, f.note, f.next_step, f.next_date, f.user_name, f.id))
                for f, code, name in tx.execute(stmt)]


def set_party_active(uow: UnitOfWork, kind: str, party_id: uuid.UUID, active: bool) -> None:
    model = Customer if kind == "customer" else Supplier
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(model, party_id)
        if row is None:
            raise NotFound(tr("That customer no longer exists.") if kind == "customer" else tr("That supplier no longer exists."))
        before = audit.snapshot(row)
        row.active = active
        tx.flush()
        audit.record(tx, "update", kind, row.id, summary=f"{row.code} {row.name}", before=before, after=audit.snapshot(row))


def delete_party(uow: UnitOfWork, kind: str, party_id: uuid.UUID) -> None:
    """Delete a customer/supplier nothing refers to; once used it can only be deactivated."""
    model = Customer if kind == "customer" else Supplier
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(model, party_id)
        if row is None:
            raise NotFound(tr("That customer no longer exists.") if kind == "customer" else tr("That supplier no longer exists."))
        own = ("contact", "address", "follow_up", "supplier_quote")
        if v.is_used(tx, model.__tablename__, row.id, ignore=own):
            raise ValidationError(tr("{code} is already used; deactivate it instead of deleting it.", code=row.code))
        audit.record(tx, "delete", kind, row.id, summary=f"{row.code} {row.name}", before=audit.snapshot(row))
        tx.delete(row)


# --------------------------------------------------------------------------- suppliers

SUPPLIER_SORTS = {k: getattr(Supplier, k) for k in ("code", "name", "category", "grade", "phone", "lead_time_days", "payment_terms_days", "active")}


def list_suppliers(uow: UnitOfWork, query: ListQuery) -> Page[SupplierRow]:
    with uow.read() as tx:
        stmt = select(Supplier)
        if query.search.strip():
            p = like_pattern(query.search)
            stmt = stmt.where(or_(Supplier.code.like(p, escape="\\"), Supplier.name.like(p, escape="\\"),
                                  Supplier.phone.like(p, escape="\\"), Supplier.category.like(p, escape="\\")))
        if query.filters.get("active") is not None:
            stmt = stmt.where(Supplier.active.is_(bool(query.filters["active"])))
        return keyset_page(tx, stmt, sort_columns=SUPPLIER_SORTS, default_sort="code", id_column=Supplier.id, query=query,
                           to_row=lambda r: _supplier_row(r[0]))


def _supplier_row(s: Supplier) -> SupplierRow:
    return SupplierRow(s.id, s.code, s.name, s.category, s.grade, _tags_text(s.tags), s.phone, s.lead_time_days, s.payment_terms_days,
                       s.active, dict(s.custom or {}))


def _quote(q: SupplierQuote, p: Product | None) -> QuoteData:
    return QuoteData(q.product_id, q.price, q.min_qty, q.lead_time_days, q.valid_from, q.valid_until, p.code if p else "",
                     p.name if p else "", q.id)


def _supplier_detail(tx: Session, s: Supplier) -> SupplierDetail:
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_([q.product_id for q in s.quotes])))} if s.quotes else {}
    quotes = sorted((_quote(q, products.get(q.product_id)) for q in s.quotes), key=lambda q: (q.product_code, q.min_qty))
    return SupplierDetail(s.id, s.code, s.name, s.category, s.grade, tuple(s.tags or ()), s.phone, s.email, s.address, s.tax_id,
                          s.lead_time_days, s.payment_terms_days, dict(s.custom or {}), s.active, s.notes, _contacts(s.contacts), tuple(quotes))


def get_supplier(uow: UnitOfWork, supplier_id: uuid.UUID) -> SupplierDetail:
    with uow.read() as tx:
        s = tx.get(Supplier, supplier_id)
        if s is None:
            raise NotFound(tr("That supplier no longer exists."))
        return _supplier_detail(tx, s)


def clean_supplier(tx: Session, data: SupplierInput, defs, existing_custom: dict | None) -> dict[str, Any]:
    return dict(
        code=v.text(data.code, "code", tr("Code"), required=True, max_len=40),
        name=v.text(data.name, "name", tr("Name"), required=True, max_len=200),
        category=v.text(data.category, "category", tr("Category"), max_len=60), grade=v.text(data.grade, "grade", tr("Grade"), max_len=10),
        tags=v.tags(data.tags), phone=v.text(data.phone, "phone", tr("Phone"), max_len=40),
        email=v.text(data.email, "email", tr("Email"), max_len=120), address=v.text(data.address, "address", tr("Address"), max_len=300),
        tax_id=v.text(data.tax_id, "tax_id", tr("Tax ID"), max_len=40),
        lead_time_days=v.integer(data.lead_time_days, "lead_time_days", tr("Lead time (days)"), maximum=3650),
        payment_terms_days=v.integer(data.payment_terms_days, "payment_terms_days", tr("Payment terms (days)"), maximum=3650),
        custom=custom_fields.clean_values(defs, data.custom, existing=existing_custom),
        active=bool(data.active), notes=v.text(data.notes, "notes", tr("Notes"), max_len=4000))


def clean_quote(tx: Session, q: QuoteData, n: int = 0) -> dict[str, Any]:
    if q.product_id is None or tx.get(Product, q.product_id) is None:
        raise ValidationError(tr("Quote {n}: pick a product.", n=n), field="quotes")
    start, end = v.day(q.valid_from, "valid_from", tr("Valid from")), v.day(q.valid_until, "valid_until", tr("Valid until"))
    if start and end and end < start:
        raise ValidationError(tr("The end date is before the start date."), field="valid_until")
    return dict(product_id=q.product_id, price=v.number(q.price, "price", tr("Price"), places=PRICE_PLACES),
                min_qty=v.number(q.min_qty, "min_qty", tr("Minimum quantity"), places=QTY_PLACES),
                lead_time_days=v.integer(q.lead_time_days, "lead_time_days", tr("Lead time (days)"), maximum=3650),
                valid_from=start, valid_until=end)


def save_supplier(uow: UnitOfWork, data: SupplierInput, supplier_id: uuid.UUID | None = None) -> SupplierDetail:
    """Create or change a supplier (contacts and quotes replaced when given)."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = None
        if supplier_id is not None:
            row = tx.get(Supplier, supplier_id)
            if row is None:
                raise NotFound(tr("That supplier no longer exists."))
        values = clean_supplier(tx, data, custom_fields.fields_tx(tx, "supplier"), row.custom if row else None)
        _unique_code(tx, Supplier, values["code"], supplier_id, tr("supplier"))
        contacts = _clean_contacts(data.contacts) if data.contacts is not None else None
        quotes = [clean_quote(tx, q, i) for i, q in enumerate(data.quotes, 1)] if data.quotes is not None else None
        before = audit.snapshot(row) if row else None
        if row is None:
            row = Supplier(**values)
            tx.add(row)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        if contacts is not None:
            row.contacts = [Contact(**c) for c in contacts]
        if quotes is not None:
            row.quotes = [SupplierQuote(**q) for q in quotes]
        tx.flush()
        audit.record(tx, "update" if before else "create", "supplier", row.id, summary=f"{row.code} {row.name}", before=before,
                     after=audit.snapshot(row))
        return _supplier_detail(tx, row)


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
        stmt = (select(SupplierQuote, Supplier, Product).join(Supplier, Supplier.id == SupplierQuote.supplier_id)
                .join(Product, Product.id == SupplierQuote.product_id).where(SupplierQuote.product_id == product_id))
        if on is not None:
            stmt = stmt.where(or_(SupplierQuote.valid_from.is_(None), SupplierQuote.valid_from <= on),
                              or_(SupplierQuote.valid_until.is_(None), SupplierQuote.valid_until >= on))
        rows = [QuoteRow(s.id, s.code, s.name, p.id, p.code, p.name, q.price, q.min_qty, q.lead_time_days, q.valid_from, q.valid_until)
                for q, s, p in tx.execute(stmt)]
        return sorted(rows, key=lambda r: (r.price, r.supplier_code))
