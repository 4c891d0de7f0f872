"""Bundles (套装): a kit sold as its components. The ledger's side of it, so that every area
that issues stock to a customer (sales deliveries, the counter) can expand a bundle line into its
components' moves without importing the inventory area (which reads sales)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.models.kits import ProductKit, ProductKitLine


def bundle_components(tx: Session, product_ids: set[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]]:
    """For the products among ``product_ids`` sold as bundles (套装): their components and
    quantities per kit, in bill order (one query; {} when none is a bundle)."""
    if not product_ids:
        return {}
    out: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
    for kit_product, component, quantity in tx.execute(
        select(ProductKit.product_id, ProductKitLine.component_id, ProductKitLine.qty)
        .join(ProductKitLine, ProductKitLine.kit_id == ProductKit.id)
        .where(ProductKit.product_id.in_(product_ids), ProductKit.bundle.is_(True))
        .order_by(ProductKit.product_id, ProductKitLine.seq)
    ):
        out.setdefault(kit_product, []).append((component, quantity))
    return out
