"""Wiring of the accounts side of month-end: the count-differences page settles 1901, the VAT page
shows the month and moves it once, the settings page changes a reason's account."""

from datetime import date
from decimal import Decimal as D

from PySide6.QtWidgets import QInputDialog

from erp_desktop.services import finance
from erp_desktop.services.finance import chart
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.ledger.journal import Posting
from erp_desktop.ui.finance.vat import CountSettlePage, VatPage
from erp_desktop.ui.settings.accounts import AccountsPage
from tests.support import factories


def _balance(uow, code):
    with uow.read() as tx:
        d, c = chart.own_balance(tx, code)
    return d - c


def test_count_differences_page_settles_them(ui_ctx, qtbot):
    uow = ui_ctx.uow
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", cost="6")
        w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = (tea.id, w.id, a1.id)
    on = date(2026, 4, 1)
    inventory.create_and_post(
        uow, kind="receipt", reason="opening", on=on, lines=[LineInput(ids[0], D("10"), D("6"), to_location_id=ids[2])]
    )
    count = stock_counts.create_count(uow, warehouse_id=ids[1], on=on)
    stock_counts.set_counted(uow, count.id, ids[0], ids[2], D("11"))
    stock_counts.post_count(uow, count.id)
    page = CountSettlePage(ui_ctx)
    qtbot.addWidget(page)
    assert [(r.number, r.gain) for r in page.model.rows] == [(count.number, D("6.00"))]
    assert "1901 holds -6.00" in page.total_label.text()
    page.settle_all_button.click()
    assert page.model.rows == [] and "1 counts settled." in page.total_label.text()
    assert _balance(uow, "1901") == D("0") and _balance(uow, "5301") == D("-6.00")


def test_vat_page_moves_the_month_once(ui_ctx, qtbot, monkeypatch):
    uow = ui_ctx.uow
    with uow.write() as tx:
        Posting(date(2026, 10, 5), memo="sale").debit("1221", D("113")).credit("5001", D("100")).credit(
            "22210102", D("13")
        ).post(tx)
    page = VatPage(ui_ctx)
    qtbot.addWidget(page)
    page.month_edit.setText("2026-10")
    page.show_button.click()
    items = {r.item: r.amount for r in page.items_model.rows}
    assert items["VAT due (应纳税额)"] == D("13.00") and page.transfer_button.isEnabled()
    qtbot_ask = []
    import erp_desktop.ui.finance.vat as vat_ui

    monkeypatch.setattr(vat_ui, "ask", lambda parent, question: qtbot_ask.append(question) or True)
    page.transfer_button.click()
    assert qtbot_ask and "13.00" in qtbot_ask[0]
    assert not page.transfer_button.isEnabled() and page.status_label.text().startswith("Moved by JE-")
    assert _balance(uow, "222102") == D("-13.00")
    assert page.pay_amount_edit.text() == "13.00"


def test_settings_page_changes_a_reasons_account(ui_ctx, qtbot, monkeypatch):
    page = AccountsPage(ui_ctx)
    qtbot.addWidget(page)
    keys = [r.key for r in page.posting_model.rows]
    page.posting_view.selectRow(keys.index("issue.damage"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("5602 管理费用", True))
    page.posting_button.click()
    assert {r.key: r.code for r in finance.list_posting_accounts(ui_ctx.uow)}["issue.damage"] == "5602"
    assert {r.key: r.code for r in page.posting_model.rows}["issue.damage"] == "5602"
    shown = next(r for r in page.model.rows if r.code == "22210101")
    assert shown.full_name == "应交税费-应交增值税-进项税额" and shown.leaf


def test_the_chart_shows_each_accounts_kind_in_words(ui_ctx, qtbot):
    from PySide6.QtCore import Qt

    page = AccountsPage(ui_ctx)
    qtbot.addWidget(page)
    model = page.model
    column = next(i for i, c in enumerate(model.columns) if c.title == "Kind")
    row = next(i for i, r in enumerate(model.rows) if r.code == "2202")
    assert model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) == "Liability"  # not "liability"
