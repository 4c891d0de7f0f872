"""``erp-desktop purchase …`` end to end on a shop file."""

from __future__ import annotations

from erp_desktop.cli import main
from tests.support import factories as f
from tests.support.purchasing import quote, rule


def test_purchase_commands(uow, db_path, capsys):
    with uow.write() as tx:
        tea = f.product(tx, "A001", cost="5", reorder_point="30")
        sup = f.supplier(tx, "S001")
        f.warehouse(tx, "W1", bins=("A-01",))
        quote(tx, sup, tea, "4.50")
    rule(uow, min_amount="500")
    db = ["--db", str(db_path)]

    def run(*argv):
        code = main(list(argv) + db)
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run(
        "purchase",
        "requisition",
        "create",
        "--department",
        "Shop",
        "--line",
        "A001:20:2026-03-31:low stock",
        "--date",
        "2026-03-01",
    )
    assert code == 0 and "RQ-2026-000001" in out
    code, out = run("purchase", "merge", "--date", "2026-03-02")
    assert code == 0 and "Draft order PO-2026-000001: 101.70" in out
    code, out = run(
        "purchase", "order", "create", "--supplier", "S001", "--line", "A001:200", "--date", "2026-03-02", "--confirm"
    )
    assert code == 1 and "needs approval by Owner" in out
    assert run("purchase", "order", "submit", "PO-2026-000002")[0] == 0
    code, out = run("purchase", "order", "approve", "PO-2026-000002", "--reason", "ok")
    assert code == 0 and "Confirmed" in out
    code, out = run(
        "purchase",
        "receive",
        "PO-2026-000002",
        "--line",
        "A001:50",
        "--warehouse",
        "W1",
        "--bin",
        "A-01",
        "--date",
        "2026-03-05",
    )
    assert code == 0 and "net 225.00, tax 29.25, payable 254.25" in out and "Partly received" in out
    code, out = run("purchase", "return", "PR-2026-000001", "--line", "A001:2", "--date", "2026-03-06")
    assert code == 0 and "payable reduced by 10.17" in out
    code, out = run("purchase", "return", "PR-2026-000001", "--line", "A001:49")
    assert code == 1 and "Cannot return 49" in out
    code, out = run("purchase", "list", "--status", "partly_received")
    assert code == 0 and "PO-2026-000002" in out and "PO-2026-000001" not in out
    code, out = run("purchase", "show", "PO-2026-000002")
    assert "approved" in out and "PR-2026-000001" in out and "PT-2026-000001" in out
    code, out = run("purchase", "supplier", "S001")
    assert code == 0 and "receipts 1" in out and "return rate 4%" in out
    code, out = run("purchase", "suggest", "--window", "30")
    assert code == 0  # 48 on hand + 20 + 150 on order > 30: nothing
    assert "Nothing to reorder." in out
