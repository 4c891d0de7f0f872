"""多单位: stock said as a shop says it ("3 箱 5 瓶"), the one function every stock report uses
(``masterdata.in_units``; the on-hand report in ``inventory.queries`` calls it per row)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from erp_desktop.services.masterdata.units import in_units


@pytest.mark.parametrize(
    ("qty", "base", "units", "expected"),
    [
        # a case of 24 bottles
        (D("77.000"), "瓶", [("箱", D("24.000000"))], "3 箱 5 瓶"),
        (D("72"), "瓶", [("箱", D(24))], "3 箱"),
        (D("5"), "瓶", [("箱", D(24))], "5 瓶"),
        (D("0"), "瓶", [("箱", D(24))], "0 瓶"),
        (D("240"), "瓶", [("箱", D(24))], "10 箱"),
        # a pack of 10 beside a case of 24: largest first, whatever the order given
        (D("11"), "个", [("包", D(10)), ("箱", D(24))], "1 包 1 个"),
        (D("59"), "个", [("包", D(10)), ("箱", D(24))], "2 箱 1 包 1 个"),
        (D("100"), "个", [("包", D(10))], "10 包"),
        # decimals: a quantity with places, a factor with places
        (D("77.5"), "瓶", [("箱", D(24))], "3 箱 5.5 瓶"),
        (D("7.5"), "kg", [("袋", D("2.5"))], "3 袋"),
        (D("8"), "kg", [("袋", D("2.5"))], "3 袋 0.5 kg"),
        (D("0.250"), "kg", [("袋", D("2.5"))], "0.25 kg"),
        # a unit smaller than the base unit never splits the stock
        (D("3"), "kg", [("两", D("0.05"))], "3 kg"),
        # a product with no other units: the base quantity as it is
        (D("77"), "瓶", [], "77 瓶"),
        (D("2.500"), "瓶", [], "2.5 瓶"),
        # negative stock keeps its sign in front
        (D("-30"), "瓶", [("箱", D(24))], "-1 箱 6 瓶"),
    ],
)
def test_in_units(qty, base, units, expected):
    assert in_units(qty, base, units) == expected


def test_the_parts_add_up_to_the_quantity():
    factors = {"箱": D(24), "包": D(6)}
    for n in range(0, 200):
        text = in_units(D(n) / 2, "瓶", list(factors.items()))
        parts = text.split()
        total = sum(D(q) * factors.get(u, D(1)) for q, u in zip(parts[::2], parts[1::2]))
        assert total == D(n) / 2, text
