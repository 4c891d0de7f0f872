"""Month-end on the accounts side: count differences settled out of 1901, the month's VAT summed
and moved into 未交增值税 (once), paid through a money document, and the tax platform's invoice list
imported and matched to documents."""

from datetime import date
from decimal import Decimal as D

import openpyxl
import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ImportErrors, InvalidTransition, PeriodClosed, ValidationError
from erp_desktop.models.finance import JournalEntry, JournalLine
from erp_desktop.models.payments import Invoice, InvoiceLink
from erp_desktop.services import finance
from erp_desktop.services.finance import chart
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.services.system import verify
from tests.support import factories
from tests.support import finance as docs

ON = date(2026, 4, 1)
TODAY = date(2026, 12, 3)


def bal(uow, code):
    with uow.read() as tx:
        d, c = chart.own_balance(tx, code)
        return d - c


def entries(uow):
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(JournalEntry))


def lines(uow, number):
    with uow.read() as tx:
        return [
            tuple(r)
            for r in tx.execute(
                select(JournalLine.account_code, JournalLine.debit, JournalLine.credit)
                .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                .where(JournalEntry.number == number)
                .order_by(JournalLine.seq)
            )
        ]


def tie_out(uow):
    assert [(c.name, c.details) for c in verify.run_checks(uow) if not c.ok] == []


@pytest.fixture
def counted(uow):
    """A count on 2026-04-01 that found 2 TEA more (12.00) and 1 CUP less (2.00)."""
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", cost="6")
        cup = factories.product(tx, "CUP", cost="2")
        w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("10"), D("6"), to_location_id=a1.id),
            LineInput(ids["cup"], D("5"), D("2"), to_location_id=a1.id),
        ],
    )
    count = stock_counts.create_count(uow, warehouse_id=ids["w"], on=ON)
    stock_counts.set_counted(uow, count.id, ids["tea"], ids["a1"], D("12"))
    stock_counts.set_counted(uow, count.id, ids["cup"], ids["a1"], D("4"))
    stock_counts.post_count(uow, count.id)
    return count.number


def test_count_differences_are_settled_into_their_accounts_once(uow, counted):
    assert bal(uow, "1901") == D("-10.00")  # 12.00 gain pending (credit) − 2.00 loss (debit)
    [row] = finance.unsettled_counts(uow)
    assert (row.number, row.gain, row.loss, row.net) == (counted, D("12.00"), D("2.00"), D("-10.00"))
    [result] = finance.settle_counts(uow, on=date(2026, 4, 30))
    assert (result.gain_account, result.loss_account) == ("5301", "5602")
    assert lines(uow, result.entry_number) == [
        ("1901", D("12.00"), D("0")),
        ("5301", D("0"), D("12.00")),
        ("5602", D("2.00"), D("0")),
        ("1901", D("0"), D("2.00")),
    ]
    assert bal(uow, "1901") == D("0") and bal(uow, "5301") == D("-12.00") and bal(uow, "5602") == D("2.00")
    assert finance.unsettled_counts(uow) == []
    tie_out(uow)
    before = entries(uow)
    with pytest.raises(InvalidTransition, match="already settled"):
        finance.settle_counts(uow, [counted], on=date(2026, 4, 30))
    with pytest.raises(InvalidTransition, match="No stock count differences"):
        finance.settle_counts(uow, on=date(2026, 4, 30))
    assert entries(uow) == before


def test_other_losses_go_to_non_operating_expense(uow, counted):
    [result] = finance.settle_counts(uow, [counted], on=date(2026, 4, 2), loss="other")
    assert result.loss_account == "5711" and bal(uow, "5711") == D("2.00")
    tie_out(uow)


@pytest.mark.parametrize(
    "kwargs,error,message",
    [
        (dict(on=date(2026, 3, 31)), ValidationError, "settle it on or after"),
        (dict(on=date(2026, 4, 30), loss="bad"), ValidationError, "normal or other"),
        (dict(numbers=["SC-9"], on=date(2026, 4, 30)), Exception, "No stock count SC-9"),
    ],
)
def test_bad_settlements_write_nothing(uow, counted, kwargs, error, message):
    before = entries(uow)
    with pytest.raises(error, match=message):
        finance.settle_counts(uow, **kwargs)
    assert entries(uow) == before and bal(uow, "1901") == D("-10.00")


def test_a_month_with_an_unsettled_count_difference_does_not_close(uow, counted):
    """A settlement can neither predate its count nor land in a closed month, and a month whose
    1901 is not settled does not close (the 结账 checklist): so settle, then close."""
    before = entries(uow)
    with pytest.raises(ValidationError, match="1901"):
        finance.close_period(uow, 2026, 4, today=TODAY)
    assert entries(uow) == before and len(finance.unsettled_counts(uow)) == 1
    with pytest.raises(ValidationError, match="on or after"):
        finance.settle_counts(uow, on=date(2026, 3, 31))
    assert finance.settle_counts(uow, on=date(2026, 4, 30))[0].gain == D("12.00")
    finance.close_period(uow, 2026, 4, today=TODAY)
    assert finance.list_closed_periods(uow)[0].label == "2026-04"


