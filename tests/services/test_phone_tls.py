"""The phone page over https (the phone's live camera needs a secure context): a self-signed
certificate made per shop file, naming the PC's addresses, kept and reused, made again for a new
address or near its end; the page and its scans served over TLS and verified against it; plain
http on the https port gets nothing."""

from __future__ import annotations

import datetime as dt
import http.client
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
    with pytest.raises((http.client.HTTPException, ConnectionError, urllib.error.URLError)):
        call(url.replace("https:", "http:"))  # plain http on the https port: nothing served
    assert call(url + "/state", cadata=pem)[0] == 200  # and the server still serves after that
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
