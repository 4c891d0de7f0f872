"""The assembly form with tracked parts, by keys (issue 17): a serial-tracked kit's serials are
scanned with the button beside the kit, Enter on a component row opens its serial scan or lot
entry, a lot component left alone is shown and taken first expiry first, F11 posts with them; a
missing serial is shown (the draft stays); the posted rows show what moved; the delivery dialog
asks the serials of a bundle's component."""

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from erp_desktop.services import inventory, purchasing, sales
from erp_desktop.services.inventory import ComponentInput
from erp_desktop.services.ledger.lots import LotInput
from erp_desktop.services.purchasing import OrderLineInput, ReceiveLineInput
from erp_desktop.services.system import verify
from erp_desktop.ui.inventory import InventoryTab
from tests.support import factories as f
from tests.support.lots import bundle_order
from tests.support.lots import lot_moves as _moves

ON = date(2026, 3, 10)


def _buy(uow, product, supplier, bin_id, qty, lots):
    order = purchasing.create_order(uow, supplier_id=supplier, on=ON, lines=[OrderLineInput(product, D(qty), D("5"))])
    purchasing.confirm_order(uow, order.id)
    line = purchasing.get_order_detail(uow, order.id).lines[0].id
    purchasing.receive_order(uow, order.id, on=ON, location_id=bin_id, lines=[ReceiveLineInput(line, D(qty), lots)])


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        milk = f.product(tx, "MILK", name="Milk", cost="5", lot_tracked=True)
        phone = f.product(tx, "PHONE", name="Phone", cost="5", serial_tracked=True)
        kit = f.product(tx, "GIFT", name="Gift box", cost="0", price="50", serial_tracked=True)
        supplier = f.supplier(tx, "S1")
        _w, (a1, a2) = f.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(milk=milk.id, phone=phone.id, kit=kit.id, s=supplier.id, a1=a1.id, a2=a2.id)
    _buy(uow, ids["milk"], ids["s"], ids["a1"], "5", (LotInput("L-LATE", D(5), expiry_date=date(2026, 6, 1)),))
    _buy(uow, ids["milk"], ids["s"], ids["a1"], "1", (LotInput("L-EARLY", D(1), expiry_date=date(2026, 4, 1)),))
    _buy(uow, ids["phone"], ids["s"], ids["a1"], "2", (LotInput("SN-1"), LotInput("SN-2")))
    inventory.set_bom(uow, ids["kit"], [ComponentInput(ids["milk"], D(2)), ComponentInput(ids["phone"], D(1))])
    return ids


@pytest.fixture
def tab(ui_ctx, qtbot):
    widget = InventoryTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _scan(qtbot, dialog, *numbers):
    qtbot.waitUntil(dialog.isVisible)
    for number in numbers:
        qtbot.keyClicks(dialog.number_edit, number)
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)


def _new_gift(tab, qtbot, shop):
    """A new assembly of one GIFT from A-01 to A-02, typed."""
    form = tab.documents.new_document("assembly")
    qtbot.addWidget(form)
    form.kit_picker.setFocus()
    qtbot.keyClicks(form.kit_picker, "GIFT")
    qtbot.keyClick(form.kit_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(form.qty_edit, "1")
    form.source_picker.set_bin(shop["a1"])
    form.target_picker.set_bin(shop["a2"])
    return form


def _enter_lots(qtbot, form):
    """By keys: the phone's serial SN-2, the milk's later lot L-LATE, the kit's serial GB-7."""
    table = form.components_table
    # the phone's serial: Enter on its row opens the scan
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert form.lot_dialog.hint_label.text() == "In stock at that bin: SN-1×1, SN-2×1"
    _scan(qtbot, form.lot_dialog, "SN-2")
    assert not form.lot_dialog.isVisible() and table.item(1, 6).text() == "SN-2"
    # the milk: the later lot chosen instead of FEFO (Enter through quantity and dates adds it)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    entry = form.lot_dialog
    qtbot.waitUntil(entry.isVisible)
    assert entry.hint_label.text() == "In stock at that bin: L-EARLY×1 (2026-04-01), L-LATE×5 (2026-06-01)"
    qtbot.keyClicks(entry.number_edit, "L-LATE")
    for _ in range(4):
        qtbot.keyClick(entry.focusWidget(), Qt.Key.Key_Return)
    assert not entry.isVisible() and table.item(0, 6).text() == "L-LATE×2"
    # the kit's own serial: the button beside the kit
    form.kit_lots_button.setFocus()
    qtbot.keyClick(form.kit_lots_button, Qt.Key.Key_Space)
    _scan(qtbot, form.lot_dialog, "GB-7")
    assert form.kit_lots_button.text() == "GB-7"


def test_an_assembly_with_serials_and_lots_by_keys(uow, shop, tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    form = _new_gift(tab, qtbot, shop)
    table = form.components_table
    assert [table.item(r, 6).text() for r in range(2)] == ["FEFO (first expiry first)", "Scan serials…"]
    assert form.kit_lots_button.isVisibleTo(form) and form.kit_lots_button.text() == "Scan serials…"
    assert form.kit_lots_label.isVisibleTo(form)  # its label with it

    qtbot.keyClick(form, Qt.Key.Key_F11)  # no serials yet: refused, naming the line, still a draft
    assert warnings and "Line 1, GIFT Gift box: scan the serial number" in warnings[-1]
    assert form.state == "draft" and form.doc_id is None

    _enter_lots(qtbot, form)

    qtbot.keyClick(form, Qt.Key.Key_F11)
    assert form.state == "posted" and form.number == "AS-2026-000001"
    assert _moves(uow, form.number) == [("L-LATE", D(2)), ("SN-2", D(1)), ("GB-7", D(1))]
    assert [table.item(r, 6).text() for r in range(2)] == ["L-LATE×2", "SN-2"]
    assert form.kit_lots_button.text() == "GB-7" and not form.kit_lots_button.isEnabled()
    assert all(c.ok for c in verify.run_checks(uow))


def test_the_delivery_dialog_scans_a_bundle_component_s_serials(uow, shop, ui_ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from erp_desktop.ui.sales.dialogs import DeliveryDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: warnings.append(a[2])))

    view = bundle_order(uow, shop, 1, "50", on=ON)
    dialog = DeliveryDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    posted: list = []
    dialog.posted.connect(posted.append)
    dialog.show()
    dialog.on_edit.setDate(ON)  # before the milk expires
    dialog.bin_picker.set_bin(shop["a1"])
    button = dialog.lines_table.cellWidget(0, 5)
    assert button.text() == "Components' lots / serials…"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    parts = dialog.bundle_dialog
    qtbot.waitUntil(parts.isVisible)
    assert [parts.table.item(r, 0).text() for r in range(parts.table.rowCount())] == ["MILK Milk", "PHONE Phone"]
    assert parts.table.item(0, 2).text() == "FEFO (first expiry first)"
    parts.table.setFocus()
    parts.table.setCurrentCell(1, 0)
    qtbot.keyClick(parts.table, Qt.Key.Key_Return)
    assert parts.lot_dialog.hint_label.text() == "In stock at that bin: SN-1×1, SN-2×1"
    _scan(qtbot, parts.lot_dialog, "SN-1")
    assert parts.table.item(1, 2).text() == "SN-1"
    qtbot.keyClick(parts.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not parts.isVisible() and button.text() == "PHONE: SN-1"
    dialog.post()
    assert warnings == [] and len(posted) == 1
    assert _moves(uow, posted[0].number) == [("L-EARLY", D(1)), ("L-LATE", D(1)), ("SN-1", D(1))]
    assert all(c.ok for c in verify.run_checks(uow))


def test_a_disassembly_by_keys_brings_the_components_back_as_assembled(uow, shop, tab, qtbot):
    inventory.create_and_post_kit_doc(
        uow,
        kind="assembly",
        on=ON,
        kit_id=shop["kit"],
        qty=D(1),
        from_location_id=shop["a1"],
        to_location_id=shop["a2"],
        lots={shop["phone"]: [LotInput("SN-1")], shop["kit"]: [LotInput("GB-1")]},
    )
    form = tab.documents.new_document("dismantle")
    qtbot.addWidget(form)
    form.kit_picker.setFocus()
    qtbot.keyClicks(form.kit_picker, "GIFT")
    qtbot.keyClick(form.kit_picker, Qt.Key.Key_Return)
    qtbot.keyClicks(form.qty_edit, "1")
    form.source_picker.set_bin(shop["a2"])
    form.target_picker.set_bin(shop["a1"])
    form.date_edit.setDate(ON)
    table = form.components_table
    assert [table.item(r, 6).text() for r in range(2)] == ["As assembled (Enter to type)"] * 2
    form.kit_lots_button.setFocus()
    qtbot.keyClick(form.kit_lots_button, Qt.Key.Key_Space)
    assert form.lot_dialog.hint_label.text() == "In stock at that bin: GB-1×1"
    _scan(qtbot, form.lot_dialog, "GB-1")
    qtbot.keyClick(form, Qt.Key.Key_F11)
    assert form.state == "posted" and form.number == "DA-2026-000001"
    assert _moves(uow, form.number) == [("GB-1", D(1)), ("L-EARLY", D(1)), ("L-LATE", D(1)), ("SN-1", D(1))]
    assert [table.item(r, 6).text() for r in range(2)] == ["L-EARLY, L-LATE", "SN-1"]
    assert all(c.ok for c in verify.run_checks(uow))


def test_a_saved_assembly_draft_keeps_its_serials_and_lots(uow, shop, tab, qtbot):
    """units17b: the lots and serials entered, Ctrl+S, the draft reopened shows them; F11 posts them."""
    form = _new_gift(tab, qtbot, shop)
    table = form.components_table
    _enter_lots(qtbot, form)

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.doc_id is not None and not form.has_unsaved_changes())
    assert form.state == "draft"
    assert [table.item(r, 6).text() for r in range(2)] == ["L-LATE×2", "SN-2"]  # reloaded as saved
    assert form.kit_lots_button.text() == "GB-7"

    from erp_desktop.ui.inventory.kit_form import KitDocForm

    reopened = KitDocForm(form.ctx, "assembly", form.doc_id)  # a fresh form: read back from the file
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: reopened.view is not None)
    shown = reopened.components_table
    assert [shown.item(r, 6).text() for r in range(2)] == ["L-LATE×2", "SN-2"]
    assert reopened.kit_lots_button.text() == "GB-7"
    qtbot.keyClick(reopened, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: reopened.state == "posted")
    assert _moves(uow, reopened.number) == [("L-LATE", D(2)), ("SN-2", D(1)), ("GB-7", D(1))]
    assert all(c.ok for c in verify.run_checks(uow))


