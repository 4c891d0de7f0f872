"""Pieces the master-data screens share: Excel import/export/template actions for a list,
custom-field form rows and list columns, small form helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from erp_desktop.services import masterdata
from erp_desktop.services.masterdata import FieldDef

from ...i18n import tr
from ..context import AppContext
from ..table_models import Column
from ..widgets.date_edit import DateEdit
from ..widgets.export import DIALOGS, ExportTask, FileDialogs, export_rows
from ..widgets.import_dialog import ImportDialog
from ..widgets.list_page import ListPage

AREAS = {
    "products": {"catalog"},
    "customers": {"parties"},
    "suppliers": {"parties"},
    "warehouses": {"stock", "catalog"},
    "prices": {"catalog"},
    "quotes": {"parties"},
}


def custom_columns(defs: Iterable[FieldDef]) -> list[Column]:
    return [Column(f"custom.{d.key}", d.label, sortable=False, width=110) for d in defs]


def describe_import(result: masterdata.ImportResult) -> str:
    return tr(
        "Imported {n} rows: {created} created, {updated} updated.",
        n=result.total,
        created=result.created,
        updated=result.updated,
    )


@runtime_checkable
class ActionHost(Protocol):
    """A page with its own tool bar: ``ListPage`` and the pages that keep theirs."""

    def add_action(
        self, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence | QKeySequence.StandardKey | None
    ) -> QAction: ...


class ExcelActions:
    """Import…, Export… and Template… for one master-data list on a ``ListPage``'s tool bar."""

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        kind: str,
        *,
        list_page: ListPage | None = None,
        dialogs: FileDialogs | None = None,
    ):
        self.page = page
        self.ctx = ctx
        self.kind = kind
        self.dialogs = dialogs
        self.import_dialog: ImportDialog | None = None
        self.update_check: QCheckBox | None = None  # the open import's options
        self.create_check: QCheckBox | None = None
        self.last_export: ExportTask | None = None
        target = list_page if list_page is not None else page
        assert isinstance(target, ActionHost), "the page has its own tool bar (add_action)"
        target.add_action(tr("Import from Excel…"), self.open_import, QKeySequence("Ctrl+I"))
        target.add_action(tr("Export to Excel…"), self.export, QKeySequence("Ctrl+E"))

    def title(self) -> str:
        return tr(masterdata.LIST_LABELS[self.kind])

    def export(self, path: str | Path | None = None) -> ExportTask | None:
        kind = self.kind
        columns = masterdata.columns(self.ctx.uow, kind, for_export=True)
        uow = self.ctx.uow

        def rows():
            return masterdata.iter_list(uow, kind)

        self.last_export = export_rows(
            self.page,
            self.ctx,
            title=self.title(),
            columns=columns,
            fetch_all=rows,
            default_name=self.title(),
            path=path,
            totals=False,
            dialogs=self.dialogs,
        )
        return self.last_export

    def open_import(self) -> ImportDialog:
        kind = self.kind
        columns = masterdata.columns(self.ctx.uow, kind)
        update_check = QCheckBox(tr("Update rows whose code already exists (otherwise they are an error)"))
        update_check.setChecked(True)
        create_check = QCheckBox(tr("Create unknown categories"))

        def run(path: Path, progress=None):
            return masterdata.import_list(
                self.ctx.uow,
                kind,
                path,
                mode="upsert" if update_check.isChecked() else "create",
                create_categories=create_check.isChecked(),
                progress=progress,
            )

        dialog = ImportDialog(
            self.ctx,
            title=tr("Import {list}", list=self.title()),
            template_columns=columns,
            run_import=run,
            template_name=self.title(),
            areas=AREAS[kind],
            describe=describe_import,
            dialogs=self.dialogs or DIALOGS,
            reports_progress=True,
            parent=self.page,
        )
        layout = dialog.layout()
        assert isinstance(layout, QBoxLayout), "ImportDialog lays itself out in a QVBoxLayout"
        layout.insertWidget(max(0, layout.count() - 1), update_check)
        if kind == "products":
            layout.insertWidget(max(0, layout.count() - 1), create_check)
        self.update_check, self.create_check = update_check, create_check
        self.import_dialog = dialog
        dialog.open()
        return dialog


