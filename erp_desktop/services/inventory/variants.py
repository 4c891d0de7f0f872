"""Stock rolled up to product templates (款式): on hand per template, and one template's stock as
a matrix (颜色 × 尺码) with row, column and grand totals.

Quantities are the variants' on-hand balances in warehouse bins (the same rows as the on-hand
report), so a template's total is exactly the sum of its variants' on hand; value is each
variant's quantity × its moving average rounded to the cent (zero without the cost permission).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Category
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.models.variants import ProductTemplate, ProductVariant
from erp_desktop.models.warehouse import Location, LocationKind
from erp_desktop.money import ZERO, money
from erp_desktop.services.masterdata.variants.matrix import matrix_tx
from erp_desktop.services.paging import like_pattern
from erp_desktop.services.system.auth import Perm, may
from erp_desktop.storage.uow import UnitOfWork

ZERO_Q = Decimal("0.000")


@dataclass(frozen=True)
class TemplateStockRow:
    template_id: uuid.UUID
    code: str
    name: str
    category: str
    variants: int
    qty: Decimal
    value: Decimal


def _on_hand_by_product(
    tx: Session, product_ids: list[uuid.UUID] | None, warehouse_id: uuid.UUID | None
) -> dict[uuid.UUID, Decimal]:
    stmt = (
        select(StockBalance.product_id, func.sum(StockBalance.qty))
        .join(Location, Location.id == StockBalance.location_id)
        .where(Location.kind == LocationKind.BIN.value)
        .group_by(StockBalance.product_id)
    )
    if product_ids is not None:
        stmt = stmt.where(StockBalance.product_id.in_(product_ids))
    else:
        stmt = stmt.where(StockBalance.product_id.in_(select(ProductVariant.product_id)))
    if warehouse_id is not None:
        stmt = stmt.where(Location.warehouse_id == warehouse_id)
    return {pid: qty or ZERO_Q for pid, qty in tx.execute(stmt)}


def _values(tx: Session, qty: dict[uuid.UUID, Decimal]) -> dict[uuid.UUID, Decimal]:
    if not qty or not may(tx, Perm.VIEW_COST):
        return {}
    costs = dict(
        tx.execute(
            select(ProductCost.product_id, ProductCost.avg_cost).where(ProductCost.product_id.in_(list(qty)))
        ).all()
    )
    return {pid: money(q * costs.get(pid, ZERO)) for pid, q in qty.items()}


def stock_by_template(
    uow: UnitOfWork, *, warehouse_id: uuid.UUID | None = None, search: str = "", include_zero: bool = False
) -> list[TemplateStockRow]:
    """On hand and value per template (Σ over its variants), by template code."""
    with uow.read() as tx:
        qty = _on_hand_by_product(tx, None, warehouse_id)
        values = _values(tx, qty)
        stmt = (
            select(ProductTemplate.id, ProductTemplate.code, ProductTemplate.name, func.coalesce(Category.path, ""))
            .outerjoin(Category, Category.id == ProductTemplate.category_id)
            .order_by(ProductTemplate.code)
        )
        if search.strip():
            pattern = like_pattern(search)
            stmt = stmt.where(
                or_(ProductTemplate.code.like(pattern, escape="\\"), ProductTemplate.name.like(pattern, escape="\\"))
            )
        members: dict[uuid.UUID, list[uuid.UUID]] = {}
        for tid, pid in tx.execute(select(ProductVariant.template_id, ProductVariant.product_id)):
            members.setdefault(tid, []).append(pid)
        result = []
        for tid, code, name, path in tx.execute(stmt):
            pids = members.get(tid, [])
            total = sum((qty.get(p, ZERO_Q) for p in pids), ZERO_Q)
            if not include_zero and total == 0:
                continue
            value = sum((values.get(p, ZERO) for p in pids), Decimal("0.00"))
            result.append(TemplateStockRow(tid, code, name, path, len(pids), total, value))
        return result


@dataclass(frozen=True)
class StockMatrix:
    """One template's on hand as a grid: ``qty[r][c]`` for row value r (颜色), column value c
    (尺码); None where the combination has no variant."""

    template_id: uuid.UUID
    code: str
    name: str
    row_title: str
    column_title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    qty: tuple[tuple[Decimal | None, ...], ...]
    row_totals: tuple[Decimal, ...]
    column_totals: tuple[Decimal, ...]
    total: Decimal

    def cell(self, row: str, column: str | None = None) -> Decimal | None:
        c = 0 if column is None else self.columns.index(column)
        return self.qty[self.rows.index(row)][c]


def stock_matrix(uow: UnitOfWork, template_id: uuid.UUID, *, warehouse_id: uuid.UUID | None = None) -> StockMatrix:
    """On hand of a template's variants, rows × columns, with totals (inactive variants that
    still hold stock are shown too)."""
    with uow.read() as tx:
        t = tx.get(ProductTemplate, template_id)
        if t is None:
            raise NotFound(tr("That product template no longer exists."))
        grid = matrix_tx(tx, t, active_only=False)
        pids = [p for row in grid.cells for p in row if p is not None]
        qty = _on_hand_by_product(tx, pids, warehouse_id)
        cells = tuple(tuple(None if p is None else qty.get(p, ZERO_Q) for p in row) for row in grid.cells)
        row_totals = tuple(sum((q for q in row if q is not None), ZERO_Q) for row in cells)
        column_totals = tuple(
            sum((q for q in (row[c] for row in cells) if q is not None), ZERO_Q) for c in range(len(grid.columns))
        )
        return StockMatrix(
            t.id,
            t.code,
            t.name,
            grid.row_title,
            grid.column_title,
            grid.rows,
            grid.columns,
            cells,
            row_totals,
            column_totals,
            sum(row_totals, ZERO_Q),
        )
