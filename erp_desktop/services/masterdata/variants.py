"""Variants (颜色 / 尺码): dimensions per category, product templates (款式) and their variants.

A category defines its dimensions once (颜色: 红 / 蓝 / 黑; 尺码: S / M / L / XL). A template takes
one or two of them and generates one ordinary product per combination of active values: code =
template code + value codes (``TS01-R-M``, editable afterwards like any product's), name = template
name + value names, category, unit, prices and tax rate from the template, the values in the
product's ``attributes``. Generating again makes only the missing combinations (a value added
later). A value or template withdrawn deletes the variants nothing refers to and deactivates the
ones already moved, priced or on a document — never deletes them.

Every change is one transaction with an audit record; bad input raises ``ValidationError`` /
``Duplicate`` naming the field (and the combination), nothing written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category, Product
from erp_desktop.models.variants import (
    ProductTemplate,
    ProductVariant,
    VariantDimension,
    VariantValue,
    dimension_id,
    value_id,
    values_key,
    variant_id,
)
from erp_desktop.money import PRICE_PLACES, RATE_PLACES
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata import catalog, custom_fields
from erp_desktop.services.paging import like_pattern
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

CODE_SEPARATOR = "-"

# --------------------------------------------------------------------------- dimensions


@dataclass(frozen=True)
class ValueRow:
    id: uuid.UUID
    name: str
    code: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class DimensionRow:
    id: uuid.UUID
    category_id: uuid.UUID
    category: str
    name: str
    values: tuple[ValueRow, ...]

    @property
    def active_values(self) -> tuple[ValueRow, ...]:
        return tuple(x for x in self.values if x.active)


ValueSpec = str | tuple[str, str]


def parse_values(spec: str | Iterable[ValueSpec]) -> list[tuple[str, str]]:
    """Values as (name, code): from text ("红:R, 蓝:B, 黑" — full-width separators too; a value
    without a code is its own code) or from names / (name, code) pairs."""
    items: list[ValueSpec]
    if isinstance(spec, str):
        items = list(v.tags(spec))
    else:
        items = list(spec)
    result: list[tuple[str, str]] = []
    for item in items:
        if isinstance(item, tuple):
            name, code = item
        else:
            text = str(item).replace("：", ":").replace("=", ":")
            name, _, code = text.partition(":")
        name, code = name.strip(), code.strip()
        result.append((name, code or name))
    return result


def _value_rows(tx: Session, dimension: uuid.UUID) -> tuple[ValueRow, ...]:
    rows = tx.scalars(
        select(VariantValue)
        .where(VariantValue.dimension_id == dimension)
        .order_by(VariantValue.sort_order, VariantValue.name)
    )
    return tuple(ValueRow(x.id, x.name, x.code, x.sort_order, x.active) for x in rows)


def _dimension_row(tx: Session, d: VariantDimension) -> DimensionRow:
    path = tx.scalar(select(Category.path).where(Category.id == d.category_id)) or ""
    return DimensionRow(d.id, d.category_id, path, d.name, _value_rows(tx, d.id))


def list_dimensions(uow: UnitOfWork, category_id: uuid.UUID | None = None) -> list[DimensionRow]:
    """The dimensions of one category (or of all), each with its values in their order."""
    with uow.read() as tx:
        stmt = select(VariantDimension).order_by(VariantDimension.sort_order, VariantDimension.name)
        if category_id is not None:
            stmt = stmt.where(VariantDimension.category_id == category_id)
        return [_dimension_row(tx, d) for d in tx.scalars(stmt)]


def get_dimension(uow: UnitOfWork, dimension: uuid.UUID) -> DimensionRow:
    with uow.read() as tx:
        return _dimension_row(tx, _get(tx, VariantDimension, dimension, tr("That variant dimension no longer exists.")))


def _get(tx: Session, model: Any, row_id: uuid.UUID | None, missing: str) -> Any:
    row = tx.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(missing)
    return row


def _add_values(tx: Session, dim: VariantDimension, values: Sequence[tuple[str, str]]) -> list[VariantValue]:
    """Add values to a dimension, refusing a name or code it already has (naming both)."""
    existing = list(tx.scalars(select(VariantValue).where(VariantValue.dimension_id == dim.id)))
    by_name = {x.name: x for x in existing}
    by_code = {x.code.upper(): x for x in existing}
    order = max((x.sort_order for x in existing), default=0)
    added = []
    for name, code in values:
        name = v.text(name, "values", tr("Value"), required=True, max_len=40)
        code = v.text(code, "values", tr("Value code"), required=True, max_len=16)
        if CODE_SEPARATOR in code or " " in code:
            raise ValidationError(
                tr("Value code {code} of {value} cannot contain '-' or spaces.", code=code, value=name), field="values"
            )
        if name in by_name:
            raise Duplicate(
                tr("Dimension {dimension} already has the value {value}.", dimension=dim.name, value=name),
                field="values",
            )
        other = by_code.get(code.upper())
        if other is not None:
            raise Duplicate(
                tr(
                    "Value code {code} of {value} is already used by {other} in dimension {dimension}.",
                    code=code,
                    value=name,
                    other=other.name,
                    dimension=dim.name,
                ),
                field="values",
            )
        order += 10
        row = VariantValue(id=value_id(dim.id, name), dimension_id=dim.id, name=name, code=code, sort_order=order)
        tx.add(row)
        by_name[name] = by_code[code.upper()] = row
        added.append(row)
    tx.flush()
    for row in added:
        audit.record(
            tx, "create", "variant_value", row.id, summary=f"{dim.name}: {row.name}", after=audit.snapshot(row)
        )
    return added


def add_dimension(
    uow: UnitOfWork, category_id: uuid.UUID, name: str, values: str | Iterable[ValueSpec] = ()
) -> DimensionRow:
    """Define a dimension (颜色) of a category's products with its first values. Raises
    NotFound (category), ValidationError, Duplicate (a name the category already has, a value or
    code twice)."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        category = _get(tx, Category, category_id, tr("That category no longer exists."))
        name = v.text(name, "name", tr("Dimension"), required=True, max_len=40)
        if tx.scalar(
            select(VariantDimension.id).where(
                VariantDimension.category_id == category.id, VariantDimension.name == name
            )
        ):
            raise Duplicate(
                tr("Category {category} already has a dimension {name}.", category=category.path, name=name),
                field="name",
            )
        order = tx.scalar(
            select(func.max(VariantDimension.sort_order)).where(VariantDimension.category_id == category.id)
        )
        dim = VariantDimension(
            id=dimension_id(category.id, name), category_id=category.id, name=name, sort_order=(order or 0) + 10
        )
        tx.add(dim)
        tx.flush()
        audit.record(
            tx, "create", "variant_dimension", dim.id, summary=f"{category.path}: {name}", after=audit.snapshot(dim)
        )
        _add_values(tx, dim, parse_values(values))
        return _dimension_row(tx, dim)


