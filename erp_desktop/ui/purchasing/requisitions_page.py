"""Requisitions: any department raises lines; the buyer merges selected open lines into orders,
one per supplier (proposed from quotes or the last supplier, changeable per line)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata, purchasing

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..shell.keys import KeyTarget
from ..table_models import Column
from ..widgets.date_edit import py_date
from ..widgets.list_page import ListPage
from ..widgets.remember import layout_key, remember_geometry, remember_header
from .common import AREAS, date_edit, find_data, item, qty_text


class RequisitionsPage(QWidget, KeyTarget):
    """The requisition lines, filtered by state; Enter or a double-click opens the row's
    requisition as its form, Ctrl+N a new one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Requisition"), width=130),
            Column("on", tr("Date"), "date", width=90),
            Column("department", tr("Department"), width=90),
            Column("requested_by", tr("Requested by"), sortable=False, width=90),
            Column("product_code", tr("Code"), width=80),
            Column("product_name", tr("Product"), sortable=False, width=160),
            Column("qty", tr("Qty"), "qty", sortable=False, width=60),
            Column("open_qty", tr("Not yet ordered"), "qty", sortable=False, width=60),
            Column("needed_by", tr("Needed by"), "date", width=90),
            Column("reason", tr("Reason"), sortable=False, width=140),
            Column("orders", tr("Covered by"), sortable=False),
        ]
        self.list_page = ListPage(columns, lambda q: purchasing.list_requisition_lines(ctx.uow, q), parent=self)
        self.list_page.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.state_combo = QComboBox(self)
        for label, key in (
            (tr("Not ordered"), "open"),
            (tr("Ordered"), "ordered"),
            (tr("Cancelled"), "cancelled"),
            (tr("All"), ""),
        ):
            self.state_combo.addItem(label, key)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.state_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list_page, 1)
        self.list_page.activated.connect(lambda row: self.open_requisition(row.requisition_id))
        self.list_page.add_action(tr("New requisition"), self.new_requisition, "Ctrl+Shift+N")
        self.list_page.add_action(tr("Merge into orders…"), self.merge_selected, "Ctrl+M")
        self.list_page.add_action(tr("Cancel lines"), self.cancel_selected)
        self.state_combo.currentIndexChanged.connect(
            lambda _i: self.list_page.model.set_query(filters={"state": self.state_combo.currentData()})
        )
        ctx.changed.connect(lambda areas: self.list_page.reload() if "purchasing" in areas else None)
        self.list_page.model.set_query(filters={"state": "open"})

    def open_requisition(self, requisition_id):
        """The requisition's form in its own tab (brought forward when open); None: a new one."""
        from ..forms import open_document
        from .requisition_form import KIND, RequisitionForm

        form = open_document(self.ctx, KIND, requisition_id, lambda: RequisitionForm(self.ctx))
        if not getattr(form, "_list_hooked", False):
            form.saved.connect(lambda _ref: self.list_page.reload())
            form._list_hooked = True
        return form

    def new_requisition(self):
        form = self.open_requisition(None)
        form.department_edit.setFocus()
        return form

    def new_document(self):  # Ctrl+N
        return self.new_requisition()

    def open_current(self):
        row = self.list_page.current_row()
        return self.open_requisition(row.requisition_id) if row is not None else None

    def refresh(self) -> None:  # F5
        self.list_page.reload()

    def merge_selected(self):
        rows = [r for r in self.list_page.selected_rows() if r.state == "open"]
        if not rows:
            show_error(self, ValidationError(tr("Select the open requisition lines to merge.")))
            return None
        dialog = MergeDialog(self.ctx, [r.id for r in rows], self)
        dialog.open()
        return dialog

    def cancel_selected(self) -> None:
        ids = [r.id for r in self.list_page.selected_rows() if r.state == "open"]
        if ids:
            self.ctx.write(
                lambda: purchasing.cancel_requisition_lines(self.ctx.uow, ids),
                lambda _n: None,
                lambda e: show_error(self, e),
                areas=AREAS,
            )


class MergeDialog(QDialog):
    """The proposal per line with a supplier choice; OK writes one draft order per supplier."""

    merged = Signal(object)

    def __init__(self, ctx: AppContext, line_ids: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Merge requisitions into orders"))
        self.resize(860, 420)
        self.on_edit = date_edit(self)
        self.plan = purchasing.plan_merge(ctx.uow, line_ids, py_date(self.on_edit.date()))
        self.suppliers = masterdata.search_parties(ctx.uow, "supplier", "", limit=1000)
        self.lines_table = QTableWidget(len(self.plan), 5, self)
        self.lines_table.setHorizontalHeaderLabels(
            [tr("Requisition"), tr("Product"), tr("Qty"), tr("Needed by"), tr("Supplier")]
        )
        self.lines_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.supplier_combos: list[QComboBox] = []
        sources = {"quote": tr("best quote"), "last": tr("last supplier"), "": ""}
        for r, line in enumerate(self.plan):
            for c, text in enumerate(
                (
                    line.number,
                    line.product_label,
                    qty_text(line.qty),
                    line.needed_by.isoformat() if line.needed_by else "",
                )
            ):
                self.lines_table.setItem(r, c, item(text))
            combo = QComboBox(self.lines_table)
            combo.addItem(tr("— choose —"), None)
            for s in self.suppliers:
                combo.addItem(
                    s.label + (f"  ({sources[line.source]})" if s.id == line.supplier_id and line.source else ""), s.id
                )
            combo.setCurrentIndex(max(find_data(combo, line.supplier_id), 0))
            self.lines_table.setCellWidget(r, 4, combo)
            self.supplier_combos.append(combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create orders"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("Order date"), self.on_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("One draft order per supplier; each order line keeps the requisitions it covers.")))
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(buttons)
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    def choose_supplier(self, row: int, supplier_id) -> None:
        self.supplier_combos[row].setCurrentIndex(max(find_data(self.supplier_combos[row], supplier_id), 0))

    def merge(self) -> None:
        choices = [
            (line.requisition_line_id, combo.currentData()) for line, combo in zip(self.plan, self.supplier_combos)
        ]
        on = py_date(self.on_edit.date())

        def done(refs):
            self.merged.emit(refs)
            self.accept()

        run_confirmable(
            self,
            lambda ack: purchasing.merge_requisitions(self.ctx.uow, choices, on=on, acknowledged=ack),
            done,
            lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS),
        )
