"""Kits (组装 / 拆卸): bills of components, assembly and disassembly documents, bundles (套装).

- ``set_bom`` saves a product's bill of components (component, quantity per kit, optionally in
  another of the component's units: 1 箱 = 24 瓶, the base quantity exact). A kit that contains
  itself, directly or through another kit, is refused naming the line. The kit and its components
  may be lot- or serial-tracked (see "Lots and serials" below).
- An assembly (组装单, ``AS-…``) is a stock document (``stock_doc``, kind ``assembly``): line 1
  is the kit going *to* a bin, the component lines come *from* a bin (the bill × the quantity).
  Posting consumes the components at their moving average (bin → @ASSEMBLY) and produces the
  kits (@ASSEMBLY → bin) at the summed value, so the kit's value is exactly what was consumed.
- A disassembly (拆卸单, ``DA-…``, kind ``dismantle``) is the reverse: line 1 the kit *from* a
  bin, components *to* a bin. The kit's value is split over the components in proportion to
  their current cost (average, else purchase price, else quantity), the rounding remainder on the
  last line, so what is produced equals what is consumed to the cent.
- No journal entry: both sides are 1405 库存商品, as for a transfer (调拨). A correction is a
  reversal (``reverse_stock_doc``): every line back at its original value.
- A bundle (``ProductKit.bundle``) is delivered as its components (see ``bundle_components``).

Lots and serials (批次 / 序列号) on a kit document, given per product (``lots``: product id →
the lots or serials entered; the kit and each component appear once on a document):
- what leaves a bin: a lot-tracked line takes the lots named, else first expiry first out; a
  serial-tracked line needs its serials, one per unit, each in stock at that bin;
- what is produced (from @ASSEMBLY): a tracked line needs its lots (with the dates a shelf life
  requires; created when new) or serials (none already in stock);
- a reversal moves back exactly the lots and serials the original moved, line by line;
- a disassembly's component with nothing entered comes back with the lots and serials the kit
  was assembled from, when each kit lot (serial) taken apart was made whole by one assembly.
Each refusal names the line and the product; nothing is written.

The kit documents are filled in ``kit_docs`` and post inside ``documents.post_stock_doc`` (same
permissions, numbering, period and negative-stock rules) through ``post_kit_doc`` here;
``checks.check_kit_docs`` verifies produced value == consumed value.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import utcnow, uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.inventory_docs import (
    NUMBER_PREFIX,
    STOCK_DOC_TYPE,
    StockDoc,
    StockDocKind,
    StockDocLine,
)
from erp_desktop.models.kits import ProductKit, ProductKitLine
from erp_desktop.models.stock import ProductCost, StockLot, StockMove
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.money import ZERO, money, price
from erp_desktop.money import qty as qty_
from erp_desktop.services.ledger.lots import LotInput, check_named, line_lots, lot_id, lot_parts, named_parts
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.masterdata.units import EnteredQty, entered_qty
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.uow import UnitOfWork, actor_of


@dataclass(frozen=True)
class ComponentInput:
    product_id: uuid.UUID
    qty: Decimal  # per kit, in ``unit``
    unit: str = ""  # 多单位: one of the component's units ("" = its base unit)


@dataclass(frozen=True)
class BomLine:
    seq: int
    component_id: uuid.UUID
    code: str
    name: str
    unit: str
    qty: Decimal  # per kit, in the component's base unit
    unit_cost: Decimal  # the component's current cost (average, else purchase price)
    cost: Decimal  # qty × unit_cost, to the cent
    unit_qty: Decimal | None = None  # per kit in ``unit`` when the line is in another unit
    base_unit: str = ""
    lot_tracked: bool = False
    serial_tracked: bool = False
    shelf_life_days: int | None = None

    @property
    def entered(self) -> Decimal:
        """The quantity per kit as the bill shows it (in ``unit``)."""
        return self.qty if self.unit_qty is None else self.unit_qty

    def shown_for(self, kits: Decimal) -> tuple[Decimal, str]:
        """The quantity for ``kits`` kits and its unit: in the line's unit when exact, else base."""
        if self.unit_qty is not None:
            in_unit = self.unit_qty * kits
            if qty_(in_unit) == in_unit:
                return in_unit, self.unit
        return self.qty * kits, self.base_unit or self.unit


