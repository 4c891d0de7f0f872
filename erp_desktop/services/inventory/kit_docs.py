"""Assembly (组装单) and disassembly (拆卸单) documents: drafts filled from the kit's bill of
components, posted with ``documents.post_stock_doc`` (see ``kits`` for the costing rules)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.errors import NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.catalog import Product
from erp_desktop.models.inventory_docs import KIT_KINDS, STOCK_DOC_TYPE, StockDoc, StockDocKind, StockDocLine
from erp_desktop.models.kits import ProductKit
from erp_desktop.models.stock import StockLot, StockMove
from erp_desktop.models.warehouse import Warehouse
from erp_desktop.money import ZERO
from erp_desktop.money import qty as qty_
from erp_desktop.services.inventory.documents import (
    PostResult,
    StockDocLineRow,
    _default_bin,
    _new_or_draft,
    _post,
    _require_bin,
    get_stock_doc,
)
from erp_desktop.services.inventory.kit_lots import lots_json, lots_of_json
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.ledger.stock import location_refs
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.uow import UnitOfWork


def save_kit_doc(
    uow: UnitOfWork,
    doc_id: uuid.UUID | None,
    *,
    kind: str,
    on: date,
    kit_id: uuid.UUID,
    qty: Decimal,
    warehouse_id: uuid.UUID | None = None,
    from_location_id: uuid.UUID | None = None,
    to_location_id: uuid.UUID | None = None,
    note: str = "",
    version: int | None = None,
    lots: Mapping[uuid.UUID, Sequence[LotInput]] | None = None,
) -> uuid.UUID:
    """Create or replace a draft assembly (``kind`` "assembly") or disassembly ("dismantle"):
    the kit line and the component lines from the kit's bill × ``qty``. ``from_location_id`` is
    the bin what is consumed comes from, ``to_location_id`` the bin what is produced goes to
    (either defaults to the warehouse's first active bin). ``lots``: the lots and serials entered,
    by product, kept with the lines until the draft posts (``kit_lots``). Raises
    ValidationError, NotFound, InvalidTransition, ConcurrencyError."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        doc = _new_or_draft(tx, doc_id, version)
        _fill_kit_doc(tx, doc, kind, on, kit_id, qty, warehouse_id, from_location_id, to_location_id, note)
        _keep_lots(tx, doc, lots or {})
        return doc.id


def _keep_lots(tx: Session, doc: StockDoc, lots: Mapping[uuid.UUID, Sequence[LotInput]]) -> None:
    """Put the lots entered on the draft's lines of their products. Raises ValidationError."""
    given = {product_id: entered for product_id, entered in lots.items() if entered}
    on_doc = {line.product_id for line in doc.lines}
    for product_id in given.keys() - on_doc:
        raise ValidationError(
            tr(
                "Lots or serials were entered for {code}, which is not on this document.",
                code=_code(tx, product_id),
            ),
            field="lot",
        )
    for line in doc.lines:
        entered = given.get(line.product_id)
        if entered:
            where = tr("Line {line}, {code}", line=line.seq, code=_code(tx, line.product_id))
            line.lots = lots_json(entered, where=where)


def create_and_post_kit_doc(
    uow: UnitOfWork,
    *,
    kind: str,
    on: date,
    kit_id: uuid.UUID,
    qty: Decimal,
    warehouse_id: uuid.UUID | None = None,
    from_location_id: uuid.UUID | None = None,
    to_location_id: uuid.UUID | None = None,
    note: str = "",
    acknowledged: frozenset[str] = frozenset(),
    lots: Mapping[uuid.UUID, Sequence[LotInput]] | None = None,
) -> PostResult:
    """Create an assembly or disassembly and post it at once (command line, a new form): one
    transaction, nothing written on error (a shortage raises InsufficientStock). ``lots``: the
    lots and serials entered, by product (the kit's and the components'; see ``kits``)."""
    with uow.write() as tx:
        auth.require(tx, Perm.STOCK)
        auth.require(tx, Perm.POST)
        doc = _new_or_draft(tx, None, None)
        _fill_kit_doc(tx, doc, kind, on, kit_id, qty, warehouse_id, from_location_id, to_location_id, note)
        tx.flush()
        return _post(tx, doc, acknowledged, lots=lots)


def _fill_kit_doc(
    tx: Session,
    doc: StockDoc,
    kind: str,
    on: date,
    kit_id: uuid.UUID,
    qty: Decimal,
    warehouse_id: uuid.UUID | None,
    from_location_id: uuid.UUID | None,
    to_location_id: uuid.UUID | None,
    note: str,
) -> None:
    if kind not in KIT_KINDS:
        raise ValidationError(tr("Unknown stock document type {kind}.", kind=kind), field="kind")
    if on is None:
        raise ValidationError(tr("Enter the document date."), field="on")
    kit = tx.scalar(select(ProductKit).where(ProductKit.product_id == kit_id)) if kit_id else None
    product = tx.get(Product, kit_id) if kit_id else None
    if product is None:
        raise ValidationError(tr("Choose the kit."), field="kit")
    if kit is None or not kit.lines:
        raise ValidationError(
            tr(
                "{code} {name} has no bill of components; enter its components first.",
                code=product.code,
                name=product.name,
            ),
            field="kit",
        )
    if not isinstance(qty, Decimal) or not qty.is_finite() or qty <= ZERO or qty_(qty) != qty:
        raise ValidationError(
            tr("The number of kits must be greater than zero with at most 3 decimals (got {qty}).", qty=qty),
            field="qty",
        )
    warehouse = tx.get(Warehouse, warehouse_id) if warehouse_id is not None else None
    if warehouse_id is not None and warehouse is None:
        raise ValidationError(tr("Unknown warehouse."), field="warehouse")
    default_bin = _default_bin(tx, warehouse) if warehouse is not None else None
    source = from_location_id or default_bin
    target = to_location_id or default_bin
    if source is None:
        raise ValidationError(tr("Choose the bin the stock comes from."), field="from_location")
    if target is None:
        raise ValidationError(tr("Choose the bin the stock goes to."), field="to_location")
    locations = location_refs(tx, {source, target})
    _require_bin(locations, source, tr("From bin"))
    _require_bin(locations, target, tr("To bin"))
    if warehouse_id is None:
        warehouse_id = locations[target].warehouse_id
    assembly = kind == StockDocKind.ASSEMBLY.value
    lines = [
        StockDocLine(
            id=uuid7(),
            seq=1,
            product_id=kit_id,
            qty=qty,
            from_location_id=None if assembly else source,
            to_location_id=target if assembly else None,
            value=ZERO,
        )
    ]
    for seq, part in enumerate(kit.lines, start=2):
        base = part.qty * qty
        if qty_(base) != base:
            raise ValidationError(
                tr(
                    "{where}: {qty} kits need {base} of component {code}, more than 3 decimals.",
                    where=tr("line {n}", n=seq),
                    qty=qty,
                    base=base,
                    code=_code(tx, part.component_id),
                ),
                field="qty",
                row=seq,
            )
        # a component defined per 箱 shows in 箱 when the kits make a whole number of 3 places of it
        in_unit = part.unit_qty * qty if part.unit and part.unit_qty is not None else None
        shown = {"unit": part.unit, "unit_qty": in_unit, "unit_factor": part.unit_factor}
        if in_unit is None or qty_(in_unit) != in_unit:
            shown = {"unit": "", "unit_qty": None, "unit_factor": Decimal(1)}
        lines.append(
            StockDocLine(
                id=uuid7(),
                seq=seq,
                product_id=part.component_id,
                qty=base,
                from_location_id=source if assembly else None,
                to_location_id=None if assembly else target,
                value=ZERO,
                **shown,
            )
        )
    doc.kind, doc.reason, doc.on, doc.warehouse_id, doc.note = kind, "", on, warehouse_id, note or ""
    if doc in tx:
        for old in list(doc.lines):
            doc.lines.remove(old)
        tx.flush()
    else:
        tx.add(doc)
    doc.lines.extend(lines)


@dataclass(frozen=True)
class KitDocView:
    """An assembly or disassembly as its form and printout show it."""

    id: uuid.UUID
    number: str
    kind: str
    state: str
    on: date
    version: int
    warehouse_id: uuid.UUID | None
    kit_id: uuid.UUID
    kit_code: str
    kit_name: str
    kit_unit: str
    qty: Decimal
    from_location_id: uuid.UUID | None
    to_location_id: uuid.UUID | None
    total_value: Decimal
    note: str
    reversal_of_id: uuid.UUID | None
    reversed_by_id: uuid.UUID | None
    lines: tuple[StockDocLineRow, ...]  # the components (line 1, the kit, is apart)
    kit_line_id: uuid.UUID | None = None
    # posted: the lots / serials each line moved (line id → (number, qty) in move order)
    lots: Mapping[uuid.UUID, tuple[tuple[str, Decimal], ...]] = field(default_factory=dict)
    # a draft: the lots / serials entered and saved with it, by product (what posting it takes)
    entered_lots: Mapping[uuid.UUID, tuple[LotInput, ...]] = field(default_factory=dict)

    @property
    def kit_lots(self) -> tuple[tuple[str, Decimal], ...]:
        return self.lots.get(self.kit_line_id, ()) if self.kit_line_id is not None else ()


def moved_lots(tx: Session, doc_type: str, doc_id: uuid.UUID) -> dict[uuid.UUID, tuple[tuple[str, Decimal], ...]]:
    """The lots and serials a posted document's lines moved: line id → (number, qty), in the
    order the moves were written (a number met twice on a line summed)."""
    found: dict[uuid.UUID, dict[str, Decimal]] = {}
    for line_id, number, quantity in tx.execute(
        select(StockMove.doc_line_id, StockLot.number, StockMove.qty)
        .join(StockLot, StockLot.id == StockMove.lot_id)
        .where(StockMove.doc_type == doc_type, StockMove.doc_id == doc_id)
        .order_by(StockMove.moved_at, StockMove.seq)
    ):
        if line_id is not None:
            per_line = found.setdefault(line_id, {})
            per_line[number] = per_line.get(number, ZERO) + quantity
    return {line: tuple(numbers.items()) for line, numbers in found.items()}


def get_kit_doc(uow: UnitOfWork, doc_id: uuid.UUID) -> KitDocView:
    """The kit document with its kit (line 1) and components apart. Raises NotFound."""
    detail = get_stock_doc(uow, doc_id)
    if detail.doc.kind not in KIT_KINDS or not detail.lines:
        raise NotFound(tr("Assembly not found."))
    kit_line, *parts = detail.lines
    entered: dict[uuid.UUID, tuple[LotInput, ...]] = {}
    with uow.read() as tx:
        lots = moved_lots(tx, STOCK_DOC_TYPE, doc_id) if detail.doc.state == "posted" else {}
        if detail.doc.state == "draft":
            for product_id, data in tx.execute(
                select(StockDocLine.product_id, StockDocLine.lots).where(
                    StockDocLine.doc_id == doc_id, StockDocLine.lots.is_not(None)
                )
            ):
                entered[product_id] = lots_of_json(data)
    consumed = next((line.from_location_id for line in detail.lines if line.from_location_id), None)
    produced = next((line.to_location_id for line in detail.lines if line.to_location_id), None)
    return KitDocView(
        detail.doc.id,
        detail.doc.number,
        detail.doc.kind,
        detail.doc.state,
        detail.doc.on,
        detail.version,
        detail.warehouse_id,
        kit_line.product_id,
        kit_line.product_code,
        kit_line.product_name,
        kit_line.unit,
        kit_line.qty,
        consumed,
        produced,
        detail.doc.total_value,
        detail.doc.note,
        detail.doc.reversal_of_id,
        detail.doc.reversed_by_id,
        tuple(parts),
        kit_line.id,
        lots,
        entered,
    )


def _code(tx: Session, product_id: uuid.UUID) -> str:
    product = tx.get(Product, product_id)
    return product.code if product is not None else "?"
