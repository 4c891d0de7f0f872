"""The overview dashboard's figures against hand-computed amounts and against the journal."""

from datetime import date
from decimal import Decimal as D

from sqlalchemy import func, select

from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.services.analysis import dashboard
from erp_desktop.services.system import verify
from tests.support.analysis import build_story


def _account(uow, code, start, end):
    """credit − debit of an account for [start, end]."""
    with uow.read() as tx:
        d, c = tx.execute(
            select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
                JournalLine.account_code == code, JournalLine.on >= start, JournalLine.on <= end
            )
        ).one()
        return (c or D(0)) - (d or D(0))


def test_overview_figures_match_hand_computed_and_the_books(uow):
    build_story(uow)
    ov = dashboard.overview(uow, as_of=date(2026, 3, 15))
    f = {x.key: x.value for x in ov.figures}
    assert f["sales_today"] == D("-30.00")  # the return, nothing delivered on the 15th
    assert f["sales_week"] == D("140.00")  # week from Mon 03-09: 170 − 30
    assert f["sales_month"] == D("140.00")
    assert f["margin_month"] == D("58.00")
    assert ov.margin_rate == D("0.414")
    assert f["to_ship"] == D(1)
    assert f["to_arrive"] == D(1)
    assert f["receivable"] == D("100.60")
    assert f["payable"] == D("67.80")
    assert f["bank"] == D("100.00") and f["cash"] == D("0.00")
    # trends: February then March at the end of the 12-month series
    months = ov.figure("sales_month").trend
    assert [(p.label, p.value) for p in months[-2:]] == [("2026-02", D("40.00")), ("2026-03", D("140.00"))]
    assert [p.value for p in ov.figure("margin_month").trend[-2:]] == [D("16.00"), D("58.00")]
    assert ov.figure("receivable").trend[-1].value == D("100.60")
    assert ov.figure("receivable").trend[-2].value == D("45.20")
    # the journal says the same
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert _account(uow, "5001", *march) == f["sales_month"]
    assert _account(uow, "5001", *march) + _account(uow, "5401", *march) == f["margin_month"]
    with uow.read() as tx:
        open_sum = sum(
            (i.amount - i.allocated for i in tx.scalars(select(OpenItem).where(OpenItem.kind == "receivable"))), D(0)
        )
    assert open_sum == f["receivable"] == -_account(uow, "1122", date(2000, 1, 1), date(2026, 12, 31))
    assert -_account(uow, "2202", date(2000, 1, 1), date(2026, 12, 31)) == -f["payable"]
    totals = dashboard.sales_totals(uow, date(2026, 2, 1), date(2026, 2, 28))
    assert (totals.revenue, totals.cost, totals.margin) == (D("40.00"), D("24.00"), D("16.00"))
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_overdue_and_due_soon(uow):
    build_story(uow)
    # 100.00 received, oldest first: DN1 45.20 settled, 54.80 on DN2 (189.30 → 134.50 left, due 04-09);
    # the return's −33.90 credit stays unapplied.
    ov = dashboard.overview(uow, as_of=date(2026, 4, 10))
    assert ov.receivable_overdue == D("134.50")
    assert ov.receivable_soon == D("0.00")
    ov = dashboard.overview(uow, as_of=date(2026, 4, 5))
    assert (ov.receivable_overdue, ov.receivable_soon) == (D("0.00"), D("134.50"))
    # the payable of 03-12 (supplier terms 30 days) is due 04-11
    assert ov.payable_soon == D("67.80")


# --- the pivot ---------------------------------------------------------------------------------
from erp_desktop.services.analysis import pivot as analysis  # noqa: E402


