"""Delivery (销售出库), return (销售退货) and exchange (换货) dialogs. Each posts through one
service call; warnings the user may accept (negative stock under "warn") are asked about.

多单位: a row shows and takes its quantities in the unit its order line was entered in (3 箱)
when they convert exactly, else in the base unit; the base quantity stands beside it ("= 72 瓶"),
red when the chosen bin holds less. Stock, shortfalls, lots and serials count in base units."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory, masterdata, sales

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..formatting import qty_text
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import BinPicker, ProductPicker, find_data
from ..widgets.remember import layout_key, remember_geometry, remember_header
from ..widgets.units import RowUnit, add_unit_columns, qty_cell, row_unit, show_base_beside
from .bundle_lots import BundleLotsDialog, open_for_row, tracked_bundles
from .common import AREAS, date_edit, date_of, item, qty_item
from .exchange_out import ExchangeOut


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(0, 240)
    for column in range(1, len(headers)):
        table.setColumnWidth(column, 84)
    return table


class DeliveryDialog(QDialog):
    """Deliver an order from one warehouse. Each line is taken from the bins that hold its stock
    (split over several bins when one is not enough) and capped at what is there; every bin
    combo shows what the bin holds of the line's product. Choosing a bin in the header puts
    every line on that bin.

    A lot-tracked line gets a lot combo: first expiry first out (FEFO) by default, or one lot of
    those in the line's bin (its expiry and quantity shown, an expired one marked); selling an
    expired lot asks first (the service's confirmation). A serial-tracked line gets a button that
    opens the serial scan (one per unit, count checked). A bundle (套装) with tracked components
    gets a button that opens its components' lots and serials (``BundleLotsDialog``)."""

    posted = Signal(object)

    def __init__(self, ctx: AppContext, order: sales.OrderView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.order = ctx, order
        self.setWindowTitle(tr("Deliver {number}", number=order.number))
        self.resize(980, 460)
        self.lines = [line for line in order.lines if line.remaining > ZERO]
        self.rows: list[tuple[sales.OrderLineView, Decimal]] = []  # (order line, proposed quantity) per table row
        self.row_units: list[RowUnit] = []  # the unit each row's quantity is typed in
        self._warehouse: uuid.UUID | None = None  # None: warehouses still loading
        self._proposed = False  # lines shown for ``_warehouse`` yet
        self._bin: uuid.UUID | None = None
        self._bins: dict = {}  # product id → bins of the warehouse holding it
        self.bin_picker = BinPicker(ctx, self)
        self.on_edit = date_edit(self)
        form = QFormLayout()
        form.addRow(tr("Warehouse / bin"), self.bin_picker)
        form.addRow(tr("Date"), self.on_edit)
        self.lines_table = _table(
            self,
            [
                tr("Product"),
                tr("Open"),
                tr("In warehouse"),
                tr("Deliver now"),
                tr("Bin (on hand)"),
                tr("Lot / serials"),
            ],
        )
        self.lines_table.setColumnWidth(4, 180)
        self.unit_column, self.base_column = add_unit_columns(self.lines_table, 3)
        self.tracking = {
            pid: inventory.product_tracking(ctx.uow, pid) for pid in {line.product_id for line in self.lines}
        }
        self.bundles = tracked_bundles(ctx, {line.product_id for line in self.lines})
        self._component_lots: dict[int, dict] = {}  # table row → a bundle's lots by component
        self.bundle_dialog: BundleLotsDialog | None = None
        self._lots_of: dict = {}  # product id → its lots in stock (lot-tracked products)
        self._serials: dict[int, tuple] = {}  # table row → the serials scanned (serial-tracked)
        self._serial_dialog: QDialog | None = None
        self.short_label = QLabel(self)
        self.short_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Post delivery"))
        buttons.accepted.connect(self.post)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.short_label)
        layout.addWidget(buttons)
        self.bin_picker.changed.connect(self._on_bin_picker_changed)
        self._on_bin_picker_changed()
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    def _on_bin_picker_changed(self) -> None:
        warehouse_id, bin_id = self.bin_picker.warehouse_id(), self.bin_picker.bin_id()
        bin_changed, self._bin = bin_id != self._bin, bin_id
        if warehouse_id != self._warehouse or not self._proposed:
            self._warehouse, self._proposed = warehouse_id, True
            self._propose()
        elif bin_changed and bin_id is not None:  # the user chose a bin for every line
            for row in range(self.lines_table.rowCount()):
                combo = _cell(self.lines_table, row, 4, QComboBox)
                index = find_data(combo, bin_id)
                if index >= 0:
                    combo.setCurrentIndex(index)

    def _propose(self) -> None:
        warehouse_id = self._warehouse
        if warehouse_id is None:  # warehouses still loading: what is open, until they are known
            self._show(None, {})
            return
        uow, wants = self.ctx.uow, [(line.product_id, line.remaining) for line in self.lines]
        # a few indexed rows, read at once so a late answer never overwrites what the user typed
        try:
            proposals = inventory.propose_picks(uow, warehouse_id, wants)
            bins = inventory.bin_stock(uow, warehouse_id, [pid for pid, _ in wants])
        except Exception as exc:  # shown, never a traceback
            show_error(self, exc)
            return
        self._show(proposals, bins)

    def _show(self, proposals: list | None, bins: dict) -> None:
        self._bins = bins
        warehouse = next((w for w in self.bin_picker.warehouses() if w.id == self._warehouse), None)
        table = self.lines_table
        table.setRowCount(0)
        self.rows, self.row_units = [], []
        shorts = []
        for index, line in enumerate(self.lines):
            proposal = proposals[index] if proposals is not None else None
            picks = list(proposal.picks) if proposal is not None else []
            held = {b.location_id: b.qty for b in bins.get(line.product_id, ())}
            if proposal is not None and proposal.short > ZERO:
                shorts.append(
                    tr(
                        "{product}: {short} not in this warehouse, stays open.",
                        product=line.product_code,
                        short=_in_units(proposal.short, line),
                    )
                )
            for n, pick in enumerate(picks or [None]):
                row = table.rowCount()
                table.insertRow(row)
                first = n == 0
                quantity = pick.qty if pick is not None else ZERO if proposal is not None else line.remaining
                unit = row_unit((quantity, line.remaining), line.entered_unit, line.unit_factor, line.unit)
                table.setItem(row, 0, item(line.label if first else "  ↳ " + line.product_code))
                table.setItem(row, 1, qty_item(unit.shown(line.remaining)) if first else item(""))
                in_warehouse = proposal.in_warehouse if proposal is not None else None
                table.setItem(
                    row,
                    2,
                    item(_in_units(in_warehouse, line), numeric=True, warn=in_warehouse < line.remaining)
                    if first and in_warehouse is not None
                    else item(""),
                )
                edit = qty_cell(self, unit.shown(quantity))
                table.setCellWidget(row, 3, edit)
                combo = QComboBox(self)
                for b in warehouse.bins if warehouse else ():
                    combo.addItem(f"{b.code} ({qty_text(held.get(b.id, ZERO))})", b.id)
                target = pick.location_id if pick is not None else self.bin_picker.bin_id()
                if find_data(combo, target) >= 0:
                    combo.setCurrentIndex(find_data(combo, target))
                table.setCellWidget(row, 4, combo)
                table.setItem(row, self.unit_column, item(unit.label))
                show_base_beside(
                    table,
                    row,
                    self.base_column,
                    edit,
                    unit.factor,
                    unit.base_unit,
                    limit=_held_in(combo, held) if proposals is not None else None,
                )
                combo.currentIndexChanged.connect(lambda _i, e=edit: e.textChanged.emit(e.text()))
                self.rows.append((line, quantity))
                self.row_units.append(unit)
                self._lot_cell(row, line, combo)
        tracked = bool(self.bundles) or any(t.lot_tracked or t.serial_tracked for t in self.tracking.values())
        table.setColumnHidden(5, not tracked)  # the lot column only where a line takes lots
        self.short_label.setText("\n".join(shorts))
        self.short_label.setVisible(bool(shorts))

    def line_inputs(self) -> list[sales.DeliveryLineInput]:
        result = []
        for row, (line, _proposed) in enumerate(self.rows):
            edit = _cell(self.lines_table, row, 3, DecimalEdit)
            if not edit.is_valid():
                raise ValidationError(tr("Line {row}: the quantity is not a valid number.", row=row + 1), field="qty")
            quantity = edit.value() or ZERO
            if quantity > ZERO:
                combo = _cell(self.lines_table, row, 4, QComboBox)
                unit = self.row_units[row]
                result.append(
                    sales.DeliveryLineInput(
                        line.id,
                        quantity,
                        combo.currentData() or self.bin_picker.bin_id(),
                        self._chosen_lots(row, unit.base(quantity)),
                        unit=unit.unit,
                        component_lots=tuple(self._component_lots.get(row, {}).items()),
                    )
                )
        if not result:
            raise ValidationError(tr("Enter a quantity to deliver."), field="qty")
        return result

    def post(self) -> None:
        try:
            lines = self.line_inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return
        uow, order_id, on, warehouse = (
            self.ctx.uow,
            self.order.id,
            date_of(self.on_edit),
            self.bin_picker.warehouse_id(),
        )
        run_confirmable(
            self,
            lambda ack: sales.deliver_order(
                uow, order_id, lines=lines, on=on, warehouse_id=warehouse, acknowledged=ack
            ),
            self._done,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )

    def _done(self, ref) -> None:
        self.posted.emit(ref)
        self.accept()

    # --- lots and serials -----------------------------------------------------------------
    def _lot_cell(self, row: int, line: sales.OrderLineView, bin_combo: QComboBox) -> None:
        if line.product_id in self.bundles:
            button = QPushButton(tr("Components' lots / serials…"), self)
            button.setToolTip(tr("The lots and serial numbers of the bundle's components"))
            button.clicked.connect(lambda _c=False, r=row: self.bundle_lots(r))
            self.lines_table.setCellWidget(row, 5, button)
            return
        tracking = self.tracking.get(line.product_id)
        if tracking is None or not (tracking.lot_tracked or tracking.serial_tracked):
            self.lines_table.setItem(row, 5, item(""))
            return
        if tracking.serial_tracked:
            button = QPushButton(self)
            button.setToolTip(tr("Scan the serial number of each unit delivered"))
            button.clicked.connect(lambda _c=False, r=row: self.scan_serials(r))
            self.lines_table.setCellWidget(row, 5, button)
            self._show_serials(row)
            return
        if line.product_id not in self._lots_of:
            self._lots_of[line.product_id] = inventory.product_lots(self.ctx.uow, line.product_id, in_stock_only=True)
        combo = QComboBox(self)
        self.lines_table.setCellWidget(row, 5, combo)
        self._fill_lots(row, combo, bin_combo.currentData())
        bin_combo.currentIndexChanged.connect(
            lambda _i, r=row, c=combo, b=bin_combo: self._fill_lots(r, c, b.currentData())
        )

    def _fill_lots(self, row: int, combo: QComboBox, bin_id) -> None:
        """FEFO first (what the service takes when no lot is named), then each lot in the bin."""
        line = self.rows[row][0]
        on = date_of(self.on_edit) or date.today()
        held = []
        for lot in self._lots_of.get(line.product_id, ()):
            quantity = next((b.qty for b in lot.bins if b.location_id == bin_id), ZERO)
            if quantity > ZERO:
                held.append((lot, quantity))
        held.sort(key=lambda pair: (pair[0].expiry_date is None, pair[0].expiry_date or date.max, pair[0].number))
        combo.clear()
        first = held[0][0] if held else None
        combo.addItem(tr("FEFO (first expiry first): {lot}", lot=first.number) if first else tr("FEFO"), None)
        for lot, quantity in held:
            expired = lot.expiry_date is not None and lot.expiry_date < on
            text = tr(
                "{lot} · expires {date} · {qty}",
                lot=lot.number,
                date=lot.expiry_date.isoformat() if lot.expiry_date else "—",
                qty=qty_text(quantity),
            )
            combo.addItem(text + (" · " + tr("expired") if expired else ""), lot.number)

    def choose_lot(self, row: int, number: str | None) -> None:
        """Choose a lot (None: FEFO) for the line in ``row``."""
        combo = self.lines_table.cellWidget(row, 5)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(number)))

    def scan_serials(self, row: int):
        from ..widgets.lot_entry import LotEntryDialog

        edit = self.lines_table.cellWidget(row, 3)
        quantity = edit.value() if isinstance(edit, DecimalEdit) else None
        if not quantity:
            return None
        quantity = self.row_units[row].base(quantity)  # one serial per unit of stock
        line = self.rows[row][0]
        kept = self._serials.get(row, ())
        dialog = LotEntryDialog(
            line.label, quantity, serial=True, lots=kept if len(kept) <= quantity else (), parent=self
        )
        dialog.accepted.connect(lambda r=row, d=dialog: self._on_serials_scanned(r, d.lots()))
        dialog.finished.connect(lambda _r: self.activateWindow())
        self._serial_dialog = dialog
        dialog.open()
        return dialog

    def _on_serials_scanned(self, row: int, serials: tuple) -> None:
        self._serials[row] = serials
        self._show_serials(row)

    def _show_serials(self, row: int) -> None:
        from ..widgets.lot_entry import lots_text

        button = self.lines_table.cellWidget(row, 5)
        if isinstance(button, QPushButton):
            serials = self._serials.get(row, ())
            button.setText(lots_text(serials, serial=True) if serials else tr("Scan serials…"))

    def bundle_lots(self, row: int) -> BundleLotsDialog | None:
        """Open the lots and serials of the bundle's components for the line in ``row``."""
        edit = self.lines_table.cellWidget(row, 3)
        value = edit.value() if isinstance(edit, DecimalEdit) else None
        kits = self.row_units[row].base(value) if value else None
        line = self.rows[row][0]
        bom = self.bundles.get(line.product_id)
        if not kits or bom is None:
            return None
        combo = self.lines_table.cellWidget(row, 4)
        bin_id = combo.currentData() if isinstance(combo, QComboBox) else None
        dialog = BundleLotsDialog(
            line.label, bom, kits, self._component_lots.get(row, {}), parent=self, ctx=self.ctx, bin_id=bin_id
        )
        button = self.lines_table.cellWidget(row, 5)
        self.bundle_dialog = open_for_row(self, dialog, row, self._component_lots, button, bom)
        return dialog

    def _chosen_lots(self, row: int, quantity: Decimal) -> tuple:
        widget = self.lines_table.cellWidget(row, 5)
        if isinstance(widget, QComboBox) and widget.currentData():
            return (inventory.LotInput(widget.currentData(), quantity),)
        if isinstance(widget, QPushButton):
            return tuple(self._serials.get(row, ()))
        return ()


