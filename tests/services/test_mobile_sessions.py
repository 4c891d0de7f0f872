"""Phone sessions: the served page and its API over real HTTP — keys, repeats, closing, counts."""

from __future__ import annotations

import threading
import time
import uuid
from decimal import Decimal

import pytest

from erp_desktop.services import mobile
from erp_desktop.services.inventory import counts as stock_counts
from tests.support.phone import call, counted, phone_shop, unknown_codes

D = Decimal


@pytest.fixture
def shop(uow):
    return phone_shop(uow)


@pytest.fixture
def hub(uow):
    seen = []
    hub = mobile.PhoneHub(uow, host="127.0.0.1", port=0, on_scan=lambda s, o: seen.append(o))
    hub.seen = seen
    yield hub
    hub.close_all()


def scan(text, bin_id, **extra):
    return {"id": str(uuid.uuid4()), "bin": str(bin_id), "text": text, **extra}


def test_page_and_scans_counted_once_per_id(uow, shop, hub):
    session = hub.open_count(shop["count"])
    base = hub.url(session, "127.0.0.1")
    status, html = call(base)
    assert status == 200 and "phone.js" in html and session.number in html
    status, js = call(base + "/phone.js")
    assert status == 200 and "BarcodeDetector" in js
    status, state = call(base + "/state")
    assert status == 200 and [b["code"] for b in state["bins"]] == ["A-01", "A-02"]

    first = scan("6901234567892", shop["a1"])
    batch = [first, scan("3*6900000000001", shop["a1"]), scan("6901234567892", shop["a1"]), scan("NOPE-1", shop["a1"])]
    status, body = call(base + "/scans", {"scans": batch})
    assert status == 200
    results = body["results"]
    assert [r["status"] for r in results] == ["ok", "ok", "ok", "unknown"]
    assert results[0]["counted"] == "1" and results[2]["counted"] == "2"  # the same barcode twice counts two
    assert results[1]["added"] == "3" and "Cup" in results[1]["message"]
    assert "NOPE-1" in results[3]["message"]
    # the phone lost the answer and sends the same scans again: nothing more is counted
    status, again = call(base + "/scans", {"scans": batch})
    assert [r["repeat"] for r in again["results"]] == [True] * 4
    assert counted(uow, shop["count"]) == {(shop["tea"], shop["a1"]): D(2), (shop["cup"], shop["a1"]): D(3)}
    assert unknown_codes(uow, shop["count"]) == [("NOPE-1", 1)]
    assert len(hub.seen) == 4  # the desktop was told of each booked scan once
    assert "P1" in session.phones


def test_wrong_key_and_closed_session_get_nothing(uow, shop, hub):
    session = hub.open_count(shop["count"])
    port = hub.bound_port
    for path in (f"/c/{'x' * 24}", f"/c/{'x' * 24}/phone.js", f"/c/{'x' * 24}/state", "/", "/c/"):
        status, body = call(f"http://127.0.0.1:{port}{path}")
        assert status == 403, path
        assert "Count" not in body and "SC-" not in body
    status, _ = call(f"http://127.0.0.1:{port}/c/{'x' * 24}/scans", {"scans": [scan("6901234567892", shop["a1"])]})
    assert status == 403
    assert counted(uow, shop["count"]) == {}
    hub.close(session.key)
    assert not hub.running  # the last session closed: the server stops listening
    second = hub.open_count(shop["count"])
    assert second.key != session.key
    status, _ = call(f"http://127.0.0.1:{hub.bound_port}/c/{session.key}")
    assert status == 403  # the old key stays dead


def test_expired_session_refused(uow, shop):
    hub = mobile.PhoneHub(uow, host="127.0.0.1", port=0, ttl=0.0)
    try:
        session = hub.open_count(shop["count"])
        time.sleep(0.05)
        status, _ = call(hub.url(session, "127.0.0.1") + "/state")
        assert status == 403
    finally:
        hub.close_all()


def test_posting_on_the_desktop_ends_the_session(uow, shop, hub):
    session = hub.open_count(shop["count"])
    base = hub.url(session, "127.0.0.1")
    status, _ = call(base + "/scans", {"scans": [scan("6901234567892", shop["a1"], qty="10")]})
    assert status == 200
    stock_counts.post_count(uow, shop["count"])
    status, _ = call(base + "/scans", {"scans": [scan("6901234567892", shop["a1"])]})
    assert status == 403
    assert counted(uow, shop["count"]) == {(shop["tea"], shop["a1"]): D(10)}
    with pytest.raises(Exception, match="not a draft"):
        hub.open_count(shop["count"])


