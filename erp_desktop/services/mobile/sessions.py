"""Phone sessions (移动扫码盘点): count a stock count from a phone on the shop's Wi-Fi.

The desktop program opens a session for a draft count: a small web server (bottle, a WSGI
framework in one file, served by the standard library's threaded WSGI server) listens on the
local network and one page is served under a one-time key, ``http://<pc>:<port>/c/<key>``. The
desktop shows that address as a QR code; the clerk scans it with the phone's camera and counts.

- Every URL carries the key; an unknown key, an expired session (idle longer than ``ttl``) or a
  closed one gets ``403`` and nothing else — not the page, not its script, not the count.
- A scan posts ``{id, bin, text, qty}``; ``text`` is what the desktop count screen takes
  (``6901234567890``, ``3*6901234567890``) and goes through ``inventory.scan_count`` as if typed
  there, so unknown codes are kept in the count's list and a product scanned twice counts two.
- Each scan carries an id made on the phone. The session keeps the answer of every id it has
  applied and gives a repeat the same answer without booking it again: a phone that lost the
  Wi-Fi after sending (the answer never came back) sends again and nothing is counted twice.
  Scans are applied one at a time per session (a lock), so two phones on one count, or a repeat
  racing its original, never interleave. The ids are kept in the shop file too
  (``stock_count_scan``, in the transaction that books the scan) and the session's key with them
  (``local_state``), so after the desktop program was closed or crashed and the count is opened for
  phones again, the phone's page (same address) sends what it still holds and nothing is counted
  twice. The key is forgotten when the owner closes the session or the count is no longer a draft.
- The camera: browsers open a live camera only on https or localhost, so with ``tls`` the page
  is served over https with this shop file's own self-signed certificate (``tls.py``: the phone
  warns once, the desktop shows the fingerprint to compare) and its Camera button scans live;
  the QR code then carries the https address. A phone that opens the same address with
  ``http://`` (typed, or an old QR code) is redirected to it: the server reads each connection's
  first byte (a TLS ClientHello starts with 0x16) and answers plain http on the same port with
  301 (GET/HEAD) or 308 (POST) to ``https://`` the same host, port, path and key. Without TLS (no ``cryptography``) the page offers
  "photo of a barcode" (the phone's own camera app takes it; ``BarcodeDetector`` or the bundled
  ZXing decodes it). Typed codes and Bluetooth scanners (keyboard wedge) work either way.
- Posting stays on the desktop. The session ends when the owner closes it or the count is no
  longer a draft (posted or cancelled: the next request finds that and closes the session).
- A goods receipt or a transfer is scanned the same way (``open_form``), but it lives in its
  desktop form until posted, so the scans go there: the server parses the text (``3*code``),
  finds the product (None: an unknown code) and hands a ``FormScan`` to the form's ``submit``,
  which answers with a future the desktop fills on its own thread. The scan id is kept with the
  answer (a repeat gets it again, nothing booked twice); while the answer is still coming the id
  is kept with its future, so a phone that gave up waiting and sends again waits for the same
  answer instead of adding the scan a second time. No bins on the page: the form's bins apply.
"""

from __future__ import annotations

import concurrent.futures
import gzip
import json
import logging
import re
import secrets
import socket
import ssl
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import bottle

from erp_desktop.config import resources_dir
from erp_desktop.errors import ConcurrencyError, InvalidTransition, UserError, ValidationError
from erp_desktop.i18n import N_, tr
from erp_desktop.models.system import LocalState
from erp_desktop.services.inventory import counts
from erp_desktop.services.masterdata.lookups import find_product
from erp_desktop.services.system import auth
from erp_desktop.services.system.auth import Perm
from erp_desktop.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765  # fixed, so a firewall rule made once keeps working; 0 = any free port
DEFAULT_TTL = 8 * 3600  # seconds a session may sit idle before it expires
MAX_BATCH = 500  # scans in one request (a phone that was offline a long time sends in chunks)
MAX_BODY = 256 * 1024
FORM_WAIT = 8.0  # seconds a phone's scan waits for the desktop form to take it (then: sent again)
FORM_KINDS = ("receipt", "transfer")