@dataclass(frozen=True)
class Bom:
    kit_id: uuid.UUID
    code: str
    name: str
    unit: str
    bundle: bool
    lines: tuple[BomLine, ...]
    lot_tracked: bool = False
    serial_tracked: bool = False
    shelf_life_days: int | None = None

    @property
    def cost(self) -> Decimal:
        """What one kit costs at the components' current cost."""
        return sum((line.cost for line in self.lines), ZERO)


# --- bills of components ----------------------------------------------------------------
def set_bom(
    uow: UnitOfWork, kit_id: uuid.UUID, components: list[ComponentInput], *, bundle: bool = False, note: str = ""
) -> Bom | None:
    """Replace the bill of components of ``kit_id`` (an empty list removes its lines: the product is
    no longer a kit). Raises NotFound,
    ValidationError naming the line (unknown or inactive component, bad quantity or unit, the kit
    itself or a kit that contains it, a component listed twice)."""
    with uow.write() as tx:
        auth.require(tx, Perm.EDIT_MASTER)
        kit_product = tx.get(Product, kit_id)
        if kit_product is None:
            raise NotFound(tr("Product not found."))
        kit = tx.scalar(select(ProductKit).where(ProductKit.product_id == kit_id))
        if not components:  # the row stays (its id is the product's): only the lines go
            if kit is not None:
                for old in list(kit.lines):
                    kit.lines.remove(old)
                kit.bundle = False
                kit.bom_changed_at = utcnow()
            return None
        rows = _check_components(tx, kit_product, components)
        if kit is None:
            kit = ProductKit(id=kit_row_id(kit_id), product_id=kit_id, lines=[])
            tx.add(kit)
        else:
            for old in list(kit.lines):
                kit.lines.remove(old)
            tx.flush()
        kit.bundle = bool(bundle)
        kit.note = note or ""
        kit.bom_changed_at = utcnow()
        kit.lines.extend(
            ProductKitLine(id=uuid7(), seq=seq, component_id=product.id, qty=shown.qty, **shown.columns())
            for seq, (product, shown) in enumerate(rows, start=1)
        )
        tx.flush()
        return _bom(tx, kit_id)


KIT_NAMESPACE = uuid.UUID("5b0e5b8e-4d1c-4b7e-9a55-6b69742d6b69")


def kit_row_id(product_id: uuid.UUID) -> uuid.UUID:
    """The id of a product's kit row: the same on every PC, so two PCs that make the same product
    a kit offline write one row (last writer wins) instead of clashing on the unique product."""
    return uuid.uuid5(KIT_NAMESPACE, str(product_id))


def _check_components(tx: Session, kit: Product, components: list[ComponentInput]) -> list[tuple[Product, EnteredQty]]:
    ids = {c.product_id for c in components}
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(ids)))}
    graph = _kit_graph(tx)
    graph.pop(kit.id, None)  # the bill being replaced
    seen: set[uuid.UUID] = set()
    rows = []
    for seq, entered in enumerate(components, start=1):
        where = tr("line {n}", n=seq)
        product = products.get(entered.product_id)
        if product is None:
            raise ValidationError(tr("{where}: unknown product.", where=where), field="component", row=seq)
        if not product.active:
            raise ValidationError(
                tr("{where}: product {code} {name} is inactive.", where=where, code=product.code, name=product.name),
                field="component",
                row=seq,
            )
        quantity = entered.qty
        if quantity is None or not isinstance(quantity, Decimal) or not quantity.is_finite() or quantity <= ZERO:
            raise ValidationError(
                tr("{where}: the quantity per kit must be greater than zero.", where=where), field="qty", row=seq
            )
        if qty_(quantity) != quantity:
            raise ValidationError(
                tr("{where}: the quantity per kit has at most 3 decimals (got {qty}).", where=where, qty=quantity),
                field="qty",
                row=seq,
            )
        if product.id == kit.id:
            raise ValidationError(
                tr("{where}: kit {code} cannot contain itself.", where=where, code=kit.code),
                field="component",
                row=seq,
            )
        path = _path_to(graph, product.id, kit.id)
        if path:
            codes = dict(tx.execute(select(Product.id, Product.code).where(Product.id.in_(path))).all())
            chain = " → ".join([kit.code, *(codes.get(p, "?") for p in path)])
            raise ValidationError(
                tr(
                    "{where}: {component} contains kit {code} itself ({chain}).",
                    where=where,
                    component=product.code,
                    code=kit.code,
                    chain=chain,
                ),
                field="component",
                row=seq,
            )
        if product.id in seen:
            raise ValidationError(
                tr("{where}: {code} is already on the bill; enter it once.", where=where, code=product.code),
                field="component",
                row=seq,
            )
        shown = entered_qty(tx, product.id, quantity, entered.unit, line=seq)
        if shown.qty <= ZERO:
            raise ValidationError(
                tr("{where}: the quantity per kit must be greater than zero.", where=where), field="qty", row=seq
            )
        seen.add(product.id)
        rows.append((product, shown))
    return rows


