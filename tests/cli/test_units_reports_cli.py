"""多单位 from the command line: ``stock valuation`` and ``stock low`` carry "3 箱 5 瓶" beside the
base quantity, in the table and in --json; a product with only its base unit carries ""."""

import json
from decimal import Decimal

from erp_desktop.models.catalog import Product
from erp_desktop.services import masterdata
from tests.cli.test_inventory_cli import run
from tests.support import factories

D = Decimal


def test_valuation_and_low_stock_in_units(uow, db_path, capsys):
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", cost="2", reorder_point="100")
        factories.product(tx, "CUP", name="Cup", cost="2")
        factories.warehouse(tx, "MAIN", bins=("A-01",))
        tea_id = tea.id
    with uow.write() as tx:
        product = tx.get(Product, tea_id)
        product.unit, product.reorder_qty = "瓶", D(48)
    masterdata.save_unit(uow, tea_id, "箱", D(24))
    code, out, err = run(capsys, db_path, "receive", "--warehouse", "MAIN", "--reason", "opening", "TEA:77", "CUP:5")
    assert code == 0, err

    code, out, err = run(capsys, db_path, "valuation", "--json")
    assert code == 0, err
    rows = {r["product"]: r for r in json.loads(out)["rows"]}
    assert rows["TEA"]["qty"] == "77.000" and rows["TEA"]["in_units"] == "3 箱 5 瓶"
    assert rows["CUP"]["in_units"] == ""
    code, out, err = run(capsys, db_path, "valuation")
    assert "In units" in out and "3 箱 5 瓶" in out

    code, out, err = run(capsys, db_path, "low", "--json")
    assert code == 0, err
    (low,) = json.loads(out)
    assert low["product_code"] == "TEA" and low["in_units"] == "3 箱 5 瓶" and low["reorder_in_units"] == "2 箱"
    code, out, err = run(capsys, db_path, "low")
    assert "Reorder in units" in out and "2 箱" in out
