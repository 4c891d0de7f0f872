"""The import dialog every Excel import uses: choose a file, download the template, run the import
in the background, then show the result or every problem row by row, with a button that saves
the problems as an xlsx the user opens in Excel next to their file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.excel import XColumn, write_error_report, write_template

from ...errors import ImportErrors, UserError
from ...i18n import tr
from ..errors import show_error
from ..table_models import Column, RowsTableModel
from .export import DIALOGS, FileDialogs
from .remember import remember_geometry


@dataclass(frozen=True)
class ProblemRow:
    row: int | None
    field: str
    message: str


class _RowsRelay(QObject):
    read = Signal(int)


class ImportDialog(QDialog):
    """``run_import(path)`` does the whole import (all-or-nothing) and returns a result: an int
    (rows imported), a text, or anything ``describe`` turns into text."""

    def __init__(
        self,
        ctx,
        *,
        title: str,
        template_columns: Sequence[XColumn],
        run_import: Callable[[Path], Any],
        template_name: str,
        examples: Iterable[Mapping | object] = (),
        areas: Iterable[str] = (),
        describe: Callable[[Any], str] | None = None,
        dialogs: FileDialogs | None = None,
        template_writer: Callable[[Path], None] | None = None,
        extra_widget: QWidget | None = None,
        options: Callable[[], dict[str, Any]] | None = None,
        reports_progress: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        # run_import takes progress=…: the progress window counts the rows read and can cancel
        # while reading (nothing is written yet then)
        self.reports_progress = reports_progress
        self._cancel = threading.Event()
        self._relay = _RowsRelay(self)
        self._relay.read.connect(self._on_rows_read)
        self.progress_dialog: QProgressDialog | None = None
        self.template_columns = list(template_columns)
        self.run_import = run_import
        self.template_name = template_name if template_name.lower().endswith(".xlsx") else template_name + ".xlsx"
        self.examples = list(examples)
        self.template_writer = template_writer
        self.options = options  # read on the GUI thread, passed to run_import as keywords
        self.areas = frozenset(areas)
        self.describe = describe or _describe
        self.dialogs = dialogs or DIALOGS
        self.problems: list[tuple[int | None, str | None, str]] = []
        self.result: Any = None
        self.setWindowTitle(title)
        self.resize(820, 520)

        required = [c.title for c in self.template_columns if c.required]
        intro = QLabel(
            tr(
                "Choose an Excel file (.xlsx) whose first row names the columns. Required columns: {columns}. "
                "Nothing is imported unless every row is correct.",
                columns=", ".join(required) or "—",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(tr("File to import…"))
        self.path_edit.textChanged.connect(self._update_buttons)
        self.choose_button = QPushButton(tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(tr("Download template…"), self)
        self.template_button.clicked.connect(self.download_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_model = RowsTableModel(
            [
                Column("row", tr("Row"), width=60),
                Column("field", tr("Column"), width=160),
                Column("message", tr("Problem")),
            ],
            parent=self,
        )
        self.problem_view = QTableView(self)
        self.problem_view.setModel(self.problem_model)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setAlternatingRowColors(True)
        self.problem_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problem_view.setColumnWidth(0, 60)
        self.problem_view.setColumnWidth(1, 160)
        self.problem_view.setVisible(False)

        self.report_button = QPushButton(tr("Save error report…"), self)
        self.report_button.clicked.connect(self.save_error_report)
        self.report_button.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        self.extra_widget = extra_widget  # the importer's own options (the opening stock's date)
        if extra_widget is not None:
            extra_widget.setParent(self)
            layout.addWidget(extra_widget)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_view, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.choose_file)
        self._update_buttons()
        remember_geometry(self, ctx)

    # ------------------------------------------------------------------------------------ actions

    def choose_file(self) -> None:
        path = self.dialogs.open_xlsx(self, tr("Choose the file to import"))
        if path is not None:
            self.path_edit.setText(str(path))

    def download_template(self) -> Path | None:
        path = self.dialogs.save_xlsx(self, tr("Save the template"), self.template_name)
        if path is None:
            return None
        try:
            if self.template_writer is not None:
                self.template_writer(path)
            else:
                write_template(path, self.template_columns, self.examples)
        except OSError as exc:
            self._set_status(tr("The template could not be saved: {error}", error=str(exc)), error=True)
            return None
        self._set_status(tr("Template saved to {path}. Fill it in with Excel, then choose it here.", path=str(path)))
        return path

    def start_import(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.choose_file()
            text = self.path_edit.text().strip()
            if not text:
                return
        path = Path(text)
        self._clear_problems()
        self._set_busy(True)
        self._set_status(tr("Importing {name}…", name=path.name))
        options = self.options() if self.options is not None else {}
        if self.reports_progress:
            self._cancel.clear()
            options["progress"] = self._report_rows
        self.ctx.write(lambda: self.run_import(path, **options), self._on_done, self._on_failed, areas=self.areas)

    def _report_rows(self, count: int) -> bool:  # the writer thread, while the file is read
        if self._cancel.is_set():
            return False
        self._relay.read.emit(count)
        return True

    def _on_rows_read(self, count: int) -> None:
        window = self.progress_dialog
        if window is not None:
            window.setLabelText(
                tr("Importing {name}: {n} rows read…", name=Path(self.path_edit.text().strip()).name, n=f"{count:,}")
            )

    def cancel_import(self) -> None:
        """Stop while the file is being read (the rows are checked and written in one
        transaction afterwards, which is not stopped halfway)."""
        self._cancel.set()

    def save_error_report(self) -> Path | None:
        if not self.problems:
            return None
        source = Path(self.path_edit.text().strip() or "import")
        path = self.dialogs.save_xlsx(
            self, tr("Save error report"), tr("{name} - problems", name=source.stem) + ".xlsx"
        )
        if path is None:
            return None
        try:
            write_error_report(path, self.problems)
        except OSError as exc:
            self._set_status(tr("The error report could not be saved: {error}", error=str(exc)), error=True)
            return None
        self._set_status(tr("Error report saved to {path}.", path=str(path)), error=True)
        return path

    # ----------------------------------------------------------------------------------- results

    def _on_done(self, result: Any) -> None:
        self._set_busy(False)
        self.result = result
        self._set_status(self.describe(result), ok=True)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ImportErrors):
            self.problems = list(exc.problems)
            self.problem_model.set_rows(
                [ProblemRow(row, field or "", message) for row, field, message in self.problems]
            )
            self.problem_view.setVisible(True)
            self.report_button.setVisible(True)
            self._set_status(exc.message + " " + tr("Correct the file and import it again."), error=True)
        elif isinstance(exc, UserError):
            self._set_status(exc.message, error=True)
        else:
            self._set_status(tr("The import failed; nothing was imported."), error=True)
            show_error(self, exc)

    def _clear_problems(self) -> None:
        self.problems = []
        self.problem_model.set_rows([])
        self.problem_view.setVisible(False)
        self.report_button.setVisible(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.choose_button, self.template_button, self.path_edit):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
            # a window that says it is working, never a silent screen (the import is one
            # transaction on the writer thread: it is not stopped halfway, so no Cancel)
            window = QProgressDialog(self.status_text(), tr("Cancel"), 0, 0, self)
            window.setWindowTitle(self.windowTitle())
            window.setAutoClose(False)
            window.setAutoReset(False)
            if self.reports_progress:
                window.canceled.connect(self.cancel_import)
            else:
                window.setCancelButton(None)
            window.setMinimumDuration(500)
            window.setMinimumWidth(380)
            window.setValue(0)
            self.progress_dialog = window
        else:
            self.unsetCursor()
            self._update_buttons()
            dialog, self.progress_dialog = getattr(self, "progress_dialog", None), None
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()

    def status_text(self) -> str:
        return tr("Importing {name}…", name=Path(self.path_edit.text().strip() or "import").name)

    def _set_status(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        color = "#c62828" if error else "#2e7d32" if ok else ""
        self.status_label.setStyleSheet(f"color: {color};" if color else "")
        self.status_label.setText(text)

    def _update_buttons(self, *_args) -> None:
        self.import_button.setEnabled(bool(self.path_edit.text().strip()))


def _describe(result: Any) -> str:
    if isinstance(result, bool) or result is None:
        return tr("Import finished.")
    if isinstance(result, int):
        return tr("{count} rows imported.", count=f"{result:,}")
    if isinstance(result, str):
        return result
    summary = getattr(result, "summary", None)
    if callable(summary):
        return str(summary())
    if isinstance(summary, str):
        return summary
    return tr("Import finished.")
