"""The phone count page in a real headless chromium against a served session: scans posted and
counted, an unknown barcode shown, Wi-Fi lost and back without a scan counted twice, a photo of a
barcode decoded by the bundled decoder, a wrong key refused — each checked in the database."""

from __future__ import annotations

import json
import time
from decimal import Decimal

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from erp_desktop.services import mobile
from erp_desktop.services.inventory import counts as stock_counts
from tests.support.barcodes import ean13_png
from tests.support.browser import phone_browser
from tests.support.phone import CUP, TEA, counted, phone_shop, unknown_codes

D = Decimal


@pytest.fixture
def served(uow):
    shop = phone_shop(uow)
    hub = mobile.PhoneHub(uow, host="127.0.0.1", port=0)
    session = hub.open_count(shop["count"])
    shop.update(hub=hub, session=session, url=hub.url(session, "127.0.0.1"))
    yield shop
    hub.close_all()


def wait(browser, predicate, timeout=15.0):
    return WebDriverWait(browser, timeout, poll_frequency=0.1).until(lambda d: predicate(d))


def open_page(browser, url):
    browser.get(url)
    wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#bin option")) == 2)


def type_scan(browser, text):
    box = browser.find_element(By.ID, "code")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def items(browser):
    """(class, text) of the history list, newest first — read in one go (the page redraws it)."""
    rows = browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#history li'), "
        "function (li) { return [li.className, li.innerText]; })"
    )
    return [tuple(r) for r in rows]


def settled(browser, n):
    """The newest ``n`` history items have their answer (none still waiting)."""
    got = items(browser)
    return len(got) >= n and all(cls != "pending" for cls, _ in got[:n])


def test_scans_typed_and_from_a_scanner_fill_the_count(browser, served, uow):
    open_page(browser, served["url"])
    assert "MAIN" in browser.find_element(By.ID, "title").text
    type_scan(browser, TEA)
    wait(browser, lambda d: settled(d, 1))
    assert (
        "Green tea" in browser.find_element(By.ID, "last").text
        and "counted 1" in browser.find_element(By.ID, "last").text
    )
    type_scan(browser, TEA)  # the same barcode twice counts two
    type_scan(browser, "3*" + CUP)
    wait(browser, lambda d: settled(d, 3))
    assert "+3" in browser.find_element(By.ID, "last").text and "counted 3" in browser.find_element(By.ID, "last").text
    # a Bluetooth scanner types while nothing has the focus, then Enter
    browser.execute_script("document.activeElement.blur()")
    browser.find_element(By.TAG_NAME, "body").send_keys("NOPE-42" + Keys.ENTER)
    wait(browser, lambda d: settled(d, 4))
    last = browser.find_element(By.ID, "last")
    assert "Unknown code NOPE-42" in last.text and last.get_attribute("class") == "bad"
    assert items(browser)[0][0] == "unknown"
    assert counted(uow, served["count"]) == {(served["tea"], served["a1"]): D(2), (served["cup"], served["a1"]): D(3)}
    assert unknown_codes(uow, served["count"]) == [("NOPE-42", 1)]


def test_offline_then_online_without_duplicates(browser, served, uow):
    open_page(browser, served["url"])
    type_scan(browser, TEA)
    wait(browser, lambda d: settled(d, 1))
    browser.set_network_conditions(offline=True, latency=0, download_throughput=-1, upload_throughput=-1)
    for code in (TEA, CUP, "2*" + CUP):
        type_scan(browser, code)
    wait(browser, lambda d: "3" in d.find_element(By.ID, "pending").text)
    assert browser.find_element(By.ID, "banner").is_displayed()
    assert [cls for cls, _ in items(browser)[:3]] == ["pending"] * 3
    queued = json.loads(browser.execute_script(f"return localStorage.getItem('erp-phone-q-{served['session'].key}')"))
    assert [q["text"] for q in queued] == [TEA, CUP, "2*" + CUP] and len({q["id"] for q in queued}) == 3
    time.sleep(0.5)
    assert counted(uow, served["count"]) == {(served["tea"], served["a1"]): D(1)}  # nothing arrived offline
    # the Wi-Fi comes back: the queue goes out by itself (the page retries every few seconds)
    browser.delete_network_conditions()
    wait(browser, lambda d: settled(d, 4) and d.find_element(By.ID, "pending").text == "", timeout=20)
    assert not browser.find_element(By.ID, "banner").is_displayed()
    assert counted(uow, served["count"]) == {(served["tea"], served["a1"]): D(2), (served["cup"], served["a1"]): D(3)}
    # an answer lost on the way back: the phone still holds a scan the server booked, and sends it again
    history = json.loads(browser.execute_script(f"return localStorage.getItem('erp-phone-h-{served['session'].key}')"))
    booked = history[0]
    again = [{"id": booked["id"], "bin": booked["bin"], "text": booked["text"], "qty": None}]
    browser.execute_script(
        "localStorage.setItem(arguments[0], arguments[1])", f"erp-phone-q-{served['session'].key}", json.dumps(again)
    )
    browser.refresh()
    wait(browser, lambda d: "already counted" in d.find_element(By.ID, "history").text)
    assert browser.find_element(By.ID, "pending").text == ""
    assert counted(uow, served["count"]) == {(served["tea"], served["a1"]): D(2), (served["cup"], served["a1"]): D(3)}


