"""Stock moves obey a closed period like journal entries do."""

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.errors import PeriodClosed
from erp_desktop.models.finance import ClosedPeriod
from erp_desktop.models.warehouse import VirtualLocation
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from tests.support import factories


def test_no_stock_move_into_a_closed_month(uow):
    with uow.write() as tx:
        product = factories.product(tx)
        _, (bin_,) = factories.warehouse(tx)
        tx.add(ClosedPeriod(year=2026, month=10))
    with pytest.raises(PeriodClosed):
        with uow.write() as tx:
            post_moves(
                tx,
                [
                    MoveSpec(
                        product.id,
                        virtual_location_id(tx, VirtualLocation.OPENING),
                        bin_.id,
                        Decimal(1),
                        unit_cost=Decimal(1),
                    )
                ],
                doc_type="T",
                doc_id=product.id,
                on=date(2026, 10, 31),
            )
    with uow.write() as tx:  # the first open day is fine
        moves = post_moves(
            tx,
            [
                MoveSpec(
                    product.id,
                    virtual_location_id(tx, VirtualLocation.OPENING),
                    bin_.id,
                    Decimal(1),
                    unit_cost=Decimal(1),
                )
            ],
            doc_type="T",
            doc_id=product.id,
            on=date(2026, 11, 1),
        )
    assert moves[0].value == Decimal("1.00")
