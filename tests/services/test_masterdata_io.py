from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from erp_desktop.errors import ImportErrors
from erp_desktop.services.masterdata import catalog, custom_fields, lookups, parties, warehouses
from erp_desktop.services.masterdata import io as masterdata_io
from erp_desktop.services.paging import ListQuery
from tests.support import factories


def _xlsx(path, header, *rows):
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _codes(uow):
    return [r.code for r in catalog.list_products(uow, ListQuery()).rows]


def test_import_products_creates_and_updates_by_code(uow, tmp_path):
    catalog.add_category(uow, "饮料")
    with uow.write() as tx:
        factories.product(tx, "OLD", name="旧名", price="5", barcode="6900000000001")
    f = _xlsx(
        tmp_path / "p.xlsx",
        ["编码", "名称", "分类", "规格", "条码", "售价", "进价", "税率"],
        ["NEW1", "可乐", "饮料", "330ml", "6911111111111, 6911111111112", 3.5, "2.1", 0.13],
        ["OLD", "新名", None, None, None, 6, None, None],
    )
    result = masterdata_io.import_list(uow, "products", f)
    assert (result.created, result.updated) == (1, 1)
    new = catalog.get_product_by_code(uow, "NEW1")
    assert (new.name, new.category, new.spec, new.sale_price, new.purchase_price, new.tax_rate) == (
        "可乐",
        "饮料",
        "330ml",
        Decimal("3.5"),
        Decimal("2.1"),
        Decimal("0.13"),
    )
    assert new.barcodes == ("6911111111111", "6911111111112")
    old = catalog.get_product_by_code(uow, "OLD")
    assert (old.name, old.sale_price, old.barcodes) == (
        "新名",
        Decimal(6),
        ("6900000000001",),
    )  # empty cells keep values


def test_bad_file_changes_nothing_and_lists_every_bad_row(uow, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "EXIST", name="已有", barcode="6900000000001")
    f = _xlsx(
        tmp_path / "bad.xlsx",
        ["Code", "Name", "Category", "Barcodes", "Sale price"],
        ["A1", "好的", None, None, 1],
        ["A2", "负价", None, None, -1],
        ["A3", "未知分类", "不存在", None, 1],
        ["A4", "条码重复", None, "6900000000001", 1],
        ["A1", "重复编码", None, None, 1],
        ["A5", None, None, None, 1],
    )
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "products", f)
    problems = err.value.problems
    rows = sorted({p[0] for p in problems if p[0]})
    assert 6 in rows and 7 in rows  # engine: duplicate code, missing name
    assert _codes(uow) == ["EXIST"]


def test_database_checks_list_every_bad_row(uow, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "EXIST", name="已有", barcode="6900000000001")
    f = _xlsx(
        tmp_path / "bad.xlsx",
        ["Code", "Name", "Category", "Barcodes", "Sale price"],
        ["A1", "好的", None, None, 1],
        ["A2", "负价", None, None, -1],
        ["A3", "未知分类", "不存在", None, 1],
        ["A4", "条码重复", None, "6900000000001", 1],
        ["A5", "文件内条码重复", None, "777", 1],
        ["A6", "文件内条码重复", None, "777", 1],
    )
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "products", f)
    assert [(row, field) for row, field, _m in err.value.problems] == [
        (3, "Sale price"),
        (4, "Category"),
        (5, "Barcodes"),
        (7, "Barcodes"),
    ]
    messages = [m for _r, _f, m in err.value.problems]
    assert messages[0] == "Sale price cannot be negative."
    assert "Unknown category 不存在" in messages[1]
    assert messages[2] == "Barcode 6900000000001 is already used by product EXIST."
    assert messages[3] == "Duplicate value 777: also in row 6."
    assert _codes(uow) == ["EXIST"]
    # the option creates unknown categories
    ok = _xlsx(tmp_path / "ok.xlsx", ["Code", "Name", "Category"], ["A3", "x", "饮料/茶叶/绿茶"])
    masterdata_io.import_list(uow, "products", ok, create_categories=True)
    assert [c.path for c in catalog.list_categories(uow)] == ["饮料", "饮料/茶叶", "饮料/茶叶/绿茶"]


def test_create_mode_refuses_existing_codes(uow, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "EXIST")
    f = _xlsx(tmp_path / "p.xlsx", ["Code", "Name"], ["EXIST", "x"], ["NEW", "y"])
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "products", f, mode="create")
    assert err.value.problems[0][:2] == (2, "Code")
    assert _codes(uow) == ["EXIST"]