W = TypeVar("W", bound=QWidget)


def _cell(table: QTableWidget, row: int, column: int, kind: type[W]) -> W:
    """The editor widget in a cell (a quantity, a bin): always of ``kind`` there."""
    widget = table.cellWidget(row, column)
    assert isinstance(widget, kind), (row, column, widget)
    return widget


def _held_in(combo: QComboBox, held: dict) -> Callable[[], Decimal]:
    """What the bin chosen in ``combo`` holds (base units)."""
    return lambda: held.get(combo.currentData(), ZERO)


def _in_units(base_qty: Decimal, line: sales.OrderLineView) -> str:
    """A base quantity as the shop says it for a line entered in another unit ("1 箱 6 瓶")."""
    if not line.entered_unit or line.unit_factor == Decimal(1):
        return qty_text(base_qty)
    return masterdata.in_units(base_qty, line.unit, [(line.entered_unit, line.unit_factor)])


class ReturnDialog(QDialog):
    """Return goods of one delivery: what can still come back is shown; stock goes back to the
    bin it left (or the chosen one) at its original cost."""

    posted = Signal(object)

    def __init__(self, ctx: AppContext, delivery: sales.DeliveryView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.delivery = ctx, delivery
        self.setWindowTitle(self._title())
        self.resize(960, 480)  # every column in view, 单位 and 基本单位数量 too (820 hid them behind a scroll)
        self.on_edit = date_edit(self)
        self.reason_edit = QLineEdit(self)
        self.form = QFormLayout()
        self.form.addRow(
            tr("Delivery"), QLabel(f"{delivery.number} · {delivery.order_number} · {delivery.customer_name}", self)
        )
        self.form.addRow(tr("Date"), self.on_edit)
        self.form.addRow(tr("Reason"), self.reason_edit)
        self.lines = [line for line in delivery.lines if line.returnable > ZERO]
        self.lines_table = _table(
            self,
            [
                tr("Product"),
                tr("Delivered"),
                tr("Returned"),
                tr("Can return"),
                tr("Unit price"),
                tr("Bin"),
                tr("Return now"),
                tr("Lots / serials"),
            ],
        )
        self.lines_table.setRowCount(len(self.lines))
        unit_column, base_column = add_unit_columns(self.lines_table, 6)
        self.row_units: list[RowUnit] = []  # the unit each row's quantity is typed in
        # a bundle (套装) with tracked components: which of their serials / lots come back
        self.bundles = tracked_bundles(ctx, {line.product_id for line in self.lines})
        self._component_lots: dict[int, dict] = {}  # table row → the lots chosen by component
        self.bundle_dialog: BundleLotsDialog | None = None
        for row, line in enumerate(self.lines):
            unit = row_unit((line.qty, line.returned_qty), line.entered_unit, line.unit_factor, line.unit)
            price = line.unit_price / line.unit_factor * unit.factor  # per the row's unit
            self.row_units.append(unit)
            self.lines_table.setItem(row, 0, item(line.label))  # with 规格: 84g and 520g look apart
            self.lines_table.setItem(row, 1, qty_item(unit.shown(line.qty)))
            self.lines_table.setItem(row, 2, qty_item(unit.shown(line.returned_qty)))
            self.lines_table.setItem(row, 3, qty_item(unit.shown(line.returnable)))
            self.lines_table.setItem(row, 4, item(f"{price.quantize(Decimal('0.000001')).normalize():f}", numeric=True))
            self.lines_table.setItem(row, 5, item(line.location_label))
            edit = qty_cell(self, None)
            self.lines_table.setCellWidget(row, 6, edit)
            self.lines_table.setItem(row, unit_column, item(unit.label))
            show_base_beside(self.lines_table, row, base_column, edit, unit.factor, unit.base_unit)
            if line.product_id in self.bundles:
                button = QPushButton(tr("Components' lots / serials…"), self)
                button.setToolTip(
                    tr("Which of the bundle's component serials and lots come back (default: as delivered)")
                )
                button.clicked.connect(lambda _c=False, r=row: self.bundle_lots(r))
                self.lines_table.setCellWidget(row, 7, button)
        self.lines_table.setColumnHidden(7, not self.bundles)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text())
        self.buttons.accepted.connect(self.post)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(QLabel(tr("Coming back"), self))
        self.main_layout.addWidget(self.lines_table, 1)
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    def showEvent(self, event) -> None:  # buttons last, after subclasses added their parts
        if self.main_layout.indexOf(self.buttons) < 0:
            self.main_layout.addWidget(self.buttons)
        super().showEvent(event)

    def _title(self) -> str:
        return tr("Return against {number}", number=self.delivery.number)

    def _ok_text(self) -> str:
        return tr("Post return")

    def return_inputs(self) -> list[sales.ReturnLineInput]:
        result = []
        for row, line in enumerate(self.lines):
            edit = _cell(self.lines_table, row, 6, DecimalEdit)
            if not edit.is_valid():
                raise ValidationError(tr("Line {row}: the quantity is not a valid number.", row=row + 1), field="qty")
            quantity = edit.value() or ZERO
            if quantity > ZERO:
                parts = tuple(self._component_lots.get(row, {}).items())
                result.append(
                    sales.ReturnLineInput(line.id, quantity, unit=self.row_units[row].unit, component_lots=parts)
                )
        if not result:
            raise ValidationError(tr("Enter what comes back."), field="qty")
        return result

    def set_return_qty(self, row: int, quantity: Decimal) -> None:
        _cell(self.lines_table, row, 6, DecimalEdit).setValue(quantity)

    def bundle_lots(self, row: int) -> BundleLotsDialog | None:
        """Choose which component serials and lots of the bundle in ``row`` come back (none
        chosen: those delivered, first expiry first)."""
        value = _cell(self.lines_table, row, 6, DecimalEdit).value()
        line = self.lines[row]
        bom = self.bundles.get(line.product_id)
        if not value or bom is None:
            return None
        try:
            delivered = sales.bundle_lots_out(self.ctx.uow, line.id)
        except Exception as exc:  # shown, never a traceback
            show_error(self, exc)
            return None
        dialog = BundleLotsDialog(
            line.label,
            bom,
            self.row_units[row].base(value),
            self._component_lots.get(row, {}),
            parent=self,
            ctx=self.ctx,
            delivered=delivered,
        )
        button = self.lines_table.cellWidget(row, 7)
        self.bundle_dialog = open_for_row(self, dialog, row, self._component_lots, button, bom)
        return dialog

    def post(self) -> None:
        try:
            lines = self.return_inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return
        uow, delivery_id, on, reason = (
            self.ctx.uow,
            self.delivery.id,
            date_of(self.on_edit),
            self.reason_edit.text().strip(),
        )
        run_confirmable(
            self,
            lambda ack: sales.return_delivery(uow, delivery_id, lines=lines, on=on, reason=reason, acknowledged=ack),
            self._done,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )

    def _done(self, ref) -> None:
        self.posted.emit(ref)
        self.accept()


