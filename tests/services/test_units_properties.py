"""Property (多单位): products with random other units (factors with and without decimals) and random
purchase receipts, sales deliveries, stock receipts and issues entered in any of those units keep
stock equal to what the lines say in the base unit (Σ entered × factor, computed here independently),
every line's base quantity exact, moves in the base unit, and ``verify`` passing. A quantity that
would need more than 3 decimals in the base unit is refused, nothing written."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from erp_desktop.errors import InsufficientStock, ValidationError
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.services import masterdata, purchasing, sales
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories

D = Decimal
ON = date(2026, 8, 1)
FACTORS = (D("0.5"), D("0.125"), D("2.5"), D(6), D(12), D(24))

quantity = st.decimals(min_value=D("0.001"), max_value=D("20"), places=3)
step = st.tuples(
    st.sampled_from(("buy", "sell", "stock-in", "stock-out")),
    st.integers(0, 1),  # product
    st.integers(0, 2),  # unit: 0 = base, else the product's 1st / 2nd other unit
    quantity,
)
_TEMPLATE: list = []


def _template(tmp_path_factory):
    if not _TEMPLATE:
        path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
        open_shop(path).engine.dispose()
        _TEMPLATE.append(path)
    return _TEMPLATE[0]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    factors=st.lists(st.sampled_from(FACTORS), min_size=4, max_size=4, unique=False),
    steps=st.lists(step, min_size=1, max_size=10),
)
def test_random_units_and_documents_keep_stock_equal_to_the_lines(tmp_path_factory, factors, steps):
    path = tmp_path_factory.mktemp("units") / "shop.sqlite3"
    shutil.copyfile(_template(tmp_path_factory), path)
    uow = open_shop(path)
    try:
        with uow.write() as tx:
            products = [factories.product(tx, price="9", cost="3", unit="个").id for _ in range(2)]
            supplier = factories.supplier(tx).id
            customer = factories.customer(tx).id
            _w, (bin1,) = factories.warehouse(tx, bins=("A",))
            bin_id = bin1.id
        units: dict = {}
        for i, product in enumerate(products):
            units[product] = [("", D(1))]
            for n, factor in enumerate(dict.fromkeys(factors[2 * i : 2 * i + 2])):
                name = f"U{n}"
                masterdata.save_unit(uow, product, name, factor)
                units[product].append((name, factor))
        expected = {p: D(0) for p in products}
        for kind, p, u, q in steps:
            product = products[p]
            unit, factor = units[product][u % len(units[product])]
            base = q * factor
            exact = base == base.quantize(D("0.001"))
            before = _moves(uow)
            try:
                if kind == "buy":
                    order = purchasing.create_order(
                        uow, supplier_id=supplier, on=ON, lines=[purchasing.OrderLineInput(product, q, D(3), unit=unit)]
                    )
                    purchasing.confirm_order(uow, order.id)
                    purchasing.receive_order(uow, order.id, on=ON, location_id=bin_id)
                elif kind == "sell":
                    order = sales.create_order(
                        uow, customer_id=customer, on=ON, lines=[sales.LineInput(product, q, D(9) * factor, unit=unit)]
                    )
                    sales.confirm_order(uow, order.id)
                    sales.deliver_order(uow, order.id, on=ON, location_id=bin_id)
                    base = -base
                else:
                    inventory.create_and_post(
                        uow,
                        kind="receipt" if kind == "stock-in" else "issue",
                        reason="other" if kind == "stock-in" else "damage",
                        on=ON,
                        lines=[
                            inventory.LineInput(
                                product,
                                q,
                                D("2.5") if kind == "stock-in" else None,
                                to_location_id=bin_id if kind == "stock-in" else None,
                                from_location_id=bin_id if kind == "stock-out" else None,
                                unit=unit,
                            )
                        ],
                    )
                    base = base if kind == "stock-in" else -base
                assert exact, f"{q} × {factor} was accepted"
                expected[product] += base
            except InsufficientStock:
                assert _moves(uow) == before  # refused as a whole
            except ValidationError as exc:
                assert not exact and exc.field == "qty", exc
                assert _moves(uow) == before  # nothing written
        with uow.read() as tx:
            for product in products:
                held = tx.scalar(select(func.sum(StockBalance.qty)).where(StockBalance.product_id == product))
                assert (held or D(0)) == expected[product]
        checks = verify.run_checks(uow)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    finally:
        uow.engine.dispose()


def _moves(uow) -> int:
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(StockMove)) or 0
