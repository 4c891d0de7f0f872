"""Products, their category tree and price lists.

Invariants kept here: product codes and barcodes are unique across all products (a clash names
the other product); a category's name is unique under its parent, never contains "/", and its
``path`` ("饮料/茶叶") is the names from the root; a category never moves under itself; a product
that any document, move, price or quote refers to is deactivated, never deleted. Every edit is
one transaction with an audit record (before/after).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category, PriceList, PriceListItem, Product, ProductBarcode
from erp_desktop.models.units import ProductUnit
from erp_desktop.money import PRICE_PLACES, QTY_PLACES, RATE_PLACES
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata import custom_fields
from erp_desktop.services.masterdata.lookups import indexed_candidates
from erp_desktop.services.masterdata.mnemonic import clean_mnemonic, resolve_mnemonic
from erp_desktop.services.masterdata.pricing import ResolvedPrice, resolve_price
from erp_desktop.services.masterdata.units import entered_qty
from erp_desktop.services.paging import ListQuery, Page, SortColumn, keyset_page, like_pattern
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

# --------------------------------------------------------------------------- categories


@dataclass(frozen=True)
class CategoryNode:
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    path: str
    depth: int


def _node(c: Category) -> CategoryNode:
    return CategoryNode(c.id, c.name, c.parent_id, c.path, c.path.count("/"))


def list_categories(uow: UnitOfWork) -> list[CategoryNode]:
    """All categories, parents before children (ordered by path)."""
    with uow.read() as tx:
        return [_node(c) for c in tx.scalars(select(Category).order_by(Category.path))]


def _check_name(tx: Session, name: str, parent_id: uuid.UUID | None, self_id: uuid.UUID | None = None) -> str:
    name = v.text(name, "name", tr("Name"), required=True, max_len=80)
    if "/" in name:
        raise ValidationError(tr("A category name cannot contain '/'."), field="name")
    clash = tx.scalar(
        select(Category).where(
            Category.name == name,
            Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id,
        )
    )
    if clash is not None and clash.id != self_id:
        raise Duplicate(tr("There is already a category {path}.", path=clash.path), field="name")
    return name


def _path_of(tx: Session, name: str, parent_id: uuid.UUID | None) -> str:
    if parent_id is None:
        return name
    parent = tx.get(Category, parent_id)
    if parent is None:
        raise NotFound(tr("That category no longer exists."))
    return f"{parent.path}/{name}"


def _repath_children(tx: Session, parent: Category) -> None:
    for child in tx.scalars(select(Category).where(Category.parent_id == parent.id)):
        child.path = f"{parent.path}/{child.name}"
        _repath_children(tx, child)


def add_category(uow: UnitOfWork, name: str, parent_id: uuid.UUID | None = None) -> CategoryNode:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        name = _check_name(tx, name, parent_id)
        row = Category(name=name, parent_id=parent_id, path=_path_of(tx, name, parent_id))
        tx.add(row)
        tx.flush()
        audit.record(tx, "create", "category", row.id, summary=row.path, after=audit.snapshot(row))
        return _node(row)


def ensure_category_path(tx: Session, path: str) -> Category:
    """The category at ``path`` ("饮料/茶叶"), creating missing levels (import option)."""
    parent: Category | None = None
    for part in [p.strip() for p in path.split("/") if p.strip()]:
        pid = parent.id if parent else None
        row = tx.scalar(
            select(Category).where(
                Category.name == part, Category.parent_id.is_(None) if pid is None else Category.parent_id == pid
            )
        )
        if row is None:
            row = Category(name=part[:80], parent_id=pid, path=f"{parent.path}/{part}" if parent else part)
            tx.add(row)
            tx.flush()
            audit.record(tx, "create", "category", row.id, summary=row.path, after=audit.snapshot(row))
        parent = row
    if parent is None:
        raise ValidationError(tr("{field} is required.", field=tr("Category")), field="category")
    return parent


def rename_category(uow: UnitOfWork, category_id: uuid.UUID, name: str) -> CategoryNode:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Category, category_id)
        if row is None:
            raise NotFound(tr("That category no longer exists."))
        before = audit.snapshot(row)
        row.name = _check_name(tx, name, row.parent_id, row.id)
        row.path = _path_of(tx, row.name, row.parent_id)
        _repath_children(tx, row)
        audit.record(tx, "update", "category", row.id, summary=row.path, before=before, after=audit.snapshot(row))
        return _node(row)


def move_category(uow: UnitOfWork, category_id: uuid.UUID, new_parent_id: uuid.UUID | None) -> CategoryNode:
    """Move a category (with its subtree) under another one, or to the top (None)."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Category, category_id)
        if row is None:
            raise NotFound(tr("That category no longer exists."))
        walk = new_parent_id
        while walk is not None:
            if walk == row.id:
                raise ValidationError(tr("A category cannot move under itself."), field="parent")
            walk = tx.scalar(select(Category.parent_id).where(Category.id == walk))
        before = audit.snapshot(row)
        _check_name(tx, row.name, new_parent_id, row.id)
        row.parent_id = new_parent_id
        row.path = _path_of(tx, row.name, new_parent_id)
        _repath_children(tx, row)
        audit.record(tx, "update", "category", row.id, summary=row.path, before=before, after=audit.snapshot(row))
        return _node(row)


