"""Phone scanning into a goods receipt and a transfer, from their desktop forms: the page in a real
headless chromium against the session the form's *Phone scanning…* serves; scans fill the form's
lines as if scanned at the PC (the same id twice counts once, ``3*code``, unknown codes listed,
two phones, Wi-Fi lost and back); posting stays on the desktop and ends the session — the posted
document checked in the database."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal

import pytest
from selenium.webdriver.common.by import By

from erp_desktop.services import inventory, purchasing
from erp_desktop.ui.inventory.phone import hub_for
from tests.mobile.test_phone_page import items, settled, type_scan
from tests.support import factories
from tests.support.browser import phone_browser
from tests.support.phone import CUP, TEA, call, phone_shop

D = Decimal


def wait(qtbot, predicate, timeout=15000):
    """Wait while the Qt event loop runs: the form takes each phone scan on the GUI thread."""
    qtbot.waitUntil(lambda: bool(predicate()), timeout=timeout)


def refused(url: str) -> bool:
    """403, or nobody listening any more (the server stops with its last session)."""
    import urllib.error

    try:
        return call(url)[0] == 403
    except urllib.error.URLError:
        return True


def call_while_waiting(qtbot, url, body):
    """POST from another thread while the Qt event loop runs (the form answers on this thread)."""
    import threading

    got: list = []
    worker = threading.Thread(target=lambda: got.append(call(url, body)))
    worker.start()
    wait(qtbot, lambda: not worker.is_alive())
    return got[0]


def open_page(qtbot, browser, url, title):
    browser.get(url)
    wait(qtbot, lambda: title in browser.find_element(By.ID, "title").text)


@pytest.fixture
def hub(ui_ctx):
    hub, _bridge = hub_for(ui_ctx, host="127.0.0.1", port=0, tls=False)
    yield hub
    hub.close_all()


@pytest.fixture
def order(ui_ctx):
    uow = ui_ctx.uow
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", barcode=TEA, cost="6")
        cup = factories.product(tx, "CUP", name="Cup", barcode=CUP, cost="2")
        sup = factories.supplier(tx, "S1", name="Tea Co")
        _w, (a1,) = factories.warehouse(tx, "MAIN", bins=("A-01",))
        ids = dict(tea=tea.id, cup=cup.id, sup=sup.id, a1=a1.id)
    ref = purchasing.create_order(
        uow,
        supplier_id=ids["sup"],
        on=date.today(),
        lines=[
            purchasing.OrderLineInput(ids["tea"], D("10"), D("5"), D("0.13")),
            purchasing.OrderLineInput(ids["cup"], D("6"), D("2"), D("0.13")),
        ],
    )
    purchasing.confirm_order(uow, ref.id)
    ids["order"] = ref.id
    return ids


def test_a_goods_receipt_scanned_with_phones(ui_ctx, qtbot, hub, order, browser):
    from erp_desktop.ui.purchasing.receipt_form import open_receipt

    uow = ui_ctx.uow
    form = open_receipt(ui_ctx, order=purchasing.get_order_detail(uow, order["order"]))
    qtbot.addWidget(form)
    assert form.phone_button.text() == "Phone scanning…" and not form.phone_button.isHidden()
    form.scan_button.click()  # Scan to count: every quantity 0, the scans count what arrived
    form.phone_button.click()
    dialog = form.phone.dialog
    assert dialog.isVisible() and hub.running and dialog.windowTitle() == "Scan with a phone"
    assert not dialog.qr_label.pixmap().isNull()
    url = dialog.url
    assert url == f"http://127.0.0.1:{hub.bound_port}/c/{dialog.session.key}"

    open_page(qtbot, browser, url, "Receive")
    assert "Tea Co" in browser.find_element(By.ID, "title").text
    assert not browser.find_element(By.ID, "bin").is_displayed()  # the form's bin applies
    for text in (TEA, TEA, "3*" + CUP, "NOPE-42"):
        type_scan(browser, text)
    wait(qtbot, lambda: settled(browser, 4))
    assert [cls for cls, _ in items(browser)[:4]] == ["unknown", "ok", "ok", "ok"]
    last = browser.find_element(By.ID, "last")
    assert "Unknown code NOPE-42" in last.text and last.get_attribute("class") == "bad"
    assert "+3 → receiving 3 of 6" in items(browser)[1][1]
    assert [form.grid.value(r, "now") for r in range(2)] == [D(2), D(3)]  # as if scanned at the PC
    assert "NOPE-42 (1)" in form.info_label.text()

    # the Wi-Fi drops: scans wait on the phone, nothing arrives; back: sent once
    browser.set_network_conditions(offline=True, latency=0, download_throughput=-1, upload_throughput=-1)
    type_scan(browser, TEA)
    type_scan(browser, CUP)
    wait(qtbot, lambda: "2" in browser.find_element(By.ID, "pending").text)
    qtbot.wait(300)
    assert [form.grid.value(r, "now") for r in range(2)] == [D(2), D(3)]
    browser.delete_network_conditions()
    wait(qtbot, lambda: settled(browser, 6) and browser.find_element(By.ID, "pending").text == "", timeout=20000)
    assert [form.grid.value(r, "now") for r in range(2)] == [D(3), D(4)]
    # an answer lost on the way back: the phone sends a booked scan again — not counted twice
    key = dialog.session.key
    history = json.loads(browser.execute_script(f"return localStorage.getItem('erp-phone-h-{key}')"))
    again = [{"id": history[0]["id"], "bin": "", "text": history[0]["text"], "qty": None}]
    browser.execute_script("localStorage.setItem(arguments[0], arguments[1])", f"erp-phone-q-{key}", json.dumps(again))
    browser.refresh()
    wait(qtbot, lambda: "already taken" in browser.find_element(By.ID, "history").text)
    assert [form.grid.value(r, "now") for r in range(2)] == [D(3), D(4)]

    # a second phone on the same receipt
    second = phone_browser()
    try:
        open_page(qtbot, second, url, "Receive")
        type_scan(second, "2*" + CUP)
        wait(qtbot, lambda: settled(second, 1))
    finally:
        second.quit()
    assert [form.grid.value(r, "now") for r in range(2)] == [D(3), D(6)]
    assert len(dialog.session.phones) == 2

    form.post_button.click()  # posting stays on the desktop, and ends the session
    assert form.receipt is not None
    assert refused(url + "/state")
    lines = {line.product_code: line.received_qty for line in purchasing.get_order_detail(uow, order["order"]).lines}
    assert lines == {"TEA": D(3), "CUP": D(6)}
    assert inventory.product_stock(uow, order["tea"]).on_hand == D(3)
    receipt = purchasing.get_receipt_detail(uow, form.receipt.id)
    assert sorted((line.product_code, line.qty) for line in receipt.lines) == [("CUP", D(6)), ("TEA", D(3))]
    type_scan(browser, TEA)  # the phone after posting: the server stopped with its last session
    wait(qtbot, lambda: browser.find_element(By.ID, "banner").is_displayed())
    assert "1" in browser.find_element(By.ID, "pending").text  # kept on the phone, booked nowhere
    assert purchasing.get_receipt_detail(uow, form.receipt.id).lines == receipt.lines


def test_a_transfer_scanned_with_a_phone(ui_ctx, qtbot, hub, browser, monkeypatch):
    from erp_desktop.ui.inventory.doc_form import StockDocForm

    uow = ui_ctx.uow
    shop = phone_shop(uow)  # tea 10 and cups 5 in A-01
    form = StockDocForm(ui_ctx, "transfer")
    qtbot.addWidget(form)
    form.source_picker.set_bin(shop["a1"])
    form.target_picker.set_bin(shop["a2"])
    assert not form.phone_button.isHidden()
    dialog = form.open_phone()
    url = dialog.url
    open_page(qtbot, browser, url, "Transfer")
    for text in (TEA, "3*" + CUP, "NOPE-7", TEA):
        type_scan(browser, text)
    wait(qtbot, lambda: settled(browser, 4))
    assert [cls for cls, _ in items(browser)[:4]] == ["ok", "unknown", "ok", "ok"]
    assert "+1 → moving 2" in items(browser)[0][1]
    lines = [
        (form.grid.products[r].code, form.grid.value(r, "qty"), form._bins[r][0]) for r in range(form.grid.line_count)
    ]
    assert lines == [("TEA", D(2), shop["a1"]), ("CUP", D(3), shop["a1"])]
    assert "NOPE-7 (1)" in form.info_label.text() and form.has_unsaved_changes()
    # the same scan id sent twice (straight to the session, as a phone that lost the answer)
    scan = {"id": str(uuid.uuid4()), "bin": "", "text": CUP}
    for _ in range(2):
        status, body = call_while_waiting(qtbot, url + "/scans", {"scans": [scan]})
        assert status == 200 and body["results"][0]["status"] == "ok"
    assert body["results"][0]["repeat"] is True
    assert form.grid.value(1, "qty") == D(4)

    form.post_button.click()
    assert form.state == "posted" and form.phone_button.isHidden()
    assert refused(url + "/state")
    held = {
        (b.code, pid): b.qty
        for pid, bins in inventory.bin_stock(uow, shop["w"], [shop["tea"], shop["cup"]]).items()
        for b in bins
    }
    assert held[("A-02", shop["tea"])] == D(2) and held[("A-02", shop["cup"])] == D(4)
    assert held[("A-01", shop["tea"])] == D(8) and held[("A-01", shop["cup"])] == D(1)


def test_a_product_not_on_the_order_is_refused_and_closing_the_form_ends_the_session(ui_ctx, qtbot, hub, order):
    """Straight to the served session (no browser): a product the order does not outstand is an
    error on the phone and adds nothing; the form gone, its key gets nothing."""
    from erp_desktop.ui.purchasing.receipt_form import open_receipt

    uow = ui_ctx.uow
    with uow.write() as tx:
        factories.product(tx, "PEN", name="Pen", barcode="6900000000999")
    form = open_receipt(ui_ctx, order=purchasing.get_order_detail(uow, order["order"]))
    form.zero_quantities()
    url = form.open_phone().url
    scans = [{"id": str(uuid.uuid4()), "bin": "", "text": t} for t in ("6900000000999", "2*" + TEA)]
    status, body = call_while_waiting(qtbot, url + "/scans", {"scans": scans})
    assert status == 200 and [r["status"] for r in body["results"]] == ["error", "ok"]
    assert "not outstanding on order" in body["results"][0]["message"]
    assert [form.grid.value(r, "now") for r in range(2)] == [D(2), D(0)]
    assert call_while_waiting(qtbot, url + "/state", None)[0] == 200
    form.deleteLater()  # the tab closed
    qtbot.waitUntil(lambda: refused(url + "/state"))
