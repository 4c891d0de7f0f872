"""Opening stock, opening receivables/payables and order imports from Excel: all or nothing,
every bad row reported, books balanced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ImportErrors
from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.models.stock import StockBalance, StockMove
from erp_desktop.services.excel import imports as excel_imports
from erp_desktop.services.excel import read_xlsx
from erp_desktop.services.system import verify
from tests.support import factories


def sheet(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def gl(tx, code):
    debit, credit = tx.execute(
        select(func.coalesce(func.sum(JournalLine.debit), 0), func.coalesce(func.sum(JournalLine.credit), 0)).where(
            JournalLine.account_code == code
        )
    ).one()
    return Decimal(debit) - Decimal(credit)


def books_ok(uow):
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        p1 = factories.product(tx, "P-1", cost="4.5", barcode="6901234567890")
        p2 = factories.product(tx, "P-2", cost="2")
        factories.product(tx, "OLD", active=False)
        wh1, bins1 = factories.warehouse(tx, "WH1", bins=("A-01", "A-02"))
        wh2, bins2 = factories.warehouse(tx, "WH2", bins=("B-01",))
        c1 = factories.customer(tx, "C-1", name="Tea House")
        factories.customer(tx, "C-2")
        s1 = factories.supplier(tx, "S-1", name="Farm")
        ids = {
            "p1": p1.id,
            "p2": p2.id,
            "a01": bins1[0].id,
            "a02": bins1[1].id,
            "b01": bins2[0].id,
            "c1": c1.id,
            "s1": s1.id,
        }
    return ids


def on_hand(uow, product_id, location_id):
    with uow.read() as tx:
        row = tx.get(StockBalance, (product_id, location_id))
        return row.qty if row else Decimal(0)


def test_opening_stock_import_posts_receipt_moves_and_balanced_journal(uow, shop, tmp_path):
    path = sheet(
        tmp_path / "stock.xlsx",
        [
            ["商品编码", "仓库编码", "库位编码", "数量", "单位成本"],
            ["P-1", "WH1", "A-02", "1,200.5", "3.25"],
            ["6901234567890", "WH2", None, 10, None],  # barcode; default bin; the product's purchase price
            ["p-2", "wh1", "a-01", 3, 0.1],  # codes in another case
        ],
    )
    result = excel_imports.import_opening_stock(uow, path, on=date(2026, 1, 1))
    assert result.rows == 3 and result.documents[0].startswith("OR")
    # 1200.5 × 3.25 = 3901.625 → 3901.63; 10 × 4.50 (purchase price) = 45.00; 3 × 0.1 = 0.30
    assert result.total == Decimal("3946.93")
    assert on_hand(uow, shop["p1"], shop["a02"]) == Decimal("1200.5")
    assert on_hand(uow, shop["p1"], shop["b01"]) == Decimal("10")
    assert on_hand(uow, shop["p2"], shop["a01"]) == Decimal("3")
    with uow.read() as tx:
        assert gl(tx, "1405") == result.total == -gl(tx, "3999")
        assert tx.scalar(select(func.count()).select_from(StockMove)) == 3
    assert "opening stock" in result.summary()
    books_ok(uow)


def test_opening_stock_lists_every_bad_row_and_changes_nothing(uow, shop, tmp_path):
    path = sheet(
        tmp_path / "bad.xlsx",
        [
            ["Product code", "Warehouse code", "Bin code", "Quantity", "Unit cost"],
            ["P-1", "WH1", "A-01", 5, 1],
            ["NOPE", "WH1", "A-01", 5, 1],
            ["P-2", "WH9", None, 5, 1],
            ["P-2", "WH1", "Z-99", 5, 1],
            ["OLD", "WH1", None, 5, 1],
            ["P-2", "WH1", "A-01", 0, 1],
            ["P-2", "WH1", "A-02", 1, -1],
            ["P-1", "WH1", "A-01", 1, 1],
            ["P-1", "WH1", "A-01", "=1+1", 1],
        ],
    )
    with pytest.raises(ImportErrors) as info:
        excel_imports.import_opening_stock(uow, path, on=date(2026, 1, 1))
    # every problem of the file in one pass, the formula (a format problem) with the lookups, in sheet order
    assert info.value.problems == [
        (3, "Product code", "Unknown product NOPE."),
        (4, "Warehouse code", "Unknown warehouse WH9."),
        (5, "Bin code", "Warehouse WH1 has no bin Z-99."),
        (6, "Product code", "Product OLD is inactive."),
        (7, "Quantity", "The quantity must be greater than zero."),
        (8, "Unit cost", "The unit cost cannot be negative."),
        (9, "Product code", "P-1 in bin A-01 is already in row 2."),
        (10, "Quantity", "Formula found (=1+1): paste values instead of formulas."),
    ]
    assert on_hand(uow, shop["p1"], shop["a01"]) == 0
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(StockMove)) == 0


def test_opening_receivables_and_payables(uow, shop, tmp_path):
    ar = sheet(
        tmp_path / "ar.xlsx",
        [
            ["客户编码", "单据编号", "日期", "到期日", "金额", "备注"],
            ["C-1", "INV-1", "2026-10-31", "2026-11-30", "12,800.00", "old invoice"],
            ["C-1", "INV-2", date(2026, 11, 5), None, 99.99, None],
            ["c-2", None, "2026/10/31", None, "-50", "advance"],
        ],
    )
    result = excel_imports.import_opening_balances(uow, ar, kind="receivable")
    assert result.rows == 3 and result.total == Decimal("12849.99")
    with uow.read() as tx:
        items = tx.scalars(select(OpenItem).order_by(OpenItem.amount)).all()
        assert [(i.kind, i.doc_type, i.amount) for i in items] == [
            ("receivable", "OB", Decimal("-50.00")),
            ("receivable", "OB", Decimal("99.99")),
            ("receivable", "OB", Decimal("12800.00")),
        ]
        assert items[2].doc_number == "INV-1" and items[2].due == date(2026, 11, 30) and items[2].party_id == shop["c1"]
        assert items[1].due == date(2026, 12, 5)  # the customer's payment terms (30 days)
        assert items[0].doc_number  # numbered when the file gives none
        assert gl(tx, "1122") == Decimal("12849.99") == -gl(tx, "3999")
    ap = sheet(
        tmp_path / "ap.xlsx",
        [
            ["Supplier code", "Document no.", "Date", "Amount"],
            ["S-1", "B-7", "2026-10-31", "3,000.10"],
        ],
    )
    excel_imports.import_opening_balances(uow, ap, kind="payable")
    with uow.read() as tx:
        assert gl(tx, "2202") == Decimal("-3000.10")
        assert gl(tx, "3999") == Decimal("-12849.99") + Decimal("3000.10")
    books_ok(uow)


def test_opening_balances_refused_as_a_whole(uow, shop, tmp_path):
    path = sheet(
        tmp_path / "ar.xlsx",
        [
            ["Customer code", "Document no.", "Date", "Due date", "Amount"],
            ["C-1", "INV-1", "2026-10-31", None, 10],
            ["C-9", "INV-2", "2026-10-31", None, 10],
            ["C-1", "INV-3", "2026-10-31", "2026-10-01", 10],
            ["C-1", "inv-1", "2026-10-31", None, 10],
            ["C-1", "INV-4", "2026-10-31", None, 0],
            ["C-1", "INV-5", "31/10/2026", None, 1],
        ],
    )
    with pytest.raises(ImportErrors) as info:
        excel_imports.import_opening_balances(uow, path, kind="receivable")
    assert info.value.problems == [
        (3, "Customer code", "Unknown customer C-9."),
        (4, "Due date", "The due date is before the document date."),
        (5, "Document no.", "Document inv-1 of this party is already in row 2."),
        (6, "Amount", "The amount is zero."),
        (7, "Date", "Not a date (use 2026-11-25): 31/10/2026"),  # in the same pass as the others
    ]
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(OpenItem)) == 0
        assert gl(tx, "1122") == 0


def test_purchase_orders_import_groups_rows_into_draft_orders(uow, shop, tmp_path):
    path = sheet(
        tmp_path / "po.xlsx",
        [
            ["Order reference", "Supplier code", "Date", "Product code", "Quantity", "Unit price"],
            ["A", "S-1", "2026-11-25", "P-1", 10, "4.20"],
            ["A", "S-1", "2026-11-25", "P-2", 5, None],
            ["B", "S-1", "2026-11-26", "P-2", 1, 2],
        ],
    )
    result = excel_imports.import_orders(uow, path, kind="purchase")
    assert len(result.documents) == 2 and all(n.startswith("PO") for n in result.documents)
    from erp_desktop.models.purchasing import PurchaseOrder

    with uow.read() as tx:
        orders = tx.scalars(select(PurchaseOrder).order_by(PurchaseOrder.number)).all()
        assert [(o.state, len(o.lines), o.on) for o in orders] == [
            ("draft", 2, date(2026, 11, 25)),
            ("draft", 1, date(2026, 11, 26)),
        ]


def test_sales_orders_import_and_refusal(uow, shop, tmp_path):
    bad = sheet(
        tmp_path / "so_bad.xlsx",
        [
            ["Order reference", "Customer code", "Product code", "Quantity"],
            ["1", "C-1", "P-1", 2],
            ["1", "C-2", "P-2", 1],
            ["2", "C-1", "NOPE", 1],
        ],
    )
    with pytest.raises(ImportErrors) as info:
        excel_imports.import_orders(uow, bad, kind="sales")
    assert info.value.problems == [
        (3, "Order reference", "Order 1 has another party or date in row 2."),
        (4, "Product code", "Unknown product NOPE."),
    ]
    good = sheet(
        tmp_path / "so.xlsx",
        [
            ["订单参考号", "客户编码", "日期", "商品编码", "数量", "单价"],
            ["1", "C-1", "2026-11-25", "P-1", 2, None],
            ["1", "C-1", "2026-11-25", "P-2", 1, None],
        ],
    )
    result = excel_imports.import_orders(uow, good, kind="sales")
    from erp_desktop.models.sales import SalesOrder

    with uow.read() as tx:
        orders = tx.scalars(select(SalesOrder)).all()
        assert [(o.number, o.state, len(o.lines), o.customer_id) for o in orders] == [
            (result.documents[0], "draft", 2, shop["c1"])
        ]
        assert orders[0].net_total == Decimal("30.00")  # 3 items at the products' sale price 10


@pytest.mark.parametrize("name", [i.name for i in excel_imports.importers()])
def test_each_template_reads_back_with_its_own_columns(tmp_path, name):
    item = excel_imports.importer(name)
    path = tmp_path / f"{name}.xlsx"
    item.template(path)
    rows = read_xlsx(path, item.columns())
    assert rows and all(r.row >= 2 for r in rows)
