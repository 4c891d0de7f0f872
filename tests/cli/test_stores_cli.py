"""多门店 from the command line: ``store add/edit/list/assign-pc``, a shift and a sale at the store's
counter, ``--store`` on the counter report, the shift list and takings and the profit report,
``--json`` on the lists; bad input refused with a clear message and nothing written."""

import json
from decimal import Decimal as D

from erp_desktop import cli
from erp_desktop.services import counter
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.system.setup import open_shop
from tests.support import factories
from tests.support.sales import assert_books_tie_out


def test_cli_stores(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="矿泉水", price="11.30", cost="6", barcode="6901234567892")
        _w1, (bin1,) = factories.warehouse(tx, "W1")
        _w2, (bin2,) = factories.warehouse(tx, "W2")
        factories.opening_stock(tx, a, bin1, "10", "6")
        factories.opening_stock(tx, a, bin2, "10", "6")
    for code in ("XJ01", "XJ02"):
        finance_money.create_money_account(uow, code=code, name=f"Cash {code}", kind="cash")
    pc = uow.pc_id
    db = ["--db", str(db_path), "--lang", "en"]
    assert cli.main(["counter", "settings", *db, "--cash", "XJ01"]) == 0
    assert cli.main(["store", "edit", "S001", *db, "--warehouse", "W1"]) == 0
    assert cli.main(["store", "add", *db, "--code", "S002", "--name", "West Lake", "--warehouse", "W2"]) == 0
    assert "Store S002 West Lake added." in capsys.readouterr().out
    assert cli.main(["store", "add", *db, "--code", "S003", "--name", "Third", "--warehouse", "W2"]) == 1
    assert "W2 already belongs to store S002" in capsys.readouterr().err
    assert cli.main(["store", "add", *db, "--code", "S002", "--name", "Again", "--warehouse", "W1"]) == 1
    assert "Store code S002 is already used" in capsys.readouterr().err
    assert cli.main(["store", "edit", "S002", *db, "--cash", "XJ02", "--earn-per", "2", "--redeem-points", "x"]) == 1
    assert "must be a whole number" in capsys.readouterr().err
    assert cli.main(["store", "edit", "S002", *db, "--cash", "XJ02", "--earn-per", "2"]) == 0
    assert cli.main(["store", "assign-pc", "S002", *db, "--label", "till 1"]) == 0
    assert f"Counter {pc} sells at store S002" in capsys.readouterr().out
    assert cli.main(["store", "list", *db, "--json"]) == 0
    stores = {s["code"]: s for s in json.loads(capsys.readouterr().out)}
    assert stores["S002"]["accounts"] == [["cash", "XJ02"]] and stores["S002"]["counters"] == [pc]
    assert stores["S002"]["earn_per"] == "2.000000" and stores["S001"]["warehouse_code"] == "W1"

    assert cli.main(["counter", "shift", "open", *db, "--float", "0"]) == 0
    assert cli.main(["counter", "sell", *db, "--line", "A001:2", "--pay", "cash:22.60"]) == 0
    capsys.readouterr()
    assert cli.main(["counter", "report", *db, "--store", "S002"]) == 0
    assert "1 tickets, 22.60 · S002 West Lake" in capsys.readouterr().out
    assert cli.main(["counter", "report", *db, "--store", "S001", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tickets"] == 0
    assert cli.main(["counter", "report", *db, "--store", "NOPE"]) == 1
    assert "No store NOPE" in capsys.readouterr().err
    assert cli.main(["counter", "shift", "close", *db, "--counted", "22.60"]) == 0
    capsys.readouterr()
    assert cli.main(["counter", "shift", "list", *db, "--store", "S002", "--json"]) == 0
    (shift,) = json.loads(capsys.readouterr().out)
    assert shift["store"] == "S002 West Lake" and shift["state"] == "closed"
    assert cli.main(["counter", "shift", "takings", *db, "--json"]) == 0
    (takings,) = json.loads(capsys.readouterr().out)
    assert takings["store"] == "S002 West Lake" and takings["tickets"] == 1 and takings["sales_total"] == "22.60"

    assert cli.main(["finance", "profit", *db, "--by-store"]) == 0
    out = capsys.readouterr().out
    assert "S002 West Lake" in out and "20.00" in out  # 22.60 less 13 % VAT
    assert cli.main(["finance", "profit", *db, "--store", "S002", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in report["rows"]] == ["S002"]
    assert report["rows"][0]["sales_revenue"] == "20.00" and report["rows"][0]["cost_of_goods"] == "12.00"
    assert cli.main(["store", "edit", "S002", *db, "--deactivate"]) == 0
    assert counter.get_store(uow, "S002").active is False
    assert cli.main(["counter", "shift", "open", *db, "--float", "0"]) == 1
    assert "S002 West Lake is inactive" in capsys.readouterr().err
    assert_books_tie_out(uow)
    assert counter.get_store(uow, "S002").account("cash") == "XJ02"
    assert D(stores["S002"]["earn_per"]) == D(2)