def add_values(uow: UnitOfWork, dimension: uuid.UUID, values: str | Iterable[ValueSpec]) -> DimensionRow:
    """Add values to a dimension (e.g. XXL). Templates using it make the new combinations on their
    next ``generate_variants``. Raises NotFound, ValidationError, Duplicate."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        dim = _get(tx, VariantDimension, dimension, tr("That variant dimension no longer exists."))
        parsed = parse_values(values)
        if not parsed:
            raise ValidationError(tr("{field} is required.", field=tr("Value")), field="values")
        _add_values(tx, dim, parsed)
        return _dimension_row(tx, dim)


@dataclass(frozen=True)
class Withdrawn:
    """What withdrawing a value or a template did to its variants."""

    deleted: tuple[str, ...]  # product codes removed (nothing referred to them)
    deactivated: tuple[str, ...]  # product codes kept, inactive (moved, priced or on a document)


def _withdraw_variants(tx: Session, variants: Sequence[ProductVariant]) -> Withdrawn:
    deleted, deactivated = [], []
    for variant in variants:
        product = tx.get(Product, variant.product_id)
        if product is None:
            tx.delete(variant)
            continue
        used = v.is_used(tx, "product", product.id, ignore=("product_barcode", "product_variant"))
        if used:
            if product.active:
                before = catalog._snapshot(product)
                product.active = False
                tx.flush()
                audit.record(
                    tx,
                    "update",
                    "product",
                    product.id,
                    summary=f"{product.code} {product.name}",
                    before=before,
                    after=catalog._snapshot(product),
                )
            deactivated.append(product.code)
        else:
            audit.record(
                tx,
                "delete",
                "product",
                product.id,
                summary=f"{product.code} {product.name}",
                before=catalog._snapshot(product),
            )
            tx.delete(variant)
            tx.flush()
            tx.delete(product)
            deleted.append(product.code)
    tx.flush()
    return Withdrawn(tuple(deleted), tuple(deactivated))


def withdraw_value(uow: UnitOfWork, value: uuid.UUID) -> Withdrawn:
    """Stop using a value: it is deactivated (no new combinations), its variants nothing refers
    to are deleted and those already used are deactivated."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = _get(tx, VariantValue, value, tr("That variant value no longer exists."))
        before = audit.snapshot(row)
        row.active = False
        tx.flush()
        audit.record(tx, "update", "variant_value", row.id, summary=row.name, before=before, after=audit.snapshot(row))
        variants = list(
            tx.scalars(
                select(ProductVariant).where(
                    or_(ProductVariant.value1_id == row.id, ProductVariant.value2_id == row.id)
                )
            )
        )
        return _withdraw_variants(tx, variants)


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateInput:
    code: str
    name: str
    category_id: uuid.UUID | None
    dimension1_id: uuid.UUID | None
    dimension2_id: uuid.UUID | None = None
    unit: str = ""
    tax_rate: Any = Decimal("0.13")
    purchase_price: Any = Decimal(0)
    sale_price: Any = Decimal(0)
    notes: str = ""


