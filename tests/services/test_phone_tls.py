"""The phone page over https (the phone's live camera needs a secure context): a self-signed
certificate made per shop file, naming the PC's addresses, kept and reused, made again for a new
address or near its end; the page and its scans served over TLS and verified against it; plain
http on the https port gets nothing."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import ssl
import urllib.error
import urllib.request
import uuid
from decimal import Decimal

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from erp_desktop.services import mobile
from tests.support.phone import call, counted, phone_shop

D = Decimal


@pytest.fixture
def hub(uow):
    hub = mobile.PhoneHub(uow, host="127.0.0.1", port=0, tls=True)
    yield hub
    hub.close_all()


def test_the_page_and_its_scans_over_https_verified_against_the_shops_certificate(uow, hub):
    shop = phone_shop(uow)
    session = hub.open_count(shop["count"])
    url = hub.url(session, "127.0.0.1")
    assert url.startswith(f"https://127.0.0.1:{hub.bound_port}/c/")
    pem = hub.certificate.cert_pem
    status, html = call(url, cadata=pem)  # checked: signed by that certificate, and it names 127.0.0.1
    assert status == 200 and session.number in html
    scan = {"id": str(uuid.uuid4()), "bin": str(shop["a1"]), "text": "3*6900000000001"}
    status, body = call(url + "/scans", {"scans": [scan]}, cadata=pem)
    assert status == 200 and body["results"][0]["counted"] == "3"
    assert counted(uow, shop["count"]) == {(shop["cup"], shop["a1"]): D(3)}
    with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
        urllib.request.urlopen(url, context=ssl.create_default_context(), timeout=10)  # no authority signed it
    assert call(url + "/state", cadata=pem)[0] == 200
    hub.close(session.key)
    assert hub.certificate is None and not hub.running


def test_the_certificate_is_made_once_per_shop_and_again_when_needed(uow):
    first = mobile.shop_certificate(uow, ["192.168.1.20"], shop_name="小店")
    cert = x509.load_pem_x509_certificate(first.cert_pem.encode())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert {str(ip) for ip in names.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "192.168.1.20"}
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey) and cert.issuer == cert.subject
    days = (cert.not_valid_after_utc - cert.not_valid_before_utc).days
    assert 700 < days < 740 and "小店" in cert.subject.rfc4514_string()
    assert len(first.fingerprint.split(":")) == 32 and first.short_fingerprint() == first.fingerprint[:23]

    again = mobile.shop_certificate(uow, ["192.168.1.20"])
    assert again.fingerprint == first.fingerprint  # kept in the shop file, reused
    moved = mobile.shop_certificate(uow, ["10.0.0.7"])  # a new DHCP address: made again, naming it
    assert moved.fingerprint != first.fingerprint and "10.0.0.7" in moved.addresses
    late = mobile.shop_certificate(uow, ["10.0.0.7"], now=moved.not_after - dt.timedelta(days=5))
    assert late.fingerprint != moved.fingerprint and late.not_after > moved.not_after

    context = ssl.create_default_context(cadata=late.cert_pem)  # a PEM a TLS client takes
    assert context.cert_store_stats()["x509_ca"] == 0 and context.cert_store_stats()["x509"] == 1


def _plain(port: int, method: str, path: str, *, host: str | None = None, body: bytes | None = None):
    """One plain-http request, redirects not followed: (status, headers, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        headers = {"Host": host} if host is not None else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_plain_http_on_the_https_port_is_redirected_to_https(uow, hub):
    shop = phone_shop(uow)
    session = hub.open_count(shop["count"])
    port, pem = hub.bound_port, hub.certificate.cert_pem
    url = hub.url(session, "127.0.0.1")
    path = f"/c/{session.key}"
    status, headers, _body = _plain(port, "GET", path + "?from=qr", host=f"192.168.1.20:{port}")
    assert status == 301  # the host the phone typed, the same port, path (the key) and query
    assert headers["Location"] == f"https://192.168.1.20:{port}/c/{session.key}?from=qr"
    status, headers, _body = _plain(port, "GET", path)  # http.client's own Host header: 127.0.0.1:port
    assert (status, headers["Location"]) == (301, url)
    assert _plain(port, "HEAD", path)[0] == 301
    scan = json.dumps({"scans": [{"id": "x1", "bin": str(shop["a1"]), "text": "6900000000001"}]}).encode()
    status, headers, _body = _plain(port, "POST", path + "/scans", body=scan)
    assert status == 308 and headers["Location"] == url + "/scans"  # 308: the phone posts the body again
    assert counted(uow, shop["count"]) == {}  # nothing booked over plain http
    status, _headers, _body = _plain(port, "GET", "/c/no-such-key", host="evil.example/x?")
    assert status == 301  # any path: redirected, never served over http; a strange Host is not echoed
    assert _headers["Location"] == f"https://127.0.0.1:{port}/c/no-such-key"

    # urllib follows the redirect to https, and the page comes (checked against the certificate)
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context(cadata=pem)))
    with opener.open(url.replace("https:", "http:"), timeout=10) as followed:
        assert followed.status == 200 and followed.url == url and session.number in followed.read().decode()
    # a connection that never speaks, then a real one: the server still serves
    import socket

    with socket.create_connection(("127.0.0.1", port)):
        assert call(url + "/state", cadata=pem)[0] == 200


def test_http_redirects_to_the_https_page_in_the_browser(uow, hub):
    """A phone that opens the http address (an old QR code) lands on the https page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.support.browser import chromium_paths, phone_browser

    if chromium_paths() is None:
        pytest.skip("chromium / chromium-driver not installed")
    shop = phone_shop(uow)
    session = hub.open_count(shop["count"])
    url = hub.url(session, "127.0.0.1")
    browser = phone_browser(accept_own_certificate=True)
    try:
        browser.get(url.replace("https:", "http:"))
        WebDriverWait(browser, 20, poll_frequency=0.1).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#bin option"))
        assert browser.current_url == url
        assert browser.execute_script("return window.isSecureContext") is True
    finally:
        browser.quit()
