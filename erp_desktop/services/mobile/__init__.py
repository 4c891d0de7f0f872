"""Mobile (移动扫码盘点): a phone on the shop's Wi-Fi counts a stock count — or
scans a goods receipt or a transfer — through a small web page.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import mobile`` … ``mobile.PhoneHub(uow)``). Names load lazily (PEP 562).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from erp_desktop.storage.face import lazy_face

if TYPE_CHECKING:
    from .sessions import (
        DEFAULT_PORT,
        FormScan,
        PhoneHub,
        PhoneSession,
        ScanOutcome,
        SessionClosed,
        lan_addresses,
        qr_png,
    )
    from .tls import ShopCertificate, make_certificate, shop_certificate
    from .tls import available as tls_available

_SOURCES: dict[str, tuple[str, str]] = {
    "DEFAULT_PORT": ("sessions", "DEFAULT_PORT"),
    "FormScan": ("sessions", "FormScan"),
    "PhoneHub": ("sessions", "PhoneHub"),
    "PhoneSession": ("sessions", "PhoneSession"),
    "ScanOutcome": ("sessions", "ScanOutcome"),
    "SessionClosed": ("sessions", "SessionClosed"),
    "lan_addresses": ("sessions", "lan_addresses"),
    "qr_png": ("sessions", "qr_png"),
    "ShopCertificate": ("tls", "ShopCertificate"),
    "make_certificate": ("tls", "make_certificate"),
    "shop_certificate": ("tls", "shop_certificate"),
    "tls_available": ("tls", "available"),
}

__all__ = [
    "DEFAULT_PORT",
    "FormScan",
    "PhoneHub",
    "PhoneSession",
    "ScanOutcome",
    "SessionClosed",
    "ShopCertificate",
    "lan_addresses",
    "make_certificate",
    "qr_png",
    "shop_certificate",
    "tls_available",
]


__getattr__, __dir__ = lazy_face(__name__, _SOURCES, __all__)