def test_two_phones_on_one_count(browser, served, uow):
    from erp_desktop import i18n

    i18n.install_translator(lambda text: {"Mobile phone": "手机"}.get(text, text))  # a name that is not Latin-1
    second = phone_browser()
    try:
        open_page(browser, served["url"])
        open_page(second, served["url"])
        for _ in range(2):
            type_scan(browser, CUP)
            type_scan(second, CUP)
        wait(browser, lambda d: settled(d, 2))
        wait(second, lambda d: settled(d, 2))
    finally:
        second.quit()
    assert counted(uow, served["count"]) == {(served["cup"], served["a1"]): D(4)}
    names = sorted(served["session"].phones)
    assert len(names) == 2 and all(n.startswith("手机-") for n in names)  # each page named itself


def test_a_product_shelved_in_another_bin_asks_on_the_phone(browser, served, uow):
    open_page(browser, served["url"])
    Select(browser.find_element(By.ID, "bin")).select_by_visible_text("A-02")
    type_scan(browser, TEA)  # tea is on the books in A-01 only
    wait(browser, lambda d: settled(d, 1))
    assert items(browser)[0][0] == "confirm" and "A-01" in browser.find_element(By.ID, "last").text
    assert counted(uow, served["count"]) == {}
    buttons = browser.find_elements(By.CSS_SELECTOR, "#history li.confirm button")
    assert [b.text for b in buttons] == ["Switch to A-01", "Count it here", "Do not count"]
    buttons[1].click()  # count it here, in A-02
    wait(browser, lambda d: items(d)[0][0] == "ok")
    assert counted(uow, served["count"]) == {(served["tea"], served["a2"]): D(1)}
    type_scan(browser, TEA)  # now it has a line in A-02: no more asking
    wait(browser, lambda d: settled(d, 3) and items(d)[0][0] == "ok")
    assert counted(uow, served["count"]) == {(served["tea"], served["a2"]): D(2)}


def test_photo_of_a_barcode_is_decoded_by_the_bundled_decoder(browser, served, uow, tmp_path):
    picture = tmp_path / "tea.png"
    picture.write_bytes(ean13_png(TEA))
    open_page(browser, served["url"])
    assert browser.execute_script("return 'BarcodeDetector' in window") is False  # Linux chromium: ZXing
    wait(browser, lambda d: d.execute_script("return !!window.ZXing"))
    browser.execute_script("document.getElementById('photo').style.display='block'")
    browser.find_element(By.ID, "photo").send_keys(str(picture))
    wait(browser, lambda d: settled(d, 1))
    assert "Green tea" in browser.find_element(By.ID, "last").text
    assert counted(uow, served["count"]) == {(served["tea"], served["a1"]): D(1)}


def test_wrong_key_refused_and_closed_session_stops_the_page(browser, served, uow):
    bad = served["url"][: -len(served["session"].key)] + "A" * len(served["session"].key)
    browser.get(bad)
    assert "forbidden" in browser.page_source or "closed" in browser.page_source
    assert not browser.find_elements(By.ID, "code")
    open_page(browser, served["url"])
    stock_counts.post_count(uow, served["count"])  # posted on the desktop: the session ends
    type_scan(browser, TEA)
    wait(browser, lambda d: d.find_element(By.ID, "banner").is_displayed())
    assert "closed" in browser.find_element(By.ID, "banner").text
    assert counted(uow, served["count"]) == {}


def test_over_https_the_page_is_a_secure_context_with_the_live_camera(uow):
    """Served with the shop's own certificate, the page runs as a secure context: the browser
    offers the live camera (``getUserMedia``), and scans count as over http."""
    from tests.mobile.conftest import chromium_paths

    if chromium_paths() is None:
        pytest.skip("chromium / chromium-driver not installed")
    shop = phone_shop(uow)
    hub = mobile.PhoneHub(uow, host="127.0.0.1", port=0, tls=True)
    session = hub.open_count(shop["count"])
    browser = phone_browser(accept_own_certificate=True)
    try:
        url = hub.url(session, "127.0.0.1")
        assert url.startswith("https://")
        open_page(browser, url)
        assert browser.execute_script("return window.isSecureContext") is True
        assert browser.execute_script("return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia)")
        assert browser.find_element(By.ID, "camera").is_displayed()  # hidden on plain http
        type_scan(browser, TEA)
        wait(browser, lambda d: settled(d, 1))
        assert "counted 1" in browser.find_element(By.ID, "last").text
        assert counted(uow, shop["count"]) == {(shop["tea"], shop["a1"]): D(1)}
        hub.close_all()
        plain = mobile.PhoneHub(uow, host="127.0.0.1", port=0)  # the same page over http, by the LAN address
        address = next((a for a in mobile.lan_addresses() if not a.startswith("127.")), None)
        if address is not None:  # (localhost would count as secure: a phone never reaches the PC so)
            plain.host = "0.0.0.0"
            open_page(browser, plain.url(plain.open_count(shop["count"]), address))
            assert browser.execute_script("return window.isSecureContext") is False
            assert not browser.find_element(By.ID, "camera").is_displayed()
        plain.close_all()
    finally:
        browser.quit()
        hub.close_all()