def test_pivot_totals_equal_cells_and_the_journal(uow, tmp_path):
    story = build_story(uow)
    spec = analysis.PivotSpec(
        rows=("product",), cols=("month",), measure="margin", start=date(2026, 2, 1), end=date(2026, 3, 31)
    )
    result = analysis.pivot(uow, spec)
    a, b = str(story.shop.a), str(story.shop.b)
    assert result.row_keys == ((a,), (b,))  # A margin 16 + 24 = 40 before B's 30
    assert result.col_keys == (("2026-02",), ("2026-03",))
    assert result.row_labels == (("A001 Product A",), ("B001 Product B",))
    # A: Feb 4 × (10 − 6) = 16; Mar 10 delivered − 3 returned = 7 × 4 = 28; B: 2 × (35 − 20) = 30
    assert result.value((a,), ("2026-02",)) == D("16.00")
    assert result.value((a,), ("2026-03",)) == D("28.00")
    assert result.value((b,), ("2026-03",)) == D("30.00")
    assert result.cell((a,), ("2026-03",)).qty == D("7.000")
    assert result.cell((a,), ("2026-03",)).returns == D("30.00")
    assert result.total.margin == D("74.00")
    assert sum((c.margin for c in result.cells.values()), D(0)) == result.total.margin
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert result.col_totals[("2026-03",)].revenue == _account(uow, "5001", *march) == D("140.00")
    assert result.col_totals[("2026-03",)].cost == -_account(uow, "5401", *march) == D("82.00")
    assert result.total.margin_pct == (D("74.00") / D("180.00")).quantize(D("0.001"))

    by_customer = analysis.pivot(
        uow, analysis.PivotSpec(rows=("salesperson", "tier"), measure="revenue", start=march[0], end=march[1])
    )
    assert [(k, by_customer.row_totals[k].revenue) for k in by_customer.row_keys] == [(("Li", ""), D("140.00"))]

    cell = analysis.drill(uow, spec, (a,), ("2026-03",))
    assert [(d.doc_type, d.qty, d.revenue, d.cost) for d in cell] == [
        ("DN", D("10.000"), D("100.00"), D("60.00")),
        ("SR", D("-3.000"), D("-30.00"), D("-18.00")),
    ]
    out = tmp_path / "pivot.xlsx"
    analysis.export_xlsx(result, out)
    import openpyxl

    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["Product", "2026-02", "2026-03", "Total"]
    assert values[1][0] == "A001 Product A" and D(str(values[1][3])) == D("44")
    assert values[-1][0] == "Total" and D(str(values[-1][-1])) == D("74")


def test_pivot_filters_purchases_and_saved_views(uow):
    story = build_story(uow)
    a = str(story.shop.a)
    spec = analysis.PivotSpec(
        rows=("customer",),
        measure="margin",
        start=date(2026, 3, 9),
        end=date(2026, 3, 15),
        filters=(("warehouse", (str(story.shop.w1),)), ("product", (a,))),
    )
    result = analysis.pivot(uow, spec)
    assert result.row_labels == (("张三超市",),) and result.total.margin == D("28.00")
    purchases = analysis.pivot(uow, analysis.PivotSpec(source="purchases", rows=("supplier",), measure="revenue"))
    assert (
        purchases.row_labels == (("好货供应",),)
        and purchases.total.revenue == D("60.00")
        and purchases.total.qty == D("12.000")
    )
    saved = analysis.save_view(uow, "A in W1", spec)
    views = analysis.list_views(uow, today=date(2026, 3, 16))
    assert views[-1].name == "A in W1" and views[-1].spec == spec and not views[-1].builtin
    import pytest

    from erp_desktop.errors import Duplicate, ValidationError

    with pytest.raises(Duplicate):
        analysis.save_view(uow, "A in W1", spec)
    with pytest.raises(ValidationError):
        analysis.pivot(uow, analysis.PivotSpec(source="purchases", rows=("customer",)))
    analysis.delete_view(uow, saved.id)
    assert all(not v.name == "A in W1" for v in analysis.list_views(uow))
    steady = analysis.steadiest_customers(uow, date(2026, 1, 1), date(2026, 3, 31))
    assert [(s.name, s.months, s.revenue) for s in steady] == [("张三超市", 2, D("180.00"))]
    thin = analysis.thin_margin_products(
        uow, date(2026, 1, 1), date(2026, 3, 31), below=D("0.42")
    )  # A 40.0 %, B 42.9 %
    assert [(p.label, p.qty, p.margin_pct) for p in thin] == [("A001 Product A", D("11.000"), D("0.400"))]
    on_time = analysis.supplier_on_time(uow, today=date(2026, 3, 16))
    assert [(s.name, s.receipts, s.on_time) for s in on_time] == [("好货供应", 1, 1)]


def test_stock_dashboard_slow_and_dead_stock(uow):
    story = build_story(uow)
    # last issue of both products: 2026-03-10 (the return on 03-15 is a receipt)
    slow = dashboard.stock_overview(uow, as_of=date(2026, 7, 1))
    assert sorted((p.label, p.note) for p in slow.slow_movers) == [
        ("A001 Product A", "113 days idle"),
        ("B001 Product B", "113 days idle"),
    ]
    assert slow.dead_stock == ()
    dead = dashboard.stock_overview(uow, as_of=date(2027, 6, 1))
    # largest value first: 48 B at 20.00 = 960.00 before 101 A at a moving average under 6.00
    assert [p.label for p in dead.dead_stock] == ["B001 Product B", "A001 Product A"]
    assert dead.slow_movers == ()
    b = next(p for p in dead.dead_stock if p.label.startswith("B001"))
    assert (b.qty, b.value) == (D("48.000"), D("960.00"))
    assert dead.stock_outs == () and dead.count_variances == ()
    assert story.shop.b == b.product_id
