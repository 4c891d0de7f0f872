"""Purchasing's invariants for ``erp-desktop verify`` (``services.system.verify`` runs ``CHECKS``):
every posted receipt and return has its stock moves (quantity and value), its payable item and a
journal entry; every order line's received/returned quantities equal its receipt/return lines."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.services.ledger.checks import Check

from ...i18n import tr
from ...models.finance import JournalEntry, OpenItem
from ...models.purchasing import (
    RECEIPT_DOC_TYPE,
    RETURN_DOC_TYPE,
    PurchaseOrderLine,
    PurchaseReceipt,
    PurchaseReceiptLine,
    PurchaseReturn,
    PurchaseReturnLine,
)
from ...models.stock import StockMove
from ...money import ZERO


def _sums(tx: Session, doc_type: str) -> dict:
    moves = {
        d: (q, v)
        for d, q, v in tx.execute(
            select(StockMove.doc_id, func.sum(StockMove.qty), func.sum(StockMove.value))
            .where(StockMove.doc_type == doc_type)
            .group_by(StockMove.doc_id)
        )
    }
    items = dict(
        tx.execute(
            select(OpenItem.doc_id, func.sum(OpenItem.amount))
            .where(OpenItem.kind == "payable", OpenItem.doc_type == doc_type)
            .group_by(OpenItem.doc_id)
        ).all()
    )
    entries = set(
        tx.scalars(
            select(JournalEntry.doc_id).where(JournalEntry.doc_type == doc_type, JournalEntry.reversal_of_id.is_(None))
        )
    )
    return {"moves": moves, "items": items, "entries": entries}


def check_purchasing_documents(tx: Session) -> Check:
    details: list[str] = []
    got = _sums(tx, RECEIPT_DOC_TYPE)
    qty = dict(
        tx.execute(
            select(PurchaseReceiptLine.receipt_id, func.sum(PurchaseReceiptLine.qty)).group_by(
                PurchaseReceiptLine.receipt_id
            )
        ).all()
    )
    for r in tx.scalars(select(PurchaseReceipt)):
        move_qty, move_value = got["moves"].get(r.id, (ZERO, ZERO))
        if move_qty != qty.get(r.id, ZERO) or move_value != r.net_total:
            details.append(f"{r.number}: moves {move_qty} / {move_value}, document {qty.get(r.id)} / {r.net_total}")
        if got["items"].get(r.id, ZERO) != r.gross_total:
            details.append(f"{r.number}: payable {got['items'].get(r.id)}, document {r.gross_total}")
        if r.gross_total and r.id not in got["entries"]:
            details.append(f"{r.number}: no journal entry")
    got = _sums(tx, RETURN_DOC_TYPE)
    qty = dict(
        tx.execute(
            select(PurchaseReturnLine.return_id, func.sum(PurchaseReturnLine.qty)).group_by(
                PurchaseReturnLine.return_id
            )
        ).all()
    )
    for r in tx.scalars(select(PurchaseReturn)):
        move_qty, move_value = got["moves"].get(r.id, (ZERO, ZERO))
        if move_qty != qty.get(r.id, ZERO) or move_value != r.cost_total:
            details.append(f"{r.number}: moves {move_qty} / {move_value}, document {qty.get(r.id)} / {r.cost_total}")
        if got["items"].get(r.id, ZERO) != -r.gross_total:
            details.append(f"{r.number}: payable {got['items'].get(r.id)}, document −{r.gross_total}")
        if r.gross_total and r.id not in got["entries"]:
            details.append(f"{r.number}: no journal entry")
    received: dict = defaultdict(lambda: ZERO)
    for line_id, q in tx.execute(
        select(PurchaseReceiptLine.order_line_id, func.sum(PurchaseReceiptLine.qty)).group_by(
            PurchaseReceiptLine.order_line_id
        )
    ):
        received[line_id] = q
    returned: dict = defaultdict(lambda: ZERO)
    for line_id, q in tx.execute(
        select(PurchaseReceiptLine.order_line_id, func.sum(PurchaseReturnLine.qty))
        .join(PurchaseReturnLine, PurchaseReturnLine.receipt_line_id == PurchaseReceiptLine.id)
        .group_by(PurchaseReceiptLine.order_line_id)
    ):
        returned[line_id] = q
    # a 红冲 (reversal) undoes a receipt: its lines count against what was received, not as returned
    for line_id, q in tx.execute(
        select(PurchaseReceiptLine.order_line_id, func.sum(PurchaseReturnLine.qty))
        .join(PurchaseReturnLine, PurchaseReturnLine.receipt_line_id == PurchaseReceiptLine.id)
        .join(PurchaseReturn, PurchaseReturn.id == PurchaseReturnLine.return_id)
        .where(PurchaseReturn.state == "reversal")
        .group_by(PurchaseReceiptLine.order_line_id)
    ):
        received[line_id] -= q
        returned[line_id] -= q
    for line in tx.scalars(
        select(PurchaseOrderLine).where((PurchaseOrderLine.received_qty > 0) | (PurchaseOrderLine.returned_qty > 0))
    ):
        if line.received_qty != received[line.id] or line.returned_qty != returned[line.id]:
            details.append(
                f"order line {line.id}: received {line.received_qty}/{received[line.id]}, returned {line.returned_qty}/{returned[line.id]}"
            )
    return Check(
        tr("Purchase receipts and returns have their moves, payables and entries"), not details, tuple(details[:20])
    )


CHECKS = [check_purchasing_documents]
