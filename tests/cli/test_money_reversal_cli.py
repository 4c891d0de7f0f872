"""``erp-desktop finance reverse NUMBER --on DATE`` on a shop file."""

from datetime import date
from decimal import Decimal as D

from erp_desktop.cli import main
from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from erp_desktop.services.system import verify
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.finance import delivery


def test_cli_reverses_a_receipt_and_refuses_a_second_time(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "600", date(2026, 10, 5), "DN-1")
    delivery(uow, cid, "500", date(2026, 10, 6), "DN-2")
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "en"]
    assert main(["finance", "accounts", "--add", "BANK1", "--name", "工商银行", *db]) == 0
    assert (
        main(
            [
                "finance",
                "receive",
                "--customer",
                "C001",
                "--amount",
                "1000",
                "--account",
                "BANK1",
                "--on",
                "2026-10-20",
                "--allocate",
                "auto",
                *db,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["finance", "reverse", "RC-2026-000001", "--on", "2026-10-21", *db]) == 0
    assert capsys.readouterr().out.strip() == (
        "RC-2026-000001 reversed by RC-2026-000002: 1,000.00, allocations undone, entry JE-2026-000004."
    )
    assert main(["finance", "reverse", "RC-2026-000001", "--on", "2026-10-22", *db]) == 1
    assert "RC-2026-000001 has already been reversed by RC-2026-000002." in capsys.readouterr().err
    assert main(["finance", "reverse", "RC-2026-000002", "--on", "2026-10-22", *db]) == 1
    assert "is itself the reversal of RC-2026-000001" in capsys.readouterr().err
    assert main(["finance", "reverse", "RC-2026-000099", *db]) == 1
    assert "No money document RC-2026-000099." in capsys.readouterr().err
    assert main(["finance", "accounts", *db]) == 0
    assert "BANK1" in (out := capsys.readouterr().out) and " 0.00" in out
    uow = open_shop(db_path)
    try:
        assert [(i.doc_number, i.open) for i in fq.list_open_items(uow, kind="receivable", party_id=cid)] == [
            ("DN-1", D("600.00")),
            ("DN-2", D("500.00")),
        ]
        assert finance.list_money_accounts(uow)[0].balance == D("0.00")
        assert all(c.ok for c in verify.run_checks(uow))
    finally:
        uow.engine.dispose()


def test_cli_reverse_in_chinese(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        factories.customer(tx, "C001", name="张三超市")
    uow.engine.dispose()
    db = ["--db", str(db_path), "--lang", "zh_CN"]
    assert main(["finance", "accounts", "--add", "CASH", "--name", "现金", "--kind", "cash", *db]) == 0
    assert (
        main(
            [
                "finance",
                "receive",
                "--customer",
                "C001",
                "--amount",
                "80",
                "--account",
                "CASH",
                "--on",
                "2026-10-20",
                *db,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["finance", "reverse", "RC-2026-000001", "--on", "2026-10-21", *db]) == 0
    out = capsys.readouterr().out
    assert "RC-2026-000002" in out and "冲销" in out
