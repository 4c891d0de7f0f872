"""Serial numbers (序列号) on the read side: one search finds a serial's whole history — the
supplier and date it came in, the customer and date it went out, returns, and the warranty's
end (the product's ``warranty_days`` from the last delivery).

A serial is a ``stock_lot`` of a serial-tracked product; the same number may exist for two
different products (two makers), so a search returns one history per product."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Supplier
from erp_desktop.models.stock import StockLot
from erp_desktop.models.warehouse import LocationKind
from erp_desktop.money import ZERO
from erp_desktop.storage.uow import UnitOfWork

from .lots import bin_labels, lot_moves, party_names


@dataclass(frozen=True)
class SerialEvent:
    on: date
    kind: str  # in (received), out (delivered), back (returned by the customer), return (to the supplier), move, adjust
    doc_type: str
    doc_number: str
    party_name: str
    where: str


@dataclass(frozen=True)
class SerialHistory:
    lot_id: uuid.UUID
    product_id: uuid.UUID
    product_code: str
    product_name: str
    number: str
    supplier_name: str
    received_on: date | None
    customer_name: str  # who has it now ("" while in stock)
    delivered_on: date | None
    warranty_end: date | None
    in_stock: Decimal
    where: str  # the bin holding it
    events: tuple[SerialEvent, ...]


_KINDS = {
    (LocationKind.BIN.value, LocationKind.CUSTOMER.value): "out",
    (LocationKind.CUSTOMER.value, LocationKind.BIN.value): "back",
    (LocationKind.BIN.value, LocationKind.SUPPLIER.value): "return",
    (LocationKind.BIN.value, LocationKind.BIN.value): "move",
}


def serial_history(uow: UnitOfWork, number: str) -> list[SerialHistory]:
    """Every serial-tracked product's serial ``number`` (exact, trimmed) with its history."""
    number = (number or "").strip()
    if not number:
        return []
    with uow.read() as tx:
        found = tx.execute(
            select(StockLot, Product.code, Product.name, Product.warranty_days, Supplier.name)
            .join(Product, Product.id == StockLot.product_id)
            .outerjoin(Supplier, Supplier.id == StockLot.supplier_id)
            .where(StockLot.number == number, Product.serial_tracked.is_(True))
            .order_by(Product.code)
        ).all()
        out = []
        for lot, code, name, warranty_days, supplier in found:
            moves = lot_moves(tx, lot.id)
            parties = party_names(tx, {(m.doc_type, m.doc_id) for m in moves})
            labels = bin_labels(tx, {m.from_location_id for m in moves} | {m.to_location_id for m in moves})
            events, stock = [], ZERO
            held_at: dict[uuid.UUID, Decimal] = {}
            customer, delivered = "", None
            for m in moves:
                src, dst = m[7], m[8]
                if src == LocationKind.BIN.value:
                    stock -= m.qty
                    held_at[m.from_location_id] = held_at.get(m.from_location_id, ZERO) - m.qty
                if dst == LocationKind.BIN.value:
                    stock += m.qty
                    held_at[m.to_location_id] = held_at.get(m.to_location_id, ZERO) + m.qty
                kind = _KINDS.get((src, dst))
                if kind is None:
                    kind = "in" if dst == LocationKind.BIN.value else "adjust"
                party = parties.get((m.doc_type, m.doc_id), "")
                where = labels.get(m.to_location_id if dst == LocationKind.BIN.value else m.from_location_id, "")
                events.append(SerialEvent(m.on, kind, m.doc_type, m.doc_number, party, where))
                if kind == "out":
                    customer, delivered = party, m.on
                elif kind == "back":
                    customer, delivered = "", None
            warranty = delivered + timedelta(days=warranty_days) if delivered and warranty_days else None
            here = [labels.get(loc, "") for loc, q in held_at.items() if q > ZERO]
            out.append(
                SerialHistory(
                    lot.id,
                    lot.product_id,
                    code,
                    name,
                    lot.number,
                    supplier or "",
                    lot.received_on,
                    customer,
                    delivered,
                    warranty,
                    stock,
                    ", ".join(here),
                    tuple(events),
                )
            )
        return out