@dataclass(frozen=True)
class VariantRow:
    product_id: uuid.UUID
    code: str
    name: str
    value1: str
    value2: str
    barcodes: str
    active: bool


@dataclass(frozen=True)
class TemplateDetail:
    id: uuid.UUID
    code: str
    name: str
    category_id: uuid.UUID
    category: str
    dimension1_id: uuid.UUID
    dimension1: str
    dimension2_id: uuid.UUID | None
    dimension2: str
    unit: str
    tax_rate: Decimal
    purchase_price: Decimal
    sale_price: Decimal
    active: bool
    notes: str
    variants: tuple[VariantRow, ...]

    @property
    def dimensions(self) -> str:
        return f"{self.dimension1} × {self.dimension2}" if self.dimension2 else self.dimension1


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    code: str
    name: str
    category: str
    dimensions: str
    variants: int
    active: bool


def _variants_of(tx: Session, template: uuid.UUID) -> list[VariantRow]:
    v1 = VariantValue.__table__.alias("v1")
    v2 = VariantValue.__table__.alias("v2")
    rows = tx.execute(
        select(
            Product.id,
            Product.code,
            Product.name,
            v1.c.name,
            func.coalesce(v2.c.name, ""),
            Product.active,
        )
        .join(ProductVariant, ProductVariant.product_id == Product.id)
        .join(v1, v1.c.id == ProductVariant.value1_id)
        .outerjoin(v2, v2.c.id == ProductVariant.value2_id)
        .where(ProductVariant.template_id == template)
        .order_by(v1.c.sort_order, v1.c.name, v2.c.sort_order, v2.c.name)
    ).all()
    codes: dict[uuid.UUID, list[str]] = {}
    if rows:
        from erp_desktop.models.catalog import ProductBarcode

        for pid, code in tx.execute(
            select(ProductBarcode.product_id, ProductBarcode.barcode)
            .join(ProductVariant, ProductVariant.product_id == ProductBarcode.product_id)
            .where(ProductVariant.template_id == template)
            .order_by(ProductBarcode.barcode)
        ):
            codes.setdefault(pid, []).append(code)
    return [VariantRow(r[0], r[1], r[2], r[3], r[4], ", ".join(codes.get(r[0], ())), r[5]) for r in rows]


def _template_detail(tx: Session, t: ProductTemplate) -> TemplateDetail:
    names = dict(
        tx.execute(
            select(VariantDimension.id, VariantDimension.name).where(
                VariantDimension.id.in_([t.dimension1_id, t.dimension2_id or t.dimension1_id])
            )
        ).all()
    )
    path = tx.scalar(select(Category.path).where(Category.id == t.category_id)) or ""
    return TemplateDetail(
        t.id,
        t.code,
        t.name,
        t.category_id,
        path,
        t.dimension1_id,
        names.get(t.dimension1_id, ""),
        t.dimension2_id,
        names.get(t.dimension2_id, "") if t.dimension2_id else "",
        t.unit,
        t.tax_rate,
        t.purchase_price,
        t.sale_price,
        t.active,
        t.notes,
        tuple(_variants_of(tx, t.id)),
    )


