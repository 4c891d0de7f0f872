"""``erp-desktop product unit …`` and document lines with a unit after the quantity (多单位)."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop.cli import main
from erp_desktop.models.purchasing import PurchaseReceiptLine
from erp_desktop.models.sales import SalesDeliveryLine
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out


def test_units_and_lines_in_cases_on_the_command_line(uow, db_path, capsys):
    with uow.write() as tx:
        f.product(tx, "BEER", price="3", cost="2", unit="瓶")
        f.supplier(tx, "S001")
        f.customer(tx, "C001")
        f.warehouse(tx, "W1", bins=("A-01",))
    db = ["--db", str(db_path)]

    def run(*argv):
        code = main(list(argv) + db)
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run("product", "unit", "add", "BEER", "箱", "24", "--barcode", "6900000000024", "--purchase")
    assert code == 0 and "箱" in out and "24 瓶" in out, out
    code, out = run("product", "unit", "add", "BEER", "包", "0")
    assert code != 0 and "greater than zero" in out
    code, out = run("product", "unit", "list", "BEER")
    assert code == 0 and out.index("瓶") < out.index("箱") and "6900000000024" in out
    code, out = run(
        "purchase",
        "order",
        "create",
        "--supplier",
        "S001",
        "--line",
        "BEER:10箱:48",
        "--date",
        "2026-03-02",
        "--confirm",
    )
    assert code == 0, out
    code, out = run("purchase", "receive", "PO-2026-000001", "--warehouse", "W1", "--date", "2026-03-03")
    assert code == 0 and "net 480.00" in out, out
    code, out = run(
        "sales", "order", "create", "--customer", "C001", "--line", "BEER:30瓶", "--confirm", "--date", "2026-03-04"
    )
    assert code == 0, out
    code, out = run("sales", "deliver", "SO-2026-000001", "--warehouse", "W1", "--date", "2026-03-04")
    assert code == 0, out
    code, out = run("stock", "onhand", "--by", "warehouse")
    assert code == 0 and "210" in out and "8 箱 18 瓶" in out, out
    code, out = run("sales", "order", "create", "--customer", "C001", "--line", "BEER:1桶")
    assert code != 0 and "no unit 桶" in out
    with uow.read() as tx:
        r = tx.scalar(select(PurchaseReceiptLine))
        assert (r.unit, r.unit_qty, r.qty, r.net) == ("箱", D(10), D(240), D("480.00"))
        d = tx.scalar(select(SalesDeliveryLine))
        assert (d.qty, d.cost) == (D(30), D("60.00"))
    code, out = run("product", "unit", "remove", "BEER", "箱")
    assert code == 0 and "箱" not in out
    assert_books_tie_out(uow)
