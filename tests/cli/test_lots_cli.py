"""Lots and serials from the command line: set tracking, receive with --lot/--serial, deliver
first-expiry-first or a chosen serial, then the lot list, the expiry list, the recall list and a
serial's history in one search."""

from erp_desktop.cli import main
from erp_desktop.services.system import verify
from tests.support import factories as f


def test_lots_and_serials_on_the_command_line(uow, db_path, capsys):
    with uow.write() as tx:
        f.product(tx, "MILK", name="Milk", cost="5")
        f.product(tx, "PHONE", name="Phone", cost="900")
        f.supplier(tx, "S001", name="Dairy Co")
        f.customer(tx, "C001", name="Zhang")
        f.warehouse(tx, "W1")

    def run(*argv):
        code = main(["--db", str(db_path), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out + err

    assert run("stock", "tracking", "MILK", "--lots", "--shelf-life", "30")[0] == 0
    code, out = run("stock", "tracking", "PHONE", "--serials", "--warranty", "365")
    assert code == 0 and "by serial number" in out and "warranty 365 days" in out
    code, out = run(
        "purchase",
        "order",
        "create",
        "--supplier",
        "S001",
        "--line",
        "MILK:10",
        "--line",
        "PHONE:2",
        "--date",
        "2026-03-01",
        "--confirm",
    )
    assert code == 0, out
    code, out = run(
        "purchase",
        "receive",
        "PO-2026-000001",
        "--warehouse",
        "W1",
        "--date",
        "2026-03-02",
        "--lot",
        "MILK:L-LATE:6::2026-03-01",
        "--lot",
        "MILK:L-EARLY:4:2026-03-15",
        "--serial",
        "PHONE:SN-1",
        "--serial",
        "PHONE:SN-2",
    )
    assert code == 0, out
    code, out = run("stock", "lots", "MILK")
    assert code == 0 and "L-EARLY" in out and "2026-03-31" in out  # L-LATE expires production + 30 days
    assert out.index("L-EARLY") < out.index("L-LATE")
    code, out = run(
        "sales",
        "order",
        "create",
        "--customer",
        "C001",
        "--line",
        "MILK:5",
        "--line",
        "PHONE:1",
        "--date",
        "2026-03-03",
        "--confirm",
    )
    assert code == 0, out
    code, out = run("sales", "deliver", "SO-2026-000001", "--date", "2026-03-03", "--serial", "PHONE:SN-2")
    assert code == 0, out
    code, out = run("stock", "trace", "MILK", "L-EARLY")
    assert code == 0 and "Zhang" in out and "Dairy Co" in out
    code, out = run("stock", "expiry", "--date", "2026-03-10")
    assert code == 0 and "L-LATE" in out and "near expiry" in out
    code, out = run("stock", "serial", "SN-2")
    assert code == 0 and "Dairy Co" in out and "Zhang" in out and "2027-03-03" in out and "delivered" in out
    code, out = run("stock", "serial", "NOPE")
    assert code == 1
    code, out = run("stock", "tracking", "MILK", "--none")
    assert code != 0 and "already has stock moves" in out
    assert all(c.ok for c in verify.run_checks(uow))
