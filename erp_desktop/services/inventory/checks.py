"""Inventory's invariants for ``erp-desktop verify``: every posted stock document has one move per
line, and the moves' values add up to the document's total; an assembly or disassembly produced
exactly the value it consumed; a bundle (套装) delivery's component moves match the kit's bill."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.inventory_docs import KIT_KINDS, DocState, StockDoc, StockDocLine
from erp_desktop.models.kits import ProductKit, ProductKitLine
from erp_desktop.models.sales import SalesDelivery, SalesDeliveryLine
from erp_desktop.models.stock import StockMove
from erp_desktop.models.warehouse import Location, LocationKind
from erp_desktop.money import qty as qty_
from erp_desktop.services.inventory.documents import STOCK_DOC_TYPE
from erp_desktop.services.ledger.checks import Check


def check_stock_docs(tx: Session) -> Check:
    """verify: every posted stock document has one move per line whose values sum to its total."""
    moved = (
        select(
            StockMove.doc_id,
            func.count(StockMove.doc_line_id.distinct()).label("n"),  # a line split over lots has a move per lot
            sum_of(StockMove.value).label("v"),
        )
        .where(StockMove.doc_type == STOCK_DOC_TYPE)
        .group_by(StockMove.doc_id)
        .subquery()
    )
    lines = select(StockDocLine.doc_id, func.count().label("n")).group_by(StockDocLine.doc_id).subquery()
    rows = tx.execute(
        select(StockDoc.number, StockDoc.kind, StockDoc.total_value, lines.c.n, moved.c.n, moved.c.v)
        .join(lines, lines.c.doc_id == StockDoc.id)
        .outerjoin(moved, moved.c.doc_id == StockDoc.id)
        .where(StockDoc.state == DocState.POSTED.value)
    ).all()
    details = []
    for number, kind, total, n_lines, n_moves, value in rows:
        if kind in KIT_KINDS:  # consumed and produced both move: twice the value (check_kit_docs)
            total = total * 2
        if n_moves != n_lines or value != total:
            details.append(f"{number}: {n_lines} lines, {n_moves or 0} moves, total {total}, moves {value}")
    return Check(tr("Posted stock documents have their moves"), not details, tuple(details[:20]))


def check_kit_docs(tx: Session) -> Check:
    """verify: every posted assembly / disassembly produced (moves into bins) exactly the value
    it consumed (moves out of bins), and that value is the document's total."""
    bins = select(Location.id).where(Location.kind == LocationKind.BIN.value)
    kit_docs = select(StockDoc.id).where(StockDoc.kind.in_(KIT_KINDS), StockDoc.state == DocState.POSTED.value)
    rows = tx.execute(
        select(
            StockMove.doc_id,
            sum_of(case((StockMove.from_location_id.in_(bins), StockMove.value), else_=0)),
            sum_of(case((StockMove.to_location_id.in_(bins), StockMove.value), else_=0)),
        )
        .where(StockMove.doc_type == STOCK_DOC_TYPE, StockMove.doc_id.in_(kit_docs))
        .group_by(StockMove.doc_id)
    ).all()
    totals = dict(tx.execute(select(StockDoc.id, StockDoc.total_value).where(StockDoc.id.in_(kit_docs))).all())
    numbers = dict(tx.execute(select(StockDoc.id, StockDoc.number).where(StockDoc.id.in_(kit_docs))).all())
    details = []
    seen = set()
    for doc_id, consumed, produced in rows:
        seen.add(doc_id)
        if consumed != produced or consumed != totals.get(doc_id):
            details.append(
                f"{numbers.get(doc_id)}: consumed {consumed}, produced {produced}, document {totals.get(doc_id)}"
            )
    details += [f"{numbers[d]}: no moves" for d in totals if d not in seen]
    return Check(tr("Assemblies produce the value they consume"), not details, tuple(details[:20]))


