"""What of a bundle (套装) is still with the customer, for a return that names its components'
serials or lots (批次 / 序列号): per component, the lots and serials its delivery line took out
less what the returns against the line brought back, first expiry first — the order a return
takes them in when none is named."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr
from erp_desktop.models.sales import SalesDeliveryLine, SalesReturnLine
from erp_desktop.models.stock import StockLot, StockMove
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.lots import LotRef, fefo_key, line_lots
from erp_desktop.storage.uow import UnitOfWork

LotsOut = dict[uuid.UUID, tuple[tuple[str, Decimal], ...]]


def bundle_lots_out(uow: UnitOfWork, delivery_line_id: uuid.UUID) -> LotsOut:
    """{component id: ((lot or serial number, qty), …)} still out on a bundle's delivery line,
    first expiry first; components moved without lots, and a line that moved its own product,
    give nothing. Raises NotFound."""
    with uow.read() as tx:
        line = tx.get(SalesDeliveryLine, delivery_line_id)
        if line is None:
            raise NotFound(tr("That delivery line no longer exists."))
        components = set(
            tx.scalars(
                select(StockMove.product_id).where(
                    StockMove.doc_type == "DN",
                    StockMove.doc_line_id == delivery_line_id,
                    StockMove.lot_id.is_not(None),
                    StockMove.product_id != line.product_id,
                )
            )
        )
        back_ids = list(tx.scalars(select(SalesReturnLine.id).where(SalesReturnLine.delivery_line_id == line.id)))
        out: LotsOut = {}
        for component in components:
            left = line_lots(tx, [delivery_line_id], component)
            for lot, back in line_lots(tx, back_ids, component).items():
                left[lot] = left.get(lot, ZERO) - back
            refs = [
                LotRef(lot.id, lot.product_id, lot.number, lot.production_date, lot.expiry_date)
                for lot in tx.scalars(select(StockLot).where(StockLot.id.in_([k for k, q in left.items() if q > ZERO])))
            ]
            if refs:
                out[component] = tuple((ref.number, left[ref.id]) for ref in sorted(refs, key=fefo_key))
        return out