def _sale(uow, on, net, tax):
    with uow.write() as tx:
        Posting(on, memo="sale").debit("1221", net + tax).credit("5001", net).credit("22210102", tax).post(tx)


def _purchase(uow, on, net, tax):
    with uow.write() as tx:
        Posting(on, memo="buy").debit("5602", net).debit("22210101", tax).credit("2241", net + tax).post(tx)


def test_vat_of_the_month_is_moved_once_and_paid(uow):
    _sale(uow, date(2026, 10, 5), D("1000.00"), D("130.00"))
    _purchase(uow, date(2026, 10, 8), D("500.00"), D("65.00"))
    with uow.write() as tx:
        Posting(date(2026, 10, 9), memo="lost goods").debit("5711", D("6.50")).credit("22210103", D("6.50")).post(tx)
    s = finance.vat_summary(uow, 2026, 10)
    assert (s.output_vat, s.input_vat, s.input_vat_out, s.opening_credit) == (
        D("130.00"),
        D("65.00"),
        D("6.50"),
        D("0"),
    )
    assert (s.due, s.closing_credit, s.needs_transfer) == (D("71.50"), D("0"), True)
    moved = finance.transfer_vat(uow, 2026, 10)
    assert (moved.transferred, moved.unpaid, moved.needs_transfer) == (D("71.50"), D("71.50"), False)
    assert lines(uow, moved.entry_number) == [("22210104", D("71.50"), D("0")), ("222102", D("0"), D("71.50"))]
    with uow.read() as tx:
        assert tx.scalar(select(JournalEntry.on).where(JournalEntry.number == moved.entry_number)) == date(2026, 10, 31)
    before = entries(uow)
    with pytest.raises(InvalidTransition, match="already moved"):
        finance.transfer_vat(uow, 2026, 10)
    assert entries(uow) == before
    # 应交增值税 is square after the move: its details sum to zero
    assert sum((bal(uow, c) for c in ("22210101", "22210102", "22210103", "22210104")), D(0)) == D("0")
    finance.create_money_account(
        uow, code="ICBC", name="工商银行", opening_balance=D("500"), opening_on=date(2026, 10, 1)
    )
    with pytest.raises(ValidationError, match="Only 71.50 of VAT is unpaid"):
        finance.pay_vat(uow, account_id="ICBC", amount=D("80"), on=date(2026, 11, 10))
    paid = finance.pay_vat(uow, account_id="ICBC", amount=D("71.50"), on=date(2026, 11, 10), reference="税单 1")
    assert lines(uow, paid.entry_number) == [("222102", D("71.50"), D("0")), ("100201", D("0"), D("71.50"))]
    assert bal(uow, "222102") == D("0") and bal(uow, "100201") == D("428.50")
    tie_out(uow)


def test_input_vat_left_over_carries_forward(uow):
    _sale(uow, date(2026, 9, 5), D("100.00"), D("13.00"))
    _purchase(uow, date(2026, 9, 8), D("400.00"), D("52.00"))
    s = finance.vat_summary(uow, 2026, 9)
    assert (s.due, s.closing_credit) == (D("0"), D("39.00"))
    with pytest.raises(InvalidTransition, match="39.00 of input VAT carries forward"):
        finance.transfer_vat(uow, 2026, 9)
    _sale(uow, date(2026, 10, 5), D("1000.00"), D("130.00"))
    s = finance.vat_summary(uow, 2026, 10)
    assert (s.opening_credit, s.due) == (D("39.00"), D("91.00"))
    assert finance.transfer_vat(uow, 2026, 10).unpaid == D("91.00")


def test_no_vat_entry_into_a_closed_month(uow):
    _sale(uow, date(2026, 10, 5), D("100.00"), D("13.00"))
    finance.close_period(uow, 2026, 10, today=TODAY)
    with pytest.raises(PeriodClosed):
        finance.transfer_vat(uow, 2026, 10)
    assert finance.vat_summary(uow, 2026, 10).transferred == D("0")


def _platform_file(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["全量发票查询导出结果"])
    ws.append(
        [
            "序号",
            "发票代码",
            "发票号码",
            "购方识别号",
            "购买方名称",
            "开票日期",
            "金额",
            "税额",
            "价税合计",
            "发票票种",
            "发票状态",
        ]
    )
    for n, row in enumerate(rows, start=1):
        ws.append([n, "", *row])
    wb.save(path)
    return path


