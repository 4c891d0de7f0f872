"""The dashboard and the pivot on PostgreSQL: the same figures as on SQLite (uuid keys, scaled sums)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from erp_desktop.services.analysis import dashboard
from erp_desktop.services.analysis import pivot as analysis
from erp_desktop.services.system import verify
from tests.support.analysis import build_story


def test_dashboard_and_pivot_on_postgresql(pg_uow):
    story = build_story(pg_uow)
    ov = dashboard.overview(pg_uow, as_of=date(2026, 3, 15))
    f = {x.key: x.value for x in ov.figures}
    assert (f["sales_month"], f["margin_month"], f["receivable"], f["payable"]) == (
        D("140.00"),
        D("58.00"),
        D("100.60"),
        D("67.80"),
    )
    assert (ov.receivable_overdue, ov.receivable_soon) == (D("0.00"), D("0.00"))
    spec = analysis.PivotSpec(
        rows=("product",), cols=("week",), measure="margin", start=date(2026, 2, 1), end=date(2026, 3, 31)
    )
    result = analysis.pivot(pg_uow, spec)
    a = str(story.shop.a)
    assert result.col_keys == (("2026-W08",), ("2026-W11",))
    assert result.value((a,), ("2026-W11",)) == D("28.00") and result.total.margin == D("74.00")
    assert [d.doc_type for d in analysis.drill(pg_uow, spec, (a,), ("2026-W11",))] == ["DN", "SR"]
    filtered = analysis.pivot(
        pg_uow, analysis.PivotSpec(rows=("customer",), measure="qty", filters=(("product", (a,)),))
    )
    assert filtered.total.qty == D("11.000")
    assert all(c.ok for c in verify.run_checks(pg_uow)), [c for c in verify.run_checks(pg_uow) if not c.ok]