def delete_category(uow: UnitOfWork, category_id: uuid.UUID) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Category, category_id)
        if row is None:
            raise NotFound(tr("That category no longer exists."))
        if tx.scalar(select(func.count()).select_from(Category).where(Category.parent_id == row.id)):
            raise ValidationError(tr("Category {path} has sub-categories; move or delete them first.", path=row.path))
        count = tx.scalar(select(func.count()).select_from(Product).where(Product.category_id == row.id)) or 0
        if count:
            raise ValidationError(
                tr("Category {path} still holds {count} products; move them first.", path=row.path, count=count)
            )
        audit.record(tx, "delete", "category", row.id, summary=row.path, before=audit.snapshot(row))
        tx.delete(row)


# --------------------------------------------------------------------------- products


@dataclass(frozen=True)
class ProductRow:
    id: uuid.UUID
    code: str
    name: str
    category: str
    spec: str
    colour: str
    unit: str
    barcodes: str
    tax_rate: Decimal
    purchase_price: Decimal
    sale_price: Decimal
    reorder_point: Decimal
    active: bool
    custom: dict = field(default_factory=dict, compare=False)
    mnemonic: str = ""


@dataclass(frozen=True)
class ProductInput:
    """What the editor (or an import row) gives. Numbers as Decimal or text, never float."""

    code: str
    name: str
    category_id: uuid.UUID | None = None
    spec: str = ""
    colour: str = ""
    unit: str = ""
    barcodes: Sequence[str] = ()
    tax_rate: Any = Decimal("0.13")
    purchase_price: Any = Decimal(0)
    sale_price: Any = Decimal(0)
    reorder_point: Any = Decimal(0)
    reorder_qty: Any = Decimal(0)
    attributes: dict = field(default_factory=dict)
    custom: dict = field(default_factory=dict)
    active: bool = True
    notes: str = ""
    mnemonic: str | None = None  # 助记码: None = generated (kept on edit unless it was generated), "" = generate


@dataclass(frozen=True)
class ProductDetail:
    id: uuid.UUID
    code: str
    name: str
    category_id: uuid.UUID | None
    category: str
    spec: str
    colour: str
    unit: str
    barcodes: tuple[str, ...]
    tax_rate: Decimal
    purchase_price: Decimal
    sale_price: Decimal
    reorder_point: Decimal
    reorder_qty: Decimal
    attributes: dict
    custom: dict
    active: bool
    notes: str
    mnemonic: str = ""

    def as_input(self, **changes: Any) -> ProductInput:
        values = {k: getattr(self, k) for k in ProductInput.__dataclass_fields__}
        values.update(changes)
        return ProductInput(**values)


