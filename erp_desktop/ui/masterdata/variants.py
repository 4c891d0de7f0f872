"""The 款式 / 规格 page of master data: a category's variant dimensions (颜色, 尺码) with their
values, the product templates, and each template's variants (generated from its dimensions).

Left: the category, its dimensions and values; a dimension is added with its first values
("红:R, 蓝:B, 黑"), values are added to the dimension chosen. Right: the templates (Ctrl+N a new
one, filled in below and saved with Ctrl+S); "Generate variants" (Ctrl+G) makes the product of
every combination that has none yet; the variants of the template chosen are listed under it.
Every edit is one service call; errors show their message and change nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..widgets.decimal_edit import DecimalEdit
from .common import connect_refresh


class VariantsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.template_id: Any = None
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(tr("New template"), self.new_template, QKeySequence("Ctrl+N"))
        self._action(tr("Save template"), self.save_template, QKeySequence("Ctrl+S"))
        self._action(tr("Generate variants"), self.generate, QKeySequence("Ctrl+G"))

        # --- left: category, dimensions, values
        self.category_combo = QComboBox(self)
        self.dimension_list = QListWidget(self)
        self.dimension_edit = QLineEdit(self)
        self.dimension_edit.setPlaceholderText(tr("Dimension (颜色, 尺码)"))
        self.values_edit = QLineEdit(self)
        self.values_edit.setPlaceholderText(tr("Values: 红:R, 蓝:B, 黑"))
        self.add_dimension_button = QPushButton(tr("Add dimension"), self)
        self.add_values_button = QPushButton(tr("Add values to the chosen dimension"), self)
        left = QGroupBox(tr("Dimensions of the category"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.category_combo)
        left_layout.addWidget(self.dimension_list, 1)
        left_layout.addWidget(self.dimension_edit)
        left_layout.addWidget(self.values_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_dimension_button)
        buttons.addWidget(self.add_values_button)
        left_layout.addLayout(buttons)

        # --- right: templates, the form, the variants
        self.template_table = _table(self, [tr("Code"), tr("Name"), tr("Category"), tr("Dimensions"), tr("Variants")])
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.dim1_combo = QComboBox(self)
        self.dim2_combo = QComboBox(self)
        self.unit_edit = QLineEdit(self)
        self.price_edit = DecimalEdit(2, parent=self)
        self.cost_edit = DecimalEdit(2, parent=self)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code_edit)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Rows (dimension 1)"), self.dim1_combo)
        form.addRow(tr("Columns (dimension 2)"), self.dim2_combo)
        form.addRow(tr("Unit"), self.unit_edit)
        form.addRow(tr("Sale price"), self.price_edit)
        form.addRow(tr("Purchase price"), self.cost_edit)
        self.variant_table = _table(self, [tr("Code"), tr("Name"), "", "", tr("Barcode"), tr("Active")])
        self.status_label = QLabel(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.template_table, 2)
        right_layout.addLayout(form)
        right_layout.addWidget(QLabel(tr("Variants"), self))
        right_layout.addWidget(self.variant_table, 3)
        right_layout.addWidget(self.status_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.category_combo.currentIndexChanged.connect(lambda _i: self._on_category_changed())
        self.add_dimension_button.clicked.connect(self.add_dimension)
        self.add_values_button.clicked.connect(self.add_values)
        self.values_edit.returnPressed.connect(self._on_values_return)
        self.template_table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._on_template_row(row))
        connect_refresh(ctx, {"catalog"}, self.reload)
        self.reload()

    def _action(self, text: str, slot, shortcut: QKeySequence) -> None:
        from ..shell import keys

        self.toolbar.addAction(keys.local_action(self, text, slot, shortcut))

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for node in masterdata.list_categories(self.ctx.uow):
            self.category_combo.addItem(node.path, node.id)
        index = self.category_combo.findData(keep) if keep is not None else 0
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)
        self._on_category_changed()

    def _on_category_changed(self) -> None:
        category = self.category_combo.currentData()
        chosen = self.current_dimension()
        self.dimensions = masterdata.list_dimensions(self.ctx.uow, category) if category is not None else []
        self.dimension_list.clear()
        for combo in (self.dim1_combo, self.dim2_combo):
            combo.clear()
        self.dim2_combo.addItem(tr("(none)"), None)
        for dim in self.dimensions:
            values = ", ".join(v.name if v.code == v.name else f"{v.name}:{v.code}" for v in dim.active_values)
            item = QListWidgetItem(f"{dim.name}: {values}")
            item.setData(Qt.ItemDataRole.UserRole, dim.id)
            self.dimension_list.addItem(item)
            if dim.id == chosen:
                self.dimension_list.setCurrentItem(item)
            self.dim1_combo.addItem(dim.name, dim.id)
            self.dim2_combo.addItem(dim.name, dim.id)
        if len(self.dimensions) > 1:
            self.dim2_combo.setCurrentIndex(2)
        self._load_templates()

    def _load_templates(self) -> None:
        category = self.category_combo.currentData()
        self.templates = masterdata.list_templates(self.ctx.uow, category_id=category) if category is not None else []
        table = self.template_table
        table.blockSignals(True)
        table.setRowCount(len(self.templates))
        keep_row = -1
        for r, t in enumerate(self.templates):
            for c, text in enumerate((t.code, t.name, t.category, t.dimensions, str(t.variants))):
                table.setItem(r, c, QTableWidgetItem(text))
            if t.id == self.template_id:
                keep_row = r
        table.blockSignals(False)
        if keep_row >= 0:
            table.setCurrentCell(keep_row, 0)
        self._show_variants()

    def current_dimension(self) -> Any:
        item = self.dimension_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_template_row(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            self.template_id = self.templates[row].id
            detail = masterdata.get_template(self.ctx.uow, self.template_id)
            self.code_edit.setText(detail.code)
            self.name_edit.setText(detail.name)
            self.dim1_combo.setCurrentIndex(max(self.dim1_combo.findData(detail.dimension1_id), 0))
            self.dim2_combo.setCurrentIndex(max(self.dim2_combo.findData(detail.dimension2_id), 0))
            self.unit_edit.setText(detail.unit)
            self.price_edit.setValue(detail.sale_price)
            self.cost_edit.setValue(detail.purchase_price)
        self._show_variants()

    def _show_variants(self) -> None:
        table = self.variant_table
        if self.template_id is None:
            table.setRowCount(0)
            return
        detail = masterdata.get_template(self.ctx.uow, self.template_id)
        table.setHorizontalHeaderLabels(
            [tr("Code"), tr("Name"), detail.dimension1, detail.dimension2, tr("Barcode"), tr("Active")]
        )
        table.setRowCount(len(detail.variants))
        for r, v in enumerate(detail.variants):
            texts = (v.code, v.name, v.value1, v.value2, v.barcodes, tr("yes") if v.active else tr("no"))
            for c, text in enumerate(texts):
                table.setItem(r, c, QTableWidgetItem(text))

    # --- actions ------------------------------------------------------------------------
    def _run(self, fn, done=None) -> None:
        self.ctx.write(
            fn, lambda result: (done or (lambda _r: None))(result), lambda exc: show_error(self, exc), areas={"catalog"}
        )

    def add_dimension(self) -> None:
        category = self.category_combo.currentData()
        if category is None:
            show_error(self, ValueError(tr("Add a category first (Master data › Categories).")))
            return
        name, values = self.dimension_edit.text(), self.values_edit.text()
        self._run(lambda: masterdata.add_dimension(self.ctx.uow, category, name, values), self._cleared)

    def add_values(self) -> None:
        dimension = self.current_dimension()
        if dimension is None:
            self.add_dimension()
            return
        values = self.values_edit.text()
        self._run(lambda: masterdata.add_values(self.ctx.uow, dimension, values), self._cleared)

    def _on_values_return(self) -> None:
        (self.add_dimension if self.dimension_edit.text().strip() else self.add_values)()

    def _cleared(self, _result) -> None:
        self.dimension_edit.clear()
        self.values_edit.clear()

    def new_template(self) -> None:
        self.template_id = None
        self.template_table.clearSelection()
        for edit in (self.code_edit, self.name_edit, self.unit_edit, self.price_edit, self.cost_edit):
            edit.clear()
        self._show_variants()
        self.code_edit.setFocus()

    def template_input(self) -> masterdata.TemplateInput:
        return masterdata.TemplateInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            category_id=self.category_combo.currentData(),
            dimension1_id=self.dim1_combo.currentData(),
            dimension2_id=self.dim2_combo.currentData(),
            unit=self.unit_edit.text(),
            sale_price=self.price_edit.text() or "0",
            purchase_price=self.cost_edit.text() or "0",
        )

    def save_template(self) -> None:
        data, template = self.template_input(), self.template_id

        def saved(detail) -> None:
            self.template_id = detail.id
            self.status_label.setText(
                tr(
                    "Template {code} {name}: {dimensions}.",
                    code=detail.code,
                    name=detail.name,
                    dimensions=detail.dimensions,
                )
            )
            self._load_templates()

        self._run(lambda: masterdata.save_template(self.ctx.uow, data, template), saved)

    def generate(self) -> None:
        if self.template_id is None:
            self.save_template()
        template = self.template_id
        if template is None:
            return

        def made(result) -> None:
            self.status_label.setText(
                tr("{created} variants made, {kept} already there.", created=len(result.created), kept=result.kept)
            )
            self._load_templates()

        self._run(lambda: masterdata.generate_variants(self.ctx.uow, template), made)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table
