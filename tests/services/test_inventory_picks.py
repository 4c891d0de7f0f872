"""Stock-aware picks: the bins that hold the product, split when one is not enough, capped."""

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.models.warehouse import BinStatus, Location
from erp_desktop.services import inventory
from erp_desktop.services.inventory import LineInput
from tests.support import factories

D = Decimal
ON = date(2026, 3, 10)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        p1 = factories.product(tx, "TEA", cost="6")
        p2 = factories.product(tx, "CUP", cost="2")
        w1, (a1, a2, a3) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02", "A-03"))
        w2, (b1,) = factories.warehouse(tx, "SHOP", bins=("B-01",))
        ids = dict(p1=p1.id, p2=p2.id, w1=w1.id, w2=w2.id, a1=a1.id, a2=a2.id, a3=a3.id, b1=b1.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        warehouse_id=ids["w1"],
        lines=[
            LineInput(ids["p1"], D("5"), D("6"), to_location_id=ids["a2"]),
            LineInput(ids["p1"], D("8"), D("6"), to_location_id=ids["a3"]),
        ],
    )
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        warehouse_id=ids["w2"],
        lines=[LineInput(ids["p1"], D("40"), D("6"), to_location_id=ids["b1"])],
    )
    return ids


def picks(proposal):
    return [(p.location_id, p.qty) for p in proposal.picks]


def test_one_bin_that_holds_it_all(uow, shop):
    (proposal,) = inventory.propose_picks(uow, shop["w1"], [(shop["p1"], D("7"))])
    assert picks(proposal) == [(shop["a3"], D("7"))]  # A-03 holds 8; A-01 (empty) is never proposed
    assert proposal.in_warehouse == D("13")  # this warehouse only, not the 40 in SHOP
    assert proposal.short == D("0")


def test_split_across_bins_and_capped_at_what_is_there(uow, shop):
    (proposal,) = inventory.propose_picks(uow, shop["w1"], [(shop["p1"], D("20"))])
    assert picks(proposal) == [(shop["a3"], D("8")), (shop["a2"], D("5"))]
    assert proposal.picked == D("13")
    assert proposal.short == D("7")


def test_lines_of_one_product_share_the_stock(uow, shop):
    first, second = inventory.propose_picks(uow, shop["w1"], [(shop["p1"], D("6")), (shop["p1"], D("6"))])
    assert picks(first) == [(shop["a3"], D("6"))]
    assert picks(second) == [(shop["a2"], D("5")), (shop["a3"], D("1"))]


def test_nothing_in_stock_proposes_nothing(uow, shop):
    (proposal,) = inventory.propose_picks(uow, shop["w1"], [(shop["p2"], D("3"))])
    assert proposal.picks == ()
    assert proposal.short == D("3")


def test_frozen_bins_are_not_proposed_and_bin_stock_lists_quantities(uow, shop):
    with uow.write() as tx:
        tx.get(Location, shop["a3"]).status = BinStatus.FROZEN.value
    (proposal,) = inventory.propose_picks(uow, shop["w1"], [(shop["p1"], D("7"))])
    assert picks(proposal) == [(shop["a2"], D("5"))]
    stock = inventory.bin_stock(uow, shop["w1"], [shop["p1"], shop["p2"]])
    assert [(b.code, b.qty) for b in stock[shop["p1"]]] == [("A-02", D("5"))]
    assert stock[shop["p2"]] == []
    assert stock[shop["p1"]][0].label == "A-02 (5)"
