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


def bundle_order(uow, shop, kits, price, *, on):
    """A confirmed order of ``kits`` gift boxes sold as a bundle (套装) of 2 milk and 1 phone
    (``shop``: the kit tests' ids): its view."""
    from decimal import Decimal

    from erp_desktop.services import inventory, sales
    from erp_desktop.services.inventory import ComponentInput
    from tests.support import factories

    parts = [ComponentInput(shop["milk"], Decimal(2)), ComponentInput(shop["phone"], Decimal(1))]
    inventory.set_bom(uow, shop["kit"], parts, bundle=True)
    with uow.write() as tx:
        customer = factories.customer(tx).id
    line = sales.LineInput(shop["kit"], Decimal(kits), Decimal(price))
    order = sales.create_order(uow, customer_id=customer, on=on, lines=[line])
    sales.confirm_order(uow, order.id)
    return sales.get_order_view(uow, order.id)
