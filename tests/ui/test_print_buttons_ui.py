"""Every tab that shows a business document prints it: the sales editor (order, delivery note
送货单 right after delivering, return note), stock documents and count sheets, purchase orders and
receipt notes, money receipts (收款收据) and payments. The PDF is made off the GUI thread (a real
TaskRunner here) and the preview opens; the PDF's text is checked with pdftotext."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from erp_desktop.services import finance, purchasing, sales
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.masterdata import lookups
from erp_desktop.ui.printing import PrintPreviewDialog
from erp_desktop.ui.shell import keys
from erp_desktop.ui.tasks import TaskRunner
from tests.support import factories
from tests.support.pdfcheck import contains, pdf_text
from tests.support.sales import make_shop

TODAY = date.today()


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


@contextmanager
def threaded(ctx):
    """Service calls run on the real background runner (as in the window) inside the block."""
    sync = ctx.runner
    ctx.runner = TaskRunner(ctx)
    try:
        yield
    finally:
        ctx.runner.wait()
        ctx.runner = sync


def activate(qtbot, window) -> None:
    """Show ``window`` as the active one, so its shortcuts work (offscreen needs the push)."""
    import warnings

    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)


def print_and_wait(qtbot, ctx, parent, click) -> PrintPreviewDialog:
    """Click a Print button with a real background runner, wait for the new preview, return it."""
    before = {d.pdf_path for d in parent.findChildren(PrintPreviewDialog)}
    with threaded(ctx):
        click()
        qtbot.waitUntil(
            lambda: any(d.pdf_path not in before for d in parent.findChildren(PrintPreviewDialog)), timeout=30000
        )
    new = [d for d in parent.findChildren(PrintPreviewDialog) if d.pdf_path not in before]
    assert len(new) == 1
    preview = new[0]
    assert preview.isVisible() and preview.page_count() >= 1
    return preview


def text_of(preview: PrintPreviewDialog) -> str:
    return pdf_text(preview.pdf_path)


# --- sales ---------------------------------------------------------------------------------------
def _add(editor, uow, code, quantity):
    editor.add_line(lookups.find_product(uow, code), D(quantity))


def _deliver(editor, quantities):
    editor.deliver_button.click()
    dialog = editor._dialog
    for row, quantity in enumerate(quantities):
        dialog.lines_table.cellWidget(row, 3).setText(quantity)
    dialog.post()


def test_sales_editor_prints_the_order_and_the_delivery_note_just_posted(ui_ctx, qtbot, errors, monkeypatch):
    from erp_desktop.ui.sales import create_tab

    uow = ui_ctx.uow
    shop = make_shop(uow)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    editor = tab.orders_page.new_document()
    quote_form = tab.quotes_page.new_document()
    # nothing to print on a new order; a quote prints itself only (no delivery or return notes)
    assert not editor.print_button.isEnabled() and not editor.print_delivery_button.isEnabled()
    assert not quote_form.print_button.isHidden() and quote_form.print_delivery_button.isHidden()
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(editor, uow, "A001", "10")
    _add(editor, uow, "B001", "4")
    editor.save_button.click()
    order = editor.view
    assert order is not None and editor.print_button.isEnabled() and not editor.print_delivery_button.isEnabled()
    from erp_desktop.ui.forms import document_tabs

    activate(qtbot, document_tabs(ui_ctx))  # the order's own form is in the document tabs
    editor.lines_table.setFocus()  # Ctrl+P anywhere in the editor prints the order
    text = text_of(
        print_and_wait(
            qtbot,
            ui_ctx,
            editor,
            lambda: qtbot.keyClick(editor.lines_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        )
    )
    assert contains(text, order.number) and contains(text, "A001") and contains(text, "B001")
    assert contains(text, "265.60")  # 10 × 10 × 1.13 + 4 × 35 × 1.09

    editor.confirm_button.click()
    _deliver(editor, ["10", "0"])  # A only
    assert errors == []
    first = editor.view.deliveries[-1]
    assert editor.print_delivery_button.isEnabled() and not editor.print_return_button.isEnabled()
    assert editor.focusWidget() is editor.print_delivery_button  # the offer: Space/Enter prints it
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_delivery_button.click))
    assert contains(text, first.number) and contains(text, "Delivery note") and contains(text, "A001")
    assert not contains(text, "B001") and contains(text, order.number)

    editor.new_button.setFocus()
    with threaded(ui_ctx):  # B: a second delivery, posted and reloaded in the background as in the window
        _deliver(editor, ["4"])
        qtbot.waitUntil(lambda: len(editor.view.deliveries) == 2, timeout=30000)
    assert editor.focusWidget() is editor.print_delivery_button  # offered once the order is reloaded
    second = editor.view.deliveries[-1]
    assert second.number != first.number and len(editor.view.deliveries) == 2
    assert editor.print_delivery_button.toolTip() == second.number  # the one just posted is what prints
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_delivery_button.click))
    assert contains(text, second.number) and contains(text, "B001") and not contains(text, "A001")

    # the delivery selected in the list prints instead
    rows = [d.number for d in editor.documents_model.rows]
    editor.documents_view.selectRow(rows.index(first.number))
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_delivery_button.click))
    assert contains(text, first.number) and not contains(text, second.number)

    # opened afresh with two deliveries and none selected: the user chooses (the latest offered first)
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.append((list(items), current))
        return items[0], True

    monkeypatch.setattr("erp_desktop.ui.sales.order_editor.QInputDialog.getItem", choose)
    from erp_desktop.ui.forms import document_tabs

    tabs = document_tabs(ui_ctx)
    assert tabs.close_tab(tabs.indexOf(editor))
    editor = tab.orders_page.open_order(order.id)
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_delivery_button.click))
    assert (
        len(offered) == 1
        and [i.split()[0] for i in offered[0][0]] == [first.number, second.number]
        and offered[0][1] == 1
    )
    assert contains(text, first.number)

    # a return posted from the editor prints as a return note
    editor.documents_view.selectRow([d.number for d in editor.documents_model.rows].index(first.number))
    editor.return_button.click()
    back = editor._dialog
    back.set_return_qty(0, D("2"))
    back.post()
    assert errors == []
    ret = editor.view.returns[-1]
    assert editor.print_return_button.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_return_button.click))
    assert contains(text, ret.number) and contains(text, "Sales return note") and contains(text, "A001")
    assert contains(text, first.number)  # the delivery it returns against
    assert errors == []


def test_sales_order_list_prints_the_current_order_with_ctrl_p(ui_ctx, qtbot, errors):
    from erp_desktop.ui.sales import create_tab

    uow = ui_ctx.uow
    shop = make_shop(uow)
    ref = sales.create_order(
        uow, customer_id=shop.customer, on=TODAY, lines=[sales.LineInput(shop.a, D("3"), D("10"), D("0"), D("0.13"))]
    )
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    page = tab.orders_page
    page.reload()
    action = page.print_action
    assert keys.key_of(action) == QKeySequence(QKeySequence.StandardKey.Print) and not action.isEnabled()
    page.list_page.table_view.selectRow(0)
    assert action.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, action.trigger))
    assert contains(text, ref.number) and contains(text, "A001") and contains(text, "33.90")


def test_quote_editor_and_list_print_the_quotation(ui_ctx, qtbot, errors):
    """A10 % off A001: 10 × 10.00 × 0.9 = 90.00 + 13 % 11.70; B001: 4 × 35.00 = 140.00 + 9 % 12.60;
    230.00 + 24.30 = 254.30."""
    from datetime import timedelta

    from erp_desktop.ui.sales import create_tab
    from erp_desktop.ui.sales.common import to_qdate
    from erp_desktop.ui.sales.order_editor import C_DISCOUNT

    uow = ui_ctx.uow
    shop = make_shop(uow)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    page = tab.quotes_page
    tab.setCurrentWidget(page)
    editor = page.new_document()
    from erp_desktop.ui.forms import document_tabs

    activate(qtbot, document_tabs(ui_ctx))  # the quote's own form is in the document tabs
    assert editor.print_button.isVisible() and not editor.print_button.isEnabled()  # nothing saved yet
    assert editor.print_button.toolTip() == "Print the quote (Ctrl+P)"
    assert not editor.print_delivery_button.isVisible() and not editor.print_return_button.isVisible()
    editor.customer_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    _add(editor, uow, "A001", "10")
    _add(editor, uow, "B001", "4")
    editor.lines_table.cellWidget(0, C_DISCOUNT).setValue(D("10"))
    valid = TODAY + timedelta(days=14)
    editor.valid_edit.setDate(to_qdate(valid))
    editor.salesperson_edit.setText("Wang")
    editor.notes_edit.setText("Prices include delivery.")
    editor.save_button.click()
    assert errors == []
    quote = editor.quote
    assert quote is not None and quote.gross_total == D("254.30") and editor.print_button.isEnabled()

    editor.lines_table.setFocus()  # Ctrl+P anywhere in the editor prints the quote
    preview = print_and_wait(
        qtbot,
        ui_ctx,
        editor,
        lambda: qtbot.keyClick(editor.lines_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    )
    assert contains(text_of(preview), "Quotation") and contains(text_of(preview), quote.number)
    preview.close()

    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_button.click))
    for expected in (
        "Quotation",
        quote.number,
        "张三超市 (C001)",
        f"Valid until {valid.isoformat()}",
        "Salesperson Wang",
        "A001",
        "Product A",
        "10%",
        "90.00",
        "B001",
        "140.00",
        "230.00",
        "24.30",
        "254.30",
        "Total (in words)",
        "贰佰伍拾肆元叁角整",
        "Notes: Prices include delivery.",
        "Customer confirmation:",
        "Page 1 of 1",
    ):
        assert contains(text, expected), expected
    row = next(line for line in text.splitlines() if "A001" in line)
    assert row.split()[-4:] == ["10", "10.00", "10%", "90.00"]

    # opened again, the editor shows the salesperson and notes the printout carries
    from erp_desktop.ui.forms import document_tabs

    tabs = document_tabs(ui_ctx)
    assert tabs.close_tab(tabs.indexOf(editor))
    fresh = page.new_document()
    assert fresh.notes_edit.text() == "" and not fresh.print_button.isEnabled()
    editor = page.open_quote(quote.id)
    assert editor.salesperson_edit.text() == "Wang" and editor.notes_edit.text() == "Prices include delivery."

    # the list: Print… (Ctrl+P) on the current quote
    other = sales.create_quote(
        uow, customer_id=shop.customer, on=TODAY, lines=[sales.LineInput(shop.b, D("1"), D("35"), D("0"), D("0.09"))]
    )
    page.list_page.reload()
    action = page.print_action
    assert keys.key_of(action) == QKeySequence(QKeySequence.StandardKey.Print)
    numbers = [page.list_page.model.row_at(r).number for r in range(page.list_page.model.rowCount())]
    page.list_page.table_view.selectRow(numbers.index(other.number))
    assert action.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, action.trigger))
    assert contains(text, "Quotation") and contains(text, other.number) and contains(text, "38.15")  # 35.00 + 9 %
    assert not contains(text, quote.number) and "Discount" not in text
    assert errors == []


# --- inventory -----------------------------------------------------------------------------------
@pytest.fixture
def stock_shop(uow):
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode="6900000000001", cost="2")
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id, a2=a2.id)
    opening = inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=TODAY,
        lines=[
            LineInput(ids["tea"], D("20"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("5"), D("2"), to_location_id=ids["a1"]),
        ],
    )
    ids["opening"] = opening
    return ids


def test_stock_documents_print_the_selected_posted_document(ui_ctx, qtbot, stock_shop, errors):
    from erp_desktop.ui.inventory import InventoryTab

    uow = ui_ctx.uow
    transfer = inventory.create_and_post(
        uow,
        kind="transfer",
        on=TODAY,
        lines=[
            LineInput(
                stock_shop["tea"], D("7"), None, from_location_id=stock_shop["a1"], to_location_id=stock_shop["a2"]
            )
        ],
    )
    draft_id = inventory.save_stock_doc(
        uow,
        None,
        kind="issue",
        reason="damage",
        on=TODAY,
        warehouse_id=stock_shop["w"],
        lines=[LineInput(stock_shop["cup"], D("1"), None, from_location_id=stock_shop["a1"])],
    )
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    page = tab.documents
    page.list_page.reload()
    assert keys.key_of(page.print_action) == QKeySequence(QKeySequence.StandardKey.Print)
    assert page.post_action.shortcut() == QKeySequence(
        "Ctrl+Return"
    )  # Ctrl+P prints now; posting is Ctrl+Enter as in the editor
    rows = page.list_page.model.rows
    assert not page.print_action.isEnabled()  # nothing selected
    page.list_page.table_view.selectRow(next(i for i, r in enumerate(rows) if r.id == draft_id))
    assert not page.print_action.isEnabled()  # a draft is not printed
    page.list_page.table_view.selectRow(next(i for i, r in enumerate(rows) if r.id == transfer.id))
    assert page.print_action.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, page.print_action.trigger))
    assert contains(text, transfer.number) and contains(text, "Transfer note") and contains(text, "TEA")
    assert contains(text, "MAIN/A-01") and contains(text, "MAIN/A-02")
    page.list_page.table_view.selectRow(next(i for i, r in enumerate(rows) if r.id == stock_shop["opening"].id))
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, page.print_action.trigger))
    assert (
        contains(text, stock_shop["opening"].number) and contains(text, "Stock receipt note") and contains(text, "CUP")
    )
    assert contains(text, "130.00")  # 20 × 6 + 5 × 2
    assert errors == []


def test_ctrl_p_prints_from_the_focused_list_and_ctrl_enter_posts(ui_ctx, qtbot, stock_shop, errors):
    from erp_desktop.ui.inventory import InventoryTab

    uow = ui_ctx.uow
    draft_id = inventory.save_stock_doc(
        uow,
        None,
        kind="issue",
        reason="damage",
        on=TODAY,
        warehouse_id=stock_shop["w"],
        lines=[LineInput(stock_shop["cup"], D("1"), None, from_location_id=stock_shop["a1"])],
    )
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    activate(qtbot, tab)
    page = tab.documents
    page.list_page.reload()
    view = page.list_page.table_view
    view.setFocus()
    view.selectRow(next(i for i, r in enumerate(page.list_page.model.rows) if r.id == draft_id))
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.list_page.findChildren(PrintPreviewDialog) == []  # a draft: nothing printed, nothing posted
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    posted = inventory.get_stock_doc(uow, draft_id).doc
    assert posted.state == "posted"
    view.selectRow(next(i for i, r in enumerate(page.list_page.model.rows) if r.id == draft_id))
    text = text_of(
        print_and_wait(
            qtbot,
            ui_ctx,
            page.list_page,
            lambda: qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        )
    )
    assert contains(text, posted.number) and contains(text, "Stock issue note") and contains(text, "CUP")
    assert errors == []


def test_stock_document_posted_in_the_editor_prints_at_once(ui_ctx, qtbot, stock_shop, errors):
    from erp_desktop.ui.inventory import InventoryTab

    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    dialog = tab.documents.new_document("issue")
    assert dialog.print_button.isHidden()  # a draft has nothing to print
    assert dialog.reason_combo.currentData() == ""  # no reason is pre-chosen: it decides the account
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("damage"))
    dialog.source_picker.set_bin(stock_shop["a1"])
    dialog.grid.picker.pick(lookups.find_product(ui_ctx.uow, "TEA"))
    dialog.grid.editor(0, "qty").setText("3")
    dialog.post()
    assert (
        errors == []
        and dialog.state == "posted"
        and not dialog.print_button.isHidden()
        and dialog.print_button.isEnabled()
    )
    number = dialog.posted_result.number
    text = text_of(print_and_wait(qtbot, ui_ctx, dialog, dialog.print_button.click))
    assert (
        contains(text, number)
        and contains(text, "Stock issue note")
        and contains(text, "TEA")
        and contains(text, "18.00")
    )


def test_count_sheet_prints_from_the_list_and_the_count_screen(ui_ctx, qtbot, stock_shop, errors):
    from erp_desktop.ui.inventory import InventoryTab

    count = stock_counts.create_count(ui_ctx.uow, warehouse_id=stock_shop["w"], on=TODAY, bin_ids=[stock_shop["a1"]])
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    page = tab.counts
    page.list_page.reload()
    assert not page.print_action.isEnabled()
    page.list_page.table_view.selectRow(0)
    assert page.print_action.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, page.print_action.trigger))
    assert (
        contains(text, count.number)
        and contains(text, "Stock count sheet")
        and contains(text, "TEA")
        and contains(text, "CUP")
    )
    screen = page.open_count(count.id)
    assert screen.print_button.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, screen, screen.print_button.click))
    assert contains(text, count.number) and contains(text, "6901234567890")
    assert errors == []


# --- purchasing ----------------------------------------------------------------------------------
def test_purchase_order_editor_prints_order_receipt_and_return_notes(ui_ctx, qtbot, errors, monkeypatch):
    from erp_desktop.ui.purchasing.order_editor import OrderEditor
    from erp_desktop.ui.purchasing.orders_page import OrdersPage
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog

    uow = ui_ctx.uow
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", cost="5")
        sup = factories.supplier(tx, "S1", name="Tea Co")
        _w, (a1,) = factories.warehouse(tx, "W1", bins=("A-01",))
        tea_id, sup_id, a1_id = tea.id, sup.id, a1.id
    ref = purchasing.create_order(
        uow, supplier_id=sup_id, on=TODAY, lines=[purchasing.OrderLineInput(tea_id, D("10"), D("5"))]
    )
    purchasing.confirm_order(uow, ref.id)
    first = purchasing.receive_order(
        uow,
        ref.id,
        on=TODAY,
        location_id=a1_id,
        lines=[purchasing.ReceiveLineInput(purchasing.get_order_detail(uow, ref.id).lines[0].id, D("4"))],
    )
    second = purchasing.receive_order(uow, ref.id, on=TODAY, location_id=a1_id)

    page = OrdersPage(ui_ctx)
    qtbot.addWidget(page)
    assert not page.print_action.isEnabled()
    page.list_page.table_view.selectRow(0)
    text = text_of(print_and_wait(qtbot, ui_ctx, page.list_page, page.print_action.trigger))
    assert contains(text, ref.number) and contains(text, "TEA")

    editor = OrderEditor(ui_ctx, ref.id, page)
    assert editor.print_receipt_button.isEnabled() and not editor.print_return_button.isEnabled()
    offered = []
    monkeypatch.setattr(
        "erp_desktop.ui.purchasing.order_editor.QInputDialog.getItem",
        lambda parent, title, label, items, current, editable: (offered.append(list(items)), (items[current], True))[1],
    )
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_receipt_button.click))
    assert [i.split()[0] for i in offered[0]] == [first.number, second.number]
    assert contains(text, second.number) and contains(text, "Goods receipt note") and contains(text, "TEA")
    returns = []
    monkeypatch.setattr(ReturnDialog, "open", lambda self: returns.append(self))
    editor.return_button.click()
    returns[0].set_quantity(0, D("1"))
    returns[0].post()
    assert errors == [] and editor.print_return_button.isEnabled()
    number = editor.detail.returns[-1].number
    text = text_of(print_and_wait(qtbot, ui_ctx, editor, editor.print_return_button.click))
    assert contains(text, number) and contains(text, "Purchase return note") and contains(text, "TEA")


# --- finance -------------------------------------------------------------------------------------
def test_money_receipt_prints_after_saving_and_from_the_ledger(ui_ctx, qtbot, errors):
    from erp_desktop.ui.finance import FinanceTab

    uow = ui_ctx.uow
    shop = make_shop(uow)
    order = sales.create_order(
        uow, customer_id=shop.customer, on=TODAY, lines=[sales.LineInput(shop.a, D("10"), D("10"), D("0"), D("0.13"))]
    )
    sales.confirm_order(uow, order.id)
    delivery = sales.deliver_order(uow, order.id, on=TODAY)
    finance.create_money_account(
        uow, code="BANK1", name="工商银行", opening_balance=D("5000"), opening_on=TODAY.replace(day=1)
    )
    tab = FinanceTab(ui_ctx)
    qtbot.addWidget(tab)
    page = tab.money_docs_page.new_document("receipt")  # 收款 in its own form
    assert not page.print_button.isVisibleTo(page)  # nothing to print before it is posted
    page.party_picker.pick(lookups.get_party_brief(uow, "customer", shop.customer))
    assert [i.doc_number for i in page.items] == [delivery.number]
    page.amount_edit.setText("113")
    page.auto_button.click()
    page.save_button.click()
    assert errors == []
    receipt = page.posted_result
    assert page.print_button.isVisibleTo(page) and page.print_button.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, page, page.print_button.click))
    assert contains(text, receipt.number) and contains(text, "Money receipt") and contains(text, delivery.number)
    assert contains(text, "113.00") and contains(text, "张三超市")

    money = tab.money_page
    money.reload()
    lines = money.ledger_model.rows
    assert [line.number for line in lines][-1] == receipt.number
    assert not money.print_button.isEnabled()  # nothing selected yet
    opening = next(i for i, line in enumerate(lines) if line.number != receipt.number)
    money.ledger_view.selectRow(opening)
    assert not money.print_button.isEnabled()  # an opening balance has no printout
    money.ledger_view.selectRow(len(lines) - 1)
    assert money.print_button.isEnabled()
    text = text_of(print_and_wait(qtbot, ui_ctx, money, money.print_button.click))
    assert contains(text, receipt.number) and contains(text, delivery.number)

    payment = finance.pay_money(
        uow,
        supplier_id=_supplier(uow),
        amount=D("50"),
        account_id=money.accounts_model.rows[0].id,
        on=TODAY,
        memo="Deposit for tea",
    )
    money.reload()
    row = next(i for i, line in enumerate(money.ledger_model.rows) if line.number == payment.number)
    money.ledger_view.selectRow(row)
    text = text_of(print_and_wait(qtbot, ui_ctx, money, money.print_button.click))
    assert contains(text, payment.number) and contains(text, "Payment voucher") and contains(text, "50.00")
    assert errors == []


def _supplier(uow):
    with uow.write() as tx:
        return factories.supplier(tx, "S9", name="Tea Co").id
