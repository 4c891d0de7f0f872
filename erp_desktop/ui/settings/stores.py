"""Settings → Stores (多门店): the shop's stores, each with its warehouse, the money account of each
payment method, an optional price list and points rules, and its counters (PCs). New, edit,
deactivate; "This PC sells here" puts this PC in the selected store. Rules (a warehouse in one
store, unique codes, past tickets kept in their store) are the service's: a refusal is shown in
red under the form and nothing is saved."""

from __future__ import annotations

import platform

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import counter, finance, masterdata

from ...errors import UserError
from ...i18n import tr
from ...money import parse_decimal
from ..context import AppContext
from ..errors import ask, show_error
from ..table_models import Column, RowRole, RowsTableModel


def page_title() -> str:
    return tr("Stores")


class _StoreView:
    """A store as the list shows it."""

    def __init__(self, row: counter.StoreRow, this_pc: str = ""):
        self.store = row
        self.code, self.name, self.active = row.code, row.name, row.active
        self.warehouse = row.warehouse or tr("(counter settings)")
        self.accounts = ", ".join(f"{counter.method_label(m)} {code}" for m, code in row.accounts) or tr("(shop-wide)")
        self.price_list = row.price_list
        # this PC by its computer name, not its id (other PCs: their id, as their shifts know it)
        self.counters = ", ".join(_this_pc_name() if c == this_pc else c for c in row.counters)


def _this_pc_name() -> str:
    return tr("this PC ({computer})", computer=platform.node() or "?")


class StoresPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsTableModel(
            [
                Column("code", tr("Code"), width=70),
                Column("name", tr("Name"), width=120),
                Column("warehouse", tr("Warehouse"), width=140),
                Column("accounts", tr("Money accounts"), width=200),
                Column("price_list", tr("Price list"), width=110),
                Column("counters", tr("Counters (PCs)"), width=160),
                Column("active", tr("Active"), "bool", width=50),
            ],
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, c in enumerate(self.model.columns):
            self.view.setColumnWidth(i, c.width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._load_current())
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit(self)
        self.warehouse_combo = QComboBox(self)
        self.price_list_combo = QComboBox(self)
        self.earn_edit = QLineEdit(self)
        self.earn_edit.setPlaceholderText(tr("blank = the shop's rule"))
        self.redeem_edit = QLineEdit(self)
        self.redeem_edit.setPlaceholderText(tr("blank = the shop's rule"))
        self.member_tier_edit = QLineEdit(self)
        self.member_tier_edit.setPlaceholderText(tr("blank = each member's own tier"))
        self.account_combos: dict[str, QComboBox] = {m: QComboBox(self) for m in counter.MONEY_METHODS}
        self.active_check = QCheckBox(tr("Active"), self)
        self.active_check.setChecked(True)
        from ..shell import keys

        self.new_button = QPushButton(tr("New store"), self)
        self.new_button.clicked.connect(self.new_store)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        keys.bind(self, "new_document", self.new_store, button=self.new_button)  # Ctrl+N, the window's contract
        keys.bind(self, "save", self.save, button=self.save_button)  # Ctrl+S
        self.deactivate_button = QPushButton(tr("Deactivate"), self)
        self.deactivate_button.clicked.connect(self.deactivate_current)
        self.assign_button = QPushButton(tr("This PC sells here"), self)
        self.assign_button.clicked.connect(self.assign_this_pc)
        self.this_pc_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code_edit)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Warehouse"), self.warehouse_combo)
        for method, combo in self.account_combos.items():
            form.addRow(counter.method_label(method), combo)
        form.addRow(tr("Price list"), self.price_list_combo)
        form.addRow(tr("One point per (yuan)"), self.earn_edit)
        form.addRow(tr("Points for 1 yuan off"), self.redeem_edit)
        form.addRow(tr("Members' price tier"), self.member_tier_edit)
        form.addRow("", self.active_check)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.deactivate_button, self.assign_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "A store groups a warehouse, its counters (PCs) and its money accounts. Its tickets leave from "
                    "its warehouse and book to its accounts; what it leaves blank is the counter settings'."
                ),
                self,
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.this_pc_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.editing: counter.StoreRow | None = None
        self._fill_choices()
        self.reload()

    # --- loading ---------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        uow = self.ctx.uow
        self.warehouse_combo.clear()
        self.warehouse_combo.addItem(tr("(none: the counter settings' warehouse)"), "")
        for w in masterdata.list_warehouses(uow):
            self.warehouse_combo.addItem(f"{w.code} {w.name}", w.code)
        self.price_list_combo.clear()
        self.price_list_combo.addItem(tr("(none)"), "")
        for p in masterdata.list_price_lists(uow):
            if p.active:
                self.price_list_combo.addItem(p.name, p.name)
        accounts = [a for a in finance.list_money_accounts(uow) if a.active]
        for combo in self.account_combos.values():
            combo.clear()
            combo.addItem(tr("(shop-wide)"), "")
            for a in accounts:
                combo.addItem(f"{a.code} {a.name}", a.code)

    def reload(self, select_code: str | None = None) -> None:
        rows = counter.list_stores(self.ctx.uow)
        self.model.set_rows([_StoreView(r, str(self.ctx.uow.pc_id)) for r in rows])
        here = counter.this_store(self.ctx.uow)
        self.this_pc_label.setText(
            tr(
                "This PC ({pc}) sells at store {code} {name}.",
                pc=platform.node() or "?",
                code=here.code,
                name=here.name,
            )
        )
        code = select_code or (self.editing.code if self.editing is not None else None)
        for i, r in enumerate(rows):
            if r.code == code:
                self.view.selectRow(i)
                return
        if rows and code is None:
            self.view.selectRow(0)

    def current(self) -> counter.StoreRow | None:
        index = self.view.currentIndex()
        view = self.model.data(index, RowRole) if index.isValid() else None
        return view.store if view is not None else None

    def _load_current(self) -> None:
        store = self.current()
        if store is None:
            return
        self.editing = store
        self.error_label.clear()
        self.code_edit.setText(store.code)
        self.name_edit.setText(store.name)
        self.warehouse_combo.setCurrentIndex(max(0, self.warehouse_combo.findData(store.warehouse_code)))
        self.price_list_combo.setCurrentIndex(max(0, self.price_list_combo.findData(store.price_list)))
        for method, combo in self.account_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(store.account(method))))
        self.earn_edit.setText("" if store.earn_per is None else f"{store.earn_per.normalize():f}")
        self.redeem_edit.setText("" if store.redeem_points is None else str(store.redeem_points))
        self.member_tier_edit.setText(store.member_tier)
        self.active_check.setChecked(store.active)
        self.deactivate_button.setEnabled(store.active and not store.is_default)

    # --- actions ---------------------------------------------------------------------------------
    def new_store(self) -> None:
        """Clear the form for a new store (saved by Save)."""
        self.editing = None
        self.view.clearSelection()
        for edit in (self.code_edit, self.name_edit, self.earn_edit, self.redeem_edit, self.member_tier_edit):
            edit.clear()
        for combo in (self.warehouse_combo, self.price_list_combo, *self.account_combos.values()):
            combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.deactivate_button.setEnabled(False)
        self.error_label.clear()
        self.code_edit.setFocus()

    def _input(self) -> counter.StoreInput:
        earn_text = self.earn_edit.text().strip()
        redeem_text = self.redeem_edit.text().strip()
        try:
            earn = parse_decimal(earn_text) if earn_text else None
        except (UserError, ValueError):
            raise UserError(tr("Points per yuan must be zero or more.")) from None
        if redeem_text and not redeem_text.isdigit():
            raise UserError(tr("Points per yuan off must be zero or more."))
        return counter.StoreInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            warehouse=self.warehouse_combo.currentData() or "",
            price_list=self.price_list_combo.currentData() or "",
            earn_per=earn,
            redeem_points=int(redeem_text) if redeem_text else None,
            accounts={m: combo.currentData() or "" for m, combo in self.account_combos.items()},
            active=self.active_check.isChecked(),
            member_tier=self.member_tier_edit.text(),
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.error_label.setText(exc.message)
        else:
            show_error(self, exc)

    def save(self) -> None:
        try:
            data = self._input()
        except UserError as exc:
            self._failed(exc)
            return
        editing = self.editing
        uow = self.ctx.uow

        def run() -> counter.StoreRow:
            if editing is None:
                return counter.create_store(uow, data)
            return counter.update_store(uow, editing.id, data)

        self.ctx.write(run, self._saved, self._failed, areas={"settings", "sales"})

    def _saved(self, row: counter.StoreRow) -> None:
        self.error_label.clear()
        self.editing = row
        self.reload(select_code=row.code)

    def deactivate_current(self) -> None:
        store = self.current()
        if store is None or not ask(
            self,
            tr(
                "Deactivate store {code} {name}? Its counters can no longer open shifts.",
                code=store.code,
                name=store.name,
            ),
        ):
            return
        self.ctx.write(
            lambda: counter.deactivate_store(self.ctx.uow, store.id), self._saved, self._failed, areas={"settings"}
        )

    def assign_this_pc(self) -> None:
        store = self.current()
        if store is None:
            return
        self.ctx.write(
            lambda: counter.assign_counter(self.ctx.uow, store.id),
            self._saved,
            self._failed,
            areas={"settings", "sales"},
        )


def create_page(ctx: AppContext) -> QWidget:
    return StoresPage(ctx)
