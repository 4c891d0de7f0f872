"""Kits with tracked components from the command line (issue 17): a bill with a component in
another unit, an assembly with --lot/--serial (lots FEFO by default) printing what it moved, a
missing serial refused naming the line, a bundle delivered with its component's serial, and
``verify`` clean after it all."""

from erp_desktop.cli import main
from erp_desktop.services.system import verify
from tests.support import factories as f


def test_kits_with_lots_and_serials_on_the_command_line(uow, db_path, capsys):
    with uow.write() as tx:
        f.product(tx, "MILK", name="Milk", cost="5", lot_tracked=True, shelf_life_days=30)
        f.product(tx, "PHONE", name="Phone", cost="100", serial_tracked=True)
        f.product(tx, "CARD", name="Card", cost="1")
        f.product(tx, "GIFT", name="Gift box", cost="0", serial_tracked=True)
        f.product(tx, "SET", name="Phone set", cost="0", price="150")
        f.supplier(tx, "S001", name="Dairy Co")
        f.customer(tx, "C001", name="Zhang")
        f.warehouse(tx, "W1", bins=("A-01", "A-02"))

    def run(*argv):
        code = main(["--db", str(db_path), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    assert run("product", "unit", "add", "CARD", "pack", "10")[0] == 0
    code, out = run(
        "purchase", "order", "create", "--supplier", "S001", "--line", "MILK:10", "--line", "PHONE:3",
        "--line", "CARD:20", "--date", "2026-03-01", "--confirm",
    )  # fmt: skip
    assert code == 0, out
    code, out = run(
        "purchase", "receive", "PO-2026-000001", "--warehouse", "W1", "--bin", "A-01", "--date", "2026-03-02",
        "--lot", "MILK:L-LATE:7:2026-04-30", "--lot", "MILK:L-EARLY:3:2026-03-20",
        "--serial", "PHONE:SN-1", "--serial", "PHONE:SN-2", "--serial", "PHONE:SN-3",
    )  # fmt: skip
    assert code == 0, out
    code, out = run("product", "bom", "set", "GIFT", "MILK:2", "PHONE:1", "CARD:0.5:pack")
    assert code == 0, out
    code, out = run("product", "bom", "show", "GIFT")
    assert code == 0 and "pack" in out and "serial numbers" in out and "lots" in out, out
    code, out = run("stock", "assemble", "GIFT", "2", "--from", "W1/A-01", "--to", "W1/A-02", "--date", "2026-03-05",
                    "--serial", "PHONE:SN-1")  # fmt: skip
    assert code == 1 and "Line 1, GIFT Gift box: scan the serial number" in out, out
    code, out = run(
        "stock", "assemble", "GIFT", "2", "--from", "W1/A-01", "--to", "W1/A-02", "--date", "2026-03-05",
        "--serial", "PHONE:SN-1", "--serial", "PHONE:SN-3", "--serial", "GIFT:GB-1", "--serial", "GIFT:GB-2",
    )  # fmt: skip
    assert code == 0, out
    assert "Posted AS-2026-000001: 2 × GIFT, value 230.00" in out  # 4 × 5 + 2 × 100 + 10 × 1
    assert "GIFT: GB-1×1, GB-2×1" in out and "MILK: L-EARLY×3, L-LATE×1" in out and "PHONE: SN-1×1, SN-3×1" in out
    code, out = run(
        "stock", "disassemble", "GIFT", "1", "--from", "W1/A-02", "--to", "W1/A-01", "--date", "2026-03-06",
        "--serial", "GIFT:GB-9", "--serial", "PHONE:SN-1", "--lot", "MILK:L-EARLY:2",
    )  # fmt: skip
    assert code == 1 and "Line 1" in out and "GB-9" in out, out
    code, out = run(
        "stock", "disassemble", "GIFT", "1", "--from", "W1/A-02", "--to", "W1/A-01", "--date", "2026-03-06",
        "--serial", "GIFT:GB-2", "--serial", "PHONE:SN-3", "--lot", "MILK:L-EARLY:2",
    )  # fmt: skip
    assert code == 0, out
    assert "GIFT: GB-2×1" in out and "PHONE: SN-3×1" in out
    assert run("product", "bom", "set", "SET", "PHONE:1", "CARD:1", "--bundle")[0] == 0
    code, out = run("sales", "order", "create", "--customer", "C001", "--line", "SET:1", "--date", "2026-03-07",
                    "--confirm")  # fmt: skip
    assert code == 0, out
    code, out = run("sales", "deliver", "SO-2026-000001", "--date", "2026-03-07")
    assert code == 1 and "component PHONE" in out and "scan" in out, out
    code, out = run("sales", "deliver", "SO-2026-000001", "--date", "2026-03-07", "--serial", "PHONE:SN-3")
    assert code == 0, out
    code, out = run("stock", "serial", "SN-3")
    assert code == 0 and "Zhang" in out, out
    code, out = run(
        "sales", "return", "DN-2026-000001", "--line", "SET:1", "--serial", "PHONE:SN-2", "--date", "2026-03-08"
    )
    assert code == 1 and "SN-2" in out, out  # SN-2 never left on that delivery
    code, out = run(
        "sales", "return", "DN-2026-000001", "--line", "SET:1", "--serial", "PHONE:SN-3", "--date", "2026-03-08"
    )
    assert code == 0, out
    from erp_desktop.services import inventory, masterdata

    phone = masterdata.find_product(uow, "PHONE").id
    assert {lot.number for lot in inventory.product_lots(uow, phone, in_stock_only=True)} == {
        "SN-2",
        "SN-3",
    }  # SN-1 is in kit GB-1
    assert all(check.ok for check in verify.run_checks(uow))
