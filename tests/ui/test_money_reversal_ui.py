"""冲销 through the widgets: choose a receipt in the money account's ledger, "Reverse…", pick the
date, confirm; the ledger shows both documents linked and the button is off for both of them."""

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from erp_desktop.services import finance
from erp_desktop.services.finance import queries as fq
from erp_desktop.ui.finance import FinanceTab
from tests.support import factories
from tests.support.finance import assert_books_tie_out, delivery
from tests.support.sales import count_rows


@pytest.fixture
def page(ui_ctx, qtbot):
    uow = ui_ctx.uow
    with uow.write() as tx:
        cid = factories.customer(tx, "C001", name="张三超市").id
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=date(2026, 9, 30)
    )
    delivery(uow, cid, "600", date(2026, 10, 5), "DN-1")
    delivery(uow, cid, "700", date(2026, 10, 9), "DN-2")
    r = finance.receive_money(
        uow, customer_id=cid, amount=D("1000"), account_id="BANK1", on=date(2026, 10, 15), allocate="auto"
    )
    tab = FinanceTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    money = tab.money_page
    money.start_edit.setDate(QDate(2026, 10, 1))
    money.end_edit.setDate(QDate(2026, 10, 31))
    money.keep_tab = tab  # the tab owns the page: keep it alive for the test
    return money, cid, r


def _select(money, number: str):
    row = next(i for i, line in enumerate(money.ledger_model.rows) if line.number == number)
    money.ledger_view.selectRow(row)
    return money.ledger_model.rows[row]


def _cell(money, row: int, field: str) -> str:
    column = next(i for i, c in enumerate(money.ledger_model.columns) if c.key == field)
    return money.ledger_model.index(row, column).data()


def test_reverse_a_receipt_through_the_money_page(page, ui_ctx, qtbot, monkeypatch):
    money, cid, r = page
    questions = []
    monkeypatch.setattr("erp_desktop.ui.finance.money.ask", lambda parent, text: questions.append(text) or True)
    assert [l.number for l in money.ledger_model.rows] == [r.number]
    assert not money.reverse_button.isEnabled()  # no document chosen yet
    _select(money, r.number)
    assert money.reverse_button.isEnabled() and money.reverse_button.text() == "Reverse…"
    money.reverse_button.click()
    dialog = money.reverse_dialog
    qtbot.addWidget(dialog)
    assert "RC-2026-000001" in dialog.summary_label.text() and "1,000.00" in dialog.summary_label.text()
    assert dialog.date_edit.minimumDate() == QDate(2026, 10, 15)  # not before the document
    dialog.date_edit.setDate(QDate(2026, 10, 20))
    dialog.memo_edit.setText("录错客户")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert questions == [
        "Reverse RC-2026-000001 on 2026-10-20? This posts a reversing document and cannot be taken back."
    ]
    assert dialog.result_value.number == "RC-2026-000002"
    # the ledger reloaded: both documents, linked, the money back
    rows = money.ledger_model.rows
    assert [(l.number, l.amount_in, l.amount_out, l.balance, l.memo) for l in rows] == [
        ("RC-2026-000001", D("1000.00"), D("0.00"), D("6000.00"), ""),
        ("RC-2026-000002", D("0.00"), D("1000.00"), D("5000.00"), "录错客户"),
    ]
    assert [_cell(money, i, "status") for i in range(2)] == ["Reversed by RC-2026-000002", "Reversal of RC-2026-000001"]
    assert money.accounts_model.rows[0].balance == D("5000.00")
    for number in ("RC-2026-000001", "RC-2026-000002"):
        _select(money, number)
        assert not money.reverse_button.isEnabled()
    assert money.reverse_button.toolTip() == "Reversal of RC-2026-000001"
    assert [(i.doc_number, i.open) for i in fq.list_open_items(ui_ctx.uow, kind="receivable", party_id=cid)] == [
        ("DN-1", D("600.00")),
        ("DN-2", D("700.00")),
    ]
    assert_books_tie_out(ui_ctx.uow)


def test_reverse_declined_writes_nothing(page, ui_ctx, qtbot, monkeypatch):
    money, _, r = page
    monkeypatch.setattr("erp_desktop.ui.finance.money.ask", lambda parent, text: False)
    before = count_rows(ui_ctx.uow)
    _select(money, r.number)
    money.reverse_button.click()
    dialog = money.reverse_dialog
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert count_rows(ui_ctx.uow) == before
    assert dialog.isVisible() and not hasattr(dialog, "result_value")
    assert [l.status for l in money.ledger_model.rows] == [""]
