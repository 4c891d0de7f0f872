"""Stock-aware defaults on screen: the delivery dialog takes each line from the bins holding its
stock (split, capped at what is there) and shows what each bin holds; issues and transfers do
the same when a line is added."""

from datetime import date
from decimal import Decimal as D

from sqlalchemy import select

from erp_desktop.models.stock import StockBalance
from erp_desktop.models.warehouse import Location
from erp_desktop.services import sales
from erp_desktop.services.sales import LineInput
from erp_desktop.ui.sales.dialogs import DeliveryDialog
from tests.support import factories
from tests.support.sales import make_shop


def _shop_with_split_stock(uow):
    shop = make_shop(uow, stock_a="10", stock_b="0")  # A: 10 in A-01
    with uow.write() as tx:
        from erp_desktop.models.catalog import Product

        factories.opening_stock(tx, tx.get(Product, shop.a), tx.get(Location, shop.bin2), "30", "6")  # 30 in A-02
    return shop


def _balances(uow, product_id):
    with uow.read() as tx:
        rows = tx.execute(
            select(Location.code, StockBalance.qty)
            .join(Location, Location.id == StockBalance.location_id)
            .where(StockBalance.product_id == product_id)
            .order_by(Location.code)
        ).all()
    return {code: qty for code, qty in rows}


def test_delivery_dialog_splits_over_the_bins_that_hold_stock(ui_ctx, qtbot):
    uow = ui_ctx.uow
    shop = _shop_with_split_stock(uow)
    ref = sales.create_order(
        uow, customer_id=shop.customer, lines=[LineInput(shop.a, D("50")), LineInput(shop.b, D("5"))], on=date.today()
    )
    sales.confirm_order(uow, ref.id)
    dialog = DeliveryDialog(ui_ctx, sales.get_order_view(uow, ref.id))
    qtbot.addWidget(dialog)
    table = dialog.lines_table
    # A: 30 from A-02 and 10 from A-01 (capped: 40 of the 50 are there); B: nothing in stock
    assert table.rowCount() == 3
    assert [table.cellWidget(r, 3).text() for r in range(3)] == ["30", "10", "0"]
    assert [table.cellWidget(r, 4).currentText() for r in range(3)] == ["A-02 (30)", "A-01 (10)", "A-01 (0)"]
    assert [table.cellWidget(0, 4).itemText(i) for i in range(2)] == ["A-01 (10)", "A-02 (30)"]
    assert table.item(0, 2).text() == "40" and table.item(2, 2).text() == "0"
    assert "A001" in dialog.short_label.text() and "10" in dialog.short_label.text()
    assert "B001" in dialog.short_label.text()
    dialog.post()  # posts without a stock error
    view = sales.get_order_view(uow, ref.id)
    assert [line.delivered_qty for line in view.lines] == [D("40"), D("0")]
    assert _balances(uow, shop.a) == {"A-01": D("0"), "A-02": D("0")}


def _focused():
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def _keys(qtbot, text: str) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClicks(_focused(), text, delay=40)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def _open_form(ui_ctx, qtbot, kind: str):
    from PySide6.QtWidgets import QApplication

    from erp_desktop.ui.forms import document_tabs, open_document
    from erp_desktop.ui.inventory.doc_form import form_kind

    form = open_document(ui_ctx, form_kind(kind), None)  # where Ctrl+N on the list opens it
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    qtbot.waitExposed(tabs)
    qtbot.wait(50)  # the offscreen platform drops the active window once the events settle
    tabs.activateWindow()
    form.grid.focus_new_line()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.grid.picker)
    return form


def _lines(form):
    grid = form.grid
    return [
        (grid.item(r, grid.col("from")).text().split(" / ")[-1], grid.value(r, "qty")) for r in range(grid.line_count)
    ]


def test_issue_and_transfer_lines_come_from_the_bins_holding_stock(ui_ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    uow = ui_ctx.uow
    shop = _shop_with_split_stock(uow)  # A: 10 in A-01, 30 in A-02
    issue = _open_form(ui_ctx, qtbot, "issue")
    issue.source_picker.set_bin(shop.bin1)  # the header bin holds only 10
    _keys(qtbot, "A001")  # the product; the cursor moves to its quantity
    combo = issue.source_picker.bin_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["A-01  [10]", "A-02  [30]"]
    assert QApplication.focusWidget() is issue.grid.editor(0, "qty")
    _keys(qtbot, "35")
    assert _lines(issue) == [("A-02", D("30")), ("A-01", D("5"))]
    assert QApplication.focusWidget() is issue.grid.picker
    _keys(qtbot, "A001")
    _keys(qtbot, "8")  # what the first lines took is not offered twice: 5 left
    assert [qty for _bin, qty in _lines(issue)] == [D("30"), D("5"), D("5")]
    assert "only 5" in issue.info_label.text()
    issue.reason_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is issue.reason_combo)
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # the first reason
    qtbot.keyClick(_focused(), Qt.Key.Key_F11)  # post
    assert issue.state == "posted"
    assert _balances(uow, shop.a) == {"A-01": D("0"), "A-02": D("0")}

    transfer = _open_form(ui_ctx, qtbot, "transfer")
    transfer.source_picker.set_bin(shop.bin1)
    transfer.target_picker.set_bin(shop.bin2)
    _keys(qtbot, "A001")
    _keys(qtbot, "3")
    assert [(transfer._bins[r][0], transfer.grid.value(r, "qty")) for r in range(transfer.grid.line_count)] == [
        (shop.bin1, D("3"))
    ]
    assert "only 0" in transfer.info_label.text()  # nothing left after the issue
