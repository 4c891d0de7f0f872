"""``erp-desktop stock costing|layers`` and ``purchase charge…`` end to end on a shop file: choose
FIFO before the first move (refused after), receive twice, sell, see and export the layers, post a
freight bill from a carrier, list and show it, reverse it."""

from __future__ import annotations

from openpyxl import load_workbook

from erp_desktop.cli import main
from tests.support import factories as f
from tests.support.pdfcheck import pdf_text


def test_costing_and_landed_cost_commands(uow, db_path, capsys, tmp_path):
    with uow.write() as tx:
        f.product(tx, "TEA", name="龙井茶", cost="1", tax="0")
        f.supplier(tx, "S1", name="西湖茶厂")
        f.supplier(tx, "T1", name="顺丰物流")
        f.customer(tx, "C1", name="张三超市")
        f.warehouse(tx, "W1", bins=("A-01",))
    db = ["--db", str(db_path)]

    def run(*argv):
        code = main(list(argv) + db)
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run("stock", "costing", "TEA", "--method", "fifo")
    assert code == 0 and "TEA 龙井茶: costing method FIFO" in out
    for price in ("1.00", "2.00"):
        assert (
            run(
                "purchase",
                "order",
                "create",
                "--supplier",
                "S1",
                "--line",
                f"TEA:10:{price}",
                "--date",
                "2026-03-02",
                "--confirm",
            )[0]
            == 0
        )
    for number in ("PO-2026-000001", "PO-2026-000002"):
        assert run("purchase", "receive", number, "--warehouse", "W1", "--date", "2026-03-02")[0] == 0
    code, out = run("stock", "costing", "TEA", "--method", "average")
    assert code == 1 and "already has stock moves" in out
    code, out = run(
        "sales", "order", "create", "--customer", "C1", "--line", "TEA:15:5", "--date", "2026-03-03", "--confirm"
    )
    assert code == 0, out
    code, out = run("sales", "deliver", "SO-2026-000001", "--date", "2026-03-03")
    assert code == 0, out
    code, out = run("stock", "layers", "--product", "TEA")
    assert code == 0 and "PR-2026-000002" in out and "Total: 5.000 remaining, value 10.00" in out
    target = tmp_path / "layers.xlsx"
    code, out = run("stock", "layers", "--xlsx", str(target))
    assert code == 0 and "1 cost layers written" in out
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][0] == "TEA" and values[1][4] == "PR-2026-000002" and float(values[1][8]) == 10.0

    code, out = run(
        "purchase",
        "charge",
        "PR-2026-000001",
        "PR-2026-000002",
        "--supplier",
        "T1",
        "--amount",
        "30.00",
        "--vat-rate",
        "0.09",
        "--by",
        "qty",
        "--invoice",
        "SF-1",
        "--date",
        "2026-03-04",
    )
    assert code == 0, out
    assert "Landed cost LC-2026-000001: 30.00 + VAT 2.70 = payable 32.70; to stock 7.50, to cost of goods 22.50." in out
    code, out = run("purchase", "charges", "--receipt", "PR-2026-000002")
    assert code == 0 and "LC-2026-000001" in out and "PR-2026-000001, PR-2026-000002" in out
    code, out = run("purchase", "charge-show", "LC-2026-000001", "--json")
    assert code == 0 and '"to_stock": "7.50"' in out
    pdf = tmp_path / "lc.pdf"
    code, out = run("print", "landed-cost", "LC-2026-000001", "--out", str(pdf))
    assert code == 0, out
    text = pdf_text(pdf)
    for expected in ("LC-2026-000001", "顺丰物流", "PR-2026-000002", "SF-1", "32.70", "to stock 7.50"):
        assert expected in text, expected
    code, out = run("stock", "layers", "--json")
    assert code == 0 and '"value": "17.50"' in out
    code, out = run("purchase", "charge-reverse", "LC-2026-000001", "--date", "2026-03-05")
    assert code == 0 and "reversed by LC-2026-000002" in out
    code, out = run("purchase", "charge-reverse", "LC-2026-000001", "--date", "2026-03-05")
    assert code == 1 and "cannot be reversed" in out
    code, out = run("purchase", "charges")
    states = {line.split()[0]: line.split()[-1] for line in out.splitlines()[1:] if line.startswith("LC-")}
    assert states == {"LC-2026-000001": "Reversed", "LC-2026-000002": "Reversal"}  # in words, not "reversed"
    code, out = run("verify")
    assert code == 0, out
