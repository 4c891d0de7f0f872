"""The product editor's 组装 / 套装 tab: the product's bill of components.

Pick a component (code, name, barcode or 助记码; Enter adds it and puts the cursor on its quantity
per kit), type the quantity, Delete removes the current line. The unit cell takes another of the
component's units (1 包 = 10 个: type 包; empty = its base unit); the bill keeps that unit and
the base quantity, exactly. "Sold as a bundle (套装)" makes a
delivery of the product issue its components. The cost of one kit at today's cost is shown as
the lines change; the bill is saved with the product (``inventory.set_bom``), which refuses a kit
that contains itself naming the line."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory, masterdata

from ...i18n import tr
from ...money import ZERO, NotANumber, money, parse_decimal
from ..context import AppContext
from ..formatting import money_text, price_text, qty_text
from ..widgets.pickers import ProductPicker

CODE, NAME, QTY, UNIT, UNIT_COST, COST = range(6)


class BomEditor(QWidget):
    """Edits one product's bill; ``components()`` and ``bundle()`` give what to save."""

    def __init__(self, ctx: AppContext, product_id: uuid.UUID | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        self.bundle_check = QCheckBox(tr("Sold as a bundle (套装): a delivery issues the components"), self)
        self.picker = ProductPicker(ctx, self)
        self.picker.setPlaceholderText(tr("Add a component: code, name, barcode or 助记码"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Code"), tr("Name"), tr("Qty per kit"), tr("Unit"), tr("Unit cost"), tr("Cost")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.cost_label = QLabel(self)
        note = QLabel(tr("A kit is assembled (组装单) from these components and taken apart (拆卸单) into them."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bundle_check)
        layout.addWidget(self.picker)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cost_label)
        layout.addWidget(note)
        self.picker.picked.connect(self._on_picker_picked)
        self.table.itemChanged.connect(lambda _item: self._update_cost())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)
        self._loaded: tuple = ((), False)
        bom = inventory.get_bom(ctx.uow, product_id) if product_id is not None else None
        if bom is not None:
            self.bundle_check.setChecked(bom.bundle)
            units = masterdata.units_for(ctx.uow, [line.component_id for line in bom.lines])
            for line in bom.lines:
                self._append(
                    line.component_id,
                    line.code,
                    line.name,
                    line.unit,
                    line.entered,
                    line.unit_cost,
                    base_unit=line.base_unit,
                    units=units.get(line.component_id, []),
                )
        self._loaded = self._state()
        self._update_cost()

    # --- lines ----------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made with its row
        return item

    def _append(
        self,
        product_id: uuid.UUID,
        code: str,
        name: str,
        unit: str,
        quantity: Decimal,
        unit_cost: Decimal,
        *,
        base_unit: str = "",
        units: list | None = None,
    ) -> int:
        """A line: ``quantity`` per kit in ``unit``, ``unit_cost`` per base unit."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        cells = [code, name, qty_text(quantity), unit, price_text(unit_cost), ""]
        factors = {u.name: u.factor for u in units or () if not u.base}
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column not in (QTY, UNIT):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column == UNIT and factors:
                item.setToolTip(
                    tr(
                        "Units: {units}",
                        units=", ".join(
                            [base_unit or "—", *(f"{n} = {qty_text(f)} {base_unit}" for n, f in factors.items())]
                        ),
                    )
                )
            if column in (QTY, UNIT_COST, COST):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        code_item = self._cell(row, CODE)
        code_item.setData(Qt.ItemDataRole.UserRole, product_id)
        code_item.setData(Qt.ItemDataRole.UserRole + 1, unit_cost)
        code_item.setData(Qt.ItemDataRole.UserRole + 2, factors)
        code_item.setData(Qt.ItemDataRole.UserRole + 3, base_unit)
        self.table.blockSignals(False)
        return row

    def _on_picker_picked(self, brief) -> None:
        if brief is None:
            return
        for row in range(self.table.rowCount()):
            if self._cell(row, CODE).data(Qt.ItemDataRole.UserRole) == brief.id:
                self._focus_qty(row)
                return
        stock = inventory.product_stock(self.ctx.uow, brief.id)
        cost = stock.avg_cost if stock.avg_cost else brief.purchase_price
        units = masterdata.units_for(self.ctx.uow, [brief.id]).get(brief.id, [])
        row = self._append(
            brief.id, brief.code, brief.name, brief.unit, Decimal(1), cost, base_unit=brief.unit, units=units
        )
        self.picker.clear()
        self._update_cost()
        self._focus_qty(row)

    def _focus_qty(self, row: int) -> None:
        self.table.setFocus()
        self.table.setCurrentCell(row, QTY)
        self.table.editItem(self._cell(row, QTY))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_cost()

    # --- values ---------------------------------------------------------------------------
    def _qty(self, row: int) -> Decimal | None:
        try:
            return parse_decimal(self._cell(row, QTY).text())
        except NotANumber:
            return None

    def _unit(self, row: int) -> str:
        """The line's unit as the service takes it ("" = the component's base unit)."""
        text = self._cell(row, UNIT).text().strip()
        return "" if text == (self._cell(row, CODE).data(Qt.ItemDataRole.UserRole + 3) or "") else text

    def _factor(self, row: int) -> Decimal | None:
        unit = self._unit(row)
        if not unit:
            return Decimal(1)
        return (self._cell(row, CODE).data(Qt.ItemDataRole.UserRole + 2) or {}).get(unit)

    def components(self) -> list[inventory.ComponentInput]:
        """The lines as entered; a quantity that is not a number goes as zero and an unknown
        unit as typed (the service then names the line)."""
        return [
            inventory.ComponentInput(
                self._cell(row, CODE).data(Qt.ItemDataRole.UserRole), self._qty(row) or ZERO, self._unit(row)
            )
            for row in range(self.table.rowCount())
        ]

    def bundle(self) -> bool:
        return self.bundle_check.isChecked()

    def _state(self) -> tuple:
        return (tuple((c.product_id, c.qty, c.unit) for c in self.components()), self.bundle())

    def changed(self) -> bool:
        return self._state() != self._loaded

    def _update_cost(self) -> None:
        total = ZERO
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            quantity, factor = self._qty(row), self._factor(row)
            unit_cost = self._cell(row, CODE).data(Qt.ItemDataRole.UserRole + 1) or ZERO
            cost = money(quantity * factor * unit_cost) if quantity is not None and factor is not None else None
            self._cell(row, COST).setText(money_text(cost))
            total += cost or ZERO
        self.table.blockSignals(False)
        if self.table.rowCount():
            self.cost_label.setText(
                tr(
                    "{n} components; one kit costs {cost} at today's cost.",
                    n=self.table.rowCount(),
                    cost=money_text(total),
                )
            )
        else:
            self.cost_label.setText(tr("No components: this product is not a kit."))
