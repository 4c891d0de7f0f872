"""Products: the list (lazily paged, search as you type on code/name/spec/barcode, sort by any
column, category filter, inactive shown on request) and the product editor."""

from __future__ import annotations

import uuid
from decimal import Decimal

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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata
from erp_desktop.services.masterdata import ProductDetail, ProductInput
from erp_desktop.services.paging import ListQuery

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error
from ..table_models import Column, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.mnemonic_edit import MnemonicEdit
from ..widgets.pickers import find_data
from ..widgets.remember import remember_geometry
from .bom import BomEditor
from .common import CustomFieldRows, ExcelActions, connect_refresh, custom_columns, load_defs

UNITS = ["个", "件", "盒", "箱", "瓶", "罐", "袋", "包", "支", "本", "提", "桶", "块", "把", "kg", "g", "L", "m"]


def product_columns(defs) -> list[Column]:
    return [
        Column("code", tr("Code"), width=90),
        Column("name", tr("Name"), width=180),
        Column("category", tr("Category"), width=130),
        Column("spec", tr("Spec"), width=90),
        Column("colour", tr("Colour"), width=60),
        Column("unit", tr("Unit"), width=45),
        Column("barcodes", tr("Barcodes"), sortable=False, width=120),
        Column("sale_price", tr("Sale price"), "price", width=80),
        Column("purchase_price", tr("Purchase price"), "price", width=80),
        Column("tax_rate", tr("Tax rate"), "percent", width=55),
        Column("reorder_point", tr("Reorder point"), "qty", width=70),
        Column("active", tr("Active"), "bool", width=45),
    ] + custom_columns(defs)


class ProductsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.defs = load_defs(ctx, "product")
        self.list_page = ListPage(
            product_columns(self.defs), self._fetch, parent=self, placeholder=tr("Search code, name, spec or barcode…")
        )
        self.list_page.add_action(tr("New product"), self.new_product, QKeySequence.StandardKey.New)
        self.list_page.add_action(tr("Edit"), self.edit_current, "F2")
        self.list_page.add_action(tr("Activate / deactivate"), self.toggle_active, "Ctrl+D")
        self.list_page.add_action(tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.excel = ExcelActions(self, ctx, "products", list_page=self.list_page)
        self.category_combo = QComboBox(self)
        self.category_combo.setMinimumContentsLength(14)
        self.category_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.inactive_check = QCheckBox(tr("Show inactive"), self)
        self.inactive_check.toggled.connect(self._on_filters_changed)
        self.list_page.toolbar.addSeparator()
        self.list_page.toolbar.addWidget(QLabel(tr("Category") + " ", self))
        self.list_page.toolbar.addWidget(self.category_combo)
        self.list_page.toolbar.addWidget(self.inactive_check)
        self.list_page.activated.connect(lambda row: self.edit_product(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        self.dialog: ProductDialog | None = None
        self._load_categories()
        self.list_page.model.set_query(
            sort="code", descending=False, filters={"active": True}
        )  # Qt sorts descending at first
        connect_refresh(ctx, {"catalog", "settings"}, self.refresh)

    def _fetch(self, query: ListQuery):
        return masterdata.list_products(self.ctx.uow, query)

    def _load_categories(self) -> None:
        keep = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(tr("All categories"), None)
        for c in masterdata.list_categories(self.ctx.uow):
            self.category_combo.addItem("    " * c.depth + c.name, c.id)
        index = find_data(self.category_combo, keep) if keep is not None else 0
        self.category_combo.setCurrentIndex(max(0, index))
        self.category_combo.blockSignals(False)

    def refresh(self) -> None:
        defs = load_defs(self.ctx, "product")
        if defs != self.defs:
            self.defs = defs
            self.list_page.model.set_columns(product_columns(defs))
        self._load_categories()
        self.list_page.reload()

    def _on_filters_changed(self, *_args) -> None:
        filters = {"active": None if self.inactive_check.isChecked() else True}
        if self.category_combo.currentData() is not None:
            filters["category_id"] = self.category_combo.currentData()
        self.list_page.model.set_query(filters=filters)

    def new_product(self) -> ProductDialog:
        self.dialog = ProductDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.edit_product(row.id)

    def edit_product(self, product_id: uuid.UUID) -> ProductDialog:
        self.dialog = ProductDialog(self.ctx, masterdata.get_product(self.ctx.uow, product_id), self)
        self.dialog.open()
        return self.dialog

    def toggle_active(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.ctx.write(
                lambda: masterdata.set_product_active(self.ctx.uow, row.id, not row.active),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"catalog"},
            )

    def delete_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None and ask(self, tr("Delete product {code} {name}?", code=row.code, name=row.name)):
            self.ctx.write(
                lambda: masterdata.delete_product(self.ctx.uow, row.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"catalog"},
            )


class ProductDialog(QDialog):
    """Create or edit a product. Validation errors show in the dialog and focus the field."""

    def __init__(self, ctx: AppContext, product: ProductDetail | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.saved: ProductDetail | None = None
        self.setWindowTitle(tr("New product") if product is None else tr("Product {code}", code=product.code))
        self.resize(620, 640)
        self.code_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.mnemonic_edit = MnemonicEdit(self.name_edit, self)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(tr("(none)"), None)
        for c in masterdata.list_categories(ctx.uow):
            self.category_combo.addItem(c.path, c.id)
        self.spec_edit = QLineEdit(self)
        self.colour_edit = QLineEdit(self)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(UNITS)
        self.unit_combo.setCurrentText("")
        self.barcodes_edit = QLineEdit(self)
        self.barcodes_edit.setPlaceholderText(tr("Several barcodes separated by commas; scan into this field"))
        self.tax_edit = DecimalEdit(2, parent=self)
        self.purchase_edit = DecimalEdit(6, minimum=None, parent=self)
        self.sale_edit = DecimalEdit(6, minimum=None, parent=self)
        self.reorder_point_edit = DecimalEdit(3, parent=self)
        self.reorder_qty_edit = DecimalEdit(3, parent=self)
        self.attributes_edit = QLineEdit(self)
        self.attributes_edit.setPlaceholderText(tr("name=value; name=value (e.g. 品牌=农夫山泉; 保质期=12个月)"))
        self.active_check = QCheckBox(tr("Active (can be bought and sold)"), self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setMaximumHeight(60)

        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(tr("Code") + " *", self.code_edit)
        form.addRow(tr("Name") + " *", self.name_edit)
        form.addRow(tr("Mnemonic"), self.mnemonic_edit)
        form.addRow(tr("Category"), self.category_combo)
        form.addRow(tr("Spec"), self.spec_edit)
        form.addRow(tr("Colour"), self.colour_edit)
        form.addRow(tr("Unit"), self.unit_combo)
        form.addRow(tr("Barcodes"), self.barcodes_edit)
        form.addRow(tr("Tax rate (%)"), self.tax_edit)
        form.addRow(tr("Purchase price"), self.purchase_edit)
        self._build_costing(general, product)
        form.addRow(tr("Costing method"), self.costing_combo)
        form.addRow(tr("Sale price"), self.sale_edit)
        prices = QHBoxLayout()
        prices.addWidget(self.reorder_point_edit)
        prices.addWidget(QLabel(tr("Reorder quantity"), self))
        prices.addWidget(self.reorder_qty_edit)
        form.addRow(tr("Reorder point"), prices)
        form.addRow(tr("Attributes"), self.attributes_edit)
        form.addRow("", self.active_check)
        form.addRow(tr("Notes"), self.notes_edit)
        self.custom_rows = CustomFieldRows(form, load_defs(ctx, "product"), general)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, tr("General"))
        self._build_tracking(product)
        self.bom_editor = BomEditor(ctx, product.id if product is not None else None, self)
        self.tabs.addTab(self.bom_editor, tr("Kit (组装 / 套装)"))
        self.prices_model = RowsTableModel(
            [
                Column("price_list", tr("Price list"), width=150),
                Column("min_qty", tr("Minimum quantity"), "qty"),
                Column("price", tr("Price"), "price"),
            ],
            parent=self,
        )
        if product is not None:
            prices_view = QTableView(self)
            prices_view.setModel(self.prices_model)
            prices_view.verticalHeader().setVisible(False)
            prices_view.horizontalHeader().setStretchLastSection(True)
            self.prices_model.set_rows(masterdata.list_price_items(ctx.uow, product_id=product.id))
            self.tabs.addTab(prices_view, tr("Price lists"))

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
        self._fields = {
            "code": self.code_edit,
            "name": self.name_edit,
            "mnemonic": self.mnemonic_edit,
            "category": self.category_combo,
            "spec": self.spec_edit,
            "colour": self.colour_edit,
            "unit": self.unit_combo,
            "barcodes": self.barcodes_edit,
            "tax_rate": self.tax_edit,
            "purchase_price": self.purchase_edit,
            "sale_price": self.sale_edit,
            "reorder_point": self.reorder_point_edit,
            "reorder_qty": self.reorder_qty_edit,
            "notes": self.notes_edit,
            "shelf_life_days": self.shelf_life_edit,
            "expiry_warning_days": self.warning_days_edit,
            "warranty_days": self.warranty_days_edit,
            "serial_tracked": self.tracking_combo,
            "costing_method": self.costing_combo,
            "component": self.bom_editor.table,
            "qty": self.bom_editor.table,
        }
        self._fill(product)
        remember_geometry(self, ctx)

    # --- costing method (移动加权平均 / 先进先出) -------------------------------------------
    def _build_costing(self, page: QWidget, product: ProductDetail | None) -> None:
        from erp_desktop.services import inventory

        self.costing_combo = QComboBox(page)
        for method in inventory.METHODS:
            self.costing_combo.addItem(inventory.costing_label(method), method)
        self.costing_combo.setToolTip(tr("Chosen by the owner before the product's first stock movement."))
        self.costing = inventory.costing_method(self.ctx.uow, product.id) if product is not None else "average"
        self.costing_combo.setCurrentIndex(max(self.costing_combo.findData(self.costing), 0))

    # --- lots and serials (批次 / 保质期 / 序列号) ---------------------------------------
    def _build_tracking(self, product: ProductDetail | None) -> None:
        from erp_desktop.services import inventory

        page = QWidget(self)
        form = QFormLayout(page)
        self.tracking_combo = QComboBox(page)
        self.tracking_combo.addItem(tr("Not tracked"), "")
        self.tracking_combo.addItem(tr("By lot (批次, with expiry)"), "lot")
        self.tracking_combo.addItem(tr("By serial number (序列号, one per unit)"), "serial")
        self.shelf_life_edit = DecimalEdit(0, parent=page)
        self.warning_days_edit = DecimalEdit(0, parent=page)
        self.warranty_days_edit = DecimalEdit(0, parent=page)
        form.addRow(tr("Tracking"), self.tracking_combo)
        form.addRow(tr("Shelf life (days)"), self.shelf_life_edit)
        form.addRow(tr("Warn before expiry (days)"), self.warning_days_edit)
        form.addRow(tr("Warranty (days)"), self.warranty_days_edit)
        note = QLabel(tr("Tracking can change only before the product's first stock movement."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        self.tabs.addTab(page, tr("Lots and serials"))
        self.tracking = (
            inventory.product_tracking(self.ctx.uow, product.id) if product is not None else inventory.Tracking()
        )
        t = self.tracking
        self.tracking_combo.setCurrentIndex(
            self.tracking_combo.findData("lot" if t.lot_tracked else "serial" if t.serial_tracked else "")
        )
        for edit, value in (
            (self.shelf_life_edit, t.shelf_life_days),
            (self.warning_days_edit, t.expiry_warning_days),
            (self.warranty_days_edit, t.warranty_days),
        ):
            edit.setText("" if value is None else str(value))

    def tracking_data(self):
        """The tracking fields as entered (``inventory.Tracking``); days must be whole numbers."""
        from erp_desktop.services import inventory

        def days(edit: DecimalEdit, field: str, label: str) -> int | None:
            if not edit.text().strip():
                return None
            value = edit.value()
            if value is None or value != value.to_integral_value():
                raise ValidationError(
                    tr("{field} must be a whole number of days between 1 and 36500.", field=label), field=field
                )
            return int(value)

        kind = self.tracking_combo.currentData()
        return inventory.Tracking(
            lot_tracked=kind == "lot",
            serial_tracked=kind == "serial",
            shelf_life_days=days(self.shelf_life_edit, "shelf_life_days", tr("Shelf life (days)")),
            expiry_warning_days=days(self.warning_days_edit, "expiry_warning_days", tr("Warn before expiry (days)")),
            warranty_days=days(self.warranty_days_edit, "warranty_days", tr("Warranty (days)")),
        )

    def _fill(self, p: ProductDetail | None) -> None:
        if p is None:
            self.tax_edit.setValue(Decimal(13))
            self.active_check.setChecked(True)
            return
        self.code_edit.setText(p.code)
        self.name_edit.setText(p.name)
        self.mnemonic_edit.show_value(p.mnemonic, p.name)
        self.category_combo.setCurrentIndex(max(0, find_data(self.category_combo, p.category_id)))
        self.spec_edit.setText(p.spec)
        self.colour_edit.setText(p.colour)
        self.unit_combo.setCurrentText(p.unit)
        self.barcodes_edit.setText(", ".join(p.barcodes))
        self.tax_edit.setValue(p.tax_rate * 100)
        self.purchase_edit.setValue(p.purchase_price)
        self.sale_edit.setValue(p.sale_price)
        self.reorder_point_edit.setValue(p.reorder_point)
        self.reorder_qty_edit.setValue(p.reorder_qty)
        self.attributes_edit.setText("; ".join(f"{k}={v}" for k, v in p.attributes.items()))
        self.active_check.setChecked(p.active)
        self.notes_edit.setPlainText(p.notes)
        self.custom_rows.set_values(p.custom)

    def data(self) -> ProductInput:
        attributes = {}
        for part in self.attributes_edit.text().replace("；", ";").split(";"):
            key, _, value = part.partition("=")
            if key.strip():
                attributes[key.strip()] = value.strip()

        def number(edit: DecimalEdit, field: str, label: str):
            value = edit.value()
            if value is None:
                raise ValidationError(
                    tr("{field} is not a number: {value}", field=label, value=edit.text()), field=field
                )
            return value

        tax = number(self.tax_edit, "tax_rate", tr("Tax rate (%)"))
        return ProductInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            mnemonic=self.mnemonic_edit.value(),
            category_id=self.category_combo.currentData(),
            spec=self.spec_edit.text(),
            colour=self.colour_edit.text(),
            unit=self.unit_combo.currentText(),
            barcodes=self.barcodes_edit.text(),
            tax_rate=tax / 100,
            purchase_price=number(self.purchase_edit, "purchase_price", tr("Purchase price")),
            sale_price=number(self.sale_edit, "sale_price", tr("Sale price")),
            reorder_point=number(self.reorder_point_edit, "reorder_point", tr("Reorder point")),
            reorder_qty=number(self.reorder_qty_edit, "reorder_qty", tr("Reorder quantity")),
            attributes=attributes,
            custom=self.custom_rows.values(),
            active=self.active_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        from erp_desktop.services import inventory

        try:
            data = self.data()
            tracking = self.tracking_data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        product_id = self.product.id if self.product else None
        changed = tracking != self.tracking
        method = self.costing_combo.currentData()
        method_changed = method != self.costing
        bom_changed = self.bom_editor.changed()
        components, bundle = self.bom_editor.components(), self.bom_editor.bundle()
        uow = self.ctx.uow

        def write() -> ProductDetail:
            # an existing product's tracking and costing method first (refused once it has stock
            # moves: nothing is written then); a new product has none, so they follow its creation
            if product_id is not None and changed:
                inventory.set_tracking(uow, product_id, tracking)
            if product_id is not None and method_changed:
                inventory.set_costing_method(uow, product_id, method)
            detail = masterdata.save_product(uow, data, product_id)
            if product_id is None and changed:
                inventory.set_tracking(uow, detail.id, tracking)
            if product_id is None and method_changed:
                inventory.set_costing_method(uow, detail.id, method)
            if bom_changed:  # its own transaction: a refused bill names its line, the product is kept
                inventory.set_bom(uow, detail.id, components, bundle=bundle)
            return detail

        self.ctx.write(write, self._on_saved, self._on_failed, areas={"catalog"})

    def _on_saved(self, detail: ProductDetail) -> None:
        self.saved = detail
        self.error_label.clear()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error_label.setText(exc.message)
            field = exc.field or ""
            widget = self._fields.get(field) or (
                self.custom_rows.editors.get(field[7:]) if field.startswith("custom.") else None
            )
            if widget is not None:
                for i in range(self.tabs.count()):  # the tab holding the field
                    page = self.tabs.widget(i)
                    if page is not None and page.isAncestorOf(widget):
                        self.tabs.setCurrentIndex(i)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_error(self, exc)
