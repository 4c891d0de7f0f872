"""Variants from the command line: define 颜色 and 尺码 on a category, create a template, generate
its variants (one code of the user's own), receive two of them, and read the stock by template
and as a 颜色 × 尺码 matrix; a duplicate value is refused with its message and exit code 1."""

import json

from erp_desktop.cli import main
from erp_desktop.services import masterdata
from tests.support import factories as f


def test_variants_on_the_command_line(uow, db_path, capsys):
    masterdata.add_category(uow, "服装")
    with uow.write() as tx:
        f.warehouse(tx, "W1")

    def run(*argv):
        code = main(["--db", str(db_path), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run("variant", "dimension-add", "服装", "颜色", "红:R,蓝:B")
    assert code == 0 and "服装 / 颜色: 红:R, 蓝:B" in out, out
    assert run("variant", "dimension-add", "服装", "尺码", "S,M")[0] == 0
    code, out = run("variant", "values-add", "服装", "尺码", "L")
    assert code == 0 and "尺码: S, M, L" in out
    code, out = run("variant", "values-add", "服装", "颜色", "红:X")
    assert code == 1 and "Dimension 颜色 already has the value 红." in out
    code, out = run(
        "variant",
        "template-add",
        "TS01",
        "T恤",
        "--category",
        "服装",
        "--dims",
        "颜色,尺码",
        "--price",
        "59",
        "--cost",
        "25",
    )
    assert code == 0 and "Template TS01 T恤: 颜色 × 尺码." in out, out
    code, out = run("variant", "generate", "TS01", "--code", "TS01-R-S=TSHIRT-RED-S")
    assert code == 0 and "6 variants made, 0 already there." in out, out
    assert "TSHIRT-RED-S" in out and "TS01-B-L" in out
    code, out = run(
        "variant", "template-add", "PL01", "Polo", "--category", "服装", "--dims", "颜色,尺码", "--only", "红,M,L"
    )
    assert code == 0, out
    code, out = run("variant", "generate", "PL01")
    assert code == 0 and "2 variants made" in out and "PL01-R-M" in out and "PL01-B" not in out
    code, out = run("variant", "template-add", "PL02", "Polo", "--category", "服装", "--dims", "颜色", "--only", "紫")
    assert code == 1 and "Unknown values: 紫" in out
    code, out = run("variant", "list")
    assert code == 0 and "TS01" in out and "颜色 × 尺码" in out
    assert (
        run("stock", "receive", "--warehouse", "W1", "--reason", "opening", "TSHIRT-RED-S:4:25", "TS01-B-L:3:25")[0]
        == 0
    )
    code, out = run("variant", "stock", "--json")
    assert code == 0, out
    [row] = json.loads(out)
    assert (row["code"], row["qty"], row["value"], row["variants"]) == ("TS01", "7.000", "175.00", 6)
    code, out = run("variant", "stock", "TS01", "--json")
    grid = json.loads(out)
    assert grid["qty"] == [["4.000", "0.000", "0.000"], ["0.000", "0.000", "3.000"]]
    assert grid["column_totals"] == ["4.000", "0.000", "3.000"] and grid["total"] == "7.000"
    code, out = run("variant", "stock", "TS01")
    assert code == 0 and "颜色 \\ 尺码" in out and "Total" in out


def test_templates_export_and_import_on_the_command_line(uow, db_path, tmp_path, capsys):
    from tests.support.variants import clothing

    clothing(uow)

    def run(*argv):
        code = main(["--db", str(db_path), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    path = tmp_path / "t.xlsx"
    code, out = run("variant", "export", str(path))
    assert code == 0 and "Exported 1 rows" in out
    other = tmp_path / "other.sqlite3"
    assert run("--db", str(other), "init")[0] == 0
    code, out = run("--db", str(other), "variant", "import", str(path))
    assert code == 1 and "Unknown category 服装." in out
    code, out = run("--db", str(other), "variant", "import", str(path), "--create-categories")
    assert code == 0 and "Imported 1 templates; 12 variants made." in out, out