def list_templates(
    uow: UnitOfWork, *, search: str = "", category_id: uuid.UUID | None = None, active: bool | None = None
) -> list[TemplateRow]:
    """Templates by code, with their dimensions and how many variants each has; ``search``
    matches code or name."""
    with uow.read() as tx:
        counts = dict(
            tx.execute(select(ProductVariant.template_id, func.count()).group_by(ProductVariant.template_id)).all()
        )
        dims = dict(tx.execute(select(VariantDimension.id, VariantDimension.name)).all())
        stmt = (
            select(ProductTemplate, func.coalesce(Category.path, ""))
            .outerjoin(Category, Category.id == ProductTemplate.category_id)
            .order_by(ProductTemplate.code)
        )
        if search.strip():
            pattern = like_pattern(search)
            stmt = stmt.where(
                or_(ProductTemplate.code.like(pattern, escape="\\"), ProductTemplate.name.like(pattern, escape="\\"))
            )
        if category_id is not None:
            stmt = stmt.where(ProductTemplate.category_id == category_id)
        if active is not None:
            stmt = stmt.where(ProductTemplate.active.is_(active))
        result = []
        for t, path in tx.execute(stmt):
            label = dims.get(t.dimension1_id, "")
            if t.dimension2_id:
                label += f" × {dims.get(t.dimension2_id, '')}"
            result.append(TemplateRow(t.id, t.code, t.name, path, label, counts.get(t.id, 0), t.active))
        return result


def get_template(uow: UnitOfWork, template: uuid.UUID) -> TemplateDetail:
    with uow.read() as tx:
        return _template_detail(tx, _get(tx, ProductTemplate, template, tr("That product template no longer exists.")))


def get_template_by_code(uow: UnitOfWork, code: str) -> TemplateDetail | None:
    with uow.read() as tx:
        row = tx.scalar(select(ProductTemplate).where(ProductTemplate.code == code.strip()))
        return _template_detail(tx, row) if row is not None else None


def template_of_product(uow: UnitOfWork, product_id: uuid.UUID) -> uuid.UUID | None:
    """The template a product is a variant of (None for a plain product)."""
    with uow.read() as tx:
        return tx.scalar(select(ProductVariant.template_id).where(ProductVariant.product_id == product_id))


def _clean_template(tx: Session, data: TemplateInput, self_id: uuid.UUID | None) -> dict[str, Any]:
    code = v.text(data.code, "code", tr("Code"), required=True, max_len=30)
    if " " in code:
        raise ValidationError(tr("A template code cannot contain spaces."), field="code")
    clash = tx.scalar(select(ProductTemplate).where(ProductTemplate.code == code))
    if clash is not None and clash.id != self_id:
        raise Duplicate(
            tr("Code {code} is already used by template {other}.", code=code, other=f"{clash.code} {clash.name}"),
            field="code",
        )
    name = v.text(data.name, "name", tr("Name"), required=True, max_len=160)
    if data.category_id is None:
        raise ValidationError(tr("{field} is required.", field=tr("Category")), field="category")
    category = _get(tx, Category, data.category_id, tr("That category no longer exists."))
    if data.dimension1_id is None:
        raise ValidationError(tr("A template needs at least one dimension (e.g. colour)."), field="dimension1")
    dims = []
    for field, dim_id in (("dimension1", data.dimension1_id), ("dimension2", data.dimension2_id)):
        if dim_id is None:
            continue
        dim = _get(tx, VariantDimension, dim_id, tr("That variant dimension no longer exists."))
        if dim.category_id != category.id:
            raise ValidationError(
                tr(
                    "Dimension {dimension} belongs to another category, not {category}.",
                    dimension=dim.name,
                    category=category.path,
                ),
                field=field,
            )
        dims.append(dim)
    if data.dimension2_id is not None and data.dimension2_id == data.dimension1_id:
        raise ValidationError(tr("The two dimensions of a template must differ."), field="dimension2")
    return dict(
        code=code,
        name=name,
        category_id=category.id,
        dimension1_id=data.dimension1_id,
        dimension2_id=data.dimension2_id,
        unit=v.text(data.unit, "unit", tr("Unit"), max_len=16),
        tax_rate=v.number(data.tax_rate, "tax_rate", tr("Tax rate"), places=RATE_PLACES, maximum=Decimal(1)),
        purchase_price=v.number(data.purchase_price, "purchase_price", tr("Purchase price"), places=PRICE_PLACES),
        sale_price=v.number(data.sale_price, "sale_price", tr("Sale price"), places=PRICE_PLACES),
        notes=v.text(data.notes, "notes", tr("Notes"), max_len=4000),
    )


