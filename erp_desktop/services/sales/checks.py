"""``verify`` checks for sales: every posted delivery and return has its stock moves, its open
item and its journal entry; the order and delivery lines' tracking quantities equal the sums
of the documents written against them. ``services.system.verify`` runs ``CHECKS``."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.finance import JournalEntry, OpenItem
from erp_desktop.models.sales import SalesDelivery, SalesDeliveryLine, SalesOrderLine, SalesReturn, SalesReturnLine
from erp_desktop.models.stock import StockMove
from erp_desktop.services.ledger.checks import Check


def check_sales_documents(tx: Session) -> Check:
    details: list[str] = []
    for model, doc_type, _line_model, parent in (
        (SalesDelivery, "DN", SalesDeliveryLine, SalesDeliveryLine.delivery_id),
        (SalesReturn, "SR", SalesReturnLine, SalesReturnLine.return_id),
    ):
        lines = dict(tx.execute(select(parent, func.count()).group_by(parent)).all())
        moves = dict(
            tx.execute(
                select(
                    StockMove.doc_id, func.count(StockMove.doc_line_id.distinct())
                )  # a line split over lots: a move per lot
                .where(StockMove.doc_type == doc_type)
                .group_by(StockMove.doc_id)
            ).all()
        )
        entries = set(tx.scalars(select(JournalEntry.doc_id).where(JournalEntry.doc_type == doc_type)))
        items = dict(tx.execute(select(OpenItem.doc_id, OpenItem.amount).where(OpenItem.doc_type == doc_type)).all())
        for doc_id, number, gross in tx.execute(select(model.id, model.number, model.gross_total)):
            if moves.get(doc_id, 0) != lines.get(doc_id, 0):
                details.append(f"{number}: {lines.get(doc_id, 0)} lines, {moves.get(doc_id, 0)} stock moves")
            if doc_id not in entries:
                details.append(f"{number}: no journal entry")
            expected = gross if doc_type == "DN" else -gross
            if gross and items.get(doc_id) != expected:
                details.append(f"{number}: receivable {items.get(doc_id)}, document {expected}")
    delivered = {
        k: v
        for k, v in tx.execute(
            select(SalesDeliveryLine.order_line_id, func.sum(SalesDeliveryLine.qty))
            .where(SalesDeliveryLine.order_line_id.is_not(None))
            .group_by(SalesDeliveryLine.order_line_id)
        )
    }
    returned_by_dl = {
        k: v
        for k, v in tx.execute(
            select(SalesReturnLine.delivery_line_id, func.sum(SalesReturnLine.qty)).group_by(
                SalesReturnLine.delivery_line_id
            )
        )
    }
    # a 红冲 (reversal) undoes a delivery: its lines count against what was delivered, not as returned
    reversed_by_ol = {
        k: v
        for k, v in tx.execute(
            select(SalesDeliveryLine.order_line_id, func.sum(SalesReturnLine.qty))
            .join(SalesReturn, SalesReturn.id == SalesReturnLine.return_id)
            .join(SalesDeliveryLine, SalesDeliveryLine.id == SalesReturnLine.delivery_line_id)
            .where(SalesReturn.state == "reversal", SalesDeliveryLine.order_line_id.is_not(None))
            .group_by(SalesDeliveryLine.order_line_id)
        )
    }
    for ol_id, qty in reversed_by_ol.items():
        delivered[ol_id] = delivered.get(ol_id, 0) - qty
    returned_by_ol: dict = {ol_id: -qty for ol_id, qty in reversed_by_ol.items()}
    for dl_id, ol_id, dl_returned in tx.execute(
        select(SalesDeliveryLine.id, SalesDeliveryLine.order_line_id, SalesDeliveryLine.returned_qty)
    ):
        if returned_by_dl.get(dl_id, 0) != dl_returned:
            details.append(
                f"delivery line {dl_id}: returned {dl_returned}, return lines {returned_by_dl.get(dl_id, 0)}"
            )
        if ol_id is not None:
            returned_by_ol[ol_id] = returned_by_ol.get(ol_id, 0) + returned_by_dl.get(dl_id, 0)
    for line in tx.scalars(
        select(SalesOrderLine).where((SalesOrderLine.delivered_qty != 0) | (SalesOrderLine.returned_qty != 0))
    ):
        if delivered.get(line.id, 0) != line.delivered_qty or returned_by_ol.get(line.id, 0) != line.returned_qty:
            details.append(
                f"order line {line.id}: delivered {line.delivered_qty} / returned {line.returned_qty}, documents "
                f"{delivered.get(line.id, 0)} / {returned_by_ol.get(line.id, 0)}"
            )
    return Check(tr("Sales documents have their moves, receivables and entries"), not details, tuple(details[:20]))


CHECKS = [check_sales_documents]
