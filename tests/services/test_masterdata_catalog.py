from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from erp_desktop.errors import Duplicate, NotFound, ValidationError
from erp_desktop.models.system import AuditLog
from erp_desktop.services.masterdata import catalog, custom_fields
from erp_desktop.services.masterdata.catalog import ProductInput
from erp_desktop.services.paging import ListQuery
from tests.support import factories


def test_create_product_with_barcodes_category_and_exact_prices(uow):
    tea = catalog.add_category(uow, "饮料")
    green = catalog.add_category(uow, "茶叶", tea.id)
    assert green.path == "饮料/茶叶"
    p = catalog.save_product(
        uow,
        ProductInput(
            code=" TEA-001 ",
            name="西湖龙井",
            category_id=green.id,
            spec="250g",
            unit="盒",
            barcodes=["6901234567892", "6901234567809", "6901234567892"],
            tax_rate="0.13",
            purchase_price="59.995",
            sale_price=Decimal("88.10"),
            reorder_point="10.5",
        ),
    )
    assert p.code == "TEA-001" and p.category == "饮料/茶叶"
    assert p.barcodes == ("6901234567809", "6901234567892")
    assert (
        p.purchase_price == Decimal("59.995") and p.sale_price == Decimal("88.1") and p.reorder_point == Decimal("10.5")
    )
    again = catalog.get_product(uow, p.id)
    assert again == p
    with uow.read() as tx:
        actions = tx.scalars(select(AuditLog.action).where(AuditLog.entity == "product")).all()
    assert actions == ["create"]


def test_duplicate_code_and_barcode_name_the_other_product(uow):
    a = catalog.save_product(uow, ProductInput(code="A1", name="可乐", barcodes=["111"]))
    with pytest.raises(Duplicate, match="A1 可乐") as err:
        catalog.save_product(uow, ProductInput(code="A1", name="雪碧"))
    assert err.value.field == "code"
    with pytest.raises(Duplicate, match="Barcode 111 is already used by product A1 可乐") as err:
        catalog.save_product(uow, ProductInput(code="B1", name="雪碧", barcodes=["111"]))
    assert err.value.field == "barcodes"
    with pytest.raises(Duplicate):  # a barcode equal to another product's code is ambiguous for a scanner
        catalog.save_product(uow, ProductInput(code="B1", name="雪碧", barcodes=["A1"]))
    # saving a product with its own code/barcode is fine
    same = catalog.save_product(uow, a.as_input(name="可口可乐"), a.id)
    assert same.name == "可口可乐" and same.barcodes == ("111",)


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("sale_price", "-1", "Sale price cannot be negative."),
        ("purchase_price", "abc", "Purchase price is not a number: abc"),
        ("name", "  ", "Name is required."),
        ("tax_rate", "1.5", "Tax rate must be at most 1."),
    ],
)
def test_bad_values_are_refused_naming_the_field(uow, field, value, message):
    data = {"code": "X1", "name": "n", field: value}
    with pytest.raises(ValidationError) as err:
        catalog.save_product(uow, ProductInput(**data))
    assert err.value.message == message and err.value.field == field
    assert catalog.get_product_by_code(uow, "X1") is None


def test_float_is_refused(uow):
    with pytest.raises(ValidationError):
        catalog.save_product(uow, ProductInput(code="F", name="f", sale_price=0.1))


def test_update_records_audit_before_and_after(uow):
    p = catalog.save_product(uow, ProductInput(code="A1", name="可乐", sale_price="3"))
    catalog.save_product(uow, p.as_input(sale_price="3.5", barcodes=["999"]), p.id)
    with uow.read() as tx:
        entry = tx.scalars(select(AuditLog).where(AuditLog.action == "update")).one()
        before, after = entry.before, entry.after
    assert before == {"sale_price": "3.000000", "barcodes": []}
    assert after == {"sale_price": "3.500000", "barcodes": ["999"]}


