"""批次 / 序列号 at the counter: which lots and serials a ticket line takes out (and a return
brings back), kept out of the ticket's hot path — a line of an untracked product never comes here.

A lot-tracked line names no lots: the ledger takes them first expiry first out (an expired lot asks
first, or is refused by the shop's setting, as a delivery does). A serial-tracked line carries its
serials, scanned one per unit: each in stock at the counter's bin, none twice on the ticket. A
bundle (套装) line carries its serial components' serials; its lot components leave FEFO. The lots
and serials live on the ticket's stock moves (``stock_move.lot_id``), so sync carries them and the
serial history shows the ticket; the printout reads them back from there.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.catalog import Product
from erp_desktop.models.counter import CounterTicketLine
from erp_desktop.models.stock import LotBalance, StockLot, StockMove
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.bundles import component_lots, issue_specs
from erp_desktop.services.ledger.lots import LotInput, check_named, line_lots, named_parts, returning_parts
from erp_desktop.services.ledger.stock import MoveSpec

if TYPE_CHECKING:
    from erp_desktop.services.counter.tickets import PricedLine


def _label(tx: Session, product_id: uuid.UUID, line: int) -> str:
    product = tx.get_one(Product, product_id)
    return tr("Line {line}, {code} {name}", line=line, code=product.code, name=product.name)


def line_specs(
    tx: Session,
    bundles: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]],
    line: PricedLine,
    seq: int,
    source: uuid.UUID,
    target: uuid.UUID,
    line_id: uuid.UUID,
) -> list[MoveSpec]:
    """The moves of a ticket line that names lots or serials, or is a bundle. Raises
    ValidationError naming the line (a serial not in stock at the bin, entered twice, fewer
    serials than units, lots for an untracked product)."""
    if line.product_id in bundles:
        if line.lots:
            raise ValidationError(
                tr("A bundle (套装) takes the lots and serials of its components, not of the kit itself."), field="lot"
            )
        entered: dict[uuid.UUID, list[LotInput]] = {}
        for component, given in line.component_lots:
            entered.setdefault(component, []).extend(given)
        chosen = component_lots(tx, bundles, line.product_id, line.qty, entered, line=seq, source=source)
        return issue_specs(bundles, line.product_id, line.qty, source, target, line_id, chosen, seq)
    if line.component_lots:
        raise ValidationError(
            tr("{line}: the product is not a bundle; it has no components.", line=_label(tx, line.product_id, seq)),
            field="lot",
        )
    parts = named_parts(tx, line.product_id, line.lots, line=seq)
    product = tx.get_one(Product, line.product_id)
    if product.serial_tracked:
        check_named(
            tx,
            line.product_id,
            parts,
            line.qty,
            where=_label(tx, line.product_id, seq),
            serial=True,
            leaving=source,
        )
    return [MoveSpec(line.product_id, source, target, line.qty, doc_line_id=line_id, lots=parts, line=seq)]


def check_serials_once(tx: Session, specs: Sequence[MoveSpec]) -> None:
    """A serial is on a ticket once: refused when two lines (or a line and a bundle's component)
    name the same one. Raises ValidationError."""
    serial = {
        pid
        for pid in tx.scalars(
            select(Product.id).where(
                Product.id.in_({s.product_id for s in specs if s.lots}), Product.serial_tracked.is_(True)
            )
        )
    }
    seen: dict[uuid.UUID, int] = {}
    for n, spec in enumerate(specs, start=1):
        if spec.product_id not in serial:
            continue
        for lot, _qty in spec.lots:
            line = spec.line or n
            if lot in seen:
                number = tx.get_one(StockLot, lot).number
                raise ValidationError(
                    tr(
                        "Line {line}: serial {serial} is on the ticket twice (also line {other}).",
                        line=line,
                        serial=number,
                        other=seen[lot],
                    ),
                    field="serial",
                )
            seen[lot] = line


# --- returns ----------------------------------------------------------------------------------
def back_lots(
    tx: Session, source: CounterTicketLine, entered: Any, earlier: list[uuid.UUID], quantity: Decimal
) -> tuple[tuple[uuid.UUID, Decimal], ...]:
    """The lots (serials) coming back on a return of ``quantity`` of ticket line ``source``:
    those named (each must have left on that line and not come back yet), else those it sold."""
    lots = tuple(getattr(entered, "lots", ()) or ())
    return returning_parts(tx, source.product_id, source.id, earlier, quantity, lots, line=source.seq + 1)


def bundle_back_specs(
    tx: Session,
    parts: list[tuple[uuid.UUID, Decimal, Decimal]],
    source: CounterTicketLine,
    entered: Any,
    earlier: list[uuid.UUID],
    from_location: uuid.UUID,
    line_id: uuid.UUID,
) -> list[MoveSpec]:
    """A bundle's components coming back, with the lots and serials they took out (or those named)."""
    asked: dict[uuid.UUID, list[LotInput]] = {}
    for component, given in getattr(entered, "component_lots", ()) or ():
        asked.setdefault(component, []).extend(given)
    return [
        MoveSpec(
            component,
            from_location,
            source.location_id,
            q,
            value=v,
            doc_line_id=line_id,
            lots=returning_parts(
                tx, component, source.id, earlier, q, tuple(asked.get(component, ())), line=source.seq + 1
            ),
            line=source.seq + 1,
        )
        for component, q, v in parts
    ]


# --- the read side: a ticket's lots, a serial scanned ---------------------------------------------
def _qty_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def ticket_lots(tx: Session, line_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    """Per ticket line, its lots as printed: a serial by its number, a lot as "L-01 ×3"."""
    if not line_ids:
        return {}
    out: dict[uuid.UUID, list[str]] = {}
    rows = tx.execute(
        select(StockMove.doc_line_id, StockLot.number, Product.serial_tracked, StockMove.qty)
        .join(StockLot, StockLot.id == StockMove.lot_id)
        .join(Product, Product.id == StockMove.product_id)
        .where(StockMove.doc_line_id.in_(list(line_ids)))
        .order_by(StockMove.seq)
    ).all()
    sums: dict[tuple[uuid.UUID, str, bool], Decimal] = {}
    for line_id, number, serial, qty in rows:
        if line_id is not None:
            key = (line_id, number, bool(serial))
            sums[key] = sums.get(key, ZERO) + qty
    for (line_id, number, serial), qty in sums.items():
        out.setdefault(line_id, []).append(number if serial else f"{number} ×{_qty_text(qty)}")
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class SerialHit:
    product_id: uuid.UUID
    serial: str


def serial_scan(tx: Session, text: str) -> SerialHit | None:
    """The serial-tracked product whose serial ``text`` is (None: no such serial). Raises NotFound
    when the serial exists but is not in stock (sold, or never received here)."""
    found = tx.execute(
        select(StockLot.id, StockLot.product_id, Product.code, Product.name)
        .join(Product, Product.id == StockLot.product_id)
        .where(StockLot.number == text, Product.serial_tracked.is_(True), Product.active.is_(True))
    ).all()
    if not found:
        return None
    for lot, product_id, _code, _name in found:
        held = sum((q for q in tx.scalars(select(LotBalance.qty).where(LotBalance.lot_id == lot))), ZERO)
        if held > ZERO:
            return SerialHit(product_id, text)
    _lot, _pid, code, name = found[0]
    raise NotFound(tr("Serial {serial} of {code} {name} is not in stock.", serial=text, code=code, name=name))


@dataclass(frozen=True)
class SerialOnTicket:
    """Where a serial is on a sold ticket: its line, and the component when the line is a bundle."""

    line_id: uuid.UUID
    product_id: uuid.UUID
    serial: str
    component_id: uuid.UUID | None = None


def serial_on_ticket_tx(tx: Session, ticket_id: uuid.UUID, number: str, serial: str) -> SerialOnTicket:
    """The line of ticket ``ticket_id`` that sold serial ``serial`` and has not taken it back.
    Raises ValidationError (not on the ticket, or back already)."""
    serial = (serial or "").strip()
    lines = {
        line.id: line for line in tx.scalars(select(CounterTicketLine).where(CounterTicketLine.ticket_id == ticket_id))
    }
    rows = tx.execute(
        select(StockMove.doc_line_id, StockMove.product_id, StockMove.lot_id)
        .join(StockLot, StockLot.id == StockMove.lot_id)
        .where(StockMove.doc_line_id.in_(list(lines)), StockLot.number == serial)
    ).all()
    for line_id, product_id, lot in rows:
        if line_id is None or lot is None:
            continue
        line = lines[line_id]
        earlier = list(tx.scalars(select(CounterTicketLine.id).where(CounterTicketLine.original_line_id == line_id)))
        if line_lots(tx, earlier, product_id).get(lot, ZERO) >= line_lots(tx, [line_id], product_id).get(lot, ZERO):
            raise ValidationError(
                tr("Serial {serial} has come back from {number} already.", serial=serial, number=number),
                field="serial",
            )
        component = product_id if product_id != line.product_id else None
        return SerialOnTicket(line_id, line.product_id, serial, component)
    raise ValidationError(
        tr("Serial {serial} is not on ticket {number}.", serial=serial, number=number), field="serial"
    )


def serial_components(tx: Session, product_id: uuid.UUID) -> tuple[tuple[uuid.UUID, str, str, Decimal], ...]:
    """A bundle's (套装) serial-tracked components: (id, code, name, per kit), in bill order (the
    counter asks their serials when the kit is scanned); () for anything else."""
    from erp_desktop.models.kits import ProductKit, ProductKitLine

    rows = tx.execute(
        select(Product.id, Product.code, Product.name, ProductKitLine.qty)
        .join(ProductKitLine, ProductKitLine.component_id == Product.id)
        .join(ProductKit, ProductKit.id == ProductKitLine.kit_id)
        .where(ProductKit.product_id == product_id, ProductKit.bundle.is_(True), Product.serial_tracked.is_(True))
        .order_by(ProductKitLine.seq)
    ).all()
    return tuple((r[0], r[1], r[2], r[3]) for r in rows)