# the page's words, translated on the server in the program's language
PAGE_TEXTS = {
    "title": N_("Count with a phone"),
    "bin": N_("Bin"),
    "code": N_("Barcode or code (3*code counts three)"),
    "qty": N_("Qty"),
    "add": N_("Add"),
    "camera": N_("Camera"),
    "photo": N_("Photo of a barcode"),
    "stop": N_("Stop camera"),
    "pending": N_("{n} scans waiting to be sent"),
    "offline": N_("No connection: scans are kept on this phone and sent when it is back."),
    "closed": N_("This counting session is closed. Scans not sent are kept on this phone."),
    "unknown": N_("Unknown code {code}: kept in the count's list, not counted."),
    "counted": N_("{label}: +{added} → counted {counted}"),
    "waiting": N_("waiting to be sent"),
    "no_code": N_("No barcode found in the photo. Try again closer, or type the code."),
    "no_camera": N_("The camera cannot be opened here; take a photo of the barcode or type the code."),
    "here": N_("Count it here"),
    "switch": N_("Switch to {bin}"),
    "skip": N_("Do not count"),
    "phone": N_("Mobile phone"),
    "sent": N_("sent"),
    "repeat": N_("already counted (sent again)"),
}


# a form session's words where they differ from a count's
FORM_PAGE_TEXTS = {
    "title": N_("Scan with a phone"),
    "closed": N_("This phone session is closed. Scans not sent are kept on this phone."),
    "repeat": N_("already taken (sent again)"),
}


class SessionClosed(UserError):
    """The key is unknown, or its session expired or was closed."""


@dataclass(frozen=True)
class ScanOutcome:
    """The answer to one phone scan, kept per scan id and sent back again on a repeat."""

    id: str
    status: str  # ok | unknown | error | confirm
    message: str
    label: str = ""
    code: str = ""
    added: str = ""
    counted: str = ""
    other_bin: str = ""  # confirm: the bin of this count the product is booked in ("" none)
    other_bin_code: str = ""
    phone: str = ""  # the name the phone's page gave itself ("手机-3F2A")

    def as_json(self, repeat: bool = False) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items()}
        data["repeat"] = repeat
        return data


@dataclass(frozen=True)
class FormScan:
    """A phone's scan for a desktop form (a goods receipt, a transfer), read on the server: the
    quantity (``3*code`` is three, the page's quantity box overrides) and the product of the code
    (``product`` None: nobody has that code or barcode)."""

    id: str
    text: str
    code: str
    qty: Decimal
    product: Any  # masterdata.ProductBrief | None
    phone: str = ""


@dataclass
class PhoneSession:
    """``count_id`` is the count's id, or for a form session (``kind`` receipt / transfer) the
    form's own id; ``submit`` then takes the form's scans."""

    key: str
    count_id: uuid.UUID
    number: str
    ttl: float
    kind: str = "count"
    title: str = ""
    submit: Callable[[FormScan], concurrent.futures.Future] | None = None
    pending: dict[str, concurrent.futures.Future] = field(default_factory=dict)
    opened_at: float = field(default_factory=time.monotonic)
    last_seen: float = field(default_factory=time.monotonic)
    closed: bool = False
    applied: dict[str, ScanOutcome] = field(default_factory=dict)
    phones: dict[str, float] = field(default_factory=dict)  # phone name → last request
    lock: threading.Lock = field(default_factory=threading.Lock)
    kept_at: float = 0.0  # when the key's last use was written to the file (wall clock)

    def alive(self, now: float | None = None) -> bool:
        return not self.closed and ((now or time.monotonic()) - self.last_seen) <= self.ttl

    @property
    def scans(self) -> int:
        return len(self.applied)


