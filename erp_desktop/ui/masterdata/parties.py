"""Customers and suppliers: lists and editors (contacts, addresses, follow-ups, price check,
purchase history / quotes).

One list page (``_PartiesPage``) and one editor (``_PartyDialog``) serve both kinds; the
customer and supplier classes only add what is theirs: columns and services of the list, the
editor's own fields (``FORM``, ``_kind_rows``) and tabs.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata
from erp_desktop.services.masterdata import (
    AddressData,
    ContactData,
    CustomerDetail,
    CustomerInput,
    FollowUpData,
    QuoteData,
    SupplierDetail,
    SupplierInput,
)
from erp_desktop.services.paging import ListQuery

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error
from ..formatting import price_text
from ..table_models import Column, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.mnemonic_edit import MnemonicEdit
from ..widgets.pickers import ProductPicker, StaffPicker
from ..widgets.remember import remember_geometry
from .common import (
    CustomFieldRows,
    ExcelActions,
    GridEditor,
    connect_refresh,
    custom_columns,
    date_edit,
    get_date,
    load_defs,
)

TIERS = ["零售", "批发", "VIP"]
CHANNELS = ["门店", "线上", "电话"]
FOLLOW_CHANNELS = ["电话", "微信", "上门", "邮件"]


def customer_columns(defs) -> list[Column]:
    return [
        Column("code", tr("Code"), width=80),
        Column("name", tr("Name"), width=200),
        Column("tier", tr("Tier"), width=60),
        Column("channel", tr("Channel"), width=60),
        Column("tags", tr("Tags"), sortable=False, width=120),
        Column("salesperson", tr("Salesperson"), width=80),
        Column("phone", tr("Phone"), width=110),
        Column("credit_limit", tr("Credit limit"), "money", sortable=False, width=90),
        Column("payment_terms_days", tr("Payment terms (days)"), width=70),
        Column("active", tr("Active"), "bool", width=45),
    ] + custom_columns(defs)


def supplier_columns(defs) -> list[Column]:
    return [
        Column("code", tr("Code"), width=80),
        Column("name", tr("Name"), width=220),
        Column("category", tr("Category"), width=80),
        Column("grade", tr("Grade"), width=50),
        Column("tags", tr("Tags"), sortable=False, width=100),
        Column("phone", tr("Phone"), width=110),
        Column("lead_time_days", tr("Lead time (days)"), width=80),
        Column("payment_terms_days", tr("Payment terms (days)"), width=80),
        Column("active", tr("Active"), "bool", width=45),
    ] + custom_columns(defs)


def _value(widget: QWidget):
    """What an editor widget of the General tab holds, as the service's input takes it."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, DecimalEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return cast(QPlainTextEdit, widget).toPlainText()


