"""Revaluing stock that came in on a receipt line (landed cost, 采购费用): value with no quantity.

``revalue_receipt_line(tx, …, amount)`` splits ``amount`` (signed: a reversal takes value back)
between the stock still on hand and cost of goods:

- moving average: the line's quantity still in stock is min(the product's on-hand, the line's
  quantity not returned); that share of ``amount`` (``amount × in stock / line qty``, half-up to
  the cent) raises the product's stock value and so its average; the rest is the part already
  sold (主营业务成本);
- FIFO: the line's layers (one per receipt move) still hold ``qty_left``; that share raises those
  layers, spread by what each holds (the remainder cent on the last), the rest goes to cost of goods.

A negative amount never takes more value than the stock (or the layer) still holds. Each raise is
a ``stock_revaluation`` row (append-only, synced); ``product_cost`` and ``cost_layer`` are kept in
step in the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.costing import CostingMethod, StockRevaluation
from erp_desktop.models.stock import StockMove
from erp_desktop.models.warehouse import Location, LocationKind
from erp_desktop.money import ZERO, money
from erp_desktop.services.ledger.layers import LayerBook
from erp_desktop.services.ledger.stock import add_stock_value, stock_cost
from erp_desktop.storage.rows import insert_rows
from erp_desktop.storage.uow import actor_of


@dataclass(frozen=True)
class Revalued:
    """How one receipt line's share of a charge was placed."""

    in_stock_qty: Decimal
    to_stock: Decimal
    to_cogs: Decimal


def revalue_receipt_line(
    tx: Session,
    *,
    product_id: uuid.UUID,
    receipt_line_id: uuid.UUID,
    line_qty: Decimal,
    kept_qty: Decimal,
    amount: Decimal,
    doc: tuple[str, uuid.UUID, str, date],
    doc_line_id: uuid.UUID,
    seq: int,
) -> Revalued:
    """Place ``amount`` of a charge on one receipt line (see the module docstring); writes the
    revaluation rows and keeps ``product_cost`` / ``cost_layer`` in step."""
    method = tx.scalar(select(Product.costing_method).where(Product.id == product_id))
    rows: list[dict[str, Any]] = []
    doc_type, doc_id, doc_number, on = doc
    base = {
        "product_id": product_id,
        "doc_type": doc_type,
        "doc_id": doc_id,
        "doc_line_id": doc_line_id,
        "doc_number": doc_number,
        "on": on,
        "moved_at": utcnow(),
        "user_name": actor_of(tx).username,
    }
    if method == CostingMethod.FIFO.value:
        placed = _fifo(tx, product_id, receipt_line_id, line_qty, amount)
        in_stock = sum((q for _l, _lot, q, _v in placed), ZERO)
        to_stock = sum((v for _l, _lot, _q, v in placed), ZERO)
        for n, (layer, lot, _q, value) in enumerate(placed):
            if value != ZERO:
                rows.append(
                    {**base, "id": uuid7(), "lot_id": lot, "layer_move_id": layer, "value": value, "seq": seq + n}
                )
    else:
        qty, value = stock_cost(tx, product_id)
        in_stock = max(min(qty, kept_qty), ZERO)
        to_stock = money(amount * in_stock / line_qty) if line_qty > ZERO else ZERO
        if to_stock < ZERO:
            to_stock = max(to_stock, -max(value, ZERO))
        if to_stock != ZERO:
            rows.append({**base, "id": uuid7(), "lot_id": None, "layer_move_id": None, "value": to_stock, "seq": seq})
    if to_stock != ZERO:
        add_stock_value(tx, product_id, to_stock)
    insert_rows(tx, cast(Table, StockRevaluation.__table__), rows)
    return Revalued(in_stock, to_stock, amount - to_stock)


def _fifo(
    tx: Session, product_id: uuid.UUID, receipt_line_id: uuid.UUID, line_qty: Decimal, amount: Decimal
) -> list[tuple[uuid.UUID, uuid.UUID | None, Decimal, Decimal]]:
    """(layer, lot, qty left, value placed) for the receipt line's layers still in stock."""
    internal = select(Location.id).where(Location.kind == LocationKind.BIN.value)
    move_ids = set(
        tx.scalars(
            select(StockMove.id).where(
                StockMove.product_id == product_id,
                StockMove.doc_line_id == receipt_line_id,
                StockMove.to_location_id.in_(internal),
            )
        )
    )
    book = LayerBook.of(tx)
    layers = [l for l in book.layers(product_id) if l.move_id in move_ids and l.qty_left > ZERO]
    in_stock = sum((l.qty_left for l in layers), ZERO)
    if not layers or line_qty <= ZERO:
        return []
    total = money(amount * in_stock / line_qty)
    placed: list[tuple[uuid.UUID, uuid.UUID | None, Decimal, Decimal]] = []
    left = total
    for n, layer in enumerate(layers):
        part = left if n == len(layers) - 1 else money(total * layer.qty_left / in_stock)
        if part < ZERO:
            part = max(part, -max(layer.value_left, ZERO))
        left -= part
        book.raise_layer(product_id, layer.move_id, part)
        placed.append((layer.move_id, layer.lot_id, layer.qty_left, part))
    book.write()
    return placed
