from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from erp_desktop.ui.widgets.pickers import (
    AccountPicker,
    BinPicker,
    LocationPicker,
    PartyPicker,
    ProductPicker,
    StaffPicker,
    WarehousePicker,
)
from tests.support import factories


def _type(edit, text):
    edit.setText(text)
    edit.textEdited.emit(text)


def _shop(uow):
    with uow.write() as tx:
        factories.product(tx, "TEA-001", name="西湖龙井", spec="250g", barcode="6901234567892", price="88")
        factories.product(tx, "TEA-002", name="铁观音", spec="500g")
        factories.product(tx, "SNK-001", name="薯片", spec="70g", barcode="6909999000011")
        factories.customer(tx, "C001", name="张三超市", phone="13800001111")
        factories.customer(tx, "C002", name="李四批发")
        factories.supplier(tx, "S001", name="杭州茶厂")
        factories.warehouse(tx, "W1", bins=("A-01", "A-02"))
        factories.warehouse(tx, "W2", bins=("B-01",))


def _host(qtbot, *widgets):
    """A shown window holding ``widgets`` and a plain field after them; the first one has focus."""
    host = QWidget()
    qtbot.hosts = [*getattr(qtbot, "hosts", []), host]  # kept alive for the test (qtbot closes it)
    layout = QVBoxLayout(host)
    for w in widgets:
        layout.addWidget(w)
    after = QLineEdit(host)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    widgets[0].setFocus()
    qtbot.waitUntil(lambda: widgets[0].hasFocus())
    return after