def _kit_graph(tx: Session) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Kit product → its component products (every bill; bills are small)."""
    graph: dict[uuid.UUID, list[uuid.UUID]] = {}
    for kit_product, component in tx.execute(
        select(ProductKit.product_id, ProductKitLine.component_id).join(
            ProductKitLine, ProductKitLine.kit_id == ProductKit.id
        )
    ):
        graph.setdefault(kit_product, []).append(component)
    return graph


def _path_to(graph: dict[uuid.UUID, list[uuid.UUID]], start: uuid.UUID, target: uuid.UUID) -> list[uuid.UUID]:
    """The components from ``start`` down to ``target`` (both included), or [] if none."""
    stack: list[tuple[uuid.UUID, list[uuid.UUID]]] = [(start, [start])]
    visited: set[uuid.UUID] = set()
    while stack:
        node, path = stack.pop()
        if node == target:
            return path
        if node in visited:
            continue
        visited.add(node)
        for child in graph.get(node, ()):
            stack.append((child, [*path, child]))
    return []


def get_bom(uow: UnitOfWork, kit_id: uuid.UUID) -> Bom | None:
    """The bill of components of a product (None: it is not a kit)."""
    with uow.read() as tx:
        return _bom(tx, kit_id)


def _current_costs(tx: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Each product's current cost: its moving average while in stock, else its purchase price."""
    rows = tx.execute(
        select(Product.id, Product.purchase_price, ProductCost.qty, ProductCost.avg_cost)
        .outerjoin(ProductCost, ProductCost.product_id == Product.id)
        .where(Product.id.in_(ids))
    )
    out = {}
    for product_id, purchase, _on_hand, average in rows:
        out[product_id] = average if average else (purchase or ZERO)
    return out


def _bom(tx: Session, kit_id: uuid.UUID) -> Bom | None:
    kit = tx.scalar(select(ProductKit).where(ProductKit.product_id == kit_id))
    if kit is None or not kit.lines:
        return None
    product = tx.get(Product, kit_id)
    assert product is not None
    ids = {line.component_id for line in kit.lines}
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(ids)))} if ids else {}
    costs = _current_costs(tx, ids) if ids else {}
    lines = tuple(
        BomLine(
            line.seq,
            line.component_id,
            products[line.component_id].code,
            products[line.component_id].name,
            line.unit or products[line.component_id].unit,
            line.qty,
            costs.get(line.component_id, ZERO),
            money(line.qty * costs.get(line.component_id, ZERO)),
            line.unit_qty if line.unit else None,
            products[line.component_id].unit,
            bool(products[line.component_id].lot_tracked),
            bool(products[line.component_id].serial_tracked),
            products[line.component_id].shelf_life_days,
        )
        for line in kit.lines
    )
    return Bom(
        kit_id,
        product.code,
        product.name,
        product.unit,
        kit.bundle,
        lines,
        bool(product.lot_tracked),
        bool(product.serial_tracked),
        product.shelf_life_days,
    )


LotsByProduct = Mapping[uuid.UUID, Sequence[LotInput]]


