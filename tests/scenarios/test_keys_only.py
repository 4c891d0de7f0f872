"""Keys only, in the real main window (issue 15): every step is a QTest key click on the widget
that has the focus — no widget is called, clicked or focused by the test. The outside world is
the only thing answered for the user: the operating system's file dialog (a path typed there).

- the shopkeeper: Ctrl+N, a customer and three lines picked by 助记码, Ctrl+S, F8 confirm, F11 and
  the delivery dialog's Enter, Ctrl+P (the order) and Space on the offered button (the delivery
  note), each saved to a PDF file with the preview's Ctrl+S, then Alt+2 to Finance, Ctrl+Tab to
  收款/付款 and Ctrl+N (a receipt form in its own tab), the customer by 助记码, the amount,
  Ctrl+Shift+A (allocate), Ctrl+S; stock, the
  receivable and its allocation, the bank balance and the books are checked;
- the accountant: Alt+2, Ctrl+Tab to 收款/付款, Ctrl+N, one receipt allocated to two deliveries
  (Ctrl+Shift+A, oldest first), Ctrl+S; Ctrl+Tab to 对账单, the customer by 助记码, Ctrl+P and the
  preview's Ctrl+S — the PDF lists both deliveries and the receipt, the balance is nil.

Defects found on the way and fixed (each step had to be done by keys): the picker's popup took the
activation on platforms that activate every shown window (the typing went nowhere); a saved form
lost the cursor when its grid was rebuilt; after a posting dialog or a print preview no window was
active; there was no key to reach another module's tab (Alt+1…9 now); the statement page could
not be printed (Ctrl+P now)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.models.finance import OpenItem
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.services import finance, sales
from erp_desktop.ui.printing import PrintPreviewDialog
from tests.support import factories
from tests.support.pdfcheck import pdf_text
from tests.support.sales import assert_books_tie_out, on_hand, receivables

TYPING_MS = 30  # a person's keys (the pickers search as they are typed)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def type_text(qtbot, text: str, *, delay: int = TYPING_MS) -> None:
    qtbot.keyClicks(focused(), text, delay=delay)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)
        qtbot.wait(5)


@pytest.fixture
def shop(ui_ctx):
    uow = ui_ctx.uow
    with uow.write() as tx:
        products = [
            factories.product(tx, "LS01", name="旺旺雪饼", price="12", cost="7", tax="0.13"),
            factories.product(tx, "YL01", name="可口可乐", price="3.5", cost="2", tax="0.13"),
            factories.product(tx, "YL02", name="农夫山泉", price="2", cost="1", tax="0.13"),
        ]
        _w, (bin1,) = factories.warehouse(tx, "W1", bins=("A-01",))
        for p in products:
            factories.opening_stock(tx, p, bin1, "100", str(p.purchase_price))
        customer = factories.customer(tx, "C001", name="张三超市", payment_terms_days=30)
        ids = {"products": [p.id for p in products], "customer": customer.id}
    ids["account"] = finance.create_money_account(uow, code="BANK1", name="工商银行").id
    return ids


def _main_window(ui_ctx, qtbot):
    from erp_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ui_ctx, modules=[("sales", "erp_desktop.ui.sales"), ("finance", "erp_desktop.ui.finance")])
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_shopkeeper_order_by_mnemonic_confirm_deliver_print(ui_ctx, qtbot, shop, tmp_path, monkeypatch):
    window = _main_window(ui_ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # nothing focused yet: the window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    form = window.tabs.current_form()
    assert form is not None and focused() is form.customer_picker  # Ctrl+N: a new order, cursor in 客户
    type_text(qtbot, "zscs")  # 张三超市 by 助记码
    qtbot.waitUntil(lambda: form.customer_picker.popup_texts() == ["C001 张三超市"])
    press(qtbot, Qt.Key.Key_Return)
    assert form.customer_picker.party().code == "C001"
    assert focused() is form.grid.picker  # straight on to the first product
    for mnemonic, quantity in (("wwxb", "10"), ("kkkl", "24"), ("nfsq", "12")):
        type_text(qtbot, mnemonic)
        qtbot.waitUntil(lambda: len(form.grid.picker.popup_texts()) == 1)
        press(qtbot, Qt.Key.Key_Return)  # the one match
        type_text(qtbot, quantity)
        press(qtbot, Qt.Key.Key_Return, times=4)  # 数量 → 单价 → 折扣 → 税率 → the next new line
    assert [p.code for p in form.grid.products] == ["LS01", "YL01", "YL02"]
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.view is not None and form.view.state == "draft"
    # 120 + 84 + 24 = 228.00 net, 13 %: 29.64 tax
    assert form.view.gross_total == D("257.64")
    press(qtbot, Qt.Key.Key_F8)
    assert form.view.state == "confirmed"
    press(qtbot, Qt.Key.Key_F11)  # the delivery dialog, everything open proposed
    dialog = form._dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_Return)  # its default button posts
    qtbot.waitUntil(lambda: form.view.state == "delivered")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.print_delivery_button)  # the offer to print it
    assert [on_hand(ui_ctx.uow, p) for p in shop["products"]] == [D("90"), D("76"), D("88")]
    assert receivables(ui_ctx.uow, shop["customer"]) == [("DN", D("257.64"))]
    assert_books_tie_out(ui_ctx.uow)

    # Ctrl+P prints the order; Space on the offered button prints the delivery note just posted;
    # in each preview Ctrl+S saves the PDF (the file dialog answered with a path)
    saved: list = []
    monkeypatch.setattr(
        "erp_desktop.ui.printing.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(tmp_path / f"print-{len(saved)}.pdf"), "PDF files (*.pdf)"),
    )
    delivery = form.documents_model.rows[0]
    for key, modifier, number in (
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, form.view.number),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, delivery.number),
    ):
        press(qtbot, key, modifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PrintPreviewDialog), timeout=20000)
        preview = QApplication.activeWindow()
        qtbot.waitUntil(
            lambda p=preview: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is p
        )
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the button's shortcut: an animated click
        target = tmp_path / f"print-{len(saved)}.pdf"
        qtbot.waitUntil(target.exists)
        saved.append(target)
        text = pdf_text(target)
        assert number in text and "张三超市" in text and "旺旺雪饼" in text and "257.64" in text
        press(qtbot, Qt.Key.Key_Escape)  # the preview closes; the keys are back in the form
        qtbot.waitUntil(
            lambda: (
                not isinstance(QApplication.activeWindow(), PrintPreviewDialog)
                and QApplication.focusWidget() is not None
            )
        )
    assert len(saved) == 2

    # 收款: Alt+2 to the Finance tab, Ctrl+Tab to 收款/付款 in it, Ctrl+N a receipt form; the
    # customer by 助记码, the amount, Ctrl+Shift+A allocates it to the delivery, Ctrl+S posts
    page = _new_receipt(qtbot, window)
    type_text(qtbot, "257.64")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.allocations() == [(page.items[0].id, D("257.64"))])  # an animated click
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail is not None)  # posted: its receipt can be printed
    with ui_ctx.uow.read() as tx:
        items = {(i.doc_type, i.amount, i.allocated) for i in tx.query(OpenItem).filter_by(party_id=shop["customer"])}
        balance = tx.get(MoneyAccount, shop["account"]).balance
    assert items == {("DN", D("257.64"), D("257.64")), ("RC", D("-257.64"), D("-257.64"))}
    assert balance == D("257.64")
    assert_books_tie_out(ui_ctx.uow)


def _new_receipt(qtbot, window):
    """Alt+2 to Finance, Ctrl+Tab to 收款/付款 (the list), Ctrl+N: a receipt form in its own tab,
    the customer by 助记码 and Enter: the cursor in the amount."""
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    finance_tab = window.tabs.currentWidget()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert finance_tab.currentWidget() is finance_tab.money_docs_page
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.tabs.current_form()
    assert form is not None and form.kind == "money_receipt" and focused() is form.party_picker
    type_text(qtbot, "zscs")
    qtbot.waitUntil(lambda: form.party_picker.popup_texts() == ["C001 张三超市"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is form.amount_edit)
    return form


def _delivered_order(uow, shop, quantities) -> str:
    lines = [sales.LineInput(p, D(q)) for p, q in zip(shop["products"], quantities)]
    order = sales.create_order(uow, customer_id=shop["customer"], lines=lines)
    sales.confirm_order(uow, order.id)
    return sales.deliver_order(uow, order.id).number


def test_accountant_receipt_allocated_to_two_deliveries_and_statement_printed(
    ui_ctx, qtbot, shop, tmp_path, monkeypatch
):
    uow = ui_ctx.uow
    first = _delivered_order(uow, shop, ["2", "1"])
    second = _delivered_order(uow, shop, ["1", "4"])
    window = _main_window(ui_ctx, qtbot)
    window.tabs.setFocus()  # the window with nothing inside it focused yet takes the keys
    page = _new_receipt(qtbot, window)
    qtbot.waitUntil(lambda: len(page.items) == 2)
    total = sum((item.open for item in page.items), D(0))
    type_text(qtbot, str(total))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(page.allocations()) == 2)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail is not None)
    with uow.read() as tx:
        items = {i.doc_number: (i.amount, i.allocated) for i in tx.query(OpenItem).filter_by(party_id=shop["customer"])}
    assert all(amount == allocated for amount, allocated in items.values()) and len(items) == 3
    assert {first, second} < set(items)
    assert_books_tie_out(uow)

    # the statement: Alt+2 back to Finance, Ctrl+Tab two more (应收/应付, 对账单), the customer by
    # 助记码, Ctrl+P, Ctrl+S
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    finance_tab = window.tabs.currentWidget()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier, times=2)
    statement_page = finance_tab.statement_page
    assert finance_tab.currentWidget() is statement_page
    press(qtbot, Qt.Key.Key_Tab, times=2)  # the page tabs → 类型 → 客户
    assert focused() is statement_page.customer_picker
    type_text(qtbot, "zscs")
    qtbot.waitUntil(lambda: statement_page.customer_picker.popup_texts() == ["C001 张三超市"])
    press(qtbot, Qt.Key.Key_Return)  # picked: the statement shows
    qtbot.waitUntil(lambda: statement_page.statement is not None)
    assert statement_page.statement.closing == D("0.00") and len(statement_page.statement.lines) == 3
    target = tmp_path / "statement.pdf"
    monkeypatch.setattr(
        "erp_desktop.ui.printing.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "PDF files (*.pdf)")
    )
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PrintPreviewDialog), timeout=20000)
    preview = QApplication.activeWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is preview)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists)
    text = pdf_text(target)
    receipt = next(number for number in items if number.startswith("RC-"))
    assert first in text and second in text and receipt in text and "张三超市" in text