def _detail(p: Product) -> ProductDetail:
    return ProductDetail(
        p.id,
        p.code,
        p.name,
        p.category_id,
        p.category.path if p.category else "",
        p.spec,
        p.colour,
        p.unit,
        tuple(sorted(b.barcode for b in p.barcodes)),
        p.tax_rate,
        p.purchase_price,
        p.sale_price,
        p.reorder_point,
        p.reorder_qty,
        dict(p.attributes or {}),
        dict(p.custom or {}),
        p.active,
        p.notes,
        p.mnemonic,
    )


def _snapshot(p: Product) -> dict:
    snap = audit.snapshot(p)
    snap["barcodes"] = sorted(b.barcode for b in p.barcodes)
    return snap


PRODUCT_SORTS: dict[str, SortColumn] = {
    "code": Product.code,
    "name": Product.name,
    "mnemonic": Product.mnemonic,
    "spec": Product.spec,
    "colour": Product.colour,
    "unit": Product.unit,
    "category": func.coalesce(Category.path, ""),
    "sale_price": Product.sale_price,
    "purchase_price": Product.purchase_price,
    "tax_rate": Product.tax_rate,
    "reorder_point": Product.reorder_point,
    "active": Product.active,
}


def product_search_filter(text: str):
    """Code, name, spec or 助记码 contain ``text``, or (for digits, which is what barcodes are) a
    barcode does. Skipping the barcode table for other text saves a scan per keystroke."""
    pattern = like_pattern(text)
    fields = [
        Product.code.like(pattern, escape="\\"),
        Product.name.like(pattern, escape="\\"),
        Product.spec.like(pattern, escape="\\"),
        Product.mnemonic.like(like_pattern(text.upper()), escape="\\"),  # stored upper case
    ]
    if text.strip().isdigit():
        fields.append(
            Product.id.in_(select(ProductBarcode.product_id).where(ProductBarcode.barcode.like(pattern, escape="\\")))
        )
    return or_(*fields)


def list_products(uow: UnitOfWork, query: ListQuery) -> Page[ProductRow]:
    """One page of products. Filters: ``active`` (True/False/None=all), ``category_id`` (with
    its sub-categories)."""
    with uow.read() as tx:
        return list_products_tx(tx, query)


def list_products_tx(tx: Session, query: ListQuery) -> Page[ProductRow]:
    stmt = select(
        Product.id,
        Product.code,
        Product.name,
        func.coalesce(Category.path, "").label("category"),
        Product.spec,
        Product.colour,
        Product.unit,
        Product.tax_rate,
        Product.purchase_price,
        Product.sale_price,
        Product.reorder_point,
        Product.active,
        Product.custom,
        Product.mnemonic,
    ).outerjoin(Category, Category.id == Product.category_id)
    if query.search.strip():
        stmt = stmt.where(product_search_filter(query.search))
        narrowed = indexed_candidates(tx, query.search, query.search.upper())  # the same rows, from an index
        if narrowed is not None:
            stmt = stmt.where(narrowed)
    active = query.filters.get("active")
    if active is not None:
        stmt = stmt.where(Product.active.is_(bool(active)))
    category_id = query.filters.get("category_id")
    if category_id is not None:
        path = tx.scalar(select(Category.path).where(Category.id == category_id)) or ""
        stmt = stmt.where(or_(Category.path == path, Category.path.like(like_pattern(path)[1:-1] + "/%", escape="\\")))
    page = keyset_page(
        tx, stmt, sort_columns=PRODUCT_SORTS, default_sort="code", id_column=Product.id, query=query, to_row=lambda r: r
    )
    ids = [r.id for r in page.rows]
    codes: dict[uuid.UUID, list[str]] = {}
    if ids:
        for pid, code in tx.execute(
            select(ProductBarcode.product_id, ProductBarcode.barcode)
            .where(ProductBarcode.product_id.in_(ids))
            .order_by(ProductBarcode.barcode)
        ):
            codes.setdefault(pid, []).append(code)
    rows = [
        ProductRow(
            r.id,
            r.code,
            r.name,
            r.category,
            r.spec,
            r.colour,
            r.unit,
            ", ".join(codes.get(r.id, ())),
            r.tax_rate,
            r.purchase_price,
            r.sale_price,
            r.reorder_point,
            r.active,
            dict(r.custom or {}),
            r.mnemonic,
        )
        for r in page.rows
    ]
    return Page(rows, page.next_after)


