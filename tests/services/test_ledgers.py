"""Ledgers: 科目余额表 with every level (parents sum their sub-accounts, totals over top level
only), 明细账 with opening and running balance and the voucher and document of every line,
总账 month by month, 往来明细账 per customer; printed (pdftotext) and exported (xlsx)."""

from datetime import date
from decimal import Decimal as D

import openpyxl

from erp_desktop.services import finance, printing
from erp_desktop.services.finance import ManualLine
from erp_desktop.services.ledger.journal import Accounts as A
from tests.support import factories
from tests.support.finance import delivery
from tests.support.pdfcheck import pdf_text


def _shop(uow):
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "113.00", date(2026, 9, 20), "DN-1")
    delivery(uow, cid, "226.00", date(2026, 10, 5), "DN-2")
    finance.add_account(uow, code="560201", name="办公费", kind="expense", parent_code="5602")
    finance.add_account(uow, code="560202", name="房租", kind="expense", parent_code="5602")
    for code, amount, on in (("560201", "40.00", date(2026, 10, 8)), ("560202", "3000.00", date(2026, 10, 9))):
        finance.post_voucher(
            uow,
            on=on,
            lines=[ManualLine(code, debit=D(amount)), ManualLine("2241", credit=D(amount))],
            memo=f"费用 {code}",
        )
    return cid


def test_account_balances_show_every_level_and_parents_sum_their_children(uow):
    _shop(uow)
    book = finance.account_balances(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    rows = {r.code: r for r in book.rows}
    assert (rows["5602"].level, rows["560201"].level, rows["5602"].leaf, rows["560201"].leaf) == (1, 2, False, True)
    assert rows["5602"].debit == D("3040.00") == rows["560201"].debit + rows["560202"].debit
    assert rows["1122"].opening_debit == D("113.00") and rows["1122"].closing_debit == D("339.00")
    assert rows["2221"].closing_credit == D("39.00")  # 222102 销项 13.00 + 26.00, summed into its parent
    assert rows[A.OUTPUT_VAT].level == 3  # 2221 应交税费 › 222101 应交增值税 › 22210102 销项税额
    assert book.balanced
    assert book.totals.debit == D("3266.00")  # 226 + 3040: the journal's, not doubled by the parents


def test_detail_ledger_has_opening_running_balance_and_drill_down(uow):
    _shop(uow)
    ledger = finance.detail_ledger(uow, code="1122", start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert ledger.opening == D("113.00")
    [line] = ledger.lines
    assert (line.debit, line.balance, line.doc_type, line.doc_number) == (D("226.00"), D("339.00"), "DN", "DN-2")
    assert line.voucher == "2026-10 记-0001"
    assert finance.voucher_detail(uow, line.entry_id).doc_number == "DN-2"
    assert finance.document_print_kind(line.doc_type) == "delivery"
    expenses = finance.detail_ledger(uow, code="5602", start=date(2026, 10, 1), end=date(2026, 10, 31))
    assert [(l.account_code, l.balance) for l in expenses.lines] == [("560201", D("40.00")), ("560202", D("3040.00"))]
    assert expenses.closing == D("3040.00")


def test_general_ledger_by_month_and_party_ledger(uow):
    cid = _shop(uow)
    book = finance.general_ledger_book(uow, code="1122", year=2026, through_month=10)
    sep, octo = book.months[8], book.months[9]
    assert (sep.debit, sep.closing, octo.debit, octo.year_debit, octo.closing) == (
        D("113.00"),
        D("113.00"),
        D("226.00"),
        D("339.00"),
        D("339.00"),
    )
    party = finance.party_ledger(
        uow, party_kind="customer", party="C001", start=date(2026, 9, 1), end=date(2026, 10, 31)
    )
    assert [l.doc_number for l in party.lines] == ["DN-1", "DN-2"] and party.closing == D("339.00")
    assert finance.party_ledger(
        uow, party_kind="customer", party=cid, start=date(2026, 10, 1), end=date(2026, 10, 31)
    ).opening == D("113.00")


def test_ledgers_print_and_export(uow, tmp_path):
    _shop(uow)
    book = finance.account_balances(uow, start=date(2026, 10, 1), end=date(2026, 10, 31))
    text = pdf_text(printing.print_report(uow, book.as_report(), tmp_path / "tb.pdf"))
    assert "科目余额表" in text and "560201" in text and "办公费" in text and "3,040.00" in text
    ledger = finance.detail_ledger(uow, code="1122", start=date(2026, 10, 1), end=date(2026, 10, 31))
    text = pdf_text(printing.print_report(uow, ledger.as_report(), tmp_path / "l.pdf"))
    assert "明细账" in text and "记-0001" in text and "339.00" in text and "Opening balance" in text
    path = finance.export_xlsx(ledger.as_report(), tmp_path / "l.xlsx")
    values = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert values[0][:3] == ("Date", "Voucher", "Summary")
    assert any(row[3] == 226 for row in values[1:])  # amounts as numbers
