from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from erp_desktop import cli
from erp_desktop.models.catalog import Category, PriceList, Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier, SupplierQuote
from erp_desktop.models.warehouse import Location, Warehouse
from erp_desktop.services import catalog, demo, lookups, verify
from erp_desktop.services.setup import open_shop


def _counts(uow):
    with uow.read() as tx:
        count = lambda model: tx.scalar(select(func.count()).select_from(model))  # noqa: E731
        return {m.__tablename__: count(m) for m in (Product, ProductBarcode, Category, Warehouse, Customer, Supplier, SupplierQuote, PriceList)}


def test_demo_shop_is_realistic_and_deterministic(tmp_path):
    a = open_shop(tmp_path / "a.sqlite3")
    b = open_shop(tmp_path / "b.sqlite3")
    assert "master data" in demo.build_demo(a, seed=7)
    demo.build_demo(b, seed=7)
    counts = _counts(a)
    assert counts["product"] == 200 and counts["warehouse"] == 2 and counts["customer"] == 50 and counts["supplier"] == 10
    assert counts["category"] >= 20 and counts["product_barcode"] > 200 and counts["price_list"] == 3 and counts["supplier_quote"] > 50
    assert counts == _counts(b)
    with a.read() as tx, b.read() as ty:
        first = [(p.code, p.name, p.spec, p.sale_price) for p in tx.scalars(select(Product).order_by(Product.code))]
        second = [(p.code, p.name, p.spec, p.sale_price) for p in ty.scalars(select(Product).order_by(Product.code))]
        tiers = set(tx.scalars(select(Customer.tier)))
        bins = tx.scalar(select(func.count()).select_from(Location).where(Location.warehouse_id.is_not(None)))
    assert first == second
    assert tiers == {"零售", "批发", "VIP"} and bins == 13
    # every barcode is a valid EAN-13 and resolves to its product
    with a.read() as tx:
        code = tx.scalars(select(ProductBarcode.barcode)).first()
    digits = [int(c) for c in code]
    assert len(code) == 13 and (sum(digits[0:12:2]) + 3 * sum(digits[1:12:2]) + digits[12]) % 10 == 0
    assert lookups.find_product(a, code) is not None
    # a 批发 customer gets the wholesale price list
    wholesale = lookups.search_parties(a, "customer", "")
    with a.read() as tx:
        cid = tx.scalar(select(Customer.id).where(Customer.tier == "批发"))
        pid, sale = tx.execute(select(Product.id, Product.sale_price).where(Product.active.is_(True))).first()
    assert wholesale
    assert catalog.price_for(a, cid, pid, Decimal(1)).price == (sale * Decimal("0.85")).quantize(Decimal("0.01"))
    assert all(c.ok for c in verify.run_checks(a)), [c for c in verify.run_checks(a) if not c.ok]
    with pytest.raises(Exception, match="already has products"):
        demo.build_demo(a)


def test_cli_demo_export_template_and_import(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    assert cli.main(["demo", "--db", db]) == 0
    out = tmp_path / "p.xlsx"
    assert cli.main(["export", "products", str(out), "--db", db]) == 0
    assert "Exported 200 rows" in capsys.readouterr().out
    assert load_workbook(out).active.max_row == 201
    assert cli.main(["template", "customers", str(tmp_path / "t.xlsx"), "--db", db]) == 0
    wb = Workbook()
    ws = wb.active
    ws.append(["Code", "Name", "Sale price"])
    ws.append(["NEW-1", "新品", 5])
    ws.append(["NEW-2", "坏价格", -5])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    report = tmp_path / "problems.xlsx"
    assert cli.main(["import", "products", str(bad), "--db", db, "--errors", str(report)]) == 1
    err = capsys.readouterr().err
    assert "row 3, Sale price: Sale price cannot be negative." in err
    assert report.exists()
    ws.delete_rows(3)
    wb.save(bad)
    assert cli.main(["import", "products", str(bad), "--db", db]) == 0
    assert "1 created, 0 updated" in capsys.readouterr().out
    assert cli.main(["import", "products", str(bad), "--db", db, "--mode", "create"]) == 1