def test_product_picker_searches_as_you_type_and_picks_with_down_enter(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    _host(qtbot, picker)
    picked = []
    picker.picked.connect(picked.append)
    qtbot.keyClicks(picker, "TEA")
    assert [r.code for r in picker.results()] == ["TEA-001", "TEA-002"]
    assert picker.popup_texts() == ["TEA-001 西湖龙井 (250g)", "TEA-002 铁观音 (500g)"]
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.product().code == "TEA-002"
    assert [p.code for p in picked] == ["TEA-002"]
    assert picker.text() == "TEA-002 铁观音 (500g)" and not picker.popup.isVisible()
    qtbot.keyClicks(picker, "x")  # typing over a pick forgets it
    assert picker.product() is None


def test_product_picker_search_by_spec_and_name(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    _host(qtbot, picker)
    qtbot.keyClicks(picker, "70g")
    assert [r.code for r in picker.results()] == ["SNK-001"]
    picker.clear()
    _type(picker, "龙井")  # QTest cannot key-click CJK characters
    assert [r.code for r in picker.results()] == ["TEA-001"]


def test_scanner_barcode_then_enter_picks_at_once(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    _host(qtbot, picker)
    with qtbot.waitSignal(picker.picked) as blocker:
        qtbot.keyClicks(picker, "6901234567892")
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert blocker.args[0].code == "TEA-001"
    assert blocker.args[0].sale_price == Decimal("88")
    picker.clear()
    assert picker.product() is None and picker.text() == ""
    qtbot.keyClicks(picker, "SNK-001")  # exact code works too
    qtbot.keyClick(picker, Qt.Key.Key_Enter)
    assert picker.product().name == "薯片"


def test_enter_with_several_matches_picks_the_highlighted_first_row(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    _host(qtbot, picker)
    qtbot.keyClicks(picker, "TEA")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.product().code == "TEA-001"


def test_mnemonic_down_enter_tab_and_popup_shows_price_and_stock(ui_ctx, qtbot):
    with ui_ctx.uow.write() as tx:
        _w, bins = factories.warehouse(tx, "W1")
        cola = factories.product(tx, "LS0001", name="可口可乐", price="3.5")
        factories.product(tx, "LS0002", name="可口可乐零度", price="3.8")
        factories.product(tx, "LS0003", name="雪碧", price="3")
        factories.opening_stock(tx, cola, bins[0], "24", "2")
    picker = ProductPicker(ui_ctx)
    after = _host(qtbot, picker)
    qtbot.keyClicks(picker, "kkkl")
    assert picker.popup_texts() == ["LS0001 可口可乐", "LS0002 可口可乐零度"]
    model = picker.popup.model
    assert [model.horizontalHeaderItem(i).text() for i in range(4)] == ["Product", "Unit", "Price", "On hand"]
    assert (model.item(0, 2).text(), model.item(0, 3).text()) == ("3.50", "24")
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.product().code == "LS0002"
    picker.clear()
    qtbot.keyClicks(picker, "xb")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)  # Tab picks the highlighted row and moves on
    assert picker.product().code == "LS0003"
    assert after.hasFocus()


def test_no_match_says_so_and_esc_closes_only_the_popup(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    _host(qtbot, picker)
    qtbot.keyClicks(picker, "qxzw")
    assert picker.results() == [] and picker.popup_message() == "No match for “qxzw”."
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert picker.product() is None
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, "TEA")
    assert picker.popup.isVisible()
    seen = []
    picker.parentWidget().keyPressEvent = lambda e: seen.append(e.key())  # what reaches the form
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert not picker.popup.isVisible() and seen == []
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    assert seen == [Qt.Key.Key_Escape]
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # ↓ opens the list again
    assert picker.popup.isVisible()


def test_party_picker_customer_and_supplier(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    customers = PartyPicker(ui_ctx, "customer")
    _host(qtbot, customers)
    qtbot.keyClicks(customers, "1380000")
    assert [r.code for r in customers.results()] == ["C001"]
    qtbot.keyClick(customers, Qt.Key.Key_Return)  # single candidate picks
    assert customers.party().name == "张三超市"
    suppliers = PartyPicker(ui_ctx, "supplier")
    _host(qtbot, suppliers)
    qtbot.keyClicks(suppliers, "C00")
    assert suppliers.results() == []
    suppliers.clear()
    qtbot.keyClicks(suppliers, "S001")
    qtbot.keyClick(suppliers, Qt.Key.Key_Return)
    assert suppliers.party().code == "S001"
    other = PartyPicker(ui_ctx, "customer")
    qtbot.addWidget(other)
    other.set_party(customers.party())
    assert other.text() == "C001 张三超市" and other.party().code == "C001"


def test_bin_picker_lists_warehouses_and_their_bins(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = BinPicker(ui_ctx)
    qtbot.addWidget(picker)
    assert picker.warehouse_combo.count() == 2
    w1, w2 = picker.warehouses()
    assert picker.warehouse_id() == w1.id
    assert [picker.bin_combo.itemText(i) for i in range(picker.bin_combo.count())] == ["A-01", "A-02"]
    assert picker.bin_id() == w1.bins[0].id
    with qtbot.waitSignal(picker.changed):
        picker.warehouse_combo.setCurrentIndex(1)
    assert picker.warehouse_id() == w2.id and picker.bin_id() == w2.bins[0].id
    picker.set_bin(w1.bins[1].id)
    assert picker.warehouse_id() == w1.id and picker.bin_id() == w1.bins[1].id


def test_party_picker_by_mnemonic_with_down_enter(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    with ui_ctx.uow.write() as tx:
        factories.customer(tx, "C031", name="马记粮油")
        factories.customer(tx, "C032", name="马记超市")
    customers = PartyPicker(ui_ctx, "customer")
    _host(qtbot, customers)
    qtbot.keyClicks(customers, "mj")
    assert customers.popup_texts() == ["C032 马记超市", "C031 马记粮油"]  # by 助记码: MJCS, MJLY
    qtbot.keyClick(customers, Qt.Key.Key_Down)
    qtbot.keyClick(customers, Qt.Key.Key_Enter)
    assert customers.party().code == "C031"


def test_list_pickers_warehouse_bin_account_staff(ui_ctx, qtbot):
    from erp_desktop.services import system

    _shop(ui_ctx.uow)
    system.create_user(ui_ctx.uow, "wang", "Secret-pass-1", role="owner", display_name="王小明")
    system.create_user(ui_ctx.uow, "li", "Secret-pass-2", role="owner", display_name="李丽")
    warehouse, bin_, account, staff = (
        WarehousePicker(ui_ctx),
        LocationPicker(ui_ctx),
        AccountPicker(ui_ctx),
        StaffPicker(ui_ctx),
    )
    _host(qtbot, warehouse, bin_, account, staff)
    qtbot.keyClicks(warehouse, "W2")
    qtbot.keyClick(warehouse, Qt.Key.Key_Tab)
    assert warehouse.current().code == "W2" and bin_.hasFocus()
    qtbot.keyClicks(bin_, "a-0")
    assert bin_.popup_texts() == ["A-01", "A-02"]
    qtbot.keyClick(bin_, Qt.Key.Key_Down)
    qtbot.keyClick(bin_, Qt.Key.Key_Tab)
    assert bin_.current().code == "A-02" and bin_.current().detail.startswith("W1")
    qtbot.keyClicks(account, "1122")
    qtbot.keyClick(account, Qt.Key.Key_Return)
    assert account.value() == "1122"
    account.nextInFocusChain().setFocus()
    staff.setFocus()
    qtbot.keyClicks(staff, "wxm")  # 王小明 by its initials
    qtbot.keyClick(staff, Qt.Key.Key_Return)
    assert staff.value() == "wang" and staff.staff_name() == "王小明"


def test_sales_order_editor_picks_by_mnemonic_and_by_barcode_with_keys_only(ui_ctx, qtbot):
    from PySide6.QtWidgets import QApplication

    from erp_desktop.ui.sales import create_tab

    with ui_ctx.uow.write() as tx:
        factories.product(tx, "LS0031", name="旺旺雪饼", spec="84g", barcode="6946169672389")
        factories.product(tx, "LS0032", name="旺旺雪饼", spec="520g")
        factories.customer(tx, "C1", name="马记超市")
    from erp_desktop.ui.forms import document_tabs

    tab = create_tab(ui_ctx)
    _host(qtbot, tab)
    editor = tab.orders_page.new_document()  # the order's own form, in the document tabs
    tabs = document_tabs(ui_ctx)
    qtbot.addWidget(tabs)
    qtbot.waitExposed(tabs)
    qtbot.wait(50)  # the offscreen platform drops the active window once the events settle
    tabs.activateWindow()
    editor.grid.focus_new_line()
    picker = editor.grid.picker
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker)
    qtbot.keyClicks(picker, "wwxb")
    assert picker.popup_texts() == ["LS0031 旺旺雪饼 (84g)", "LS0032 旺旺雪饼 (520g)"]
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert editor.grid.products[0].code == "LS0032"
    assert QApplication.focusWidget() is editor.grid.editor(0, "qty")  # picked: on to the quantity
    editor.grid.focus_new_line()
    picker = editor.grid.picker
    qtbot.keyClicks(picker, "6946169672389")  # a scanner: the code, then Enter
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert [p.code for p in editor.grid.products] == ["LS0032", "LS0031"]
