"""Bank reconciliation: a statement imported (csv and xlsx, columns found by header), auto-matched
by amount, date and reference, matched by hand, a fee and interest turned into money documents;
the 银行存款余额调节表 agrees; the close is refused while statement lines are unmatched; a bad file
names every problem at once and writes nothing."""

from datetime import date
from decimal import Decimal as D

import openpyxl
import pytest
from sqlalchemy import func, select

from erp_desktop.errors import ImportErrors, InvalidTransition, ValidationError
from erp_desktop.models.payments import BankStatementLine
from erp_desktop.services import finance, printing
from tests.support import factories
from tests.support.finance import delivery, goods_receipt
from tests.support.pdfcheck import pdf_text

STATEMENT = """交易日期,交易金额,对方户名,交易流水号,摘要,余额
2026-10-21,1130.00,张三超市,TX001,货款,6130.00
2026-10-22,-500.00,李四批发,TX002,付货款,5630.00
2026-10-31,-15.00,,TX003,手续费,5615.00
2026-10-31,3.21,,TX004,利息,5618.21
"""


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
        sid = factories.supplier(tx, "S001", name="李四批发").id
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=date(2026, 9, 30)
    )
    delivery(uow, cid, "1356.00", date(2026, 10, 5), "DN-1")
    goods_receipt(uow, sid, "500.00", date(2026, 10, 6), "GR-1")
    finance.receive_money(
        uow,
        customer_id=cid,
        amount=D("1130"),
        account_id="BANK1",
        on=date(2026, 10, 20),
        reference="TX001",
        allocate="auto",
    )
    finance.pay_money(uow, supplier_id=sid, amount=D("500"), account_id="BANK1", on=date(2026, 10, 22), allocate="auto")
    finance.receive_money(
        uow, customer_id=cid, amount=D("226"), account_id="BANK1", on=date(2026, 10, 30), allocate="auto"
    )
    return uow


def _lines(uow) -> int:
    with uow.read() as tx:
        return tx.scalar(select(func.count()).select_from(BankStatementLine))


def test_import_auto_match_fee_and_interest_then_the_reconciliation_agrees(shop, tmp_path):
    uow = shop
    path = tmp_path / "stmt.csv"
    path.write_text(STATEMENT, encoding="utf-8")
    result = finance.import_statement(uow, "BANK1", path)
    assert (result.lines, result.matched) == (4, 2)
    rec = finance.reconciliation(uow, "BANK1", as_of=date(2026, 10, 31))
    assert rec.book_balance == D("5856.00") and rec.bank_balance == D("5618.21")
    assert [i.amount for i in rec.bank_out_not_books] == [D("15.00")]
    assert [i.amount for i in rec.bank_in_not_books] == [D("3.21")]
    assert [i.amount for i in rec.books_in_not_bank] == [D("226.00")]
    assert rec.adjusted_books == rec.adjusted_bank == D("5844.21") and rec.balanced
    checklist = finance.close_checklist(uow, 2026, 10)
    bank = next(i for i in checklist.items if i.key == "bank")
    assert not bank.ok and "BANK1: 2 statement lines not matched" in bank.details
    with pytest.raises(ValidationError, match="Bank not reconciled"):
        finance.close_period(uow, 2026, 10, today=date(2026, 12, 1))
    open_lines = [l for l in finance.statement_lines(uow, "BANK1") if not l.matched_number]
    fee = finance.record_line(uow, open_lines[0].id, counter_account="5603", memo="手续费")
    interest = finance.record_line(uow, open_lines[1].id, counter_account="5603")
    assert fee.matched_by == interest.matched_by == "created"
    rec = finance.reconciliation(uow, "BANK1", as_of=date(2026, 10, 31))
    assert rec.book_balance == D("5844.21") and not rec.bank_in_not_books and not rec.bank_out_not_books
    assert rec.adjusted_books == rec.adjusted_bank == D("5844.21")
    assert next(i for i in finance.close_checklist(uow, 2026, 10).items if i.key == "bank").ok
    text = pdf_text(printing.print_report(uow, rec.as_report(), tmp_path / "rec.pdf"))
    assert "银行存款余额调节表" in text and "5,844.21" in text and "226.00" in text and "agree" in text
    with pytest.raises(InvalidTransition):
        finance.record_line(uow, open_lines[0].id, counter_account="5603")


def test_match_by_hand_and_refusals(shop, tmp_path):
    uow = shop
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["日期", "收入", "支出", "对方户名", "摘要"])  # separate in/out columns, in an xlsx
    sheet.append([date(2026, 10, 29), None, 500, "李四批发", "付款"])  # 7 days after the payment: no auto match
    path = tmp_path / "stmt.xlsx"
    book.save(path)
    assert finance.import_statement(uow, "BANK1", path).matched == 0
    [line] = finance.statement_lines(uow, "BANK1")
    assert line.amount == D("-500.00")
    with pytest.raises(ValidationError, match="moves 1,130.00"):
        finance.match_line(uow, line.id, "RC-2026-000001")
    pm = "PM-2026-000001"
    row = finance.match_line(uow, line.id, pm)
    assert row.matched_number == pm and row.matched_by == "hand"
    with pytest.raises(InvalidTransition):
        finance.match_line(uow, line.id, pm)
    finance.unmatch_line(uow, line.id)
    assert finance.statement_lines(uow, "BANK1")[0].matched_number == ""


def test_a_bad_statement_names_every_problem_and_writes_nothing(shop, tmp_path):
    uow = shop
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "交易日期,交易金额,对方户名,交易流水号\n"
        "2026-10-21,1130.00,张三超市,TX001\n"
        "2026-10-22,abc,李四批发,TX002\n"
        ",12.00,,TX005\n"
        "2026-10-21,1130.00,张三超市,TX001\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportErrors) as err:
        finance.import_statement(uow, "BANK1", bad)
    message = str(err.value)
    assert "row 3 (amount)" in message and "abc" in message
    assert "row 4 (on)" in message
    assert "row 5" in message and "same line as row 2" in message
    assert _lines(uow) == 0
    missing = tmp_path / "missing.csv"
    missing.write_text("交易日期,对方户名,摘要\n2026-10-21,张三超市,货款\n", encoding="utf-8")
    with pytest.raises(ImportErrors, match="column Amount is missing"):
        finance.import_statement(uow, "BANK1", missing)
    good = tmp_path / "good.csv"
    good.write_text(STATEMENT, encoding="utf-8")
    finance.import_statement(uow, "BANK1", good)
    with pytest.raises(ImportErrors, match="imported before"):
        finance.import_statement(uow, "BANK1", good)
    assert _lines(uow) == 4
