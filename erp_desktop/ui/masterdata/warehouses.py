"""Warehouses and bins: warehouses on the left, the chosen warehouse's bins (walking order,
status, capacity) on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata
from erp_desktop.services.masterdata import BinRow, WarehouseRow

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error
from ..table_models import Column, RowRole, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.remember import layout_key, remember_geometry, remember_splitter
from .common import ExcelActions, connect_refresh


class WarehousesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.warehouse_model = RowsTableModel(
            [
                Column("code", tr("Code"), width=60),
                Column("name", tr("Name"), width=120),
                Column("policy_label", tr("Negative stock"), width=120),
                Column("active", tr("Active"), "bool", width=45),
            ],
            parent=self,
        )
        self.bin_model = RowsTableModel(
            [
                Column("sort_order", tr("Walking order"), width=70),
                Column("code", tr("Bin code"), width=80),
                Column("name", tr("Name"), width=140),
                Column("status_label", tr("Status"), width=70),
                Column("capacity", tr("Capacity"), "qty", width=80),
            ],
            parent=self,
        )
        self.warehouse_view = self._view(self.warehouse_model)
        self.bin_view = self._view(self.bin_model)
        self.warehouse_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_bins())
        self.warehouse_view.doubleClicked.connect(lambda _i: self.edit_warehouse())
        self.bin_view.doubleClicked.connect(lambda _i: self.edit_bin())
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action(tr("New warehouse"), self.new_warehouse, QKeySequence.StandardKey.New)
        self.add_action(tr("Edit warehouse"), self.edit_warehouse, "F2")
        self.toolbar.addSeparator()
        self.add_action(tr("New bin"), self.new_bin, "Ctrl+B")
        self.add_action(tr("Edit bin"), self.edit_bin, "Shift+F2")
        self.add_action(tr("Move bin up"), lambda: self.move_bin(-1), "Ctrl+Up")
        self.add_action(tr("Move bin down"), lambda: self.move_bin(1), "Ctrl+Down")
        self.add_action(tr("Delete bin"), self.delete_bin, QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.excel = ExcelActions(self, ctx, "warehouses")
        splitter = QSplitter(self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.warehouse_view)
        splitter.addWidget(self.bin_view)
        splitter.setSizes([420, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.dialog = None
        self.reload()
        connect_refresh(ctx, {"stock", "catalog"}, self.reload)

    def add_action(self, text, slot, shortcut):
        from ..shell import keys

        action = keys.local_action(self, text, slot, shortcut)
        self.toolbar.addAction(action)
        return action

    def _view(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        for i, c in enumerate(model.columns):
            view.setColumnWidth(i, c.width)
        return view

    def reload(self) -> None:
        keep = self.current_warehouse()
        rows = [_WarehouseView(w) for w in masterdata.list_warehouse_rows(self.ctx.uow)]
        self.warehouse_model.set_rows(rows)
        index = next((i for i, w in enumerate(rows) if keep and w.id == keep.id), 0)
        if rows:
            self.warehouse_view.selectRow(index)
        self._show_bins()

    def current_warehouse(self) -> _WarehouseView | None:
        index = self.warehouse_view.currentIndex()
        return self.warehouse_model.data(index, RowRole) if index.isValid() else None

    def current_bin(self) -> _BinView | None:
        index = self.bin_view.currentIndex()
        return self.bin_model.data(index, RowRole) if index.isValid() else None

    def _show_bins(self) -> None:
        w = self.current_warehouse()
        self.bin_model.set_rows([_BinView(b) for b in w.bins] if w else [])

    def new_warehouse(self):
        self.dialog = WarehouseDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit_warehouse(self):
        w = self.current_warehouse()
        if w is not None:
            self.dialog = WarehouseDialog(self.ctx, w.row, self)
            self.dialog.open()
        return self.dialog

    def new_bin(self):
        w = self.current_warehouse()
        if w is not None:
            self.dialog = BinDialog(self.ctx, w.row, None, self)
            self.dialog.open()
        return self.dialog

    def edit_bin(self):
        w, b = self.current_warehouse(), self.current_bin()
        if w is not None and b is not None:
            self.dialog = BinDialog(self.ctx, w.row, b.row, self)
            self.dialog.open()
        return self.dialog

    def move_bin(self, step: int) -> None:
        w, b = self.current_warehouse(), self.current_bin()
        if w is None or b is None:
            return
        ids = [x.id for x in w.bins]
        i = ids.index(b.id)
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]

        def done(_r) -> None:
            self.bin_view.selectRow(j)

        self.ctx.write(
            lambda: masterdata.reorder_bins(self.ctx.uow, w.id, ids),
            done,
            lambda exc: show_error(self, exc),
            areas={"stock"},
        )

    def delete_bin(self) -> None:
        b = self.current_bin()
        if b is not None and ask(self, tr("Delete bin {code}?", code=b.code)):
            self.ctx.write(
                lambda: masterdata.delete_bin(self.ctx.uow, b.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"stock"},
            )


class _WarehouseView:
    """A warehouse row with its policy in words (for the table)."""

    def __init__(self, row: WarehouseRow):
        self.row = row
        self.id, self.code, self.name, self.active, self.bins = row.id, row.code, row.name, row.active, row.bins
        self.policy_label = tr(masterdata.POLICY_LABELS.get(row.negative_policy, row.negative_policy))


class _BinView:
    def __init__(self, row: BinRow):
        self.row = row
        self.id, self.code, self.name, self.capacity, self.sort_order = (
            row.id,
            row.code,
            row.name,
            row.capacity,
            row.sort_order,
        )
        self.status_label = tr(masterdata.STATUS_LABELS.get(row.status, row.status))


class _Dialog(QDialog):
    def __init__(self, parent):
        super().__init__(parent)
        self.saved = None
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, 280)
        remember_geometry(self)

    def _on_saved(self, row) -> None:
        self.saved = row
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error_label.setText(exc.message)
        else:
            show_error(self, exc)


class WarehouseDialog(_Dialog):
    def __init__(self, ctx: AppContext, row: WarehouseRow | None, parent=None):
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(tr("New warehouse") if row is None else tr("Warehouse {code}", code=row.code))
        self.code_edit = QLineEdit(row.code if row else "", self)
        self.name_edit = QLineEdit(row.name if row else "", self)
        self.address_edit = QLineEdit(row.address if row else "", self)
        self.policy_combo = QComboBox(self)
        for value in masterdata.POLICIES:
            self.policy_combo.addItem(tr(masterdata.POLICY_LABELS[value]), value)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(row.negative_policy if row else "forbid")))
        self.active_check = QCheckBox(tr("Active"), self)
        self.active_check.setChecked(row.active if row else True)
        self.form.addRow(tr("Code") + " *", self.code_edit)
        self.form.addRow(tr("Name") + " *", self.name_edit)
        self.form.addRow(tr("Address"), self.address_edit)
        self.form.addRow(tr("Negative stock"), self.policy_combo)
        self.form.addRow("", self.active_check)
        if row is None:
            self.form.addRow("", QLabel(tr("A default bin is created with the warehouse."), self))

    def save(self) -> None:
        values = dict(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            negative_policy=self.policy_combo.currentData(),
            active=self.active_check.isChecked(),
            warehouse_id=self.row.id if self.row else None,
        )
        self.ctx.write(
            lambda: masterdata.save_warehouse(self.ctx.uow, **values), self._on_saved, self._on_failed, areas={"stock"}
        )


class BinDialog(_Dialog):
    def __init__(self, ctx: AppContext, warehouse: WarehouseRow, row: BinRow | None, parent=None):
        super().__init__(parent)
        self.ctx, self.warehouse, self.row = ctx, warehouse, row
        self.setWindowTitle(
            tr("New bin in {warehouse}", warehouse=warehouse.name) if row is None else tr("Bin {code}", code=row.code)
        )
        self.code_edit = QLineEdit(row.code if row else "", self)
        self.name_edit = QLineEdit(row.name if row else "", self)
        self.status_combo = QComboBox(self)
        for value in masterdata.STATUSES:
            self.status_combo.addItem(tr(masterdata.STATUS_LABELS[value]), value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(row.status if row else "active")))
        self.capacity_edit = DecimalEdit(3, minimum=None, allow_empty=True, parent=self)
        self.capacity_edit.setPlaceholderText(tr("empty = no limit"))
        self.capacity_edit.setValue(row.capacity if row else None)
        self.order_spin = QSpinBox(self)
        self.order_spin.setRange(0, 10**6)
        self.order_spin.setValue(row.sort_order if row else len(warehouse.bins) + 1)
        self.form.addRow(tr("Bin code") + " *", self.code_edit)
        self.form.addRow(tr("Name"), self.name_edit)
        self.form.addRow(tr("Status"), self.status_combo)
        self.form.addRow(tr("Capacity"), self.capacity_edit)
        self.form.addRow(tr("Walking order"), self.order_spin)

    def save(self) -> None:
        capacity = (
            self.capacity_edit.value()
            if self.capacity_edit.value() is not None
            else (self.capacity_edit.text().strip() or None)
        )
        values = dict(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            status=self.status_combo.currentData(),
            capacity=capacity,
            sort_order=self.order_spin.value(),
            bin_id=self.row.id if self.row else None,
        )
        wid = self.warehouse.id
        self.ctx.write(
            lambda: masterdata.save_bin(self.ctx.uow, wid, **values), self._on_saved, self._on_failed, areas={"stock"}
        )
