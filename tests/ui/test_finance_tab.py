"""The Finance tab's wiring: receipt with allocation grid, auto-allocate, save → lists refresh;
reports show a balanced trial balance; manual entry editor posts only when balanced; close."""

from datetime import date
from decimal import Decimal as D

import pytest

from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from erp_desktop.services.masterdata import lookups
from erp_desktop.ui.finance import FinanceTab
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery


@pytest.fixture
def tab(ui_ctx, qtbot):
    uow = ui_ctx.uow
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
        factories.supplier(tx, "S001", name="李四批发")
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=date(2026, 9, 30)
    )
    delivery(uow, cid, "1130", date(2026, 10, 5), "DN-1")
    delivery(uow, cid, "226", date(2026, 10, 9), "DN-2")
    widget = FinanceTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget, cid


def test_receipt_with_auto_allocation_clears_the_oldest(tab, ui_ctx, qtbot):
    widget, cid = tab
    form = widget.money_docs_page.new_document("receipt")  # 收款 in its own form
    form.party_picker.pick(lookups.get_party_brief(ui_ctx.uow, "customer", cid))
    assert [i.doc_number for i in form.items] == ["DN-1", "DN-2"]
    assert form.grid.line_count == 2
    form.amount_edit.setText("1200")
    form.auto_button.click()
    assert [a for _i, a in form.allocations()] == [D("1130.00"), D("70.00")]
    assert "1,200.00" in form.totals_label.text()
    seen = []
    ui_ctx.changed.connect(seen.append)
    form.save_button.click()
    assert seen and "finance" in seen[0]
    assert form.posted_result.allocated == D("1200.00")
    open_items = fq.list_open_items(ui_ctx.uow, kind="receivable", party_id=cid, sign=1)
    assert [(i.doc_number, i.open) for i in open_items] == [("DN-2", D("156.00"))]
    assert widget.money_page.accounts_model.rows[0].balance == D("6200.00")
    assert [r.total for r in widget.open_items_page.ageing_model.rows] == [D("156.00")]
    assert_books_tie_out(ui_ctx.uow)


def test_an_earlier_credit_is_allocated_in_the_receipt_form(tab, ui_ctx, qtbot):
    """What the old 收款/付款 page did besides new money: an advance received earlier (an
    unallocated receipt) allocated later, in the form, to the deliveries; nothing new is received."""
    widget, cid = tab
    advance = finance.receive_money(
        ui_ctx.uow,
        customer_id=cid,
        amount=D("500"),
        account_id=widget.money_page.accounts_model.rows[0].id,
        on=date(2026, 10, 10),
    )
    form = widget.money_docs_page.new_document("receipt")
    form.party_picker.pick(lookups.get_party_brief(ui_ctx.uow, "customer", cid))
    assert form.source_combo.count() == 2 and advance.number in form.source_combo.itemText(1)
    form.choose_credit(advance.number)
    assert form.credit() is not None and not form.amount_edit.isEnabled() and form.amount_edit.value() == D("500")
    form.grid.set_value(0, "allocate", D("400"))
    form.grid.set_value(1, "allocate", D("100"))
    form._on_value_edited(1, "allocate")
    assert "500.00" in form.totals_label.text()
    form.save_button.click()
    assert form.allocated_result is not None
    open_items = fq.list_open_items(ui_ctx.uow, kind="receivable", party_id=cid, sign=1)
    assert [(i.doc_number, i.open) for i in open_items] == [("DN-1", D("730.00")), ("DN-2", D("126.00"))]
    assert fq.list_open_items(ui_ctx.uow, kind="receivable", party_id=cid, sign=-1) == []
    assert widget.money_page.accounts_model.rows[0].balance == D("5500.00")  # nothing new received
    assert form.source_combo.count() == 1  # the credit is used up: only new money is left
    assert_books_tie_out(ui_ctx.uow)


def test_over_allocation_shows_the_error_and_writes_nothing(tab, ui_ctx, qtbot, monkeypatch):
    widget, cid = tab
    shown = []
    monkeypatch.setattr(
        "erp_desktop.ui.finance.money_form.run_confirmable",
        lambda parent, call, done, submit: submit(lambda: call(frozenset()), done, shown.append),
    )
    form = widget.money_docs_page.new_document("receipt")
    form.party_picker.pick(lookups.get_party_brief(ui_ctx.uow, "customer", cid))
    form.amount_edit.setText("100")
    form.grid.editor(0, "allocate").setText("100.01")
    form.save_button.click()
    assert len(shown) == 1 and "left to allocate" in shown[0].message
    assert fq.list_open_items(ui_ctx.uow, kind="receivable", sign=-1) == []