def save_template(uow: UnitOfWork, data: TemplateInput, template: uuid.UUID | None = None) -> TemplateDetail:
    """Create a template (``template`` None) or change one. Its dimensions are fixed once it has
    variants. Raises ValidationError, Duplicate, NotFound, PermissionDenied."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        row = None
        if template is not None:
            row = _get(tx, ProductTemplate, template, tr("That product template no longer exists."))
        values = _clean_template(tx, data, template)
        before = audit.snapshot(row) if row is not None else None
        if row is None:
            row = ProductTemplate(**values)
            tx.add(row)
        else:
            has_variants = tx.scalar(select(func.count()).where(ProductVariant.template_id == row.id))
            changed = (values["dimension1_id"], values["dimension2_id"]) != (row.dimension1_id, row.dimension2_id)
            if has_variants and (changed or values["category_id"] != row.category_id):
                raise ValidationError(
                    tr(
                        "Template {code} already has variants; its category and dimensions cannot change.",
                        code=row.code,
                    ),
                    field="dimension1",
                )
            for key, value in values.items():
                setattr(row, key, value)
        tx.flush()
        audit.record(
            tx,
            "update" if before else "create",
            "product_template",
            row.id,
            summary=f"{row.code} {row.name}",
            before=before,
            after=audit.snapshot(row),
        )
        return _template_detail(tx, row)


@dataclass(frozen=True)
class PlannedVariant:
    key: str  # the combination (``values_key``): what ``generate_variants`` takes codes by
    value1: str
    value2: str
    code: str  # the code it has, or will get
    name: str
    product_id: uuid.UUID | None  # None: not generated yet


def _combinations(tx: Session, t: ProductTemplate) -> list[tuple[VariantValue, VariantValue | None]]:
    def active(dim: uuid.UUID) -> list[VariantValue]:
        return list(
            tx.scalars(
                select(VariantValue)
                .where(VariantValue.dimension_id == dim, VariantValue.active.is_(True))
                .order_by(VariantValue.sort_order, VariantValue.name)
            )
        )

    first = active(t.dimension1_id)
    if t.dimension2_id is None:
        return [(a, None) for a in first]
    second = active(t.dimension2_id)
    return [(a, b) for a in first for b in second]


def _proposed(t: ProductTemplate, a: VariantValue, b: VariantValue | None) -> tuple[str, str]:
    code = CODE_SEPARATOR.join([t.code, a.code] + ([b.code] if b is not None else []))
    name = " ".join([t.name, a.name] + ([b.name] if b is not None else []))
    return code, name


def _plan(tx: Session, t: ProductTemplate) -> list[PlannedVariant]:
    existing = {
        key: (pid, code)
        for key, pid, code in tx.execute(
            select(ProductVariant.values_key, Product.id, Product.code)
            .join(Product, Product.id == ProductVariant.product_id)
            .where(ProductVariant.template_id == t.id)
        )
    }
    result = []
    for a, b in _combinations(tx, t):
        key = values_key(a.id, b.id if b is not None else None)
        code, name = _proposed(t, a, b)
        found = existing.get(key)
        result.append(
            PlannedVariant(
                key, a.name, b.name if b else "", found[1] if found else code, name, found[0] if found else None
            )
        )
    return result


def plan_variants(uow: UnitOfWork, template: uuid.UUID) -> list[PlannedVariant]:
    """Every combination of the template's active values, with the code it has or would get."""
    with uow.read() as tx:
        return _plan(tx, _get(tx, ProductTemplate, template, tr("That product template no longer exists.")))


@dataclass(frozen=True)
class Generated:
    created: tuple[VariantRow, ...]
    kept: int  # combinations that already had their product


