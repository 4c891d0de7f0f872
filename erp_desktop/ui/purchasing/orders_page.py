"""The purchase order list: filtered by status, supplier, buyer and date, lazily paged."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from erp_desktop.services import purchasing
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.list_page import ListPage
from ..widgets.pickers import PartyPicker
from .common import date_edit, date_of


class OrdersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Order number"), width=130),
            Column("on", tr("Date"), "date", width=90),
            Column("supplier", tr("Supplier"), width=180),
            Column("buyer", tr("Buyer"), width=80),
            Column("state_label", tr("Status"), sortable=False, width=110),
            Column("expected_date", tr("Expected"), "date", sortable=False, width=90),
            Column("gross_total", tr("Total"), "money", width=100),
            Column("ordered_qty", tr("Ordered"), "qty", sortable=False, width=70),
            Column("received_qty", tr("Received"), "qty", sortable=False, width=70),
            Column("returned_qty", tr("Returned"), "qty", sortable=False, width=70),
            Column("late", tr("Late"), "bool", sortable=False, width=50, warn=lambda r: r.late),
            Column("waiting_for", tr("Waiting for"), sortable=False),
        ]
        self.list_page = ListPage(columns, self._fetch, parent=self, placeholder=tr("Search number or supplier…"))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(tr("All statuses"), "")
        self.status_combo.addItem(tr("Open orders"), "open")
        for key, label in purchasing.STATE_LABELS.items():
            self.status_combo.addItem(tr(label), key)
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.supplier_picker.setMaximumWidth(220)
        self.buyer_edit = QLineEdit(self)
        self.buyer_edit.setPlaceholderText(tr("Buyer"))
        self.buyer_edit.setMaximumWidth(100)
        self.from_edit = date_edit(self, optional=True)
        self.to_edit = date_edit(self, optional=True)
        self.late_check = QCheckBox(tr("Late only"), self)
        filters = QHBoxLayout()
        for w in (
            QLabel(tr("Status")),
            self.status_combo,
            self.supplier_picker,
            self.buyer_edit,
            QLabel(tr("From")),
            self.from_edit,
            QLabel(tr("To")),
            self.to_edit,
            self.late_check,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list_page, 1)
        self.list_page.add_action(tr("New order"), self.new_document, "Ctrl+N")
        self.list_page.add_action(tr("Open order"), self.open_current, "Ctrl+O")
        self.list_page.add_action(tr("Receive…"), self.receive_current, "Ctrl+R")
        self.list_page.add_action(tr("Supplier view…"), self.supplier_view, "Ctrl+Shift+S")
        self.print_action = add_list_print_action(self.list_page, ctx, lambda row: (DocKind.PURCHASE_ORDER, row.id))
        self.list_page.activated.connect(lambda row: self.open_order(row.id))
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.supplier_picker.picked.connect(lambda _b: self.apply_filters())
        self.supplier_picker.textChanged.connect(lambda t: self.apply_filters() if not t else None)
        self.buyer_edit.editingFinished.connect(self.apply_filters)
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.late_check.toggled.connect(lambda _c: self.apply_filters())
        ctx.changed.connect(self._on_ctx_changed)
        self.list_page.reload()

    def _fetch(self, query: ListQuery):
        return purchasing.list_orders(self.ctx.uow, query)

    def filters(self) -> dict:
        supplier = self.supplier_picker.party()
        found = {
            "state": self.status_combo.currentData(),
            "supplier_id": supplier.id if supplier else None,
            "buyer": self.buyer_edit.text().strip(),
            "date_from": date_of(self.from_edit),
            "date_to": date_of(self.to_edit),
            "late": self.late_check.isChecked(),
        }
        return {k: v for k, v in found.items() if v}

    def apply_filters(self) -> None:
        self.list_page.model.set_query(filters=self.filters())

    def _on_ctx_changed(self, areas) -> None:
        if "purchasing" in areas or "parties" in areas:
            self.list_page.reload()

    def new_order(self):
        return self.open_order(None)

    def open_order(self, order_id):
        """The order's form in its own tab (brought forward when open already); None: a new one."""
        from ..forms import open_document
        from .order_editor import OrderEditor

        form = open_document(self.ctx, "purchase_order", order_id, lambda: OrderEditor(self.ctx))
        if not getattr(form, "_list_hooked", False):
            form.saved.connect(lambda _ref: self.list_page.reload())
            form._list_hooked = True
        return form

    def new_document(self):
        form = self.open_order(None)
        form.supplier_picker.setFocus()
        return form

    def open_current(self):
        row = self.list_page.current_row()
        return self.open_order(row.id) if row is not None else None

    def receive_current(self):
        """Ctrl+R: a new receipt of the current order, in its own tab."""
        from .receipt_form import open_receipt

        row = self.list_page.current_row()
        if row is None:
            return None
        form = open_receipt(self.ctx, order=purchasing.get_order_detail(self.ctx.uow, row.id))
        if not getattr(form, "_list_hooked", False):
            form.saved.connect(lambda _ref: self.list_page.reload())
            form._list_hooked = True
        return form

    def supplier_view(self):
        from .supplier_view import SupplierView

        row = self.list_page.current_row()
        dialog = SupplierView(self.ctx, row.supplier_id if row is not None else None, self)
        dialog.open()
        return dialog