class CustomFieldRows:
    """Form rows for the custom fields of an entity; ``values()`` gives the ``custom`` dict
    (numbers as text, dates ISO) for the service to check."""

    def __init__(self, form: QFormLayout, defs: list[FieldDef], parent: QWidget):
        self.defs = defs
        self.editors: dict[str, QWidget] = {}
        for d in defs:
            editor: QWidget
            if d.kind == "choice":
                choices = QComboBox(parent)
                choices.addItem("", "")
                for c in d.choices:
                    choices.addItem(c, c)
                editor = choices
            elif d.kind == "date":
                day = DateEdit(parent)
                day.setCalendarPopup(True)
                day.setDisplayFormat("yyyy-MM-dd")
                day.setSpecialValueText(" ")
                day.setMinimumDate(QDate(1900, 1, 1))
                day.setDate(day.minimumDate())
                editor = day
            else:
                line = QLineEdit(parent)
                if d.kind == "number":
                    line.setPlaceholderText("0")
                editor = line
            editor.setObjectName(f"custom_{d.key}")
            self.editors[d.key] = editor
            form.addRow(d.label + (" *" if d.required else ""), editor)

    def set_values(self, values: dict[str, Any]) -> None:
        for d in self.defs:
            editor = self.editors[d.key]
            value = (values or {}).get(d.key, "")
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0 and value:
                    editor.addItem(str(value), value)
                    index = editor.count() - 1
                editor.setCurrentIndex(max(0, index))
            elif isinstance(editor, DateEdit):
                try:
                    day = date.fromisoformat(value) if value else None
                except ValueError:
                    day = None
                editor.setDate(QDate(day.year, day.month, day.day) if day else editor.minimumDate())
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for d in self.defs:
            editor = self.editors[d.key]
            if isinstance(editor, QComboBox):
                result[d.key] = editor.currentData() or ""
            elif isinstance(editor, DateEdit):
                qd = editor.date()
                result[d.key] = "" if qd == editor.minimumDate() else date(qd.year(), qd.month(), qd.day()).isoformat()
            elif isinstance(editor, QLineEdit):
                result[d.key] = editor.text().strip()
        return result


def load_defs(ctx: AppContext, entity: str) -> list[FieldDef]:
    return masterdata.list_fields(ctx.uow, entity)


def date_edit(parent: QWidget, value: date | None = None, *, optional: bool = True) -> DateEdit:
    """A date field; with ``optional`` the earliest date shows blank and means "no date"."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setSpecialValueText(" ")
        edit.setMinimumDate(QDate(1900, 1, 1))
    set_date(edit, value, optional=optional)
    return edit


def set_date(edit: DateEdit, value: date | None, *, optional: bool = True) -> None:
    if value is None:
        edit.setDate(edit.minimumDate() if optional else QDate.currentDate())
    else:
        edit.setDate(QDate(value.year, value.month, value.day))


def get_date(edit: DateEdit) -> date | None:
    qd = edit.date()
    if edit.specialValueText() and qd == edit.minimumDate():
        return None
    return date(qd.year(), qd.month(), qd.day())


def connect_refresh(ctx: AppContext, areas: set[str], reload: Callable[[], None]) -> None:
    ctx.changed.connect(lambda changed: reload() if areas & set(changed) else None)


class GridEditor(QWidget):
    """A small editable table (contacts, addresses, quotes) with Add / Remove buttons.
    ``columns`` are (key, title, kind) with kind "text" or "bool"; ``values()`` gives dicts of
    text (and bools) for the service to check."""

    def __init__(self, columns: list[tuple[str, str, str]], parent: QWidget | None = None):
        from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout

        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([title for _k, title, _kind in columns])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(tr("Add row"), self)
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button = QPushButton(tr("Remove row"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, values: dict[str, Any]) -> int:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTableWidgetItem

        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, (key, _title, kind) in enumerate(self.columns):
            value = values.get(key)
            item = QTableWidgetItem()
            if kind == "bool":
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                if isinstance(value, date):
                    text = value.isoformat()
                elif hasattr(value, "is_finite"):  # Decimal: no float, no trailing zeros
                    text = format(value, "f")
                    text = text.rstrip("0").rstrip(".") if "." in text else text
                else:
                    text = "" if value is None else str(value)
                item.setText(text)
            self.table.setItem(row, col, item)
        return row

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def values(self) -> list[dict[str, Any]]:
        from PySide6.QtCore import Qt

        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for col, (key, _title, kind) in enumerate(self.columns):
                item = self.table.item(row, col)
                if kind == "bool":
                    values[key] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    values[key] = item.text().strip() if item is not None else ""
            if any(v for k, v in values.items() if isinstance(v, str)):
                result.append(values)
        return result