def test_trial_balance_report_and_manual_entry(tab, ui_ctx, qtbot):
    widget, _ = tab
    reports = widget.reports_page
    reports.start_edit.setDate(reports.start_edit.date().fromString("2026-10-01", "yyyy-MM-dd"))
    reports.end_edit.setDate(reports.end_edit.date().fromString("2026-10-31", "yyyy-MM-dd"))
    reports.run()
    assert reports.status_label.text() == "Balanced: debits equal credits."
    totals = reports.model.rows[-1]
    assert totals.debit == totals.credit == D("1356.00")
    from erp_desktop.ui.finance.journal import ManualEntryDialog

    dialog = ManualEntryDialog(ui_ctx, widget)
    qtbot.addWidget(dialog)
    dialog.memo_edit.setText("计提工资")
    t = dialog.lines_table
    t.cellWidget(0, 0).setCurrentIndex(t.cellWidget(0, 0).findData("5602"))
    t.cellWidget(1, 0).setCurrentIndex(t.cellWidget(1, 0).findData("2211"))
    t.cellWidget(0, 1).setText("800")
    t.cellWidget(1, 2).setText("700")
    assert not dialog.post_button.isEnabled()
    t.cellWidget(1, 2).setText("800")
    assert dialog.post_button.isEnabled()
    dialog._submit()
    assert dialog.result_value.total == D("800.00")
    assert widget.journal_page.list_page.model.rows[0].doc_type == "MJ"


def test_statement_and_close_pages(tab, ui_ctx, qtbot, monkeypatch):
    widget, cid = tab
    st = widget.statement_page
    st.start_edit.setDate(st.start_edit.date().fromString("2026-10-01", "yyyy-MM-dd"))
    st.end_edit.setDate(st.end_edit.date().fromString("2026-10-31", "yyyy-MM-dd"))
    st.customer_picker.pick(lookups.get_party_brief(ui_ctx.uow, "customer", cid))
    assert [l.balance for l in st.lines_model.rows] == [D("1130.00"), D("1356.00")]
    assert "1,356.00" in st.footer_label.text()
    close = widget.close_page
    close.month_edit.setText("2026-09")
    monkeypatch.setattr("erp_desktop.ui.finance.close.ask", lambda parent, text: True)
    close.close_button.click()
    assert [p.label for p in close.model.rows] == ["2026-09"]
    assert close.month_edit.text() == "2026-10"


def test_chart_of_accounts_page(ui_ctx, qtbot, monkeypatch):
    from erp_desktop.services.finance import chart
    from erp_desktop.ui.settings.accounts import AccountsPage

    page = AccountsPage(ui_ctx)
    qtbot.addWidget(page)
    codes = [r.code for r in page.model.rows]
    assert "1122" in codes and "5602" in codes
    chart.add_account(ui_ctx.uow, code="560201", name="管理费用-房租", kind="expense", parent_code="5602")
    ui_ctx.changed.emit(frozenset({"finance"}))
    row = next(i for i, r in enumerate(page.model.rows) if r.code == "560201")
    page.view.selectRow(row)
    page.active_button.click()
    assert next(r for r in page.model.rows if r.code == "560201").active is False
    shown = []
    monkeypatch.setattr("erp_desktop.ui.settings.accounts.show_error", lambda parent, exc: shown.append(exc))
    page.view.selectRow(next(i for i, r in enumerate(page.model.rows) if r.code == "1122"))
    page.active_button.click()
    assert shown and "cannot be removed" in shown[0].message


def test_register_invoice_from_uninvoiced_documents(tab, ui_ctx, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from erp_desktop.ui.finance.invoices import RegisterInvoiceDialog

    widget, cid = tab
    page = widget.invoices_page
    assert [d.doc_number for d in page.docs_model.rows] == ["DN-1", "DN-2"]
    selection = page.docs_view.selectionModel()
    for row in (0, 1):
        selection.select(
            page.docs_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    docs = page.selected_documents()
    dialog = RegisterInvoiceDialog(ui_ctx, "issued", docs, page)
    qtbot.addWidget(dialog)
    assert dialog.gross_label.text() == "1,356.00"  # net and tax split at 13 % from the documents' gross
    dialog.number_edit.setText("04412345")
    dialog._submit()
    assert dialog.result_value.linked == D("1356.00")
    assert page.docs_model.rows == [] and [i.number for i in page.invoices_model.rows] == ["04412345"]
    assert page.invoices_model.rows[0].invoice_type == "专票"
