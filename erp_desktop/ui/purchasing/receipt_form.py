"""The purchase receipt form (采购入库单) in its own tab.

A new receipt is opened from a confirmed order (the order form's Receive, F11; the order list's
Ctrl+R): the bin, date and note on top; one grid line per order line with ordered / received /
outstanding and the quantity to receive now (it starts at what is outstanding; Enter moves down
the lines; a scanned barcode adds 1 to its product's line, and *Scan to count* first sets every
quantity to 0). *Phone scanning…* shows a QR code: phones on the shop's Wi-Fi scan what arrived
and each scan adds to its line here as if scanned at the PC (unknown codes are listed, a scan sent
twice counts once). F11 (or Ctrl+S: a receipt has no draft) posts it, and ends the phones' session.

A posted receipt shows read-only with what was returned; Print (Ctrl+P) prints the goods receipt
note, Return… returns goods to the supplier, and 改单 reverses the receipt (红冲, one transaction,
linked both ways) and opens a new receipt for the order with the same quantities to correct and
post again."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from erp_desktop.services import inventory, mobile, purchasing
from erp_desktop.services.masterdata import ProductBrief
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from ..inventory.phone import FormPhone
from ..printing import print_document
from ..widgets.lot_entry import LotEntryDialog, lots_text, lots_total
from ..widgets.pickers import BinPicker
from .common import AREAS, date_edit, money_text, qty_text


def _new_columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Product"), "product", width=300, stretch=True),
        GridColumn("ordered", tr("Ordered"), "qty", width=80),
        GridColumn("received", tr("Received"), "qty", width=80),
        GridColumn("outstanding", tr("Outstanding"), "qty", width=90),
        GridColumn("price", tr("Price"), "price", width=90),
        GridColumn("now", tr("Receive now"), "qty", editable=True, places=3, width=100),
        GridColumn("lots", tr("Lots / serials"), "text", width=180),
        GridColumn("net", tr("Net"), "money", width=100),
    ]


def _posted_columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Product"), "product", width=300, stretch=True),
        GridColumn("now", tr("Quantity"), "qty", width=90),
        GridColumn("price", tr("Price"), "price", width=90),
        GridColumn("net", tr("Net"), "money", width=100),
        GridColumn("gross", tr("Gross"), "money", width=100),
        GridColumn("returned", tr("Returned"), "qty", width=90),
    ]


def _brief(product_id: uuid.UUID, code: str, name: str) -> ProductBrief:
    return ProductBrief(product_id, code, name, "", "", "", ZERO, ZERO, ZERO, True)


class ReceiptForm(DocumentForm):
    """``order`` (an OrderDetail) for a new receipt of that order; ``receipt_id`` for a posted one."""

    kind = "purchase_receipt"

    def __init__(
        self,
        ctx: AppContext,
        order: purchasing.OrderDetail | None = None,
        receipt_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.order = order
        self.receipt: purchasing.ReceiptDetail | None = None
        self.doc_id = receipt_id
        self.posted_result = None
        self.reversal_result = None
        self.amended_from = ""
        self._order_lines: list[purchasing.OrderLineRow] = []
        self._tracking: dict[uuid.UUID, inventory.Tracking] = {}  # by product: lot / serial tracked
        self._lots: dict[int, tuple[inventory.LotInput, ...]] = {}  # by grid row: the lots entered
        self._lot_dialog: LotEntryDialog | None = None
        self._filling = False
        self.phone: FormPhone | None = None
        self.phone_unknown: dict[str, Decimal] = {}  # codes the phones scanned that no product has

        self.supplier_label = QLineEdit(self)
        self.supplier_label.setReadOnly(True)
        self.bin_picker = BinPicker(ctx, self)
        self.on_edit = date_edit(self)
        self.note_edit = QLineEdit(self)
        self.add_field(tr("Supplier"), self.supplier_label)
        self.add_field(tr("Into warehouse / bin"), self.bin_picker)
        self.add_field(tr("Date"), self.on_edit)
        self.add_field(tr("Note"), self.note_edit, span=3, new_row=True)
        self.watch(self.on_edit, self.note_edit)
        self.bin_picker.bin_combo.activated.connect(lambda _i: self.mark_dirty())

        self.grid = LineGrid(ctx, _new_columns() if receipt_id is None else _posted_columns(), self)
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(self._on_value_edited)
        self.grid.cell_committed.connect(self._on_cell_committed)
        self.set_grid(self.grid)

        self.post_button = self.add_button(tr("Post receipt"), self.post, "post")
        self.scan_button = self.add_button(tr("Scan to count"), self.zero_quantities)
        self.scan_button.setToolTip(tr("Set every quantity to 0, then scan each item received."))
        self.phone_button = self.add_button(tr("Phone scanning…"), self.open_phone)
        self.phone_button.setToolTip(
            tr("Show a QR code: phones on the shop's Wi-Fi scan what arrived into this receipt")
        )
        self.lots_button = self.add_button(tr("Lots / serials… (Ctrl+L)"), self.enter_lots)
        self.lots_button.setToolTip(
            tr("The lots (number, production and expiry date) or the serial numbers of the current line.")
        )
        self.lots_button.setShortcut("Ctrl+L")
        self.return_button = self.add_button(tr("Return…"), self.return_goods)
        self.amend_button = self.add_button(tr("Amend (红冲)"), self.amend)
        self.amend_button.setToolTip(
            tr("Reverse the posted receipt (红冲) and open a new receipt of the order with the same quantities.")
        )
        self.charge_button = self.add_button(tr("Landed cost…"), self.add_landed_cost)
        self.charge_button.setToolTip(tr("Freight, duty or handling on this receipt (采购费用单), from any supplier."))
        self.print_button = self.add_button(tr("Print receipt note"), self.print_, "print_", print_row=True)
        if receipt_id is not None:
            self.load(receipt_id)
        elif order is not None:
            self.show_order(order)

    # --- the keyboard contract ------------------------------------------------------------
    def new_document(self) -> None:
        """A receipt is made from an order: Ctrl+N on a receipt opens another one of the same order."""
        if self.order is None:
            return
        self._open_new(self._reload_order(), {})

    def save(self) -> None:
        """A receipt has no draft: saving it posts it."""
        self.post()

    def post(self) -> None:
        if self.order is None or self.receipt is not None:
            return
        lines = []
        for row, line in enumerate(self._order_lines):
            quantity = self.grid.value(row, "now")
            editor = self.grid.editor(row, "now")
            if quantity is None and editor is not None and editor.text().strip():
                show_error(self, ValidationError(tr("Line {line}: the quantity must be a number.", line=row + 1)))
                return
            if quantity:
                lots = self._lots.get(row, ())
                if self._tracked(row) and lots_total(lots) != quantity:
                    self.enter_lots(row)  # the lots the line still lacks: asked for, then F11 again
                    return
                lines.append(purchasing.ReceiveLineInput(line.id, quantity, lots=lots))
        location_id = self.bin_picker.bin_id()
        on, note, order_id, uow = self.on_edit.date().toPython(), self.note_edit.text(), self.order.id, self.ctx.uow

        def call(ack):
            return purchasing.receive_order(
                uow, order_id, on=on, location_id=location_id, lines=lines, note=note, acknowledged=ack
            )

        def done(ref) -> None:
            self.posted_result = ref
            self.end_phone_session()  # posted: the phones get nothing more
            self.set_clean()
            self.saved.emit(ref)
            self.load(ref.id)
            self._status(tr("Received {number}", number=ref.number))
            if self.print_button.isEnabled():
                self.print_button.setFocus()  # the offer to print the note: Space prints

        run_confirmable(self, call, done, lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS))

    def print_(self) -> None:
        if self.receipt is not None:
            print_document(self, self.ctx, DocKind.RECEIPT, self.receipt.id)

    def refresh(self) -> None:
        if self.receipt is not None:
            self.load(self.receipt.id)
        elif self.order is not None and not self.has_unsaved_changes():
            self.show_order(self._reload_order())

    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        self.ctx.query(
            lambda: purchasing.get_receipt_detail(self.ctx.uow, doc_id),
            self._show_receipt,
            lambda e: show_error(self, e),
        )

    # --- showing --------------------------------------------------------------------------
    def _reload_order(self) -> purchasing.OrderDetail:
        assert self.order is not None
        return purchasing.get_order_detail(self.ctx.uow, self.order.id)

    def _set_columns(self, columns: list[GridColumn]) -> None:
        old = self.grid
        self.grid = LineGrid(self.ctx, columns, self)
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(self._on_value_edited)
        self.grid.cell_committed.connect(self._on_cell_committed)
        self.body.replaceWidget(old, self.grid)
        old.deleteLater()

    def show_order(self, order: purchasing.OrderDetail, quantities: dict[uuid.UUID, Decimal] | None = None) -> None:
        """A new receipt of ``order``: every line with something outstanding, to receive now the
        outstanding quantity (or ``quantities`` by order line, for 改单's copy)."""
        self.order = order
        self._filling = True
        self.set_title(tr("Receive {number}", number=order.number))
        self.state_label.setText(f"[{tr('new')}]")
        self.supplier_label.setText(f"{order.supplier_code} {order.supplier_name}")
        self.grid.set_editable(False)
        self.grid.clear_lines()
        self._order_lines = [line for line in order.lines if line.outstanding > ZERO or (quantities or {}).get(line.id)]
        self._lots = {}
        for product_id in {line.product_id for line in self._order_lines} - set(self._tracking):
            self._tracking[product_id] = inventory.product_tracking(self.ctx.uow, product_id)
        for line in self._order_lines:
            now = line.outstanding if quantities is None else min(quantities.get(line.id, ZERO), line.outstanding)
            self.grid.add_line(
                _brief(line.product_id, line.product_code, line.product_name),
                {
                    "ordered": line.qty,
                    "received": line.received_qty - line.returned_qty,
                    "outstanding": line.outstanding,
                    "price": line.price,
                    "now": now,
                },
            )
        self.grid.set_editable(True)
        for row in range(len(self._order_lines)):
            self._show_lots(row)
        # the lots column only where a line is lot- or serial-tracked
        self.grid.setColumnHidden(
            self.grid.col("lots"), not any(self._tracked(r) for r in range(len(self._order_lines)))
        )
        self._filling = False
        self._update_totals()
        self._apply_state()
        self.set_clean()
        if self.grid.line_count:
            self.grid.focus_cell(0, "now")

    def _show_receipt(self, receipt: purchasing.ReceiptDetail) -> None:
        self.receipt = receipt
        self.doc_id = receipt.id
        self._filling = True
        if self.grid.columns[1].key != "now":
            self._set_columns(_posted_columns())
        self.set_title(receipt.number)
        state = tr("reversed") if receipt.state == "reversed" else tr("posted")
        self.state_label.setText(f"[{state}]")
        self.supplier_label.setText(receipt.supplier)
        self.on_edit.setDate(QDate(receipt.on.year, receipt.on.month, receipt.on.day))
        self.note_edit.setText(receipt.note)
        self.bin_picker.set_bin(receipt.location_id)
        self.grid.set_editable(False)
        self.grid.clear_lines()
        for line in receipt.lines:
            self.grid.add_line(
                _brief(line.product_id, line.product_code, line.product_name),
                {
                    "now": line.qty,
                    "price": line.price,
                    "net": line.net,
                    "gross": line.gross,
                    "returned": line.returned_qty,
                },
            )
        info = [tr("Order {number}", number=receipt.order_number), receipt.where]
        if receipt.pair_number:
            info.append(tr("reversed by {number}", number=receipt.pair_number))
        self.info_label.setText(" · ".join(i for i in info if i))
        self.totals_label.setText(
            tr(
                "Net {net} · Tax {tax} · Total {gross}",
                net=money_text(receipt.net_total),
                tax=money_text(receipt.tax_total),
                gross=money_text(receipt.gross_total),
            )
        )
        self._filling = False
        self._apply_state()
        self.set_clean()

    def _apply_state(self) -> None:
        posted = self.receipt is not None
        for widget in (self.bin_picker, self.on_edit, self.note_edit):
            widget.setEnabled(not posted)
        self.post_button.setVisible(not posted)
        self.scan_button.setVisible(not posted)
        self.phone_button.setVisible(not posted)
        self.lots_button.setVisible(not posted and any(self._tracked(r) for r in range(len(self._order_lines))))
        live = posted and self.receipt is not None and self.receipt.state != "reversed"
        returnable = live and any(line.returnable > ZERO for line in self.receipt.lines) if self.receipt else False
        self.return_button.setVisible(bool(returnable))
        self.amend_button.setVisible(bool(returnable))
        self.charge_button.setVisible(bool(live))
        self.print_button.setVisible(posted)
        self.print_button.setEnabled(posted)

    def _update_totals(self) -> None:
        if self.receipt is not None:
            return
        net = tax = ZERO
        count = ZERO
        for row, line in enumerate(self._order_lines):
            quantity = self.grid.value(row, "now") or ZERO
            amounts = purchasing.line_amounts(quantity, line.price, line.tax_rate)
            self.grid.set_cell(row, "net", amounts.net)
            net, tax, count = net + amounts.net, tax + amounts.tax, count + quantity
        self.totals_label.setText(
            tr(
                "Receiving {qty} · Net {net} · Tax {tax} · Total {gross}",
                qty=qty_text(count),
                net=money_text(net),
                tax=money_text(tax),
                gross=money_text(net + tax),
            )
        )

    # --- editing --------------------------------------------------------------------------
    def set_quantity(self, row: int, quantity: Decimal) -> None:
        self.grid.set_value(row, "now", quantity)
        self._on_value_edited(row, "now")

    def zero_quantities(self) -> None:
        for row in range(self.grid.line_count):
            self.grid.set_value(row, "now", ZERO)
        self._lots = {}
        for row in range(self.grid.line_count):
            self._show_lots(row)
        self.mark_dirty()
        self._update_totals()
        self.grid.focus_new_line()

    def _on_product_entered(self, product: ProductBrief, scanned: bool) -> None:
        """A product scanned or typed in the new line: 1 more of it on its order line."""
        if self.receipt is not None:
            return
        row = self.grid.find_line(product.id)
        if row < 0:
            show_error(
                self,
                ValidationError(
                    tr(
                        "{product} is not outstanding on order {number}.",
                        product=product.label,
                        number=self.order.number if self.order else "",
                    )
                ),
            )
            self.grid.focus_new_line()
            return
        self.grid.increment(row, "now")
        if scanned:
            self.grid.focus_new_line()
        else:
            self.grid.focus_cell(row, "now")

    def _on_value_edited(self, row: int, _key: str) -> None:
        if not self._filling:
            self.mark_dirty()
            self._update_totals()
            self._show_lots(row)

    # --- phones ------------------------------------------------------------------------------
    def open_phone(self):
        """Phone scanning: a phone session for this receipt and its QR code."""
        if self.order is None or self.receipt is not None:
            return None
        if self.phone is None:
            self.phone = FormPhone(self, self.ctx, kind="receipt", describe=self._phone_title, apply=self.phone_scan)
        return self.phone.show()

    def _phone_title(self) -> tuple[str, str]:
        assert self.order is not None
        return tr("Receive {number}", number=self.order.number), self.order.supplier_name

    def phone_scan(self, scan: mobile.FormScan) -> mobile.ScanOutcome:
        """A phone's scan (on the GUI thread): added to its order line as if scanned here."""
        if self.receipt is not None or self.order is None:
            raise mobile.SessionClosed(tr("This counting session is closed."))
        who = scan.phone or tr("Mobile phone")
        if scan.product is None:
            self.phone_unknown[scan.code] = self.phone_unknown.get(scan.code, ZERO) + scan.qty
            outcome = mobile.ScanOutcome(
                scan.id,
                "unknown",
                tr("Unknown code {code}: not received; the PC lists it.", code=scan.code),
                code=scan.code,
                added=qty_text(scan.qty),
            )
            self._show_phone_unknown()
        else:
            row = self.grid.find_line(scan.product.id)
            if row < 0:
                raise ValidationError(
                    tr(
                        "{product} is not outstanding on order {number}.",
                        product=scan.product.label,
                        number=self.order.number,
                    )
                )
            self.grid.increment(row, "now", scan.qty)  # the cursor at the PC stays where it is
            now = self.grid.value(row, "now") or ZERO
            outcome = mobile.ScanOutcome(
                scan.id,
                "ok",
                tr(
                    "{label}: +{added} → receiving {qty} of {outstanding}",
                    label=scan.product.label,
                    added=qty_text(scan.qty),
                    qty=qty_text(now),
                    outstanding=qty_text(self._order_lines[row].outstanding),
                ),
                label=scan.product.label,
                code=scan.code,
                added=qty_text(scan.qty),
                counted=qty_text(now),
            )
        self._status(f"{who}: {outcome.message}")
        if self.phone is not None:
            QTimer.singleShot(0, self.phone.status_changed)
        return outcome

    def _show_phone_unknown(self) -> None:
        codes = ", ".join(f"{code} ({qty_text(qty)})" for code, qty in sorted(self.phone_unknown.items()))
        self.info_label.setText(tr("Unknown codes from phones: {codes}", codes=codes))

    def end_phone_session(self) -> None:
        if self.phone is not None:
            self.phone.end()

    # --- lots and serials ---------------------------------------------------------------------
    def _tracked(self, row: int) -> bool:
        if self.receipt is not None or not 0 <= row < len(self._order_lines):
            return False
        tracking = self._tracking.get(self._order_lines[row].product_id)
        return bool(tracking and (tracking.lot_tracked or tracking.serial_tracked))

    def _show_lots(self, row: int) -> None:
        """The line's lots cell: what was entered, or (red) how many still need a lot."""
        if not self._tracked(row):
            return
        tracking = self._tracking[self._order_lines[row].product_id]
        lots = self._lots.get(row, ())
        quantity = self.grid.value(row, "now") or ZERO
        missing = quantity - lots_total(lots)
        text = lots_text(lots, serial=tracking.serial_tracked)
        if missing:
            need = (
                tr("{qty} without serial", qty=qty_text(missing))
                if tracking.serial_tracked
                else tr("{qty} without lot", qty=qty_text(missing))
            )
            text = f"{text} · {need}" if text else need
        self.grid.set_cell(row, "lots", text, warn=bool(missing), tooltip=tr("Ctrl+L: the lots of this line"))

    def _on_cell_committed(self, row: int, key: str) -> None:
        """Enter in a tracked line's quantity: its lots (or serials) are asked for at once."""
        if key == "now" and self._tracked(row):
            quantity = self.grid.value(row, "now") or ZERO
            if quantity > ZERO and lots_total(self._lots.get(row, ())) != quantity:
                self.enter_lots(row)

    def enter_lots(self, row: int | None = None) -> LotEntryDialog | None:
        """Ctrl+L: the lots (lot-tracked) or serial numbers (serial-tracked) of ``row`` (the
        current line). Lots entered for more than the quantity start again."""
        if row is None:
            where = self.grid.focus_position()
            row = where[0] if where and isinstance(where[0], int) else self.grid.currentRow()
        if not self._tracked(row):
            return None
        line = self._order_lines[row]
        tracking = self._tracking[line.product_id]
        quantity = self.grid.value(row, "now") or ZERO
        if quantity <= ZERO:
            return None
        kept = self._lots.get(row, ())
        if lots_total(kept) > quantity:
            kept = ()
        dialog = LotEntryDialog(
            f"{line.product_code} {line.product_name}",
            quantity,
            serial=tracking.serial_tracked,
            shelf_life_days=tracking.shelf_life_days,
            lots=kept,
            parent=self,
        )
        dialog.accepted.connect(lambda r=row, d=dialog: self._on_lots_entered(r, d))
        dialog.rejected.connect(lambda r=row: self.grid.focus_cell(r, "now"))
        dialog.finished.connect(lambda _result: self.window().activateWindow())
        self._lot_dialog = dialog
        dialog.open()
        return dialog

    def _on_lots_entered(self, row: int, dialog: LotEntryDialog) -> None:
        self._lots[row] = dialog.lots()
        self._show_lots(row)
        self.mark_dirty()
        if row + 1 < len(self._order_lines):
            self.grid.focus_cell(row + 1, "now")
        else:
            self.grid.focus_cell(row, "now")

    # --- posted: landed cost, return, 改单 -----------------------------------------------------
    def add_landed_cost(self):
        """A new landed cost (采购费用单) starting with this receipt, in its own tab."""
        from .landed_cost_form import open_landed_cost

        if self.receipt is None:
            return None
        return open_landed_cost(self.ctx, None, self.receipt.number)

    def return_goods(self) -> None:
        from .receive_dialog import ReturnDialog

        if self.receipt is None:
            return
        dialog = ReturnDialog(self.ctx, self.receipt.id, self)
        dialog.posted.connect(lambda ref: (self.saved.emit(ref), self.refresh()))
        dialog.open()
        self._dialog = dialog

    def amend(self) -> ReceiptForm | None:
        """改单: reverse the receipt (红冲: a return of everything not yet returned, linked both
        ways, in one transaction) and open a new receipt of the order with those quantities."""
        receipt = self.receipt
        if receipt is None or receipt.state == "reversed":
            return None
        if not ask(
            self,
            tr(
                "Reverse receipt {number} (红冲) and receive a corrected copy? The goods leave stock and the payable is reduced.",
                number=receipt.number,
            ),
        ):
            return None
        wanted: dict[uuid.UUID, Decimal] = {}
        for line in receipt.lines:
            if line.order_line_id is not None:
                wanted[line.order_line_id] = wanted.get(line.order_line_id, ZERO) + line.returnable
        uow, receipt_id = self.ctx.uow, receipt.id
        opened: list[ReceiptForm] = []

        def done(ref) -> None:
            self.reversal_result = ref
            self.saved.emit(ref)
            self.load(receipt_id)
            order = purchasing.get_order_detail(uow, receipt.order_id)
            opened.append(self._open_new(order, wanted, amended_from=receipt.number))

        run_confirmable(
            self,
            lambda ack: purchasing.reverse_receipt(uow, receipt_id, acknowledged=ack),
            done,
            lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS),
        )
        return opened[0] if opened else None

    def _open_new(
        self, order: purchasing.OrderDetail, quantities: dict[uuid.UUID, Decimal], *, amended_from: str = ""
    ) -> ReceiptForm:
        from ..forms.tabs import document_tabs

        form = ReceiptForm(self.ctx)
        document_tabs(self.ctx).add_form(form)
        form.bin_picker.set_bin(self.bin_picker.bin_id())
        form.show_order(order, quantities or None)
        if amended_from:
            form.amended_from = amended_from
            form.info_label.setText(tr("Corrected copy of {number}.", number=amended_from))
            form.mark_dirty()
        self.amended = form
        return form

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 5000)


def open_receipt(ctx: AppContext, *, order: purchasing.OrderDetail | None = None, receipt_id=None) -> ReceiptForm:
    """A new receipt of ``order``, or the posted receipt ``receipt_id``, in its own tab."""
    from ..forms import open_document

    if receipt_id is not None:
        form = open_document(ctx, "purchase_receipt", receipt_id, lambda: ReceiptForm(ctx, receipt_id=receipt_id))
    else:
        form = open_document(ctx, "purchase_receipt", None, lambda: ReceiptForm(ctx, order))
        if isinstance(form, ReceiptForm) and form.grid.line_count:
            form.grid.focus_cell(0, "now")  # shown now: the cursor in the first quantity (F11 → type)
    assert isinstance(form, ReceiptForm)
    return form


register_form("purchase_receipt", lambda ctx: ReceiptForm(ctx))
