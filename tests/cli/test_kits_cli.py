"""``product bom set/show`` and ``stock assemble/disassemble``: the kit's cost as printed, the
stock moved, and a kit containing itself refused with the line named."""

from __future__ import annotations

import json

from erp_desktop import cli
from tests.support import factories


def _run(capsys, db_path, *args):
    code = cli.main(["--db", str(db_path), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_bom_assemble_and_disassemble_from_the_command_line(uow, db_path, capsys):
    with uow.write() as tx:
        factories.product(tx, "BOX", cost="3")
        factories.product(tx, "TEA", cost="4.5")
        factories.product(tx, "GIFT", cost="0")
        factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
    code, out, err = _run(
        capsys, db_path, "stock", "receive", "--warehouse", "MAIN", "--reason", "opening", "BOX:10:3", "TEA:10:4.5"
    )
    assert code == 0, err
    code, out, err = _run(capsys, db_path, "product", "bom", "set", "GIFT", "BOX:1", "TEA:2")
    assert code == 0, err
    assert "Saved the bill of GIFT: 2 components, 12.00 per kit" in out
    code, out, err = _run(capsys, db_path, "product", "bom", "set", "GIFT", "BOX:1", "GIFT:1")
    assert code == 1 and "line 2: kit GIFT cannot contain itself" in err
    code, out, err = _run(capsys, db_path, "product", "bom", "show", "GIFT", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["cost"] == "12.00" and [c["code"] for c in shown["components"]] == ["BOX", "TEA"]
    code, out, err = _run(
        capsys,
        db_path,
        "stock",
        "assemble",
        "GIFT",
        "2",
        "--from",
        "MAIN/A-01",
        "--to",
        "MAIN/A-02",
        "--date",
        "2026-03-10",
    )
    assert code == 0, err
    assert "Posted AS-2026-000001: 2 × GIFT, value 24.00" in out
    code, out, err = _run(capsys, db_path, "stock", "assemble", "GIFT", "9", "--from", "MAIN/A-01")
    assert code == 1 and "Not enough stock of BOX" in err  # 9 BOX needed, 8 left (and 18 TEA, 6 left)
    code, out, err = _run(
        capsys,
        db_path,
        "stock",
        "disassemble",
        "GIFT",
        "1",
        "--from",
        "MAIN/A-02",
        "--to",
        "MAIN/A-01",
        "--date",
        "2026-03-10",
    )
    assert code == 0, err
    assert "Posted DA-2026-000001: 1 × GIFT, value 12.00" in out
    code, out, err = _run(capsys, db_path, "verify")
    assert code == 0, out + err


def test_the_assembly_note_prints_the_kit_and_its_components(uow, db_path, capsys, tmp_path):
    import subprocess
    from datetime import date
    from decimal import Decimal as D

    from erp_desktop.services import inventory

    with uow.write() as tx:
        box = factories.product(tx, "BOX", name="礼盒", cost="3")
        tea = factories.product(tx, "TEA", name="龙井茶", cost="4.5")
        kit = factories.product(tx, "GIFT", name="茶叶礼盒", cost="0")
        w, _bins = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = (box.id, tea.id, kit.id, w.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 3, 10),
        warehouse_id=ids[3],
        lines=[inventory.LineInput(ids[0], D(5)), inventory.LineInput(ids[1], D(5))],
    )
    inventory.set_bom(uow, ids[2], [inventory.ComponentInput(ids[0], D(1)), inventory.ComponentInput(ids[1], D(2))])
    posted = inventory.create_and_post_kit_doc(
        uow, kind="assembly", on=date(2026, 3, 10), kit_id=ids[2], qty=D(2), warehouse_id=ids[3]
    )
    out = tmp_path / "as.pdf"
    code, _out, err = _run(capsys, db_path, "print", "assembly", posted.number, "--out", str(out))
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Assembly note" in text and posted.number in text
    assert "GIFT" in text and "BOX" in text and "TEA" in text
    assert "24.00" in text  # the total value: 2 × (3.00 + 2 × 4.50)


def test_a_bundle_delivery_note_names_the_components_that_left(uow, db_path, capsys, tmp_path):
    import subprocess
    from datetime import date
    from decimal import Decimal as D

    from erp_desktop.services import inventory, sales

    with uow.write() as tx:
        box = factories.product(tx, "BOX", cost="3").id
        tea = factories.product(tx, "TEA", cost="4.5").id
        kit = factories.product(tx, "GIFT", name="茶叶礼盒", cost="0").id
        w = factories.warehouse(tx, "MAIN", bins=("A-01",))[0].id
        customer = factories.customer(tx).id
    on = date(2026, 3, 10)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=on,
        warehouse_id=w,
        lines=[inventory.LineInput(box, D(5)), inventory.LineInput(tea, D(10))],
    )
    inventory.set_bom(uow, kit, [inventory.ComponentInput(box, D(1)), inventory.ComponentInput(tea, D(2))], bundle=True)
    order = sales.create_order(uow, customer_id=customer, on=on, lines=[sales.LineInput(kit, D(3), D(30))])
    sales.confirm_order(uow, order.id)
    delivery = sales.deliver_order(uow, order.id, on=on, warehouse_id=w)
    out = tmp_path / "dn.pdf"
    code, _out, err = _run(capsys, db_path, "print", "delivery", delivery.number, "--out", str(out))
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "茶叶礼盒" in text and "contains BOX×3," in text and "TEA×6" in text  # the spec cell wraps