TLS_HANDSHAKE = 0x16  # the first byte of a TLS ClientHello (a handshake record)
FIRST_BYTE_WAIT = 10.0  # seconds a new connection may take to send its first byte


class _Server(ThreadingMixIn, WSGIServer):
    """The threaded WSGI server; with ``tls_context`` each connection's first byte is read
    (``MSG_PEEK``, in the connection's own thread) to tell a TLS ClientHello from plain http: TLS
    is wrapped and served, plain http reaches the app without ``HTTPS`` and is redirected there."""

    daemon_threads = True
    allow_reuse_address = True
    tls_context: ssl.SSLContext | None = None

    def finish_request(self, request: Any, client_address: Any) -> None:
        context = self.tls_context
        if context is None:
            super().finish_request(request, client_address)
            return
        request.settimeout(FIRST_BYTE_WAIT)
        first = request.recv(1, socket.MSG_PEEK)  # a timeout or reset: handle_error, connection closed
        if not first:
            return
        if first[0] != TLS_HANDSHAKE:
            request.settimeout(None)
            super().finish_request(request, client_address)  # plain http: the app redirects it
            return
        secure = context.wrap_socket(request, server_side=True)  # the handshake, in this thread
        try:
            secure.settimeout(None)
            super().finish_request(secure, client_address)
        finally:
            self.shutdown_request(secure)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a phone that refused the certificate, or a connection that never spoke: not our bug
        log.debug("phone connection from %s failed", client_address, exc_info=True)


class _QuietHandler(WSGIRequestHandler):
    def get_environ(self) -> dict[str, Any]:
        environ = super().get_environ()
        try:  # the address this connection reached (the PC's LAN address), for a redirect without Host
            environ["SERVER_ADDR"] = str(self.connection.getsockname()[0])
        except OSError:
            pass
        if isinstance(self.connection, ssl.SSLSocket):
            environ["HTTPS"] = "on"  # wsgiref's url_scheme: https
        return environ

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        log.debug("phone %s %s", self.address_string(), format % args)


_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$")


def https_location(environ: dict[str, Any], port: int) -> str:
    """The https address of a plain-http request: the same host (as the phone typed it), port,
    path and query — the key stays in the path."""
    host = str(environ.get("HTTP_HOST") or "").strip()
    if not _HOST.match(host):  # no Host (HTTP/1.0) or a strange one: the address it reached
        address = str(environ.get("SERVER_ADDR") or "127.0.0.1")
        host = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    raw = str(environ.get("PATH_INFO") or "/").encode("latin-1", "replace")  # wsgiref: the bytes as latin-1
    path = urllib.parse.quote(raw, safe="/:@!$&'()*+,;=-._~")
    query = str(environ.get("QUERY_STRING") or "")
    return f"https://{host}{path}" + (f"?{query}" if query else "")


