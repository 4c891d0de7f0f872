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