class ExchangeDialog(ReturnDialog):
    """换货: what comes back (as in a return) and what goes out instead, posted together."""

    def __init__(self, ctx: AppContext, delivery: sales.DeliveryView, parent: QWidget | None = None):
        super().__init__(ctx, delivery, parent)
        self.resize(960, 600)  # the return's columns all in view, as in ReturnDialog
        self.bin_picker = BinPicker(ctx, self, with_bins=False)
        self.out_picker = ProductPicker(ctx, self)
        self.out_qty_edit = DecimalEdit(3, parent=self)
        self.out_qty_edit.setPlaceholderText(tr("Quantity"))
        self.out_qty_edit.setMaximumWidth(90)
        self.out_add_button = QPushButton(tr("Add"), self)
        self.out_add_button.clicked.connect(self._on_out_add_button_clicked)
        adder = QHBoxLayout()
        adder.addWidget(self.out_picker, 3)
        adder.addWidget(self.out_qty_edit)
        adder.addWidget(self.out_add_button)
        self.out_table = _table(self, [tr("Product"), tr("Qty"), tr("Unit price (empty: list price)")])
        self.out = ExchangeOut(ctx, self, self.out_table, self.bin_picker)  # 多单位, stock in base units
        self.main_layout.addWidget(QLabel(tr("Going out instead"), self))
        self.main_layout.addLayout(adder)
        self.main_layout.addWidget(self.out_table, 1)
        self.main_layout.addWidget(self.out.short_label)
        self.form.addRow(tr("Ship from"), self.bin_picker)
        remember_header(self.out_table.horizontalHeader(), ctx, layout_key(self, "out"))

    def _title(self) -> str:
        return tr("Exchange against {number}", number=self.delivery.number)

    def _ok_text(self) -> str:
        return tr("Post exchange")

    def _on_out_add_button_clicked(self) -> None:
        product = self.out_picker.product()
        if product is None:
            show_error(self, ValidationError(tr("Pick a product first."), field="product"))
            return
        self.add_out(product, self.out_qty_edit.value() or Decimal(1))
        self.out_picker.clear()
        self.out_qty_edit.clear()

    def add_out(self, product, quantity: Decimal, unit: str | None = None) -> int:
        """A row going out: ``quantity`` in ``unit`` (None: the scanned or default sale unit)."""
        return self.out.add(product, quantity, unit)

    def post(self) -> None:
        try:
            back = self.return_inputs()
            out = self.out.inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return
        uow, delivery_id, on, reason = (
            self.ctx.uow,
            self.delivery.id,
            date_of(self.on_edit),
            self.reason_edit.text().strip(),
        )
        warehouse = self.bin_picker.warehouse_id()
        run_confirmable(
            self,
            lambda ack: sales.exchange_items(
                uow, delivery_id, returned=back, out=out, on=on, reason=reason, warehouse_id=warehouse, acknowledged=ack
            ),
            self._done,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )
