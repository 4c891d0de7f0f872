"""The inventory tab: a count entered by simulated scanner input, documents posted from the editor,
reports refreshed at once after a change."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.services.masterdata import lookups
from erp_desktop.services.system import verify
from erp_desktop.ui.inventory import InventoryTab
from tests.support import factories

D = Decimal


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode="6901234567890", cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode="6900000000001", cost="2")
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id, a2=a2.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=date(2026, 7, 1),
        lines=[
            LineInput(ids["tea"], D("2"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("5"), D("2"), to_location_id=ids["a1"]),
        ],
    )
    return ids


@pytest.fixture
def tab(ui_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.counts.ask", lambda parent, question: True)
    monkeypatch.setattr("erp_desktop.ui.inventory.documents.ask", lambda parent, question: True)
    widget = InventoryTab(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def scan(qtbot, screen, text):
    qtbot.keyClicks(screen.scan_edit, text)
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_Return)


def test_count_by_scanner_flags_unknown_and_posts(uow, shop, tab, qtbot):
    count = stock_counts.create_count(uow, warehouse_id=shop["w"], on=date(2026, 7, 2), bin_ids=[shop["a1"]])
    tab.setCurrentWidget(tab.counts)
    tab.counts.list_page.reload()
    assert [r.number for r in tab.counts.list_page.model.rows] == [count.number]
    screen = tab.counts.open_count(count.id)
    qtbot.addWidget(screen)
    assert screen.focusWidget() is screen.scan_edit
    for _ in range(3):
        scan(qtbot, screen, "6901234567890")
    scan(qtbot, screen, "2*6900000000001")
    scan(qtbot, screen, "9999999999999")
    assert screen.scan_edit.text() == ""
    assert screen.focusWidget() is screen.scan_edit  # the scanner can keep going
    rows = {r.product_code: r for r in screen.lines_model.rows}
    assert (
        rows["TEA"].counted_qty == D("3") and rows["TEA"].variance == D("1") and rows["TEA"].variance_value == D("6.00")
    )
    assert rows["CUP"].counted_qty == D("2") and rows["CUP"].variance == D("-3")
    assert screen.unknown_list.count() == 1 and "9999999999999" in screen.unknown_list.item(0).text()
    assert "Unknown code 9999999999999" in screen.last_label.text()
    assert "#c62828" in screen.last_label.styleSheet()
    assert "Unknown codes (1)" == screen.unknown_title.text()
    # the quantity box counts more than one
    screen.qty_edit.setText("4")
    scan(qtbot, screen, "TEA")
    assert {r.product_code: r.counted_qty for r in screen.lines_model.rows}["TEA"] == D("7")
    # the on-hand report refreshes as soon as the count is posted
    tab.setCurrentWidget(tab.reports)
    report = tab.reports.on_hand
    tab.reports.setCurrentWidget(report)
    report.reload()
    assert {r.product_code: r.qty for r in report.model.rows} == {"TEA": D("2"), "CUP": D("5")}
    screen.post()
    assert screen.post_result.gain_value == D("30.00") and screen.post_result.loss_value == D("6.00")
    assert {r.product_code: r.qty for r in report.model.rows} == {"TEA": D("7"), "CUP": D("2")}
    assert not screen.scan_edit.isEnabled()
    tab.counts.list_page.reload()
    assert tab.counts.list_page.model.rows[0].state == "posted"
    assert all(c.ok for c in verify.run_checks(uow))


def test_receipt_and_transfer_from_the_editor_then_reverse(uow, shop, tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    page = tab.documents
    dialog = page.new_document("receipt")
    qtbot.addWidget(dialog)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("gift"))
    dialog.target_picker.set_bin(shop["a2"])
    dialog.product_picker.pick(lookups.find_product(uow, "TEA"))
    dialog.qty_edit.setText("4")
    dialog.cost_edit.setText("5.5")
    qtbot.keyClick(dialog.qty_edit, Qt.Key.Key_Return)
    assert [(l.product_code, l.qty, l.amount) for l in dialog.lines] == [("TEA", D("4"), D("22.00"))]
    dialog.post()
    assert dialog.posted_result.number.startswith("OR-") and dialog.posted_result.total_value == D("22.00")
    assert dialog.state == "posted" and not dialog.post_button.isVisible() and dialog.reverse_button.isVisible()
    rows = page.list_page.model.rows
    assert rows[0].number == dialog.posted_result.number and rows[0].state == "posted"

    transfer = page.new_document("transfer")
    qtbot.addWidget(transfer)
    transfer.source_picker.set_bin(shop["a2"])
    transfer.target_picker.set_bin(shop["a2"])
    transfer.product_picker.pick(lookups.find_product(uow, "TEA"))
    transfer.qty_edit.setText("1")
    transfer._on_add_button_clicked()
    assert warnings and "different" in warnings[0] and transfer.lines == []
    transfer.target_picker.set_bin(shop["a1"])
    transfer._on_add_button_clicked()
    transfer.save()
    assert transfer.doc_id is not None and transfer.state == "draft"
    transfer.post()
    assert transfer.state == "posted"

    dialog.reverse()  # 1 of the 4 received has moved on: refused, nothing written
    assert "Not enough stock of TEA" in warnings[-1] and not hasattr(dialog, "reversal_result")
    transfer.reverse()
    assert transfer.reversal_result.number.startswith("TR-")
    dialog.reverse()
    assert dialog.reversal_result.total_value == D("22.00")
    assert "Reversed by" in dialog.info_label.text()
    assert not dialog.reverse_button.isVisible()
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]


def test_document_filters(uow, shop, tab):
    page = tab.documents
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("issue"))
    assert page.list_page.model.rows == []
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("receipt"))
    assert len(page.list_page.model.rows) == 1


def test_count_scan_of_a_product_shelved_in_another_bin_warns_and_switches(uow, shop, tab, qtbot, monkeypatch):
    """TEA and CUP sit in A-01; counting A-02 and scanning TEA says so before booking it there."""
    count = stock_counts.create_count(
        uow, warehouse_id=shop["w"], on=date(2026, 7, 2), bin_ids=[shop["a1"], shop["a2"]]
    )
    screen = tab.counts.open_count(count.id)
    qtbot.addWidget(screen)
    screen.bin_combo.setCurrentIndex(1)
    asked = []
    answers = iter(["switch", None, "here"])
    monkeypatch.setattr(screen, "ask_other_bin", lambda message, other: asked.append((message, other)) or next(answers))
    scan(qtbot, screen, "6901234567890")
    assert asked[0][1] == "A-01" and "A-01 (2)" in asked[0][0] and "not in A-02" in asked[0][0]
    assert screen.bin_combo.currentData() == shop["a1"]  # switched, and counted there
    assert {(r.bin_code, r.product_code): r.counted_qty for r in screen.lines_model.rows}[("A-01", "TEA")] == D("1")
    screen.bin_combo.setCurrentIndex(1)
    scan(qtbot, screen, "CUP")  # not counted: nothing booked in A-02
    assert "#ffe082" in screen.last_label.styleSheet()
    assert not [r for r in screen.lines_model.rows if r.bin_code == "A-02" and r.counted_qty is not None]
    scan(qtbot, screen, "CUP")  # counted here anyway
    assert {(r.bin_code, r.product_code): r.counted_qty for r in screen.lines_model.rows}[("A-02", "CUP")] == D("1")
    assert "on the books in A-01 5" in screen.last_label.text()
    assert len(asked) == 3
