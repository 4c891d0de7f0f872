"""Small read-only lookups every document screen needs: find a product by code, name, spec or
barcode; find a customer or supplier; list warehouses with their bins. Frozen dataclasses only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.warehouse import Location, LocationKind, Warehouse
from erp_desktop.services.paging import like_pattern
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ProductBrief:
    id: uuid.UUID
    code: str
    name: str
    spec: str
    colour: str
    unit: str
    tax_rate: Decimal
    sale_price: Decimal
    purchase_price: Decimal
    active: bool

    @property
    def label(self) -> str:
        extra = " ".join(part for part in (self.spec, self.colour) if part)
        return f"{self.code} {self.name}" + (f" ({extra})" if extra else "")


@dataclass(frozen=True)
class PartyBrief:
    id: uuid.UUID
    code: str
    name: str
    kind: str  # customer | supplier

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class BinBrief:
    id: uuid.UUID
    code: str
    name: str
    status: str


@dataclass(frozen=True)
class WarehouseBrief:
    id: uuid.UUID
    code: str
    name: str
    negative_policy: str
    active: bool
    bins: tuple[BinBrief, ...]

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def product_brief(p: Product) -> ProductBrief:
    return ProductBrief(
        p.id, p.code, p.name, p.spec, p.colour, p.unit, p.tax_rate, p.sale_price, p.purchase_price, p.active
    )


def search_products(uow: UnitOfWork, text: str, *, limit: int = 20, active_only: bool = True) -> list[ProductBrief]:
    """Products whose code, name, spec or barcode contains ``text`` (exact code/barcode first)."""
    with uow.read() as tx:
        return _search_products(tx, text, limit=limit, active_only=active_only)


def _search_products(tx: Session, text: str, *, limit: int, active_only: bool) -> list[ProductBrief]:
    text = text.strip()
    exact = find_product_by_code_or_barcode_tx(tx, text) if text else None
    stmt = select(Product)
    if active_only:
        stmt = stmt.where(Product.active.is_(True))
    if text:
        pattern = like_pattern(text)
        barcode_hit = select(ProductBarcode.product_id).where(ProductBarcode.barcode.like(pattern, escape="\\"))
        stmt = stmt.where(
            or_(
                Product.code.like(pattern, escape="\\"),
                Product.name.like(pattern, escape="\\"),
                Product.spec.like(pattern, escape="\\"),
                Product.id.in_(barcode_hit),
            )
        )
    rows = [product_brief(p) for p in tx.scalars(stmt.order_by(Product.code).limit(limit))]
    if exact is not None and (not active_only or exact.active):
        rows = [exact] + [r for r in rows if r.id != exact.id]
    return rows[:limit]


def find_product_by_code_or_barcode_tx(tx: Session, code: str) -> ProductBrief | None:
    code = code.strip()
    product = tx.scalar(select(Product).where(Product.code == code))
    if product is None:
        product = tx.scalar(
            select(Product)
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(ProductBarcode.barcode == code)
        )
    return product_brief(product) if product else None


def find_product(uow: UnitOfWork, code_or_barcode: str) -> ProductBrief | None:
    """The product with this exact code or barcode (scanner input), or None."""
    with uow.read() as tx:
        return find_product_by_code_or_barcode_tx(tx, code_or_barcode)


def get_product_brief(uow: UnitOfWork, product_id: uuid.UUID) -> ProductBrief | None:
    with uow.read() as tx:
        p = tx.get(Product, product_id)
        return product_brief(p) if p else None


def search_parties(uow: UnitOfWork, kind: str, text: str, *, limit: int = 20) -> list[PartyBrief]:
    """Active customers (kind='customer') or suppliers (kind='supplier') matching code/name/phone."""
    model = Customer if kind == "customer" else Supplier
    with uow.read() as tx:
        stmt = select(model).where(model.active.is_(True))
        if text.strip():
            pattern = like_pattern(text)
            stmt = stmt.where(
                or_(
                    model.code.like(pattern, escape="\\"),
                    model.name.like(pattern, escape="\\"),
                    model.phone.like(pattern, escape="\\"),
                )
            )
        return [PartyBrief(r.id, r.code, r.name, kind) for r in tx.scalars(stmt.order_by(model.code).limit(limit))]


def get_party_brief(uow: UnitOfWork, kind: str, party_id: uuid.UUID) -> PartyBrief | None:
    model = Customer if kind == "customer" else Supplier
    with uow.read() as tx:
        r = tx.get(model, party_id)
        return PartyBrief(r.id, r.code, r.name, kind) if r else None


def list_warehouses(uow: UnitOfWork, *, active_only: bool = True) -> list[WarehouseBrief]:
    with uow.read() as tx:
        stmt = select(Warehouse).order_by(Warehouse.code)
        if active_only:
            stmt = stmt.where(Warehouse.active.is_(True))
        result = []
        for w in tx.scalars(stmt):
            bins = tx.scalars(
                select(Location)
                .where(Location.warehouse_id == w.id, Location.kind == LocationKind.BIN.value)
                .order_by(Location.sort_order, Location.code)
            )
            result.append(
                WarehouseBrief(
                    w.id,
                    w.code,
                    w.name,
                    w.negative_policy,
                    w.active,
                    tuple(BinBrief(b.id, b.code, b.name, b.status) for b in bins),
                )
            )
        return result


def document_id(uow: UnitOfWork, model, number: str, missing: str) -> uuid.UUID:
    """The id of the document of ``model`` numbered ``number``; NotFound(``missing``) if none.
    ``missing`` is the already translated message."""
    from erp_desktop.errors import NotFound

    with uow.read() as tx:
        found = tx.scalar(select(model.id).where(model.number == number.strip()))
    if found is None:
        raise NotFound(missing)
    return found
