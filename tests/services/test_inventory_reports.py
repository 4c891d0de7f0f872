"""Stock reports: on hand by bin/warehouse/category, movement history, valuation residue, slow-moving, low stock."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from erp_desktop.models.stock import ProductCost
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory import queries as reports
from erp_desktop.services.inventory.documents import LineInput
from tests.support import factories

D = Decimal
ON = date(2026, 5, 1)


@pytest.fixture
def shop(uow):
    return _make_shop(uow)


def _make_shop(uow):
    with uow.write() as tx:
        from erp_desktop.models.catalog import Category

        cat = Category(name="Drinks", path="Drinks")
        tx.add(cat)
        tx.flush()
        tea = factories.product(
            tx, "TEA", name="Green tea", cost="1", category_id=cat.id, reorder_point="20", reorder_qty="50"
        )
        cup = factories.product(tx, "CUP", name="Cup", cost="2", reorder_point="1")
        w1, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        w2, (b1,) = factories.warehouse(tx, "SHOP", bins=("B-01",))
        ids = dict(tea=tea.id, cup=cup.id, w1=w1.id, w2=w2.id, a1=a1.id, a2=a2.id, b1=b1.id, cat=cat.id)
    # 3 tea at 1/3 each: value 1.00, average 0.333333 — rounding residue to place
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("3"), D("0.333333"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("10"), D("2"), to_location_id=ids["a2"]),
        ],
    )
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="other",
        on=ON,
        lines=[LineInput(ids["tea"], D("0.001"), D("10"), to_location_id=ids["a1"])],
    )
    inventory.create_and_post(
        uow,
        kind="transfer",
        on=date(2026, 5, 2),
        lines=[
            LineInput(ids["tea"], D("1"), from_location_id=ids["a1"], to_location_id=ids["b1"]),
            LineInput(ids["tea"], D("1"), from_location_id=ids["a1"], to_location_id=ids["a2"]),
        ],
    )
    inventory.create_and_post(
        uow,
        kind="issue",
        reason="damage",
        on=date(2026, 5, 3),
        lines=[LineInput(ids["cup"], D("4"), from_location_id=ids["a2"])],
    )
    return ids


def test_valuation_total_equals_product_costs_exactly(uow, shop):
    _check_valuation(uow, shop)


def test_valuation_on_postgresql(pg_uow):
    """The report reads raw rows (UUIDs as objects there, hex text on SQLite)."""
    _check_valuation(pg_uow, _make_shop(pg_uow))


def _check_valuation(uow, shop):
    v = reports.valuation(uow)
    with uow.read() as tx:
        expected = tx.scalar(select(func.sum(ProductCost.value)))
    assert v.total == expected == D("1.01") + D("12.00")
    assert sum(w.value for w in v.warehouses) == v.total
    assert sum(r.value for r in v.rows) == v.total
    by = {(r.product_code, r.warehouse_name): r.value for r in v.rows}
    assert by[("CUP", "Warehouse MAIN")] == D("12.00")
    assert by[("TEA", "Warehouse MAIN")] + by[("TEA", "Warehouse SHOP")] == D("1.01")
    only = reports.valuation(uow, warehouse_id=shop["w2"])
    assert [w.warehouse_name for w in only.warehouses] == ["Warehouse SHOP"]
    assert only.total == by[("TEA", "Warehouse SHOP")]


def test_on_hand_by_bin_warehouse_category(uow, shop):
    by_bin = [(r.product_code, r.warehouse_name, r.bin_code, r.qty) for r in reports.on_hand_report(uow)]
    assert by_bin == [
        ("CUP", "Warehouse MAIN", "A-02", D("6")),
        ("TEA", "Warehouse MAIN", "A-01", D("1.001")),
        ("TEA", "Warehouse MAIN", "A-02", D("1")),
        ("TEA", "Warehouse SHOP", "B-01", D("1")),
    ]
    by_wh = [(r.product_code, r.warehouse_name, r.qty) for r in reports.on_hand_report(uow, group_by="warehouse")]
    assert by_wh == [
        ("CUP", "Warehouse MAIN", D("6")),
        ("TEA", "Warehouse MAIN", D("2.001")),
        ("TEA", "Warehouse SHOP", D("1")),
    ]
    cats = [(r.category, r.warehouse_name, r.qty) for r in reports.on_hand_report(uow, group_by="category")]
    assert ("Drinks", "Warehouse MAIN", D("2.001")) in cats and ("(no category)", "Warehouse MAIN", D("6")) in cats
    assert [r.product_code for r in reports.on_hand_report(uow, category_id=shop["cat"])] == ["TEA", "TEA", "TEA"]
    assert [r.bin_code for r in reports.on_hand_report(uow, warehouse_id=shop["w2"])] == ["B-01"]
    assert [r.product_code for r in reports.on_hand_report(uow, search="cup")] == ["CUP"]


def test_movement_history_running_balance(uow, shop):
    rows = reports.movement_history(uow, shop["tea"], warehouse_id=shop["w1"])
    assert [(r.qty_in, r.qty_out, r.balance) for r in rows] == [
        (D("3"), D("0"), D("3")),
        (D("0.001"), D("0"), D("3.001")),
        (D("0"), D("1"), D("2.001")),
        (D("1"), D("1"), D("2.001")),
    ]
    assert rows[0].from_label == "Opening" and rows[0].doc_number.startswith("OR-")
    later = reports.movement_history(uow, shop["tea"], date_from=date(2026, 5, 2))
    assert [r.balance for r in later] == [D("3.001"), D("3.001")]


def test_product_stock_slow_and_low(uow, shop):
    s = reports.product_stock(uow, shop["tea"])
    assert (s.on_hand, s.reserved, s.available, s.value) == (D("3.001"), D("0"), D("3.001"), D("1.01"))
    assert [(w.warehouse_name, w.qty) for w in s.warehouses] == [
        ("Warehouse MAIN", D("2.001")),
        ("Warehouse SHOP", D("1")),
    ]
    assert reports.on_hand(uow, shop["tea"]) == D("3.001")
    assert reports.on_hand(uow, shop["tea"], shop["w2"]) == D("1")
    low = reports.low_stock(uow)
    assert [(r.product_code, r.available, r.shortfall) for r in low] == [("TEA", D("3.001"), D("16.999"))]
    slow = reports.slow_moving(uow, days=30, as_of=date(2026, 5, 20))
    assert [r.product_code for r in slow] == ["TEA"]  # CUP was issued on 05-03
    assert [r.product_code for r in reports.slow_moving(uow, days=10, as_of=date(2026, 5, 20))] == ["CUP", "TEA"]


def test_available_uses_sales_reservations_when_present(uow, shop, monkeypatch):
    monkeypatch.setattr(reports, "reserved_quantities", lambda tx, ids: {shop["tea"]: D("2")})
    s = reports.product_stock(uow, shop["tea"])
    assert (s.reserved, s.available) == (D("2"), D("1.001"))


def _check_in_units(uow, shop):
    """多单位 (units17b): CUP (6 left, 1 盒 = 4) reads "1 盒 2 个" beside its quantity in
    the valuation and low-stock reports; TEA (only its base unit) reads ""."""
    from erp_desktop.services import masterdata

    with uow.write() as tx:
        from erp_desktop.models.catalog import Product

        tx.get(Product, shop["cup"]).unit, tx.get(Product, shop["cup"]).reorder_point = "个", D(10)
        tx.get(Product, shop["cup"]).reorder_qty = D(8)
    masterdata.save_unit(uow, shop["cup"], "盒", D(4))
    by = {(r.product_code, r.warehouse_name): r.in_units for r in reports.valuation(uow).rows}
    assert by[("CUP", "Warehouse MAIN")] == "1 盒 2 个"
    assert by[("TEA", "Warehouse MAIN")] == by[("TEA", "Warehouse SHOP")] == ""
    low = {r.product_code: (r.in_units, r.reorder_in_units) for r in reports.low_stock(uow)}
    assert low == {"CUP": ("1 盒 2 个", "2 盒"), "TEA": ("", "")}


def test_valuation_and_low_stock_in_units(uow, shop):
    _check_in_units(uow, shop)


def test_valuation_and_low_stock_in_units_on_postgresql(pg_uow):
    _check_in_units(pg_uow, _make_shop(pg_uow))
