"""A template's variants as a grid (rows: dimension 1's values, columns: dimension 2's) for
matrix entry on documents and counts; ``matrix_lines`` turns typed cells into document lines."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.variants import (
    ProductTemplate,
    ProductVariant,
    VariantDimension,
    VariantValue,
)
from erp_desktop.services.masterdata import base as v
from erp_desktop.services.masterdata.variants.dimensions import get_row
from erp_desktop.storage.uow import UnitOfWork

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

    limited = set(t.value_ids or ())

    def values(dim: uuid.UUID) -> list[VariantValue]:
        used = {a for a, _ in found} | {b for _, b in found}
        return [
            x
            for x in tx.scalars(
                select(VariantValue)
                .where(VariantValue.dimension_id == dim)
                .order_by(VariantValue.sort_order, VariantValue.name)
            )
            if (x.active and (not limited or str(x.id) in limited)) or x.id in used
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
        return matrix_tx(tx, get_row(tx, ProductTemplate, template, tr("That product template no longer exists.")))


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
