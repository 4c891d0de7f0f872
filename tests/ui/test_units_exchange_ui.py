"""多单位 in the exchange dialog's "going out" rows, by keys (units17b): A001 (1 箱 = 24 瓶, sold by
the 箱) picked by code goes out in 箱 with "= 48 瓶" beside it; 3 箱 is more than the 48 瓶 of A-01,
the bin it ships from — red, and said below in 瓶; the unit combo switches the row to 瓶; posted,
2 箱 leave stock as 48 瓶 and the delivery line keeps 箱."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from erp_desktop.models.sales import SalesDeliveryLine
from erp_desktop.services import sales
from erp_desktop.ui.widgets.units import RED
from tests.support.sales import assert_books_tie_out, on_hand
from tests.ui.test_units_dialogs_ui import TODAY, _bottles, _type


def test_an_exchange_sends_out_cases_checked_in_bottles(ui_ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *a, **k: shown.append(a[2])))
    from erp_desktop.ui.sales.dialogs import ExchangeDialog

    uow = ui_ctx.uow
    shop = _bottles(uow)  # 48 瓶 in A-01 and 30 in A-02
    ref = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.b, D(2))], on=TODAY)
    sales.confirm_order(uow, ref.id)
    delivery = sales.deliver_order(uow, ref.id, on=TODAY)
    dialog = ExchangeDialog(ui_ctx, sales.get_delivery_view(uow, delivery.id))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.lines_table.cellWidget(0, 6), "1")  # one B001 comes back
    dialog.out_picker.setFocus()
    qtbot.keyClicks(dialog.out_picker, "A001")
    qtbot.keyClick(dialog.out_picker, Qt.Key.Key_Return)
    _type(qtbot, dialog.out_qty_edit, "2")
    dialog.out_add_button.setFocus()
    qtbot.keyClick(dialog.out_add_button, Qt.Key.Key_Space)
    out, table = dialog.out, dialog.out_table
    assert out.unit(0) == "箱"  # the default sale unit
    assert table.item(0, out.base_column).text() == "= 48 瓶"
    assert table.item(0, out.base_column).foreground().color() != RED and not out.short_label.isVisibleTo(dialog)
    _type(qtbot, table.cellWidget(0, 1), "3")  # 72 瓶: more than A-01, the bin holding the most, has
    assert table.item(0, out.base_column).text() == "= 72 瓶"
    assert table.item(0, out.base_column).foreground().color() == RED
    assert out.short_label.text() == "A001: 72 瓶 going out, 48 瓶 in bin A-01 it ships from."
    combo = table.cellWidget(0, out.unit_column)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # 瓶, the base unit: 3 瓶
    assert out.unit(0) == "" and out.base_qty(0) == D(3) and not out.short_label.isVisibleTo(dialog)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert out.unit(0) == "箱" and out.short_label.isVisibleTo(dialog)
    _type(qtbot, table.cellWidget(0, 1), "2")
    assert not out.short_label.isVisibleTo(dialog)
    qtbot.keyClick(table.cellWidget(0, 1), Qt.Key.Key_Return)  # Enter posts
    assert shown == [] and dialog.result() == QDialog.DialogCode.Accepted
    with uow.read() as tx:
        lines = tx.execute(
            select(SalesDeliveryLine.unit, SalesDeliveryLine.unit_qty, SalesDeliveryLine.qty).where(
                SalesDeliveryLine.product_id == shop.a
            )
        ).all()
    assert [tuple(line) for line in lines] == [("箱", D(2), D(48))]
    assert on_hand(uow, shop.a) == D(78 - 48)
    assert_books_tie_out(uow)