def get_product(uow: UnitOfWork, product_id: uuid.UUID) -> ProductDetail:
    with uow.read() as tx:
        p = tx.get(Product, product_id)
        if p is None:
            raise NotFound(tr("That product no longer exists."))
        return _detail(p)


def get_product_by_code(uow: UnitOfWork, code: str) -> ProductDetail | None:
    with uow.read() as tx:
        p = tx.scalar(select(Product).where(Product.code == code.strip()))
        return _detail(p) if p else None


def clean_barcodes(values: Sequence[str] | str) -> list[str]:
    result = []
    for b in v.tags(values):
        b = v.text(b, "barcodes", tr("Barcode"), max_len=64)
        if b not in result:
            result.append(b)
    return result


def check_product_unique(tx: Session, code: str, barcodes: Sequence[str], self_id: uuid.UUID | None) -> None:
    """Raise Duplicate when the code or a barcode belongs to another product (naming it); a
    barcode equal to another product's code is refused too (a scan must be unambiguous)."""
    other = tx.execute(select(Product.id, Product.code, Product.name).where(Product.code == code)).first()
    if other is not None and other.id != self_id:
        raise Duplicate(
            tr("Code {code} is already used by product {other}.", code=code, other=f"{other.code} {other.name}"),
            field="code",
        )
    for barcode in barcodes:
        hit = tx.execute(
            select(Product.id, Product.code, Product.name)
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(ProductBarcode.barcode == barcode)
        ).first()
        if hit is None and barcode != code:
            hit = tx.execute(select(Product.id, Product.code, Product.name).where(Product.code == barcode)).first()
        if hit is None:  # a unit's barcode (多单位), even of this product: a scan names one unit
            hit = tx.execute(
                select(Product.id, Product.code, Product.name)
                .join(ProductUnit, ProductUnit.product_id == Product.id)
                .where(ProductUnit.barcode == barcode)
            ).first()
            if hit is not None and hit.id == self_id:
                hit = hit._replace(id=None)
        if hit is not None and hit.id != self_id:
            raise Duplicate(
                tr(
                    "Barcode {barcode} is already used by product {other}.",
                    barcode=barcode,
                    other=f"{hit.code} {hit.name}",
                ),
                field="barcodes",
            )


def clean_product(
    tx: Session, data: ProductInput, defs: list[custom_fields.FieldDef], existing_custom: dict | None = None
) -> dict[str, Any]:
    """Checked column values for a product (raises ValidationError naming the field)."""
    if data.category_id is not None and tx.get(Category, data.category_id) is None:
        raise ValidationError(tr("That category no longer exists."), field="category")
    attributes = {}
    for key, value in (data.attributes or {}).items():
        key = str(key).strip()
        if key:
            attributes[key] = str(value).strip()
    return dict(
        code=v.text(data.code, "code", tr("Code"), required=True, max_len=40),
        name=v.text(data.name, "name", tr("Name"), required=True, max_len=200),
        category_id=data.category_id,
        spec=v.text(data.spec, "spec", tr("Spec"), max_len=120),
        colour=v.text(data.colour, "colour", tr("Colour"), max_len=40),
        unit=v.text(data.unit, "unit", tr("Unit"), max_len=16),
        tax_rate=v.number(data.tax_rate, "tax_rate", tr("Tax rate"), places=RATE_PLACES, maximum=Decimal(1)),
        purchase_price=v.number(data.purchase_price, "purchase_price", tr("Purchase price"), places=PRICE_PLACES),
        sale_price=v.number(data.sale_price, "sale_price", tr("Sale price"), places=PRICE_PLACES),
        reorder_point=v.number(data.reorder_point, "reorder_point", tr("Reorder point"), places=QTY_PLACES),
        reorder_qty=v.number(data.reorder_qty, "reorder_qty", tr("Reorder quantity"), places=QTY_PLACES),
        attributes=attributes,
        custom=custom_fields.clean_values(defs, data.custom, existing=existing_custom),
        active=bool(data.active),
        notes=v.text(data.notes, "notes", tr("Notes"), max_len=4000),
        mnemonic=None if data.mnemonic is None else clean_mnemonic(str(data.mnemonic)),
    )