def generate_variants(
    uow: UnitOfWork,
    template: uuid.UUID,
    *,
    codes: Mapping[str, str] | None = None,
    barcodes: Mapping[str, str] | None = None,
) -> Generated:
    """Make the product of every combination that has none yet (all of them the first time; the
    new value's after one is added), in one transaction. ``codes`` / ``barcodes`` give, by
    combination key (``PlannedVariant.key``) or by proposed code, a code or barcode of the user's
    own. Raises Duplicate naming the combination when a code or barcode is taken (nothing is
    written), ValidationError when the template has no values to combine."""
    codes = dict(codes or {})
    barcodes = dict(barcodes or {})
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        t = _get(tx, ProductTemplate, template, tr("That product template no longer exists."))
        if not t.active:
            raise ValidationError(tr("Template {code} is inactive.", code=t.code), field="code")
        combos = _combinations(tx, t)
        if not combos:
            raise ValidationError(
                tr("Template {code} has no values to combine: add values to its dimensions first.", code=t.code),
                field="dimension1",
            )
        dim_names = dict(
            tx.execute(
                select(VariantDimension.id, VariantDimension.name).where(
                    VariantDimension.id.in_([t.dimension1_id, t.dimension2_id or t.dimension1_id])
                )
            ).all()
        )
        have = set(tx.scalars(select(ProductVariant.values_key).where(ProductVariant.template_id == t.id)))
        defs = custom_fields.fields_tx(tx, "product")
        made: list[uuid.UUID] = []
        taken: dict[str, str] = {}
        for a, b in combos:
            key = values_key(a.id, b.id if b is not None else None)
            if key in have:
                continue
            proposed, name = _proposed(t, a, b)
            label = a.name if b is None else f"{a.name} / {b.name}"
            code = (codes.get(key) or codes.get(proposed) or proposed).strip()
            barcode = (barcodes.get(key) or barcodes.get(proposed) or "").strip()
            attributes = {dim_names.get(t.dimension1_id, ""): a.name}
            if b is not None and t.dimension2_id is not None:
                attributes[dim_names.get(t.dimension2_id, "")] = b.name
            data = catalog.ProductInput(
                code=code,
                name=name,
                category_id=t.category_id,
                unit=t.unit,
                barcodes=(barcode,) if barcode else (),
                tax_rate=t.tax_rate,
                purchase_price=t.purchase_price,
                sale_price=t.sale_price,
                attributes=attributes,
            )
            try:
                values = catalog.clean_product(tx, data, defs)
                clean = catalog.clean_barcodes(data.barcodes)
                for given, field in [(values["code"], "code")] + [(bc, "barcodes") for bc in clean]:
                    if given in taken:
                        raise Duplicate(
                            tr("{value} is also given to variant {other}.", value=given, other=taken[given]),
                            field=field,
                        )
                catalog.check_product_unique(tx, values["code"], clean, None)
            except ValidationError as error:
                raise type(error)(
                    tr("Variant {variant}: {message}", variant=label, message=str(error)), field=error.field
                ) from None
            taken[values["code"]] = label
            for bc in clean:
                taken[bc] = label
            product = catalog.apply_product(tx, None, values, clean)
            product.id = variant_id(t.id, key)
            tx.flush()
            tx.add(
                ProductVariant(
                    id=product.id,
                    product_id=product.id,
                    template_id=t.id,
                    value1_id=a.id,
                    value2_id=b.id if b is not None else None,
                    values_key=key,
                )
            )
            tx.flush()
            audit.record(
                tx,
                "create",
                "product",
                product.id,
                summary=f"{product.code} {product.name}",
                after=catalog._snapshot(product),
            )
            made.append(product.id)
        rows = [r for r in _variants_of(tx, t.id) if r.product_id in set(made)]
        return Generated(tuple(rows), len(combos) - len(made))


