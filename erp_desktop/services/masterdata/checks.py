"""Master data's invariants for ``erp-desktop verify``: every variant points at an existing
template and product, its values belong to the template's dimensions, and no template has two
variants for one combination of values (a sync could merge such rows from two PCs)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.variants import ProductTemplate, ProductVariant, VariantValue, values_key
from erp_desktop.services.ledger.checks import Check


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


CHECKS = [check_variants]
