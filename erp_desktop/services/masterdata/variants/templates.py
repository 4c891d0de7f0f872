"""Product templates (款式): one or two of a category's dimensions; generating one product per
combination of active values (only the missing ones); withdrawing a value or a template deletes
the variants nothing refers to and deactivates the used ones."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category, Product
from erp_desktop.models.variants import (
    ProductTemplate,
    ProductVariant,
    VariantDimension,
    VariantValue,
    values_key,
    variant_id,
)
from erp_desktop.money import PRICE_PLACES, RATE_PLACES
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata import catalog, custom_fields
from erp_desktop.services.masterdata.variants.dimensions import CODE_SEPARATOR, get_row
from erp_desktop.services.paging import like_pattern
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork


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
        row = get_row(tx, VariantValue, value, tr("That variant value no longer exists."))
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
    values: Sequence[uuid.UUID] | None = None  # only these values of its dimensions (None: all, new ones too)


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
        return _template_detail(
            tx, get_row(tx, ProductTemplate, template, tr("That product template no longer exists."))
        )


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
    category = get_row(tx, Category, data.category_id, tr("That category no longer exists."))
    if data.dimension1_id is None:
        raise ValidationError(tr("A template needs at least one dimension (e.g. colour)."), field="dimension1")
    dims = []
    for field, dim_id in (("dimension1", data.dimension1_id), ("dimension2", data.dimension2_id)):
        if dim_id is None:
            continue
        dim = get_row(tx, VariantDimension, dim_id, tr("That variant dimension no longer exists."))
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
    chosen = _chosen_values(tx, data, dims)
    return dict(
        value_ids=chosen,
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
        return _template_detail(tx, save_template_tx(tx, data, template))


def save_template_tx(tx: Session, data: TemplateInput, template: uuid.UUID | None = None) -> ProductTemplate:
    """``save_template`` inside an open transaction (an import)."""
    row = None
    if template is not None:
        row = get_row(tx, ProductTemplate, template, tr("That product template no longer exists."))
    values = _clean_template(tx, data, template)
    if data.values is None and row is not None:
        values["value_ids"] = list(row.value_ids or ())  # not given: kept as it was
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
    return row


@dataclass(frozen=True)
class PlannedVariant:
    key: str  # the combination (``values_key``): what ``generate_variants`` takes codes by
    value1: str
    value2: str
    code: str  # the code it has, or will get
    name: str
    product_id: uuid.UUID | None  # None: not generated yet


def _chosen_values(tx: Session, data: TemplateInput, dims: list[VariantDimension]) -> list[str]:
    """The ids (text) of the values a template is limited to, each dimension given at least one;
    [] for all values."""
    if not data.values:
        return []
    chosen = {str(x) for x in data.values}
    for field, dim in zip(("dimension1", "dimension2"), dims, strict=False):
        ids = {str(x) for x in tx.scalars(select(VariantValue.id).where(VariantValue.dimension_id == dim.id))}
        if not ids & chosen:
            raise ValidationError(
                tr("Choose at least one value of {dimension} for this template.", dimension=dim.name), field=field
            )
    known = {str(x) for d in dims for x in tx.scalars(select(VariantValue.id).where(VariantValue.dimension_id == d.id))}
    if chosen - known:
        raise ValidationError(tr("A value chosen is not of the template's dimensions."), field="values")
    return sorted(chosen)


def _combinations(tx: Session, t: ProductTemplate) -> list[tuple[VariantValue, VariantValue | None]]:
    limited = set(t.value_ids or ())

    def active(dim: uuid.UUID) -> list[VariantValue]:
        rows = tx.scalars(
            select(VariantValue)
            .where(VariantValue.dimension_id == dim, VariantValue.active.is_(True))
            .order_by(VariantValue.sort_order, VariantValue.name)
        )
        return [x for x in rows if not limited or str(x.id) in limited]

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
        return _plan(tx, get_row(tx, ProductTemplate, template, tr("That product template no longer exists.")))


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
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        t = get_row(tx, ProductTemplate, template, tr("That product template no longer exists."))
        return generate_tx(tx, t, codes=codes, barcodes=barcodes)


def generate_tx(
    tx: Session,
    t: ProductTemplate,
    *,
    codes: Mapping[str, str] | None = None,
    barcodes: Mapping[str, str] | None = None,
) -> Generated:
    """``generate_variants`` inside an open transaction (an import)."""
    codes = dict(codes or {})
    barcodes = dict(barcodes or {})
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
        t = get_row(tx, ProductTemplate, template, tr("That product template no longer exists."))
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
