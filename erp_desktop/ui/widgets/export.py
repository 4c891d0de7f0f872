"""Export any list to Excel: ask for a file, write it off the GUI thread with a cancellable
progress dialog, then say how many rows went where.

``export_rows`` is the general call; ``add_export_action`` gives a ``ListPage`` an
"Export to Excel…" action (Ctrl+E) that exports what the list shows (its search, sort and
filters), all rows, not only the loaded pages. File dialogs go through ``FileDialogs`` so tests
(and scripts) can answer them without a modal dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from erp_desktop.services.excel import Cancelled, XColumn, write_xlsx
from erp_desktop.services.paging import ListQuery

from ...i18n import tr
from ..errors import show_error
from ..table_models import Column

# list Column kinds → Excel column kinds
KIND_MAP = {
    "text": "text",
    "money": "money",
    "qty": "qty",
    "price": "price",
    "percent": "rate",
    "date": "date",
    "bool": "bool",
    "int": "int",
    "rate": "rate",
    "list": "list",
}
EXPORT_PAGE = 2000


class FileDialogs:
    """Asks the user for file names. Tests replace it (or set ``answers``) to skip the modal dialog."""

    def __init__(self, answers: Iterable[str | Path | None] | None = None):
        self.answers = list(answers) if answers is not None else None

    def _answer(self) -> Path | None:
        answer = self.answers.pop(0) if self.answers else None
        return Path(answer) if answer else None

    def save_xlsx(self, parent: QWidget | None, title: str, default_name: str) -> Path | None:
        if self.answers is not None:
            return self._answer()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path(folder) / default_name), tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def open_xlsx(self, parent: QWidget | None, title: str) -> Path | None:
        if self.answers is not None:
            return self._answer()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getOpenFileName(parent, title, folder, tr("Excel workbook (*.xlsx);;All files (*)"))
        return Path(name) if name else None


DIALOGS = FileDialogs()


def xcolumns_from(columns: Sequence[Column]) -> list[XColumn]:
    """Excel columns for a list's columns (money/qty/price/percent/date keep their kind)."""
    return [
        XColumn(c.key, c.title, KIND_MAP.get(c.kind, "text"), width=max(0, round(c.width / 7)) if c.width else 0)
        for c in columns
    ]


@dataclass
class ExportTask:
    """What an export did: the file, rows written, or the error (for callers and tests)."""

    path: Path | None = None
    count: int | None = None
    error: BaseException | None = None
    cancelled: bool = False
    message_box: QMessageBox | None = None
    progress: QProgressDialog | None = None


def export_rows(
    parent: QWidget | None,
    ctx,
    *,
    title: str,
    columns: Sequence[XColumn] | Sequence[Column],
    fetch_all: Callable[[], Iterable[Any]],
    default_name: str,
    path: str | Path | None = None,
    totals: bool = True,
    dialogs: FileDialogs | None = None,
    on_finished: Callable[[ExportTask], None] | None = None,
) -> ExportTask | None:
    """Export ``fetch_all()`` rows to an xlsx file chosen by the user (or ``path``).

    Runs in the background with a progress dialog whose Cancel stops the export (no file is left).
    Returns the task (filled in when it finishes), or None when the user chose no file."""
    xcolumns = [c if isinstance(c, XColumn) else xcolumns_from([c])[0] for c in columns]
    if not default_name.lower().endswith(".xlsx"):
        default_name += ".xlsx"
    target = (
        Path(path) if path is not None else (dialogs or DIALOGS).save_xlsx(parent, tr("Export to Excel"), default_name)
    )
    if target is None:
        return None
    task = ExportTask(path=target)
    cancel = threading.Event()
    written = [0]

    progress = QProgressDialog(tr("Exporting {title}…", title=title), tr("Cancel"), 0, 0, parent)
    progress.setWindowTitle(tr("Export to Excel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setMinimumWidth(360)
    progress.canceled.connect(cancel.set)
    task.progress = progress
    timer = QTimer(progress)
    timer.setInterval(200)
    timer.timeout.connect(
        lambda: progress.setLabelText(tr("Exporting {title}… {count} rows", title=title, count=f"{written[0]:,}"))
    )
    timer.start()

    def on_progress(count: int) -> bool:  # worker thread: no widgets here
        written[0] = count
        return not cancel.is_set()

    def work() -> int:
        return write_xlsx(target, xcolumns, fetch_all(), sheet_title=title, totals=totals, progress=on_progress)

    def finish() -> None:
        timer.stop()
        progress.reset()
        progress.close()
        progress.deleteLater()
        if on_finished is not None:
            on_finished(task)

    def done(count: int) -> None:
        task.count = count
        finish()
        task.message_box = _inform(
            parent,
            tr("Export to Excel"),
            tr("{count} rows written to {path}", count=f"{count:,}", path=str(target)),
            target,
        )

    def failed(exc: BaseException) -> None:
        task.error = exc
        task.cancelled = isinstance(exc, Cancelled)
        finish()
        if task.cancelled:
            _status(parent, tr("Export cancelled."))
        else:
            show_error(parent, exc)

    ctx.query(work, done, failed)
    return task


def _inform(parent: QWidget | None, title: str, text: str, path: Path) -> QMessageBox:
    """A non-blocking result box with an "Open file" button."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    open_button = box.addButton(tr("Open file"), QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _status(parent, text)
    return box


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        try:
            bar().showMessage(text, 8000)
        except (AttributeError, RuntimeError):  # pragma: no cover - not a main window
            pass


def all_rows(fetch: Callable[[ListQuery], Any], query: ListQuery, *, page_size: int = EXPORT_PAGE) -> Iterator[Any]:
    """Every row of a keyset-paged list (its search, sort and filters), a page at a time."""
    after = None
    while True:
        page = fetch(
            ListQuery(
                search=query.search,
                sort=query.sort,
                descending=query.descending,
                filters=query.filters,
                after=after,
                limit=page_size,
            )
        )
        yield from page.rows
        if page.next_after is None or not page.rows:
            return
        after = page.next_after


def add_export_action(
    list_page,
    ctx,
    title: str,
    fetch_all: Callable[[], Iterable[Any]] | None = None,
    *,
    columns: Sequence[XColumn] | None = None,
    default_name: str | None = None,
    dialogs: FileDialogs | None = None,
):
    """Add "Export to Excel…" (Ctrl+E) to a ``ListPage``; exports what the list shows (all pages).
    Returns the QAction."""

    def run() -> ExportTask | None:
        xcolumns = list(columns) if columns is not None else xcolumns_from(list_page.model.columns)
        fetch = fetch_all
        if fetch is None:
            query = list_page.model.query
            source = list_page.model._fetch  # the list's own page function
            fetch = lambda: all_rows(source, query)  # noqa: E731
        list_page.last_export = export_rows(
            list_page,
            ctx,
            title=title,
            columns=xcolumns,
            fetch_all=fetch,
            default_name=default_name or title,
            dialogs=dialogs,
        )
        return list_page.last_export

    return list_page.add_action(tr("Export to Excel…"), run, QKeySequence("Ctrl+E"))
