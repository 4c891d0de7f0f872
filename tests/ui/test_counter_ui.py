"""The counter screen from the keyboard only: open a shift, scan, change a quantity with F2, an
unknown barcode refused in red with the focus kept, hold (F1) and recall (F10), pay (F12) in cash
with change by keys, a return (Ctrl+R) against the ticket's number; fits 1366×768."""

from decimal import Decimal as D

from PySide6.QtCore import Qt

from erp_desktop.services import counter
from erp_desktop.ui.counter import C_QTY, CounterScreen
from tests.support.counter import make_counter_shop, money_balance
from tests.support.sales import assert_books_tie_out, on_hand


def _type(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_ticket_rung_up_and_paid_with_keys_only(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    assert screen.minimumSizeHint().width() <= 1366 and screen.minimumSizeHint().height() <= 700

    qtbot.keyClick(
        screen.scan_edit, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = screen._dialog
    qtbot.keyClicks(dialog.float_edit, "200")
    qtbot.keyClick(dialog.float_edit, Qt.Key.Key_Return)
    assert counter.current_shift(uow).float_amount == D("200")

    scan = screen.scan_edit
    _type(qtbot, scan, "6901234567892")
    _type(qtbot, scan, "6901234567892")  # one more of it
    _type(qtbot, scan, "0000")  # unknown: red, nothing added, focus kept
    assert "Unknown barcode or code 0000" in screen.message_label.text()
    assert "c62828" in screen.message_label.styleSheet() and screen.focusWidget() is scan
    assert len(screen.lines) == 1 and screen.lines_table.item(0, C_QTY).text() == "2"
    scan.clear()
    _type(qtbot, scan, "B001")
    qtbot.keyClick(scan, Qt.Key.Key_Up)  # back to the water
    qtbot.keyClicks(scan, "3")
    qtbot.keyClick(scan, Qt.Key.Key_F2)
    assert screen.lines_table.item(0, C_QTY).text() == "3"
    qtbot.keyClicks(scan, "abc")
    qtbot.keyClick(scan, Qt.Key.Key_F2)  # not a number: refused, nothing changed
    assert "not a valid number" in screen.message_label.text() and screen.lines_table.item(0, C_QTY).text() == "3"
    scan.clear()
    assert screen.total_label.text() == "66.60"  # 3 × 11.30 + 32.70

    qtbot.keyClick(scan, Qt.Key.Key_F1)  # hold, then recall
    assert screen.lines == [] and len(counter.list_held(uow)) == 1
    qtbot.keyClick(scan, Qt.Key.Key_F10)
    assert [l.code for l in screen.lines] == ["A001", "B001"] and screen.total_label.text() == "66.60"

    qtbot.keyClick(scan, Qt.Key.Key_F12)
    pay = screen._dialog
    assert pay.focusWidget() is pay.cash_edit and pay.total_label.text() == "66.60"
    pay.cash_edit.clear()
    qtbot.keyClicks(pay.cash_edit, "50")
    assert "short" in pay.change_label.text()
    qtbot.keyClick(pay.cash_edit, Qt.Key.Key_Return)  # refused: paying less than the total
    assert "short of the total" in pay.error_label.text() and screen.lines
    pay.cash_edit.clear()
    qtbot.keyClicks(pay.cash_edit, "100")
    assert pay.change_label.text() == "33.40"
    qtbot.keyClick(pay.cash_edit, Qt.Key.Key_Return)
    assert screen.lines == [] and "change 33.40" in screen.message_label.text()
    number = screen.last_ticket
    assert money_balance(uow, "XJ01") == D("66.60") and on_hand(uow, shop.a) == D(97)

    # a return: scan the ticket's barcode, Ctrl+R, one of the three waters comes back
    qtbot.keyClicks(scan, number)
    qtbot.keyClick(scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    back = screen._dialog
    back.table.item(0, 3).setText("1")
    back.table.item(1, 3).setText("")
    back.buttons.accepted.emit()
    assert "refunded 11.30" in screen.message_label.text()
    assert on_hand(uow, shop.a) == D(98)
    assert_books_tie_out(uow)


def test_the_dashboard_shows_today_at_the_counter(ui_ctx, qtbot):
    from erp_desktop.ui.dashboards import DashboardTab

    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("0"))
    tab = DashboardTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.setCurrentWidget(tab.counter_page)
    assert "0 tickets" in tab.counter_page.status.text()
    result = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(2))], payments=[counter.PaymentInput("wechat", D("22.60"))]
    )
    ui_ctx.changed.emit(frozenset({"sales"}))
    page = tab.counter_page
    assert "1 tickets, 22.60" in page.status.text() and result.total == D("22.60")
    assert page.products_table.item(0, 0).text() == "A001 矿泉水" and page.products_table.item(0, 2).text() == "22.60"
    assert page.methods_table.item(0, 0).text() == "WeChat Pay"


