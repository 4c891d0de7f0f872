"""A bundle (套装) line's component lots and serials for the delivery dialog (批次 / 序列号 of
the components a bundle issues): one row per tracked component; Enter opens its serial scan
(one per unit) or lot entry, which shows what the line's bin holds first expiry first; a lot
component left empty is taken first expiry first by the posting. The return dialog uses it too
(``delivered``): each component shows what its delivery line still has out, which comes back
when nothing is chosen."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory

from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..formatting import qty_text
from ..widgets.lot_entry import LotEntryDialog, lots_text, moved_text
from .common import item


def tracked_bundles(ctx: AppContext, product_ids: set) -> dict:
    """The bundles (套装) among ``product_ids`` with a lot- or serial-tracked component."""
    out = {}
    for product_id in product_ids:
        bom = inventory.get_bom(ctx.uow, product_id)
        if bom is not None and bom.bundle and any(p.lot_tracked or p.serial_tracked for p in bom.lines):
            out[product_id] = bom
    return out


def bundle_lots_text(bom, lots: dict) -> str:
    """A bundle line's button once its components' lots are entered: ``PHONE: SN-1; MILK: L1×2``."""
    shown = [
        f"{part.code}: {lots_text(lots[part.component_id], serial=part.serial_tracked)}"
        for part in bom.lines
        if lots.get(part.component_id)
    ]
    return "; ".join(shown) or tr("Components' lots / serials…")


def open_for_row(owner: QDialog, dialog: BundleLotsDialog, row: int, chosen: dict[int, dict], button, bom):
    """Open ``dialog`` for table row ``row`` of ``owner`` (the delivery or the return dialog):
    once accepted its lots go to ``chosen[row]`` and ``button`` (the row's) says them."""

    def keep() -> None:
        chosen[row] = dialog.lots()
        if isinstance(button, QPushButton):
            button.setText(bundle_lots_text(bom, chosen[row]))

    dialog.accepted.connect(keep)
    dialog.finished.connect(lambda _r: owner.activateWindow())
    dialog.open()
    return dialog


class BundleLotsDialog(QDialog):
    """The lots and serials of a bundle line's tracked components, keys only: Enter on a row
    opens its serial scan (one per unit) or lot entry; a lot component left empty is taken first
    expiry first; Ctrl+Enter (or OK) keeps them, Esc cancels."""

    def __init__(
        self,
        label: str,
        bom,
        kits: Decimal,
        lots: dict,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
        bin_id=None,
        delivered: dict | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.bin_id = ctx, bin_id
        # a return: per component, the (number, qty) its delivery line still has out — what
        # comes back when nothing is chosen (``sales.bundle_lots_out``)
        self.delivered = delivered
        self.setWindowTitle(tr("Lots and serials of {kit}", kit=label))
        self.parts = [p for p in bom.lines if p.lot_tracked or p.serial_tracked]
        self.kits = kits
        self._lots: dict = {k: tuple(v) for k, v in lots.items()}
        self.lot_dialog: LotEntryDialog | None = None
        self.table = QTableWidget(len(self.parts), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Component"), tr("Quantity"), tr("Lots / serials")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self.edit(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):  # Enter belongs to the rows
                button.setAutoDefault(False)
                button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Enter on a row: its lots or serials; Ctrl+Enter: done."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self._show()
        if self.parts:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def lots(self) -> dict:
        return {k: v for k, v in self._lots.items() if v}

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.accept()
                else:
                    self.edit(self.table.currentRow())
                return True
        return super().eventFilter(watched, event)

    def _show(self) -> None:
        for row, part in enumerate(self.parts):
            quantity, unit = part.shown_for(self.kits)
            entered = self._lots.get(part.component_id, ())
            if entered:
                text = lots_text(entered, serial=part.serial_tracked)
            elif self.delivered is not None:
                text = tr("As delivered: {lots}", lots=moved_text(self.delivered.get(part.component_id, ())))
            else:
                text = tr("Scan serials…") if part.serial_tracked else tr("FEFO (first expiry first)")
            for column, cell in enumerate((f"{part.code} {part.name}", f"{qty_text(quantity)} {unit}".strip(), text)):
                self.table.setItem(row, column, item(cell))

    def edit(self, row: int):
        if not 0 <= row < len(self.parts):
            return None
        part = self.parts[row]
        dialog = LotEntryDialog(
            f"{part.code} {part.name}",
            part.qty * self.kits,
            serial=part.serial_tracked,
            shelf_life_days=part.shelf_life_days,
            lots=self._lots.get(part.component_id, ()),
            parent=self,
            hint=self._held_hint(part.component_id)
            if self.delivered is None
            else tr(
                "Delivered on this line, not back yet: {lots}",
                lots=moved_text(self.delivered.get(part.component_id, ())),
            ),
        )
        dialog.accepted.connect(lambda p=part.component_id, d=dialog: self._entered(p, d.lots()))
        dialog.finished.connect(lambda _r: (self.activateWindow(), self.table.setFocus()))
        self.lot_dialog = dialog
        dialog.open()
        return dialog

    def _held_hint(self, product_id) -> str:
        """The lots (serials) of the component in the line's bin, first expiry first."""
        if self.ctx is None:
            return ""
        held = []
        for lot in inventory.product_lots(self.ctx.uow, product_id, in_stock_only=True):
            quantity = sum((b.qty for b in lot.bins if self.bin_id is None or b.location_id == self.bin_id), ZERO)
            if quantity > ZERO:
                expiry = f" ({lot.expiry_date.isoformat()})" if lot.expiry_date else ""
                held.append(f"{lot.number}×{qty_text(quantity)}{expiry}")
        if not held:
            return tr("None in stock at that bin.")
        return tr("In stock at that bin: {lots}", lots=", ".join(held[:12]) + (" …" if len(held) > 12 else ""))

    def _entered(self, component, lots: tuple) -> None:
        self._lots[component] = tuple(lots)
        self._show()
