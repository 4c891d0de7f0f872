"""``erp-desktop finance …`` end to end on a shop file."""

from datetime import date

from erp_desktop.cli import main
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.finance import delivery


def test_cli_receive_allocate_statement_trial_balance_close(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
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
                "1130",
                "--account",
                "BANK1",
                "--on",
                "2026-10-20",
                "--allocate",
                "DN-1",
                *db,
            ]
        )
        == 0
    )
    assert "received 1,130.00, allocated 1,130.00" in capsys.readouterr().out
    assert (
        main(
            [
                "finance",
                "receive",
                "--customer",
                "C001",
                "--amount",
                "600",
                "--account",
                "BANK1",
                "--on",
                "2026-10-21",
                *db,
            ]
        )
        == 0
    )
    assert main(["finance", "allocate", "--customer", "C001", *db]) == 0
    assert "Allocated 500.00 in 1 allocations." in capsys.readouterr().out
    assert main(["finance", "statement", "--customer", "C001", "--from", "2026-10-01", "--to", "2026-10-31", *db]) == 0
    out = capsys.readouterr().out
    assert "DN-1" in out and "RC-2026-000002" in out and "-100.00" in out
    assert main(["finance", "statement", "--customer", "all", "--from", "2026-10-01", "--to", "2026-10-31", *db]) == 0
    assert capsys.readouterr().out.count("Statement C001") == 1
    assert main(["finance", "trial-balance", "--from", "2026-10-01", "--to", "2026-10-31", *db]) == 0
    assert "Balanced." in capsys.readouterr().out
    assert main(["finance", "pay", "--supplier", "NOPE", "--amount", "1", "--account", "BANK1", *db]) == 1
    assert "No supplier NOPE." in capsys.readouterr().err
    assert main(["finance", "close", "2026-10", *db]) == 0
    assert (
        main(
            [
                "finance",
                "receive",
                "--customer",
                "C001",
                "--amount",
                "5",
                "--account",
                "BANK1",
                "--on",
                "2026-10-30",
                *db,
            ]
        )
        == 1
    )
    assert "closed period" in capsys.readouterr().err
    assert main(["finance", "accounts", *db]) == 0
    assert "1,730.00" in capsys.readouterr().out