def test_export_then_import_round_trip_with_custom_fields(uow, tmp_path):
    custom_fields.save_field(uow, entity="product", label="产地", kind="text")
    custom_fields.save_field(uow, entity="product", label="保质期", kind="number", key="shelf")
    cat = catalog.add_category(uow, "茶叶")
    catalog.save_product(
        uow,
        catalog.ProductInput(
            code="T1",
            name="龙井",
            category_id=cat.id,
            barcodes=["123", "456"],
            sale_price="88.123456",
            tax_rate="0.09",
            reorder_point="2.5",
            attributes={"等级": "特级"},
            custom={"f_": "x"} if False else {"shelf": "18", custom_fields.list_fields(uow, "product")[0].key: "杭州"},
        ),
    )
    path = tmp_path / "out.xlsx"
    assert masterdata_io.export_list(uow, "products", path) == 1
    ws = load_workbook(path).active
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    assert header[:3] == ["Code", "Name", "Category"] and "产地" in header and "保质期" in header
    before = catalog.get_product_by_code(uow, "T1")
    result = masterdata_io.import_list(uow, "products", path)
    assert (result.created, result.updated) == (0, 1)
    after = catalog.get_product_by_code(uow, "T1")
    assert after == before


def test_customers_suppliers_quotes_prices_warehouses(uow, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "P1", price="10")
    c = _xlsx(
        tmp_path / "c.xlsx",
        ["客户编码", "客户名称", "等级", "标签", "信用额度", "账期", "联系人", "联系人电话", "地址"],
        ["C1", "张三超市", "批发", "老客户,月结", 10000, 30, "张三", "138", "文三路1号"],
    )
    assert masterdata_io.import_list(uow, "customers", c).created == 1
    cust = parties.get_customer(uow, lookups.search_parties(uow, "customer", "C1")[0].id)
    assert (cust.tier, cust.tags, cust.credit_limit, cust.contacts[0].name, cust.addresses[0].address) == (
        "批发",
        ("老客户", "月结"),
        Decimal(10000),
        "张三",
        "文三路1号",
    )
    s = _xlsx(tmp_path / "s.xlsx", ["Code", "Name", "Grade", "Lead time (days)"], ["S1", "茶厂", "A", 5])
    masterdata_io.import_list(uow, "suppliers", s)
    q = _xlsx(
        tmp_path / "q.xlsx",
        ["Supplier code", "Product code", "Price", "Minimum quantity", "Valid until"],
        ["S1", "P1", 6.5, 10, date(2026, 12, 31)],
        ["S9", "P9", 1, None, None],
    )
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "quotes", q)
    assert [(r, f) for r, f, _m in err.value.problems] == [(3, "Supplier code"), (3, "Product code")]
    q = _xlsx(
        tmp_path / "q2.xlsx",
        ["Supplier code", "Product code", "Price", "Minimum quantity", "Valid until"],
        ["S1", "P1", 6.5, 10, date(2026, 12, 31)],
    )
    masterdata_io.import_list(uow, "quotes", q)
    sup = parties.get_supplier(uow, lookups.search_parties(uow, "supplier", "S1")[0].id)
    assert [(x.price, x.min_qty, x.valid_until) for x in sup.quotes] == [
        (Decimal("6.5"), Decimal(10), date(2026, 12, 31))
    ]
    pr = _xlsx(
        tmp_path / "pr.xlsx",
        ["Price list", "Tier", "Product code", "Minimum quantity", "Price"],
        ["批发价", "批发", "P1", 0, 8],
        ["批发价", "批发", "P1", 10, 7.5],
    )
    assert masterdata_io.import_list(uow, "prices", pr).created == 2
    assert catalog.price_for(uow, cust.id, catalog.get_product_by_code(uow, "P1").id, Decimal(12)).price == Decimal(
        "7.5"
    )
    w = _xlsx(
        tmp_path / "w.xlsx",
        ["仓库编码", "仓库名称", "负库存", "库位编码", "库位状态", "容量"],
        ["W1", "总仓", "警告", "A-01", "正常", 100],
        ["W1", "总仓", "警告", "A-02", "冻结", None],
        ["W2", "门店仓", None, None, None, None],
    )
    assert masterdata_io.import_list(uow, "warehouses", w).created == 2
    rows = {x.code: x for x in warehouses.list_warehouses(uow)}
    assert rows["W1"].negative_policy == "warn" and [(b.code, b.status) for b in rows["W1"].bins] == [
        ("A-01", "active"),
        ("A-02", "frozen"),
    ]
    assert [b.code for b in rows["W2"].bins] == ["DEFAULT"]
    units = _xlsx(tmp_path / "u.xlsx", ["商品编码", "单位", "换算率", "条码"], ["P1", "箱", 24, "6912345678906"])
    assert masterdata_io.import_list(uow, "units", units).created == 1  # 多单位: every list has a row
    for kind in masterdata_io.LISTS:
        out = tmp_path / f"{kind}.xlsx"
        n = masterdata_io.export_list(uow, kind, out)
        assert n >= 1
        masterdata_io.import_list(uow, kind, out)  # every export imports back unchanged
    assert len(warehouses.list_warehouses(uow)) == 2


