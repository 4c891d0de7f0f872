"""Customers and suppliers: lists and editors (contacts, addresses, follow-ups, price check,
purchase history / quotes)."""
from __future__ import annotations

import importlib
import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSpinBox, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...errors import ValidationError
from ...i18n import tr
from ...services import catalog, lookups, parties
from ...services.parties import AddressData, ContactData, CustomerDetail, CustomerInput, FollowUpData, QuoteData, SupplierDetail, SupplierInput
from ...services.queries.paging import ListQuery
from ..context import AppContext
from ..errors import ask, show_error
from ..formatting import price_text
from ..table_models import Column, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.pickers import ProductPicker
from .common import CustomFieldRows, ExcelActions, GridEditor, connect_refresh, custom_columns, date_edit, get_date, load_defs

TIERS = ["零售", "批发", "VIP"]
CHANNELS = ["门店", "线上", "电话"]
FOLLOW_CHANNELS = ["电话", "微信", "上门", "邮件"]


def customer_columns(defs) -> list[Column]:
    return [Column("code", tr("Code"), width=80), Column("name", tr("Name"), width=200), Column("tier", tr("Tier"), width=60),
            Column("channel", tr("Channel"), width=60), Column("tags", tr("Tags"), sortable=False, width=120),
            Column("salesperson", tr("Salesperson"), width=80), Column("phone", tr("Phone"), width=110),
            Column("credit_limit", tr("Credit limit"), "money", sortable=False, width=90),
            Column("payment_terms_days", tr("Payment terms (days)"), width=70), Column("active", tr("Active"), "bool", width=45),
            ] + custom_columns(defs)


def supplier_columns(defs) -> list[Column]:
    return [Column("code", tr("Code"), width=80), Column("name", tr("Name"), width=220), Column("category", tr("Category"), width=80),
            Column("grade", tr("Grade"), width=50), Column("tags", tr("Tags"), sortable=False, width=100),
            Column("phone", tr("Phone"), width=110), Column("lead_time_days", tr("Lead time (days)"), width=80),
            Column("payment_terms_days", tr("Payment terms (days)"), width=80), Column("active", tr("Active"), "bool", width=45),
            ] + custom_columns(defs)


