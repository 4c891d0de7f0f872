"""Money and quantities round-trip exactly through the database (SQLite stores scaled integers)."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from erp_desktop.models.catalog import Product
from erp_desktop.models.stock import ProductCost
from tests.support import factories


def test_exact_roundtrip(uow):
    with uow.write() as tx:
        p = factories.product(tx, price="0.1", cost="0.2")
        tx.add(
            ProductCost(
                product_id=p.id,
                qty=Decimal("1234567.891"),
                value=Decimal("999999999999.99"),
                avg_cost=Decimal("0.333333"),
            )
        )
        pid = p.id
    with uow.read() as tx:
        p = tx.get(Product, pid)
        assert p.sale_price + p.purchase_price == Decimal("0.3")
        cost = tx.get(ProductCost, pid)
        assert cost.qty == Decimal("1234567.891")
        assert cost.value == Decimal("999999999999.99")
        assert cost.avg_cost == Decimal("0.333333")


def test_sum_keeps_exactness(uow):
    with uow.write() as tx:
        for _ in range(10):
            factories.product(tx, price="0.1")
    with uow.read() as tx:
        total = tx.scalar(select(func.sum(Product.sale_price)))
    assert total == Decimal("1.0")


def test_extra_places_refused_not_rounded(uow):
    with pytest.raises(Exception, match="decimal places"):
        with uow.write() as tx:
            factories.product(tx, price="0.1234567")


def test_float_refused(uow):
    with pytest.raises(Exception, match="Decimal"):
        with uow.write() as tx:
            tx.add(Product(code="F", name="float", sale_price=0.1))
            tx.flush()
