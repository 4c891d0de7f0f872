"""The accountant's pages: vouchers (filters, detail, manual voucher from a template), ledgers
(shown, drill-down to the voucher), 月结 (checklist, close, statements)."""

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.services import finance
from erp_desktop.ui.finance import FinanceTab
from tests.support import factories
from tests.support.finance import delivery


@pytest.fixture
def tab(ui_ctx, qtbot):
    uow = ui_ctx.uow
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    finance.post_from_template(uow, "Wages", on=date(2026, 10, 31), amount=D("300.00"))
    widget = FinanceTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def test_vouchers_page_filters_and_shows_lines(tab):
    page = tab.vouchers_page
    page.list_page.reload()
    assert [r.voucher_no for r in page.list_page.model.rows] == ["记-0001", "记-0002"]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("MJ"))
    assert [r.doc_type for r in page.list_page.model.rows] == ["MJ"]
    page.list_page.table_view.selectRow(0)
    page._show_detail()
    assert [l.account_code for l in page.lines_model.rows] == ["5602", "2211"]
    assert "记-0002" in page.detail_label.text()


def test_ledgers_page_shows_a_detail_ledger_and_opens_the_voucher(tab, monkeypatch):
    page = tab.ledgers_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("detail"))
    page.start_edit.setDate(page.start_edit.date().fromString("2026-10-01", "yyyy-MM-dd"))
    page.end_edit.setDate(page.end_edit.date().fromString("2026-10-31", "yyyy-MM-dd"))
    page.code_edit.setText("1122")
    page.show_button.click()
    assert page.report_view.rowCount() == 3  # opening, DN-1, total
    assert page.report_view.item(1, 1).text() == "2026-10 记-0001"
    shown = []
    monkeypatch.setattr("erp_desktop.ui.finance.ledgers.QMessageBox.information", lambda *a: shown.append(a[1]))
    page._open_voucher(1)
    assert shown == ["2026-10 记-0001"]


def test_month_end_page_checks_closes_shows_statements_and_reconciles(tab, ui_ctx, monkeypatch, tmp_path):
    page = tab.month_end_page
    finance.create_money_account(
        ui_ctx.uow, code="BANK1", name="工商银行", opening_balance=D("100"), opening_on=date(2026, 10, 1)
    )
    page.month_edit.setText("2026-10")
    page.refresh()
    assert page.checklist is not None and page.checklist.passed
    assert page.checklist_table.rowCount() == len(page.checklist.items)
    page.bank_combo.reload()
    page.bank_combo.setCurrentIndex(page.bank_combo.findData(page.bank_combo.itemData(0)))
    statement = tmp_path / "s.csv"
    statement.write_text("日期,金额,摘要\n2026-10-31,-2.00,手续费\n", encoding="utf-8")
    page.import_file(str(statement))
    assert [l.amount for l in page.lines] == [D("-2.00")]
    page.refresh()
    assert not page.checklist.passed and "Bank not reconciled" in page.status_label.text()
    page.lines_table.selectRow(0)
    monkeypatch.setattr(
        "erp_desktop.ui.finance.month_end.QInputDialog.getText",
        lambda *a, **k: (k["text"], True),  # the offered default: 财务费用 by role
    )
    page._on_record_button_clicked()
    assert page.lines[0].matched_number.startswith("OE-")
    page.refresh()
    assert page.checklist.passed
    monkeypatch.setattr("erp_desktop.ui.finance.month_end.ask", lambda parent, text: True)
    page.close_button.click()
    assert "2026-10 closed." in page.status_label.text()
    page.statement_combo.setCurrentIndex(0)
    page.show_statement()
    assert page.report is not None and "资产负债表" in page.report.title
    assert "holds" in page.check_label.text()
    page._on_reconcile_button_clicked()
    assert "调节表" in page.report.title
