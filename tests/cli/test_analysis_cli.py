"""``erp-desktop report dashboard`` and ``report pivot`` on the dashboard story."""

from decimal import Decimal as D

import openpyxl

from erp_desktop import cli
from erp_desktop.services.system.setup import open_shop
from tests.support.analysis import build_story


def test_report_dashboard_and_pivot(db_path, capsys, tmp_path):
    build_story(open_shop(db_path))
    db = ["--db", str(db_path)]
    capsys.readouterr()
    assert cli.main(["report", "dashboard", *db, "--as-of", "2026-03-15"]) == 0
    out = capsys.readouterr().out
    lines = {l.split("  ")[0].strip(): l for l in out.splitlines()}
    assert "140.00" in lines["Sales this month (excl. tax)"] and "100.00" in lines["Received today"]
    assert "140.00" in lines["Sales this month (excl. tax)"] and "margin 41.4 %" in lines["Gross margin this month"]
    assert "100.60" in lines["Receivables"]
    xlsx = tmp_path / "p.xlsx"
    assert (
        cli.main(
            [
                "report",
                "pivot",
                *db,
                "--rows",
                "customer",
                "--cols",
                "month",
                "--measure",
                "margin",
                "--from",
                "2026-02-01",
                "--to",
                "2026-03-31",
                "--xlsx",
                str(xlsx),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Customer", "2026-02", "2026-03", "Total"]
    assert out[1].split() == ["张三超市", "16.00", "58.00", "74.00"]
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(xlsx).active.iter_rows()]
    assert rows[1][0] == "张三超市" and D(str(rows[1][3])) == D("74")
    assert cli.main(["report", "pivot", *db, "--rows", "nonsense"]) != 0