def apply_product(tx: Session, row: Product | None, values: dict[str, Any], barcodes: list[str]) -> Product:
    """Create (``row`` None) or change a product from checked values; syncs its barcodes. The
    助记码 is generated from the name unless the user gave their own (see ``resolve_mnemonic``)."""
    values = dict(values)
    values["mnemonic"] = resolve_mnemonic(
        values.get("mnemonic"),
        values["name"],
        old_name=row.name if row is not None else None,
        old_mnemonic=row.mnemonic if row is not None else None,
    )
    if row is None:
        row = Product(**values)
        tx.add(row)
        row.barcodes = [ProductBarcode(barcode=b) for b in barcodes]
        return row
    for key, value in values.items():
        setattr(row, key, value)
    current = {b.barcode: b for b in row.barcodes}
    if set(current) != set(barcodes):
        row.barcodes = [current.get(b) or ProductBarcode(barcode=b) for b in barcodes]
    return row


def save_product(uow: UnitOfWork, data: ProductInput, product_id: uuid.UUID | None = None) -> ProductDetail:
    """Create a product (``product_id`` None) or change one. Raises ValidationError, Duplicate,
    NotFound, PermissionDenied."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = None
        if product_id is not None:
            row = tx.get(Product, product_id)
            if row is None:
                raise NotFound(tr("That product no longer exists."))
        values = clean_product(tx, data, custom_fields.fields_tx(tx, "product"), row.custom if row else None)
        barcodes = clean_barcodes(data.barcodes)
        check_product_unique(tx, values["code"], barcodes, product_id)
        before = _snapshot(row) if row is not None else None
        row = apply_product(tx, row, values, barcodes)
        tx.flush()
        tx.expire(row, ["category"])  # reload the relationship after category_id changed
        audit.record(
            tx,
            "update" if before else "create",
            "product",
            row.id,
            summary=f"{row.code} {row.name}",
            before=before,
            after=_snapshot(row),
        )
        return _detail(row)


def set_product_active(uow: UnitOfWork, product_id: uuid.UUID, active: bool) -> ProductDetail:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Product, product_id)
        if row is None:
            raise NotFound(tr("That product no longer exists."))
        before = _snapshot(row)
        row.active = active
        tx.flush()
        audit.record(
            tx, "update", "product", row.id, summary=f"{row.code} {row.name}", before=before, after=_snapshot(row)
        )
        return _detail(row)


def delete_product(uow: UnitOfWork, product_id: uuid.UUID) -> None:
    """Delete a product nothing refers to yet; once used it can only be deactivated."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = tx.get(Product, product_id)
        if row is None:
            raise NotFound(tr("That product no longer exists."))
        if v.is_used(tx, "product", row.id, ignore=("product_barcode", "product_unit")):
            raise ValidationError(
                tr("Product {code} is already used; deactivate it instead of deleting it.", code=row.code)
            )
        audit.record(tx, "delete", "product", row.id, summary=f"{row.code} {row.name}", before=_snapshot(row))
        for unit in tx.scalars(select(ProductUnit).where(ProductUnit.product_id == row.id)):
            tx.delete(unit)
        tx.delete(row)


