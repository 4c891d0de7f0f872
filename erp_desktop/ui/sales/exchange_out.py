"""What goes out in an exchange (换货), for ``ExchangeDialog``: a table of products, each row
typed in any of the product's units (多单位: a unit combo; a new row starts in the unit its
barcode was scanned in, else the default sale unit), the base quantity beside it ("= 48 瓶"),
red when the bin it ships from (the ship-from warehouse's bin holding the most, as the posting
picks it) holds less; below, the products short there, counted in base units (two rows of one
product add up). The posting checks the stock again."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QWidget

from erp_desktop.services import inventory, masterdata, sales

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..formatting import qty_text
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import BinPicker
from ..widgets.units import add_unit_columns, default_unit, factor_of, qty_cell, show_base_beside
from .common import item

ONE = Decimal(1)


class ExchangeOut:
    """The rows going out and their stock check; ``table`` and ``short_label`` go in the dialog."""

    def __init__(self, ctx: AppContext, parent: QWidget, table: QTableWidget, bin_picker: BinPicker):
        self.ctx, self.parent, self.table, self.bin_picker = ctx, parent, table, bin_picker
        self.unit_column, self.base_column = add_unit_columns(table, 1)
        self.products: list[masterdata.ProductBrief] = []
        self.units: list[list[masterdata.UnitRow]] = []  # per row: the product's units, base first
        self._held: dict[tuple[uuid.UUID, uuid.UUID], tuple[str, Decimal]] = {}  # (product, warehouse) → bin
        self.short_label = QLabel(parent)
        self.short_label.setWordWrap(True)
        self.short_label.setVisible(False)
        bin_picker.changed.connect(self.refresh)

    def add(self, product: masterdata.ProductBrief, quantity: Decimal, unit: str | None = None) -> int:
        """A row for ``product``: ``quantity`` in ``unit`` (None: the scanned unit, else the
        default sale unit; "" the base unit). Returns the row."""
        units = masterdata.units_for(self.ctx.uow, [product.id]).get(product.id) or []
        chosen = unit if unit is not None else (product.scanned_unit or default_unit(units, "sale"))
        row = self.table.rowCount()
        self.table.setRowCount(row + 1)
        self.products.append(product)
        self.units.append(units)
        self.table.setItem(row, 0, item(product.label))
        edit = qty_cell(self.parent, quantity)
        self.table.setCellWidget(row, 1, edit)
        price_edit = DecimalEdit(6, allow_empty=True, parent=self.parent)
        price_edit.setFrame(False)
        self.table.setCellWidget(row, 2, price_edit)
        combo = QComboBox(self.parent)
        for u in units or [masterdata.UnitRow(product.unit, ONE, base=True)]:
            combo.addItem(u.name, "" if u.base else u.name)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setEnabled(combo.count() > 1)
        self.table.setCellWidget(row, self.unit_column, combo)
        show_base_beside(
            self.table,
            row,
            self.base_column,
            edit,
            lambda: factor_of(units, combo.currentData()),
            product.unit,
            limit=lambda: self._on_hand(product.id),
        )
        combo.currentIndexChanged.connect(lambda _i, e=edit: e.textChanged.emit(e.text()))
        edit.textChanged.connect(lambda _t: self._show_short())
        self._show_short()
        return row

    def unit(self, row: int) -> str:
        """The unit row ``row`` is typed in ("" = the base unit)."""
        return self._combo(row).currentData() or ""

    def set_unit(self, row: int, unit: str) -> None:
        combo = self._combo(row)
        combo.setCurrentIndex(max(0, combo.findData(unit)))

    def base_qty(self, row: int) -> Decimal | None:
        edit = self._edit(row)
        value = edit.value() if edit.is_valid() else None
        return None if value is None else value * factor_of(self.units[row], self.unit(row))

    def inputs(self) -> list[sales.ExchangeOutInput]:
        """What goes out, each in its row's unit. Raises ValidationError (naming the row)."""
        out = []
        for row, product in enumerate(self.products):
            quantity = self._edit(row).value()
            price_edit = self.table.cellWidget(row, 2)
            assert isinstance(price_edit, DecimalEdit)
            if not quantity or not price_edit.is_valid():
                raise ValidationError(tr("Line {row}: the quantity is not a valid number.", row=row + 1), field="qty")
            out.append(sales.ExchangeOutInput(product.id, quantity, price_edit.value(), unit=self.unit(row)))
        if not out:
            raise ValidationError(tr("Enter what goes out in exchange."), field="out")
        return out

    def refresh(self) -> None:
        """The ship-from warehouse changed: check every row against its stock."""
        for row in range(len(self.products)):
            edit = self._edit(row)
            edit.textChanged.emit(edit.text())
        self._show_short()

    # --- stock, in base units ----------------------------------------------------------------
    def _ships_from(self, product_id: uuid.UUID) -> tuple[str, Decimal] | None:
        """(bin code, quantity) of the bin the posting ships the product from — the one of the
        ship-from warehouse holding the most — ("", 0) when none holds any; None while no
        warehouse is chosen."""
        warehouse = self.bin_picker.warehouse_id()
        if warehouse is None:
            return None
        key = (product_id, warehouse)
        if key not in self._held:
            bins = inventory.bin_stock(self.ctx.uow, warehouse, [product_id]).get(product_id) or []
            self._held[key] = (bins[0].code, bins[0].qty) if bins else ("", ZERO)
        return self._held[key]

    def _on_hand(self, product_id: uuid.UUID) -> Decimal | None:
        found = self._ships_from(product_id)
        return None if found is None else found[1]

    def shortages(self) -> list[str]:
        """The products going out beyond what their bin holds, in base units."""
        wanted: dict[uuid.UUID, Decimal] = {}
        for row, product in enumerate(self.products):
            wanted[product.id] = wanted.get(product.id, ZERO) + (self.base_qty(row) or ZERO)
        texts = []
        for product in {p.id: p for p in self.products}.values():
            found = self._ships_from(product.id)
            if found is not None and wanted[product.id] > found[1]:
                texts.append(
                    tr(
                        "{product}: {wanted} {unit} going out, {held} {unit} in bin {bin} it ships from.",
                        product=product.code,
                        wanted=qty_text(wanted[product.id]),
                        held=qty_text(found[1]),
                        unit=product.unit,
                        bin=found[0] or "—",
                    )
                )
        return texts

    def _show_short(self) -> None:
        texts = self.shortages()
        self.short_label.setText("\n".join(texts))
        self.short_label.setVisible(bool(texts))

    def _edit(self, row: int) -> DecimalEdit:
        edit = self.table.cellWidget(row, 1)
        assert isinstance(edit, DecimalEdit), row
        return edit

    def _combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, self.unit_column)
        assert isinstance(combo, QComboBox), row
        return combo
