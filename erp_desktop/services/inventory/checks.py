"""Inventory's invariants for ``erp-desktop verify``: every posted stock document has one move per
line, and the moves' values add up to the document's total."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erp_desktop.i18n import tr
from erp_desktop.models.base import sum_of
from erp_desktop.models.inventory_docs import DocState, StockDoc, StockDocLine
from erp_desktop.models.stock import StockMove
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
        select(StockDoc.number, StockDoc.total_value, lines.c.n, moved.c.n, moved.c.v)
        .join(lines, lines.c.doc_id == StockDoc.id)
        .outerjoin(moved, moved.c.doc_id == StockDoc.id)
        .where(StockDoc.state == DocState.POSTED.value)
    ).all()
    details = []
    for number, total, n_lines, n_moves, value in rows:
        if n_moves != n_lines or value != total:
            details.append(f"{number}: {n_lines} lines, {n_moves or 0} moves, total {total}, moves {value}")
    return Check(tr("Posted stock documents have their moves"), not details, tuple(details[:20]))


CHECKS = [check_stock_docs]
