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
from tests.ui.test_units_dialogs_ui import _type
from tests.ui.test_units_stock_ui import _open

TODAY = date.today()


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


def _boxed_shop(uow):
    """A001 with a long name, counted in 瓶 and sold and bought by the 箱 of 24."""
    from tests.ui.test_units_dialogs_ui import _bottles

    shop = _bottles(uow)
    with uow.write() as tx:
        tx.get(Product, shop.a).name = "五常稻花香大米 东北珍珠米 真空包装"
    return shop


def test_a_sales_return_shows_every_column_without_scrolling(ui_ctx, qtbot):
    from erp_desktop.services import sales
    from erp_desktop.ui.sales.dialogs import ReturnDialog

    uow = ui_ctx.uow
    shop = _boxed_shop(uow)
    ref = sales.create_order(uow, customer_id=shop.customer, lines=[sales.LineInput(shop.a, D(1), unit="箱")], on=TODAY)
    sales.confirm_order(uow, ref.id)
    sales.deliver_order(uow, ref.id, location_id=shop.bin1)
    delivery = sales.get_order_view(uow, ref.id).deliveries[-1]
    dialog = ReturnDialog(ui_ctx, sales.get_delivery_view(uow, delivery.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.lines_table
    assert table.horizontalScrollBar().maximum() == 0  # 单位 and 基本单位数量 in view
    _type(qtbot, table.cellWidget(0, 6), "1")
    assert table.item(0, table.columnCount() - 1).text() == "= 24 瓶"
    assert dialog.height() <= 768


def test_a_purchase_returns_product_column_takes_the_room(ui_ctx, qtbot):
    from erp_desktop.ui.purchasing.receive_dialog import ReturnDialog

    uow = ui_ctx.uow
    shop = _boxed_shop(uow)
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
    qtbot.waitExposed(dialog)
    table = dialog.lines_table
    label = table.item(0, 0).text()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(label)  # the name whole, not 五常…
    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().sectionSize(table.columnCount() - 1) >= table.fontMetrics().horizontalAdvance(
        "Base qty"
    )


def test_an_untracked_kits_form_shows_no_lots_label_beside_nothing(uow, ui_ctx, qtbot, monkeypatch):
    from erp_desktop.services import inventory
    from erp_desktop.services.inventory import ComponentInput
    from erp_desktop.ui.inventory import InventoryTab

    with uow.write() as tx:
        box = factories.product(tx, "BOX", name="Gift box", cost="3").id
        kit = factories.product(tx, "GIFT", name="Tea gift set", cost="0").id
        factories.warehouse(tx, "MAIN", bins=("A-01",))
    inventory.set_bom(uow, kit, [ComponentInput(box, D("1"))])
    monkeypatch.setattr("erp_desktop.ui.inventory.kit_form.ask", lambda parent, question: True)
    widget = InventoryTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.show()
    form = widget.documents.new_document("assembly")
    qtbot.addWidget(form)
    form.show()
    assert not form.kit_lots_label.isVisibleTo(form)
    form.kit_picker.setFocus()
    qtbot.keyClicks(form.kit_picker, "GIFT")
    qtbot.keyClick(form.kit_picker, Qt.Key.Key_Return)
    assert form.bom is not None and form.focusWidget() is form.qty_edit
    assert form.kit_lots_label.text() == "Kit lots / serials"
    assert not form.kit_lots_button.isVisibleTo(form) and not form.kit_lots_label.isVisibleTo(form)


def test_the_template_editor_needs_no_sideways_scroll_in_the_settings_tab(ui_ctx, qtbot):
    from PySide6.QtWidgets import QScrollArea

    from erp_desktop.ui.settings import SettingsTab

    settings_tab = SettingsTab(ui_ctx, pages=["erp_desktop.ui.settings.print_templates"])
    qtbot.addWidget(settings_tab)
    settings_tab.resize(1366, 700)
    settings_tab.show()
    qtbot.waitExposed(settings_tab)
    page = settings_tab.stack.currentWidget()
    page.kind_combo.setFocus()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("counter_ticket"))
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().width() > 0)
    assert scroll.horizontalScrollBar().maximum() == 0  # the margins' four boxes and the paper size whole
    assert page.customer_button.text() == "Use for member…"
