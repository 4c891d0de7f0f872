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
    for ret in tx.scalars(select(PurchaseReturn)):
        move_qty, move_value = got["moves"].get(ret.id, (ZERO, ZERO))
        if move_qty != qty.get(ret.id, ZERO) or move_value != ret.cost_total:
            details.append(
                f"{ret.number}: moves {move_qty} / {move_value}, document {qty.get(ret.id)} / {ret.cost_total}"
            )
        if got["items"].get(ret.id, ZERO) != -ret.gross_total:
            details.append(f"{ret.number}: payable {got['items'].get(ret.id)}, document −{ret.gross_total}")
        if ret.gross_total and ret.id not in got["entries"]:
            details.append(f"{ret.number}: no journal entry")
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


def check_landed_costs(tx: Session) -> Check:
    """Every landed cost: lines sum to its net exactly, each line's to-stock + to-COGS = its amount
    (a CHECK as well), the header's parts = Σ the lines', its revaluations = Σ to-stock, one payable
    for the gross and one balanced entry (1405 to-stock + 5401 to-COGS + VAT = 2202 gross); a
    reversed one points at its reversal and back."""
    from ...models.costing import LANDED_DOC_TYPE, LandedCost, LandedCostLine, StockRevaluation
    from ...models.finance import JournalLine

    details: list[str] = []
    lines: dict = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for doc_id, amount, to_stock, to_cogs in tx.execute(
        select(
            LandedCostLine.landed_cost_id,
            func.sum(LandedCostLine.amount),
            func.sum(LandedCostLine.to_stock),
            func.sum(LandedCostLine.to_cogs),
        ).group_by(LandedCostLine.landed_cost_id)
    ):
        lines[doc_id] = [amount, to_stock, to_cogs]
    revalued = dict(
        tx.execute(
            select(StockRevaluation.doc_id, func.sum(StockRevaluation.value))
            .where(StockRevaluation.doc_type == LANDED_DOC_TYPE)
            .group_by(StockRevaluation.doc_id)
        ).all()
    )
    items = _sums(tx, LANDED_DOC_TYPE)["items"]
    booked: dict = defaultdict(lambda: defaultdict(lambda: ZERO))
    for entry_doc_id, account, debit, credit in tx.execute(
        select(JournalEntry.doc_id, JournalLine.account_code, func.sum(JournalLine.debit), func.sum(JournalLine.credit))
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .where(JournalEntry.doc_type == LANDED_DOC_TYPE)
        .group_by(JournalEntry.doc_id, JournalLine.account_code)
    ):
        booked[entry_doc_id][account] += debit - credit
    by_id = {d.id: d for d in tx.scalars(select(LandedCost))}
    for d in by_id.values():
        amount, to_stock, to_cogs = lines[d.id]
        if amount != d.net or (to_stock, to_cogs) != (d.to_stock, d.to_cogs):
            details.append(
                f"{d.number}: lines {amount} ({to_stock} + {to_cogs}), header {d.net} ({d.to_stock} + {d.to_cogs})"
            )
        if (revalued.get(d.id) or ZERO) != d.to_stock:
            details.append(f"{d.number}: revaluations {revalued.get(d.id) or ZERO}, to stock {d.to_stock}")
        if (items.get(d.id) or ZERO) != d.gross:
            details.append(f"{d.number}: payable {items.get(d.id) or ZERO}, gross {d.gross}")
        want = {"1405": d.to_stock, "5401": d.to_cogs, "22210101": d.tax, "2202": -d.gross}
        got = booked.get(d.id, {})
        if any(got.get(code, ZERO) != value for code, value in want.items()):
            details.append(f"{d.number}: journal {dict(got)} differs from the document")
        if d.state == "reversed":
            pair = by_id.get(d.reversed_by_id) if d.reversed_by_id else None
            if pair is None or pair.reversal_of_id != d.id:
                details.append(f"{d.number}: reversed without its reversal")
    return Check(tr("Landed costs have their revaluations, payables and entries"), not details, tuple(details[:20]))


CHECKS = [check_purchasing_documents, check_landed_costs]
