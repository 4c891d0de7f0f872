"""A shop starts on the program: downloads the templates, fills them in Excel, imports opening
stock and opening balances from the command line; a bad file changes nothing and leaves an error
report; the books tie out."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from sqlalchemy import func, select

from erp_desktop.cli import main
from erp_desktop.models.finance import OpenItem
from erp_desktop.models.stock import StockBalance
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories


def fill(template, rows):
    """Replace the template's example rows with ``rows`` (keeping its header), as a user would."""
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    ws.delete_rows(2, ws.max_row)
    for row in rows:
        ws.append(row)
    wb.save(template)


def test_opening_from_templates_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    uow = open_shop(db)
    with uow.write() as tx:
        p = factories.product(tx, "TEA-1", cost="30")
        wh, bins = factories.warehouse(tx, "MAIN", bins=("A-01",))
        factories.customer(tx, "C-1")
        factories.supplier(tx, "S-1")
        product_id, bin_id = p.id, bins[0].id
    uow.engine.dispose()

    stock = tmp_path / "stock.xlsx"
    assert main(["--db", db, "import-template", "opening-stock", str(stock)]) == 0
    header = [c.value for c in openpyxl.load_workbook(stock).worksheets[0][1]]
    assert header[:4] == ["Product code *", "Warehouse code *", "Bin code", "Quantity *"]
    fill(stock, [["TEA-1", "MAIN", "A-01", 40, 31.5], ["TEA-1", "MAIN", "Z-9", 1, 1]])
    errors = tmp_path / "errors.xlsx"
    assert main(["--db", db, "import-opening-stock", str(stock), "--date", "2026-01-01", "--errors", str(errors)]) == 1
    assert "Warehouse MAIN has no bin Z-9." in capsys.readouterr().err
    report = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert report[1] == (3, "Bin code", "Warehouse MAIN has no bin Z-9.")

    fill(stock, [["TEA-1", "MAIN", "A-01", 40, 31.5]])
    assert main(["--db", db, "import-opening-stock", str(stock), "--date", "2026-01-01"]) == 0
    assert "1 rows imported as opening stock" in capsys.readouterr().out

    balances = tmp_path / "ar.xlsx"
    assert main(["--db", db, "import-template", "opening-receivables", str(balances)]) == 0
    fill(balances, [["C-1", "INV-9", "2025-12-20", "2026-01-20", "1,500.00", None]])
    assert main(["--db", db, "import-opening-balances", "receivables", str(balances)]) == 0
    payables = tmp_path / "ap.xlsx"
    assert main(["--db", db, "import-template", "opening-payables", str(payables)]) == 0
    fill(payables, [["S-1", "B-1", "2025-12-20", None, 800, None]])
    assert main(["--db", db, "import-opening-balances", "payables", str(payables)]) == 0

    uow = open_shop(db)
    with uow.read() as tx:
        assert tx.get(StockBalance, (product_id, bin_id)).qty == Decimal("40")
        assert tx.scalar(select(func.sum(OpenItem.amount)).where(OpenItem.kind == "receivable")) == Decimal("1500.00")
        assert tx.scalar(select(func.sum(OpenItem.amount)).where(OpenItem.kind == "payable")) == Decimal("800.00")
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
    uow.engine.dispose()