def _show(widget: QWidget, value) -> None:
    """Put a detail's value into an editor widget of the General tab (tags as "a, b")."""
    if isinstance(widget, QComboBox):
        widget.setCurrentText(value)
    elif isinstance(widget, DecimalEdit):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(", ".join(value) if isinstance(value, tuple) else value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    else:
        cast(QPlainTextEdit, widget).setPlainText(value)


class _PartyDialog(QDialog):
    """Editor of one customer or supplier (``party`` is its detail, None for a new one).

    The General tab's rows are the kind's ``FORM``, field names of the service's input in the
    order shown: the widgets every kind has are made here, the kind's own ones by
    ``_kind_rows``. Loading a detail into them and reading them back into an input go by the
    same names. After the Contacts tab, ``_add_tabs`` adds the kind's own tabs.
    """

    kind: str  # "customer" | "supplier": custom-field owner
    input_class: type  # the service's input
    FORM: tuple[str, ...]
    dialog_height = 620

    def __init__(self, ctx: AppContext, party, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.party = party
        self.saved = None
        self.tabs = QTabWidget(self)
        self.general = QWidget(self)
        self.form = QFormLayout(self.general)
        self.tabs.addTab(self.general, tr("General"))
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.mnemonic_edit = MnemonicEdit(self.name_edit, self)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(tr("Tags separated by commas"))
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.tax_id_edit = QLineEdit(self)
        self.terms_spin = QSpinBox(self)
        self.terms_spin.setRange(0, 3650)
        self.terms_spin.setSuffix(" " + tr("days"))
        self.active_check = QCheckBox(tr("Active"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(60)
        self.contacts = GridEditor(
            [
                ("name", tr("Name"), "text"),
                ("role", tr("Role"), "text"),
                ("phone", tr("Phone"), "text"),
                ("email", tr("Email"), "text"),
                ("is_primary", tr("Primary"), "bool"),
            ],
            self,
        )
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self._title(party))
        self.resize(760, self.dialog_height)
        kind_rows = self._kind_rows()
        self.rows: dict[str, tuple[str, QWidget]] = {
            "code": (tr("Code") + " *", self.code_edit),
            "name": (tr("Name") + " *", self.name_edit),
            "mnemonic": (tr("Mnemonic"), self.mnemonic_edit),
            "tags": (tr("Tags"), self.tags_edit),
            "phone": (tr("Phone"), self.phone_edit),
            "email": (tr("Email"), self.email_edit),
            "tax_id": (tr("Tax ID"), self.tax_id_edit),
            "payment_terms_days": (tr("Payment terms"), self.terms_spin),
            "active": ("", self.active_check),
            "notes": (tr("Notes"), self.notes_edit),
            **kind_rows,
        }
        for name in self.FORM:
            self.form.addRow(*self.rows[name])
        self.custom_rows = CustomFieldRows(self.form, load_defs(ctx, self.kind), self.general)
        # widgets a service error on their field moves the focus to
        self._fields: dict[str, QWidget] = {
            "code": self.code_edit,
            "name": self.name_edit,
            "mnemonic": self.mnemonic_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            **{name: widget for name, (_label, widget) in kind_rows.items()},
        }
        self.tabs.addTab(self.contacts, tr("Contacts"))
        self._add_tabs()
        self._fill(party)
        remember_geometry(self, ctx)

    # ---- the kind's own parts
    def _title(self, party) -> str:
        raise NotImplementedError

    def _kind_rows(self) -> dict[str, tuple[str, QWidget]]:
        """Make the kind's own General-tab widgets: field name → (label, widget)."""
        raise NotImplementedError

    def _add_tabs(self) -> None:
        """Add the kind's own tabs after Contacts."""

    def _fill_new(self) -> None:
        """Defaults of a new party besides active and 30 days' terms."""

    def _fill_own(self, party) -> None:
        """Show the detail's kind-specific lists."""

    def _own_input(self) -> dict:
        """The input's kind-specific lists read from the editor."""
        return {}

    def _save_work(self, data, party_id):
        """The background work that saves ``data``; its result is the saved detail."""
        raise NotImplementedError

    # ---- shared
    def _fill(self, party) -> None:
        if party is None:
            self.active_check.setChecked(True)
            self.terms_spin.setValue(30)
            self._fill_new()
            return
        for name in self.FORM:
            _show(self.rows[name][1], getattr(party, name))
        self.mnemonic_edit.show_value(party.mnemonic, party.name)
        self.custom_rows.set_values(party.custom)
        self.contacts.set_rows([vars(x) for x in party.contacts])
        self._fill_own(party)

    def data(self):
        """The service input for what the editor shows (quotes are resolved when saving)."""
        values = {name: _value(self.rows[name][1]) for name in self.FORM}
        return self.input_class(
            **values, custom=self.custom_rows.values(), contacts=self._contacts_data(), **self._own_input()
        )

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        party_id = self.party.id if self.party else None
        self.ctx.write(self._save_work(data, party_id), self._on_saved, self._on_failed, areas={"parties"})

    def _contacts_data(self) -> list[ContactData]:
        return [
            ContactData(v["name"], v["role"], v["phone"], v["email"], v["is_primary"]) for v in self.contacts.values()
        ]

    def _on_saved(self, detail) -> None:
        self.saved = detail
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error_label.setText(exc.message)
            field = exc.field or ""
            widget = self._fields.get(field) or (
                self.custom_rows.editors.get(field[7:]) if field.startswith("custom.") else None
            )
            if widget is not None:
                self.tabs.setCurrentIndex(0)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self, exc)


class CustomerDialog(_PartyDialog):
    """A customer: tier, channel, salesperson, credit limit; addresses, follow-ups, the price it
    gets, and its purchase history (when the sales area is installed)."""

    kind = "customer"
    input_class = CustomerInput
    FORM = (
        "code",
        "name",
        "mnemonic",
        "tier",
        "channel",
        "tags",
        "salesperson",
        "phone",
        "email",
        "tax_id",
        "credit_limit",
        "payment_terms_days",
        "active",
        "notes",
    )

    def _title(self, party) -> str:
        return tr("New customer") if party is None else tr("Customer {code} {name}", code=party.code, name=party.name)

    def _kind_rows(self) -> dict[str, tuple[str, QWidget]]:
        self.tier_combo = QComboBox(self)
        self.tier_combo.setEditable(True)
        self.tier_combo.addItems([""] + TIERS)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setEditable(True)
        self.channel_combo.addItems([""] + CHANNELS)
        self.salesperson_edit = StaffPicker(self.ctx, self)  # 销售员: a member of staff (or a name typed)
        self.credit_edit = DecimalEdit(2, minimum=None, allow_empty=True, parent=self)
        self.credit_edit.setPlaceholderText(tr("empty = no limit"))
        return {
            "tier": (tr("Tier"), self.tier_combo),
            "channel": (tr("Channel"), self.channel_combo),
            "salesperson": (tr("Salesperson"), self.salesperson_edit),
            "credit_limit": (tr("Credit limit"), self.credit_edit),
        }

    def _add_tabs(self) -> None:
        self.addresses = GridEditor(
            [("label", tr("Label"), "text"), ("address", tr("Address"), "text"), ("is_default", tr("Default"), "bool")],
            self,
        )
        self.tabs.addTab(self.addresses, tr("Addresses"))
        self._build_follow_ups()
        self._build_price_check()
        self._build_history()

    def _build_follow_ups(self) -> None:
        page = QWidget(self)
        self.follow_model = RowsTableModel(
            [
                Column("on", tr("Date"), "date", width=90),
                Column("channel", tr("Channel"), width=60),
                Column("note", tr("Note"), width=220),
                Column("next_step", tr("Next step"), width=140),
                Column("next_date", tr("Next date"), "date", width=90),
                Column("user_name", tr("By"), width=70),
            ],
            parent=self,
        )
        view = QTableView(page)
        view.setModel(self.follow_model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        for i, c in enumerate(self.follow_model.columns):
            view.setColumnWidth(i, c.width)
        self.follow_on = date_edit(page, date.today(), optional=False)
        self.follow_channel = QComboBox(page)
        self.follow_channel.setEditable(True)
        self.follow_channel.addItems(FOLLOW_CHANNELS)
        self.follow_note = QLineEdit(page)
        self.follow_note.setPlaceholderText(tr("What was said"))
        self.follow_next = QLineEdit(page)
        self.follow_next.setPlaceholderText(tr("Next step"))
        self.follow_next_date = date_edit(page, None)
        self.follow_button = QPushButton(tr("Add follow-up"), page)
        self.follow_button.clicked.connect(self.add_follow_up)
        row1 = QHBoxLayout()
        for w in (self.follow_on, self.follow_channel, self.follow_note):
            row1.addWidget(w)
        row1.setStretch(2, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.follow_next, 1)
        row2.addWidget(QLabel(tr("Next date"), page))
        row2.addWidget(self.follow_next_date)
        row2.addWidget(self.follow_button)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.follow_page = page
        self.tabs.addTab(page, tr("Follow-ups"))

    def _build_price_check(self) -> None:
        page = QWidget(self)
        self.price_picker = ProductPicker(self.ctx, page)
        self.price_qty = DecimalEdit(3, parent=page)
        self.price_qty.setValue(Decimal(1))
        self.price_label = QLabel(page)
        self.price_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.price_picker.picked.connect(lambda _b: self.check_price())
        self.price_qty.editingFinished.connect(self.check_price)
        form = QFormLayout(page)
        form.addRow(
            QLabel(tr("The price this customer gets, from the price lists for its tier and channel (today)."), page)
        )
        form.addRow(tr("Product"), self.price_picker)
        form.addRow(tr("Quantity"), self.price_qty)
        form.addRow(tr("Price"), self.price_label)
        self.tabs.addTab(page, tr("Prices"))

    def _build_history(self) -> None:
        self.history_widget = None
        if self.party is None:
            return
        try:
            module = importlib.import_module("erp_desktop.ui.sales.history")
        except ModuleNotFoundError as exc:
            if exc.name != "erp_desktop.ui.sales.history":
                raise
            return
        widget_class = getattr(module, "CustomerHistoryWidget", None)
        if widget_class is not None:
            self.history_widget = widget_class(self.ctx, self.party.id)
            self.tabs.addTab(self.history_widget, tr("Purchase history"))

    def _fill_new(self) -> None:
        self.follow_page.setEnabled(False)
        self.follow_note.setPlaceholderText(tr("Save the customer first"))

    def _fill_own(self, party: CustomerDetail) -> None:
        self.addresses.set_rows([vars(x) for x in party.addresses])
        self.follow_model.set_rows(party.follow_ups)

    def data(self) -> CustomerInput:
        if self.credit_edit.value() is None and self.credit_edit.text().strip():
            raise ValidationError(
                tr("{field} is not a number: {value}", field=tr("Credit limit"), value=self.credit_edit.text()),
                field="credit_limit",
            )
        return super().data()

    def _own_input(self) -> dict:
        return {"addresses": [AddressData(v["address"], v["label"], v["is_default"]) for v in self.addresses.values()]}

    def _save_work(self, data, party_id):
        return lambda: masterdata.save_customer(self.ctx.uow, data, party_id)

    def add_follow_up(self) -> None:
        on = get_date(self.follow_on)
        if self.party is None:
            return
        if on is None:
            show_error(self, ValidationError(tr("Enter the date of the follow-up."), field="on"))
            return
        data = FollowUpData(
            on,
            self.follow_channel.currentText(),
            self.follow_note.text(),
            self.follow_next.text(),
            get_date(self.follow_next_date),
        )
        cid = self.party.id

        def done(_record) -> None:
            self.follow_note.clear()
            self.follow_next.clear()
            self.error_label.clear()
            self.follow_model.set_rows(masterdata.get_customer(self.ctx.uow, cid).follow_ups)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error_label.setText(exc.message)
            else:
                show_error(self, exc)

        self.ctx.write(lambda: masterdata.add_follow_up(self.ctx.uow, cid, data), done, failed, areas={"parties"})

    def check_price(self) -> None:
        product = self.price_picker.product()
        qty = self.price_qty.value()
        if product is None or qty is None:
            self.price_label.clear()
            return
        cid = self.party.id if self.party else None

        def done(resolved) -> None:
            source = resolved.source or tr("default sale price")
            self.price_label.setText(tr("{price} ({source})", price=price_text(resolved.price), source=source))

        self.ctx.query(
            lambda: masterdata.price_for(self.ctx.uow, cid, product.id, qty), done, lambda exc: show_error(self, exc)
        )


class SupplierDialog(_PartyDialog):
    """A supplier: category, grade, address, lead time; its quotes (a product, price, minimum
    quantity, lead time and validity each), entered by product code."""

    kind = "supplier"
    input_class = SupplierInput
    FORM = (
        "code",
        "name",
        "mnemonic",
        "category",
        "grade",
        "tags",
        "phone",
        "email",
        "address",
        "tax_id",
        "lead_time_days",
        "payment_terms_days",
        "active",
        "notes",
    )
    dialog_height = 600

    def _title(self, party) -> str:
        return tr("New supplier") if party is None else tr("Supplier {code} {name}", code=party.code, name=party.name)

    def _kind_rows(self) -> dict[str, tuple[str, QWidget]]:
        self.category_edit = QLineEdit(self)
        self.grade_combo = QComboBox(self)
        self.grade_combo.setEditable(True)
        self.grade_combo.addItems(["", "A", "B", "C"])
        self.address_edit = QLineEdit(self)
        self.lead_spin = QSpinBox(self)
        self.lead_spin.setRange(0, 3650)
        self.lead_spin.setSuffix(" " + tr("days"))
        return {
            "category": (tr("Category"), self.category_edit),
            "grade": (tr("Grade"), self.grade_combo),
            "address": (tr("Address"), self.address_edit),
            "lead_time_days": (tr("Lead time"), self.lead_spin),
        }

    def _add_tabs(self) -> None:
        quotes_page = QWidget(self)
        self.quotes = GridEditor(
            [
                ("product_code", tr("Product code"), "text"),
                ("product_name", tr("Product name"), "text"),
                ("price", tr("Price"), "text"),
                ("min_qty", tr("Minimum quantity"), "text"),
                ("lead_time_days", tr("Lead time (days)"), "text"),
                ("valid_from", tr("Valid from"), "text"),
                ("valid_until", tr("Valid until"), "text"),
            ],
            quotes_page,
        )
        self.quote_picker = ProductPicker(self.ctx, quotes_page)
        self.quote_picker.picked.connect(self._on_quote_picker_picked)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(tr("Add a quote for"), quotes_page))
        add_row.addWidget(self.quote_picker, 1)
        layout = QVBoxLayout(quotes_page)
        layout.addLayout(add_row)
        layout.addWidget(self.quotes, 1)
        self.tabs.addTab(quotes_page, tr("Quotes"))

    def _on_quote_picker_picked(self, brief) -> None:
        self.quotes.add_row(
            {
                "product_code": brief.code,
                "product_name": brief.name,
                "price": brief.purchase_price,
                "min_qty": Decimal(0),
                "lead_time_days": self.lead_spin.value(),
            }
        )
        self.quote_picker.clear()

    def _fill_new(self) -> None:
        self.lead_spin.setValue(7)

    def _fill_own(self, party: SupplierDetail) -> None:
        self.quotes.set_rows([vars(q) for q in party.quotes])

    def _save_work(self, data: SupplierInput, party_id):
        """Resolve the quotes' product codes in the background, then save with them."""
        quote_rows = self.quotes.values()
        uow = self.ctx.uow

        def work():
            quotes = []
            for n, q in enumerate(quote_rows, 1):
                brief = masterdata.find_product(uow, q["product_code"])
                if brief is None:
                    raise ValidationError(
                        tr("Quote {n}: unknown product code {code}.", n=n, code=q["product_code"]), field="quotes"
                    )
                quotes.append(
                    QuoteData(
                        brief.id,
                        q["price"],
                        q["min_qty"] or "0",
                        q["lead_time_days"] or "7",
                        q["valid_from"] or None,
                        q["valid_until"] or None,
                    )
                )
            return masterdata.save_supplier(uow, replace(data, quotes=quotes), party_id)

        return work


class _PartiesPage(QWidget):
    """The list of one kind of party, with New / Edit / Activate / Delete and Excel import and
    export. A subclass names the kind, its columns, its list and detail services and its editor."""

    kind: str  # "customer" | "supplier"
    columns: Callable[[list], list[Column]]  # the list's columns for the kind's custom-field definitions
    list_service: Callable  # (uow, ListQuery) → Page of rows
    detail_service: Callable  # (uow, id) → the detail the editor shows
    dialog_class: type[_PartyDialog]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.defs = load_defs(ctx, self.kind)
        self.list_page = ListPage(
            self.columns(self.defs), self._fetch, parent=self, placeholder=tr("Search code, name or phone…")
        )
        self.list_page.add_action(tr("New"), self.new_party, QKeySequence.StandardKey.New)
        self.list_page.add_action(tr("Edit"), self.edit_current, "F2")
        self.list_page.add_action(tr("Activate / deactivate"), self.toggle_active, "Ctrl+D")
        self.list_page.add_action(tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.excel = ExcelActions(self, ctx, self.kind + "s", list_page=self.list_page)
        self.inactive_check = QCheckBox(tr("Show inactive"), self)
        self.inactive_check.toggled.connect(
            lambda on: self.list_page.model.set_query(filters={} if on else {"active": True})
        )
        self.list_page.toolbar.addSeparator()
        self.list_page.toolbar.addWidget(self.inactive_check)
        self.list_page.activated.connect(lambda row: self.edit_party(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        self.dialog: _PartyDialog | None = None
        self.list_page.model.set_query(
            sort="code", descending=False, filters={"active": True}
        )  # Qt sorts descending at first
        connect_refresh(ctx, {"parties", "settings"}, self.refresh)

    def _fetch(self, query: ListQuery):
        return self.list_service(self.ctx.uow, query)

    def refresh(self) -> None:
        defs = load_defs(self.ctx, self.kind)
        if defs != self.defs:
            self.defs = defs
            self.list_page.model.set_columns(self.columns(defs))
        self.list_page.reload()

    def new_party(self) -> _PartyDialog:
        return self._open(None)

    def edit_party(self, party_id: uuid.UUID) -> _PartyDialog:
        return self._open(self.detail_service(self.ctx.uow, party_id))

    def _open(self, detail) -> _PartyDialog:
        dialog = self.dialog_class(self.ctx, detail, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.edit_party(row.id)

    def toggle_active(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.ctx.write(
                lambda: masterdata.set_party_active(self.ctx.uow, self.kind, row.id, not row.active),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"parties"},
            )

    def delete_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None and ask(self, tr("Delete {code} {name}?", code=row.code, name=row.name)):
            self.ctx.write(
                lambda: masterdata.delete_party(self.ctx.uow, self.kind, row.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"parties"},
            )


class CustomersPage(_PartiesPage):
    """Customers: the list and the customer editor."""

    kind = "customer"
    columns = staticmethod(customer_columns)
    list_service = staticmethod(masterdata.list_customers)
    detail_service = staticmethod(masterdata.get_customer)
    dialog_class = CustomerDialog


class SuppliersPage(_PartiesPage):
    """Suppliers: the list and the supplier editor."""

    kind = "supplier"
    columns = staticmethod(supplier_columns)
    list_service = staticmethod(masterdata.list_suppliers)
    detail_service = staticmethod(masterdata.get_supplier)
    dialog_class = SupplierDialog
