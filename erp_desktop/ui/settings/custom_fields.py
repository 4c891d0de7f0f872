"""Settings → Custom fields: the owner adds fields (text, number, date, choice) to products,
customers or suppliers, without code. They appear in the editors, as list columns and in Excel
import/export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error
from ..table_models import Column, RowRole, RowsTableModel


def page_title() -> str:
    return tr("Custom fields")


class _FieldView:
    def __init__(self, d: masterdata.FieldDef):
        self.field = d
        self.label, self.key, self.required = d.label, d.key, d.required
        self.kind_label = tr(masterdata.KIND_LABELS[d.kind])
        self.choices = ", ".join(d.choices)


class CustomFieldsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity_combo = QComboBox(self)
        for entity in masterdata.ENTITIES:
            self.entity_combo.addItem(tr(masterdata.ENTITY_LABELS[entity]), entity)
        self.entity_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsTableModel(
            [
                Column("label", tr("Label"), width=160),
                Column("kind_label", tr("Kind"), width=80),
                Column("choices", tr("Choices"), width=200),
                Column("required", tr("Required"), "bool", width=60),
                Column("key", tr("Key (import column)"), width=120),
            ],
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, c in enumerate(self.model.columns):
            self.view.setColumnWidth(i, c.width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._load_current())
        self.label_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in masterdata.KINDS:
            self.kind_combo.addItem(tr(masterdata.KIND_LABELS[kind]), kind)
        self.choices_edit = QLineEdit(self)
        self.choices_edit.setPlaceholderText(tr("For a choice field: the choices, separated by commas"))
        self.required_check = QCheckBox(tr("Required"), self)
        self.add_button = QPushButton(tr("Add field"), self)
        self.add_button.clicked.connect(lambda: self.save(new=True))
        self.save_button = QPushButton(tr("Save changes"), self)
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.delete_button = QPushButton(tr("Delete field"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Fields of"), self))
        top.addWidget(self.entity_combo)
        top.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Label"), self.label_edit)
        form.addRow(tr("Kind"), self.kind_combo)
        form.addRow(tr("Choices"), self.choices_edit)
        form.addRow("", self.required_check)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                tr("Custom fields appear in the editor, as list columns and as columns in Excel import and export."),
                self,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.reload()

    def entity(self) -> str:
        return self.entity_combo.currentData()

    def reload(self) -> None:
        self.model.set_rows([_FieldView(d) for d in masterdata.list_fields(self.ctx.uow, self.entity())])

    def current(self) -> masterdata.FieldDef | None:
        index = self.view.currentIndex()
        row = self.model.data(index, RowRole) if index.isValid() else None
        return row.field if row else None

    def _load_current(self) -> None:
        d = self.current()
        if d is None:
            return
        self.label_edit.setText(d.label)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(d.kind))
        self.choices_edit.setText(", ".join(d.choices))
        self.required_check.setChecked(d.required)

    def save(self, *, new: bool) -> None:
        current = None if new else self.current()
        if not new and current is None:
            return
        choices = [c.strip() for c in self.choices_edit.text().replace("，", ",").split(",") if c.strip()]
        values = dict(
            entity=self.entity(),
            label=self.label_edit.text(),
            kind=self.kind_combo.currentData(),
            choices=choices,
            required=self.required_check.isChecked(),
            field_id=current.id if current else None,
        )

        def done(_d) -> None:
            self.error_label.clear()
            if new:
                self.label_edit.clear()
                self.choices_edit.clear()
                self.required_check.setChecked(False)
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error_label.setText(exc.message)
            else:
                show_error(self, exc)

        self.ctx.write(lambda: masterdata.save_field(self.ctx.uow, **values), done, failed, areas={"settings"})

    def delete_current(self) -> None:
        d = self.current()
        if d is not None and ask(
            self, tr("Delete the field {label}? Values already entered are kept but hidden.", label=d.label)
        ):
            self.ctx.write(
                lambda: masterdata.delete_field(self.ctx.uow, d.id),
                lambda _r: self.reload(),
                lambda exc: show_error(self, exc),
                areas={"settings"},
            )


def create_page(ctx: AppContext) -> QWidget:
    return CustomFieldsPage(ctx)
