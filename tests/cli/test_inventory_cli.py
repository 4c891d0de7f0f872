"""The issue's "done means" from the command line: receive opening stock, transfer, count by
scanning codes from a file and stdin, post it, see the reports change; the books tie out."""

import io
import json
from decimal import Decimal

from erp_desktop import cli
from erp_desktop.services.system import verify
from tests.support import factories

D = Decimal


def run(capsys, db_path, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["--db", str(db_path), "--lang", "en", "stock", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_stock_cli_story(uow, db_path, capsys, monkeypatch, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        factories.product(tx, "CUP", name="Cup", cost="2")
        factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        factories.warehouse(tx, "SHOP", bins=("B-01",))

    code, out, err = run(
        capsys,
        db_path,
        "receive",
        "--warehouse",
        "MAIN",
        "--reason",
        "opening",
        "--date",
        "2026-06-01",
        "TEA:10:6.5",
        "CUP:20",
    )
    assert code == 0, err
    assert "OR-2026-000001" in out and "105.00" in out

    code, out, err = run(
        capsys, db_path, "transfer", "--from", "MAIN/A-01", "--to", "SHOP/B-01", "--date", "2026-06-02", "TEA:4"
    )
    assert code == 0, err
    assert "TR-2026-000001" in out

    code, out, err = run(capsys, db_path, "issue", "--warehouse", "SHOP", "--reason", "damage", "TEA:9")
    assert code == 1 and "Not enough stock of TEA" in err and "on hand 4.000, requested 9" in err

    code, out, err = run(capsys, db_path, "count-create", "--warehouse", "MAIN", "--date", "2026-06-03")
    assert code == 0, err
    assert "SC-2026-000001" in out and "2 lines" in out
    codes = tmp_path / "scans.txt"
    codes.write_text("6901234567890\n6901234567890\n3*6901234567890\nBADCODE\n", encoding="utf-8")
    code, out, err = run(capsys, db_path, "count-scan", "SC-2026-000001", "--bin", "A-01", "--file", str(codes))
    assert code == 0, err
    assert "4 scans, 1 unknown" in out and "BADCODE" in out
    code, out, err = run(
        capsys, db_path, "count-scan", "SC-2026-000001", "--bin", "A-01", stdin="CUP\n18*CUP\n", monkeypatch=monkeypatch
    )
    assert code == 0, err
    code, out, err = run(capsys, db_path, "count-show", "SC-2026-000001", "--json")
    shown = json.loads(out)
    lines = {l["product"]: l for l in shown["lines"]}
    assert (
        lines["TEA"]["book"] == "6.000" and lines["TEA"]["counted"] == "5.000" and lines["TEA"]["variance"] == "-1.000"
    )
    assert lines["CUP"]["variance"] == "-1.000"
    assert shown["unknown"] == [{"code": "BADCODE", "bin": "A-01", "hits": 1}]

    code, out, err = run(capsys, db_path, "count-post", "SC-2026-000001")
    assert code == 0, err
    assert "2 adjustments" in out and "loss 8.50" in out
    code, out, err = run(capsys, db_path, "count-post", "SC-2026-000001")
    assert code == 1 and "posted" in err.lower()  # the state in the user's words: "Posted"

    code, out, err = run(capsys, db_path, "onhand", "--product", "TEA", "--json")
    data = json.loads(out)
    assert data["on_hand"] == "9.000" and data["warehouses"] == {"Warehouse MAIN": "5.000", "Warehouse SHOP": "4.000"}
    code, out, err = run(capsys, db_path, "valuation", "--json")
    val = json.loads(out)
    assert val["total"] == "96.50"  # 9 × 6.5 + 19 × 2
    code, out, err = run(capsys, db_path, "moves", "TEA")
    assert "SC-2026-000001" in out and "TR-2026-000001" in out
    code, out, err = run(capsys, db_path, "onhand", "--by", "warehouse")
    assert "Warehouse SHOP" in out
    code, out, err = run(capsys, db_path, "reverse", "TR-2026-000001")
    assert code == 0, err
    code, out, err = run(capsys, db_path, "onhand", "--product", "TEA", "--json")
    assert {k: D(v) for k, v in json.loads(out)["warehouses"].items()} == {
        "Warehouse MAIN": D(9),
        "Warehouse SHOP": D(0),
    }
    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]


def test_count_scan_batch_says_when_a_product_is_shelved_in_another_bin(uow, db_path, capsys, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
    assert run(capsys, db_path, "receive", "--warehouse", "MAIN", "--reason", "opening", "TEA:10:6")[0] == 0
    code, out, err = run(capsys, db_path, "count-create", "--warehouse", "MAIN", "--date", "2026-06-03")
    assert code == 0, err
    number = next(w for w in out.split() if w.startswith("SC-"))
    codes = tmp_path / "scans.txt"
    codes.write_text("TEA\nTEA\n", encoding="utf-8")
    code, out, err = run(capsys, db_path, "count-scan", number, "--bin", "A-02", "--file", str(codes))
    assert code == 0, err
    assert "2 scans, 0 unknown" in out
    assert out.count("on the books in A-01 10") == 1 and "Green tea" in out
