"""用手机盘点 from the desktop count screen: the QR code of the page, phone scans arriving in the
screen as if scanned there, posting on the desktop ending the session."""

from __future__ import annotations

import urllib.error
import uuid
from decimal import Decimal

import pytest

from erp_desktop.ui.inventory import InventoryTab
from erp_desktop.ui.inventory.phone import hub_for
from tests.support.phone import CUP, TEA, call, counted, phone_shop

D = Decimal


@pytest.fixture
def screen(uow, ui_ctx, qtbot, monkeypatch):
    monkeypatch.setattr("erp_desktop.ui.inventory.counts.ask", lambda parent, question: True)
    shop = phone_shop(uow)
    hub, _bridge = hub_for(ui_ctx, host="127.0.0.1", port=0)
    tab = InventoryTab(ui_ctx)
    qtbot.addWidget(tab)
    screen = tab.counts.open_count(shop["count"])
    qtbot.addWidget(screen)
    yield screen, shop, hub
    hub.close_all()


def refused(url: str) -> bool:
    """403, or nobody listening any more (the server stops with its last session)."""
    try:
        return call(url)[0] == 403
    except urllib.error.URLError:
        return True


def test_phone_button_shows_the_qr_code_and_phone_scans_arrive(uow, screen, qtbot):
    screen, shop, hub = screen
    assert screen.phone_button.text() == "Count with a phone…" and screen.phone_button.isEnabled()
    screen.phone_button.click()
    dialog = screen.phone_dialog
    assert dialog.isVisible() and hub.running
    key = dialog.session.key
    assert dialog.url == f"https://127.0.0.1:{hub.bound_port}/c/{key}"  # the live camera needs https
    assert hub.certificate.short_fingerprint() in dialog.secure_label.text()
    assert dialog.url_edit.text() == dialog.url
    pixmap = dialog.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 200
    # the QR code is the address: segno's own reader is not at hand, so compare with a fresh code
    from PySide6.QtGui import QPixmap

    from erp_desktop.services import mobile

    expected = QPixmap()
    expected.loadFromData(mobile.qr_png(dialog.url, scale=7))
    assert expected.toImage() == pixmap.toImage()

    def scan(text):
        return {"id": str(uuid.uuid4()), "bin": str(shop["a1"]), "text": text}

    status, body = call(dialog.url + "/scans", {"scans": [scan(TEA), scan("3*" + CUP), scan("NOPE")]})
    assert status == 200 and [r["status"] for r in body["results"]] == ["ok", "ok", "unknown"]
    qtbot.waitUntil(lambda: {r.product_code: r.counted_qty for r in screen.lines_model.rows}.get("CUP") == D(3))
    rows = {r.product_code: r for r in screen.lines_model.rows}
    assert rows["TEA"].counted_qty == D(1) and rows["TEA"].variance == D(-9)
    qtbot.waitUntil(lambda: screen.unknown_list.count() == 1)
    assert "NOPE" in screen.unknown_list.item(0).text()
    assert "P1:" in screen.last_label.text()  # the phone's name, as the page sent it
    dialog._show_status()
    assert "P1" in dialog.status_label.text() and "3" in dialog.status_label.text()
    # posting stays on the desktop, and ends the session
    screen.post()
    assert screen.post_result.adjusted_lines == 2
    assert not screen.phone_button.isEnabled()
    assert refused(dialog.url + "/state")
    assert not hub.running and dialog.session.closed
    assert counted(uow, shop["count"]) == {(shop["tea"], shop["a1"]): D(1), (shop["cup"], shop["a1"]): D(3)}


def test_ending_the_session_and_closing_the_screen_refuse_the_key(uow, screen, qtbot):
    screen, shop, hub = screen
    dialog = screen.open_phone()
    first = dialog.url
    dialog.end_button.click()
    assert not dialog.isVisible()
    assert refused(first + "/state")
    dialog = screen.open_phone()  # a new session, a new key
    second = dialog.url
    assert second != first and call(second + "/state")[0] == 200
    screen.close_button.click()
    assert refused(second + "/state")
