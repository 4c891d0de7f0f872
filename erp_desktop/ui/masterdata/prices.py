"""Price lists (per customer tier and channel, with dates and priority) and their items; plus the
category tree editor."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata
from erp_desktop.services.masterdata import PriceListRow

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error
from ..table_models import Column, RowRole, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import ProductPicker
from ..widgets.remember import layout_key, remember_geometry, remember_splitter
from .common import ExcelActions, connect_refresh, date_edit, get_date
from .parties import CHANNELS, TIERS


class _ToolbarPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def add_action(self, text, slot, shortcut=None) -> QAction:
        from ..shell import keys

        action = keys.local_action(self, text, slot, shortcut)
        self.toolbar.addAction(action)
        return action


def _table(parent, model) -> QTableView:
    view = QTableView(parent)
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


class PriceListsPage(_ToolbarPage):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.lists_model = RowsTableModel(
            [
                Column("name", tr("Price list"), width=120),
                Column("tier", tr("Tier"), width=55),
                Column("channel", tr("Channel"), width=55),
                Column("valid_from", tr("Valid from"), "date", width=85),
                Column("valid_to", tr("Valid until"), "date", width=85),
                Column("priority", tr("Priority"), width=50),
                Column("items", tr("Items"), width=45),
                Column("active", tr("Active"), "bool", width=40),
            ],
            parent=self,
        )
        self.items_model = RowsTableModel(
            [
                Column("product_code", tr("Product code"), width=80),
                Column("product_name", tr("Product name"), width=160),
                Column("spec", tr("Spec"), width=70),
                Column("unit", tr("Unit"), width=40),
                Column("min_qty", tr("Minimum quantity"), "qty", width=70),
                Column("price", tr("Price"), "price", width=80),
                Column("default_price", tr("Default sale price"), "price", width=90),
            ],
            parent=self,
        )
        self.lists_view = _table(self, self.lists_model)
        self.items_view = _table(self, self.items_model)
        self.lists_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_items())
        self.lists_view.doubleClicked.connect(lambda _i: self.edit_list())
        self.add_action(tr("New price list"), self.new_list, QKeySequence.StandardKey.New)
        self.add_action(tr("Edit price list"), self.edit_list, "F2")
        self.add_action(tr("Delete price list"), self.delete_list)
        self.toolbar.addSeparator()
        self.add_action(tr("Remove price"), self.delete_item, QKeySequence.StandardKey.Delete)
        self.toolbar.addSeparator()
        self.excel = ExcelActions(self, ctx, "prices")
        # add/replace an item: product, min qty, price
        self.item_picker = ProductPicker(ctx, self)
        self.item_qty = DecimalEdit(3, parent=self)
        self.item_qty.setPlaceholderText("0")
        self.item_qty.setMaximumWidth(90)
        self.item_price = DecimalEdit(6, minimum=None, parent=self)
        self.item_price.setMaximumWidth(110)
        self.item_button = QPushButton(tr("Set price"), self)
        self.item_button.clicked.connect(self.set_item)
        self.item_picker.picked.connect(lambda b: (self.item_price.setValue(b.sale_price), self.item_price.setFocus()))
        self.item_price.returnPressed.connect(self.set_item)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        add_row = QHBoxLayout()
        add_row.addWidget(self.item_picker, 2)
        add_row.addWidget(QLabel(tr("from qty"), self))
        add_row.addWidget(self.item_qty)
        add_row.addWidget(QLabel(tr("Price"), self))
        add_row.addWidget(self.item_price)
        add_row.addWidget(self.item_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.items_view, 1)
        right_layout.addLayout(add_row)
        right_layout.addWidget(self.error_label)
        splitter = QSplitter(self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.lists_view)
        splitter.addWidget(right)
        splitter.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(
            QLabel(
                tr(
                    "A customer gets the price of the list matching its tier and channel (specific beats blank, then priority, "
                    "then the largest minimum quantity reached); without one, the product's sale price."
                ),
                self,
            )
        )
        layout.addWidget(splitter, 1)
        self.dialog = None
        self.reload()
        connect_refresh(ctx, {"catalog"}, self.reload)

    def reload(self) -> None:
        keep = self.current_list()
        rows = masterdata.list_price_lists(self.ctx.uow)
        self.lists_model.set_rows(rows)
        if rows:
            self.lists_view.selectRow(next((i for i, r in enumerate(rows) if keep and r.id == keep.id), 0))
        self._show_items()

    def current_list(self) -> PriceListRow | None:
        index = self.lists_view.currentIndex()
        return self.lists_model.data(index, RowRole) if index.isValid() else None

    def _show_items(self) -> None:
        plist = self.current_list()
        self.items_model.set_rows(masterdata.list_price_items(self.ctx.uow, plist.id) if plist else [])

    def new_list(self):
        self.dialog = PriceListDialog(self.ctx, None, self)
        self.dialog.open()
        return self.dialog

    def edit_list(self):
        plist = self.current_list()
        if plist is not None:
            self.dialog = PriceListDialog(self.ctx, plist, self)
            self.dialog.open()
        return self.dialog

    def delete_list(self) -> None:
        plist = self.current_list()
        if plist is not None and ask(
            self, tr("Delete price list {name} and its {count} prices?", name=plist.name, count=plist.items)
        ):
            self.ctx.write(
                lambda: masterdata.delete_price_list(self.ctx.uow, plist.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"catalog"},
            )

    def set_item(self) -> None:
        plist, product = self.current_list(), self.item_picker.product()
        if plist is None or product is None:
            self.error_label.setText(tr("Choose a price list and a product first."))
            return
        price, qty = self.item_price.value(), self.item_qty.value()
        if price is None or qty is None:
            self.error_label.setText(tr("Enter a valid price and quantity."))
            return

        def done(_row) -> None:
            self.error_label.clear()
            self.item_picker.clear()
            self.item_price.clear()
            self.item_qty.clear()
            self.item_picker.setFocus()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                self.error_label.setText(exc.message)
            else:
                show_error(self, exc)

        self.ctx.write(
            lambda: masterdata.save_price_item(self.ctx.uow, plist.id, product.id, price, qty),
            done,
            failed,
            areas={"catalog"},
        )

    def delete_item(self) -> None:
        index = self.items_view.currentIndex()
        item = self.items_model.data(index, RowRole) if index.isValid() else None
        if item is not None:
            self.ctx.write(
                lambda: masterdata.delete_price_item(self.ctx.uow, item.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"catalog"},
            )


class PriceListDialog(QDialog):
    def __init__(self, ctx: AppContext, row: PriceListRow | None, parent=None):
        super().__init__(parent)
        self.ctx, self.row, self.saved = ctx, row, None
        self.setWindowTitle(tr("New price list") if row is None else tr("Price list {name}", name=row.name))
        self.name_edit = QLineEdit(row.name if row else "", self)
        self.tier_combo = QComboBox(self)
        self.tier_combo.setEditable(True)
        self.tier_combo.addItems([""] + TIERS)
        self.tier_combo.setCurrentText(row.tier if row else "")
        self.channel_combo = QComboBox(self)
        self.channel_combo.setEditable(True)
        self.channel_combo.addItems([""] + CHANNELS)
        self.channel_combo.setCurrentText(row.channel if row else "")
        self.from_edit = date_edit(self, row.valid_from if row else None)
        self.to_edit = date_edit(self, row.valid_to if row else None)
        self.priority_spin = QSpinBox(self)
        self.priority_spin.setRange(-1000, 1000)
        self.priority_spin.setValue(row.priority if row else 0)
        self.active_check = QCheckBox(tr("Active"), self)
        self.active_check.setChecked(row.active if row else True)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.addRow(tr("Name") + " *", self.name_edit)
        form.addRow(tr("Tier"), self.tier_combo)
        form.addRow(tr("Channel"), self.channel_combo)
        form.addRow(tr("Valid from"), self.from_edit)
        form.addRow(tr("Valid until"), self.to_edit)
        form.addRow(tr("Priority"), self.priority_spin)
        form.addRow("", self.active_check)
        form.addRow("", QLabel(tr("Blank tier or channel = any customer."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(420, 320)
        remember_geometry(self, ctx)

    def save(self) -> None:
        save = partial(  # the form read here, on the GUI thread
            masterdata.save_price_list,
            self.ctx.uow,
            name=self.name_edit.text(),
            tier=self.tier_combo.currentText(),
            channel=self.channel_combo.currentText(),
            valid_from=get_date(self.from_edit),
            valid_to=get_date(self.to_edit),
            priority=self.priority_spin.value(),
            active=self.active_check.isChecked(),
            price_list_id=self.row.id if self.row else None,
        )

        def failed(exc):
            if isinstance(exc, ValidationError):
                self.error_label.setText(exc.message)
            else:
                show_error(self, exc)

        def done(row):
            self.saved = row
            self.accept()

        self.ctx.write(save, done, failed, areas={"catalog"})


class CategoriesPage(_ToolbarPage):
    """The category tree: add, add under, rename, move (to another parent or the top), delete."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Category")])
        self.add_action(tr("New top category"), lambda: self.add_category(None), QKeySequence.StandardKey.New)
        self.add_action(tr("New sub-category"), lambda: self.add_category(self.current_id()), "Ctrl+Shift+N")
        self.add_action(tr("Rename"), self.rename_current, "F2")
        self.add_action(tr("Move to…"), self.move_current, "Ctrl+M")
        self.add_action(tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.ask_text = lambda title, label, text="": QInputDialog.getText(self, title, label, text=text)
        self.ask_item = lambda title, label, items: QInputDialog.getItem(self, title, label, items, 0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree, 1)
        self.reload()
        connect_refresh(ctx, {"catalog"}, self.reload)

    def reload(self) -> None:
        keep = self.current_id()
        self.tree.clear()
        self.nodes = masterdata.list_categories(self.ctx.uow)
        items: dict = {}
        for node in self.nodes:
            parent = items.get(node.parent_id)
            item = QTreeWidgetItem(parent if parent is not None else self.tree, [node.name])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            items[node.id] = item
            if node.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()

    def current_id(self):
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _run(self, fn) -> None:
        self.ctx.write(fn, lambda _r: None, lambda exc: show_error(self, exc), areas={"catalog"})

    def add_category(self, parent_id) -> None:
        name, ok = self.ask_text(tr("New category"), tr("Name"))
        if ok and name.strip():
            self._run(lambda: masterdata.add_category(self.ctx.uow, name, parent_id))

    def rename_current(self) -> None:
        cid = self.current_id()
        node = next((n for n in self.nodes if n.id == cid), None)
        if node is None:
            return
        name, ok = self.ask_text(tr("Rename category"), tr("Name"), node.name)
        if ok and name.strip():
            self._run(lambda: masterdata.rename_category(self.ctx.uow, cid, name))

    def move_current(self) -> None:
        cid = self.current_id()
        node = next((n for n in self.nodes if n.id == cid), None)
        if node is None:
            return
        targets = [(tr("(top level)"), None)] + [
            (n.path, n.id) for n in self.nodes if n.id != cid and not n.path.startswith(node.path + "/")
        ]
        label, ok = self.ask_item(tr("Move {path} to", path=node.path), tr("New parent"), [t[0] for t in targets])
        if ok:
            target = dict(targets)[label]
            self._run(lambda: masterdata.move_category(self.ctx.uow, cid, target))

    def delete_current(self) -> None:
        cid = self.current_id()
        node = next((n for n in self.nodes if n.id == cid), None)
        if node is not None and ask(self, tr("Delete category {path}?", path=node.path)):
            self._run(lambda: masterdata.delete_category(self.ctx.uow, cid))