def test_a_member_enrolled_topped_up_and_paying_from_stored_value_by_keys(ui_ctx, qtbot):
    uow = ui_ctx.uow
    make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("0"))
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    scan = screen.scan_edit
    qtbot.keyClicks(scan, "13800138000")
    qtbot.keyClick(scan, Qt.Key.Key_F6)  # unknown phone: enrol
    enrol = screen._dialog
    enrol.name_edit.setText("王芳")  # typed through the input method
    qtbot.keyClick(enrol.name_edit, Qt.Key.Key_Return)
    assert screen.member is not None and "王芳" in screen.member_label.text()
    qtbot.keyClicks(scan, "50")
    qtbot.keyClick(scan, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert screen.member.stored_value == D("50") and "stored value 50.00" in screen.member_label.text()
    _type(qtbot, scan, "A001")
    qtbot.keyClick(scan, Qt.Key.Key_F12)
    pay = screen._dialog
    pay.cash_edit.clear()
    qtbot.keyClicks(pay.edits["stored_value"], "11.30")
    qtbot.keyClick(pay.edits["stored_value"], Qt.Key.Key_Return)
    assert screen.lines == [] and counter.find_member(uow, "13800138000").stored_value == D("38.70")
    assert_books_tie_out(uow)


def test_an_exchange_by_keys_pays_then_gives_back_the_difference(ui_ctx, qtbot):
    """换货: scan the ticket, Ctrl+E, choose what comes back, scan the new goods, F12 settles the
    difference — once paid on top (cash with change), once given back — each one transaction."""
    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    counter.open_shift(uow, float_amount=D("100"))
    sold = counter.sell(
        uow, lines=[counter.LineInput(shop.a, D(2))], payments=[counter.PaymentInput("cash", D("22.60"))]
    )
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    scan = screen.scan_edit

    qtbot.keyClick(scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # nothing scanned: refused
    assert "then press Ctrl+E" in screen.message_label.text()
    qtbot.keyClicks(scan, sold.number)
    qtbot.keyClick(scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    choose = screen._dialog
    assert sold.number in choose.windowTitle() and choose.table.item(0, 3).text() == "2"
    qtbot.keyClicks(choose.table, "1")  # typing opens the cell's editor: one of the two waters comes back
    editor = choose.focusWidget()
    assert choose.table.state() == choose.table.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits the cell (queued)
    qtbot.waitUntil(lambda: choose.table.item(0, 3).text() == "1")
    qtbot.keyClick(choose.table, Qt.Key.Key_Return)
    assert screen.exchange is not None and screen.exchange.credit == D("11.30")
    assert "11.30 comes back" in screen.exchange_label.text() and screen.exchange_label.isVisible()
    qtbot.waitUntil(scan.hasFocus)  # the dialog closed: the keys are back in the scan field
    qtbot.keyClick(scan, Qt.Key.Key_F12)  # no new goods yet: refused
    assert "Scan the new goods first" in screen.message_label.text()
    _type(qtbot, scan, "6901234567908")  # the tea, 32.70
    assert screen.total_label.text() == "21.40" and "to pay" in screen.detail_label.text()
    qtbot.keyClick(scan, Qt.Key.Key_F12)
    pay = screen._dialog
    assert pay.total_label.text() == "21.40"
    pay.cash_edit.clear()
    qtbot.keyClicks(pay.cash_edit, "30")
    qtbot.keyClick(pay.cash_edit, Qt.Key.Key_Return)
    assert screen.exchange is None and screen.lines == [] and not screen.exchange_label.isVisible()
    assert "change 8.60" in screen.message_label.text()
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D(99), D(49))
    assert money_balance(uow, "XJ01") == D("44.00")  # 22.60 + 21.40
    tea_ticket = screen.last_ticket

    # the tea back for one water: 21.40 given back in cash
    qtbot.keyClicks(scan, tea_ticket)
    qtbot.keyClick(scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen._dialog.table, Qt.Key.Key_Return)
    _type(qtbot, scan, "A001")
    assert screen.total_label.text() == "21.40" and "to give back" in screen.detail_label.text()
    qtbot.keyClick(scan, Qt.Key.Key_F12)
    give = screen._dialog
    assert give.amount_label.text() == "21.40"
    qtbot.keyClick(give, Qt.Key.Key_Return)
    assert screen.exchange is None and "change 21.40" in screen.message_label.text()
    assert (on_hand(uow, shop.a), on_hand(uow, shop.b)) == (D(98), D(50))
    assert money_balance(uow, "XJ01") == D("22.60")

    # Esc drops an exchange: nothing posted, the goods stay on an ordinary ticket
    qtbot.keyClicks(scan, sold.number)
    qtbot.keyClick(scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen._dialog.table, Qt.Key.Key_Return)
    _type(qtbot, scan, "A001")
    qtbot.keyClick(scan, Qt.Key.Key_Escape)
    assert screen.exchange is None and "dropped" in screen.message_label.text()
    assert screen.total_label.text() == "11.30" and len(screen.lines) == 1
    assert on_hand(uow, shop.a) == D(98)
    assert_books_tie_out(uow)


def test_reprint_by_ctrl_p_offers_the_ticket_templates(ui_ctx, qtbot, monkeypatch, tmp_path):
    """Ctrl+P on the counter: the last ticket's preview, with the counter-ticket templates to
    choose from; the shop's default template is the one printed after a sale."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from erp_desktop.services import printing
    from erp_desktop.ui import counter as counter_ui
    from erp_desktop.ui.printing import PrintPreviewDialog
    from tests.services.test_print_templates import page_sizes_mm
    from tests.support.counter import ON

    uow = ui_ctx.uow
    shop = make_counter_shop(uow)
    narrow = replace(printing.builtin("counter_ticket"), name="窄小票", paper="roll58", note="凭小票退换")
    printing.save_template(uow, narrow)
    printing.set_default(uow, "counter_ticket", "窄小票")
    printed: list[bytes] = []
    real = counter_ui.print_on_default_printer
    monkeypatch.setattr(counter_ui, "print_on_default_printer", lambda pdf: printed.append(pdf) or True)
    counter.open_shift(uow, float_amount=D("0"), on=ON)
    screen = CounterScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    sold = counter.sell(uow, lines=[counter.LineInput(shop.a, D(1))], payments=[counter.PaymentInput("cash", D(20))])
    screen._print_tickets(sold.id)  # what paying does: no ESC/POS printer, so the system printer
    assert len(printed) == 1 and b"%PDF" in printed[0][:8]
    from PySide6.QtPrintSupport import QPrinter

    paper = QPrinter(QPrinter.PrinterMode.HighResolution)  # a "printer" writing a PDF: the page it got
    paper.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    paper.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert real(printed[0], paper)
    assert abs(page_sizes_mm(tmp_path / "printed.pdf")[0][0] - 58.0) < 0.3  # Qt rounds to its units
    screen.last_ticket = sold.number
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_edit.hasFocus)
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, PrintPreviewDialog) for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog))
    assert page_sizes_mm(dialog.pdf_path)[0][0] == 58.0  # the shop's default
    combo = dialog.template_combo
    qtbot.waitUntil(lambda: combo.findData(printing.builtin_name()) >= 0)
    combo.setCurrentIndex(combo.findData(printing.builtin_name()))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: page_sizes_mm(dialog.pdf_path)[0][0] == 80.0)  # the built-in: the settings' 80 mm
    dialog.close()
