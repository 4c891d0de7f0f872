"""The pivot's store dimension: sales by the store whose warehouse the goods left from (the rule of
the profit report by store), purchases by their warehouse's store, "(no store)" for the rest."""

from __future__ import annotations

from datetime import date

from erp_desktop.models.stores import DEFAULT_STORE_ID
from erp_desktop.services import analysis, counter
from erp_desktop.services.analysis import pivot as pv
from tests.support.analysis import build_story

START, END = date(2026, 1, 1), date(2026, 12, 31)


def test_store_dimension_matches_the_profit_report_by_store(uow):
    build_story(uow)
    before = pv.pivot(uow, pv.PivotSpec(rows=("store",), measure="revenue", start=START, end=END))
    assert before.row_labels == (("(no store)",),)  # the default store has no warehouse yet
    counter.update_store(uow, "S001", counter.StoreInput(code="S001", name="总店", warehouse="W1"))
    result = pv.pivot(uow, pv.PivotSpec(rows=("store",), measure="margin", start=START, end=END))
    cut = {r.store_id: r for r in analysis.profit_by_store(uow, start=START, end=END).rows}
    s1 = str(DEFAULT_STORE_ID)
    assert result.row_labels == (("总店",),)
    assert result.row_totals[(s1,)].revenue == cut[DEFAULT_STORE_ID].sales_revenue == before.total.revenue
    assert result.row_totals[(s1,)].cost == cut[DEFAULT_STORE_ID].cost_of_goods
    only = pv.pivot(uow, pv.PivotSpec(rows=("product",), measure="revenue", filters=(("store", (s1,)),)))
    none = pv.pivot(uow, pv.PivotSpec(rows=("product",), measure="revenue", filters=(("store", ("",)),)))
    assert only.total.revenue == result.total.revenue and none.total.revenue == 0
    assert sum(d.revenue for d in pv.drill(uow, result.spec, (s1,))) == result.total.revenue
    bought = pv.pivot(uow, pv.PivotSpec(source="purchases", rows=("store",), start=START, end=END))
    assert bought.row_labels == (("总店",),) and bought.total.revenue > 0
    headers, rows = pv.table(result)
    assert headers[0] == "Store" and rows[0][0] == "总店"
    assert (s1, "S001 总店") in pv.choices(uow, "store")
