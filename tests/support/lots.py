"""Lots and serials in tests: what a posted document moved."""

from sqlalchemy import select

from erp_desktop.models.stock import StockLot, StockMove


def lot_moves(uow, number):
    """(lot or serial number, qty) of the moves of document ``number``, in the order written."""
    with uow.read() as tx:
        return [
            (n, q)
            for n, q in tx.execute(
                select(StockLot.number, StockMove.qty)
                .join(StockLot, StockLot.id == StockMove.lot_id)
                .where(StockMove.doc_number == number)
                .order_by(StockMove.moved_at, StockMove.seq)
            )
        ]