def post_kit_doc(
    tx: Session,
    doc: StockDoc,
    acknowledged: frozenset[str],
    fixed_values: dict[int, Decimal] | None,
    lots: LotsByProduct | None = None,
) -> tuple[str, Decimal, int]:
    """Post an assembly or disassembly (caller's transaction, called by ``documents._post``):
    what goes out of bins first at its average (or, for a reversal, its original value), then
    what comes in at the value consumed, split as the module docstring says. No journal entry.
    ``lots``: the lots and serials entered, by product (see the module docstring; None: those the
    draft keeps, ``kit_lots``). Raises
    ValidationError naming the line (a serial missing or not in stock, a lot without its date,
    lots that do not add up). Returns (number, value, moves written)."""
    consumed_lines = [line for line in doc.lines if line.from_location_id is not None]
    produced_lines = [line for line in doc.lines if line.to_location_id is not None]
    if not consumed_lines or not produced_lines:
        raise ValidationError(tr("An assembly needs what it consumes and what it produces."), field="lines")
    number = next_number(tx, NUMBER_PREFIX[doc.kind], doc.on)
    if lots is None:  # posted as saved: the lots and serials the draft keeps
        from erp_desktop.services.inventory.kit_lots import draft_lots

        lots = draft_lots(doc)
    parts = _doc_lots(tx, doc, number, lots)
    doc.post(number, utcnow(), actor_of(tx).username)
    hub = virtual_location_id(tx, VirtualLocation.ASSEMBLY)
    fixed = fixed_values or {}
    out_moves = post_moves(
        tx,
        [
            MoveSpec(
                line.product_id,
                line.from_location_id,
                hub,
                line.qty,
                value=fixed.get(line.seq),
                doc_line_id=line.id,
                lots=parts.get(line.seq, ()),
                line=line.seq,
            )
            for line in consumed_lines
            if line.from_location_id is not None
        ],
        doc_type=STOCK_DOC_TYPE,
        doc_id=doc.id,
        doc_number=number,
        on=doc.on,
        acknowledged=acknowledged,
    )
    consumed = sum((move.value for move in out_moves), ZERO)
    if fixed:
        values = [fixed.get(line.seq, ZERO) for line in produced_lines]
    else:
        values = _split(tx, consumed, produced_lines)
    in_moves = post_moves(
        tx,
        [
            MoveSpec(
                line.product_id,
                hub,
                line.to_location_id,
                line.qty,
                value=value,
                doc_line_id=line.id,
                lots=parts.get(line.seq, ()),
                line=line.seq,
            )
            for line, value in zip(produced_lines, values)
            if line.to_location_id is not None
        ],
        doc_type=STOCK_DOC_TYPE,
        doc_id=doc.id,
        doc_number=number,
        on=doc.on,
        acknowledged=acknowledged,
    )
    for line, move in zip([*consumed_lines, *produced_lines], [*out_moves, *in_moves]):
        line.value = move.value
        line.unit_cost = price(move.value / line.qty)
    doc.total_value = consumed
    return number, consumed, len(out_moves) + len(in_moves)


def _doc_lots(
    tx: Session, doc: StockDoc, number: str, entered: LotsByProduct
) -> dict[int, tuple[tuple[uuid.UUID, Decimal], ...]]:
    """The lots each line of a kit document moves, by line number (none: the product is not
    tracked, or a lot leaving a bin is picked first expiry first by the ledger). A reversal
    moves what its original moved. Raises ValidationError naming the line and field."""
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_({l.product_id for l in doc.lines})))}
    on_doc = {line.product_id for line in doc.lines}
    for product_id, given in entered.items():
        if given and product_id not in on_doc:
            known = tx.get(Product, product_id)
            raise ValidationError(
                tr(
                    "Lots or serials were entered for {code}, which is not on this document.",
                    code=known.code if known is not None else "?",
                ),
                field="lot",
            )
    original: dict[int, uuid.UUID] = {}
    if doc.reversal_of_id is not None:
        reversed_doc = tx.get(StockDoc, doc.reversal_of_id)
        original = {line.seq: line.id for line in reversed_doc.lines} if reversed_doc is not None else {}
    out: dict[int, tuple[tuple[uuid.UUID, Decimal], ...]] = {}
    for line in doc.lines:  # by line: a disassembly's kit (line 1) before the components traced from it
        product = products[line.product_id]
        where = tr("Line {line}, {code} {name}", line=line.seq, code=product.code, name=product.name)
        given = tuple(entered.get(line.product_id, ()))
        serial = bool(product.serial_tracked)
        if not (product.lot_tracked or serial):
            if given:
                raise ValidationError(
                    tr("{line}: the product is not lot- or serial-tracked; it takes no lot.", line=where),
                    field="lot",
                )
            continue
        if line.seq in original:  # a reversal: the very lots and serials of the original line
            moved = line_lots(tx, [original[line.seq]], line.product_id)
            out[line.seq] = tuple((lot, qty) for lot, qty in moved.items() if qty > ZERO)
            continue
        leaving = line.from_location_id is not None
        if not given and not leaving and doc.kind == StockDocKind.DISASSEMBLY.value:
            traced = _traced(tx, doc, out, line)
            if traced:  # the very lots and serials the kits were assembled from
                check_named(tx, product.id, traced, line.qty, where=where, serial=serial, arriving=True)
                out[line.seq] = traced
                continue
        if not given:
            if serial:
                raise ValidationError(
                    tr("{line}: scan the serial number of each of its {qty} units.", line=where, qty=line.qty),
                    field="serial",
                )
            if leaving:
                continue  # first expiry first out, by the ledger
            raise ValidationError(
                tr("{line}: enter the lot number (and its date) of what is produced.", line=where), field="lot"
            )
        if leaving:
            parts = named_parts(tx, product.id, given, line=line.seq)
        else:
            parts = lot_parts(
                tx,
                product.id,
                _known_dates(tx, product.id, given),
                qty=line.qty,
                line=line.seq,
                doc_type=STOCK_DOC_TYPE,
                doc_id=doc.id,
                doc_number=number,
                on=doc.on,
            )
        tx.flush()
        check_named(
            tx,
            product.id,
            parts,
            line.qty,
            where=where,
            serial=serial,
            leaving=line.from_location_id,
            arriving=not leaving,
        )
        out[line.seq] = parts
    return out