class _PartiesPage(QWidget):
    kind = "customer"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.defs = load_defs(ctx, self.kind)
        self.list_page = ListPage(self._columns(self.defs), self._fetch, parent=self, placeholder=tr("Search code, name or phone…"))
        self.list_page.add_action(tr("New"), self.new_party, QKeySequence.StandardKey.New)
        self.list_page.add_action(tr("Edit"), self.edit_current, "F2")
        self.list_page.add_action(tr("Activate / deactivate"), self.toggle_active, "Ctrl+D")
        self.list_page.add_action(tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.excel = ExcelActions(self, ctx, self.kind + "s", list_page=self.list_page)
        self.inactive_check = QCheckBox(tr("Show inactive"), self)
        self.inactive_check.toggled.connect(lambda on: self.list_page.model.set_query(filters={} if on else {"active": True}))
        self.list_page.toolbar.addSeparator()
        self.list_page.toolbar.addWidget(self.inactive_check)
        self.list_page.activated.connect(lambda row: self.edit_party(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        self.dialog = None
        self.list_page.model.set_query(sort="code", descending=False, filters={"active": True})  # Qt sorts descending at first
        connect_refresh(ctx, {"parties", "settings"}, self.refresh)

    def refresh(self) -> None:
        defs = load_defs(self.ctx, self.kind)
        if defs != self.defs:
            self.defs = defs
            self.list_page.model.set_columns(self._columns(defs))
        self.list_page.reload()

    def edit_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.edit_party(row.id)

    def toggle_active(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.ctx.write(lambda: parties.set_party_active(self.ctx.uow, self.kind, row.id, not row.active), lambda _r: None,
                           lambda exc: show_error(self, exc), areas={"parties"})

    def delete_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None and ask(self, tr("Delete {code} {name}?", code=row.code, name=row.name)):
            self.ctx.write(lambda: parties.delete_party(self.ctx.uow, self.kind, row.id), lambda _r: None,
                           lambda exc: show_error(self, exc), areas={"parties"})


class CustomersPage(_PartiesPage):
    kind = "customer"

    def _columns(self, defs):
        return customer_columns(defs)

    def _fetch(self, query: ListQuery):
        return parties.list_customers(self.ctx.uow, query)

    def new_party(self) -> "CustomerDialog":
        self.dialog = CustomerDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit_party(self, party_id: uuid.UUID) -> "CustomerDialog":
        self.dialog = CustomerDialog(self.ctx, parties.get_customer(self.ctx.uow, party_id), self)
        self.dialog.open()
        return self.dialog


class SuppliersPage(_PartiesPage):
    kind = "supplier"

    def _columns(self, defs):
        return supplier_columns(defs)

    def _fetch(self, query: ListQuery):
        return parties.list_suppliers(self.ctx.uow, query)

    def new_party(self) -> "SupplierDialog":
        self.dialog = SupplierDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit_party(self, party_id: uuid.UUID) -> "SupplierDialog":
        self.dialog = SupplierDialog(self.ctx, parties.get_supplier(self.ctx.uow, party_id), self)
        self.dialog.open()
        return self.dialog


class _PartyDialog(QDialog):
    entity = "customer"

    def __init__(self, ctx: AppContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved = None
        self.tabs = QTabWidget(self)
        self.general = QWidget(self)
        self.form = QFormLayout(self.general)
        self.tabs.addTab(self.general, tr("General"))
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
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
        self.contacts = GridEditor([("name", tr("Name"), "text"), ("role", tr("Role"), "text"), ("phone", tr("Phone"), "text"),
                                    ("email", tr("Email"), "text"), ("is_primary", tr("Primary"), "bool")], self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {"code": self.code_edit, "name": self.name_edit, "phone": self.phone_edit, "email": self.email_edit}

    def _contacts_data(self) -> list[ContactData]:
        return [ContactData(v["name"], v["role"], v["phone"], v["email"], v["is_primary"]) for v in self.contacts.values()]

    def _on_saved(self, detail) -> None:
        self.saved = detail
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error_label.setText(exc.message)
            field = exc.field or ""
            widget = self._fields.get(field) or (self.custom_rows.editors.get(field[7:]) if field.startswith("custom.") else None)
            if widget is not None:
                self.tabs.setCurrentIndex(0)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self, exc)


class CustomerDialog(_PartyDialog):
    def __init__(self, ctx: AppContext, customer: CustomerDetail | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.customer = customer
        self.setWindowTitle(tr("New customer") if customer is None else tr("Customer {code} {name}", code=customer.code, name=customer.name))
        self.resize(760, 620)
        self.tier_combo = QComboBox(self)
        self.tier_combo.setEditable(True)
        self.tier_combo.addItems([""] + TIERS)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setEditable(True)
        self.channel_combo.addItems([""] + CHANNELS)
        self.salesperson_edit = QLineEdit(self)
        self.credit_edit = DecimalEdit(2, minimum=None, allow_empty=True, parent=self)
        self.credit_edit.setPlaceholderText(tr("empty = no limit"))
        f = self.form
        f.addRow(tr("Code") + " *", self.code_edit)
        f.addRow(tr("Name") + " *", self.name_edit)
        f.addRow(tr("Tier"), self.tier_combo)
        f.addRow(tr("Channel"), self.channel_combo)
        f.addRow(tr("Tags"), self.tags_edit)
        f.addRow(tr("Salesperson"), self.salesperson_edit)
        f.addRow(tr("Phone"), self.phone_edit)
        f.addRow(tr("Email"), self.email_edit)
        f.addRow(tr("Tax ID"), self.tax_id_edit)
        f.addRow(tr("Credit limit"), self.credit_edit)
        f.addRow(tr("Payment terms"), self.terms_spin)
        f.addRow("", self.active_check)
        f.addRow(tr("Notes"), self.notes_edit)
        self.custom_rows = CustomFieldRows(f, load_defs(ctx, "customer"), self.general)
        self._fields.update(tier=self.tier_combo, channel=self.channel_combo, credit_limit=self.credit_edit, salesperson=self.salesperson_edit)
        self.tabs.addTab(self.contacts, tr("Contacts"))
        self.addresses = GridEditor([("label", tr("Label"), "text"), ("address", tr("Address"), "text"), ("is_default", tr("Default"), "bool")], self)
        self.tabs.addTab(self.addresses, tr("Addresses"))
        self._build_follow_ups()
        self._build_price_check()
        self._build_history()
        self._fill(customer)

    def _build_follow_ups(self) -> None:
        page = QWidget(self)
        self.follow_model = RowsTableModel([Column("on", tr("Date"), "date", width=90), Column("channel", tr("Channel"), width=60),
                                            Column("note", tr("Note"), width=220), Column("next_step", tr("Next step"), width=140),
                                            Column("next_date", tr("Next date"), "date", width=90), Column("user_name", tr("By"), width=70)], parent=self)
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
        form.addRow(QLabel(tr("The price this customer gets, from the price lists for its tier and channel (today)."), page))
        form.addRow(tr("Product"), self.price_picker)
        form.addRow(tr("Quantity"), self.price_qty)
        form.addRow(tr("Price"), self.price_label)
        self.tabs.addTab(page, tr("Prices"))

    def _build_history(self) -> None:
        self.history_widget = None
        if self.customer is None:
            return
        try:
            module = importlib.import_module("erp_desktop.ui.sales.history")
        except ModuleNotFoundError as exc:
            if exc.name != "erp_desktop.ui.sales.history":
                raise
            return
        widget_class = getattr(module, "CustomerHistoryWidget", None)
        if widget_class is not None:
            self.history_widget = widget_class(self.ctx, self.customer.id)
            self.tabs.addTab(self.history_widget, tr("Purchase history"))

    def _fill(self, c: CustomerDetail | None) -> None:
        if c is None:
            self.active_check.setChecked(True)
            self.terms_spin.setValue(30)
            self.follow_page.setEnabled(False)
            self.follow_note.setPlaceholderText(tr("Save the customer first"))
            return
        self.code_edit.setText(c.code)
        self.name_edit.setText(c.name)
        self.tier_combo.setCurrentText(c.tier)
        self.channel_combo.setCurrentText(c.channel)
        self.tags_edit.setText(", ".join(c.tags))
        self.salesperson_edit.setText(c.salesperson)
        self.phone_edit.setText(c.phone)
        self.email_edit.setText(c.email)
        self.tax_id_edit.setText(c.tax_id)
        self.credit_edit.setValue(c.credit_limit)
        self.terms_spin.setValue(c.payment_terms_days)
        self.active_check.setChecked(c.active)
        self.notes_edit.setPlainText(c.notes)
        self.custom_rows.set_values(c.custom)
        self.contacts.set_rows([vars(x) for x in c.contacts])
        self.addresses.set_rows([vars(x) for x in c.addresses])
        self.follow_model.set_rows(c.follow_ups)

    def data(self) -> CustomerInput:
        credit = self.credit_edit.value()
        if credit is None and self.credit_edit.text().strip():
            raise ValidationError(tr("{field} is not a number: {value}", field=tr("Credit limit"), value=self.credit_edit.text()), field="credit_limit")
        return CustomerInput(
            code=self.code_edit.text(), name=self.name_edit.text(), tier=self.tier_combo.currentText(), channel=self.channel_combo.currentText(),
            tags=self.tags_edit.text(), salesperson=self.salesperson_edit.text(), phone=self.phone_edit.text(), email=self.email_edit.text(),
            tax_id=self.tax_id_edit.text(), credit_limit=credit, payment_terms_days=self.terms_spin.value(), custom=self.custom_rows.values(),
            active=self.active_check.isChecked(), notes=self.notes_edit.toPlainText(), contacts=self._contacts_data(),
            addresses=[AddressData(v["address"], v["label"], v["is_default"]) for v in self.addresses.values()])

    def save(self) -> None:
        try:
            data = self.data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        cid = self.customer.id if self.customer else None
        self.ctx.write(lambda: parties.save_customer(self.ctx.uow, data, cid), self._on_saved, self._on_failed, areas={"parties"})

    def add_follow_up(self) -> None:
        if self.customer is None:
            return
        data = FollowUpData(get_date(self.follow_on), self.follow_channel.currentText(), self.follow_note.text(), self.follow_next.text(),
                            get_date(self.follow_next_date))
        cid = self.customer.id

        def done(_record) -> None:
            self.follow_note.clear()
            self.follow_next.clear()
            self.error_label.clear()
            self.follow_model.set_rows(parties.get_customer(self.ctx.uow, cid).follow_ups)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error_label.setText(exc.message)
            else:
                show_error(self, exc)

        self.ctx.write(lambda: parties.add_follow_up(self.ctx.uow, cid, data), done, failed, areas={"parties"})

    def check_price(self) -> None:
        product = self.price_picker.product()
        qty = self.price_qty.value()
        if product is None or qty is None:
            self.price_label.clear()
            return
        cid = self.customer.id if self.customer else None

        def done(resolved) -> None:
            source = resolved.source or tr("default sale price")
            self.price_label.setText(tr("{price} ({source})", price=price_text(resolved.price), source=source))

        self.ctx.query(lambda: catalog.price_for(self.ctx.uow, cid, product.id, qty), done, lambda exc: show_error(self, exc))


class SupplierDialog(_PartyDialog):
    entity = "supplier"

    def __init__(self, ctx: AppContext, supplier: SupplierDetail | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.supplier = supplier
        self.setWindowTitle(tr("New supplier") if supplier is None else tr("Supplier {code} {name}", code=supplier.code, name=supplier.name))
        self.resize(760, 600)
        self.category_edit = QLineEdit(self)
        self.grade_combo = QComboBox(self)
        self.grade_combo.setEditable(True)
        self.grade_combo.addItems(["", "A", "B", "C"])
        self.address_edit = QLineEdit(self)
        self.lead_spin = QSpinBox(self)
        self.lead_spin.setRange(0, 3650)
        self.lead_spin.setSuffix(" " + tr("days"))
        f = self.form
        f.addRow(tr("Code") + " *", self.code_edit)
        f.addRow(tr("Name") + " *", self.name_edit)
        f.addRow(tr("Category"), self.category_edit)
        f.addRow(tr("Grade"), self.grade_combo)
        f.addRow(tr("Tags"), self.tags_edit)
        f.addRow(tr("Phone"), self.phone_edit)
        f.addRow(tr("Email"), self.email_edit)
        f.addRow(tr("Address"), self.address_edit)
        f.addRow(tr("Tax ID"), self.tax_id_edit)
        f.addRow(tr("Lead time"), self.lead_spin)
        f.addRow(tr("Payment terms"), self.terms_spin)
        f.addRow("", self.active_check)
        f.addRow(tr("Notes"), self.notes_edit)
        self.custom_rows = CustomFieldRows(f, load_defs(ctx, "supplier"), self.general)
        self._fields.update(category=self.category_edit, grade=self.grade_combo, address=self.address_edit)
        self.tabs.addTab(self.contacts, tr("Contacts"))
        quotes_page = QWidget(self)
        self.quotes = GridEditor([("product_code", tr("Product code"), "text"), ("product_name", tr("Product name"), "text"),
                                  ("price", tr("Price"), "text"), ("min_qty", tr("Minimum quantity"), "text"),
                                  ("lead_time_days", tr("Lead time (days)"), "text"), ("valid_from", tr("Valid from"), "text"),
                                  ("valid_until", tr("Valid until"), "text")], quotes_page)
        self.quote_picker = ProductPicker(ctx, quotes_page)
        self.quote_picker.picked.connect(self._on_quote_picker_picked)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(tr("Add a quote for"), quotes_page))
        add_row.addWidget(self.quote_picker, 1)
        layout = QVBoxLayout(quotes_page)
        layout.addLayout(add_row)
        layout.addWidget(self.quotes, 1)
        self.tabs.addTab(quotes_page, tr("Quotes"))
        self._fill(supplier)

    def _on_quote_picker_picked(self, brief) -> None:
        self.quotes.add_row({"product_code": brief.code, "product_name": brief.name, "price": brief.purchase_price, "min_qty": Decimal(0),
                             "lead_time_days": self.lead_spin.value()})
        self.quote_picker.clear()

    def _fill(self, s: SupplierDetail | None) -> None:
        if s is None:
            self.active_check.setChecked(True)
            self.terms_spin.setValue(30)
            self.lead_spin.setValue(7)
            return
        self.code_edit.setText(s.code)
        self.name_edit.setText(s.name)
        self.category_edit.setText(s.category)
        self.grade_combo.setCurrentText(s.grade)
        self.tags_edit.setText(", ".join(s.tags))
        self.phone_edit.setText(s.phone)
        self.email_edit.setText(s.email)
        self.address_edit.setText(s.address)
        self.tax_id_edit.setText(s.tax_id)
        self.lead_spin.setValue(s.lead_time_days)
        self.terms_spin.setValue(s.payment_terms_days)
        self.active_check.setChecked(s.active)
        self.notes_edit.setPlainText(s.notes)
        self.custom_rows.set_values(s.custom)
        self.contacts.set_rows([vars(x) for x in s.contacts])
        self.quotes.set_rows([vars(q) for q in s.quotes])

    def save(self) -> None:
        quote_rows = self.quotes.values()
        uow = self.ctx.uow
        base = SupplierInput(
            code=self.code_edit.text(), name=self.name_edit.text(), category=self.category_edit.text(), grade=self.grade_combo.currentText(),
            tags=self.tags_edit.text(), phone=self.phone_edit.text(), email=self.email_edit.text(), address=self.address_edit.text(),
            tax_id=self.tax_id_edit.text(), lead_time_days=self.lead_spin.value(), payment_terms_days=self.terms_spin.value(),
            custom=self.custom_rows.values(), active=self.active_check.isChecked(), notes=self.notes_edit.toPlainText(),
            contacts=self._contacts_data())
        sid = self.supplier.id if self.supplier else None

        def work():
            quotes = []
            for n, q in enumerate(quote_rows, 1):
                brief = lookups.find_product(uow, q["product_code"])
                if brief is None:
                    raise ValidationError(tr("Quote {n}: unknown product code {code}.", n=n, code=q["product_code"]), field="quotes")
                quotes.append(QuoteData(brief.id, q["price"], q["min_qty"] or "0", q["lead_time_days"] or "7",
                                        q["valid_from"] or None, q["valid_until"] or None))
            from dataclasses import replace

            return parties.save_supplier(uow, replace(base, quotes=quotes), sid)

        self.ctx.write(work, self._on_saved, self._on_failed, areas={"parties"})
