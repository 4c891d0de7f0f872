"""Vouchers: per-month numbers taken at posting (gap-free, restarting monthly, given back on a
rollback), the voucher list's filters, manual vouchers (balanced, leaf, active, open month or
refused with nothing written), templates, reversal, and the 记账凭证 printout's text."""

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from erp_desktop.errors import PeriodClosed, UnbalancedEntry, ValidationError
from erp_desktop.models.finance import JournalEntry
from erp_desktop.services import finance, printing
from erp_desktop.services.finance import ManualLine
from erp_desktop.services.ledger.journal import Accounts as A
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.services.paging import ListQuery
from tests.support.pdfcheck import pdf_text


def _post(uow, on, amount="10", doc_type="DN", account=A.REVENUE):
    with uow.write() as tx:
        return (
            Posting(on, doc_type=doc_type, doc_number=f"{doc_type}-x", memo="m")
            .debit(A.RECEIVABLE, D(amount))
            .credit(account, D(amount))
            .post(tx)
        )


def _count(uow) -> int:
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(JournalEntry))


def test_voucher_numbers_restart_each_month_and_a_rollback_gives_the_number_back(uow):
    a = _post(uow, date(2026, 10, 3))
    b = _post(uow, date(2026, 10, 30))
    c = _post(uow, date(2026, 11, 1))
    with pytest.raises(RuntimeError):
        with uow.write() as tx:
            Posting(date(2026, 11, 2)).debit(A.RECEIVABLE, D(1)).credit(A.REVENUE, D(1)).post(tx)
            raise RuntimeError("power cut")
    d = _post(uow, date(2026, 11, 9))
    e = _post(uow, date(2026, 10, 31))  # back-dated into October: October's next number
    assert [x.voucher_no for x in (a, b, c, d, e)] == ["记-0001", "记-0002", "记-0001", "记-0002", "记-0003"]
    assert (a.voucher_period, c.voucher_period) == (202610, 202611)


def test_voucher_list_filters_by_month_account_kind_and_text(uow):
    _post(uow, date(2026, 10, 3), doc_type="DN")
    _post(uow, date(2026, 10, 4), doc_type="RC", account=A.OTHER_INCOME)
    _post(uow, date(2026, 11, 4), doc_type="DN")
    rows = finance.list_vouchers(uow, ListQuery(filters={"period": "2026-10"})).rows
    assert [(r.period, r.voucher_no) for r in rows] == [("2026-10", "记-0001"), ("2026-10", "记-0002")]
    assert [r.doc_type for r in finance.list_vouchers(uow, ListQuery(filters={"account": A.OTHER_INCOME})).rows] == [
        "RC"
    ]
    assert len(finance.list_vouchers(uow, ListQuery(filters={"doc_type": "DN"})).rows) == 2
    assert len(finance.list_vouchers(uow, ListQuery(search="记-0002")).rows) == 1
    with pytest.raises(ValidationError):
        finance.list_vouchers(uow, ListQuery(filters={"period": "October"}))


def test_manual_voucher_posts_with_its_voucher_number_and_reverses(uow):
    r = finance.post_voucher(
        uow,
        on=date(2026, 10, 31),
        lines=[ManualLine(A.ADMIN_EXPENSE, debit=D("1200.00")), ManualLine("2211", credit=D("1200.00"))],
        memo="计提工资",
    )
    assert r.voucher_no == "记-0001" and r.total == D("1200.00")
    v = finance.voucher_detail(uow, "2026-10 记-0001")
    assert [(l.account_code, l.debit, l.credit) for l in v.lines] == [
        (A.ADMIN_EXPENSE, D("1200.00"), D("0.00")),
        ("2211", D("0.00"), D("1200.00")),
    ]
    back = finance.reverse_manual_entry(uow, v.id, on=date(2026, 11, 2))
    assert back.voucher_no == "记-0001"  # November's first
    assert finance.voucher_detail(uow, "2026-11 记-0001").reversal_of == "2026-10 记-0001"
    assert finance.voucher_detail(uow, v.id).reversed_by == "2026-11 记-0001"


@pytest.mark.parametrize(
    "lines,error,words",
    [
        (
            [ManualLine(A.ADMIN_EXPENSE, debit=D(5)), ManualLine("2211", credit=D(4))],
            UnbalancedEntry,
            "does not balance",
        ),
        ([ManualLine("2221", debit=D(5)), ManualLine("2211", credit=D(5))], ValidationError, "sub-accounts"),
        ([ManualLine("9999", debit=D(5)), ManualLine("2211", credit=D(5))], ValidationError, "no active account 9999"),
        ([ManualLine(A.RECEIVABLE, debit=D(5)), ManualLine("2211", credit=D(5))], ValidationError, "its own ledger"),
    ],
)
def test_bad_manual_vouchers_are_refused_and_nothing_is_written(uow, lines, error, words):
    before = _count(uow)
    with pytest.raises(error, match=words):
        finance.post_voucher(uow, on=date(2026, 10, 31), lines=lines, memo="x")
    assert _count(uow) == before
    # the number was not used up
    assert (
        finance.post_voucher(
            uow,
            on=date(2026, 10, 31),
            lines=[ManualLine("5602", debit=D(1)), ManualLine("2211", credit=D(1))],
            memo="ok",
        ).voucher_no
        == "记-0001"
    )