def _traced(
    tx: Session, doc: StockDoc, chosen: dict[int, tuple[tuple[uuid.UUID, Decimal], ...]], line: StockDocLine
) -> tuple[tuple[uuid.UUID, Decimal], ...]:
    """A disassembly's component coming back with nothing entered: when every kit lot (serial)
    taken apart was produced whole by one assembly — that assembly made exactly that lot's
    quantity — the component's lots and serials that assembly consumed; else () (then they must
    be entered)."""
    kit_line = next((l for l in doc.lines if l.from_location_id is not None), None)
    if kit_line is None or not chosen.get(kit_line.seq):
        return ()
    hub = virtual_location_id(tx, VirtualLocation.ASSEMBLY)
    found: dict[uuid.UUID, Decimal] = {}
    for kit_lot, taken in chosen[kit_line.seq]:
        made = tx.execute(
            select(StockMove.doc_id, StockMove.qty, StockDocLine.qty)
            .join(StockDocLine, StockDocLine.id == StockMove.doc_line_id)
            .join(StockDoc, StockDoc.id == StockMove.doc_id)
            .where(
                StockMove.doc_type == STOCK_DOC_TYPE,
                StockMove.lot_id == kit_lot,
                StockMove.from_location_id == hub,
                StockDoc.kind == StockDocKind.ASSEMBLY.value,
                StockDoc.reversed_by_id.is_(None),
            )
        ).all()
        if len(made) != 1 or not (made[0][1] == made[0][2] == taken):
            return ()
        for lot, qty in tx.execute(
            select(StockMove.lot_id, StockMove.qty).where(
                StockMove.doc_type == STOCK_DOC_TYPE,
                StockMove.doc_id == made[0][0],
                StockMove.product_id == line.product_id,
                StockMove.to_location_id == hub,
            )
        ):
            if lot is None:
                return ()
            found[lot] = found.get(lot, ZERO) + qty
    if sum(found.values(), ZERO) != line.qty:
        return ()
    return tuple(found.items())


def _known_dates(tx: Session, product_id: uuid.UUID, given: tuple[LotInput, ...]) -> tuple[LotInput, ...]:
    """Lots coming back (a disassembly) that are already known keep their dates: a lot typed
    without them is the lot the shop has, not a new one missing its date."""
    out = []
    for entered in given:
        if entered.production_date is None and entered.expiry_date is None and entered.number.strip():
            known = tx.get(StockLot, lot_id(product_id, entered.number))
            if known is not None:
                entered = replace(entered, production_date=known.production_date, expiry_date=known.expiry_date)
        out.append(entered)
    return tuple(out)


def _split(tx: Session, total: Decimal, lines: list[StockDocLine]) -> list[Decimal]:
    """``total`` over ``lines`` in proportion to each line's current cost × quantity (by
    quantity when none has a cost); the last line takes the rounding remainder."""
    if len(lines) == 1:
        return [total]
    costs = _current_costs(tx, {line.product_id for line in lines})
    weights = [line.qty * costs.get(line.product_id, ZERO) for line in lines]
    if sum(weights, ZERO) <= ZERO:
        weights = [line.qty for line in lines]
    whole = sum(weights, ZERO)
    values = [money(total * weight / whole) for weight in weights[:-1]]
    values.append(total - sum(values, ZERO))
    if values[-1] < ZERO:  # rounding pushed past the total: trim from the largest shares
        values = [money(total * weight / whole) for weight in weights]
        values[-1] = total - sum(values[:-1], ZERO)
    return values
