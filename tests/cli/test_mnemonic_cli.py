"""--mnemonic on product / customer / supplier add and edit; the 助记码 follows a rename unless given."""

import json

import pytest

from erp_desktop import cli


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(uow, db_path):
    return db_path


def _show(capsys, shop, noun, code):
    rc, out, err = run(capsys, noun, "show", code, "--json", "--db", shop)
    assert rc == 0, err
    return json.loads(out)


def test_product_add_edit_mnemonic(shop, capsys):
    assert run(capsys, "product", "add", "P1", "--name", "可口可乐", "--price", "3", "--db", shop)[0] == 0
    assert _show(capsys, shop, "product", "P1")["mnemonic"] == "KKKL"
    assert run(capsys, "product", "edit", "P1", "--name", "百事可乐", "--db", shop)[0] == 0
    assert _show(capsys, shop, "product", "P1")["mnemonic"] == "BSKL"
    assert run(capsys, "product", "edit", "P1", "--mnemonic", "pepsi", "--db", shop)[0] == 0
    assert run(capsys, "product", "edit", "P1", "--name", "百事", "--db", shop)[0] == 0
    assert _show(capsys, shop, "product", "P1")["mnemonic"] == "PEPSI"
    assert run(capsys, "product", "edit", "P1", "--mnemonic", "", "--db", shop)[0] == 0
    assert _show(capsys, shop, "product", "P1")["mnemonic"] == "BS"


def test_customer_and_supplier_mnemonic(shop, capsys):
    assert run(capsys, "customer", "add", "C1", "--name", "马记批发", "--db", shop)[0] == 0
    assert _show(capsys, shop, "customer", "C1")["mnemonic"] == "MJPF"
    assert run(capsys, "supplier", "add", "S1", "--name", "娃哈哈", "--mnemonic", "whh", "--db", shop)[0] == 0
    assert _show(capsys, shop, "supplier", "S1")["mnemonic"] == "WHH"
    assert run(capsys, "customer", "edit", "C1", "--mnemonic", "mj1", "--db", shop)[0] == 0
    assert _show(capsys, shop, "customer", "C1")["mnemonic"] == "MJ1"
