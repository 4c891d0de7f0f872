"""Templates to and from Excel (issue 17): the export of a shop's templates imports into another
shop as the same templates, dimensions, values and 12 variants; importing it again changes
nothing; a file with bad rows lists every problem with its row and writes nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import Workbook, load_workbook

from erp_desktop.errors import ImportErrors
from erp_desktop.services import masterdata
from erp_desktop.services.system.setup import open_shop
from tests.support.variants import clothing


def test_export_then_import_into_another_shop(uow, tmp_path):
    clothing(uow)
    path = tmp_path / "templates.xlsx"
    assert masterdata.export_templates(uow, path) == 1
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert (row["Code"], row["Category"], row["Dimension 1"], row["Values 1"]) == (
        "TS01",
        "服装",
        "颜色",
        "红:R, 蓝:B, 黑:K",
    )
    assert (row["Dimension 2"], row["Values 2"], row["Variants"]) == ("尺码", "S, M, L, XL", 12)

    other = open_shop(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(ImportErrors) as caught:  # the category is not there yet
            masterdata.import_templates(other, path)
        assert caught.value.problems == [(2, "category", "Unknown category 服装.")]
        assert masterdata.import_templates(other, path, create_categories=True) == (1, 12)
        detail = masterdata.get_template_by_code(other, "TS01")
        assert detail is not None and detail.dimensions == "颜色 × 尺码" and len(detail.variants) == 12
        assert (detail.sale_price, detail.purchase_price, detail.unit) == (D("59"), D("25"), "件")
        assert masterdata.get_product_by_code(other, "TS01-K-XL").name == "T恤 黑 XL"
        assert masterdata.import_templates(other, path) == (1, 0)  # again: nothing new
    finally:
        other.engine.dispose()


def test_a_new_value_in_the_file_adds_its_variants_and_bad_rows_write_nothing(uow, tmp_path):
    shop = clothing(uow)
    book = Workbook()
    sheet = book.active
    sheet.append(["Code", "Name", "Category", "Dimension 1", "Values 1", "Dimension 2", "Values 2", "Sale price"])
    sheet.append(["TS01", "T恤", "服装", "颜色", "红:R, 蓝:B, 黑:K", "尺码", "S, M, L, XL, XXL", 59])
    sheet.append(["PL01", "Polo", "服装", "颜色", "红:R, 白:W", "尺码", "M, L", 89])
    path = tmp_path / "more.xlsx"
    book.save(path)
    assert masterdata.import_templates(uow, path) == (2, 3 + 4)  # TS01 × XXL; the polo only 红 白 × M L
    assert len(masterdata.get_template(uow, shop.template).variants) == 15
    polo = masterdata.get_template_by_code(uow, "PL01")
    assert [v.code for v in polo.variants] == ["PL01-R-M", "PL01-R-L", "PL01-W-M", "PL01-W-L"]
    grid = masterdata.variant_matrix(uow, polo.id)
    assert (grid.rows, grid.columns) == (("红", "白"), ("M", "L"))
    # the file lists the T-shirt's colours too: the polo's new 白 is not one of them
    assert masterdata.generate_variants(uow, shop.template).created == ()

    bad = Workbook()
    sheet = bad.active
    sheet.append(["Code", "Name", "Category", "Dimension 1", "Values 1", "Dimension 2", "Values 2"])
    sheet.append(["JK01", "夹克", "服装", "颜色", "红:R, 绿:G", "", ""])  # fine on its own
    sheet.append(["JK02", "夹克2", "服装", "颜色", "紫:R", "", ""])  # code R is 红's
    sheet.append(["JK03", "夹克3", "服装", "尺码", "S", "尺码", "M"])  # the same dimension twice
    path = tmp_path / "bad.xlsx"
    bad.save(path)
    with pytest.raises(ImportErrors) as caught:
        masterdata.import_templates(uow, path)
    problems = caught.value.problems
    assert [p[0] for p in problems] == [3, 4]
    assert "Value code R of 紫 is already used by 红 in dimension 颜色." in problems[0][2]
    assert "must differ" in problems[1][2]
    assert masterdata.get_template_by_code(uow, "JK01") is None  # nothing written
    assert "绿" not in [v.name for v in masterdata.get_dimension(uow, shop.colour).values]