# --------------------------------------------------------------------------- price lists


@dataclass(frozen=True)
class PriceListRow:
    id: uuid.UUID
    name: str
    tier: str
    channel: str
    valid_from: date | None
    valid_to: date | None
    priority: int
    active: bool
    items: int


@dataclass(frozen=True)
class PriceItemRow:
    id: uuid.UUID
    price_list_id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    spec: str
    unit: str
    min_qty: Decimal
    price: Decimal
    default_price: Decimal
    price_list: str = ""


def list_price_lists(uow: UnitOfWork) -> list[PriceListRow]:
    with uow.read() as tx:
        counts = dict(
            tx.execute(select(PriceListItem.price_list_id, func.count()).group_by(PriceListItem.price_list_id)).all()
        )
        return [
            PriceListRow(
                p.id, p.name, p.tier, p.channel, p.valid_from, p.valid_to, p.priority, p.active, counts.get(p.id, 0)
            )
            for p in tx.scalars(select(PriceList).order_by(PriceList.name))
        ]


def clean_price_list(
    tx: Session,
    *,
    name: str,
    tier: str = "",
    channel: str = "",
    valid_from: Any = None,
    valid_to: Any = None,
    priority: Any = 0,
    active: bool = True,
    self_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    name = v.text(name, "name", tr("Name"), required=True, max_len=80)
    clash = tx.scalar(select(PriceList.id).where(PriceList.name == name))
    if clash is not None and clash != self_id:
        raise Duplicate(tr("There is already a price list named {name}.", name=name), field="name")
    start, end = v.day(valid_from, "valid_from", tr("Valid from")), v.day(valid_to, "valid_to", tr("Valid until"))
    if start and end and end < start:
        raise ValidationError(tr("The end date is before the start date."), field="valid_to")
    return dict(
        name=name,
        tier=v.text(tier, "tier", tr("Tier"), max_len=40),
        channel=v.text(channel, "channel", tr("Channel"), max_len=40),
        valid_from=start,
        valid_to=end,
        priority=v.integer(priority, "priority", tr("Priority"), minimum=-1000, maximum=1000),
        active=bool(active),
    )


def save_price_list(
    uow: UnitOfWork,
    *,
    name: str,
    tier: str = "",
    channel: str = "",
    valid_from: Any = None,
    valid_to: Any = None,
    priority: Any = 0,
    active: bool = True,
    price_list_id: uuid.UUID | None = None,
) -> PriceListRow:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_PRICES)
        values = clean_price_list(
            tx,
            name=name,
            tier=tier,
            channel=channel,
            valid_from=valid_from,
            valid_to=valid_to,
            priority=priority,
            active=active,
            self_id=price_list_id,
        )
        if price_list_id is None:
            row = PriceList(**values)
            tx.add(row)
            before = None
        else:
            found = tx.get(PriceList, price_list_id)
            if found is None:
                raise NotFound(tr("That price list no longer exists."))
            row = found
            before = audit.snapshot(row)
            for key, value in values.items():
                setattr(row, key, value)
        tx.flush()
        audit.record(
            tx,
            "update" if before else "create",
            "price_list",
            row.id,
            summary=row.name,
            before=before,
            after=audit.snapshot(row),
        )
        n = tx.scalar(select(func.count()).select_from(PriceListItem).where(PriceListItem.price_list_id == row.id)) or 0
        return PriceListRow(
            row.id, row.name, row.tier, row.channel, row.valid_from, row.valid_to, row.priority, row.active, n
        )


def delete_price_list(uow: UnitOfWork, price_list_id: uuid.UUID) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_PRICES)
        row = tx.get(PriceList, price_list_id)
        if row is None:
            raise NotFound(tr("That price list no longer exists."))
        audit.record(tx, "delete", "price_list", row.id, summary=row.name, before=audit.snapshot(row))
        tx.delete(row)