def test_the_return_dialog_chooses_which_component_serials_of_a_bundle_come_back(uow, shop, ui_ctx, qtbot):
    """units17b: two bundles went out with phones SN-1 and SN-2; one comes back — the dialog says
    what is still out (the default), Enter on the phone scans SN-2 instead; posted, SN-2 is back
    in stock and the next return's default is SN-1 alone."""
    from erp_desktop.ui.sales.dialogs import ReturnDialog

    order = bundle_order(uow, shop, 2, "50", on=ON)
    phones = (shop["phone"], (LotInput("SN-1"), LotInput("SN-2")))
    out = sales.DeliveryLineInput(order.lines[0].id, D(2), shop["a1"], component_lots=(phones,))
    delivered = sales.deliver_order(uow, order.id, on=ON, lines=[out])
    view = sales.get_delivery_view(uow, delivered.id)
    dialog = ReturnDialog(ui_ctx, view)
    qtbot.addWidget(dialog)
    posted: list = []
    dialog.posted.connect(posted.append)
    dialog.show()
    table = dialog.lines_table
    assert not table.isColumnHidden(7)
    qty = table.cellWidget(0, 6)
    qty.setFocus()
    qtbot.keyClicks(qty, "1")
    button = table.cellWidget(0, 7)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    parts = dialog.bundle_dialog
    qtbot.waitUntil(parts.isVisible)
    assert [parts.table.item(r, 2).text() for r in range(2)] == [
        "As delivered: L-EARLY, L-LATE×3",
        "As delivered: SN-1, SN-2",
    ]
    parts.table.setFocus()
    parts.table.setCurrentCell(1, 0)
    qtbot.keyClick(parts.table, Qt.Key.Key_Return)
    assert parts.lot_dialog.hint_label.text() == "Delivered on this line, not back yet: SN-1, SN-2"
    _scan(qtbot, parts.lot_dialog, "SN-2")
    qtbot.keyClick(parts.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not parts.isVisible() and button.text() == "PHONE: SN-2"
    qty.setFocus()
    qtbot.keyClick(qty, Qt.Key.Key_Return)  # Enter posts
    assert dialog.result() == dialog.DialogCode.Accepted
    back = _moves(uow, posted[0].number)
    assert ("SN-2", D(1)) in back and ("SN-1", D(1)) not in back
    assert sales.bundle_lots_out(uow, view.lines[0].id)[shop["phone"]] == (("SN-1", D(1)),)
    assert all(c.ok for c in verify.run_checks(uow))
