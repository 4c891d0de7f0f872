"""Statements, ageing (exact buckets, document date), trial balance, general ledger, journal,
invoices, chart editing, manual entries, period close."""

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.errors import (
    Duplicate,
    InvalidTransition,
    PeriodClosed,
    PermissionDenied,
    UnbalancedEntry,
    ValidationError,
)
from erp_desktop.services import finance
from erp_desktop.services.finance import chart
from erp_desktop.services.finance import queries as fq
from erp_desktop.services.paging import ListQuery
from erp_desktop.storage.uow import Actor
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery, goods_receipt, sales_return

AS_OF = date(2026, 12, 31)


@pytest.fixture
def cid(uow):
    with uow.write() as tx:
        c = factories.customer(tx, "C001", name="张三超市")
    finance.create_money_account(uow, code="BANK1", name="工商银行")
    return c.id


@pytest.mark.parametrize("days,bucket", [(0, 0), (30, 0), (31, 1), (60, 1), (61, 2), (90, 2), (91, 3), (400, 3)])
def test_bucket_edges(days, bucket):
    assert fq.bucket_of(days) == bucket


def test_ageing_buckets_exact_by_document_date(uow, cid):
    from datetime import timedelta

    # documents 0, 30, 31, 60, 61, 90, 91 days before 12-31
    for n, (days, amount) in enumerate(
        [(0, "1.01"), (30, "2.02"), (31, "4.04"), (60, "8.08"), (61, "16.16"), (90, "32.32"), (91, "64.64")]
    ):
        delivery(uow, cid, amount, AS_OF - timedelta(days=days), f"DN-{n}", terms_days=5)
    finance.receive_money(uow, customer_id=cid, amount=D("0.50"), account_id="BANK1", on=date(2026, 12, 30))
    rows = fq.ageing_report(uow, kind="receivable", as_of=AS_OF)
    assert len(rows) == 1
    r = rows[0]
    assert (r.days_0_30, r.days_31_60, r.days_61_90, r.days_over_90, r.unapplied) == (
        D("3.03"),
        D("12.12"),
        D("48.48"),
        D("64.64"),
        D("-0.50"),
    )
    assert r.total == D("127.77")
    # allocated after the as-of date does not count then, but does today
    finance.auto_allocate_party(uow, kind="receivable", party_id=cid, on=date(2027, 1, 2))
    assert fq.ageing_report(uow, kind="receivable", as_of=AS_OF)[0].days_over_90 == D("64.64")
    assert fq.ageing_report(uow, kind="receivable", as_of=date(2027, 1, 2))[0].days_over_90 == D(
        "96.46"
    )  # 64.64 + 32.32 (now 92 days) − 0.50