def test_used_product_cannot_be_deleted_only_deactivated(uow):
    p = catalog.save_product(uow, ProductInput(code="A1", name="可乐"))
    q = catalog.save_product(uow, ProductInput(code="A2", name="雪碧"))
    plist = catalog.save_price_list(uow, name="批发")
    catalog.save_price_item(uow, plist.id, p.id, "2.5")
    with pytest.raises(ValidationError, match="deactivate"):
        catalog.delete_product(uow, p.id)
    assert catalog.set_product_active(uow, p.id, False).active is False
    catalog.delete_product(uow, q.id)
    with pytest.raises(NotFound):
        catalog.get_product(uow, q.id)
    page = catalog.list_products(uow, ListQuery(filters={"active": True}))
    assert [r.code for r in page.rows] == []
    page = catalog.list_products(uow, ListQuery())
    assert [(r.code, r.active) for r in page.rows] == [("A1", False)]


def test_list_is_keyset_paged_sorted_and_searchable(uow):
    with uow.write() as tx:
        for i in range(25):
            factories.product(
                tx, f"P{i:03d}", name=f"商品{24 - i:02d}", spec="500ml" if i % 5 == 0 else "1L", barcode=f"69{i:011d}"
            )
    page = catalog.list_products(uow, ListQuery(limit=10))
    assert [r.code for r in page.rows] == [f"P{i:03d}" for i in range(10)]
    page2 = catalog.list_products(uow, ListQuery(limit=10, after=page.next_after))
    assert [r.code for r in page2.rows] == [f"P{i:03d}" for i in range(10, 20)]
    page3 = catalog.list_products(uow, ListQuery(limit=10, after=page2.next_after))
    assert len(page3.rows) == 5 and page3.next_after is None
    by_name = catalog.list_products(uow, ListQuery(sort="name", descending=True, limit=3))
    assert [r.name for r in by_name.rows] == ["商品24", "商品23", "商品22"]
    assert [r.code for r in catalog.list_products(uow, ListQuery(search="500ml")).rows] == [
        "P000",
        "P005",
        "P010",
        "P015",
        "P020",
    ]
    assert [r.code for r in catalog.list_products(uow, ListQuery(search="0000000007")).rows] == ["P007"]
    assert catalog.list_products(uow, ListQuery(search="P007")).rows[0].barcodes == "6900000000007"
    assert catalog.list_products(uow, ListQuery(search="%")).rows == []


def test_category_tree_rename_move_and_filter(uow):
    drinks = catalog.add_category(uow, "饮料")
    tea = catalog.add_category(uow, "茶叶", drinks.id)
    green = catalog.add_category(uow, "绿茶", tea.id)
    snacks = catalog.add_category(uow, "零食")
    with pytest.raises(Duplicate):
        catalog.add_category(uow, "茶叶", drinks.id)
    with pytest.raises(ValidationError, match="/"):
        catalog.add_category(uow, "a/b")
    catalog.save_product(uow, ProductInput(code="G1", name="龙井", category_id=green.id))
    catalog.save_product(uow, ProductInput(code="S1", name="薯片", category_id=snacks.id))
    catalog.rename_category(uow, drinks.id, "酒水饮料")
    assert [c.path for c in catalog.list_categories(uow)] == ["酒水饮料", "酒水饮料/茶叶", "酒水饮料/茶叶/绿茶", "零食"]
    rows = catalog.list_products(uow, ListQuery(filters={"category_id": drinks.id})).rows
    assert [(r.code, r.category) for r in rows] == [("G1", "酒水饮料/茶叶/绿茶")]
    with pytest.raises(ValidationError, match="under itself"):
        catalog.move_category(uow, drinks.id, green.id)
    catalog.move_category(uow, tea.id, snacks.id)
    assert catalog.get_product(uow, catalog.get_product_by_code(uow, "G1").id).category == "零食/茶叶/绿茶"
    with pytest.raises(ValidationError, match="sub-categories"):
        catalog.delete_category(uow, snacks.id)
    with pytest.raises(ValidationError, match="1 products"):
        catalog.delete_category(uow, green.id)
    catalog.delete_category(uow, drinks.id)


