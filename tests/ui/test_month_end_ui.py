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
