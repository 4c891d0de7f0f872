"""The 收银 / Counter tab: one screen for the shopkeeper, run from the keyboard.

The focus lives in the scan field: a scanned barcode (or a typed code or 助记码) adds the product or
one more of it; ``3*6901234567892`` adds three. A number typed in the scan field followed by an
F-key changes the current line: F2 quantity, F3 price (needs the permission), F4 line discount
(%), F7 the whole ticket's discount (%); F6 looks a member up by the phone or card typed (an
unknown phone offers to enrol one), Ctrl+T tops the member's stored value up in cash; F1
holds the ticket (挂单), F10 recalls one (取单); Ctrl+R takes a return against the ticket number
typed or scanned; Ctrl+E starts an exchange (换货) against it: choose what comes back, scan the new
goods as on any ticket, F12 settles the difference (pay the rest, or the change given back) in one
transaction, Esc drops the exchange; Ctrl+Del removes the current line; F12 (or Enter on an empty scan field) pays;
Ctrl+P reprints (the keyboard contract's Print), F5 refreshes. Up/Down choose the line.
序列号: a serial-tracked product's barcode asks its serials in a small dialog (a bundle's: each
serial component's), or a serial scanned into the scan field adds its product with it (never twice
on a ticket; one not in stock is refused in red); lot-tracked products leave first expiry first, an
expired lot asking before the ticket posts. A return of a ticket that sold serials scans them back.
Big totals; fits 1366×768. Every write goes through the services (one transaction each)."""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.errors import ConfirmationRequired, NotFound, UserError
from erp_desktop.services import counter

from ...i18n import tr
from ...money import NotANumber, parse_decimal
from .. import errors as ui_errors
from ..context import AppContext, Area
from ..errors import show_error
from ..formatting import money_text, percent_text, price_text, qty_text
from ..shell import keys
from .dialogs import (
    MemberEnrolDialog,
    PaymentDialog,
    RefundDialog,
    ReturnDialog,
    ShiftCloseDialog,
    ShiftOpenDialog,
    big,
)
from .serials import SerialDialog

ZERO = Decimal(0)
HUNDRED = Decimal(100)
COLUMNS = ("Code", "Name", "Qty", "Price", "Discount", "Amount")
C_CODE, C_NAME, C_QTY, C_PRICE, C_DISCOUNT, C_AMOUNT = range(6)


def tab_title() -> str:
    return tr("Counter")


@dataclass
class _Line:
    product_id: uuid.UUID
    code: str
    name: str
    qty: Decimal
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    unit: str = ""  # 多单位: a unit's barcode scanned rings up that unit ("" = the base unit)
    lots: tuple[counter.LotInput, ...] = ()  # 序列号: the serials scanned (lots leave FEFO)
    component_lots: tuple[tuple[uuid.UUID, tuple[counter.LotInput, ...]], ...] = ()  # a bundle's serials

    def entry(self) -> counter.LineInput:
        return counter.LineInput(
            self.product_id,
            self.qty,
            self.unit_price,
            self.discount,
            unit=self.unit,
            lots=self.lots,
            component_lots=self.component_lots,
        )

    def serials(self) -> list[str]:
        return [lot.number for lot in self.lots] + [
            lot.number for _component, lots in self.component_lots for lot in lots
        ]


@dataclass(frozen=True)
class _Exchange:
    """An exchange under way: the sold ticket, what comes back from it and what that is worth."""

    ticket_id: uuid.UUID
    number: str
    back: tuple[counter.ReturnLineInput, ...]
    credit: Decimal


class CounterScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[_Line] = []
        self.member: Any = None
        self.discount_rate = ZERO
        self.quote: Any = None
        self.last_ticket: str = ""
        self.shift: Any = None
        self.store: counter.StoreRow | None = None
        self.exchange: _Exchange | None = None
        self._dialog: Any = None

        self.scan_edit = QLineEdit()
        self.scan_edit.setPlaceholderText(tr("Scan a barcode, or type a code or 助记码 (3*code adds three) and Enter"))
        font = self.scan_edit.font()
        font.setPointSize(16)
        self.scan_edit.setFont(font)
        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.scan_edit.installEventFilter(self)
        self.message_label = QLabel("")
        self.message_label.setWordWrap(True)
        self.exchange_label = big(QLabel(""), 12)
        self.exchange_label.setStyleSheet("color: #1565c0")
        self.exchange_label.setWordWrap(True)
        self.exchange_label.hide()
        self.lines_table = QTableWidget(0, len(COLUMNS))
        self.lines_table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_table.horizontalHeader().setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        self.total_label = big(QLabel(money_text(ZERO)), 36)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail_label = QLabel("")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.member_label = big(QLabel(tr("Walk-in customer (散客)")), 12)
        self.shift_label = QLabel("")
        self.store_label = QLabel("")  # 多门店: the store this counter sells at

        self.buttons: dict[str, QPushButton] = {}
        # F-keys of the counter; the keyboard contract's own keys keep their meaning here
        # (Ctrl+P prints: the last ticket again; F5 refreshes the shift), see ui/shell/keys.py
        actions = [
            ("F1", tr("Hold (挂单)"), self.hold),
            ("F2", tr("Quantity"), self.set_quantity),
            ("F3", tr("Price"), self.set_price),
            ("F4", tr("Line discount %"), self.set_line_discount),
            ("F6", tr("Member"), self.look_up_member),
            ("Ctrl+T", tr("Top up"), self.top_up),
            ("F7", tr("Ticket discount %"), self.set_ticket_discount),
            ("F10", tr("Recall (取单)"), self.recall),
            ("Ctrl+R", tr("Return"), self.start_return),
            ("Ctrl+E", tr("Exchange (换货)"), self.start_exchange),
            ("Ctrl+Del", tr("Remove line"), self.remove_line),
            ("F12", tr("Pay"), self.pay),
        ]
        grid = QGridLayout()
        placed: list[QPushButton] = []
        for key, text, slot in actions:
            button = QPushButton(f"{key} {text}")
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.buttons[key] = button
            placed.append(button)
        self.pay_button = self.buttons["F12"]
        self.reprint_button = QPushButton(tr("Reprint"))
        self.reprint_button.clicked.connect(self.reprint)
        keys.bind(self, "print_", self.reprint, button=self.reprint_button)
        keys.bind(self, "refresh", self.reload_shift)
        self.open_shift_button = QPushButton(tr("Open shift"))
        self.close_shift_button = QPushButton(tr("Close shift (交班)"))
        self.open_shift_button.clicked.connect(self.open_shift)
        self.close_shift_button.clicked.connect(self.close_shift)
        placed += [self.reprint_button, self.open_shift_button, self.close_shift_button]
        for i, button in enumerate(placed):  # six a row: every button has its own cell
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(button, i // 6, i % 6)
        for key, slot in (("Ctrl+Shift+O", self.open_shift), ("Ctrl+Shift+X", self.close_shift)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(self.member_label, 1)
        top.addWidget(self.store_label)
        top.addWidget(self.shift_label)
        totals = QVBoxLayout()
        totals.addWidget(self.total_label)
        totals.addWidget(self.detail_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.exchange_label)
        layout.addWidget(self.scan_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(totals)
        layout.addLayout(grid)
        self.setMinimumSize(0, 0)
        self.ctx.refresh_on(self, [Area.SALES, Area.FINANCE, Area.SETTINGS], self.reload_shift)
        self.reload_shift()

    # --- focus always comes back to the scan field ------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if (
            watched is self.scan_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.exchange is not None
        ):
            self.cancel_exchange()
            return True
        if watched is self.scan_edit and event.type() == QEvent.Type.KeyPress and self.lines:
            row = self.lines_table.currentRow()
            if event.key() == Qt.Key.Key_Up:
                self.lines_table.selectRow(max(0, row - 1))
                return True
            if event.key() == Qt.Key.Key_Down:
                self.lines_table.selectRow(min(len(self.lines) - 1, row + 1))
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.scan_edit.setFocus()

    def _back_to_scan(self) -> None:
        """A dialog closed: the keys go back to this window's scan field."""
        self.window().activateWindow()
        self.scan_edit.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #c62828; font-weight: bold" if error else "color: #2e7d32")
        self.scan_edit.setFocus()

    def _refuse(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self._say(exc.message, error=True)
        else:
            show_error(self, exc)
            self.scan_edit.setFocus()

    # --- the shift --------------------------------------------------------------------------
    def reload_shift(self) -> None:
        self.ctx.query(lambda: counter.current_shift(self.ctx.uow), self._show_shift, self._refuse)
        self.ctx.query(lambda: counter.this_store(self.ctx.uow), self._show_store, self._refuse)

    def _show_store(self, store: counter.StoreRow) -> None:
        self.store = store
        self.store_label.setText(tr("Store {code} {name}", code=store.code, name=store.name))

    def _show_shift(self, shift) -> None:
        self.shift = shift
        if shift is None:
            self.shift_label.setText(tr("No shift open (Ctrl+Shift+O opens one)"))
        else:
            self.shift_label.setText(tr("Shift {number} · {cashier}", number=shift.number, cashier=shift.cashier))
        self.open_shift_button.setEnabled(shift is None)
        self.close_shift_button.setEnabled(shift is not None)

    def open_shift(self) -> None:
        dialog = self._dialog = ShiftOpenDialog(self)
        dialog.accepted_with.connect(
            lambda amount: self.ctx.write(
                lambda: counter.open_shift(self.ctx.uow, float_amount=amount),
                lambda shift: (
                    dialog.accept(),
                    self._show_shift(shift),
                    self._say(tr("Shift {number} opened.", number=shift.number)),
                ),
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
                areas=[Area.SALES],
            )
        )
        dialog.show()

    def close_shift(self) -> None:
        if self.shift is None:
            self._say(tr("No shift is open on this counter."), error=True)
            return
        shift = self.shift
        self.ctx.query(lambda: counter.shift_report(self.ctx.uow, shift.id), self._ask_counted, self._refuse)

    def _ask_counted(self, report) -> None:
        dialog = self._dialog = ShiftCloseDialog(report, self)

        def closed(result) -> None:
            dialog.accept()
            self._show_shift(None)
            self._say(
                tr(
                    "Shift {number} closed; difference {difference}.",
                    number=result.shift.number,
                    difference=money_text(result.difference),
                )
            )
            path = Path(tempfile.mkdtemp(prefix="erp-shift-")) / f"{result.shift.number}.pdf"
            self.ctx.query(
                lambda: counter.shift_report_pdf(self.ctx.uow, result.shift.id, path=path),
                lambda _data: self._preview(path),
            )

        dialog.accepted_with.connect(
            lambda value: self.ctx.write(
                lambda: counter.close_shift(self.ctx.uow, report.shift.id, counted_cash=value[0], note=value[1]),
                closed,
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
                areas=[Area.SALES, Area.FINANCE],
            )
        )
        dialog.show()

    def _preview(self, path: Path) -> None:
        from ..printing import show_preview

        show_preview(self, self.ctx, path)

    # --- lines ------------------------------------------------------------------------------
    def _on_scan_edit_return_pressed(self) -> None:
        text = self.scan_edit.text().strip()
        if not text:
            if self.lines:
                self.pay()
            return
        qty = Decimal(1)
        if "*" in text:
            head, _, rest = text.partition("*")
            try:
                qty = parse_decimal(head)
            except NotANumber as exc:
                self._refuse(exc)
                return
            text = rest.strip()
        try:
            hit = counter.scan(self.ctx.uow, text)
        except UserError as exc:
            self._refuse(exc)
            self.scan_edit.selectAll()
            return
        self.scan_edit.clear()
        if hit.serial:  # a serial number scanned: its product, that serial
            self._add_serial(hit)
            return
        if hit.serial_tracked or hit.serial_components:
            self._ask_serials(hit, qty)
            return
        for index, line in enumerate(self.lines):
            if (
                line.product_id == hit.product_id
                and line.unit == hit.scanned_unit
                and line.unit_price is None
                and line.discount == ZERO
            ):
                line.qty += qty
                self._reprice(select=index)
                return
        self.lines.append(_Line(hit.product_id, hit.code, hit.name, qty, unit=hit.scanned_unit))
        self._reprice(select=len(self.lines) - 1)

    # --- 序列号 ------------------------------------------------------------------------------
    def _on_ticket(self, serial: str) -> bool:
        return any(serial in line.serials() for line in self.lines)

    def _add_serial(self, hit) -> None:
        """A serial scanned into the scan field: one more of its product with that serial."""
        if self._on_ticket(hit.serial):
            self._say(tr("Serial {serial} is on this ticket already.", serial=hit.serial), error=True)
            return
        lot = counter.LotInput(hit.serial)
        for index, line in enumerate(self.lines):
            if line.product_id == hit.product_id and line.lots and line.unit_price is None and line.discount == ZERO:
                old = (line.qty, line.lots)
                line.qty, line.lots = line.qty + 1, line.lots + (lot,)

                def undo(line=line, old=old) -> None:
                    line.qty, line.lots = old

                self._reprice(select=index, undo=undo)
                return
        self.lines.append(_Line(hit.product_id, hit.code, hit.name, Decimal(1), lots=(lot,)))
        self._reprice(select=len(self.lines) - 1)

    def _ask_serials(self, hit, qty: Decimal) -> None:
        """The product's barcode scanned: its serials asked (a bundle: each serial component's),
        one dialog each, then the line added."""
        if qty != qty.to_integral_value() or qty <= ZERO:
            self._say(tr("A serial-tracked product is sold in whole units (got {qty}).", qty=qty), error=True)
            return
        wanted = (
            [(hit.product_id, f"{hit.code} {hit.name}", int(qty))]
            if hit.serial_tracked and not hit.serial_components
            else [(c, f"{code} {name}", int(qty * per_kit)) for c, code, name, per_kit in hit.serial_components]
        )
        got: list[tuple[uuid.UUID, tuple[counter.LotInput, ...]]] = []

        def ask(step: int) -> None:
            if step == len(wanted):
                if hit.serial_components:
                    line = _Line(hit.product_id, hit.code, hit.name, qty, component_lots=tuple(got))
                else:
                    line = _Line(hit.product_id, hit.code, hit.name, qty, lots=got[0][1])
                self.lines.append(line)
                self._reprice(select=len(self.lines) - 1)
                return
            product_id, label, count = wanted[step]
            taken = {lot.number for _c, lots in got for lot in lots}
            dialog = self._dialog = SerialDialog(
                self.ctx.uow, product_id, label, count, lambda s: s in taken or self._on_ticket(s), self
            )

            def scanned(serials: list[str]) -> None:
                got.append((product_id, tuple(counter.LotInput(s) for s in serials)))
                dialog.accept()
                ask(step + 1)

            dialog.accepted_with.connect(scanned)
            dialog.rejected.connect(lambda: (self._say(tr("No serials: nothing added.")), self._back_to_scan()))
            dialog.show()

        ask(0)

    def add_scan(self, text: str) -> None:
        self.scan_edit.setText(text)
        self._on_scan_edit_return_pressed()

    def _reprice(self, *, select: int | None = None, undo=None) -> bool:
        """Price the ticket as it stands (the service's own figures); an error puts back what
        ``undo`` restores and says why."""
        if not self.lines:
            self.quote = None
            self._show()
            return True
        try:
            self.quote = counter.price_ticket(
                self.ctx.uow,
                [line.entry() for line in self.lines],
                member_id=self.member.id if self.member else None,
                discount_rate=self.discount_rate,
            )
        except UserError as exc:
            if undo is not None:
                undo()
                return self._reprice(select=select) and False
            self.lines.pop()
            self._refuse(exc)
            self._reprice()
            return False
        self._show(select)
        self.message_label.setText("")
        return True

    def _show(self, select: int | None = None) -> None:
        table = self.lines_table
        table.setRowCount(len(self.lines))
        priced = self.quote.lines if self.quote else ()
        for row, (line, p) in enumerate(zip(self.lines, priced)):
            serials = line.serials()
            values = (
                line.code,
                line.name + (f"  [{', '.join(serials)}]" if serials else ""),
                qty_text(p.shown_qty) + (f" {p.entered_unit}" if p.entered_unit else ""),
                price_text(p.unit_price),
                percent_text(p.discount) if p.discount else "",
                money_text(p.gross),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= C_QTY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        if select is not None and self.lines:
            table.selectRow(select)
        q = self.quote
        self.total_label.setText(money_text(q.total if q else ZERO))
        if self.exchange is not None:
            self._show_exchange()
        elif q is None:
            self.detail_label.setText("")
        else:
            parts = [tr("{count} line(s), subtotal {amount}", count=len(self.lines), amount=money_text(q.subtotal))]
            if q.discount_amount:
                parts.append(tr("discount {amount}", amount=money_text(q.discount_amount)))
            if q.rounding:
                parts.append(tr("rounding {amount}", amount=money_text(q.rounding)))
            self.detail_label.setText(" · ".join(parts))

    def _current(self) -> int | None:
        row = self.lines_table.currentRow()
        if not self.lines:
            self._say(tr("Scan a product first."), error=True)
            return None
        return row if 0 <= row < len(self.lines) else len(self.lines) - 1

    def _typed_number(self) -> Decimal | None:
        text = self.scan_edit.text().strip()
        if not text:
            self._say(tr("Type the number in the scan field first, then press the key."), error=True)
            return None
        try:
            value = parse_decimal(text)
        except NotANumber as exc:
            self._refuse(exc)
            return None
        self.scan_edit.clear()
        return value

    def _change_line(self, attribute: str, convert) -> None:
        row = self._current()
        if row is None:
            return
        value = self._typed_number()
        if value is None:
            return
        line = self.lines[row]
        old = getattr(line, attribute)
        setattr(line, attribute, convert(value))
        self._reprice(select=row, undo=lambda: setattr(line, attribute, old))

    def set_quantity(self) -> None:
        row = self._current()
        if row is not None and self.lines[row].serials():
            self._say(
                tr("A serial-tracked line counts its serials: scan another serial, or remove the line (Ctrl+Del)."),
                error=True,
            )
            return
        self._change_line("qty", lambda v: v)

    def set_price(self) -> None:
        self._change_line("unit_price", lambda v: v)

    def set_line_discount(self) -> None:
        self._change_line("discount", lambda v: v / HUNDRED)

    def set_ticket_discount(self) -> None:
        if not self.lines:
            self._say(tr("Scan a product first."), error=True)
            return
        value = self._typed_number()
        if value is None:
            return
        old = self.discount_rate
        self.discount_rate = value / HUNDRED

        def undo() -> None:
            self.discount_rate = old

        self._reprice(undo=undo)

    def remove_line(self) -> None:
        row = self._current()
        if row is None:
            return
        del self.lines[row]
        self._reprice(select=min(row, len(self.lines) - 1) if self.lines else None)

    def look_up_member(self) -> None:
        if self.exchange is not None:
            self._say(tr("An exchange keeps the member of the ticket it is against."), error=True)
            return
        text = self.scan_edit.text().strip()
        if not text:
            self.member = None
            self.member_label.setText(tr("Walk-in customer (散客)"))
            self._reprice()
            return
        try:
            self.member = counter.find_member(self.ctx.uow, text)
        except NotFound:
            if text.replace("-", "").isdigit():
                self._enrol(text)
                return
            self._say(tr("No member with card or phone {text}.", text=text), error=True)
            return
        self.scan_edit.clear()
        self._show_member()
        self._reprice()

    def _enrol(self, phone: str) -> None:
        """No member with this phone: offer to enrol one (Esc leaves it)."""
        dialog = self._dialog = MemberEnrolDialog(phone, self)

        def enrolled(member) -> None:
            dialog.accept()
            self.member = member
            self.scan_edit.clear()
            self._show_member()
            self._reprice()
            self._say(tr("Member {name} · card {card}", name=member.name, card=member.card_no))

        dialog.accepted_with.connect(
            lambda value: self.ctx.write(
                lambda: counter.create_member(self.ctx.uow, name=value[0], phone=value[1], card_no=value[2]),
                enrolled,
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
                areas=[Area.PARTIES],
            )
        )
        dialog.finished.connect(lambda _r: self._back_to_scan())
        dialog.show()

    def top_up(self) -> None:
        """储值: the amount typed in the scan field, in cash, onto the member looked up (F6)."""
        if self.member is None:
            self._say(tr("Look the member up first (type the phone or card, F6)."), error=True)
            return
        amount = self._typed_number()
        if amount is None:
            return
        member_id = self.member.id

        def done(member) -> None:
            self.member = member
            self._show_member()
            self._say(tr("Stored value of {name}: {amount}", name=member.name, amount=money_text(member.stored_value)))

        self.ctx.write(
            lambda: counter.top_up(self.ctx.uow, member_id, amount=amount), done, self._refuse, areas=[Area.FINANCE]
        )

    def _show_member(self) -> None:
        m = self.member
        self.member_label.setText(
            tr(
                "Member {name} · {card} · points {points} · stored value {stored}",
                name=m.name,
                card=m.card_no,
                points=m.points,
                stored=money_text(m.stored_value),
            )
        )

    def clear_ticket(self) -> None:
        self.exchange = None
        self.exchange_label.hide()
        self.lines = []
        self.member = None
        self.discount_rate = ZERO
        self.member_label.setText(tr("Walk-in customer (散客)"))
        self._reprice()

    # --- hold / recall ---------------------------------------------------------------------
    def hold(self) -> None:
        if self.exchange is not None:
            self._say(tr("Finish the exchange (F12) or drop it (Esc) first."), error=True)
            return
        if not self.lines:
            self._say(tr("There is nothing to hold."), error=True)
            return
        held = counter.HeldTicket(
            None,
            tuple(line.entry() for line in self.lines),
            self.member.id if self.member else None,
            self.discount_rate,
        )
        self.ctx.write(
            lambda: counter.hold_ticket(self.ctx.uow, held),
            lambda _id: (self.clear_ticket(), self._say(tr("Ticket held (F10 recalls it)."))),
            self._refuse,
        )

    def recall(self) -> None:
        if self.lines or self.exchange is not None:
            self._say(tr("Finish or hold this ticket before recalling another."), error=True)
            return
        self.ctx.write(lambda: counter.recall_ticket(self.ctx.uow), self._recalled, self._refuse)

    def _recalled(self, held) -> None:
        names = {}
        for entry in held.lines:
            if entry.product_id not in names:
                names[entry.product_id] = counter.product_label(self.ctx.uow, entry.product_id)
        self.lines = [
            _Line(
                e.product_id,
                *names[e.product_id],
                qty=e.qty,
                unit_price=e.unit_price,
                discount=e.discount,
                unit=e.unit,
                lots=e.lots,
                component_lots=e.component_lots,
            )
            for e in held.lines
        ]
        self.discount_rate = held.discount_rate
        self.member = counter.get_member(self.ctx.uow, held.member_id) if held.member_id else None
        if self.member:
            self._show_member()
        self._reprice(select=0)
        self._say(tr("Ticket recalled."))

    # --- paying -----------------------------------------------------------------------------
    def pay(self) -> None:
        if self.exchange is not None:
            self._settle_exchange()
            return
        if not self.lines or self.quote is None:
            self._say(tr("Scan a product first."), error=True)
            return
        quote = self.quote
        dialog = self._dialog = PaymentDialog(
            quote.total, member_stored=self.member.stored_value if self.member else None, parent=self
        )
        lines = [line.entry() for line in self.lines]
        member_id = self.member.id if self.member else None
        rate = self.discount_rate

        def paid(result) -> None:
            dialog.accept()
            self.last_ticket = result.number
            self.clear_ticket()
            self._say(
                tr(
                    "Ticket {number}: total {total}, change {change}.",
                    number=result.number,
                    total=money_text(result.total),
                    change=money_text(result.change),
                )
            )
            self._print_tickets(result.id)

        def submit(payments, acknowledged: frozenset[str] = frozenset()) -> None:
            def failed(exc: BaseException) -> None:
                # an expired lot (or stock going short under "warn") asks first, then posts again
                if isinstance(exc, ConfirmationRequired) and exc.key not in acknowledged:
                    if ui_errors.ask(dialog, exc.message):
                        submit(payments, acknowledged | {exc.key})
                    return
                dialog.show_error(getattr(exc, "message", str(exc)))

            self.ctx.write(
                lambda: counter.sell(
                    self.ctx.uow,
                    lines=lines,
                    payments=payments,
                    member_id=member_id,
                    discount_rate=rate,
                    acknowledged=acknowledged,
                ),
                paid,
                failed,
                areas=[Area.SALES, Area.STOCK, Area.FINANCE],
            )

        dialog.accepted_with.connect(submit)
        dialog.finished.connect(lambda _r: self._back_to_scan())
        dialog.show()

    # --- returns and reprints ----------------------------------------------------------------
    def start_return(self) -> None:
        if self.exchange is not None:
            self._say(tr("Finish the exchange (F12) or drop it (Esc) first."), error=True)
            return
        number = self.scan_edit.text().strip()
        if not number:
            self._say(tr("Scan the ticket's barcode (or type its number), then press Ctrl+R."), error=True)
            return
        try:
            view = counter.ticket_view(self.ctx.uow, number)
        except UserError as exc:
            self._refuse(exc)
            return
        self.scan_edit.clear()
        dialog = self._dialog = ReturnDialog(
            view, self, find_serial=lambda serial: counter.serial_on_ticket(self.ctx.uow, view.id, serial)
        )

        def done(result) -> None:
            dialog.accept()
            self._say(tr("Return {number}: refunded {total}.", number=result.number, total=money_text(result.total)))
            self._print_tickets(result.id)  # the return slip, as a sale's ticket

        dialog.accepted_with.connect(
            lambda lines: self.ctx.write(
                lambda: counter.return_ticket(self.ctx.uow, view.id, lines=lines),
                done,
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
                areas=[Area.SALES, Area.STOCK, Area.FINANCE],
            )
        )
        dialog.show()

    # --- exchange (换货) ----------------------------------------------------------------------
    def start_exchange(self) -> None:
        """Ctrl+E on a scanned ticket number: choose what comes back; then the new goods are
        scanned on this screen and F12 settles the difference."""
        if self.exchange is not None:
            self._say(tr("An exchange is under way: F12 settles it, Esc drops it."), error=True)
            return
        number = self.scan_edit.text().strip()
        if not number:
            self._say(tr("Scan the ticket's barcode (or type its number), then press Ctrl+E."), error=True)
            return
        try:
            view = counter.ticket_view(self.ctx.uow, number)
        except UserError as exc:
            self._refuse(exc)
            return
        if view.kind != "sale":
            self._say(tr("{number} is a return; scan the sale's ticket.", number=view.number), error=True)
            return
        if not any(line.qty > line.returned_qty for line in view.lines):
            self._say(tr("Everything on {number} has come back already.", number=view.number), error=True)
            return
        self.scan_edit.clear()
        dialog = self._dialog = ReturnDialog(
            view, self, title=tr("Exchange against {number}: what comes back", number=view.number)
        )

        def credited(back: tuple, credit: Decimal) -> None:
            dialog.accept()
            self.exchange = _Exchange(view.id, view.number, back, credit)
            self.member = counter.get_member(self.ctx.uow, view.member_id) if view.member_id else None
            if self.member is not None:
                self._show_member()
            self._reprice()
            self._say(tr("Now scan the new goods; F12 settles the difference, Esc drops the exchange."))

        def chosen(lines: list) -> None:
            back = tuple(lines)
            self.ctx.query(
                lambda: counter.return_credit(self.ctx.uow, view.id, back),
                lambda credit: credited(back, credit),
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
            )

        dialog.accepted_with.connect(chosen)
        dialog.finished.connect(lambda _r: self._back_to_scan())
        dialog.show()

    def _exchange_difference(self) -> Decimal:
        """The new goods' total less what comes back: above zero the customer pays it, below
        zero it is given back."""
        assert self.exchange is not None
        return (self.quote.total if self.quote is not None else ZERO) - self.exchange.credit

    def _show_exchange(self) -> None:
        ex = self.exchange
        assert ex is not None
        difference = self._exchange_difference()
        new_total = self.quote.total if self.quote is not None else ZERO
        self.exchange_label.setText(
            tr(
                "Exchange against {number}: {credit} comes back · new goods {total}",
                number=ex.number,
                credit=money_text(ex.credit),
                total=money_text(new_total),
            )
        )
        self.exchange_label.show()
        self.total_label.setText(money_text(abs(difference)))
        self.detail_label.setText(
            tr("to pay (F12)") if difference > ZERO else tr("to give back (F12)") if difference < ZERO else tr("even")
        )

    def cancel_exchange(self) -> None:
        """Esc: the exchange is dropped; the goods scanned stay as an ordinary ticket."""
        if self.exchange is None:
            return
        number = self.exchange.number
        self.exchange = None
        self.exchange_label.hide()
        self.member = None
        self.member_label.setText(tr("Walk-in customer (散客)"))
        self._reprice()
        self._say(tr("Exchange against {number} dropped; nothing was posted.", number=number))

    def _settle_exchange(self) -> None:
        ex = self.exchange
        assert ex is not None
        if not self.lines or self.quote is None:
            self._say(tr("Scan the new goods first (Ctrl+R takes a plain return, Esc drops the exchange)."), error=True)
            return
        difference = self._exchange_difference()
        lines = [line.entry() for line in self.lines]
        if difference > ZERO:
            dialog: Any = PaymentDialog(
                difference, member_stored=self.member.stored_value if self.member else None, parent=self
            )
        else:
            dialog = RefundDialog(-difference, self)
        self._dialog = dialog

        def done(results) -> None:
            back, out = results
            dialog.accept()
            self.last_ticket = out.number
            self.clear_ticket()
            given_back = back.total - out.total
            self._say(
                tr(
                    "Exchange: {back} took back {credit}; new ticket {number} {total}; change {change}.",
                    back=back.number,
                    credit=money_text(back.total),
                    number=out.number,
                    total=money_text(out.total),
                    change=money_text(out.change + max(given_back, ZERO)),
                )
            )
            self._print_tickets(back.id, out.id)  # the return, then the new ticket

        dialog.accepted_with.connect(
            lambda payments: self.ctx.write(
                lambda: counter.exchange_ticket(
                    self.ctx.uow, ex.ticket_id, back=list(ex.back), lines=lines, payments=payments
                ),
                done,
                lambda exc: dialog.show_error(getattr(exc, "message", str(exc))),
                areas=[Area.SALES, Area.STOCK, Area.FINANCE],
            )
        )
        dialog.finished.connect(lambda _r: self._back_to_scan())
        dialog.show()

    def _print_tickets(self, *ids: uuid.UUID) -> None:
        """Print tickets with the shop's counter-ticket template (Settings › Print templates): on
        the ESC/POS printer when one is set (off the GUI thread), else the ticket-sized PDF on the
        system's default printer; with neither, Ctrl+P shows the ticket to print or save."""

        def job() -> list[bytes]:
            return [pdf for pdf in (counter.print_ticket(self.ctx.uow, i) for i in ids) if pdf is not None]

        self.ctx.query(job, lambda pdfs: [print_on_default_printer(pdf) for pdf in pdfs], self._refuse)

    def reprint(self) -> None:
        number = self.scan_edit.text().strip() or self.last_ticket
        if not number:
            self._say(tr("Scan the ticket's barcode (or type its number), then press Ctrl+P."), error=True)
            return
        folder = Path(tempfile.mkdtemp(prefix="erp-ticket-"))
        self.scan_edit.clear()

        def render(name: str | None) -> Path:  # the preview's template picker makes it again
            path = folder / f"{number}-{name or 'auto'}.pdf".replace("/", "_")
            counter.ticket_pdf(self.ctx.uow, number, path=path, reprint=True, template=name)
            return path

        def show(path: Path) -> None:
            from ..printing import preview_with_templates

            preview_with_templates(self, self.ctx, path, "counter_ticket", render)

        self.ctx.query(lambda: render(None), show, self._refuse)


def print_on_default_printer(pdf: bytes, printer: Any = None) -> bool:
    """Print a ticket's PDF on the system's default printer (or ``printer``, a QPrinter), on a page
    of the ticket's size; False when there is no default printer (nothing printed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QMarginsF, QSize, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if printer is None and info.isNull():
        return False
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.pageCount() < 1:
        return False
    points = document.pagePointSize(0)
    printer = printer or QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("ticket")
    size = QPageSize(QSizeF(points.width() / 72 * 25.4, points.height() / 72 * 25.4), QPageSize.Unit.Millimeter)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        image = document.render(0, QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi)))
        painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True


def create_tab(ctx: AppContext) -> QWidget:
    return CounterScreen(ctx)
