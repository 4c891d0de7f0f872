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
