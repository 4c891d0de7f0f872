"""The overview dashboard's figures against hand-computed amounts and against the journal."""
from datetime import date
from decimal import Decimal as D

from sqlalchemy import func, select

from erp_desktop.models.finance import JournalLine, OpenItem
from erp_desktop.services import verify
from erp_desktop.services.queries import dashboard
from tests.analysis_support import build_story


def _account(uow, code, start, end):
    """credit − debit of an account for [start, end]."""
    with uow.read() as tx:
        d, c = tx.execute(select(func.sum(JournalLine.debit), func.sum(JournalLine.credit))
                          .where(JournalLine.account_code == code, JournalLine.on >= start, JournalLine.on <= end)).one()
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
        open_sum = sum((i.amount - i.allocated for i in tx.scalars(select(OpenItem).where(OpenItem.kind == "receivable"))), D(0))
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
