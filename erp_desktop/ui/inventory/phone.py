"""用手机盘点: the count screen opens a phone session and shows its address as a QR code.

The phone server (``mobile.PhoneHub``) is one per program window context; its scans arrive on
the server's thread and are handed to the GUI thread by a Qt signal, where the count screen
reloads as if the scan had been made there. Closing the dialog's session (or the count screen,
or posting the count) ends it: the phones' key gets nothing from then on.

A goods receipt or a transfer form scans with phones the same way (``FormPhone``): their lines
live in the form until posted, so each phone scan is handed to the form on the GUI thread (a
queued signal carrying a future the server thread waits on) and the form applies it as if scanned
there — the answer goes back to the phone. Posting or closing the form ends the session."""

from __future__ import annotations

import concurrent.futures
import logging
import uuid
from collections.abc import Callable
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

from ...errors import UserError
from ...i18n import tr
from ..context import AppContext
from ..errors import show_error

log = logging.getLogger(__name__)


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
    """The QR code of the count page's address, the phones seen and the scans they sent.
    ``opener`` (a form's phone session: ``FormPhone.open_session``) instead of a count."""

    def __init__(
        self,
        ctx: AppContext,
        count_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        opener: Callable[[], Any] | None = None,
        title: str = "",
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.count_id = count_id
        self.opener = opener
        self.hub, self.bridge = hub_for(ctx)
        self.session = None
        self.setWindowTitle(title or tr("Count with a phone"))
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
            self.session = self.opener() if self.opener is not None else self.hub.open_count(self.count_id)
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
        self.url_edit.setCursorPosition(0)  # the address's start (https://192.…) in view, not its end
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
        if count_id == self.count_id or (self.session is not None and count_id == self.session.count_id):
            self._show_status()

    def end_session(self) -> None:
        if self.session is not None:
            self.hub.close(self.session.key)
        self._show_status()
        self.hide()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)


class FormPhone(QObject):
    """Phone scanning into a desktop form (a goods receipt, a transfer). ``apply(scan)`` runs on
    the GUI thread for each ``mobile.FormScan`` and returns the ``mobile.ScanOutcome`` the phone
    shows (a UserError it raises becomes an error answer). Lives as the form's child: when the
    form goes, so does the session."""

    arrived = Signal(object, object)  # mobile.FormScan, concurrent.futures.Future

    def __init__(
        self,
        form: QWidget,
        ctx: AppContext,
        *,
        kind: str,
        describe: Callable[[], tuple[str, str]],
        apply: Callable[[Any], Any],
    ):
        super().__init__(form)
        self.form = form
        self.ctx = ctx
        self.kind = kind
        self.describe = describe  # (number, title) shown on the phone's page
        self.apply = apply
        self.form_id = uuid.uuid4()
        self.hub, _bridge = hub_for(ctx)
        self.dialog: PhoneDialog | None = None
        self.arrived.connect(self._on_arrived)  # queued: the server thread emits, the GUI applies
        hub, form_id = self.hub, self.form_id
        self.destroyed.connect(lambda _o=None: _end(hub, form_id))

    def open_session(self) -> Any:
        number, title = self.describe()
        return self.hub.open_form(self.form_id, kind=self.kind, number=number, title=title, submit=self.submit)

    def submit(self, scan: Any) -> concurrent.futures.Future:
        """Called on the server's thread: the scan goes to the GUI thread, the future comes back."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            self.arrived.emit(scan, future)
        except RuntimeError:  # the form is gone
            future.set_exception(mobile.SessionClosed(tr("This counting session is closed.")))
        return future

    def _on_arrived(self, scan: Any, future: concurrent.futures.Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(self.apply(scan))
        except UserError as exc:
            future.set_result(mobile.ScanOutcome(scan.id, "error", exc.message, code=scan.code))
        except Exception as exc:  # a bug: logged, the phone is told
            log.exception("a phone scan into a form failed")
            future.set_exception(exc)

    def show(self) -> PhoneDialog | None:
        """Open (or reuse) the form's session and show its QR code; None when it cannot open."""
        if self.dialog is None:
            self.dialog = PhoneDialog(
                self.ctx, self.form_id, self.form, opener=self.open_session, title=tr("Scan with a phone")
            )
            self.dialog.help_label.setText(
                tr(
                    "Scan this code with the phone's camera; the phone must be on the same Wi-Fi as this PC. "
                    "Several phones may scan at once. Scans appear in this form as they arrive; "
                    "posting stays here."
                )
            )
            # not 结束手机盘点: a receipt or a transfer is no count
            self.dialog.end_button.setText(tr("End phone scanning"))
        if not self.dialog.start():
            return None
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    @property
    def session(self) -> Any:
        return self.hub.session_for(self.form_id)

    def status_changed(self) -> None:
        if self.dialog is not None:
            self.dialog._show_status()

    def end(self) -> None:
        """Posted or closed: the phones' key gets nothing from now on."""
        _end(self.hub, self.form_id)
        if self.dialog is not None:
            self.dialog._show_status()
            self.dialog.hide()


def _end(hub: Any, form_id: uuid.UUID) -> None:
    session = hub.session_for(form_id)
    if session is not None:
        hub.close(session.key)