def withdraw_template(uow: UnitOfWork, template: uuid.UUID) -> Withdrawn:
    """Remove a template: its variants nothing refers to are deleted, the used ones deactivated;
    the template itself is deleted when no variant is left, else deactivated."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        t = _get(tx, ProductTemplate, template, tr("That product template no longer exists."))
        result = _withdraw_variants(
            tx, list(tx.scalars(select(ProductVariant).where(ProductVariant.template_id == t.id)))
        )
        if result.deactivated:
            before = audit.snapshot(t)
            t.active = False
            tx.flush()
            audit.record(tx, "update", "product_template", t.id, summary=t.code, before=before, after=audit.snapshot(t))
        else:
            audit.record(tx, "delete", "product_template", t.id, summary=t.code, before=audit.snapshot(t))
            tx.delete(t)
        return result


# --------------------------------------------------------------------------- matrix entry


@dataclass(frozen=True)
class VariantMatrix:
    """A template's variants as a grid: rows = values of dimension 1 (颜色), columns = values of
    dimension 2 (尺码; one unnamed column for a one-dimension template). ``cells[r][c]`` is the
    product of that combination, or None where no active variant exists."""

    template_id: uuid.UUID
    code: str
    name: str
    unit: str
    row_title: str
    column_title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[uuid.UUID | None, ...], ...]
    codes: tuple[tuple[str, ...], ...]

    def product_at(self, row: int, column: int) -> uuid.UUID | None:
        return self.cells[row][column]


def matrix_tx(tx: Session, t: ProductTemplate, *, active_only: bool = True) -> VariantMatrix:
    dims = dict(
        tx.execute(
            select(VariantDimension.id, VariantDimension.name).where(
                VariantDimension.id.in_([t.dimension1_id, t.dimension2_id or t.dimension1_id])
            )
        ).all()
    )
    stmt = (
        select(ProductVariant.value1_id, ProductVariant.value2_id, Product.id, Product.code)
        .join(Product, Product.id == ProductVariant.product_id)
        .where(ProductVariant.template_id == t.id)
    )
    if active_only:
        stmt = stmt.where(Product.active.is_(True))
    found = {(a, b): (pid, code) for a, b, pid, code in tx.execute(stmt)}

    def values(dim: uuid.UUID) -> list[VariantValue]:
        used = {a for a, _ in found} | {b for _, b in found}
        return [
            x
            for x in tx.scalars(
                select(VariantValue)
                .where(VariantValue.dimension_id == dim)
                .order_by(VariantValue.sort_order, VariantValue.name)
            )
            if x.active or x.id in used
        ]

    first = values(t.dimension1_id)
    second: list[VariantValue | None] = list(values(t.dimension2_id)) if t.dimension2_id else [None]
    cells = []
    codes = []
    for a in first:
        cells.append(tuple(found.get((a.id, b.id if b else None), (None, ""))[0] for b in second))
        codes.append(tuple(found.get((a.id, b.id if b else None), (None, ""))[1] for b in second))
    return VariantMatrix(
        t.id,
        t.code,
        t.name,
        t.unit,
        dims.get(t.dimension1_id, ""),
        dims.get(t.dimension2_id, "") if t.dimension2_id else "",
        tuple(x.name for x in first),
        tuple(b.name if b else tr("Quantity") for b in second),
        tuple(cells),
        tuple(codes),
    )


def variant_matrix(uow: UnitOfWork, template: uuid.UUID) -> VariantMatrix:
    """The grid a document line or a count enters a template's variants in."""
    with uow.read() as tx:
        return matrix_tx(tx, _get(tx, ProductTemplate, template, tr("That product template no longer exists.")))


def matrix_lines(matrix: VariantMatrix, quantities: Mapping[tuple[int, int], Any]) -> list[tuple[uuid.UUID, Decimal]]:
    """(product, quantity) per non-zero cell, row by row: what a matrix adds to a document.
    Raises ValidationError naming the cell for a quantity that is not a positive number or a
    cell without a variant."""
    result = []
    for (r, c), raw in sorted(quantities.items()):
        label = matrix.rows[r] if not matrix.column_title else f"{matrix.rows[r]} / {matrix.columns[c]}"
        try:
            qty = v.number(raw, "qty", tr("Quantity"), places=3, minimum=None)
        except ValidationError as error:
            raise ValidationError(f"{label}: {error}", field="qty") from None
        if qty is None or qty == 0:
            continue
        if qty < 0:
            raise ValidationError(tr("{variant}: the quantity must be positive.", variant=label), field="qty")
        product = matrix.cells[r][c]
        if product is None:
            raise ValidationError(tr("{variant}: there is no such variant.", variant=label), field="qty")
        result.append((product, qty))
    return result
