"""The count screen by scanner, a serial-tracked product counted by its serial numbers: each
serial scanned counts one, the same serial again is refused in red and not counted, and F11
posts with the serials reconciled (the missing one leaves the bin, the one found enters it and
leaves the bin it was on the books in)."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.system import verify
from erp_desktop.ui.inventory import InventoryTab
from tests.services.test_count_serials import receive_serials, serials_in
from tests.support import factories

D = Decimal


@pytest.fixture
def shop(uow):
    with uow.write() as tx:
        phone = factories.product(tx, "PH1", name="手机", cost="600", serial_tracked=True)
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(phone=phone.id, w=w.id, a1=a1.id, a2=a2.id)
    receive_serials(uow, ids["phone"], ids["a1"], ["SN1", "SN2", "SN3"])
    receive_serials(uow, ids["phone"], ids["a2"], ["SN5"])
    return ids


def scan(qtbot, screen, text):
    qtbot.keyClicks(screen.scan_edit, text)
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_Return)


def test_serials_scanned_into_the_count_then_f11_reconciles_them(uow, shop, ui_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.counts.ask", lambda parent, question: True)
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    count = stock_counts.create_count(
        uow, warehouse_id=shop["w"], on=date(2026, 7, 2), bin_ids=[shop["a1"], shop["a2"]]
    )
    screen = tab.counts.open_count(count.id)
    qtbot.addWidget(screen)
    assert screen.focusWidget() is screen.scan_edit
    scan(qtbot, screen, "SN1")
    assert "PH1 手机 serial SN1: +1 → counted 1" in screen.last_label.text()
    assert screen.bin_combo.currentData() == shop["a1"]
    scan(qtbot, screen, "SN5")  # on the books in A-02, found here
    scan(qtbot, screen, "SN1")  # the same serial again
    assert "SN1" in screen.last_label.text() and "counted already" in screen.last_label.text()
    assert "#c62828" in screen.last_label.styleSheet()  # red: refused
    scan(qtbot, screen, "SN2")
    assert screen.focusWidget() is screen.scan_edit  # the scanner keeps going
    rows = {r.product_code: r for r in screen.lines_model.rows if r.bin_code == "A-01"}
    assert rows["PH1"].counted_qty == D(3) and rows["PH1"].serials == ("SN1", "SN5", "SN2")
    assert rows["PH1"].variance == D(0)  # one missing (SN3), one found (SN5)
    column = [c.key for c in screen.lines_model.columns].index("serials_text")
    assert screen.lines_model.index(0, column).data() == "SN1 SN5 SN2"
    qtbot.keyClick(screen.scan_edit, Qt.Key.Key_F11)  # posts: no serial to type, the scans say it all
    qtbot.waitUntil(lambda: getattr(screen, "post_result", None) is not None)
    assert serials_in(uow, shop["phone"], shop["a1"]) == ["SN1", "SN2", "SN5"]
    assert serials_in(uow, shop["phone"], shop["a2"]) == []
    # SN3 lost from A-01, SN5 out of A-02 (its book) and into A-01 (where it was found)
    assert screen.post_result.gain_value == D("600.00") and screen.post_result.loss_value == D("1200.00")
    assert all(c.ok for c in verify.run_checks(uow))
