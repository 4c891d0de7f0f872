"""FIFO cost layers (先进先出), used by ``stock.post_moves`` for products whose costing method is
``fifo``.

Every move of a FIFO product from outside into a bin (a receipt, a customer return at the cost it
left with, a count gain, an opening) opens a layer: its quantity and value. Every move from a bin to
outside (a delivery, an issue, a counter ticket, a return to supplier, a count loss) takes its
quantity from the oldest layers first — ordered by date, then posting time, then the move's order
in its document — and is valued at exactly what it took: a whole layer's remaining value, or
``value_left × taken / qty_left`` rounded half-up to the cent for a part (so Σ ``value_left``
always equals the product's stock value). A lot-tracked product's move takes from its lot's layers
only. Transfers between bins change no layer. Stock issued beyond every layer (only where the
warehouse allows negative stock) is valued at the last unit cost and held as a negative layer that
the next receipt absorbs.

A landed cost raises the layers of its receipt lines that are still (partly) in stock
(``raise_layer``). The layers are derived: ``rebuild_layers`` replays the product's moves and
revaluations after a sync merge, and ``verify`` checks them against ``product_cost`` and the lots.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, delete, select
from sqlalchemy.orm import Session

from erp_desktop.models.costing import CostLayer
from erp_desktop.money import ZERO, money
from erp_desktop.storage.fastsql import PreparedIn
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.txcache import tx_cache

_T = cast(Table, CostLayer.__table__)
_FIELDS = ("move_id", "product_id", "lot_id", "on", "moved_at", "seq", "doc_type", "doc_number", "qty_in", "value_in")
_COLUMNS = (*_FIELDS, "qty_left", "value_left")


def _layers_query(ids: Any) -> Select[Any]:
    return select(*(_T.c[name] for name in _COLUMNS)).where(_T.c.product_id.in_(ids))


_LAYERS = PreparedIn(_layers_query, _layers_query(bindparam("in0", expanding=True)), [_T.c.product_id])


class Layer:
    """One ``cost_layer`` row held by the transaction."""

    __slots__ = (*_FIELDS, "qty_left", "value_left", "stored", "dirty")

    def __init__(
        self,
        *,
        move_id: uuid.UUID,
        product_id: uuid.UUID,
        lot_id: uuid.UUID | None,
        on: date,
        moved_at: datetime,
        seq: int,
        doc_type: str,
        doc_number: str,
        qty_in: Decimal,
        value_in: Decimal,
        qty_left: Decimal,
        value_left: Decimal,
        stored: bool = True,
    ) -> None:
        self.move_id, self.product_id, self.lot_id = move_id, product_id, lot_id
        self.on, self.moved_at, self.seq = on, moved_at, seq
        self.doc_type, self.doc_number = doc_type, doc_number
        self.qty_in, self.value_in = qty_in, value_in
        self.qty_left, self.value_left = qty_left, value_left
        self.stored, self.dirty = stored, False

    @property
    def key(self) -> tuple[date, datetime, int, str]:
        return (self.on, self.moved_at, self.seq, str(self.move_id))

    def row(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in (*_FIELDS, "qty_left", "value_left")}


class LayerBook:
    """The FIFO layers of the products one transaction touches, loaded once per product."""

    def __init__(self, tx: Session) -> None:
        self.tx = tx
        self.by_product: dict[uuid.UUID, list[Layer]] = {}

    @classmethod
    def of(cls, tx: Session) -> LayerBook:
        held = tx_cache(tx, "cost_layers")  # written only by ``LayerBook.write``
        book = held.get("book")
        if book is None:
            book = held["book"] = cls(tx)
        return cast(LayerBook, book)

    def load(self, product_ids: Iterable[uuid.UUID]) -> None:
        """Read the layers of the products not held yet, in one query (locked off SQLite)."""
        missing = [p for p in set(product_ids) if p not in self.by_product]
        if not missing:
            return
        for product_id in missing:
            self.by_product[product_id] = []
        for row in _LAYERS.rows(self.tx, missing, lock=True):
            self.by_product[row[1]].append(Layer(**dict(zip(_COLUMNS, row))))
        for product_id in missing:
            self.by_product[product_id].sort(key=lambda layer: layer.key)

    def layers(self, product_id: uuid.UUID) -> list[Layer]:
        found = self.by_product.get(product_id)
        if found is None:
            self.load([product_id])
            found = self.by_product[product_id]
        return found

    def receive(
        self,
        *,
        move_id: uuid.UUID,
        product_id: uuid.UUID,
        lot_id: uuid.UUID | None,
        on: date,
        moved_at: datetime,
        seq: int,
        doc_type: str,
        doc_number: str,
        qty: Decimal,
        value: Decimal,
    ) -> None:
        """Open a layer for an incoming move (absorbing a negative layer of the same lot first)."""
        layers = self.layers(product_id)
        layer = Layer(
            move_id=move_id,
            product_id=product_id,
            lot_id=lot_id,
            on=on,
            moved_at=moved_at,
            seq=seq,
            doc_type=doc_type,
            doc_number=doc_number,
            qty_in=qty,
            value_in=value,
            qty_left=qty,
            value_left=value,
            stored=False,
        )
        for short in layers:
            if short.qty_left < ZERO and short.lot_id == lot_id:
                layer.qty_left += short.qty_left
                layer.value_left += short.value_left
                short.qty_left, short.value_left, short.dirty = ZERO, ZERO, True
        layer.dirty = True
        keys = [existing.key for existing in layers]
        layers.insert(bisect.bisect_right(keys, layer.key), layer)

    def issue(self, product_id: uuid.UUID, lot_id: uuid.UUID | None, qty: Decimal, fallback: Decimal) -> Decimal:
        """Take ``qty`` from the oldest layers (of ``lot_id`` when given); returns its value."""
        layers = self.layers(product_id)
        value, wanted, last_unit = ZERO, qty, fallback
        for layer in layers:
            if wanted <= ZERO:
                break
            if layer.qty_left <= ZERO or (lot_id is not None and layer.lot_id != lot_id):
                continue
            last_unit = layer.value_left / layer.qty_left
            if wanted >= layer.qty_left:
                take_qty, take_value = layer.qty_left, layer.value_left
            else:
                take_qty, take_value = wanted, money(layer.value_left * wanted / layer.qty_left)
            layer.qty_left -= take_qty
            layer.value_left -= take_value
            layer.dirty = True
            value += take_value
            wanted -= take_qty
        if wanted > ZERO:  # beyond every layer (negative stock allowed): a negative layer
            short_value = money(wanted * last_unit)
            shorts = [l for l in layers if l.qty_left < ZERO and l.lot_id == lot_id]
            if shorts:
                shorts[-1].qty_left -= wanted
                shorts[-1].value_left -= short_value
                shorts[-1].dirty = True
            else:
                self._negative(product_id, lot_id, wanted, short_value, layers)
            value += short_value
        return value

    def _negative(
        self, product_id: uuid.UUID, lot_id: uuid.UUID | None, qty: Decimal, value: Decimal, layers: list[Layer]
    ) -> None:
        from erp_desktop.models.base import utcnow, uuid7

        now = utcnow()
        layer = Layer(
            move_id=uuid7(),
            product_id=product_id,
            lot_id=lot_id,
            on=date.min,
            moved_at=now,
            seq=0,
            doc_type="",
            doc_number="",
            qty_in=ZERO,
            value_in=ZERO,
            qty_left=-qty,
            value_left=-value,
            stored=False,
        )
        layer.dirty = True
        layers.insert(0, layer)

    def raise_layer(self, product_id: uuid.UUID, move_id: uuid.UUID, value: Decimal) -> None:
        for layer in self.layers(product_id):
            if layer.move_id == move_id:
                layer.value_left += value
                layer.dirty = True
                return
        raise KeyError(move_id)

    def write(self) -> None:
        """Store the layers changed since the last write (one executemany per kind)."""
        new: list[dict[str, Any]] = []
        old: list[dict[str, Any]] = []
        for layers in self.by_product.values():
            for layer in layers:
                if not layer.dirty:
                    continue
                (old if layer.stored else new).append(layer.row())
                layer.stored, layer.dirty = True, False
        insert_rows(self.tx, _T, new)
        update_rows(self.tx, _T, [{k: r[k] for k in ("move_id", "qty_left", "value_left")} for r in old], ("move_id",))


def rebuild_layers(tx: Session, product_ids: list[uuid.UUID] | None) -> None:
    """Replay the moves and revaluations of the FIFO products among ``product_ids`` into fresh
    layers; the value the replay cannot place exactly (moves posted in another order on another PC)
    goes on the newest remaining layer, so Σ value_left = the product's stock value."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.costing import StockRevaluation
    from erp_desktop.models.stock import StockMove
    from erp_desktop.models.warehouse import Location, LocationKind

    if product_ids is not None and not product_ids:
        return
    if product_ids is None:  # every product
        fifo = list(tx.scalars(select(Product.id).where(Product.costing_method == "fifo")))
        tx.execute(delete(_T))
    else:
        fifo = list(tx.scalars(select(Product.id).where(Product.id.in_(product_ids), Product.costing_method == "fifo")))
        tx.execute(delete(_T).where(_T.c.product_id.in_(product_ids)))
    tx_cache(tx, "cost_layers").clear()
    if not fifo:
        return
    internal = set(tx.scalars(select(Location.id).where(Location.kind == LocationKind.BIN.value)))
    book = LayerBook.of(tx)
    for product_id in fifo:
        book.by_product[product_id] = []
        events: list[tuple[tuple[Any, ...], str, Any]] = []
        for move in tx.execute(select(StockMove.__table__).where(StockMove.product_id == product_id)):
            events.append(((move.on, move.moved_at, move.seq, 0), "move", move))
        for reval in tx.execute(select(StockRevaluation.__table__).where(StockRevaluation.product_id == product_id)):
            events.append(((reval.on, reval.moved_at, reval.seq, 1), "reval", reval))
        events.sort(key=lambda e: (e[0][1], e[0][3], e[0][2]))  # posting order
        total = ZERO
        for _key, kind, row in events:
            if kind == "reval":
                total += row.value
                try:
                    book.raise_layer(product_id, row.layer_move_id, row.value)
                except KeyError:
                    pass  # placed by the final adjustment
                continue
            inside_to, inside_from = row.to_location_id in internal, row.from_location_id in internal
            if inside_to and not inside_from:
                total += row.value
                book.receive(
                    move_id=row.id,
                    product_id=product_id,
                    lot_id=row.lot_id,
                    on=row.on,
                    moved_at=row.moved_at,
                    seq=row.seq,
                    doc_type=row.doc_type,
                    doc_number=row.doc_number,
                    qty=row.qty,
                    value=row.value,
                )
            elif inside_from and not inside_to:
                total -= row.value
                book.issue(product_id, row.lot_id, row.qty, row.unit_cost)
        layers = book.by_product[product_id]
        placed = sum((layer.value_left for layer in layers), ZERO)
        if placed != total:
            target = next((l for l in reversed(layers) if l.qty_left > ZERO), layers[-1] if layers else None)
            if target is not None:
                target.value_left += total - placed
                target.dirty = True
    book.write()
