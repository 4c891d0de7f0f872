"""``erp-desktop finance vouchers|voucher …|close-check|balance-sheet|balances|ledger …`` on a shop file."""

import json
from datetime import date

from erp_desktop.cli import main
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.finance import delivery
from tests.support.pdfcheck import pdf_text


def test_cli_vouchers_close_and_statements(db_path, tmp_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    assert (
        main(
            [
                "finance",
                "voucher",
                "add",
                "--on",
                "2026-10-31",
                "--debit",
                "5602:100",
                "--credit",
                "2211:99",
                "--memo",
                "工资",
                *db,
            ]
        )
        == 1
    )
    assert "does not balance" in capsys.readouterr().err
    assert (
        main(
            [
                "finance",
                "voucher",
                "add",
                "--on",
                "2026-10-31",
                "--debit",
                "2221:100",
                "--credit",
                "2211:100",
                "--memo",
                "x",
                *db,
            ]
        )
        == 1
    )
    assert "sub-accounts" in capsys.readouterr().err
    assert (
        main(["finance", "voucher", "add", "--on", "2026-10-31", "--template", "Wages", "--amount", "3000", *db]) == 0
    )
    assert "记-0002 posted" in capsys.readouterr().out
    assert (
        main(
            [
                "finance",
                "voucher",
                "template",
                "房租",
                "--memo",
                "本月房租",
                "--debit",
                "5602:3000",
                "--credit",
                "2241",
                *db,
            ]
        )
        == 0
    )
    assert "Template 房租 saved." in capsys.readouterr().out
    assert main(["finance", "voucher", "templates", "--json", *db]) == 0
    assert "房租" in [t["name"] for t in json.loads(capsys.readouterr().out)]
    assert main(["finance", "vouchers", "--period", "2026-10", "--json", *db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["voucher_no"], r["doc_type"]) for r in rows] == [("记-0001", "DN"), ("记-0002", "MJ")]
    assert main(["finance", "vouchers", "--account", "2211", *db]) == 0
    assert "记-0002" in capsys.readouterr().out
    assert main(["finance", "voucher", "show", "2026-10 记-0002", *db]) == 0
    assert "3,000.00" in capsys.readouterr().out
    pdf = tmp_path / "v.pdf"
    assert main(["finance", "voucher", "print", "--period", "2026-10", "--size", "a5", "--out", str(pdf), *db]) == 0
    assert "叁仟元整" in pdf_text(pdf)
    capsys.readouterr()
    assert main(["finance", "close-check", "2026-10", *db]) == 0
    assert "2026-10 can be closed." in capsys.readouterr().out
    assert main(["finance", "close", "2026-10", *db]) == 0
    capsys.readouterr()
    assert main(["finance", "carry-forward", "2026-10", *db]) == 1  # a second one is refused
    assert "already has its carry-forward" in capsys.readouterr().err
    assert main(["finance", "balance-sheet", "2026-10", "--json", "--pdf", str(tmp_path / "bs.pdf"), *db]) == 0
    out = capsys.readouterr().out
    data = json.loads(out[: out.rindex("}") + 1])
    assert data["checks"][0][1] is True
    assert "资产总计" in pdf_text(tmp_path / "bs.pdf")
    assert main(["finance", "income-statement", "2026-10", *db]) == 0
    assert "-2,000.00" in capsys.readouterr().out  # 1,000.00 net sales − 3,000.00 wages
    assert (
        main(
            [
                "finance",
                "balances",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-31",
                "--xlsx",
                str(tmp_path / "b.xlsx"),
                *db,
            ]
        )
        == 0
    )
    assert "3103" in capsys.readouterr().out and (tmp_path / "b.xlsx").exists()
    assert main(["finance", "ledger", "1122", "--from", "2026-10-01", "--to", "2026-10-31", *db]) == 0
    assert "1,130.00" in capsys.readouterr().out
    assert (
        main(["finance", "party-ledger", "--customer", "C001", "--from", "2026-10-01", "--to", "2026-10-31", *db]) == 0
    )
    assert "DN-1" in capsys.readouterr().out
    assert main(["finance", "general-ledger", "1122", "--year", "2026", *db]) == 0


def test_cli_bank_import_reconcile_and_bad_file(db_path, tmp_path, capsys):
    from erp_desktop.services import finance

    uow = open_shop(db_path)
    finance.create_money_account(uow, code="BANK1", name="工商银行", opening_balance=1000, opening_on=date(2026, 9, 30))
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    good = tmp_path / "s.csv"
    good.write_text("日期,金额,摘要,余额\n2026-10-31,-15.00,手续费,985.00\n", encoding="utf-8")
    assert main(["finance", "bank", "import", str(good), "--account", "BANK1", *db]) == 0
    assert "1 statement lines imported into BANK1, 0 matched." in capsys.readouterr().out
    assert main(["finance", "bank", "lines", "--account", "BANK1", "--json", *db]) == 0
    [line] = json.loads(capsys.readouterr().out)
    assert main(["finance", "bank", "reconcile", "--account", "BANK1", "--as-of", "2026-10-31", *db]) == 0
    assert "15.00" in capsys.readouterr().out
    assert main(["finance", "bank", "record", line["id"], "--gl", "5603", *db]) == 0
    assert "Recorded as OE-" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,金额\n2026-10-30,x\n2026-10-30,x\n", encoding="utf-8")
    assert main(["finance", "bank", "import", str(bad), "--account", "BANK1", *db]) == 1
    err = capsys.readouterr().err
    assert "row 2 (amount)" in err and "row 3 (amount)" in err
