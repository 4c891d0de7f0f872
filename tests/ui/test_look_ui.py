"""What a shop user saw at 1366×768 on the new screens, by keys: the unit cell of a line in 箱 shows
its whole choice ("2 箱 ×24", not "2 箱 ×2"); the phone dialog of a goods receipt ends a phone
*scanning*, not a 盘点, and shows its address from the start."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erp_desktop.models.catalog import Product
from erp_desktop.services import masterdata, purchasing
from erp_desktop.ui.inventory.phone import hub_for
from tests.support import factories
from tests.support.sales import make_shop
from tests.ui.test_forms_ui import enter, type_text
from tests.ui.test_inventory_ui import tab  # noqa: F401 - the inventory tab, its questions answered yes
from tests.ui.test_units_stock_ui import _open


def test_the_unit_cell_shows_its_whole_choice(ui_ctx, qtbot, tab):  # noqa: F811
    shop = make_shop(ui_ctx.uow, stock_a="48")
    with ui_ctx.uow.write() as tx:
        tx.get(Product, shop.a).unit = "瓶"
    masterdata.save_unit(ui_ctx.uow, shop.a, "箱", D(24), purchase_default=True)
    form = _open(ui_ctx, qtbot, tab, "receipt", "gift", shop.bin1)
    type_text(qtbot, "A001")
    enter(qtbot)
    grid = form.grid
    combo = grid.cellWidget(0, grid.col("unit"))
    assert combo.currentText() == "2 箱 ×24"
    text_width = combo.fontMetrics().horizontalAdvance("2 箱 ×24")
    assert grid.columnWidth(grid.col("unit")) >= combo.sizeHint().width() > text_width


def test_a_receipts_phone_dialog_speaks_of_scanning_and_shows_its_address_from_the_start(ui_ctx, qtbot):
    from erp_desktop.ui.purchasing.receipt_form import open_receipt

    hub, _bridge = hub_for(ui_ctx, host="127.0.0.1", port=0, tls=False)
    try:
        uow = ui_ctx.uow
        with uow.write() as tx:
            tea = factories.product(tx, "TEA", name="Green tea", cost="6")
            sup = factories.supplier(tx, "S1", name="Tea Co")
            factories.warehouse(tx, "MAIN", bins=("A-01",))
            ids = (tea.id, sup.id)
        ref = purchasing.create_order(
            uow,
            supplier_id=ids[1],
            on=date.today(),
            lines=[purchasing.OrderLineInput(ids[0], D("10"), D("5"), D("0.13"))],
        )
        purchasing.confirm_order(uow, ref.id)
        form = open_receipt(ui_ctx, order=purchasing.get_order_detail(uow, ref.id))
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.phone_button.setFocus()
        qtbot.keyClick(form.phone_button, Qt.Key.Key_Space)
        dialog = form.phone.dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.end_button.text() == "End phone scanning"
        assert dialog.url_edit.text().startswith("http://127.0.0.1:")
        assert dialog.url_edit.cursorPosition() == 0
        assert QApplication.activeModalWidget() is None  # the form stays usable beside it
    finally:
        hub.close_all()