def test_shelved_elsewhere_asks_and_bad_input_is_an_error(uow, shop, hub):
    session = hub.open_count(shop["count"])
    base = hub.url(session, "127.0.0.1")
    status, body = call(
        base + "/scans",
        {"scans": [scan("6901234567892", shop["a2"]), scan("x*6901234567892", shop["a1"]), scan("CUP", "nobin")]},
    )
    ask, bad_qty, no_bin = body["results"]
    assert ask["status"] == "confirm" and ask["other_bin"] == str(shop["a1"]) and ask["other_bin_code"] == "A-01"
    assert bad_qty["status"] == "error" and "quantity" in bad_qty["message"]
    assert no_bin["status"] == "error"
    assert counted(uow, shop["count"]) == {}
    status, body = call(base + "/scans", {"scans": [scan("6901234567892", shop["a2"], here=True)]})
    assert body["results"][0]["status"] == "ok"
    assert counted(uow, shop["count"]) == {(shop["tea"], shop["a2"]): D(1)}


def test_two_phones_at_once_and_a_racing_repeat(uow, shop, hub):
    session = hub.open_count(shop["count"])
    base = hub.url(session, "127.0.0.1")
    same = scan("6901234567892", shop["a1"])
    batches = [[same] + [scan("6900000000001", shop["a1"]) for _ in range(5)] for _ in range(2)]
    threads = [threading.Thread(target=call, args=(base + "/scans", {"scans": b})) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # ten cups from two phones; the tea scan both sent (one id) once
    assert counted(uow, shop["count"]) == {(shop["tea"], shop["a1"]): D(1), (shop["cup"], shop["a1"]): D(10)}


def test_a_batch_sent_again_after_the_program_restarted_is_counted_once(uow, shop):
    """The desktop program is closed (or dies) after booking a batch whose answer the phone never
    got; started again, the count is opened for phones again: the same address works (the key is
    kept in the file) and the phone's batch, sent again, is answered as a repeat, not counted twice."""
    from erp_desktop.services.system.setup import open_shop

    first = mobile.PhoneHub(uow, host="127.0.0.1", port=0)
    session = first.open_count(shop["count"])
    batch = [scan("6901234567892", shop["a1"]), scan("2*6900000000001", shop["a1"]), scan("NOPE-2", shop["a1"])]
    status, body = call(first.url(session, "127.0.0.1") + "/scans", {"scans": batch})
    assert status == 200 and [r["repeat"] for r in body["results"]] == [False] * 3
    first.close_all()  # the program closes: the phone keeps the batch (its answer was lost)

    restarted = open_shop(uow.engine.url.database)  # a new process: nothing of the old one in memory
    seen = []
    again = mobile.PhoneHub(restarted, host="127.0.0.1", port=0, on_scan=lambda s, o: seen.append(o))
    try:
        reopened = again.open_count(shop["count"])
        assert reopened.key == session.key  # the phone's page (same address) goes on
        more = scan("6901234567892", shop["a1"])
        status, body = call(again.url(reopened, "127.0.0.1") + "/scans", {"scans": [*batch, more]})
        assert status == 200
        results = body["results"]
        assert [r["repeat"] for r in results] == [True, True, True, False]
        assert [r["status"] for r in results] == ["ok", "ok", "unknown", "ok"]
        assert results[1]["added"] == "2" and results[1]["counted"] == "2"  # the first answer, again
        assert counted(restarted, shop["count"]) == {(shop["tea"], shop["a1"]): D(2), (shop["cup"], shop["a1"]): D(2)}
        assert unknown_codes(restarted, shop["count"]) == [("NOPE-2", 1)]
        assert len(seen) == 1  # the desktop is told of the new scan only

        # the owner closes the session: the key is forgotten, yet the scan ids still are not counted twice
        again.close(reopened.key)
        fresh = again.open_count(shop["count"])
        assert fresh.key != session.key
        status, body = call(again.url(fresh, "127.0.0.1") + "/scans", {"scans": batch})
        assert [r["repeat"] for r in body["results"]] == [True] * 3
        assert counted(restarted, shop["count"]) == {(shop["tea"], shop["a1"]): D(2), (shop["cup"], shop["a1"]): D(2)}
    finally:
        again.close_all()
        restarted.engine.dispose()


def test_a_kept_key_expires_like_an_idle_session(uow, shop):
    first = mobile.PhoneHub(uow, host="127.0.0.1", port=0, ttl=0.0)
    session = first.open_count(shop["count"])
    first.close_all()
    later = mobile.PhoneHub(uow, host="127.0.0.1", port=0, ttl=0.0)
    try:
        time.sleep(0.05)
        assert later.open_count(shop["count"]).key != session.key
    finally:
        later.close_all()


def test_qr_code_png():
    png = mobile.qr_png("http://192.168.1.20:8765/c/abc")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 200


# --- a goods receipt or a transfer: the scans go to the desktop form --------------------------
class FakeForm:
    """A form that answers each scan when told to (``hold``: the desktop is busy)."""

    def __init__(self):
        import concurrent.futures

        self.futures = concurrent.futures
        self.got: list = []
        self.hold = False
        self.waiting: list = []

    def submit(self, scan):
        self.got.append(scan)
        future = self.futures.Future()
        if self.hold:
            self.waiting.append((scan, future))
        else:
            future.set_result(self.answer(scan))
        return future

    @staticmethod
    def answer(scan):
        if scan.product is None:
            return mobile.ScanOutcome(scan.id, "unknown", f"unknown {scan.code}", code=scan.code)
        return mobile.ScanOutcome(scan.id, "ok", f"{scan.product.label} +{scan.qty}", code=scan.code)


def test_a_form_session_hands_read_scans_to_the_form_once_per_id(uow, shop, hub):
    form = FakeForm()
    session = hub.open_form(uuid.uuid4(), kind="receipt", number="Receive PO-1", title="Tea Co", submit=form.submit)
    assert hub.open_form(session.count_id, kind="receipt", number="x", title="y", submit=form.submit) is session
    base = hub.url(session, "127.0.0.1")
    status, html = call(base)
    assert status == 200 and "This phone session is closed" in html and "This counting session" not in html
    status, state = call(base + "/state")
    assert (
        status == 200 and state["bins"] == [] and state["number"] == "Receive PO-1" and state["warehouse"] == "Tea Co"
    )
    batch = [scan("3*6900000000001", ""), scan("NOPE-9", ""), scan("6901234567892", "", qty="2"), scan("x*1", "")]
    status, body = call(base + "/scans", {"scans": batch})
    assert [r["status"] for r in body["results"]] == ["ok", "unknown", "ok", "error"]
    assert [(s.code, s.qty, s.product.code if s.product else None) for s in form.got] == [
        ("6900000000001", D(3), "CUP"),
        ("NOPE-9", D(1), None),
        ("6901234567892", D(2), "TEA"),  # the quantity box overrides
    ]
    assert "quantity before" in body["results"][3]["message"]
    assert all(r["phone"] == "P1" for r in body["results"])
    status, again = call(base + "/scans", {"scans": batch})  # the answers were lost: sent again
    assert [r["repeat"] for r in again["results"]] == [True] * 4 and len(form.got) == 3
    from erp_desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        hub.open_form(uuid.uuid4(), kind="count", number="", title="", submit=form.submit)
    hub.close(session.key)
    assert not hub.running


def test_a_form_that_answers_late_gets_the_scan_once(uow, shop, hub, monkeypatch):
    monkeypatch.setattr("erp_desktop.services.mobile.sessions.FORM_WAIT", 0.2)
    form = FakeForm()
    form.hold = True
    session = hub.open_form(uuid.uuid4(), kind="transfer", number="Transfer", title="MAIN", submit=form.submit)
    base = hub.url(session, "127.0.0.1")
    first = scan("6901234567892", "")
    status, body = call(base + "/scans", {"scans": [first]})
    assert body["results"][0]["status"] == "retry"  # not taken yet: the phone keeps it and sends again
    status, body = call(base + "/scans", {"scans": [first]})
    assert body["results"][0]["status"] == "retry" and len(form.got) == 1  # the same scan waits again
    waiting_scan, future = form.waiting.pop()
    future.set_result(form.answer(waiting_scan))  # the desktop took it meanwhile
    status, body = call(base + "/scans", {"scans": [first]})
    assert body["results"][0]["status"] == "ok" and len(form.got) == 1
    future_closed = form.futures.Future()
    future_closed.set_exception(mobile.SessionClosed("closed"))
    form.submit = lambda s: future_closed
    session.submit = form.submit
    status, _body = call(base + "/scans", {"scans": [scan("6900000000001", "")]})
    assert status == 403 and session.closed
