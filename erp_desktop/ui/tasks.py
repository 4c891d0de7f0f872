"""Background work in two shapes (as Anki does): ``run_query`` for reads on a pool,
``run_write`` for writes on one worker (SQLite has one writer). ``fn`` calls a service and never
touches widgets; its result comes back to the GUI thread by a queued signal. Tests use
``SyncRunner``, which runs everything at once on the calling thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs service calls off the GUI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run_query(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self._start(self._reads, fn, on_done, on_error)

    def run_write(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self._start(self._writes, fn, on_done, on_error)

    def _start(self, pool: QThreadPool, fn, on_done, on_error) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback, value):
            self._relays.discard(relay)
            relay.deleteLater()
            if callback is not None:
                callback(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        relay.succeeded.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)


class SyncRunner(QObject):
    """Runs at once on the calling thread (tests)."""

    def run_query(self, fn, on_done: Done, on_error: Failed | None = None) -> None:
        self._run(fn, on_done, on_error)

    run_write = run_query

    def _run(self, fn, on_done, on_error) -> None:
        try:
            result = fn()
        except BaseException as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True


# --- long work with a progress window ---------------------------------------------------------
class Cancelled(Exception):
    """The user cancelled a long task (raised by ``Progress.report`` in the worker)."""


class _ProgressRelay(QObject):
    moved = Signal(int, int, str)
    finished = Signal()


class Progress:
    """Handed to the long task: ``report(done, total, text)`` moves the bar (and raises
    ``Cancelled`` once the user has cancelled, so the task stops at a safe point)."""

    def __init__(self, relay: _ProgressRelay, cancel_event):
        self._relay = relay
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._relay.moved.emit(int(done), int(total), text)

    __call__ = report


def run_with_progress(
    parent,
    title: str,
    fn: Callable[[Progress], Any],
    *,
    label: str = "",
    cancellable: bool = False,
) -> Any:
    """Run ``fn(progress)`` on a worker thread while a progress window shows how far it is
    (with a Cancel button when ``cancellable`` — only for work that is safe to stop, such as
    checks before one transaction). Returns what ``fn`` returns; re-raises what it raised
    (``Cancelled`` when the user cancelled). The GUI stays responsive meanwhile."""
    import threading

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QProgressDialog

    relay = _ProgressRelay()
    cancel_event = threading.Event()
    outcome: dict[str, Any] = {}
    dialog = QProgressDialog(label or title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    if cancellable:
        from erp_desktop.i18n import tr

        dialog.setCancelButtonText(tr("Cancel"))
        dialog.canceled.connect(cancel_event.set)
    else:
        dialog.setCancelButton(None)

    def moved(done: int, total: int, text: str) -> None:
        if cancellable and dialog.wasCanceled():
            cancel_event.set()
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    relay.moved.connect(moved)
    loop = QEventLoop()
    relay.finished.connect(loop.quit)

    def work() -> None:
        try:
            outcome["result"] = fn(Progress(relay, cancel_event))
        except BaseException as exc:  # handed back to the GUI thread
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    dialog.show()
    thread = threading.Thread(target=work, name="erp-long-task", daemon=True)
    thread.start()
    loop.exec()  # ``finished`` is queued to this thread: it always arrives inside the loop
    thread.join()
    dialog.close()
    dialog.deleteLater()
    relay.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