def test_statement_lines_balances_and_batch(uow, cid):
    with uow.write() as tx:
        quiet = factories.customer(tx, "C009").id
    delivery(uow, cid, "100", date(2026, 9, 20), "DN-0")
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    sales_return(uow, cid, "30", date(2026, 10, 9), "SR-1")
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1000"), account_id="BANK1", on=date(2026, 10, 20), allocate="auto"
    )
    delivery(uow, cid, "7", date(2026, 11, 2), "DN-2")
    st = fq.statement(uow, party_kind="customer", party_id="C001", start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert st.opening == D("100.00")
    assert [(l.doc_number, l.debit, l.credit, l.balance) for l in st.lines] == [
        ("DN-1", D("1130.00"), D("0.00"), D("1230.00")),
        ("SR-1", D("0.00"), D("30.00"), D("1200.00")),
        (r.number, D("0.00"), D("1000.00"), D("200.00")),
    ]
    assert (st.total_debit, st.total_credit, st.closing) == (D("1130.00"), D("1030.00"), D("200.00"))
    assert st.ageing.total == st.closing
    assert st.ageing.days_0_30 == D("230.00") and st.ageing.unapplied == D("-30.00")
    batch = fq.statements_with_balance(uow, party_kind="customer", start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert [s.party_code for s in batch] == ["C001"] and quiet not in [s.party_id for s in batch]
    with pytest.raises(ValidationError):
        fq.statement(uow, party_kind="customer", party_id=cid, start=date(2026, 10, 2), end=date(2026, 10, 1))


def test_trial_balance_general_ledger_and_journal_drill_down(uow, cid):
    delivery(uow, cid, "113", date(2026, 9, 5), "DN-0")
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1243"), account_id="BANK1", on=date(2026, 10, 20), allocate="auto"
    )
    tb = fq.trial_balance(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert tb.balanced
    ar = next(row for row in tb.rows if row.code == "1122")
    assert (ar.opening_debit, ar.debit, ar.credit, ar.closing_debit, ar.closing_credit) == (
        D("113.00"),
        D("1130.00"),
        D("1243.00"),
        D("0.00"),
        D("0.00"),
    )
    assert tb.totals.debit == tb.totals.credit == D("2373.00")
    gl = fq.general_ledger(uow, code="1122", start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert gl.opening == D("113.00") and [l.balance for l in gl.lines] == [D("1243.00"), D("0.00")]
    page = fq.journal_page(uow, ListQuery(search="RC-"))
    assert [row.doc_number for row in page.rows] == [r.number]
    detail = fq.entry_detail(uow, page.rows[0].id)
    assert [(l.account_code, l.debit, l.credit, l.party_name) for l in detail.lines] == [
        ("100201", D("1243.00"), D("0.00"), ""),
        ("1122", D("0.00"), D("1243.00"), "张三超市"),
    ]
    assert detail.doc_number == r.number and detail.total_debit == detail.total_credit


def test_manual_entry_balanced_editor_and_reversal(uow, cid):
    ML = finance.ManualLine
    with pytest.raises(UnbalancedEntry):
        finance.post_manual_entry(
            uow, on=date(2026, 10, 31), memo="计提工资", lines=[ML("5602", debit=D("100")), ML("2211", credit=D("99"))]
        )
    with pytest.raises(ValidationError, match="own ledger"):
        finance.post_manual_entry(
            uow, on=date(2026, 10, 31), memo="x", lines=[ML("1122", debit=D("1")), ML("5001", credit=D("1"))]
        )
    e = finance.post_manual_entry(
        uow, on=date(2026, 10, 31), memo="计提工资", lines=[ML("5602", debit=D("100")), ML("2211", credit=D("100"))]
    )
    assert e.doc_number.startswith("MJ-2026-")
    rev = finance.reverse_manual_entry(uow, e.id, on=date(2026, 11, 1))
    assert fq.entry_detail(uow, e.id).reversed_by_number == rev.number
    with pytest.raises(InvalidTransition):
        finance.reverse_manual_entry(uow, e.id, on=date(2026, 11, 1))
    delivery(uow, cid, "10", date(2026, 10, 1), "DN-1")
    dn_entry = fq.journal_page(uow, ListQuery(search="DN-1")).rows[0]
    with pytest.raises(InvalidTransition, match="reversing document"):
        finance.reverse_manual_entry(uow, dn_entry.id, on=date(2026, 11, 1))
    assert_books_tie_out(uow)


def test_period_close_in_order_refuses_postings_and_reopens(uow, cid):
    delivery(uow, cid, "10", date(2026, 8, 1), "DN-1")
    today = date(2026, 11, 25)
    with pytest.raises(InvalidTransition, match="not ended"):
        finance.close_period(uow, 2026, 11, today=today)
    finance.close_period(uow, 2026, 8, today=today)
    with pytest.raises(InvalidTransition, match="close 2026-09 first"):
        finance.close_period(uow, 2026, 10, today=today)
    with pytest.raises(PeriodClosed):
        delivery(uow, cid, "10", date(2026, 8, 31), "DN-2")
    with pytest.raises(PeriodClosed):
        finance.post_manual_entry(
            uow,
            on=date(2026, 8, 3),
            memo="x",
            lines=[finance.ManualLine("5602", debit=D("1")), finance.ManualLine("2211", credit=D("1"))],
        )
    clerk = uow.as_actor(Actor("wang", "accountant", frozenset({"finance", "close_period"})))
    finance.close_period(clerk, 2026, 9, today=today)
    with pytest.raises(PermissionDenied):
        finance.reopen_period(clerk, 2026, 9, reason="fix")
    with pytest.raises(InvalidTransition):
        finance.reopen_period(uow, 2026, 8, reason="fix")
    finance.reopen_period(uow, 2026, 9, reason="补录")
    assert [p.label for p in finance.list_closed_periods(uow)] == ["2026-08"]
    delivery(uow, cid, "10", date(2026, 9, 30), "DN-3")  # open again
    assert_books_tie_out(uow)


def test_close_refused_when_the_books_do_not_tie_out(uow, cid):
    from sqlalchemy import update

    from erp_desktop.models.finance import OpenItem

    delivery(uow, cid, "10", date(2026, 8, 1), "DN-1")
    with uow.write() as tx:  # corrupt an item behind the services' back
        tx.execute(update(OpenItem).values(allocated=D("5")))
    with pytest.raises(ValidationError, match="Allocations equal"):
        finance.close_period(uow, 2026, 8, today=date(2026, 11, 25))
    assert finance.list_closed_periods(uow) == []


def test_invoices_link_documents_and_track_uninvoiced(uow, cid):
    with uow.write() as tx:
        sid = factories.supplier(tx, "S001").id
    dn1 = delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    dn2 = delivery(uow, cid, "565", date(2026, 10, 6), "DN-2")
    gr = goods_receipt(uow, sid, "226", date(2026, 10, 7), "GR-1")
    L = finance.InvoiceLinkSpec
    inv = finance.register_invoice(
        uow,
        direction="issued",
        number="04412345",
        invoice_type="special",
        on=date(2026, 10, 10),
        party_id=cid,
        net=D("1500"),
        tax=D("195"),
        links=[L("DN", dn1, D("1130")), L("DN", dn2, D("500"))],
    )
    assert (inv.gross, inv.linked, inv.documents) == (D("1695"), D("1630.00"), "DN-1, DN-2")
    assert [(u.doc_number, u.uninvoiced) for u in finance.uninvoiced_documents(uow, direction="issued")] == [
        ("DN-2", D("65.00"))
    ]
    with uow.read() as tx:
        assert finance.invoiced_amount(tx, "DN", [dn1, dn2]) == D("1630.00")
    with pytest.raises(ValidationError, match="left to invoice"):
        finance.link_invoice(uow, inv.id, [L("DN", dn2, D("65.01"))])
    with pytest.raises(Duplicate):
        finance.register_invoice(
            uow, direction="issued", number="04412345", on=date(2026, 10, 10), party_id=cid, net=D("1"), tax=D("0")
        )
    with pytest.raises(ValidationError, match="this party"):
        finance.register_invoice(
            uow,
            direction="received",
            number="R1",
            on=date(2026, 10, 10),
            party_id=sid,
            net=D("100"),
            tax=D("13"),
            links=[L("DN", dn1, D("113"))],
        )
    finance.register_invoice(
        uow,
        direction="received",
        number="R1",
        on=date(2026, 10, 10),
        party_id=sid,
        net=D("200"),
        tax=D("26"),
        links=[L("GR", gr, D("226"))],
    )
    assert finance.uninvoiced_documents(uow, direction="received") == []
    assert [i.number for i in finance.list_invoices(uow, direction="received")] == ["R1"]


def test_chart_add_rename_deactivate(uow):
    row = chart.add_account(uow, code="560201", name="管理费用-房租", kind="expense", parent_code="5602")
    assert row.parent_code == "5602" and not row.system
    chart.update_account(uow, "560201", name="管理费用-租金")
    with pytest.raises(ValidationError, match="cannot be removed"):
        chart.update_account(uow, "1122", active=False)
    with pytest.raises(Duplicate):
        chart.add_account(uow, code="560201", name="x", kind="expense")
    with pytest.raises(ValidationError):
        chart.add_account(uow, code="560299", name="x", kind="revenue", parent_code="5602")
    assert not chart.update_account(uow, "560201", active=False).active
    names = {a.code: a.name for a in chart.list_accounts(uow)}
    assert names["560201"] == "管理费用-租金"