def test_custom_fields_in_products(uow):
    custom_fields.save_field(
        uow, entity="product", label="产地", kind="choice", choices=["杭州", "福建"], required=True
    )
    custom_fields.save_field(uow, entity="product", label="Shelf life", kind="number")
    custom_fields.save_field(uow, entity="product", label="Launch", kind="date")
    defs = custom_fields.list_fields(uow, "product")
    keys = [d.key for d in defs]
    assert keys[1:] == ["shelf_life", "launch"]
    origin = keys[0]
    with pytest.raises(ValidationError, match="产地 is required") as err:
        catalog.save_product(uow, ProductInput(code="A", name="a"))
    assert err.value.field == f"custom.{origin}"
    with pytest.raises(ValidationError, match="must be one of"):
        catalog.save_product(uow, ProductInput(code="A", name="a", custom={origin: "上海"}))
    with pytest.raises(ValidationError, match="not a number"):
        catalog.save_product(uow, ProductInput(code="A", name="a", custom={origin: "杭州", "shelf_life": "abc"}))
    p = catalog.save_product(
        uow,
        ProductInput(code="A", name="a", custom={origin: "杭州", "shelf_life": "1,200.50", "launch": date(2026, 3, 1)}),
    )
    assert p.custom == {origin: "杭州", "shelf_life": "1200.50", "launch": "2026-03-01"}
    row = catalog.list_products(uow, ListQuery()).rows[0]
    assert row.custom["shelf_life"] == "1200.50"


def test_price_lists_and_resolution_rules(uow):
    with uow.write() as tx:
        p = factories.product(tx, "P1", price="10")
        retail = factories.customer(tx, "C1", tier="零售")
        vip = factories.customer(tx, "C2", tier="VIP", channel="线上")
        pid, rid, vid = p.id, retail.id, vip.id
    anyone = catalog.save_price_list(uow, name="促销", valid_from=date(2026, 1, 1), valid_to=date(2026, 1, 31))
    vip_list = catalog.save_price_list(uow, name="VIP价", tier="VIP")
    vip_online = catalog.save_price_list(uow, name="VIP线上", tier="VIP", channel="线上")
    catalog.save_price_item(uow, anyone.id, pid, "9")
    catalog.save_price_item(uow, vip_list.id, pid, "8")
    catalog.save_price_item(uow, vip_list.id, pid, "7.5", min_qty="10")
    catalog.save_price_item(uow, vip_online.id, pid, "7.8")
    jan, feb = date(2026, 1, 15), date(2026, 2, 15)
    assert catalog.price_for(uow, rid, pid, Decimal(1), jan).price == Decimal("9")  # open list in its dates
    assert catalog.price_for(uow, rid, pid, Decimal(1), feb).price == Decimal("10")  # default price after it
    assert catalog.price_for(uow, rid, pid, Decimal(1), feb).source == ""
    assert catalog.price_for(uow, vid, pid, Decimal(1), feb).price == Decimal("7.8")  # tier+channel beats tier only
    catalog.save_price_list(uow, name="VIP线上", tier="VIP", channel="线上", active=False, price_list_id=vip_online.id)
    assert catalog.price_for(uow, vid, pid, Decimal(1), feb).price == Decimal("8")
    assert catalog.price_for(uow, vid, pid, Decimal(12), feb).price == Decimal("7.5")  # quantity break
    assert catalog.price_for(uow, None, pid, Decimal(1), feb).price == Decimal("10")
    with pytest.raises(ValidationError, match="cannot be negative"):
        catalog.save_price_item(uow, vip_list.id, pid, "-1")
    with pytest.raises(ValidationError, match="before the start"):
        catalog.save_price_list(uow, name="bad", valid_from=date(2026, 2, 1), valid_to=date(2026, 1, 1))
    items = catalog.list_price_items(uow, vip_list.id)
    assert [(i.min_qty, i.price) for i in items] == [(Decimal(0), Decimal(8)), (Decimal(10), Decimal("7.5"))]
    assert sorted((r.name, r.items) for r in catalog.list_price_lists(uow)) == [
        ("VIP价", 2),
        ("VIP线上", 1),
        ("促销", 1),
    ]
