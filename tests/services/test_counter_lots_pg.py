"""Lots and serials at the counter on PostgreSQL (online mode): FEFO, serials sold and refused,
a bundle's component serial, a return by serial; verify clean."""

from __future__ import annotations

import pytest

from tests.services.test_counter_lots import (  # noqa: F401
    shop,
    test_a_bundle_takes_its_components_lots_fefo_and_asks_their_serials,
    test_a_lot_tracked_product_leaves_first_expiry_first_and_the_ticket_shows_its_lots,
    test_a_return_by_the_ticket_brings_back_that_serial_and_refuses_another,
    test_bad_serials_are_refused_with_nothing_written,
)


@pytest.fixture
def uow(pg_uow):
    return pg_uow
