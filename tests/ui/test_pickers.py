from decimal import Decimal

from PySide6.QtCore import Qt

from erp_desktop.ui.widgets.pickers import BinPicker, PartyPicker, ProductPicker
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


def test_product_picker_searches_as_you_type_and_picks_from_popup(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    qtbot.addWidget(picker)
    picked = []
    picker.picked.connect(picked.append)
    qtbot.keyClicks(picker, "TEA")
    assert [r.code for r in picker.results()] == ["TEA-001", "TEA-002"]
    assert picker.list_model.stringList()[0] == "TEA-001 西湖龙井 (250g)"
    picker._on_completer_popup_activated(picker.list_model.index(1, 0))
    assert picker.product().code == "TEA-002"
    assert [p.code for p in picked] == ["TEA-002"]
    assert picker.text() == "TEA-002 铁观音 (500g)"
    qtbot.keyClicks(picker, "x")  # typing over a pick forgets it
    assert picker.product() is None


def test_product_picker_search_by_spec_and_name(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "70g")
    assert [r.code for r in picker.results()] == ["SNK-001"]
    picker.clear()
    _type(picker, "龙井")  # QTest cannot key-click CJK characters
    assert [r.code for r in picker.results()] == ["TEA-001"]


def test_scanner_barcode_then_enter_picks_at_once(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    qtbot.addWidget(picker)
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


def test_enter_on_unknown_code_picks_nothing(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    picker = ProductPicker(ui_ctx)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "TEA")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # two candidates: nothing picked
    assert picker.product() is None
    assert len(picker.results()) == 2


def test_party_picker_customer_and_supplier(ui_ctx, qtbot):
    _shop(ui_ctx.uow)
    customers = PartyPicker(ui_ctx, "customer")
    qtbot.addWidget(customers)
    qtbot.keyClicks(customers, "1380000")
    assert [r.code for r in customers.results()] == ["C001"]
    qtbot.keyClick(customers, Qt.Key.Key_Return)  # single candidate picks
    assert customers.party().name == "张三超市"
    suppliers = PartyPicker(ui_ctx, "supplier")
    qtbot.addWidget(suppliers)
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
