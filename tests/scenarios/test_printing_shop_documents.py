"""A shop's day on paper: stock comes in, a purchase is received, goods are transferred, sold and
paid for, the shelves are counted — and each document, the statement and the labels print
with the shop's own data, in Chinese. Books still tie out afterwards (printing only reads)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop import cli, i18n
from erp_desktop.errors import NotFound
from erp_desktop.i18n import tr as L
from erp_desktop.models.parties import Address, Contact
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.printing import DocKind, print_document, print_labels, print_statement, sources
from erp_desktop.services.purchasing import orders as purchase_orders
from erp_desktop.services.purchasing import receipts as purchase_receipts
from erp_desktop.services.sales import deliveries as sales_delivery
from erp_desktop.services.sales import orders as sales_orders
from erp_desktop.services.sales.common import LineInput
from erp_desktop.services.system import company, verify
from erp_desktop.services.system.company import CompanyInfo
from tests.support import factories
from tests.support.pdfcheck import contains, ink_ratio, page_count, page_png, pdf_text

DAY = date(2026, 3, 10)


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        cup = factories.product(
            tx, "A001", name="不锈钢保温杯", price="35.5", cost="20", spec="500ml", unit="个", barcode="6901234567892"
        )
        tea = factories.product(
            tx, "A002", name="龙井茶", price="88", cost="50", spec="250g", unit="盒", barcode="TEA-250"
        )
        wh, bins = factories.warehouse(tx, "W1", bins=("B-02", "A-01"))  # B-02 is walked first (sort_order 0)
        wh2, bins2 = factories.warehouse(tx, "W2", bins=("C-01",))
        buyer = factories.customer(tx, "C001", name="宁波一号超市", phone="0574-8888")
        tx.add(Address(customer_id=buyer.id, label="送货", address="宁波市海曙区中山西路 8 号", is_default=True))
        tx.add(Contact(customer_id=buyer.id, name="王经理", phone="13800000000", is_primary=True))
        vendor = factories.supplier(tx, "S001", name="义乌杯业有限公司", address="义乌市稠州北路 1 号")
        ids = dict(
            cup=cup.id,
            tea=tea.id,
            wh=wh.id,
            bin_b=bins[0].id,
            bin_a=bins[1].id,
            wh2=wh2.id,
            bin_c=bins2[0].id,
            customer=buyer.id,
            supplier=vendor.id,
        )
    company.save_company(
        uow,
        CompanyInfo(
            name="杭州小河贸易有限公司", address="杭州市文三路 100 号", phone="0571-88886666", footer="货物当面点清"
        ),
    )
    i18n.set_language("zh_CN")
    yield ids
    i18n.set_language("en")


def _stock_in(uow, ids):
    return inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=DAY,
        warehouse_id=ids["wh"],
        lines=[
            inventory.LineInput(product_id=ids["cup"], qty=D("100"), unit_cost=D("20"), to_location_id=ids["bin_a"]),
            inventory.LineInput(product_id=ids["tea"], qty=D("50"), unit_cost=D("50"), to_location_id=ids["bin_b"]),
        ],
    )


def test_every_document_prints_with_the_shops_data(uow, shop, tmp_path):
    ids = shop
    _stock_in(uow, ids)

    # purchase order and its receipt (采购入库单)
    po = purchase_orders.create_order(
        uow,
        supplier_id=ids["supplier"],
        on=DAY,
        lines=[purchase_orders.OrderLineInput(product_id=ids["cup"], qty=D("10"), price=D("19.5"), tax_rate=D("0.13"))],
    )
    purchase_orders.confirm_order(uow, po.id)
    pdf = print_document(uow, DocKind.PURCHASE_ORDER, po.number, tmp_path / "po.pdf")
    text = pdf_text(pdf)
    for expected in (
        L("Purchase order"),
        "义乌杯业有限公司 (S001)",
        "义乌市稠州北路 1 号",
        "不锈钢保温杯",
        "19.50",
        "195.00",
        "25.35",
        "220.35",
        "贰佰贰拾元叁角伍分",
        "第 1 页 / 共 1 页",
    ):
        assert contains(text, expected), expected
    receipt = purchase_receipts.receive_order(uow, po.id, on=DAY, location_id=ids["bin_a"])
    text = pdf_text(print_document(uow, DocKind.RECEIPT, receipt.id, tmp_path / "gr.pdf"))
    for expected in (
        L("Goods receipt note"),
        receipt.number,
        po.number,
        "W1",
        "A-01",
        "220.35",
        L("Received by (warehouse)"),
    ):
        assert contains(text, expected), expected

    # transfer (调拨单)
    transfer = inventory.create_and_post(
        uow,
        kind="transfer",
        on=DAY,
        warehouse_id=ids["wh"],
        lines=[
            inventory.LineInput(
                product_id=ids["cup"], qty=D("4"), from_location_id=ids["bin_a"], to_location_id=ids["bin_c"]
            )
        ],
    )
    text = pdf_text(print_document(uow, DocKind.TRANSFER, transfer.number, tmp_path / "tr.pdf"))
    for expected in (L("Transfer note"), transfer.number, "W1/A-01", "W2/C-01", "不锈钢保温杯"):
        assert contains(text, expected), expected

    # sale: order → delivery (销售出库单) → money received (收款收据)
    order = sales_orders.create_order(
        uow,
        customer_id=ids["customer"],
        on=DAY,
        lines=[
            LineInput(product_id=ids["cup"], qty=D("12"), unit_price=D("35.5"), tax_rate=D("0.13")),
            LineInput(product_id=ids["tea"], qty=D("2"), unit_price=D("88"), tax_rate=D("0.13")),
        ],
    )
    sales_orders.confirm_order(uow, order.id)
    delivery = sales_delivery.deliver_order(uow, order.id, on=DAY, warehouse_id=ids["wh"])
    pdf = print_document(uow, DocKind.DELIVERY, delivery.number, tmp_path / "dn.pdf")
    text = pdf_text(pdf)
    # 12 × 35.50 = 426.00; 2 × 88 = 176.00; net 602.00, tax 78.26, gross 680.26
    for expected in (
        "杭州小河贸易有限公司",
        L("Delivery note"),
        delivery.number,
        order.number,
        "宁波一号超市 (C001)",
        "宁波市海曙区中山西路 8 号",
        "王经理",
        "不锈钢保温杯",
        "龙井茶",
        "426.00",
        "176.00",
        "602.00",
        "78.26",
        "680.26",
        "陆佰捌拾元贰角陆分",
        L("{role}:", role=L("Prepared by")),
        L("{role}:", role=L("Shipped by")),
        L("{role}:", role=L("Received by (customer)")),
        "第 1 页 / 共 1 页",
        "货物当面点清",
    ):
        assert contains(text, expected), expected
    assert ink_ratio(page_png(pdf)) > 0.02

    account = finance_money.create_money_account(uow, code="BANK1", name="工行基本户", kind="bank")
    money = finance_money.receive_money(
        uow,
        customer_id=ids["customer"],
        amount=D("500.00"),
        account_id=account.id,
        on=DAY,
        method="转账",
        allocate="auto",
    )
    text = pdf_text(print_document(uow, DocKind.MONEY_RECEIPT, money.number, tmp_path / "rc.pdf"))
    for expected in (
        L("Money receipt"),
        money.number,
        L("Received from"),
        "宁波一号超市 (C001)",
        "伍佰元整",
        "¥ 500.00",
        "转账",
        "工行基本户",
        delivery.number,
    ):
        assert contains(text, expected), expected

    # statement (对账单): delivery 680.26 − receipt 500.00 = 180.26
    pdf = print_statement(uow, "customer", "C001", date(2026, 3, 1), date(2026, 3, 31), tmp_path / "st.pdf")
    text = pdf_text(pdf)
    for expected in (
        L("Customer statement"),
        "宁波一号超市 (C001)",
        "2026-03-01 — 2026-03-31",
        delivery.number,
        money.number,
        "680.26",
        "500.00",
        "180.26",
        "壹佰捌拾元贰角陆分",
        L("0–30 days"),
        "第 1 页 / 共 1 页",
    ):
        assert contains(text, expected), expected
    supplier_text = pdf_text(
        print_statement(uow, "supplier", "S001", date(2026, 3, 1), date(2026, 3, 31), tmp_path / "sst.pdf")
    )
    assert (
        contains(supplier_text, L("Supplier statement"))
        and contains(supplier_text, "220.35")
        and contains(supplier_text, receipt.number)
    )

    # stock count sheet (盘点表): bins in walking order, a barcode per line
    count = stock_counts.create_count(uow, warehouse_id=ids["wh"], on=DAY)
    pdf = print_document(uow, DocKind.STOCK_COUNT, count.number, tmp_path / "sc.pdf")
    text = pdf_text(pdf)
    assert contains(text, L("Stock count sheet")) and contains(text, L("Counted")) and contains(text, "W1")
    assert text.index("B-02") < text.index("A-01")  # sort_order, not the code
    assert text.index("龙井茶") < text.index("不锈钢保温杯")

    # labels of the two products
    pdf = print_labels(uow, ["A001", "TEA-250"], tmp_path / "labels.pdf", copies=2)
    text = pdf_text(pdf)
    assert (
        text.count("不锈钢保温杯") == 2 and text.count("龙井茶") == 2 and "¥35.50" in text and "6901234567892" in text
    )

    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_unknown_numbers_and_products_are_refused_clearly(uow, shop, tmp_path):
    with pytest.raises(NotFound, match="DN-2099-000001"):
        print_document(uow, DocKind.DELIVERY, "DN-2099-000001", tmp_path / "x.pdf")
    with pytest.raises(NotFound, match="NOPE"):
        print_labels(uow, ["A001", "NOPE"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_print_command_line(uow, shop, db_path, tmp_path, capsys):
    ids = shop
    _stock_in(uow, ids)
    order = sales_orders.create_order(
        uow,
        customer_id=ids["customer"],
        on=DAY,
        lines=[LineInput(product_id=ids["cup"], qty=D("3"), unit_price=D("10"), tax_rate=D("0"))],
    )
    sales_orders.confirm_order(uow, order.id)
    delivery = sales_delivery.deliver_order(uow, order.id, on=DAY, warehouse_id=ids["wh"])
    out = tmp_path / "dn.pdf"
    assert (
        cli.main(["print", "delivery", delivery.number, "--out", str(out), "--db", str(db_path), "--lang", "zh_CN"])
        == 0
    )
    assert contains(pdf_text(out), L("Delivery note")) and contains(pdf_text(out), "叁拾元整")
    statement = tmp_path / "st.pdf"
    assert (
        cli.main(
            [
                "print",
                "statement",
                "--customer",
                "C001",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-31",
                "--out",
                str(statement),
                "--db",
                str(db_path),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert contains(pdf_text(statement), "Customer statement") and contains(pdf_text(statement), "Page 1 of 1")
    labels = tmp_path / "labels.pdf"
    assert (
        cli.main(
            [
                "print",
                "labels",
                "--products",
                "A001,A002",
                "--copies",
                "3",
                "--layout",
                "a4-3x8",
                "--out",
                str(labels),
                "--db",
                str(db_path),
            ]
        )
        == 0
    )
    assert page_count(labels) == 1  # 6 labels on one 3 × 8 sheet
    assert pdf_text(labels).count("6901234567892") == 3 and pdf_text(labels).count("TEA-250") == 3
    assert (
        cli.main(
            ["print", "delivery", "DN-0000", "--out", str(tmp_path / "bad.pdf"), "--db", str(db_path), "--lang", "en"]
        )
        == 1
    )
    assert "No delivery DN-0000." in capsys.readouterr().err


def test_company_details_are_validated_and_kept(uow, tmp_path):
    from erp_desktop.errors import PermissionDenied, ValidationError
    from erp_desktop.storage.uow import Actor

    assert company.get_company(uow) == CompanyInfo()
    with pytest.raises(ValidationError) as err:
        company.save_company(uow, CompanyInfo(name="  "))
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        company.save_company(uow, CompanyInfo(name="A", logo_path=str(tmp_path / "missing.png")))
    assert err.value.field == "logo_path"
    saved = company.save_company(uow, CompanyInfo(name=" 小河贸易 ", phone="123", footer="谢谢"))
    assert saved.name == "小河贸易" and company.get_company(uow) == saved
    clerk = uow.as_actor(Actor(username="clerk", role="sales", permissions=frozenset({"sell"})))
    with pytest.raises(PermissionDenied):
        company.save_company(clerk, CompanyInfo(name="Other"))
    assert company.get_company(uow).name == "小河贸易"


def test_sources_build_plain_dtos(uow, shop):
    ids = shop
    _stock_in(uow, ids)
    items = sources.label_items(uow, [("A002", 3), "6901234567892"])
    assert [(i.code, i.copies, i.barcode) for i in items] == [("A002", 3, "TEA-250"), ("A001", 1, "6901234567892")]
    assert items[1].price == D("35.5") and items[1].spec == "500ml"


def test_returns_and_sales_orders_print(uow, shop, tmp_path):
    from sqlalchemy import select

    from erp_desktop.models.purchasing import PurchaseReceiptLine
    from erp_desktop.models.sales import SalesDeliveryLine

    ids = shop
    _stock_in(uow, ids)
    order = sales_orders.create_order(
        uow,
        customer_id=ids["customer"],
        on=DAY,
        salesperson="小李",
        lines=[LineInput(product_id=ids["tea"], qty=D("5"), unit_price=D("88"), tax_rate=D("0.13"))],
    )
    text = pdf_text(print_document(uow, DocKind.SALES_ORDER, order.id, tmp_path / "so.pdf"))
    for expected in (L("Sales order"), order.number, "小李", "440.00", "497.20", "肆佰玖拾柒元贰角整"):
        assert contains(text, expected), expected
    sales_orders.confirm_order(uow, order.id)
    delivery = sales_delivery.deliver_order(uow, order.id, on=DAY, warehouse_id=ids["wh"])
    with uow.read() as tx:
        line_id = tx.scalar(select(SalesDeliveryLine.id).where(SalesDeliveryLine.delivery_id == delivery.id))
    ret = sales_delivery.return_delivery(
        uow,
        delivery.id,
        on=DAY,
        reason="包装破损",
        lines=[sales_delivery.ReturnLineInput(delivery_line_id=line_id, qty=D("2"))],
    )
    text = pdf_text(print_document(uow, DocKind.SALES_RETURN, ret.number, tmp_path / "sr.pdf"))
    for expected in (
        L("Sales return note"),
        ret.number,
        delivery.number,
        "包装破损",
        "176.00",
        "198.88",
        "壹佰玖拾捌元捌角捌分",
    ):
        assert contains(text, expected), expected

    po = purchase_orders.create_order(
        uow,
        supplier_id=ids["supplier"],
        on=DAY,
        lines=[purchase_orders.OrderLineInput(product_id=ids["cup"], qty=D("10"), price=D("20"), tax_rate=D("0.13"))],
    )
    purchase_orders.confirm_order(uow, po.id)
    receipt = purchase_receipts.receive_order(uow, po.id, on=DAY, location_id=ids["bin_a"])
    with uow.read() as tx:
        receipt_line = tx.scalar(select(PurchaseReceiptLine.id).where(PurchaseReceiptLine.receipt_id == receipt.id))
    back = purchase_receipts.return_to_supplier(
        uow,
        receipt.id,
        on=DAY,
        reason="质量问题",
        lines=[purchase_receipts.ReturnLineInput(receipt_line_id=receipt_line, qty=D("3"))],
    )
    text = pdf_text(print_document(uow, DocKind.PURCHASE_RETURN, back.number, tmp_path / "pt.pdf"))
    for expected in (
        L("Purchase return note"),
        back.number,
        "义乌杯业有限公司 (S001)",
        "质量问题",
        "20.00",
        "60.00",
        "67.80",
    ):
        assert contains(text, expected), expected
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_other_receipt_and_supplier_payment_print(uow, shop, tmp_path):
    ids = shop
    stock_in = _stock_in(uow, ids)
    text = pdf_text(print_document(uow, DocKind.STOCK_IN, stock_in.number, tmp_path / "or.pdf"))
    # 100 × 20 + 50 × 50
    for expected in (
        L("Stock receipt note"),
        stock_in.number,
        "W1 Warehouse W1",
        L("Total value"),
        "4,500.00",
        "20.00",
        "2,000.00",
    ):
        assert contains(text, expected), expected
    account = finance_money.create_money_account(
        uow, code="CASH1", name="现金", kind="cash", opening_balance=D("1000.00"), opening_on=DAY
    )
    paid = finance_money.pay_money(
        uow,
        supplier_id=ids["supplier"],
        amount=D("300.00"),
        account_id=account.id,
        on=DAY,
        method="现金",
        memo="预付货款",
    )
    text = pdf_text(print_document(uow, DocKind.MONEY_PAYMENT, paid.number, tmp_path / "pm.pdf"))
    for expected in (
        L("Payment voucher"),
        paid.number,
        "义乌杯业有限公司 (S001)",
        "叁佰元整",
        "¥ 300.00",
        "预付货款",
        "现金",
    ):
        assert contains(text, expected), expected
