"""用手机盘点: the count screen opens a phone session and shows its address as a QR code.

The phone server (``mobile.PhoneHub``) is one per program window context; its scans arrive on
the server's thread and are handed to the GUI thread by a Qt signal, where the count screen
reloads as if the scan had been made there. Closing the dialog's session (or the count screen,
or posting the count) ends it: the phones' key gets nothing from then on."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import mobile

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error


class PhoneBridge(QObject):
    """Carries the hub's scans from its server thread to the GUI thread (a queued signal)."""

    scanned = Signal(object, object)  # count id, mobile.ScanOutcome


def hub_for(ctx: AppContext, **options: Any) -> tuple[Any, PhoneBridge]:
    """The context's phone hub and its bridge, made on first use (``options`` go to the hub then:
    tests bind 127.0.0.1 on any free port). The server stops when the application quits."""
    existing = getattr(ctx, "_phone_hub", None)
    if existing is not None:
        return existing
    bridge = PhoneBridge(ctx)
    options.setdefault("tls", mobile.tls_available())  # https: the phone's live camera needs it
    hub = mobile.PhoneHub(
        ctx.uow, on_scan=lambda session, outcome: bridge.scanned.emit(session.count_id, outcome), **options
    )
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(hub.close_all)
    ctx._phone_hub = (hub, bridge)  # type: ignore[attr-defined]
    return hub, bridge


class PhoneDialog(QDialog):
    """The QR code of the count page's address, the phones seen and the scans they sent."""

    def __init__(self, ctx: AppContext, count_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.count_id = count_id
        self.hub, self.bridge = hub_for(ctx)
        self.session = None
        self.setWindowTitle(tr("Count with a phone"))
        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(300, 300)
        self.help_label = QLabel(
            tr(
                "Scan this code with the phone's camera; the phone must be on the same Wi-Fi as this PC. "
                "Several phones may count at once. Scans appear in the count screen as they arrive; "
                "posting stays here."
            ),
            self,
        )
        self.help_label.setWordWrap(True)
        self.address_combo = QComboBox(self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setReadOnly(True)
        self.secure_label = QLabel(self)
        self.secure_label.setWordWrap(True)
        self.status_label = QLabel(self)
        buttons = QDialogButtonBox(self)
        self.end_button = buttons.addButton(tr("End the phone session"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.hide_button = buttons.addButton(tr("Hide"), QDialogButtonBox.ButtonRole.RejectRole)
        self.end_button.clicked.connect(self.end_session)
        self.hide_button.clicked.connect(self.hide)
        form = QFormLayout()
        form.addRow(tr("PC address"), self.address_combo)
        form.addRow(tr("Page"), self.url_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.help_label)
        layout.addLayout(form)
        layout.addWidget(self.secure_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.address_combo.currentIndexChanged.connect(lambda _i: self._show_code())
        self.bridge.scanned.connect(self._on_scanned)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._show_status)
        self._timer.start(2000)

    def start(self) -> bool:
        """Open (or reuse) the count's session; False with the error shown when it cannot."""
        try:
            self.session = self.hub.open_count(self.count_id)
        except Exception as exc:  # a UserError: not a draft, no permission, port taken
            show_error(self.parentWidget() or self, exc)
            return False
        host = self.hub.host
        addresses = [host] if host not in ("0.0.0.0", "") else mobile.lan_addresses()
        self.address_combo.blockSignals(True)
        self.address_combo.clear()
        self.address_combo.addItems(addresses)
        self.address_combo.blockSignals(False)
        self._show_code()
        self._show_status()
        self._show_security()
        return True

    def _show_security(self) -> None:
        certificate = self.hub.certificate
        if certificate is None:
            self.secure_label.setText(
                tr(
                    "Plain http: the phone cannot open its live camera here; it can take a photo of a "
                    "barcode, or type the code."
                )
            )
            return
        self.secure_label.setText(
            tr(
                "Secure page (https) with this shop's own certificate: the phone warns once that it does "
                "not know it. Check that it shows the fingerprint {fingerprint} and continue; then the "
                "Camera button scans live.",
                fingerprint=certificate.short_fingerprint(),
            )
        )

    @property
    def url(self) -> str:
        return self.hub.url(self.session, self.address_combo.currentText()) if self.session else ""

    def _show_code(self) -> None:
        if self.session is None:
            return
        url = self.url
        self.url_edit.setText(url)
        pixmap = QPixmap()
        pixmap.loadFromData(mobile.qr_png(url, scale=7))
        self.qr_label.setPixmap(pixmap)

    def _show_status(self) -> None:
        s = self.session
        if s is None:
            return
        if not s.alive():
            self.status_label.setText(tr("The phone session has ended."))
            self.qr_label.clear()
            self.end_button.setEnabled(False)
            return
        phones = ", ".join(sorted(s.phones)) or tr("none yet")
        self.status_label.setText(tr("Phones: {phones} · scans received: {n}", phones=phones, n=s.scans))

    def _on_scanned(self, count_id, _outcome) -> None:
        if count_id == self.count_id:
            self._show_status()

    def end_session(self) -> None:
        if self.session is not None:
            self.hub.close(self.session.key)
        self._show_status()
        self.hide()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
