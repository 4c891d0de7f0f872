"""Online mode: PCs working straight on the PostgreSQL database. Two clients race for the last
unit under "forbid" 100 times — exactly one wins each time; two clients receiving into a bin that
has no balance row yet both succeed."""

from __future__ import annotations

import threading
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.ledger.stock import on_hand
from erp_desktop.services.system.setup import open_shop
from erp_desktop.storage import engine as db
from erp_desktop.storage.uow import UnitOfWork
from tests.support import factories as f

from .helpers import assert_verified, issue, receive


def _race(clients, action):
    barrier = threading.Barrier(len(clients))
    results = [None] * len(clients)

    def run(i):
        barrier.wait()
        try:
            action(clients[i])
            results[i] = "ok"
        except InsufficientStock:
            results[i] = "refused"
        except Exception as exc:  # anything else is a failure of the test
            results[i] = repr(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_clients_race_for_the_last_unit_exactly_one_wins(server_url):
    shop = open_shop(server_url)  # online mode: the shop *is* the PostgreSQL database
    with shop.write() as tx:
        product = f.product(tx, "HOT").id
        _, (bin_,) = f.warehouse(tx, "WR", policy="forbid")
        bin_id = bin_.id
    clients = [UnitOfWork(db.make_engine(server_url)) for _ in range(2)]
    outcomes = []
    for _ in range(100):
        receive(shop, product, bin_id, "1")
        results = _race(clients, lambda uow: issue(uow, product, bin_id, "1"))
        outcomes.append(tuple(sorted(results)))
        with shop.read() as tx:
            assert on_hand(tx, product, bin_id) == Decimal("0.000")
    assert set(outcomes) == {("ok", "refused")}, [o for o in outcomes if o != ("ok", "refused")][:5]
    assert_verified(shop)
    for client in clients:
        client.engine.dispose()
    shop.engine.dispose()


def test_two_clients_receiving_into_a_bin_without_a_balance_row_both_succeed(server_url):
    shop = open_shop(server_url)
    with shop.write() as tx:
        _, (bin_,) = f.warehouse(tx, "WN")
        products = [f.product(tx, f"NEW{i}").id for i in range(20)]
        bin_id = bin_.id
    clients = [UnitOfWork(db.make_engine(server_url)) for _ in range(2)]
    for product in products:  # each round: a product with no balance and no cost row yet
        results = _race(clients, lambda uow, p=product: receive(uow, p, bin_id, "1"))
        assert results == ["ok", "ok"]
    with shop.read() as tx:
        assert {row.qty for row in tx.scalars(select(StockBalance).where(StockBalance.location_id == bin_id))} == {
            Decimal("2.000")
        }
    assert_verified(shop)
    for client in clients:
        client.engine.dispose()
    shop.engine.dispose()
