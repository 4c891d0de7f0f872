"""The example flow from the command line: order 10 of A, confirm (待发货), deliver, return 2."""

import re
from decimal import Decimal as D

from erp_desktop import cli
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.sales import assert_books_tie_out, on_hand, receivables


def test_cli_order_confirm_deliver_return(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="Product A", price="10", cost="6")
        _w, (bin1, _bin2) = factories.warehouse(tx, "W1", bins=("A-01", "A-02"))
        c = factories.customer(tx, "C001", name="张三超市")
        factories.opening_stock(tx, a, bin1, "100", "6")
        a_id, c_id = a.id, c.id
    db = ["--db", str(db_path)]
    assert (
        cli.main(["sales", "order", "create", *db, "--customer", "C001", "--line", "A001:10", "--date", "2026-03-10"])
        == 0
    )
    assert "Created order SO-2026-000001." in capsys.readouterr().out
    assert cli.main(["sales", "order", "confirm", "SO-2026-000001", *db]) == 0
    assert cli.main(["sales", "list", *db, "--status", "confirmed"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("SO-2026-000001"))
    assert re.split(r"\s{2,}", row) == [
        "SO-2026-000001",
        "2026-03-10",
        "C001 张三超市",
        "-",
        "Awaiting delivery",
        "113.00",
    ]
    assert (
        cli.main(
            [
                "sales",
                "deliver",
                "SO-2026-000001",
                *db,
                "--warehouse",
                "W1",
                "--bin",
                "A-01",
                "--line",
                "A001:4",
                "--date",
                "2026-03-11",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Posted delivery DN-2026-000001: net 40.00, tax 5.20, receivable 45.20, cost 24.00." in out
    assert "[Partly delivered]" in out
    assert cli.main(["sales", "deliver", "SO-2026-000001", *db, "--line", "A001:7"]) == 1
    assert "exceeds the 6.000 still open" in capsys.readouterr().err
    assert cli.main(["sales", "deliver", "SO-2026-000001", *db, "--date", "2026-03-12"]) == 0
    assert cli.main(["sales", "return", "DN-2026-000001", *db, "--line", "A001:2", "--date", "2026-03-12"]) == 0
    assert "Posted return SR-2026-000001 against DN-2026-000001." in capsys.readouterr().out
    assert cli.main(["sales", "show", "SO-2026-000001", *db]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    head = lines[1].split()
    assert head[:2] == ["Code", "Product"] and "Delivered" in head
    row = next(line for line in lines if line.startswith("A001 "))
    cells = row.split()
    at = cells.index("10")  # ordered, delivered, returned, exchanged, open — in that order
    assert cells[at : at + 5] == ["10", "10", "2", "0", "0"], row
    assert "receivable 90.40" in out
    assert on_hand(uow, a_id) == D("92")
    assert receivables(uow, c_id) == [("DN", D("45.20")), ("DN", D("67.80")), ("SR", D("-22.60"))]
    assert (
        cli.main(
            [
                "sales",
                "exchange",
                "DN-2026-000002",
                *db,
                "--back",
                "A001:1",
                "--out",
                "A001:1:9.5",
                "--date",
                "2026-03-13",
            ]
        )
        == 0
    )
    assert (
        "Posted exchange SX-2026-000001: return SR-2026-000002, delivery DN-2026-000003, difference -0.56."
        in capsys.readouterr().out
    )
    assert on_hand(uow, a_id) == D("92")
    assert_books_tie_out(uow)
    uow.engine.dispose()
