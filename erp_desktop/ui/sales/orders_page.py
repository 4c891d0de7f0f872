"""The order list (filters: status, customer, salesperson, date range; search by number or
customer; lazily paged). Enter or a double-click opens the order's form in its own tab; Ctrl+N
opens a new order form (``ui.forms``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import sales
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..formatting import date_text
from ..table_models import Column
from ..widgets.date_edit import DateEdit
from ..widgets.pickers import PartyPicker
from .document_list import DocumentListPage
from .order_editor import OrderEditor

STATES = ("draft", "confirmed", "partly_delivered", "delivered", "closed", "cancelled")


class OrdersPage(DocumentListPage):
    form_kind = "sales_order"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
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
        super().__init__(
            ctx,
            columns,
            lambda q: sales.list_orders(ctx.uow, q),
            DocKind.SALES_ORDER,
            placeholder=tr("Search number or customer…"),
            parent=parent,
        )
        self.list_page.add_action(tr("New order (Ctrl+N)"), self.new_document, "Ctrl+N")
        self.list_page.add_action(tr("Open (Enter)"), self.open_current)
        self.list_page.add_action(tr("Refresh"), self.reload)  # F5: the window's refresh
        self.add_print_action()
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
        # a dashboard figure's drill-down: the filter it counts by, shown and clearable
        self._drill: dict = {}
        self.drill_label = QLabel(self)
        self.drill_label.setStyleSheet("color: #2f6fb0; font-weight: bold;")
        self.drill_clear_button = QPushButton(tr("Clear"), self)
        self.drill_clear_button.clicked.connect(lambda: self.apply_drill({}, ""))
        self.drill_label.hide()
        self.drill_clear_button.hide()
        filters.addWidget(self.drill_label)
        filters.addWidget(self.drill_clear_button)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.customer_picker.picked.connect(lambda _b: self.apply_filters())
        self.customer_picker.textChanged.connect(lambda text: self.apply_filters() if not text else None)
        self.salesperson_edit.editingFinished.connect(self.apply_filters)
        self.from_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.to_edit.dateChanged.connect(lambda _d: self.apply_filters())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list_page, 1)
        ctx.changed.connect(self._on_ctx_changed)

    def _date_filter(self) -> DateEdit:
        edit = DateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(tr("any"))
        edit.setDate(edit.minimumDate())
        return edit

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
        return {**self._drill, **result}

    def apply_drill(self, filters: dict, caption: str) -> None:
        """Show the orders behind a dashboard figure (``filters`` as ``list_orders`` takes them)."""
        self._drill = dict(filters)
        low, high = filters.get("shipped_from"), filters.get("shipped_to")
        shipped = (
            tr("shipped {start} – {end}", start=date_text(low), end=date_text(high)) if low or high else tr("open")
        )
        self.drill_label.setText(tr("{figure}: {filter}", figure=caption, filter=shipped) if filters else "")
        self.drill_label.setVisible(bool(filters))
        self.drill_clear_button.setVisible(bool(filters))
        self.apply_filters()

    def apply_filters(self) -> None:
        self.list_page.model.set_query(filters=self.filters())

    # --- documents -----------------------------------------------------------------------
    def make_form(self) -> OrderEditor:
        return OrderEditor(self.ctx)

    def open_order(self, order_id) -> OrderEditor:
        """The order's form in its own tab (brought forward when open already)."""
        return self.open_document(order_id)

    def _on_ctx_changed(self, areas) -> None:
        if "sales" in areas or "parties" in areas:
            self.reload()