def redirect_to_https(app: Callable[..., Any], port: Callable[[], int]) -> Callable[..., Any]:
    """A WSGI app that sends plain-http requests to their https address (301 for GET/HEAD, 308 —
    which keeps the method and body — for the rest) and passes https requests to ``app``."""

    def serve(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("wsgi.url_scheme") == "https":
            return app(environ, start_response)
        method = str(environ.get("REQUEST_METHOD") or "GET").upper()
        status = "301 Moved Permanently" if method in ("GET", "HEAD") else "308 Permanent Redirect"
        location = https_location(environ, port())
        body = b"" if method == "HEAD" else f'<a href="{bottle.html_escape(location)}">https</a>\n'.encode()
        start_response(
            status,
            [
                ("Location", location),
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Cache-Control", "no-store"),
                ("Referrer-Policy", "no-referrer"),
            ],
        )
        return [body]

    return serve


def _q(value: Decimal) -> str:
    return f"{value.normalize():f}"


class PhoneHub:
    """The phone web server and its sessions. One per desktop program; it starts listening when
    the first session opens and stops when the last one closes (``close``/``close_all``).

    ``on_scan(session, outcome)`` is called on the server's thread after every booked scan (the
    desktop turns it into a Qt signal and reloads the count screen)."""

    def __init__(
        self,
        uow: UnitOfWork,
        *,
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
        ttl: float = DEFAULT_TTL,
        on_scan: Callable[[PhoneSession, ScanOutcome], None] | None = None,
        tls: bool = False,
    ):
        self.uow = uow
        self.tls = tls  # serve https with the shop's own certificate (the phone's live camera needs it)
        self.certificate: Any = None  # tls.ShopCertificate while serving https
        self.host = host
        self.port = port
        self.ttl = ttl
        self.on_scan = on_scan
        self.sessions: dict[str, PhoneSession] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()
        self.app = self._make_app()

    # --- sessions --------------------------------------------------------------------------
    def open_count(self, count_id: uuid.UUID) -> PhoneSession:
        """A session for a draft count (an open one for the same count is reused) and the server
        started. Raises PermissionDenied, NotFound, InvalidTransition (not a draft), UserError (the
        port is taken)."""
        with self.uow.read() as tx:
            auth.require(tx, Perm.STOCK)
        detail = counts.get_count(self.uow, count_id)
        if detail.count.state != "draft":
            raise ValidationError(
                tr("Stock count {number} is not a draft: it cannot be counted.", number=detail.count.number)
            )
        with self._guard:
            for s in self.sessions.values():
                if s.count_id == count_id and s.alive():
                    return s
            # the key this count had before the program restarted: the phone's page keeps working
            key = self._kept_key(count_id)
            if key is None or (key in self.sessions and not self.sessions[key].alive()):
                key = secrets.token_urlsafe(18)
            session = PhoneSession(key, count_id, detail.count.number, self.ttl)
            self.sessions[session.key] = session
            self._keep_key(session)
            self._start()
            return session

    def open_form(
        self,
        form_id: uuid.UUID,
        *,
        kind: str,
        number: str,
        title: str,
        submit: Callable[[FormScan], concurrent.futures.Future],
    ) -> PhoneSession:
        """A session for a desktop form — ``kind`` receipt (a goods receipt of an order) or transfer
        — identified by ``form_id`` (an open one for the same form is reused), and the server
        started. Each scan goes to ``submit`` (called on the server's thread) and its answer is
        waited for. The key lives as long as the form: nothing is kept in the file. Raises
        PermissionDenied, ValidationError (another kind), UserError (the port is taken)."""
        if kind not in FORM_KINDS:
            raise ValidationError(tr("A phone cannot scan into a {kind}.", kind=kind))
        with self.uow.read() as tx:
            if not (kind == "receipt" and auth.may(tx, Perm.BUY)):
                auth.require(tx, Perm.STOCK)
        with self._guard:
            for s in self.sessions.values():
                if s.count_id == form_id and s.alive():
                    return s
            session = PhoneSession(
                secrets.token_urlsafe(18), form_id, number, self.ttl, kind=kind, title=title, submit=submit
            )
            self.sessions[session.key] = session
            self._start()
            return session

    # the key kept in the file (``local_state``), with when it was last used (wall clock)
    @staticmethod
    def _state_key(count_id: uuid.UUID) -> str:
        return f"phone_session:{count_id}"

    def _kept_key(self, count_id: uuid.UUID) -> str | None:
        with self.uow.read() as tx:
            row = tx.get(LocalState, self._state_key(count_id))
            try:
                kept = json.loads(row.value) if row is not None and row.value else None
            except ValueError:
                kept = None
        if not isinstance(kept, dict) or not kept.get("key"):
            return None
        if time.time() - float(kept.get("at") or 0) > self.ttl:
            return None  # idle longer than a session may be: a new key
        return str(kept["key"])

    def _keep_key(self, session: PhoneSession) -> None:
        session.kept_at = time.time()
        value = json.dumps({"key": session.key, "at": session.kept_at})
        with self.uow.write() as tx:
            row = tx.get(LocalState, self._state_key(session.count_id))
            if row is None:
                tx.add(LocalState(key=self._state_key(session.count_id), value=value))
            else:
                row.value = value

    def _forget_key(self, session: PhoneSession) -> None:
        try:
            with self.uow.write() as tx:
                row = tx.get(LocalState, self._state_key(session.count_id))
                if row is not None and json.loads(row.value or "{}").get("key") == session.key:
                    tx.delete(row)
        except (UserError, ValueError):  # busy file or a damaged value: the key expires by itself
            log.warning("could not forget the phone session key of count %s", session.count_id)

    def close(self, key: str) -> None:
        """End a session: its key gets 403 from now on. The server stops with the last one."""
        with self._guard:
            session = self.sessions.get(key)
            if session is not None:
                session.closed = True
                if session.submit is None:
                    self._forget_key(session)
            if not any(s.alive() for s in self.sessions.values()):
                self._stop()

    def close_all(self) -> None:
        """The program is closing: stop serving. The sessions' keys stay kept (see ``open_count``)."""
        with self._guard:
            for s in self.sessions.values():
                s.closed = True
            self._stop()

    def session_for(self, count_id: uuid.UUID) -> PhoneSession | None:
        return next((s for s in self.sessions.values() if s.count_id == count_id and s.alive()), None)

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def bound_port(self) -> int:
        return self._server.server_address[1] if self._server is not None else self.port

    @property
    def scheme(self) -> str:
        return "https" if self.certificate is not None else "http"

    def url(self, session: PhoneSession, address: str) -> str:
        return f"{self.scheme}://{address}:{self.bound_port}/c/{session.key}"

    def _start(self) -> None:
        if self._server is not None:
            return
        context = self._tls_context() if self.tls else None
        # with TLS, plain http on the same port (typed, or an old QR code) is sent to https
        app = redirect_to_https(self.app, lambda: self.bound_port) if context is not None else self.app
        try:
            try:
                server = make_server(self.host, self.port, app, server_class=_Server, handler_class=_QuietHandler)
            except OSError:
                if not self.port:
                    raise
                # the usual port is taken (another copy of the program?): any free one will do,
                # the QR code carries it
                server = make_server(self.host, 0, app, server_class=_Server, handler_class=_QuietHandler)
        except OSError as exc:
            raise UserError(
                tr(
                    "The phone server cannot listen on port {port}: {error}. Close the program using it and try again.",
                    port=self.port,
                    error=exc.strerror or exc,
                )
            ) from exc
        server.tls_context = context  # the handshake happens in the connection's thread, not the accepting one
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="phone-server", daemon=True
        )
        self._thread.start()

    def _tls_context(self) -> Any:
        """The shop's certificate for the addresses a phone may use, as a server context."""
        from erp_desktop.services.mobile import tls
        from erp_desktop.services.system.company import load_company_tx

        with self.uow.read() as tx:
            shop_name = load_company_tx(tx).name
        addresses = lan_addresses() if self.host in ("0.0.0.0", "") else [self.host]
        self.certificate = tls.shop_certificate(self.uow, addresses, shop_name=shop_name)
        return tls.server_context(self.certificate)

    def _stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        self.certificate = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def _session(self, key: str) -> PhoneSession:
        session = self.sessions.get(key)
        now = time.monotonic()
        if session is None or not session.alive(now):
            raise SessionClosed(tr("This counting session is closed."))
        session.last_seen = now
        return session

    def _still_draft(self, session: PhoneSession) -> counts.CountRow | None:
        """The count's head (a few small queries, not its lines); raises SessionClosed — and ends
        the session — once it is posted or cancelled on the desktop. A form session: its own
        flag (the form closes the session when it posts or closes); None."""
        if session.submit is not None:
            if session.closed:
                raise SessionClosed(tr("This counting session is closed."))
            return None
        row = counts.find_count(self.uow, str(session.count_id))
        if row.state != "draft":
            session.closed = True
            self._forget_key(session)
            raise SessionClosed(tr("Stock count {number} is {state}.", number=session.number, state=row.state_label))
        return row

    # --- scans -----------------------------------------------------------------------------
    def apply(self, session: PhoneSession, scan: dict[str, Any], phone: str = "") -> tuple[ScanOutcome, bool]:
        """Book one phone scan unless its id was applied before: (outcome, repeat). Raises
        ConcurrencyError (the shop file is busy: the phone keeps the scan and sends it again),
        SessionClosed (closed, or the count posted, meanwhile: nothing booked)."""
        scan_id = str(scan.get("id") or "").strip()[:64]
        if not scan_id:
            raise ValidationError(tr("A scan without an id cannot be counted safely."))
        if session.submit is not None:
            return self._apply_form(session, scan_id, scan, phone)
        with session.lock:
            if session.closed:
                raise SessionClosed(tr("This counting session is closed."))
            done = session.applied.get(scan_id)
            if done is not None:
                return done, True
            booked, repeat = self._book(session, scan_id, scan)
            outcome = replace(booked, phone=phone)
            session.applied[scan_id] = outcome
            if time.time() - session.kept_at > 60:  # the key's last use, for its expiry after a restart
                self._keep_key(session)
        if repeat:  # booked before the program restarted: answered from the file, not counted again
            return outcome, True
        if outcome.status in ("ok", "unknown") and self.on_scan is not None:
            try:
                self.on_scan(session, outcome)
            except Exception:  # the desktop's refresh must never fail a phone's scan
                log.exception("phone scan callback failed")
        return outcome, False

    def _apply_form(
        self, session: PhoneSession, scan_id: str, scan: dict[str, Any], phone: str
    ) -> tuple[ScanOutcome, bool]:
        """A form session's scan: read, handed to the form and its answer waited for (one at a
        time per session). Raises ConcurrencyError (the desktop did not answer in time: the phone
        sends it again and waits for the same answer), SessionClosed."""
        assert session.submit is not None
        with session.lock:
            if session.closed:
                raise SessionClosed(tr("This counting session is closed."))
            done = session.applied.get(scan_id)
            if done is not None:
                return done, True
            future = session.pending.get(scan_id)
            if future is None:
                text = str(scan.get("text") or "")[:200]
                try:
                    box = Decimal(str(scan["qty"])) if scan.get("qty") not in (None, "") else None
                    amount, code = counts.parse_scan(text, box)
                except ArithmeticError:
                    return self._answered(
                        session, ScanOutcome(scan_id, "error", tr("{text} is not a number.", text=scan["qty"]))
                    )
                except ValidationError as exc:
                    return self._answered(session, ScanOutcome(scan_id, "error", exc.message, code=text, phone=phone))
                future = session.submit(FormScan(scan_id, text, code, amount, find_product(self.uow, code), phone))
                session.pending[scan_id] = future
            try:
                answer = future.result(timeout=FORM_WAIT)
            except concurrent.futures.TimeoutError:
                raise ConcurrencyError(tr("The PC has not taken the scan yet; it is sent again."))
            except SessionClosed:
                session.closed = True
                raise
            except UserError as exc:
                answer = ScanOutcome(scan_id, "error", exc.message, code=str(scan.get("text") or ""))
            finally:
                if future.done():
                    session.pending.pop(scan_id, None)
            return self._answered(session, replace(answer, id=scan_id, phone=phone))

    @staticmethod
    def _answered(session: PhoneSession, outcome: ScanOutcome) -> tuple[ScanOutcome, bool]:
        session.applied[outcome.id] = outcome
        return outcome, False

    def _book(self, session: PhoneSession, scan_id: str, scan: dict[str, Any]) -> tuple[ScanOutcome, bool]:
        """(outcome, repeat): repeat when the file says this scan id was booked before."""
        text = str(scan.get("text") or "")[:200]
        try:
            bin_id = uuid.UUID(str(scan.get("bin")))
        except ValueError:
            return ScanOutcome(scan_id, "error", tr("Choose a bin first."), code=text), False
        qty = None
        if scan.get("qty") not in (None, ""):
            try:
                qty = Decimal(str(scan["qty"]))
            except ArithmeticError:
                return ScanOutcome(scan_id, "error", tr("{text} is not a number.", text=scan["qty"]), code=text), False
        acknowledged = frozenset({counts.OTHER_BIN}) if scan.get("here") else frozenset()
        try:
            result, repeat = counts.scan_once(
                self.uow, session.count_id, scan_id, bin_id, text, qty, acknowledged=acknowledged
            )
        except counts.ShelvedElsewhere as exc:
            target = next((b for b in exc.bins if b[0] in exc.in_count), None)
            return ScanOutcome(
                scan_id,
                "confirm",
                exc.message,
                code=text,
                other_bin=str(target[0]) if target else "",
                other_bin_code=target[1] if target else "",
            ), False
        except InvalidTransition:  # posted or cancelled between the check and this scan
            session.closed = True
            raise SessionClosed(tr("This counting session is closed."))
        except ConcurrencyError:
            raise
        except UserError as exc:
            return ScanOutcome(scan_id, "error", exc.message, code=text), False
        added, counted = _q(result.qty_added), _q(result.counted_qty)
        if not result.known:
            return ScanOutcome(
                scan_id,
                "unknown",
                tr("Unknown code {code}: kept in the count's list, not counted.", code=result.code),
                code=result.code,
                added=added,
                counted=counted,
            ), repeat
        return ScanOutcome(
            scan_id,
            "ok",
            tr("{label}: +{added} → counted {counted}", label=result.label, added=added, counted=counted),
            label=result.label,
            code=result.code,
            added=added,
            counted=counted,
        ), repeat

    # --- the web app -----------------------------------------------------------------------
    def _make_app(self) -> bottle.Bottle:
        app = bottle.Bottle(catchall=True)
        page_dir = resources_dir() / "phone"

        def refuse(message: str = "") -> bottle.HTTPResponse:
            return bottle.HTTPResponse(
                status=403,
                body=json.dumps({"error": message or "forbidden"}),
                headers={"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"},
            )

        def session_or_403(key: str) -> PhoneSession:
            try:
                return self._session(key)
            except SessionClosed as exc:
                raise refuse(exc.message)

        def phone_name() -> str:
            return urllib.parse.unquote(bottle.request.get_header("X-Phone") or "").strip()[:40]

        def seen(session: PhoneSession) -> None:
            phone = phone_name()
            if phone:
                session.phones[phone] = time.time()

        @app.get("/c/<key>")
        def page(key: str) -> Any:
            session = session_or_403(key)
            html = (page_dir / "count.html").read_text("utf-8")
            texts = {k: tr(v) for k, v in PAGE_TEXTS.items()}
            if session.submit is not None:  # a receipt or a transfer: not a count
                texts.update({k: tr(v) for k, v in FORM_PAGE_TEXTS.items()})
            html = (
                html.replace("/*TEXTS*/{}", json.dumps(texts, ensure_ascii=False).replace("</", "<\\/"))
                .replace("__NUMBER__", bottle.html_escape(session.number))
                .replace("__BASE__", f"/c/{key}")
            )
            bottle.response.set_header("Cache-Control", "no-store")
            bottle.response.set_header("Referrer-Policy", "no-referrer")  # the key stays off other sites
            bottle.response.content_type = "text/html; charset=utf-8"
            return html

        @app.get("/c/<key>/<name:re:(phone\\.js|zxing\\.min\\.js)>")
        def asset(key: str, name: str) -> Any:
            session_or_403(key)
            return _static(page_dir / name)

        @app.get("/c/<key>/state")
        def state(key: str) -> Any:
            session = session_or_403(key)
            seen(session)
            try:
                self._still_draft(session)
            except SessionClosed as exc:
                raise refuse(exc.message)
            bottle.response.set_header("Cache-Control", "no-store")
            if session.submit is not None:  # a form: its own bins, nothing to choose on the phone
                return {
                    "number": session.number,
                    "warehouse": session.title,
                    "scope": session.kind,
                    "bins": [],
                    "lines": 0,
                    "counted": session.scans,
                    "unknown": 0,
                }
            detail = counts.get_count(self.uow, session.count_id)
            c = detail.count
            bottle.response.set_header("Cache-Control", "no-store")
            return {
                "number": c.number,
                "warehouse": c.warehouse_name,
                "scope": c.scope,
                "bins": [{"id": str(b.id), "code": b.code, "name": b.name} for b in detail.bins],
                "lines": len(detail.lines),
                "counted": c.counted_count,
                "unknown": len(detail.unknown),
            }

        @app.post("/c/<key>/scans")
        def scans(key: str) -> Any:
            session = session_or_403(key)
            seen(session)
            try:
                self._still_draft(session)
            except SessionClosed as exc:
                raise refuse(exc.message)
            if (bottle.request.content_length or 0) > MAX_BODY:
                raise bottle.HTTPError(413, "too large")
            try:
                body = json.loads(bottle.request.body.read() or b"{}")
                items = list(body.get("scans") or [])[:MAX_BATCH]
            except (ValueError, AttributeError, TypeError):
                raise bottle.HTTPError(400, "bad request")
            results = []
            phone = phone_name()
            for item in items:
                if not isinstance(item, dict):
                    continue
                try:
                    outcome, repeat = self.apply(session, item, phone)
                except SessionClosed as exc:
                    raise refuse(exc.message)
                except ConcurrencyError as exc:  # busy: not applied, the phone sends it again
                    results.append({"id": str(item.get("id")), "status": "retry", "message": exc.message})
                    continue
                except ValidationError as exc:
                    results.append({"id": str(item.get("id")), "status": "error", "message": exc.message})
                    continue
                results.append(outcome.as_json(repeat))
            bottle.response.set_header("Cache-Control", "no-store")
            return {"results": results}

        @app.error(404)
        @app.error(405)
        def not_found(_err: Any) -> str:
            bottle.response.status = 403
            return ""

        return app