def check_bundle_deliveries(tx: Session) -> Check:
    """verify: a delivery line of a bundle (套装) moved its components — for a delivery posted
    since the kit's bill last changed, exactly the bill × the line's quantity — and its cost is
    the value of those moves."""
    kits = tx.execute(select(ProductKit.id, ProductKit.product_id, ProductKit.bom_changed_at)).all()
    if not kits:
        return Check(tr("Bundle deliveries issue their components"), True, ())
    bills: dict = {}
    for kit_id, component_id, qty in tx.execute(
        select(ProductKitLine.kit_id, ProductKitLine.component_id, ProductKitLine.qty)
    ):
        bills.setdefault(kit_id, {})[component_id] = qty
    by_product = {product_id: (bills.get(kit_id, {}), changed) for kit_id, product_id, changed in kits}
    moves: dict = {}
    moved_at: dict = {}
    for line_id, product_id, qty, value, at in tx.execute(
        select(StockMove.doc_line_id, StockMove.product_id, StockMove.qty, StockMove.value, StockMove.moved_at)
        .join(SalesDeliveryLine, SalesDeliveryLine.id == StockMove.doc_line_id)
        .where(StockMove.doc_type == "DN", SalesDeliveryLine.product_id.in_(by_product))
    ):
        parts = moves.setdefault(line_id, {})
        got = parts.get(product_id, (Decimal(0), Decimal(0)))
        parts[product_id] = (got[0] + qty, got[1] + value)
        moved_at[line_id] = at
    details = []
    for line_id, number, product_id, qty, cost in tx.execute(
        select(
            SalesDeliveryLine.id,
            SalesDelivery.number,
            SalesDeliveryLine.product_id,
            SalesDeliveryLine.qty,
            SalesDeliveryLine.cost,
        )
        .join(SalesDelivery, SalesDelivery.id == SalesDeliveryLine.delivery_id)
        .where(SalesDeliveryLine.product_id.in_(by_product))
    ):
        parts = moves.get(line_id, {})
        if product_id in parts:
            continue  # delivered as the kit itself (not a bundle then, or assembled stock)
        bill, changed = by_product[product_id]
        if sum((v for _q, v in parts.values()), Decimal(0)) != cost:
            details.append(f"{number}: bundle line cost {cost}, component moves {parts}")
        elif moved_at.get(line_id) is not None and moved_at[line_id] >= changed:
            expected = {component: qty_(per_kit * qty) for component, per_kit in bill.items()}
            if {component: q for component, (q, _v) in parts.items()} != expected:
                details.append(f"{number}: bundle components moved do not match the bill")
    return Check(tr("Bundle deliveries issue their components"), not details, tuple(details[:20]))


def check_kit_doc_lots(tx: Session) -> Check:
    """verify: every line of a posted assembly / disassembly moved exactly its quantity, and a
    line of a lot- or serial-tracked product moved it lot by lot (every move names a lot of
    that product), so stock per lot and per serial follows the kit documents too."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.stock import StockLot

    kit_docs = select(StockDoc.id).where(StockDoc.kind.in_(KIT_KINDS), StockDoc.state == DocState.POSTED.value)
    lines = {
        line_id: (number, seq, qty, bool(lot_tracked or serial_tracked))
        for line_id, number, seq, qty, lot_tracked, serial_tracked in tx.execute(
            select(
                StockDocLine.id,
                StockDoc.number,
                StockDocLine.seq,
                StockDocLine.qty,
                Product.lot_tracked,
                Product.serial_tracked,
            )
            .join(StockDoc, StockDoc.id == StockDocLine.doc_id)
            .join(Product, Product.id == StockDocLine.product_id)
            .where(StockDocLine.doc_id.in_(kit_docs))
        )
    }
    moved: dict = {}
    unlotted: set = set()
    for line_id, qty, lot, lot_product, product in tx.execute(
        select(StockMove.doc_line_id, StockMove.qty, StockMove.lot_id, StockLot.product_id, StockMove.product_id)
        .outerjoin(StockLot, StockLot.id == StockMove.lot_id)
        .where(StockMove.doc_type == STOCK_DOC_TYPE, StockMove.doc_id.in_(kit_docs))
    ):
        moved[line_id] = moved.get(line_id, Decimal(0)) + qty
        if line_id in lines and lines[line_id][3] and (lot is None or lot_product != product):
            unlotted.add(line_id)
    details = []
    for line_id, (number, seq, qty, _tracked) in sorted(lines.items(), key=lambda item: item[1][:2]):
        if moved.get(line_id, Decimal(0)) != qty:
            details.append(f"{number} line {seq}: quantity {qty}, moved {moved.get(line_id, Decimal(0))}")
        if line_id in unlotted:
            details.append(f"{number} line {seq}: a tracked product moved without its lot")
    return Check(tr("Assemblies move their lots and serials line by line"), not details, tuple(details[:20]))


CHECKS = [check_stock_docs, check_kit_docs, check_kit_doc_lots, check_bundle_deliveries]
