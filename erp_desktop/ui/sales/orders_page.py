"""The order list (filters: status, customer, salesperson, date range; search by number or
customer; lazily paged) above the order editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from erp_desktop.services import sales
from erp_desktop.services.paging import ListQuery
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.date_edit import DateEdit
from ..widgets.list_page import ListPage
from ..widgets.pickers import PartyPicker
from ..widgets.remember import layout_key, remember_splitter
from .order_editor import OrderEditor

STATES = ("draft", "confirmed", "partly_delivered", "delivered", "closed", "cancelled")


class OrdersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Order no."), width=150),
            Column("on", tr("Date"), "date", width=95),
            Column("customer_name", tr("Customer"), width=180),
            Column("salesperson", tr("Salesperson"), width=90),
            Column(
                "state_text",
                tr("Status"),
                sortable=False,
                width=110,
                warn=lambda r: r.state in ("confirmed", "partly_delivered"),
            ),
            Column("net_total", tr("Excl. tax"), "money", width=100),
            Column("gross_total", tr("Total"), "money", width=100),
        ]
        self.list_page = ListPage(columns, self._fetch, parent=self, placeholder=tr("Search number or customer…"))
        self.list_page.add_action(tr("New order"), self._on_new, "Ctrl+N")
        self.list_page.add_action(tr("Refresh"), self.reload)
        self.print_action = add_list_print_action(self.list_page, ctx, lambda row: (DocKind.SALES_ORDER, row.id))
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(tr("All statuses"), None)
        self.status_combo.addItem(tr("Open (awaiting or partly delivered)"), ["confirmed", "partly_delivered"])
        for state, text in zip(
            STATES,
            (
                tr("Draft"),
                tr("Awaiting delivery"),
                tr("Partly delivered"),
                tr("Delivered"),
                tr("Closed"),
                tr("Cancelled"),
            ),
        ):
            self.status_combo.addItem(text, state)
        self.customer_picker = PartyPicker(ctx, "customer", self)
        self.salesperson_edit = QLineEdit(self)
        self.salesperson_edit.setPlaceholderText(tr("Salesperson"))
        self.salesperson_edit.setMaximumWidth(120)
        self.from_edit = self._date_filter()
        self.to_edit = self._date_filter()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Status"), self))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.customer_picker, 2)
        filters.addWidget(self.salesperson_edit)
        filters.addWidget(QLabel(tr("From"), self))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(tr("To"), self))
        filters.addWidget(self.to_edit)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.customer_picker.picked.connect(lambda _b: self.apply_filters())
        self.customer_picker.textChanged.connect(lambda text: self.apply_filters() if not text else None)
        self.salesperson_edit.editingFinished.connect(self.apply_filters)
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filters())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.list_page, 1)
        self.editor = OrderEditor(ctx, self)
        self.editor.saved.connect(lambda _ref: self.reload())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(self.splitter, ctx, layout_key(self, "split"))
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list_page.activated.connect(lambda row: self.editor.load(row.id))
        self.list_page.table_view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        ctx.changed.connect(self._on_ctx_changed)

    def _date_filter(self) -> DateEdit:
        edit = DateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(tr("any"))
        edit.setDate(edit.minimumDate())
        return edit

    def _fetch(self, query: ListQuery):
        return sales.list_orders(self.ctx.uow, query)

    def filters(self) -> dict:
        result = {}
        if self.status_combo.currentData():
            result["state"] = self.status_combo.currentData()
        customer = self.customer_picker.party()
        if customer is not None:
            result["customer_id"] = customer.id
        if self.salesperson_edit.text().strip():
            result["salesperson"] = self.salesperson_edit.text().strip()
        for key, edit in (("date_from", self.from_edit), ("date_to", self.to_edit)):
            if edit.date() != edit.minimumDate():
                d = edit.date()
                result[key] = date(d.year(), d.month(), d.day())
        return result

    def apply_filters(self) -> None:
        self.list_page.model.set_query(filters=self.filters())

    def reload(self) -> None:
        self.list_page.reload()

    def _on_new(self) -> None:
        self.editor.new_document()
        self.editor.customer_picker.setFocus()

    def _on_current_row_changed(self, current, _previous) -> None:
        row = self.list_page.model.row_at(current.row())
        if row is not None:
            self.editor.load(row.id)

    def _on_ctx_changed(self, areas) -> None:
        if "sales" in areas or "parties" in areas:
            self.reload()
