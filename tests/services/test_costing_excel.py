"""Costing method (计价方法) in the products list's Excel export and import (units17): a column that
round-trips, takes the key, the label or 移动加权平均 / 先进先出, refuses anything else naming the row,
refuses a change once the product has moved, and is the owner's to choose — all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from erp_desktop.errors import ImportErrors
from erp_desktop.services import inventory
from erp_desktop.services.masterdata import catalog
from erp_desktop.services.masterdata import io as masterdata_io
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.uow import Actor
from tests.services.test_masterdata_io import _xlsx
from tests.support import factories


def _refused(uow, path) -> dict[int, str]:
    """The problems an import of ``path`` is refused with, by sheet row."""
    with pytest.raises(ImportErrors) as err:
        masterdata_io.import_list(uow, "products", path)
    return {p[0]: str(p) for p in err.value.problems}


def _method(uow, code):
    return inventory.costing_method(uow, catalog.get_product_by_code(uow, code).id)


def test_the_costing_method_round_trips(uow, tmp_path):
    with uow.write() as tx:
        factories.product(tx, "AVG", name="平均")
        fifo = factories.product(tx, "FIFO1", name="先进").id
    inventory.set_costing_method(uow, fifo, "fifo")
    path = tmp_path / "out.xlsx"
    masterdata_io.export_list(uow, "products", path)
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    column = rows[0].index("Costing method")
    assert {r[0]: r[column] for r in rows[1:]} == {"AVG": "Moving average", "FIFO1": "FIFO"}
    # the owner swaps them in the sheet (neither has moved) and imports it back
    load = load_workbook(path)
    load.active.cell(2, column + 1, "先进先出")
    load.active.cell(3, column + 1, "移动加权平均")
    load.save(path)
    assert masterdata_io.import_list(uow, "products", path).updated == 2
    assert (_method(uow, "AVG"), _method(uow, "FIFO1")) == ("fifo", "average")
    masterdata_io.export_list(uow, "products", path)
    again = list(load_workbook(path).active.iter_rows(values_only=True))
    assert {r[0]: r[column] for r in again[1:]} == {"AVG": "FIFO", "FIFO1": "Moving average"}


def test_new_products_take_the_method_named_or_the_average(uow, tmp_path):
    path = _xlsx(
        tmp_path / "p.xlsx",
        ["编码", "名称", "计价方法"],
        ["N1", "甲", "先进先出"],
        ["N2", "乙", None],
        ["N3", "丙", "FIFO"],
        ["N4", "丁", "Moving average"],
    )
    assert masterdata_io.import_list(uow, "products", path).created == 4
    assert [_method(uow, c) for c in ("N1", "N2", "N3", "N4")] == ["fifo", "average", "fifo", "average"]


def test_bad_methods_and_moved_products_are_refused_naming_the_row(uow, tmp_path):
    with uow.write() as tx:
        moved = factories.product(tx, "MOVED", name="已入库")
        w, (a1,) = factories.warehouse(tx, "W1", bins=("A-01",))
        factories.opening_stock(tx, moved, a1, "5", "2", on=date(2026, 1, 5))
        factories.product(tx, "KEEP", name="不变")
    header = ["Code", "Name", "Costing method", "Sale price"]
    rows = [["KEEP", "不变", "LIFO", 9], ["MOVED", "已入库", "先进先出", 9], ["MOVED2", "新的", "先进先出", 9]]
    problems = _refused(uow, _xlsx(tmp_path / "bad.xlsx", header, *rows))
    assert sorted(problems) == [2, 3]
    assert "LIFO" in problems[2] and "moving average or FIFO" in problems[2]
    assert "MOVED" in problems[3] and "already has stock moves" in problems[3]
    # all or nothing: the good row was not imported, the prices are as they were
    assert catalog.get_product_by_code(uow, "KEEP").sale_price == D(10)
    assert catalog.get_product_by_code(uow, "MOVED2") is None
    # the same method again is no change: a moved product's row imports
    ok = _xlsx(tmp_path / "ok.xlsx", ["Code", "Name", "Costing method"], ["MOVED", "已入库", "移动加权平均"])
    assert masterdata_io.import_list(uow, "products", ok).updated == 1


def test_only_the_owner_chooses_a_costing_method(uow, tmp_path):
    clerk = uow.as_actor(Actor(username="li", role="clerk", permissions=frozenset({Perm.EDIT_MASTER})))
    path = _xlsx(tmp_path / "p.xlsx", ["Code", "Name", "Costing method"], ["N1", "甲", "FIFO"])
    assert "owner" in _refused(clerk, path)[2]
    plain = _xlsx(tmp_path / "q.xlsx", ["Code", "Name", "Costing method"], ["N1", "甲", "移动加权平均"])
    assert masterdata_io.import_list(clerk, "products", plain).created == 1  # the default is no choice
    assert _method(uow, "N1") == "average"
