"""A product's costing method (成本计价方法): 移动加权平均 (moving weighted average, the default) or
先进先出 (FIFO, ``ledger.layers``). The owner chooses it per product before the product's first
stock move; once it has moved, the method stays (the layers, or the average, are built from the
first move on), and a change is refused with a message naming the product."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.costing import CostingMethod
from erp_desktop.services.masterdata.costing import METHODS as METHODS  # the inventory face names it
from erp_desktop.services.masterdata.costing import check_costing_change, costing_of
from erp_desktop.services.masterdata.costing import costing_label as costing_label  # the face's too
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.uow import UnitOfWork


def costing_method(uow: UnitOfWork, product_id: uuid.UUID) -> str:
    with uow.read() as tx:
        method = tx.scalar(select(Product.costing_method).where(Product.id == product_id))
        if method is None:
            raise NotFound(tr("The product no longer exists."))
        return str(method)


def set_costing_method(uow: UnitOfWork, product_id: uuid.UUID, method: str) -> str:
    """Choose a product's costing method ("average" or "fifo"). Only the owner (settings) may; only
    before the product's first stock move. Raises ValidationError, NotFound, PermissionDenied."""
    with uow.write() as tx:
        require(tx, Perm.SETTINGS)
        method = costing_of(method, required=True)
        product = tx.get(Product, product_id)
        if product is None:
            raise NotFound(tr("The product no longer exists."))
        if product.costing_method == method:
            return method
        check_costing_change(tx, product, method)
        product.costing_method = CostingMethod(method).value
        return method


def export_layer_valuation(uow: UnitOfWork, path: str, *, product_id: uuid.UUID | None = None, search: str = "") -> int:
    """Write the FIFO layer valuation (``layer_valuation``) to an xlsx file with a totals row;
    returns the number of layers written. Raises PermissionDenied (cost)."""
    from erp_desktop.services import excel
    from erp_desktop.services.inventory.queries import layer_valuation

    report = layer_valuation(uow, product_id=product_id, search=search)
    columns = layer_columns()
    return excel.write_xlsx(path, columns, report.rows, sheet_title=tr("FIFO cost layers"), totals=True)


def layer_columns() -> list[Any]:
    """The layer valuation's columns, as the report, the export and the window show them."""
    from erp_desktop.services.excel import XColumn

    return [
        XColumn("product_code", tr("Code")),
        XColumn("product_name", tr("Product"), width=24),
        XColumn("lot_number", tr("Lot")),
        XColumn("on", tr("Received"), "date"),
        XColumn("doc_number", tr("Document")),
        XColumn("qty_in", tr("Received qty"), "qty"),
        XColumn("qty_left", tr("Remaining qty"), "qty"),
        XColumn("unit_cost", tr("Unit cost"), "price"),
        XColumn("value_left", tr("Remaining value"), "money"),
    ]