def test_inactive_account_and_closed_month_are_refused(uow):
    finance.add_account(uow, code="560399", name="杂项财务费用", kind="expense", parent_code="5603")
    finance.update_account(uow, "560399", active=False)
    with pytest.raises(ValidationError, match="no active account 560399"):
        finance.post_voucher(
            uow,
            on=date(2026, 8, 31),
            lines=[ManualLine("560399", debit=D(1)), ManualLine("2211", credit=D(1))],
            memo="x",
        )
    finance.close_period(uow, 2026, 8, today=date(2026, 11, 20))
    with pytest.raises(PeriodClosed):
        finance.post_voucher(
            uow, on=date(2026, 8, 31), lines=[ManualLine("5602", debit=D(1)), ManualLine("2211", credit=D(1))], memo="x"
        )
    assert _count(uow) == 0


def test_templates_are_rows_found_by_role_and_fill_in_the_amount(uow):
    names = {t.name: t for t in finance.list_templates(uow)}
    assert set(names) == {"Depreciation", "Wages", "Interest"}
    dep = names["Depreciation"]
    assert [(l.side, l.amount) for l in dep.lines] == [("debit", None), ("credit", None)]
    r = finance.post_from_template(uow, "Depreciation", on=date(2026, 10, 31), amount=D("850.00"))
    v = finance.voucher_detail(uow, r.id)
    assert v.memo == "Depreciation of fixed assets for the month"
    assert [(l.debit, l.credit) for l in v.lines] == [(D("850.00"), D("0.00")), (D("0.00"), D("850.00"))]
    assert "累计折旧" in v.lines[1].account_name
    finance.save_template(
        uow,
        name="房租",
        memo="本月房租",
        lines=[
            finance.TemplateLine("5602", "debit", D("3000.00")),
            finance.TemplateLine("2241", "credit", D("3000.00")),
        ],
    )
    assert finance.post_from_template(uow, "房租", on=date(2026, 10, 31)).total == D("3000.00")
    with pytest.raises(ValidationError, match="needs an amount"):
        finance.post_from_template(uow, "Wages", on=date(2026, 10, 31))


def test_voucher_printout_a4_and_a5_show_number_capital_total_and_signature_boxes(uow, tmp_path):
    finance.post_voucher(
        uow,
        on=date(2026, 10, 31),
        lines=[ManualLine("5602", debit=D("1234.56")), ManualLine("2211", credit=D("1234.56"))],
        memo="计提工资",
    )
    _post(uow, date(2026, 10, 31), "99.00")
    for size in ("a4", "a5"):
        path = printing.print_vouchers(uow, period="2026-10", size=size, out=tmp_path / f"v-{size}.pdf")
        text = pdf_text(path)
        assert "记-0001" in text and "记-0002" in text
        assert "壹仟贰佰叁拾肆元伍角陆分" in text and "玖拾玖元整" in text
        assert "记账" in text and "审核" in text and "制单" in text
        assert "5602 管理费用" in text and "1,234.56" in text
    one = pdf_text(printing.print_vouchers(uow, ["2026-10 记-0002"], out=tmp_path / "one.pdf"))
    assert "记-0002" in one and "记-0001" not in one


def test_voucher_numbers_and_close_on_postgresql(pg_uow):
    uow = pg_uow
    lines = [ManualLine("5602", debit=D("1.00")), ManualLine("2241", credit=D("1.00"))]
    assert [finance.post_voucher(uow, on=date(2026, 10, d), lines=lines, memo="x").voucher_no for d in (3, 4)] == [
        "记-0001",
        "记-0002",
    ]
    finance.post_from_template(uow, "Wages", on=date(2026, 10, 31), amount=D("5.00"))
    finance.close_period(uow, 2026, 10, today=date(2026, 12, 1))
    cf = finance.list_vouchers(uow, ListQuery(filters={"period": "2026-10", "doc_type": "CF"})).rows
    assert [r.voucher_no for r in cf] == ["记-0004"]
    assert finance.balance_sheet(uow, 2026, 10).balanced
    finance.reopen_period(uow, 2026, 10, reason="pg")
    assert finance.voucher_detail(uow, "2026-10 记-0005").reversal_of == "2026-10 记-0004"


def test_verify_names_an_entry_without_its_voucher_number(uow):
    from sqlalchemy import update

    from erp_desktop.services.system import verify

    entry = _post(uow, date(2026, 10, 3), account=A.OTHER_INCOME)
    with uow.read() as tx:
        assert next(c for c in (check(tx) for check in verify.all_checks()) if "voucher number" in c.name).ok
    with uow.write() as tx:
        tx.execute(update(JournalEntry).where(JournalEntry.id == entry.id).values(voucher_period=202611))
    with uow.read() as tx:
        check = next(c for c in (check(tx) for check in verify.all_checks()) if "voucher number" in c.name)
    assert not check.ok and check.details[0].startswith(entry.number)
