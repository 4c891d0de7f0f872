"""Settings › Receipt printer: the connection chosen by kind (only its own fields shown), a test
print of the setting as it stands (an ESC/POS device file: the bytes are checked), a bad setting
refused with the field named and focused, the paper and the printer saved for the counter."""

import pytest
from PySide6.QtCore import Qt

from erp_desktop.errors import UserError, ValidationError
from erp_desktop.services import counter
from erp_desktop.ui.settings.receipt_printer import ReceiptPrinterPage
from tests.support.counter import make_counter_shop


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_receipt_printer_is_set_tried_and_saved(ui_ctx, qtbot, tmp_path):
    uow = ui_ctx.uow
    make_counter_shop(uow)  # shop name 小店, 80 mm
    page = ReceiptPrinterPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.paper_combo.currentData() == 80 and page.kind_combo.currentData() == ""
    assert not page.test_button.isEnabled() and not page.host_edit.isVisible()

    _choose(page.kind_combo, "network")
    assert page.host_edit.isVisible() and page.port_spin.value() == 9100 and not page.path_edit.isVisible()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # no address yet: refused, nothing printed
    assert "network address" in page.status_label.text() and page.focusWidget() is page.host_edit
    _choose(page.kind_combo, "usb")
    page.vendor_edit.setText("04x6")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "USB vendor id as 4 hex digits" in page.status_label.text()
    assert counter.get_settings(uow).escpos == {}  # nothing saved

    device = tmp_path / "lp0"
    _choose(page.kind_combo, "file")
    _choose(page.paper_combo, 58)
    page.path_edit.setText(str(device))
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert "Test slip sent" in page.status_label.text(), page.status_label.text()
    data = device.read_bytes()
    assert "小店".encode("gb18030") in data and "中文测试".encode("gb18030") in data
    assert b"12345678901234567890123456789012\n" in data  # the ruler: 32 columns on 58 mm
    assert b"TEST-0001" in data and b"\x1dV" in data[-6:]  # the barcode, then the cut
    assert "Paper 58 mm, 32 characters a line" in page.slip_view.toPlainText()
    assert counter.get_settings(uow).escpos == {}  # tried, not saved yet

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "Saved."
    saved = counter.get_settings(uow)
    assert saved.escpos == {"kind": "file", "path": str(device)} and saved.paper_mm == 58
    assert saved.shop_name == "小店" and saved.accounts["cash"] == "XJ01"  # the rest kept


def test_a_printer_that_does_not_answer_is_a_clear_message(uow):
    make_counter_shop(uow)

    with pytest.raises(ValidationError, match="port is a number"):
        counter.print_test_slip(uow, {"kind": "network", "host": "127.0.0.1", "port": "x"})
    with pytest.raises(ValidationError, match="Choose how the receipt printer is connected"):
        counter.print_test_slip(uow, {})
    with pytest.raises(UserError, match=r"receipt printer \(127\.0\.0\.1:9\) did not print"):
        counter.print_test_slip(uow, {"kind": "network", "host": "127.0.0.1", "port": 9})  # discard port: refused
    with pytest.raises(UserError, match="did not print"):
        counter.print_test_slip(uow, {"kind": "file", "path": "/nonexistent-dir/lp0"})