def _static(path: Path) -> Any:
    """A bundled file, gzipped when the phone takes it (the decoder: 360 kB → 110 kB)."""
    accepts = "gzip" in (bottle.request.get_header("Accept-Encoding") or "")
    gz = path.with_name(path.name + ".gz")
    headers = {"Cache-Control": "private, max-age=86400"}
    content_type = "application/javascript; charset=utf-8"
    if accepts and gz.exists():
        data = gz.read_bytes()
        headers["Content-Encoding"] = "gzip"
    elif accepts:
        data = gzip.compress(path.read_bytes(), 6)
        headers["Content-Encoding"] = "gzip"
    else:
        data = path.read_bytes()
    headers["Vary"] = "Accept-Encoding"
    return bottle.HTTPResponse(body=data, status=200, headers={"Content-Type": content_type, **headers})


def lan_addresses() -> list[str]:
    """This PC's IPv4 addresses a phone on the same Wi-Fi can reach, most likely first
    (private ranges before others); 127.0.0.1 only when there is nothing else."""
    found: list[str] = []
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    try:  # the address of the default route; a UDP "connect" sends no packet
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never reached, only routed
            found.insert(0, s.getsockname()[0])
    except OSError:
        pass
    unique = [a for i, a in enumerate(found) if a not in found[:i] and not a.startswith("127.")]

    def rank(address: str) -> int:
        return 0 if address.startswith(("192.168.", "10.")) or address.startswith("172.") else 1

    return sorted(unique, key=rank) or ["127.0.0.1"]


def qr_png(text: str, scale: int = 8) -> bytes:
    """A QR code of ``text`` as PNG bytes (segno, pure Python)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=3)
    return buffer.getvalue()
