"""https for the phone page: a self-signed certificate made for this shop file on this PC.

Browsers open a phone's live camera (``getUserMedia``) only in a secure context — https, or
localhost — so the phone page is served over TLS. No certificate authority knows a PC on a shop's
Wi-Fi, so each shop file makes its own (``cryptography``): an ECDSA P-256 key and a certificate
naming this PC's LAN addresses, valid for two years, kept in the shop file's ``local_state`` (it
never syncs: every PC has its own). It is made again when the PC's address is not in it (a new
DHCP lease), when it is near its end, or when it cannot be read.

The first time, the phone's browser warns that the certificate is not trusted (it is not signed by
an authority the phone knows); the clerk checks the fingerprint the desktop shows under the QR code
and continues, and the browser remembers the choice for this address. The page then runs as a
secure context and its Camera button scans live. Where ``cryptography`` is missing (a build that
left it out) the page is served over plain http as before: typed codes, Bluetooth scanners and a
photo of the barcode still work, the live camera does not.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from erp_desktop.models.system import LocalState
from erp_desktop.storage.uow import UnitOfWork

STATE_KEY = "phone_tls"
VALID_DAYS = 730
RENEW_DAYS = 30  # made again when fewer days than this are left


@dataclass(frozen=True)
class ShopCertificate:
    cert_pem: str
    key_pem: str
    addresses: tuple[str, ...]
    not_after: dt.datetime
    fingerprint: str  # SHA-256 of the certificate, "AB:CD:…", shown under the QR code

    def short_fingerprint(self) -> str:
        """The first 8 bytes of the fingerprint: enough to compare by eye on the phone."""
        return ":".join(self.fingerprint.split(":")[:8])


def available() -> bool:
    """Whether certificates can be made here (the ``cryptography`` package is there)."""
    try:
        import cryptography.x509  # noqa: F401
    except ImportError:
        return False
    return True


def shop_certificate(uow: UnitOfWork, addresses: list[str], *, shop_name: str = "", now: dt.datetime | None = None):
    """This shop file's certificate for ``addresses`` (IPv4 / IPv6 addresses or host names), made
    and kept when there is none that names them all or it is near its end."""
    now = now or dt.datetime.now(dt.UTC)
    wanted = tuple(dict.fromkeys(["localhost", "127.0.0.1", *addresses]))
    with uow.write() as tx:
        row = tx.scalar(select(LocalState).where(LocalState.key == STATE_KEY))
        kept = _load(row.value) if row is not None else None
        if kept is not None and set(wanted) <= set(kept.addresses) and kept.not_after - now > dt.timedelta(RENEW_DAYS):
            return kept
        made = make_certificate(wanted, shop_name=shop_name, now=now)
        value = json.dumps({"cert": made.cert_pem, "key": made.key_pem})
        if row is None:
            tx.add(LocalState(key=STATE_KEY, value=value))
        else:
            row.value = value
        return made


def _load(value: str) -> ShopCertificate | None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    try:
        data = json.loads(value)
        cert = x509.load_pem_x509_certificate(data["cert"].encode())
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, KeyError, TypeError, x509.ExtensionNotFound):
        return None
    addresses = [str(ip) for ip in names.get_values_for_type(x509.IPAddress)]
    addresses += names.get_values_for_type(x509.DNSName)
    return ShopCertificate(
        data["cert"],
        data["key"],
        tuple(addresses),
        cert.not_valid_after_utc,
        cert.fingerprint(hashes.SHA256()).hex(":").upper(),
    )


def make_certificate(
    addresses: tuple[str, ...] | list[str], *, shop_name: str = "", now: dt.datetime | None = None
) -> ShopCertificate:
    """A new self-signed certificate (ECDSA P-256, SHA-256) naming ``addresses``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = now or dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for address in addresses:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(address)))
        except ValueError:
            names.append(x509.DNSName(address))
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "erp-desktop phone page"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, (shop_name or "erp-desktop")[:64]),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    loaded = _load(json.dumps({"cert": cert_pem, "key": key_pem}))
    assert loaded is not None
    return loaded


def server_context(certificate: ShopCertificate) -> ssl.SSLContext:
    """A TLS server context (TLS 1.2 or later) holding the certificate and its key."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    folder = Path(tempfile.mkdtemp(prefix="erp-phone-tls-"))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    try:  # the ssl module reads files only; they live for the moment it takes
        for path, text in ((cert_path, certificate.cert_pem), (key_path, certificate.key_pem)):
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(handle, "w", encoding="ascii") as out:
                out.write(text)
        context.load_cert_chain(cert_path, key_path)
    finally:
        for path in (cert_path, key_path):
            path.unlink(missing_ok=True)
        folder.rmdir()
    return context