def test_the_tax_platforms_invoice_list_is_matched_to_deliveries(uow, tmp_path):
    with uow.write() as tx:
        zhang = factories.customer(tx, "C1", name="张三超市", tax_id="91310000MA1FL0001X")
        li = factories.customer(tx, "C2", name="李四便利店")
        ids = (zhang.id, li.id)
    docs.delivery(uow, ids[0], "1130.00", date(2026, 10, 3), "DN-1")
    docs.delivery(uow, ids[1], "226.00", date(2026, 10, 4), "DN-2")
    finance.register_invoice(
        uow, direction="issued", number="0001", on=date(2026, 10, 4), party_id=ids[1], net=D("1"), tax=D("0.13")
    )
    bad = _platform_file(
        tmp_path / "bad.xlsx",
        [
            (
                "24310000000000000011",
                "91310000MA1FL0001X",
                "张三超市(旧名)",
                "2026-10-05",
                1000,
                130,
                1130,
                "数电票(增值税专用发票)",
                "正常",
            ),
            ("0001", "", "李四便利店", "2026-10-05", 200, 26, 226, "数电票(普通发票)", "正常"),  # already registered
            (
                "24310000000000000013",
                "",
                "王五",
                "2026-10-05",
                10,
                1.3,
                11.3,
                "数电票(普通发票)",
                "正常",
            ),  # no such buyer
            (
                "24310000000000000014",
                "",
                "李四便利店",
                "2026-10-05",
                100,
                13,
                113,
                "数电票(普通发票)",
                "正常",
            ),  # no such amount
            (
                "24310000000000000015",
                "",
                "李四便利店",
                "2026-10-05",
                100,
                13,
                114,
                "数电票(普通发票)",
                "正常",
            ),  # sum wrong
            (
                "24310000000000000016",
                "",
                "王五",
                "2026-10-05",
                5,
                0.65,
                5.65,
                "数电票(普通发票)",
                "作废",
            ),  # voided: skipped
        ],
    )
    with pytest.raises(ImportErrors) as caught:
        finance.import_invoices(uow, bad, direction="issued")
    assert sorted(row for row, _f, _m in caught.value.problems) == [4, 5, 6, 7]
    messages = " | ".join(m for *_x, m in caught.value.problems)
    assert "0001 is already registered" in messages and "王五" in messages and "113.00 left to invoice" in messages
    assert "价税合计 114" in messages
    with uow.read() as tx:
        assert tx.scalar(select(func.count()).select_from(Invoice)) == 1  # nothing written
    good = _platform_file(
        tmp_path / "good.xlsx",
        [
            (
                "24310000000000000011",
                "91310000MA1FL0001X",
                "张三超市(旧名)",
                "2026-10-05",
                1000,
                130,
                1130,
                "数电票(增值税专用发票)",
                "正常",
            ),
            (
                "24310000000000000012",
                "",
                "李四便利店",
                "2026-10-06",
                "200.00",
                "26.00",
                "226.00",
                "数电票(普通发票)",
                "正常",
            ),
            ("24310000000000000016", "", "王五", "2026-10-05", 5, 0.65, 5.65, "数电票(普通发票)", "作废"),
        ],
    )
    result = finance.import_invoices(uow, good, direction="issued")
    assert (result.registered, result.skipped, result.documents, result.tax) == (2, 1, ("DN-1", "DN-2"), D("156.00"))
    with uow.read() as tx:
        special = tx.scalar(select(Invoice).where(Invoice.number == "24310000000000000011"))
        assert (special.invoice_type, special.net, special.tax, special.party_id) == (
            "special",
            D("1000.00"),
            D("130.00"),
            ids[0],
        )
        assert tx.scalar(select(func.sum(InvoiceLink.amount))) == D("1356.00")
    s = finance.vat_summary(uow, 2026, 10)
    assert (s.invoiced_net, s.invoiced_tax) == (D("1201.00"), D("156.13"))
    with pytest.raises(ImportErrors, match="2 problems"):
        finance.import_invoices(uow, good, direction="issued")  # the second time: every number is registered


def test_a_reversed_vat_entry_or_settlement_no_longer_counts(uow, counted):
    from erp_desktop.services.ledger.journal import reverse_entry

    _sale(uow, date(2026, 4, 5), D("100.00"), D("13.00"))
    moved = finance.transfer_vat(uow, 2026, 4)
    [settled] = finance.settle_counts(uow, on=date(2026, 4, 30))
    with uow.write() as tx:  # what re-opening the month does to its month-end entries
        for number in (moved.entry_number, settled.entry_number):
            reverse_entry(
                tx, tx.scalar(select(JournalEntry).where(JournalEntry.number == number)), on=date(2026, 4, 30)
            )
    assert finance.vat_summary(uow, 2026, 4).needs_transfer
    assert [r.number for r in finance.unsettled_counts(uow)] == [counted]
    tie_out(uow)
    assert finance.transfer_vat(uow, 2026, 4).transferred == D("13.00")
    assert finance.settle_counts(uow, on=date(2026, 4, 30))[0].gain == D("12.00")
    tie_out(uow)
