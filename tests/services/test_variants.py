"""Variants (颜色 / 尺码, issue 17): dimensions per category, a template generating one product per
combination with its own code, barcode and stock; values added later; duplicates refused with a
message naming the field and combination; withdrawn values never delete a product already moved."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import Duplicate, ValidationError
from erp_desktop.models.catalog import Product
from erp_desktop.models.variants import ProductVariant, VariantValue, values_key
from erp_desktop.services import inventory, masterdata, system
from erp_desktop.services.masterdata.checks import check_variants
from tests.support import factories as f
from tests.support.variants import clothing

ON = date(2026, 5, 4)


def _products(uow) -> int:
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(Product)) or 0


def test_a_template_generates_one_product_per_colour_and_size(uow):
    shop = clothing(uow)
    detail = masterdata.get_template(uow, shop.template)
    assert detail.dimensions == "颜色 × 尺码"
    assert len(detail.variants) == 12
    assert [v.code for v in detail.variants[:5]] == ["TS01-R-S", "TS01-R-M", "TS01-R-L", "TS01-R-XL", "TS01-B-S"]
    product = masterdata.get_product_by_code(uow, "TS01-K-XL")
    assert product is not None
    assert (product.name, product.category, product.unit) == ("T恤 黑 XL", "服装", "件")
    assert (product.sale_price, product.purchase_price) == (D("59"), D("25"))
    assert product.attributes == {"颜色": "黑", "尺码": "XL"}
    assert masterdata.template_of_product(uow, product.id) == shop.template
    # generating again makes nothing new
    again = masterdata.generate_variants(uow, shop.template)
    assert (again.created, again.kept) == ((), 12)
    assert _products(uow) == 12
    [row] = masterdata.list_templates(uow, search="T恤")
    assert (row.code, row.dimensions, row.variants, row.category) == ("TS01", "颜色 × 尺码", 12, "服装")
    assert all(c.ok for c in system.run_checks(uow)), [c for c in system.run_checks(uow) if not c.ok]


def test_a_value_added_later_generates_only_the_missing_combinations(uow):
    shop = clothing(uow)
    masterdata.add_values(uow, shop.size, "XXL")
    made = masterdata.generate_variants(uow, shop.template)
    assert sorted(v.code for v in made.created) == ["TS01-B-XXL", "TS01-K-XXL", "TS01-R-XXL"]
    assert made.kept == 12
    grid = masterdata.variant_matrix(uow, shop.template)
    assert grid.rows == ("红", "蓝", "黑")
    assert grid.columns == ("S", "M", "L", "XL", "XXL")
    assert grid.codes[1][4] == "TS01-B-XXL"


def test_codes_and_barcodes_of_the_users_own_and_a_one_dimension_template(uow):
    shop = clothing(uow, generate=False)
    plan = masterdata.plan_variants(uow, shop.template)
    assert len(plan) == 12 and all(p.product_id is None for p in plan)
    red_m = next(p for p in plan if (p.value1, p.value2) == ("红", "M"))
    assert red_m.code == "TS01-R-M"
    made = masterdata.generate_variants(
        uow, shop.template, codes={red_m.key: "TSHIRT-RED-M"}, barcodes={"TS01-B-S": "6901234567892"}
    )
    codes = {v.code: v for v in made.created}
    assert "TSHIRT-RED-M" in codes and "TS01-R-M" not in codes
    assert codes["TS01-B-S"].barcodes == "6901234567892"
    assert masterdata.find_product(uow, "6901234567892").code == "TS01-B-S"
    # a variant's code stays editable like any product's
    product = masterdata.get_product_by_code(uow, "TS01-K-L")
    masterdata.save_product(uow, product.as_input(code="TS01-BLACK-L"), product.id)
    assert "TS01-BLACK-L" in {v.code for v in masterdata.get_template(uow, shop.template).variants}

    socks = masterdata.save_template(
        uow, masterdata.TemplateInput(code="SK01", name="袜子", category_id=shop.category, dimension1_id=shop.colour)
    )
    made = masterdata.generate_variants(uow, socks.id)
    assert [v.code for v in made.created] == ["SK01-R", "SK01-B", "SK01-K"]
    grid = masterdata.variant_matrix(uow, socks.id)
    assert grid.column_title == "" and len(grid.columns) == 1


def test_duplicates_are_refused_with_a_clear_message_and_nothing_written(uow):
    shop = clothing(uow, generate=False)
    with pytest.raises(Duplicate, match="already has a dimension 颜色") as caught:
        masterdata.add_dimension(uow, shop.category, "颜色")
    assert caught.value.field == "name"
    with pytest.raises(Duplicate, match="already has the value 红"):
        masterdata.add_values(uow, shop.colour, "白:W, 红:X")
    with pytest.raises(Duplicate, match="Value code r of 玫红 is already used by 红 in dimension 颜色"):
        masterdata.add_values(uow, shop.colour, "玫红:r")
    assert [v.name for v in masterdata.get_dimension(uow, shop.colour).values] == ["红", "蓝", "黑"]  # 白 not kept
    with pytest.raises(Duplicate, match="Code TS01 is already used by template TS01 T恤"):
        masterdata.save_template(
            uow,
            masterdata.TemplateInput(code="TS01", name="另一款", category_id=shop.category, dimension1_id=shop.size),
        )
    with pytest.raises(ValidationError, match="must differ") as caught:
        masterdata.save_template(
            uow,
            masterdata.TemplateInput(
                code="X1", name="x", category_id=shop.category, dimension1_id=shop.size, dimension2_id=shop.size
            ),
        )
    assert caught.value.field == "dimension2"
    shoes = masterdata.add_category(uow, "鞋")
    with pytest.raises(ValidationError, match="Dimension 颜色 belongs to another category, not 鞋"):
        masterdata.save_template(
            uow, masterdata.TemplateInput(code="SH1", name="鞋", category_id=shoes.id, dimension1_id=shop.colour)
        )
    # a generated code taken by a plain product: the whole generation is refused, naming the variant
    with uow.write() as tx:
        f.product(tx, "TS01-B-L", name="旧蓝色 L")
    with pytest.raises(Duplicate, match=r"Variant 蓝 / L: Code TS01-B-L is already used by product TS01-B-L 旧蓝色 L"):
        masterdata.generate_variants(uow, shop.template)
    with pytest.raises(Duplicate, match="6900000000017 is also given to variant 红 / S"):
        masterdata.generate_variants(
            uow,
            shop.template,
            codes={"TS01-B-L": "TS01-BL"},
            barcodes={"TS01-R-S": "6900000000017", "TS01-R-M": "6900000000017"},
        )
    assert _products(uow) == 1
    made = masterdata.generate_variants(uow, shop.template, codes={"TS01-B-L": "TS01-BL"})
    assert len(made.created) == 12


def test_a_withdrawn_value_deletes_unused_variants_and_deactivates_moved_ones(uow):
    shop = clothing(uow)
    with uow.write() as tx:
        _, (bin_,) = f.warehouse(tx, "W1")
    red_s = shop.product(uow, "TS01-R-S")
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[inventory.LineInput(red_s, D(5), D("25"), to_location_id=bin_.id)],
    )
    done = masterdata.withdraw_value(uow, _value(uow, shop.colour, "红"))
    assert done.deactivated == ("TS01-R-S",)
    assert sorted(done.deleted) == ["TS01-R-L", "TS01-R-M", "TS01-R-XL"]
    moved = masterdata.get_product(uow, red_s)
    assert not moved.active
    assert inventory.stock_matrix(uow, shop.template).cell("红", "S") == D(5)  # its stock is still shown
    assert _products(uow) == 9
    # generating again does not bring the withdrawn colour back
    assert masterdata.generate_variants(uow, shop.template).created == ()
    # the whole template: moved variant kept (inactive), template deactivated
    done = masterdata.withdraw_template(uow, shop.template)
    assert len(done.deleted) == 8 and done.deactivated == ("TS01-R-S",)
    assert not masterdata.get_template(uow, shop.template).active
    assert all(c.ok for c in system.run_checks(uow))


def _value(uow, dimension, name) -> uuid.UUID:
    return next(v.id for v in masterdata.get_dimension(uow, dimension).values if v.name == name)


def test_a_matrix_makes_one_line_per_non_zero_cell(uow):
    shop = clothing(uow)
    grid = masterdata.variant_matrix(uow, shop.template)
    lines = masterdata.matrix_lines(grid, {(0, 1): "3", (2, 3): D("2"), (1, 0): "0", (1, 1): ""})
    assert lines == [(shop.product(uow, "TS01-R-M"), D("3.000")), (shop.product(uow, "TS01-K-XL"), D("2.000"))]
    with pytest.raises(ValidationError, match="蓝 / S: the quantity must be positive"):
        masterdata.matrix_lines(grid, {(1, 0): "-1"})
    with pytest.raises(ValidationError, match="蓝 / S: Quantity is not a number: abc"):
        masterdata.matrix_lines(grid, {(1, 0): "abc"})


def test_verify_finds_a_variant_whose_combination_is_taken_twice(uow):
    shop = clothing(uow)
    assert check_variants_ok(uow)
    with uow.write() as tx:
        red_s = tx.scalar(
            select(ProductVariant)
            .join(Product, Product.id == ProductVariant.product_id)
            .where(Product.code == "TS01-R-S")
        )
        blue = tx.scalar(select(VariantValue.id).where(VariantValue.name == "蓝"))
        # what a merge of two PCs' rows could leave: red S relabelled as blue M (taken already)
        m = tx.scalar(select(VariantValue.id).where(VariantValue.name == "M"))
        red_s.value1_id, red_s.value2_id = blue, m
        red_s.values_key = values_key(blue, m) + "x"  # the unique key itself does not collide
    with uow.read() as tx:
        check = check_variants(tx)
    assert not check.ok
    assert any("combination key is wrong" in d for d in check.details)
    assert any("2 variants for one combination" in d for d in check.details)
    assert shop.template


def check_variants_ok(uow) -> bool:
    with uow.read() as tx:
        return check_variants(tx).ok


def test_a_template_limited_to_some_values(uow):
    shop = clothing(uow, generate=False)
    colour, size = masterdata.get_dimension(uow, shop.colour), masterdata.get_dimension(uow, shop.size)
    pick = {v.name: v.id for v in colour.values + size.values}
    data = masterdata.TemplateInput(
        code="PL01",
        name="Polo",
        category_id=shop.category,
        dimension1_id=shop.colour,
        dimension2_id=shop.size,
        values=[pick["红"], pick["黑"], pick["L"]],
    )
    polo = masterdata.save_template(uow, data)
    made = masterdata.generate_variants(uow, polo.id)
    assert [v.code for v in made.created] == ["PL01-R-L", "PL01-K-L"]
    masterdata.add_values(uow, shop.size, "XXL")  # a limited template does not take new values
    assert masterdata.generate_variants(uow, polo.id).created == ()
    # saving without ``values`` keeps the limit; a limit without any size is refused
    masterdata.save_template(
        uow, masterdata.TemplateInput(**{**data.__dict__, "values": None, "name": "Polo衫"}), polo.id
    )
    assert masterdata.generate_variants(uow, polo.id).created == ()
    with pytest.raises(ValidationError, match="Choose at least one value of 尺码") as caught:
        masterdata.save_template(uow, masterdata.TemplateInput(**{**data.__dict__, "values": [pick["红"]]}), polo.id)
    assert caught.value.field == "dimension2"
