"""Sample printouts for the README: a small shop's delivery note, customer statement and labels,
page 1 of each as PNG (and the Company settings page).

    python tools/print_samples.py [--lang zh_CN|en] [--out screenshots]

Writes <out>/delivery_note.png, statement.png, labels.png, count_sheet.png, settings_company.png, print_preview.png (PDFs beside them in a
temporary folder, printed at the end), and with ``--templates`` the same delivery note on a three-part
241 × 93 mm form (5 lines a page, 承上页/过次页, 存根联/客户联/回单联: delivery_three_part-N.png for each page
of the first copy) and the Settings › Print templates page (settings_print_templates.png).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_shop(uow):
    """Products, a customer, stock, and three months of sales and receipts, through the services."""
    from erp_desktop.models.catalog import Product, ProductBarcode
    from erp_desktop.models.parties import Address, Contact, Customer
    from erp_desktop.models.warehouse import Location, Warehouse
    from erp_desktop.services.finance import money as finance_money
    from erp_desktop.services.inventory import documents as inventory
    from erp_desktop.services.sales import deliveries as sales_delivery
    from erp_desktop.services.sales import orders as sales_orders
    from erp_desktop.services.sales.common import LineInput
    from erp_desktop.services.system import company

    catalogue = [
        ("A001", "不锈钢保温杯", "500ml 红色", "个", "35.5", "6901234567892"),
        ("A002", "西湖龙井茶（明前特级）", "250g 礼盒", "盒", "288", "6923450657713"),
        ("A003", "玻璃密封罐", "1.2L", "个", "19.9", "GL-1200"),
        ("A004", "竹制茶盘", "40×25cm", "个", "128", "BT-4025"),
        ("A005", "紫砂壶 手工 朱泥 西施壶", "220ml", "把", "560", "6901234500011"),
    ]
    with uow.write() as tx:
        wh = Warehouse(code="W1", name="主仓库")
        tx.add(wh)
        tx.flush()
        bin_ = Location(warehouse_id=wh.id, code="A-01", name="A-01", sort_order=1)
        tx.add(bin_)
        products = []
        for code, name, spec, unit, price, barcode in catalogue:
            p = Product(
                code=code,
                name=name,
                spec=spec,
                unit=unit,
                sale_price=D(price),
                purchase_price=(D(price) * D("0.6")).quantize(D("0.01")),
                tax_rate=D("0.13"),
            )
            tx.add(p)
            tx.flush()
            tx.add(ProductBarcode(product_id=p.id, barcode=barcode))
            products.append(p.id)
        customer = Customer(code="C001", name="宁波一号超市有限公司", phone="0574-87654321", payment_terms_days=30)
        tx.add(customer)
        tx.flush()
        tx.add(
            Address(
                customer_id=customer.id, label="送货", address="浙江省宁波市海曙区中山西路 8 号 1 楼", is_default=True
            )
        )
        tx.add(Contact(customer_id=customer.id, name="王经理", phone="138 0000 0000", is_primary=True))
        ids = dict(wh=wh.id, bin=bin_.id, customer=customer.id, products=products)
    company.save_company(
        uow,
        company.CompanyInfo(
            name="杭州小河贸易有限公司",
            name_en="Hangzhou Xiaohe Trading Co., Ltd.",
            address="浙江省杭州市西湖区文三路 100 号",
            phone="0571-88886666",
            tax_id="91330106MA2B123456",
            bank_name="中国工商银行杭州文三支行",
            bank_account="1202 0211 0900 1234 567",
            footer="谢谢惠顾 · 货物请当面点清，如有质量问题请于 7 日内联系",
        ),
    )
    start = date(2026, 1, 5)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=start,
        warehouse_id=ids["wh"],
        lines=[
            inventory.LineInput(product_id=p, qty=D("1000"), unit_cost=D("10"), to_location_id=ids["bin"])
            for p in products
        ],
    )
    account = finance_money.create_money_account(uow, code="BANK1", name="工行基本户", kind="bank")
    last = None
    for week in range(12):
        on = start + timedelta(days=7 * week + 1)
        lines = [
            LineInput(product_id=products[(week + i) % len(products)], qty=D(3 + (week * 7 + i * 5) % 20))
            for i in range(1 + week % 4)
        ]
        order = sales_orders.create_order(uow, customer_id=ids["customer"], on=on, lines=lines, notes="")
        sales_orders.confirm_order(uow, order.id, acknowledged=frozenset({"credit-limit"}))
        last = sales_delivery.deliver_order(
            uow, order.id, on=on, warehouse_id=ids["wh"], notes="请于 30 天内付款" if week == 11 else ""
        )
        if week % 3 == 2:
            finance_money.receive_money(
                uow,
                customer_id=ids["customer"],
                amount=D("2000.00"),
                account_id=account.id,
                on=on + timedelta(days=2),
                method="转账",
                allocate="auto",
            )
    return ids, last


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--templates", action="store_true", help="also the print template samples")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-samples-"))
    from erp_desktop import i18n
    from erp_desktop.services.printing import DocKind, print_document, print_labels, print_statement
    from erp_desktop.services.system.setup import open_shop

    i18n.set_language(args.lang)
    work = Path(tempfile.mkdtemp(prefix="erp-samples-"))
    uow = open_shop(work / "shop.sqlite3")
    ids, delivery = build_shop(uow)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pdfs = {
        "delivery_note": print_document(uow, DocKind.DELIVERY, delivery.number, work / "delivery_note.pdf"),
        "statement": print_statement(
            uow, "customer", "C001", date(2026, 1, 1), date(2026, 3, 31), work / "statement.pdf"
        ),
        "labels": print_labels(uow, ["A001", "A002", "A003", "A005"], work / "labels.pdf", copies=3, layout="a4-3x8"),
    }
    if args.templates:
        from dataclasses import replace

        from erp_desktop.services import printing

        form = replace(printing.three_part_form(), name="三联", copies=("存根联", "客户联", "回单联"))
        printing.save_template(uow, form)
        three = print_document(uow, DocKind.DELIVERY, delivery.number, work / "three.pdf", template="三联")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "3", str(three), str(out / "delivery_three_part")],
            check=True,
        )
        print(out / "delivery_three_part-*.png", "from", three)
    from erp_desktop.services.inventory import counts as stock_counts

    count = stock_counts.create_count(uow, warehouse_id=ids["wh"], on=date(2026, 3, 31))
    pdfs["count_sheet"] = print_document(uow, DocKind.STOCK_COUNT, count.number, work / "count_sheet.pdf")
    for name, pdf in pdfs.items():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out / name)], check=True
        )
        print(out / f"{name}.png", "from", pdf)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from erp_desktop.ui.app import install_language
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.settings.company import CompanyPage
    from erp_desktop.ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication([])
    install_language(app, args.lang)
    ctx = AppContext(uow, runner=SyncRunner(), settings=QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    page = CompanyPage(ctx)
    page.resize(900, 560)
    page.show()
    app.processEvents()
    page.grab().save(str(out / "settings_company.png"))
    print(out / "settings_company.png")

    import time

    if args.templates:
        from erp_desktop.ui.settings.print_templates import PrintTemplatesPage

        editor = PrintTemplatesPage(ctx)
        editor.resize(1140, 640)
        editor.show()
        editor.list.setCurrentRow(1)
        editor.refresh_preview()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
        editor.grab().save(str(out / "settings_print_templates.png"))
        print(out / "settings_print_templates.png")

    from erp_desktop.ui.printing import PrintPreviewDialog

    preview = PrintPreviewDialog(ctx, pdfs["delivery_note"])
    preview.resize(900, 900)
    preview.show()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:  # QPdfView draws pages as they are rendered
        app.processEvents()
        time.sleep(0.05)
    preview.grab().save(str(out / "print_preview.png"))
    print(out / "print_preview.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
