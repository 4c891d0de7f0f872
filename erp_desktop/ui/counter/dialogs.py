"""The counter's dialogs: payment (cash with change, WeChat, Alipay, card, stored value, several at
once), opening and closing a shift, and a return against a ticket. Each is shown (not run modally)
and reports through ``accepted_with``; Enter confirms, Esc cancels — keyboard only."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.errors import UserError
from erp_desktop.services import counter

from ...i18n import tr
from ..formatting import money_text, qty_text
from ..widgets.decimal_edit import DecimalEdit

ZERO = Decimal(0)


def big(label: QLabel, size: int = 22) -> QLabel:
    font = QFont(label.font())
    font.setPointSize(size)
    font.setBold(True)
    label.setFont(font)
    return label


def no_default_button(buttons: QDialogButtonBox) -> None:
    """Enter goes to the focused field (a scan), not to a default button."""
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def scan_field_keeps_enter(dialog: QDialog, field: QLineEdit | None, event: Any) -> bool:
    """True when ``event`` is the Enter the scan ``field`` has handled already (its returnPressed):
    the dialog must not click its button box's default button with it as well."""
    return field is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and dialog.focusWidget() is field


class _Dialog(QDialog):
    accepted_with = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error_label = QLabel("")
        self.error_label.setStyleSheet("color: #c62828")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def value(self) -> Any:  # the result handed to ``accepted_with``
        raise NotImplementedError

    def _on_ok(self) -> None:
        try:
            result = self.value()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.accepted_with.emit(result)


class PaymentDialog(_Dialog):
    """收款: the total, one field per method; cash starts at the total (Enter = paid exactly)."""

    def __init__(self, total: Decimal, *, member_stored: Decimal | None = None, parent: QWidget | None = None):
        super().__init__(tr("Payment"), parent)
        self.total = total
        self.total_label = big(QLabel(money_text(total)), 28)
        self.form.addRow(tr("Total"), self.total_label)
        self.edits: dict[str, DecimalEdit] = {}
        for method in (counter.CASH, counter.WECHAT, counter.ALIPAY, counter.CARD, counter.STORED_VALUE):
            edit = DecimalEdit(2)
            edit.setObjectName(f"{method}_edit")
            if method == counter.STORED_VALUE:
                edit.setEnabled(member_stored is not None)
                label = tr("Stored value ({amount})", amount=money_text(member_stored or ZERO))
            else:
                label = counter.method_label(method)
            edit.textChanged.connect(self._on_amount_changed)
            edit.returnPressed.connect(self._on_ok)
            self.edits[method] = edit
            self.form.addRow(label, edit)
        self.cash_edit = self.edits[counter.CASH]
        self.change_label = big(QLabel(""), 20)
        self.form.addRow(tr("Change"), self.change_label)
        self.finish_layout()
        self.cash_edit.setText(f"{total:f}")
        self.cash_edit.selectAll()
        self.cash_edit.setFocus()

    def payments(self) -> list[counter.PaymentInput]:
        out = []
        for method, edit in self.edits.items():
            value = edit.value()
            if value is not None and value > ZERO:
                out.append(counter.PaymentInput(method, value))
        return out

    def _on_amount_changed(self, _text: str = "") -> None:
        paid = sum((p.amount for p in self.payments()), ZERO)
        if paid >= self.total:
            self.change_label.setText(money_text(paid - self.total))
            self.change_label.setStyleSheet("")
        else:
            self.change_label.setText(tr("{amount} short", amount=money_text(self.total - paid)))
            self.change_label.setStyleSheet("color: #c62828")

    def value(self) -> list[counter.PaymentInput]:
        return self.payments()


