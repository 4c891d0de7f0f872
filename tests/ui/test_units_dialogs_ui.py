"""多单位 in the delivery, sales-return and purchase-return dialogs, by keys: an order of 3 箱 (72
瓶) is delivered from two bins as 2 箱 + 1 箱, each row with "= 48 瓶" beside it (red where the bin
holds less); 1 箱 comes back; a receipt of 5 箱 sends 2 箱 back to the supplier."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from erp_desktop.models.catalog import Product
from erp_desktop.models.purchasing import PurchaseReturnLine
from erp_desktop.models.sales import SalesDeliveryLine, SalesReturnLine
from erp_desktop.models.warehouse import Location
from erp_desktop.services import masterdata, purchasing, sales
from erp_desktop.ui.widgets.units import RED
from tests.support import factories
from tests.support.sales import assert_books_tie_out, make_shop, on_hand

TODAY = datetime.date.today()


def _bottles(uow):
    """A001 counted in 瓶, sold by the 箱 of 24; 48 瓶 in A-01, 30 in A-02."""
    shop = make_shop(uow, stock_a="48")
    with uow.write() as tx:
        product = tx.get(Product, shop.a)
        product.unit = "瓶"
        factories.opening_stock(tx, product, tx.get(Location, shop.bin2), "30", "6")
    masterdata.save_unit(uow, shop.a, "箱", D(24), sale_default=True, purchase_default=True)
    return shop


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _rows(uow, model, column, doc_id):
    with uow.read() as tx:
        return [
            (line.unit, line.unit_qty, line.qty)
            for line in tx.scalars(select(model).where(column == doc_id).order_by(model.id))
        ]


def test_deliver_and_return_in_cases(ui_ctx, qtbot):
    from erp_desktop.ui.sales.dialogs import DeliveryDialog, ReturnDialog

    uow = ui_ctx.uow
    shop = _bottles(uow)
    ref = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D(3), unit="箱")], on=TODAY)
    sales.confirm_order(uow, ref.id)
    dialog = DeliveryDialog(ui_ctx, sales.get_order_view(uow, ref.id))
    qtbot.addWidget(dialog)
    dialog.show()
    table, unit_col, base_col = dialog.lines_table, dialog.unit_column, dialog.base_column
    # 72 瓶 open: 48 from A-01 (2 箱) and 24 from A-02 (1 箱), typed and shown in 箱
    assert [table.cellWidget(r, 3).text() for r in range(2)] == ["2", "1"]
    assert [table.item(r, unit_col).text() for r in range(2)] == ["箱", "箱"]
    assert [table.item(r, base_col).text() for r in range(2)] == ["= 48 瓶", "= 24 瓶"]
    assert table.item(0, 1).text() == "3" and table.item(0, 2).text() == "3 箱 6 瓶"  # 78 瓶 in the warehouse
    header = table.horizontalHeader()
    assert header.visualIndex(unit_col) == header.visualIndex(3) + 1  # the unit stands beside the quantity
    _type(qtbot, table.cellWidget(1, 3), "2")  # 2 箱 = 48 瓶 from A-02, which holds 30: red
    assert table.item(1, base_col).text() == "= 48 瓶"
    assert table.item(1, base_col).foreground().color() == RED
    _type(qtbot, table.cellWidget(1, 3), "1")
    assert table.item(1, base_col).foreground().color() != RED
    qtbot.keyClick(table.cellWidget(1, 3), Qt.Key.Key_Return)  # Enter posts (the dialog's default button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    delivery_id = sales.get_order_view(uow, ref.id).deliveries[0].id
    assert sorted(_rows(uow, SalesDeliveryLine, SalesDeliveryLine.delivery_id, delivery_id)) == [
        ("箱", D(1), D(24)),
        ("箱", D(2), D(48)),
    ]
    assert on_hand(uow, shop.a) == D(78 - 72)

    back = ReturnDialog(ui_ctx, sales.get_delivery_view(uow, delivery_id))
    qtbot.addWidget(back)
    back.show()
    table = back.lines_table
    unit_col = table.columnCount() - 2
    assert [table.item(r, unit_col).text() for r in range(2)] == ["箱", "箱"]
    assert sorted(table.item(r, 3).text() for r in range(2)) == ["1", "2"]  # can return, in 箱
    row = next(r for r in range(2) if table.item(r, 3).text() == "2")
    assert table.item(row, 4).text() == "240"  # the price per 箱 (10.00 a 瓶)
    _type(qtbot, table.cellWidget(row, 6), "1")
    assert table.item(row, unit_col + 1).text() == "= 24 瓶"
    qtbot.keyClick(table.cellWidget(row, 6), Qt.Key.Key_Return)
    assert back.result() == QDialog.DialogCode.Accepted
    with uow.read() as tx:
        returned = [(line.unit, line.unit_qty, line.qty, line.net) for line in tx.scalars(select(SalesReturnLine))]
    assert returned == [("箱", D(1), D(24), D("240.00"))]
    assert on_hand(uow, shop.a) == D(78 - 72 + 24)
    assert_books_tie_out(uow)


def test_a_purchase_return_in_cases(ui_ctx, qtbot):
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog

    uow = ui_ctx.uow
    shop = _bottles(uow)
    with uow.write() as tx:
        supplier = factories.supplier(tx, "S001", name="Supplier One").id
    ref = purchasing.create_order(
        uow, supplier_id=supplier, on=TODAY, lines=[purchasing.OrderLineInput(shop.a, D(5), D(144), unit="箱")]
    )
    purchasing.confirm_order(uow, ref.id)
    receipt = purchasing.receive_order(uow, ref.id, on=TODAY, location_id=shop.bin1)
    dialog = ReturnDialog(ui_ctx, receipt.id)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.lines_table
    unit_col = table.columnCount() - 2
    assert (table.item(0, 1).text(), table.item(0, 3).text(), table.item(0, unit_col).text()) == ("5", "5", "箱")
    _type(qtbot, table.cellWidget(0, 5), "2")
    assert table.item(0, unit_col + 1).text() == "= 48 瓶"
    qtbot.keyClick(table.cellWidget(0, 5), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with uow.read() as tx:
        assert [(r.unit, r.unit_qty, r.qty) for r in tx.scalars(select(PurchaseReturnLine))] == [("箱", D(2), D(48))]
    assert on_hand(uow, shop.a) == D(48 + 30 + 120 - 48)
    assert_books_tie_out(uow)
