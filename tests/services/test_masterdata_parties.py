from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.errors import Duplicate, ValidationError
from erp_desktop.services.masterdata import lookups, parties, warehouses
from erp_desktop.services.masterdata.parties import (
    AddressData,
    ContactData,
    CustomerInput,
    FollowUpData,
    QuoteData,
    SupplierInput,
)
from erp_desktop.services.paging import ListQuery
from tests.support import factories


def test_customer_with_contacts_addresses_and_follow_ups(uow):
    c = parties.save_customer(
        uow,
        CustomerInput(
            code="C001",
            name="张三超市",
            tier="批发",
            channel="门店",
            tags="老客户，月结, 老客户",
            salesperson="王五",
            phone="13800001111",
            credit_limit="50000",
            payment_terms_days="45",
            contacts=[ContactData("张三", "老板", "13800001111", is_primary=True), ContactData("", "")],
            addresses=[AddressData("杭州市西湖区文三路1号", "送货", True)],
        ),
    )
    assert c.tags == ("老客户", "月结") and c.credit_limit == Decimal("50000") and c.payment_terms_days == 45
    assert [x.name for x in c.contacts] == ["张三"] and c.addresses[0].label == "送货"
    parties.add_follow_up(uow, c.id, FollowUpData(date(2026, 11, 1), "电话", "问新茶价格", "送样品", date(2026, 11, 8)))
    parties.add_follow_up(uow, c.id, FollowUpData(date(2026, 11, 10), "微信", "已下单"))
    detail = parties.get_customer(uow, c.id)
    assert [(f.on, f.note) for f in detail.follow_ups] == [
        (date(2026, 11, 10), "已下单"),
        (date(2026, 11, 1), "问新茶价格"),
    ]
    due = parties.due_follow_ups(uow, date(2026, 11, 30))
    assert [(code, f.next_step) for code, _name, f in due] == [("C001", "送样品")]
    with pytest.raises(ValidationError, match="next date is before"):
        parties.add_follow_up(uow, c.id, FollowUpData(date(2026, 11, 10), note="x", next_date=date(2026, 11, 1)))
    # an edit without contacts leaves them as they are
    edited = parties.save_customer(
        uow, detail.as_input(name="张三超市(文三店)", contacts=None, credit_limit=None), c.id
    )
    assert edited.contacts == c.contacts and edited.credit_limit is None
    assert lookups.search_parties(uow, "customer", "文三")[0].code == "C001"


def test_customer_errors(uow):
    parties.save_customer(uow, CustomerInput(code="C1", name="甲"))
    with pytest.raises(Duplicate, match="C1 甲"):
        parties.save_customer(uow, CustomerInput(code="C1", name="乙"))
    with pytest.raises(ValidationError, match="Credit limit cannot be negative"):
        parties.save_customer(uow, CustomerInput(code="C2", name="乙", credit_limit="-5"))
    with pytest.raises(ValidationError, match="whole number"):
        parties.save_customer(uow, CustomerInput(code="C2", name="乙", payment_terms_days="1.5"))


def test_customer_list_search_sort_and_filter(uow):
    with uow.write() as tx:
        for i in range(12):
            factories.customer(
                tx, f"C{i:03d}", name=f"客户{i}", tier="VIP" if i % 3 == 0 else "零售", phone=f"1380000{i:04d}"
            )
    page = parties.list_customers(uow, ListQuery(limit=5, filters={"tier": "VIP"}))
    assert [r.code for r in page.rows] == ["C000", "C003", "C006", "C009"]
    assert [r.code for r in parties.list_customers(uow, ListQuery(search="13800000011")).rows] == ["C011"]
    assert parties.list_customers(uow, ListQuery(sort="code", descending=True, limit=1)).rows[0].code == "C011"


def test_supplier_with_quotes(uow):
    with uow.write() as tx:
        p1 = factories.product(tx, "P1").id
        p2 = factories.product(tx, "P2").id
    s = parties.save_supplier(
        uow,
        SupplierInput(
            code="S1",
            name="杭州茶厂",
            category="茶叶",
            grade="A",
            lead_time_days=5,
            contacts=[ContactData("李经理", phone="0571-1234")],
            quotes=[QuoteData(p2, "12.5", "100", 3, date(2026, 1, 1), date(2026, 12, 31)), QuoteData(p1, "8", "0")],
        ),
    )
    assert [(q.product_code, q.price, q.min_qty) for q in s.quotes] == [
        ("P1", Decimal(8), Decimal(0)),
        ("P2", Decimal("12.5"), Decimal(100)),
    ]
    other = parties.save_supplier(uow, SupplierInput(code="S2", name="福建茶厂", quotes=[QuoteData(p2, "11")]))
    rows = parties.quotes_for_product(uow, p2, on=date(2026, 6, 1))
    assert [(r.supplier_code, r.price) for r in rows] == [("S2", Decimal(11)), ("S1", Decimal("12.5"))]
    assert [r.supplier_code for r in parties.quotes_for_product(uow, p2, on=date(2027, 1, 1))] == ["S2"]
    with pytest.raises(ValidationError, match="Price cannot be negative"):
        parties.save_supplier(uow, other.as_input(quotes=[QuoteData(p1, "-1")]), other.id)
    with pytest.raises(ValidationError, match="end date is before"):
        parties.save_supplier(
            uow,
            other.as_input(quotes=[QuoteData(p1, "1", valid_from=date(2026, 2, 1), valid_until=date(2026, 1, 1))]),
            other.id,
        )
    parties.delete_party(uow, "supplier", other.id)
    assert [r.code for r in parties.list_suppliers(uow, ListQuery()).rows] == ["S1"]


def test_warehouse_gets_default_bin_and_bins_keep_order(uow):
    w = warehouses.save_warehouse(uow, code="W1", name="总仓", negative_policy="warn")
    assert [(b.code, b.status) for b in w.bins] == [("DEFAULT", "active")]
    a = warehouses.save_bin(uow, w.id, code="A-01", capacity="500")
    b = warehouses.save_bin(uow, w.id, code="A-02", status="frozen")
    assert (a.sort_order, b.sort_order) == (1, 2)
    with pytest.raises(Duplicate):
        warehouses.save_bin(uow, w.id, code="A-01")
    with pytest.raises(ValidationError, match="Capacity cannot be negative"):
        warehouses.save_bin(uow, w.id, code="A-03", capacity="-1")
    with pytest.raises(ValidationError, match="must be one of"):
        warehouses.save_warehouse(uow, code="W2", name="x", negative_policy="maybe")
    warehouses.reorder_bins(uow, w.id, [b.id, a.id, w.bins[0].id])
    brief = lookups.list_warehouses(uow)[0]
    assert [x.code for x in brief.bins] == ["A-02", "A-01", "DEFAULT"]
    assert brief.negative_policy == "warn"
    warehouses.save_bin(uow, w.id, code="A-01", status="full", bin_id=a.id)
    assert [x.status for x in warehouses.get_warehouse(uow, w.id).bins] == ["frozen", "full", "active"]
    warehouses.delete_bin(uow, a.id)
    assert len(warehouses.get_warehouse(uow, w.id).bins) == 2
