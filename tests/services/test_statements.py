"""Statutory statements: lines map to accounts by code prefix (a sub-account lands on its
parent's line, 累计折旧 is shown as a deduction), the balance sheet balances and shows the check,
the PDF and xlsx carry the figures; and a property: after random vouchers and closing the months,
the balance sheet balances and the statements equal the ledgers' sums."""

import shutil
from datetime import date
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erp_desktop.services import finance, printing
from erp_desktop.services.finance import ManualLine
from erp_desktop.services.finance.close import balances_through
from erp_desktop.services.system.setup import open_shop
from tests.support.pdfcheck import pdf_text


def _v(uow, on, debit, credit, amount, memo="x"):
    return finance.post_voucher(
        uow, on=on, lines=[ManualLine(debit, debit=D(amount)), ManualLine(credit, credit=D(amount))], memo=memo
    )


def test_balance_sheet_lines_by_prefix_and_deduction_lines(uow):
    finance.add_account(uow, code="560201", name="办公费", kind="expense", parent_code="5602")
    finance.list_templates(uow)  # the depreciation template brings 累计折旧 into the chart, by role
    _v(uow, date(2026, 10, 1), "1601", "3001", "50000.00")  # equipment brought in as capital
    _v(uow, date(2026, 10, 31), "560201", "1602", "800.00")  # depreciation, on a sub-account of 5602
    _v(uow, date(2026, 10, 31), "1901", "5301", "30.00")
    bs = finance.balance_sheet(uow, 2026, 10)
    assert (bs.value(18), bs.value(19), bs.value(20)) == (D("50000.00"), D("800.00"), D("49200.00"))
    assert bs.value(14) == D("30.00")  # 1901 on 其他流动资产
    assert bs.value(48) == D("50000.00")
    assert bs.value(51) == D("-770.00")  # the month's loss, not yet carried forward
    assert bs.value(30) == bs.value(53) == D("49230.00") and bs.balanced
    inc = finance.income_statement(uow, 2026, 10)
    assert (inc.value(14), inc.value(22), inc.value(32)) == (D("800.00"), D("30.00"), D("-770.00"))


def test_statements_print_and_export(uow, tmp_path):
    import openpyxl

    _v(uow, date(2026, 10, 1), "1601", "3001", "1234.56")
    bs = finance.balance_sheet(uow, 2026, 10)
    text = pdf_text(printing.print_report(uow, bs.as_report(), tmp_path / "bs.pdf"))
    assert "资产负债表" in text and "资产总计" in text and "负债和所有者权益（或股东权益）总计" in text
    assert text.count("1,234.56") >= 3 and "holds" in text
    path = finance.export_xlsx(finance.income_statement(uow, 2026, 10).as_report(), tmp_path / "is.xlsx")
    sheet = openpyxl.load_workbook(path).active
    labels = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert "四、净利润（净亏损以“-”号填列）" in labels
    cf = pdf_text(printing.print_report(uow, finance.cash_flow(uow, 2026, 10).as_report(), tmp_path / "cf.pdf"))
    assert "经营活动产生的现金流量净额" in cf and "五、期末现金余额" in cf


REVENUE = ("5001", "5051", "5301")
EXPENSE = ("5401", "5601", "5602", "5603", "5711")
OTHER = ("1221", "2211", "2241", "3001", "2001", "1601")
voucher = st.tuples(
    st.integers(7, 9),
    st.integers(1, 28),
    st.sampled_from(REVENUE + EXPENSE + OTHER),
    st.sampled_from(REVENUE + EXPENSE + OTHER),
    st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2),
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(vouchers=st.lists(voucher, min_size=1, max_size=12))
def test_random_vouchers_and_close_keep_the_statements_equal_to_the_ledgers(
    tmp_path_factory, migrated_template, vouchers
):
    path = tmp_path_factory.mktemp("prop") / "shop.sqlite3"
    shutil.copyfile(migrated_template, path)
    uow = open_shop(path)
    try:
        profit = {m: D("0.00") for m in (7, 8, 9)}
        for month, day, debit, credit, amount in vouchers:
            if debit == credit:
                continue
            _v(uow, date(2026, month, day), debit, credit, amount)
            for code, sign in ((debit, 1), (credit, -1)):
                if code in REVENUE or code in EXPENSE:
                    profit[month] -= sign * amount
        for month in (7, 8, 9):
            finance.close_period(uow, 2026, month, today=date(2026, 12, 1))
            with uow.read() as tx:
                balances = balances_through(tx, finance.month_end(2026, month))
            assert not any(balances.get(c) for c in REVENUE + EXPENSE)  # carried forward
            inc = finance.income_statement(uow, 2026, month)
            assert inc.value(32) == profit[month]
            assert inc.value(32, 1) == sum((profit[m] for m in range(7, month + 1)), D("0.00"))
            bs = finance.balance_sheet(uow, 2026, month)
            assert bs.balanced
            assets = sum((v for c, v in balances.items() if c[0] == "1"), D("0.00"))
            assert bs.value(30) == assets
            assert bs.value(51) == -balances.get("3103", D("0.00"))
            tb = finance.trial_balance(uow, start=date(2026, month, 1), end=finance.month_end(2026, month))
            assert tb.balanced
        assert -balances.get("3103", D(0)) == sum(profit.values(), D("0.00"))
    finally:
        uow.engine.dispose()
