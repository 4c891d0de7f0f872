"""Property: random sequences of receipts, issues, transfers, reversals and counts keep
balance = Σ moves, stock value = Σ move values = the 1405 account, never go negative under
"forbid", and verify passes."""

import shutil
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from erp_desktop.errors import InsufficientStock
from erp_desktop.models.stock import ProductCost, StockBalance
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

D = Decimal
ON = date(2026, 8, 1)

quantity = st.decimals(min_value=D("0.001"), max_value=D("50"), places=3)
cost = st.decimals(min_value=D("0"), max_value=D("99.999999"), places=6)
step = st.one_of(
    st.tuples(st.just("receipt"), st.integers(0, 2), st.integers(0, 2), quantity, st.one_of(st.none(), cost)),
    st.tuples(st.just("issue"), st.integers(0, 2), st.integers(0, 2), quantity, st.none()),
    st.tuples(
        st.just("transfer"), st.integers(0, 2), st.tuples(st.integers(0, 2), st.integers(0, 2)), quantity, st.none()
    ),
    st.tuples(
        st.just("count"),
        st.integers(0, 2),
        st.integers(0, 2),
        st.decimals(min_value=D("0"), max_value=D("40"), places=3),
        st.none(),
    ),
    st.tuples(st.just("reverse"), st.integers(0, 50), st.just(0), st.just(D(1)), st.none()),
)


_TEMPLATE: list = []


def _template(tmp_path_factory):
    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        shop = open_shop(path)
        shop.engine.dispose()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_random_stock_documents_keep_the_books(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("prop") / "shop.sqlite3"
    shutil.copyfile(_template(tmp_path_factory), path)  # a migrated empty shop: no migration per example
    uow = open_shop(path)
    try:
        with uow.write() as tx:
            products = [factories.product(tx, cost=c).id for c in ("6", "0.35", "0")]
            _w, bins = factories.warehouse(tx, bins=("A", "B", "C"))
            bins = [b.id for b in bins]
        posted: list = []
        for kind, p, where, q, c in steps:
            product = products[p % len(products)]
            try:
                if kind == "receipt":
                    posted.append(
                        inventory.create_and_post(
                            uow,
                            kind="receipt",
                            reason="other",
                            on=ON,
                            lines=[LineInput(product, q, c, to_location_id=bins[where])],
                        ).id
                    )
                elif kind == "issue":
                    posted.append(
                        inventory.create_and_post(
                            uow,
                            kind="issue",
                            reason="damage",
                            on=ON,
                            lines=[LineInput(product, q, from_location_id=bins[where])],
                        ).id
                    )
                elif kind == "transfer":
                    src, dst = where
                    if src == dst:
                        continue
                    posted.append(
                        inventory.create_and_post(
                            uow,
                            kind="transfer",
                            on=ON,
                            lines=[LineInput(product, q, from_location_id=bins[src], to_location_id=bins[dst])],
                        ).id
                    )
                elif kind == "count":
                    count = stock_counts.create_count(uow, warehouse_id=_w.id, on=ON, bin_ids=[bins[where]])
                    stock_counts.set_counted(uow, count.id, product, bins[where], q)
                    stock_counts.post_count(uow, count.id)
                elif kind == "reverse" and posted:
                    doc = posted[p % len(posted)]
                    inventory.reverse_stock_doc(uow, doc)
            except InsufficientStock:
                pass  # refused as a whole under "forbid"
            except Exception as exc:  # an already-reversed document is refused too
                from erp_desktop.errors import InvalidTransition

                if not isinstance(exc, InvalidTransition):
                    raise
        with uow.read() as tx:
            assert all(b.qty >= 0 for b in tx.scalars(select(StockBalance)))
            assert all(c.qty >= 0 and c.value >= 0 and c.avg_cost >= 0 for c in tx.scalars(select(ProductCost)))
        checks = verify.run_checks(uow)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    finally:
        uow.engine.dispose()
