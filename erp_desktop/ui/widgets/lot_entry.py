"""Lots and serials typed or scanned for one document line (批次 / 序列号), keys only.

- A lot-tracked product: lot number, quantity (it starts at what is still to cover), production
  date, expiry date (typed like every date: ``20261001``, ``10-1``; with a shelf life the expiry
  may stay empty — it follows from the production date). Enter moves on; Enter in the expiry field
  adds the lot. Several lots make up one line; once they add up to the line's quantity the dialog
  closes by itself (Enter on an empty lot number closes it too when they add up).
- A serial-tracked product: one scan per unit. A serial scanned twice is refused, the count is
  shown (``3 / 5``) and checked: the dialog closes by itself at the line's quantity and refuses
  to close short of it.
Delete removes the selected (else the last) entry; Esc cancels, keeping what the line had.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services.inventory import LotInput

from ...i18n import tr
from ..formatting import qty_text
from .date_edit import parse_date
from .decimal_edit import DecimalEdit

ZERO = Decimal(0)


def lots_text(lots: tuple[LotInput, ...] | list[LotInput], *, serial: bool = False) -> str:
    """How a line shows its lots: ``L01×6, L02×4`` (serials: ``SN1, SN2 …``)."""
    if not lots:
        return ""
    if serial:
        shown = ", ".join(lot.number for lot in lots[:3])
        return shown + (f" … ({len(lots)})" if len(lots) > 3 else "")
    return ", ".join(f"{lot.number}×{qty_text(lot.qty)}" for lot in lots)


def moved_text(moved) -> str:
    """Lots and serials as (number, qty) pairs — what a posted line moved, what a delivery line
    still has out: ``L01×3, L02×1`` (a serial's ×1 left out)."""
    return ", ".join(number if qty == 1 else f"{number}×{qty_text(qty)}" for number, qty in moved)


def lots_total(lots: tuple[LotInput, ...] | list[LotInput]) -> Decimal:
    return sum((lot.qty for lot in lots), ZERO)


class LotEntryDialog(QDialog):
    """The lots (or serials) of one line of ``quantity`` units of ``product_label``."""

    def __init__(
        self,
        product_label: str,
        quantity: Decimal,
        *,
        serial: bool = False,
        shelf_life_days: int | None = None,
        lots: tuple[LotInput, ...] = (),
        parent: QWidget | None = None,
        hint: str = "",
    ):
        super().__init__(parent)
        self.quantity = quantity
        self.serial = serial
        self.shelf_life_days = shelf_life_days
        self._lots: list[LotInput] = list(lots)
        self.setWindowTitle(tr("Serial numbers") if serial else tr("Lots"))
        self.product_label = QLabel(product_label, self)
        self.product_label.setStyleSheet("font-weight: bold;")
        self.hint_label = QLabel(hint, self)  # e.g. the lots in stock at the bin
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        self.count_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(tr("Scan or type the serial number") if serial else tr("Lot number"))
        self.qty_edit = DecimalEdit(3, parent=self)
        self.made_edit = QLineEdit(self)
        self.made_edit.setPlaceholderText(tr("e.g. 20260315"))
        self.expiry_edit = QLineEdit(self)
        self.expiry_edit.setPlaceholderText(
            tr("from the shelf life ({days} days)", days=shelf_life_days) if shelf_life_days else tr("e.g. 20261231")
        )
        fields = QFormLayout()
        fields.addRow(tr("Serial number") if serial else tr("Lot number"), self.number_edit)
        if not serial:
            fields.addRow(tr("Quantity"), self.qty_edit)
            fields.addRow(tr("Production date"), self.made_edit)
            fields.addRow(tr("Expiry date"), self.expiry_edit)
        else:
            for edit in (self.qty_edit, self.made_edit, self.expiry_edit):
                edit.hide()
        headers = (
            [tr("Serial number")] if serial else [tr("Lot number"), tr("Quantity"), tr("Production"), tr("Expiry")]
        )
        self.lots_table = QTableWidget(0, len(headers), self)
        self.lots_table.setHorizontalHeaderLabels(headers)
        self.lots_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lots_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lots_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # Enter belongs to the fields, never a button
                button.setAutoDefault(False)
                button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.product_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(fields)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.lots_table, 1)
        layout.addWidget(self.buttons)
        for edit in (self.number_edit, self.qty_edit, self.made_edit, self.expiry_edit):
            edit.installEventFilter(self)
        self.resize(520, 420)
        self._show_lots()
        self._start_next()

    # --- what was entered ---------------------------------------------------------------------
    def lots(self) -> tuple[LotInput, ...]:
        return tuple(self._lots)

    def remaining(self) -> Decimal:
        return self.quantity - lots_total(self._lots)

    # --- keys ---------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_enter(obj)
                return True
            if event.key() == Qt.Key.Key_Delete and obj is self.number_edit and not self.number_edit.text():
                self.remove_entry()
                return True
        return super().eventFilter(obj, event)

    def _on_enter(self, field) -> None:
        if field is self.number_edit:
            if not self.number_edit.text().strip():
                self.accept()  # refuses (and says why) unless the lots add up
            elif self.serial:
                self.add_entry()
            else:
                self.qty_edit.setFocus()
                self.qty_edit.selectAll()
        elif field is self.qty_edit:
            self.made_edit.setFocus()
        elif field is self.made_edit:
            self.expiry_edit.setFocus()
        elif field is self.expiry_edit:
            self.add_entry()

    # --- entries ------------------------------------------------------------------------------
    def add_entry(self) -> bool:
        """Add what the fields hold; False (with the reason shown) when it cannot be added."""
        number = self.number_edit.text().strip()
        if not number:
            return self._refuse(tr("Enter the serial number.") if self.serial else tr("Enter the lot number."))
        if self.serial:
            if any(lot.number == number for lot in self._lots):
                self.number_edit.selectAll()
                return self._refuse(tr("Serial number {serial} was scanned already.", serial=number))
            if self.remaining() < 1:
                self.number_edit.selectAll()
                return self._refuse(tr("All {qty} serial numbers are scanned already.", qty=qty_text(self.quantity)))
            self._lots.append(LotInput(number, Decimal(1)))
        else:
            quantity = self.qty_edit.value()
            if quantity is None or quantity <= ZERO:
                self.qty_edit.setFocus()
                return self._refuse(tr("The quantity of lot {lot} must be a number above 0.", lot=number))
            made, made_ok = self._date(self.made_edit)
            expires, expiry_ok = self._date(self.expiry_edit)
            if not made_ok or not expiry_ok:
                (self.made_edit if not made_ok else self.expiry_edit).setFocus()
                return self._refuse(tr("Type a date such as 20261001 or 10-1."))
            if self.shelf_life_days and made is None and expires is None:
                self.made_edit.setFocus()
                return self._refuse(
                    tr(
                        "Lot {lot} needs its production date or its expiry date (shelf life {days} days).",
                        lot=number,
                        days=self.shelf_life_days,
                    )
                )
            if made is not None and expires is not None and expires < made:
                self.expiry_edit.setFocus()
                return self._refuse(tr("Lot {lot} expires before it was made.", lot=number))
            if quantity > self.remaining():
                self.qty_edit.setFocus()
                return self._refuse(
                    tr(
                        "Lot {lot}: {qty} is more than the {left} still to cover.",
                        lot=number,
                        qty=qty_text(quantity),
                        left=qty_text(self.remaining()),
                    )
                )
            self._lots.append(LotInput(number, quantity, production_date=made, expiry_date=expires))
        self.message_label.clear()
        self._show_lots()
        if self.remaining() == ZERO:
            self.accept()
        else:
            self._start_next()
        return True

    def remove_entry(self) -> None:
        if not self._lots:
            return
        row = self.lots_table.currentRow()
        self._lots.pop(row if 0 <= row < len(self._lots) else len(self._lots) - 1)
        self._show_lots()
        self._start_next()

    def accept(self) -> None:
        """Closes only when the entries add up to the line's quantity."""
        if self.remaining() != ZERO:
            if self.serial:
                self._refuse(
                    tr(
                        "{qty} serial numbers are needed; {done} are scanned.",
                        qty=qty_text(self.quantity),
                        done=len(self._lots),
                    )
                )
            else:
                self._refuse(
                    tr(
                        "The lots add up to {done}; the line needs {qty}.",
                        done=qty_text(lots_total(self._lots)),
                        qty=qty_text(self.quantity),
                    )
                )
            self.number_edit.setFocus()
            return
        super().accept()

    # --- showing ------------------------------------------------------------------------------
    def _start_next(self) -> None:
        for edit in (self.number_edit, self.made_edit, self.expiry_edit):
            edit.clear()
        self.qty_edit.setText(qty_text(max(self.remaining(), ZERO)).replace(",", ""))
        self.number_edit.setFocus()

    def _show_lots(self) -> None:
        self.lots_table.setRowCount(len(self._lots))
        for row, lot in enumerate(self._lots):
            cells = (
                [lot.number]
                if self.serial
                else [
                    lot.number,
                    qty_text(lot.qty),
                    lot.production_date.isoformat() if lot.production_date else "",
                    lot.expiry_date.isoformat() if lot.expiry_date else "",
                ]
            )
            for column, text in enumerate(cells):
                self.lots_table.setItem(row, column, QTableWidgetItem(text))
        if self._lots:
            self.lots_table.scrollToBottom()
        done = len(self._lots) if self.serial else lots_total(self._lots)
        self.count_label.setText(
            tr("Entered {done} / {qty}", done=qty_text(Decimal(done)), qty=qty_text(self.quantity))
        )

    def _refuse(self, message: str) -> bool:
        self.message_label.setText(message)
        self.message_label.setStyleSheet("color: #c62828;")
        QApplication.beep()
        return False

    @staticmethod
    def _date(edit: QLineEdit):
        text = edit.text().strip()
        if not text:
            return None, True
        value = parse_date(text)
        return value, value is not None
