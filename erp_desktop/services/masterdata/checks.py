"""``verify`` checks for master data (``services.system.verify`` runs ``CHECKS``):

- 多单位: every document line entered in another unit has ``qty = unit_qty × unit_factor``
  exactly, a line in the base unit has no entered quantity and a factor of 1, and the stock moves
  of a line entered in another unit add up to its base quantity (the ledger only holds base units);
- variants: every variant points at an existing template and product, its values belong to the
  template's dimensions, and no template has two variants for one combination of values (a sync
  could merge such rows from two PCs)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import Base
from erp_desktop.models.catalog import Product
from erp_desktop.models.stock import StockMove
from erp_desktop.models.variants import ProductTemplate, ProductVariant, VariantValue, values_key
from erp_desktop.services.ledger.checks import Check

_LIMIT = 20
ONE = Decimal(1)
# line tables whose stock moves name the line (``stock_move.doc_line_id``) once posted
_MOVED = frozenset(
    {
        "sales_delivery_line",
        "sales_return_line",
        "purchase_receipt_line",
        "purchase_return_line",
        "stock_doc_line",
        "counter_ticket_line",
    }
)


def line_tables() -> list[Table]:
    """Every table whose rows carry the unit they were entered in (``models.units.LineUnit``)."""
    return [t for t in Base.metadata.sorted_tables if {"unit", "unit_qty", "unit_factor", "qty"} <= set(t.c.keys())]


def check_line_units(tx: Session) -> Check:
    details: list[str] = []
    for table in line_tables():
        c = table.c
        base_bad = tx.scalar(
            select(func.count())
            .select_from(table)
            .where(c.unit == "", or_(c.unit_qty.is_not(None), c.unit_factor != ONE))
        )
        if base_bad:
            details.append(
                tr(
                    "{table}: {n} lines in the base unit carry an entered quantity or a factor.",
                    table=table.name,
                    n=base_bad,
                )
            )
        entered = list(tx.execute(select(c.id, c.qty, c.unit, c.unit_qty, c.unit_factor).where(c.unit != "")))
        for line_id, qty, unit, unit_qty, factor in entered:
            if unit_qty is None or factor <= 0 or unit_qty * factor != qty:
                details.append(
                    tr(
                        "{table} line {id}: {qty} in the base unit is not {unit_qty} {unit} × {factor}.",
                        table=table.name,
                        id=line_id,
                        qty=qty,
                        unit_qty=unit_qty,
                        unit=unit,
                        factor=factor,
                    )
                )
        if table.name in _MOVED and entered:
            wanted = {line_id: qty for line_id, qty, *_rest in entered}
            moved: dict = defaultdict(Decimal)
            ids = list(wanted)
            for start in range(0, len(ids), 500):
                for line_id, total in tx.execute(
                    select(StockMove.doc_line_id, func.sum(StockMove.qty))
                    .where(StockMove.doc_line_id.in_(ids[start : start + 500]))
                    .group_by(StockMove.doc_line_id)
                ):
                    moved[line_id] = total
            for line_id, total in moved.items():
                if total != wanted[line_id]:
                    details.append(
                        tr(
                            "{table} line {id}: its stock moves hold {moved}, the line {qty} in the base unit.",
                            table=table.name,
                            id=line_id,
                            moved=total,
                            qty=wanted[line_id],
                        )
                    )
    return Check(
        tr("Document lines in other units convert exactly to the base unit"), not details, tuple(details[:_LIMIT])
    )


def check_variants(tx: Session) -> Check:
    """verify: each variant has its template and product, values of the template's dimensions
    (one per dimension), and a combination no other variant of its template has."""
    v1 = VariantValue.__table__.alias("v1")
    v2 = VariantValue.__table__.alias("v2")
    rows = tx.execute(
        select(
            ProductVariant.id,
            ProductVariant.values_key,
            ProductVariant.value1_id,
            ProductVariant.value2_id,
            ProductTemplate.code,
            ProductTemplate.dimension1_id,
            ProductTemplate.dimension2_id,
            Product.code,
            v1.c.dimension_id,
            v2.c.dimension_id,
        )
        .outerjoin(ProductTemplate, ProductTemplate.id == ProductVariant.template_id)
        .outerjoin(Product, Product.id == ProductVariant.product_id)
        .outerjoin(v1, v1.c.id == ProductVariant.value1_id)
        .outerjoin(v2, v2.c.id == ProductVariant.value2_id)
    ).all()
    details = []
    for vid, key, a, b, template, dim1, dim2, product, a_dim, b_dim in rows:
        label = product or str(vid)
        if template is None:
            details.append(tr("variant {variant}: its template is missing", variant=label))
            continue
        if product is None:
            details.append(
                tr("variant {variant} of {template}: its product is missing", variant=vid, template=template)
            )
        if a_dim != dim1 or (dim2 is None) != (b is None) or (b is not None and b_dim != dim2):
            details.append(
                tr(
                    "variant {variant} of {template}: its values are not of the template's dimensions",
                    variant=label,
                    template=template,
                )
            )
        if key != values_key(a, b):
            details.append(
                tr("variant {variant} of {template}: its combination key is wrong", variant=label, template=template)
            )
    twice = tx.execute(
        select(ProductTemplate.code, ProductVariant.value1_id, ProductVariant.value2_id, func.count())
        .join(ProductTemplate, ProductTemplate.id == ProductVariant.template_id)
        .group_by(ProductTemplate.code, ProductVariant.value1_id, ProductVariant.value2_id)
        .having(func.count() > 1)
    ).all()
    for template, _a, _b, n in twice:
        details.append(
            tr("template {template}: {count} variants for one combination of values", template=template, count=n)
        )
    return Check(tr("Variants point at their template and a unique combination"), not details, tuple(details[:20]))


CHECKS = [check_line_units, check_variants]