class ShiftOpenDialog(_Dialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Open a shift"), parent)
        self.float_edit = DecimalEdit(2)
        self.float_edit.setText("0")
        self.float_edit.returnPressed.connect(self._on_ok)
        self.form.addRow(tr("Cash float"), self.float_edit)
        self.finish_layout()
        self.float_edit.selectAll()
        self.float_edit.setFocus()

    def value(self) -> Decimal:
        amount = self.float_edit.value()
        if amount is None:
            raise ValueError(tr("Enter the cash float."))
        return amount


class ShiftCloseDialog(_Dialog):
    """交班: the figures so far, the cash counted and a note for a difference."""

    def __init__(self, report: Any, parent: QWidget | None = None):
        super().__init__(tr("Close the shift"), parent)
        self.report = report
        for m in report.by_method:
            self.form.addRow(m.label, QLabel(money_text(m.net)))
        self.form.addRow(tr("Cash expected"), big(QLabel(money_text(report.expected_cash)), 16))
        self.counted_edit = DecimalEdit(2)
        self.counted_edit.returnPressed.connect(self._on_ok)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(300)
        self.note_edit.returnPressed.connect(self._on_ok)
        self.form.addRow(tr("Cash counted"), self.counted_edit)
        self.form.addRow(tr("Note"), self.note_edit)
        self.finish_layout()
        self.counted_edit.setFocus()

    def value(self) -> tuple[Decimal, str]:
        counted = self.counted_edit.value()
        if counted is None or not self.counted_edit.text().strip():
            raise ValueError(tr("Enter the cash counted."))
        return counted, self.note_edit.text()


class ReturnDialog(_Dialog):
    """退货: the ticket's lines with what can still come back (edit the quantities)."""

    def __init__(
        self,
        view: Any,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        find_serial: Callable[[str], Any] | None = None,
    ):
        super().__init__(title or tr("Return against {number}", number=view.number), parent)
        self.view = view
        self.lines = [line for line in view.lines if line.qty > line.returned_qty]
        # 序列号: a ticket that sold serials takes the serials coming back scanned (each must be on it)
        self.find_serial = find_serial if any(line.lots for line in self.lines) else None
        self.serials: dict[Any, list[Any]] = {}  # ticket line id → the serials scanned back
        self.serial_edit: QLineEdit | None = None
        if self.find_serial is not None:
            self.serial_edit = QLineEdit()
            self.serial_edit.setPlaceholderText(tr("Scan a serial coming back (blank: those sold), Enter"))
            self.serial_edit.returnPressed.connect(self._on_serial)
            self.form.addRow(tr("Serial"), self.serial_edit)
        self.table = QTableWidget(len(self.lines), 4)
        self.table.setHorizontalHeaderLabels([tr("Code"), tr("Name"), tr("Sold"), tr("Return")])
        for row, line in enumerate(self.lines):
            for col, text in enumerate((line.code, line.name, qty_text(line.qty))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            self.table.setItem(row, 3, QTableWidgetItem(qty_text(line.qty - line.returned_qty)))
        self.layout_.addWidget(self.table)
        self.finish_layout()
        self.table.setCurrentCell(0, 3)
        if self.serial_edit is not None:
            no_default_button(self.buttons)  # Enter belongs to the serial field
            self.serial_edit.setFocus()
        else:
            self.table.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not scan_field_keeps_enter(self, self.serial_edit, event):
            super().keyPressEvent(event)

    def _on_serial(self) -> None:
        assert self.serial_edit is not None and self.find_serial is not None
        text = self.serial_edit.text().strip()
        if not text:
            self._on_ok()
            return
        self.serial_edit.clear()
        if any(hit.serial == text for hits in self.serials.values() for hit in hits):
            self.show_error(tr("Serial {serial} is scanned already.", serial=text))
            return
        try:
            hit = self.find_serial(text)
        except UserError as exc:
            self.show_error(exc.message)
            return
        row = next((n for n, line in enumerate(self.lines) if line.id == hit.line_id), None)
        if row is None:
            self.show_error(
                tr("Serial {serial} has come back from {number} already.", serial=text, number=self.view.number)
            )
            return
        hits = self.serials.setdefault(hit.line_id, [])
        hits.append(hit)
        plain = sum(1 for h in hits if h.component_id is None)
        self.table.setItem(row, 3, QTableWidgetItem(qty_text(Decimal(plain) if plain else Decimal(1))))
        self.show_error("")
        self.error_label.setText(tr("{serial} comes back.", serial=text))

    def value(self) -> list[counter.ReturnLineInput]:
        from ...money import parse_decimal

        out = []
        for row, line in enumerate(self.lines):
            item = self.table.item(row, 3)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                qty = parse_decimal(text)
            except ValueError:
                raise ValueError(tr("Quantity must be a number (got {qty}).", qty=text)) from None
            if qty > ZERO:
                hits = self.serials.get(line.id, [])
                components: dict[Any, list[Any]] = {}
                for h in hits:
                    if h.component_id is not None:
                        components.setdefault(h.component_id, []).append(counter.LotInput(h.serial))
                out.append(
                    counter.ReturnLineInput(
                        line.id,
                        qty,
                        lots=tuple(counter.LotInput(h.serial) for h in hits if h.component_id is None),
                        component_lots=tuple((c, tuple(v)) for c, v in components.items()),
                    )
                )
        if not out:
            raise ValueError(tr("Enter what comes back."))
        return out


class RefundDialog(_Dialog):
    """The exchange's new goods cost less: the difference given back in cash (Enter confirms)."""

    def __init__(self, amount: Decimal, parent: QWidget | None = None):
        super().__init__(tr("Give back"), parent)
        self.amount = amount
        self.amount_label = big(QLabel(money_text(amount)), 28)
        self.form.addRow(tr("Give back in cash"), self.amount_label)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def value(self) -> list[counter.PaymentInput]:
        return []  # the service gives back the rest of the credit in cash


class MemberEnrolDialog(_Dialog):
    """A new member (会员): name and phone (the card number is the phone unless given)."""

    def __init__(self, phone: str = "", parent: QWidget | None = None):
        super().__init__(tr("New member"), parent)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit(phone)
        self.card_edit = QLineEdit()
        for edit in (self.name_edit, self.phone_edit, self.card_edit):
            edit.returnPressed.connect(self._on_ok)
        self.form.addRow(tr("Name"), self.name_edit)
        self.form.addRow(tr("Phone"), self.phone_edit)
        self.form.addRow(tr("Card number (blank: the phone)"), self.card_edit)
        self.finish_layout()
        self.name_edit.setFocus()

    def value(self) -> tuple[str, str, str]:
        return self.name_edit.text(), self.phone_edit.text(), self.card_edit.text()
