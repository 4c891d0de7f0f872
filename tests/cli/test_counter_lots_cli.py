"""The counter sale command with lots and serials: --serial PRODUCT:SERIAL, a serial scanned as
the --line, --lot to choose a lot (default first expiry first), a bundle's component serial; a
return by --serial brings back that serial and refuses one not on the ticket; the reprint names
them; the books tie out."""

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop import cli
from erp_desktop.models.stock import StockLot, StockMove
from erp_desktop.services import counter, inventory
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.system.setup import open_shop
from tests.services.test_counter_lots import buy
from tests.support import factories as f
from tests.support.sales import assert_books_tie_out, on_hand


def _moved(uow, number):
    with uow.read() as tx:
        return sorted(
            tx.execute(
                select(StockLot.number, StockMove.qty)
                .join(StockLot, StockLot.id == StockMove.lot_id)
                .where(StockMove.doc_number == number)
            ).all()
        )


def test_counter_sale_and_return_with_serials_and_lots_on_the_command_line(db_path, capsys):
    uow = open_shop(db_path)
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="Milk", price="8", cost="5", lot_tracked=True)
        phone = f.product(tx, "PHONE", name="Phone", price="1130", cost="800", serial_tracked=True)
        f.product(tx, "GIFT", name="Gift box", price="1200", cost="0")
        supplier = f.supplier(tx, "S1")
        _w, (bin1,) = f.warehouse(tx, "W1")
        ids = milk.id, phone.id, supplier.id, bin1.id
    milk_id, phone_id, supplier_id, bin_id = ids
    buy(uow, milk_id, supplier_id, bin_id, "10", [LotInput("L-LATE", D(10), expiry_date=date(2026, 5, 1))])
    buy(uow, milk_id, supplier_id, bin_id, "3", [LotInput("L-EARLY", D(3), expiry_date=date(2026, 4, 1))])
    buy(uow, phone_id, supplier_id, bin_id, "4", [LotInput(f"SN{n}") for n in (1, 2, 3, 4)], price="800")
    gift = counter.scan(uow, "GIFT").product_id
    inventory.set_bom(uow, gift, [ComponentInput(milk_id, D(1)), ComponentInput(phone_id, D(1))], bundle=True)
    finance_money.create_money_account(uow, code="XJ01", name="Cash box", kind="cash")
    db = ["--db", str(db_path), "--date", "2026-03-10"]
    assert cli.main(["counter", "settings", "--db", str(db_path), "--cash", "XJ01"]) == 0
    assert cli.main(["counter", "shift", "open", *db, "--float", "200"]) == 0
    capsys.readouterr()

    # a serial-tracked line without its serial is refused, naming it; with --serial it sells
    assert cli.main(["counter", "sell", *db, "--line", "PHONE:1", "--pay", "cash:1130"]) == 1
    assert "serial" in capsys.readouterr().err
    assert cli.main(["counter", "sell", *db, "--line", "PHONE:2", "--serial", "PHONE:SN1", "--serial",
                     "PHONE:SN3", "--line", "MILK:4", "--pay", "cash:2300"]) == 0  # fmt: skip
    number = capsys.readouterr().out.split("Ticket ")[1].split(":")[0]
    assert _moved(uow, number) == [("L-EARLY", D(3)), ("L-LATE", D(1)), ("SN1", D(1)), ("SN3", D(1))]
    # a serial scanned as the line; --lot chooses the lot; a bundle takes its component's serial
    assert cli.main(["counter", "sell", *db, "--line", "SN2", "--line", "MILK:2", "--lot", "MILK:L-LATE:2",
                     "--line", "GIFT", "--serial", "PHONE:SN4", "--pay", "cash:2400"]) == 0  # fmt: skip
    second = capsys.readouterr().out.split("Ticket ")[1].split(":")[0]
    assert _moved(uow, second) == [("L-LATE", D(1)), ("L-LATE", D(2)), ("SN2", D(1)), ("SN4", D(1))]
    assert on_hand(uow, phone_id) == D(0)
    # sold already: the scan says so
    assert cli.main(["counter", "sell", *db, "--line", "SN1", "--pay", "cash:1130"]) == 1
    assert "SN1" in capsys.readouterr().err

    assert cli.main(["counter", "reprint", number, "--db", str(db_path)]) == 0
    assert "SN1, SN3" in capsys.readouterr().out
    assert cli.main(["counter", "return", number, *db, "--serial", "PHONE:SN2"]) == 1
    assert "SN2 is not on ticket" in capsys.readouterr().err
    assert cli.main(["counter", "return", number, *db, "--serial", "SN3"]) == 0
    back = capsys.readouterr().out.split("Return ")[1].split(":")[0]
    assert _moved(uow, back) == [("SN3", D(1))]
    assert cli.main(["counter", "return", second, *db, "--serial", "SN4"]) == 0  # the bundle comes back
    back = capsys.readouterr().out.split("Return ")[1].split(":")[0]
    assert _moved(uow, back) == [("L-LATE", D(1)), ("SN4", D(1))]
    assert on_hand(uow, phone_id) == D(2)
    assert_books_tie_out(uow)