def test_template_has_the_columns(uow, tmp_path):
    path = tmp_path / "t.xlsx"
    masterdata_io.write_template(uow, "products", path)
    wb = load_workbook(path)
    header = [c.value for c in next(wb.worksheets[0].iter_rows(max_row=1))]
    assert any("Code" in str(h) for h in header)


def test_format_and_business_problems_come_in_one_pass(uow, tmp_path):
    """The review's file: letters in a price, an empty name and a negative price, all at once."""
    f = _xlsx(
        tmp_path / "bad.xlsx",
        ["Code", "Name", "Sale price", "Purchase price"],
        ["B1", "可乐", "abc", 1],
        ["B2", None, 3, 1],
        ["B3", "雪碧", -4.5, 1],
        ["B4", "芬达", 2, "x"],
        ["B5", "好的", 2, 1],
    )
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "products", f)
    assert [(row, field) for row, field, _m in err.value.problems] == [
        (2, "Sale price"),
        (3, "Name"),
        (4, "Sale price"),
        (5, "Purchase price"),
    ]
    assert err.value.problems[2][2] == "Sale price cannot be negative."
    assert "4 problems" in err.value.message
    assert _codes(uow) == []  # nothing imported


def test_units_import_export_all_or_nothing(uow, tmp_path):
    """多单位: units and factors travel through Excel; a bad factor, an unknown product, a clashing
    barcode or the base unit's own name refuses the whole file; a price-list item names its unit."""
    from erp_desktop.services.masterdata import units as product_units

    with uow.write() as tx:
        beer = factories.product(tx, "BEER", unit="瓶", barcode="6900000000017").id
    bad = _xlsx(
        tmp_path / "bad.xlsx",
        ["Product code", "Unit", "Factor", "Barcode"],
        ["BEER", "箱", 0, None],
        ["NOPE", "箱", 24, None],
        ["BEER", "瓶", 6, None],
        ["BEER", "包", 6, "6900000000017"],
    )
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "units", bad)
    assert [p[0] for p in err.value.problems] == [2, 3, 4, 5], err.value.problems
    assert "greater than zero" in err.value.problems[0][2]
    assert [u.name for u in product_units.list_units(uow, beer)] == ["瓶"]  # nothing imported
    good = _xlsx(
        tmp_path / "good.xlsx",
        ["商品编码", "单位", "换算率", "条码", "销售默认"],
        ["BEER", "箱", 24, "6900000000024", "否"],
        ["BEER", "半打", 6, None, "是"],
    )
    assert masterdata_io.import_list(uow, "units", good).created == 2
    rows = product_units.list_units(uow, beer)
    assert [(u.name, u.factor, u.barcode, u.sale_default) for u in rows] == [
        ("瓶", Decimal(1), "", False),
        ("半打", Decimal(6), "", True),
        ("箱", Decimal(24), "6900000000024", False),
    ]
    out = tmp_path / "units.xlsx"
    assert masterdata_io.export_list(uow, "units", out) == 2
    assert masterdata_io.import_list(uow, "units", out).updated == 2  # an export imports back unchanged
    prices = _xlsx(
        tmp_path / "pr.xlsx",
        ["Price list", "Product code", "Price", "Unit"],
        ["批发价", "BEER", 2.5, None],
        ["批发价", "BEER", 55, "箱"],
        ["批发价", "BEER", 14, "桶"],
    )
    with pytest.raises(ImportErrors, match="1 problems"):
        masterdata_io.import_list(uow, "prices", prices)
    prices = _xlsx(
        tmp_path / "pr2.xlsx",
        ["Price list", "Product code", "Price", "Unit"],
        ["批发价", "BEER", 2.5, None],
        ["批发价", "BEER", 55, "箱"],
    )
    assert masterdata_io.import_list(uow, "prices", prices).created == 2
    assert sorted((i.unit, i.price) for i in catalog.list_price_items(uow, product_id=beer)) == [
        ("瓶", Decimal("2.5")),
        ("箱", Decimal(55)),
    ]