def list_price_items(
    uow: UnitOfWork, price_list_id: uuid.UUID | None = None, *, product_id: uuid.UUID | None = None
) -> list[PriceItemRow]:
    """Items of one price list (or of all lists; or of one product), by product code and min qty."""
    with uow.read() as tx:
        stmt = (
            select(PriceListItem, Product, PriceList.name)
            .join(Product, Product.id == PriceListItem.product_id)
            .join(PriceList, PriceList.id == PriceListItem.price_list_id)
            .order_by(PriceList.name, Product.code, PriceListItem.min_qty)
        )
        if price_list_id is not None:
            stmt = stmt.where(PriceListItem.price_list_id == price_list_id)
        if product_id is not None:
            stmt = stmt.where(PriceListItem.product_id == product_id)
        return [
            PriceItemRow(
                i.id,
                i.price_list_id,
                p.id,
                p.code,
                p.name,
                p.spec,
                i.unit or p.unit,
                i.min_qty,
                i.price,
                p.sale_price,
                name,
            )
            for i, p, name in tx.execute(stmt)
        ]


def save_price_item(
    uow: UnitOfWork, price_list_id: uuid.UUID, product_id: uuid.UUID, price: Any, min_qty: Any = 0, unit: str = ""
) -> PriceItemRow:
    """Set the price of a product in a list at a minimum quantity (replacing the same step).
    多单位: ``unit`` names one of the product's other units (price and min qty per that unit);
    "" or the base unit's name = the base unit."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_PRICES)
        return _save_price_item(tx, price_list_id, product_id, price, min_qty, unit)


def _save_price_item(
    tx: Session, price_list_id: uuid.UUID, product_id: uuid.UUID, price: Any, min_qty: Any, unit: str = ""
) -> PriceItemRow:
    plist = tx.get(PriceList, price_list_id)
    if plist is None:
        raise NotFound(tr("That price list no longer exists."))
    product = tx.get(Product, product_id)
    if product is None:
        raise NotFound(tr("That product no longer exists."))
    amount = v.number(price, "price", tr("Price"), places=PRICE_PLACES)
    step = v.number(min_qty, "min_qty", tr("Minimum quantity"), places=QTY_PLACES)
    unit = entered_qty(tx, product.id, Decimal(1), unit).unit  # refuses a unit the product does not have
    row = tx.scalar(
        select(PriceListItem).where(
            PriceListItem.price_list_id == price_list_id,
            PriceListItem.product_id == product_id,
            PriceListItem.min_qty == step,
            PriceListItem.unit == unit,
        )
    )
    before = audit.snapshot(row) if row else None
    if row is None:
        row = PriceListItem(price_list_id=price_list_id, product_id=product_id, min_qty=step, price=amount, unit=unit)
        tx.add(row)
    else:
        row.price = amount
    tx.flush()
    audit.record(
        tx,
        "update" if before else "create",
        "price_list_item",
        row.id,
        summary=f"{plist.name} {product.code}",
        before=before,
        after=audit.snapshot(row),
    )
    return PriceItemRow(
        row.id,
        plist.id,
        product.id,
        product.code,
        product.name,
        product.spec,
        row.unit or product.unit,
        row.min_qty,
        row.price,
        product.sale_price,
        plist.name,
    )


def delete_price_item(uow: UnitOfWork, item_id: uuid.UUID) -> None:
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_PRICES)
        row = tx.get(PriceListItem, item_id)
        if row is None:
            raise NotFound(tr("That price no longer exists."))
        audit.record(tx, "delete", "price_list_item", row.id, before=audit.snapshot(row))
        tx.delete(row)


def price_for(
    uow: UnitOfWork,
    customer_id: uuid.UUID | None,
    product_id: uuid.UUID,
    qty: Decimal = Decimal(1),
    on: date | None = None,
) -> ResolvedPrice:
    """The price this customer gets for this product (see ``services.pricing``)."""
    with uow.read() as tx:
        return resolve_price(tx, customer_id, product_id, qty, on or date.today())
