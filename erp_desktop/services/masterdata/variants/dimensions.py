"""A category's variant dimensions (颜色, 尺码) and their values, each with the code it adds to
a variant's product code; a name or code twice in one dimension is refused naming both."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category
from erp_desktop.models.variants import (
    VariantDimension,
    VariantValue,
    dimension_id,
    value_id,
)
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.system import audit, auth
from erp_desktop.storage.uow import UnitOfWork

CODE_SEPARATOR = "-"  # between a template's code and its value codes: TS01-R-M


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
        return _dimension_row(
            tx, get_row(tx, VariantDimension, dimension, tr("That variant dimension no longer exists."))
        )


def get_row(tx: Session, model: Any, row_id: uuid.UUID | None, missing: str) -> Any:
    row = tx.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFound(missing)
    return row


def add_values_tx(tx: Session, dim: VariantDimension, values: Sequence[tuple[str, str]]) -> list[VariantValue]:
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
        dim = add_dimension_tx(tx, category_id, name)
        add_values_tx(tx, dim, parse_values(values))
        return _dimension_row(tx, dim)


def add_dimension_tx(tx: Session, category_id: uuid.UUID, name: str) -> VariantDimension:
    """``add_dimension`` inside an open transaction (an import), without values."""
    category = get_row(tx, Category, category_id, tr("That category no longer exists."))
    name = v.text(name, "name", tr("Dimension"), required=True, max_len=40)
    if tx.scalar(
        select(VariantDimension.id).where(VariantDimension.category_id == category.id, VariantDimension.name == name)
    ):
        raise Duplicate(
            tr("Category {category} already has a dimension {name}.", category=category.path, name=name),
            field="name",
        )
    order = tx.scalar(select(func.max(VariantDimension.sort_order)).where(VariantDimension.category_id == category.id))
    dim = VariantDimension(
        id=dimension_id(category.id, name), category_id=category.id, name=name, sort_order=(order or 0) + 10
    )
    tx.add(dim)
    tx.flush()
    audit.record(
        tx, "create", "variant_dimension", dim.id, summary=f"{category.path}: {name}", after=audit.snapshot(dim)
    )
    return dim


def add_values(uow: UnitOfWork, dimension: uuid.UUID, values: str | Iterable[ValueSpec]) -> DimensionRow:
    """Add values to a dimension (e.g. XXL). Templates using it make the new combinations on their
    next ``generate_variants``. Raises NotFound, ValidationError, Duplicate."""
    with uow.write() as tx:
        auth.require(tx, auth.Perm.EDIT_MASTER)
        dim = get_row(tx, VariantDimension, dimension, tr("That variant dimension no longer exists."))
        parsed = parse_values(values)
        if not parsed:
            raise ValidationError(tr("{field} is required.", field=tr("Value")), field="values")
        add_values_tx(tx, dim, parsed)
        return _dimension_row(tx, dim)
