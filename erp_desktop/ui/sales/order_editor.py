"""The sales order editor (also used for quotes): customer, date, salesperson, lines with
product, quantity, price, discount and tax rate; each line shows the stock available (on hand −
reserved by other open orders) and turns red on a shortage (缺货预警 — the order can still be
saved as a backorder); totals excl./incl. tax; tracking (delivered / returned / exchanged /
open, invoiced, receivable, collected); actions by state: Save, Confirm, Deliver, Return,
Exchange, Cancel; Print the order, a delivery note (送货单) or a return note — the delivery or
return just posted from here, the one selected in the list, or one the user chooses; a quote
prints as a quotation (报价单) for the customer. Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+P print
the order or quote, Insert add a line, Delete remove it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata, sales
from erp_desktop.services.printing import DocKind
from erp_desktop.services.system import Perm

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..formatting import money_text, qty_text
from ..table_models import Column, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import PartyPicker, ProductPicker, StaffPicker
from .common import AREAS, date_edit, date_of, item, money_item, qty_item, to_qdate

(
    C_PRODUCT,
    C_QTY,
    C_PRICE,
    C_DISCOUNT,
    C_TAX_RATE,
    C_NET,
    C_TAX,
    C_GROSS,
    C_AVAILABLE,
    C_DELIVERED,
    C_RETURNED,
    C_EXCHANGED,
    C_OPEN,
) = range(13)


@dataclass
class _Line:
    product: masterdata.ProductBrief
    on_hand: Decimal = ZERO
    reserved: Decimal = ZERO
    view: sales.OrderLineView | None = None

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


def _percent(rate: Decimal | None) -> Decimal | None:
    return None if rate is None else (rate * 100).normalize()


class OrderEditor(QWidget):
    """Edit one order (``mode='order'``) or quote (``mode='quote'``). ``saved`` carries the DocRef
    after any successful write."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, mode: str = "order"):
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.doc_id: uuid.UUID | None = None
        self.view: sales.OrderView | None = None
        self.quote: sales.QuoteView | None = None
        self.version = 0
        self._recent: dict[str, uuid.UUID] = {}  # DN / SR → the document last posted from this editor
        self._last_kind = "DN"
        self._offer_print = False  # focus the Print button of what was just posted, once reloaded
        self._lines: list[_Line] = []
        self._filling = False
        self.can_edit_prices = ctx.uow.actor.can(Perm.EDIT_PRICES)

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.state_label = QLabel(self)
        self.customer_picker = PartyPicker(ctx, "customer", self)
        self.customer_picker.picked.connect(self._on_customer_picker_picked)
        self.on_edit = date_edit(self)
        self.valid_edit = date_edit(self)
        self.salesperson_edit = StaffPicker(self.ctx, self)  # 销售员: a member of staff (or a name typed)
        self.notes_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Customer"), self.customer_picker)
        when = QHBoxLayout()
        when.addWidget(self.on_edit)
        self.valid_label = QLabel(tr("Valid until"), self)
        when.addWidget(self.valid_label)
        when.addWidget(self.valid_edit)
        when.addWidget(QLabel(tr("Salesperson"), self))
        when.addWidget(self.salesperson_edit, 1)
        form.addRow(tr("Date"), when)
        form.addRow(tr("Notes"), self.notes_edit)
        self.valid_label.setVisible(mode == "quote")
        self.valid_edit.setVisible(mode == "quote")

        self.product_picker = ProductPicker(ctx, self)
        self.product_picker.picked.connect(self._on_product_picker_picked)
        self.add_qty_edit = DecimalEdit(3, parent=self)
        self.add_qty_edit.setPlaceholderText(tr("Quantity"))
        self.add_qty_edit.setMaximumWidth(90)
        self.add_button = QPushButton(tr("Add line"), self)
        self.add_button.clicked.connect(self.add_picked_line)
        self.remove_button = QPushButton(tr("Remove line"), self)
        self.remove_button.clicked.connect(self.remove_current_line)
        adder = QHBoxLayout()
        adder.addWidget(self.product_picker, 3)
        adder.addWidget(self.add_qty_edit)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)

        self.lines_table = QTableWidget(0, 13, self)
        self.lines_table.setHorizontalHeaderLabels(
            [
                tr("Product"),
                tr("Qty"),
                tr("Unit price"),
                tr("Discount %"),
                tr("Tax %"),
                tr("Net"),
                tr("Tax"),
                tr("Gross"),
                tr("Available"),
                tr("Delivered"),
                tr("Returned"),
                tr("Exchanged"),
                tr("Open"),
            ]
        )
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_table.verticalHeader().setVisible(False)
        self.lines_table.verticalHeader().setDefaultSectionSize(26)
        self.lines_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        self.lines_table.setColumnWidth(C_PRODUCT, 240)
        for column in (C_QTY, C_PRICE, C_DISCOUNT, C_TAX_RATE):
            self.lines_table.setColumnWidth(column, 80)
        self.lines_table.setColumnWidth(C_AVAILABLE, 120)
        self.totals_label = QLabel(self)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tracking_label = QLabel(self)
        self.tracking_label.setWordWrap(True)

        self.documents_model = RowsTableModel(
            [
                Column("number", tr("Document")),
                Column("on", tr("Date"), "date"),
                Column("net_total", tr("Net"), "money"),
                Column("gross_total", tr("Total"), "money"),
                Column("exchange", tr("Exchange"), "bool"),
            ],
            parent=self,
        )
        self.documents_view = QTableView(self)
        self.documents_view.setModel(self.documents_model)
        self.documents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_view.verticalHeader().setVisible(False)
        self.documents_view.horizontalHeader().setStretchLastSection(True)
        self.documents_view.setMaximumHeight(130)
        self.documents_view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_print_buttons())
        self.documents_box = QGroupBox(tr("Deliveries and returns"), self)
        box_layout = QVBoxLayout(self.documents_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.documents_view)
        self.documents_box.setVisible(mode == "order")

        self.new_button = QPushButton(tr("New"), self)
        self.save_button = QPushButton(tr("Save"), self)
        self.confirm_button = QPushButton(tr("Confirm"), self)
        self.deliver_button = QPushButton(tr("Deliver…"), self)
        self.return_button = QPushButton(tr("Return…"), self)
        self.exchange_button = QPushButton(tr("Exchange…"), self)
        self.cancel_button = QPushButton(tr("Cancel order") if mode == "order" else tr("Cancel quote"), self)
        self.convert_button = QPushButton(tr("Convert to order"), self)
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setToolTip(
            tr("Print the order (Ctrl+P)") if mode == "order" else tr("Print the quote (Ctrl+P)")
        )
        self.print_delivery_button = QPushButton(tr("Print delivery note"), self)
        self.print_return_button = QPushButton(tr("Print return note"), self)
        self.new_button.clicked.connect(self.new_document)
        self.save_button.clicked.connect(self.save)
        self.confirm_button.clicked.connect(self.confirm)
        self.deliver_button.clicked.connect(self.deliver)
        self.return_button.clicked.connect(self.return_goods)
        self.exchange_button.clicked.connect(self.exchange_goods)
        self.cancel_button.clicked.connect(self.cancel_document)
        self.convert_button.clicked.connect(self.convert)
        self.print_button.clicked.connect(self.print_order)
        self.print_delivery_button.clicked.connect(self.print_delivery_note)
        self.print_return_button.clicked.connect(self.print_return_note)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.save_button,
            self.confirm_button,
            self.deliver_button,
            self.return_button,
            self.exchange_button,
            self.convert_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.print_button, self.print_delivery_button, self.print_return_button):
            buttons.addWidget(button)

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addWidget(self.state_label)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addLayout(adder)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.tracking_label)
        layout.addWidget(self.documents_box)
        layout.addLayout(buttons)

        from ..shell import keys as contract

        for command, button in (
            ("new_document", self.new_button),  # Ctrl+N
            ("save", self.save_button),  # Ctrl+S
            ("confirm", self.confirm_button),  # F8
            ("post", self.deliver_button),  # F11
        ):
            contract.bind(self, command, contract.click_if_usable(button), button=button)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self._focus_adder),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_current_line),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        from ..printing import print_shortcut

        print_shortcut(self, self.print_order)
        self.new_document()

    # --- loading ------------------------------------------------------------------------
    def new_document(self) -> None:
        self.doc_id, self.view, self.quote, self.version = None, None, None, 0
        self._recent = {}
        self._filling = True
        self.customer_picker.clear()
        self.on_edit.setDate(to_qdate(date.today()))
        from datetime import timedelta

        self.valid_edit.setDate(to_qdate(date.today() + timedelta(days=30)))
        self.salesperson_edit.clear()
        self.notes_edit.clear()
        self._lines = []
        self._filling = False
        self._render_lines()
        self._update_header()

    def load(self, doc_id: uuid.UUID) -> None:
        if self.mode == "quote":
            self.ctx.query(
                lambda: sales.get_quote_view(self.ctx.uow, doc_id), self._show_quote, lambda exc: show_error(self, exc)
            )
        else:
            self.ctx.query(lambda: self._fetch_order(doc_id), self._show_order, lambda exc: show_error(self, exc))

    def _fetch_order(self, order_id):
        view = sales.get_order_view(self.ctx.uow, order_id)
        briefs = {line.product_id: masterdata.get_product_brief(self.ctx.uow, line.product_id) for line in view.lines}
        customer = masterdata.get_party_brief(self.ctx.uow, "customer", view.customer_id)
        return view, briefs, customer

    def _show_order(self, result) -> None:
        view, briefs, customer = result
        if view.id != self.doc_id:
            self._recent = {}
        self.doc_id, self.view, self.version = view.id, view, view.version
        self._filling = True
        self.customer_picker.set_party(customer)
        self.on_edit.setDate(to_qdate(view.on))
        self.salesperson_edit.setText(view.salesperson)
        self.notes_edit.setText(view.notes)
        self._lines = [_Line(briefs[l.product_id], l.on_hand, l.reserved_other, l) for l in view.lines]
        self._filling = False
        self._render_lines()
        self.documents_model.set_rows(view.documents)
        self._update_header()
        self._select_recent()

    def _show_quote(self, quote: sales.QuoteView) -> None:
        self.doc_id, self.quote, self.version = quote.id, quote, quote.version
        self._filling = True
        self.customer_picker.set_party(masterdata.get_party_brief(self.ctx.uow, "customer", quote.customer_id))
        self.on_edit.setDate(to_qdate(quote.on))
        if quote.valid_until:
            self.valid_edit.setDate(to_qdate(quote.valid_until))
        self.salesperson_edit.setText(quote.salesperson)
        self.notes_edit.setText(quote.notes)
        stock = sales.stock_availability(self.ctx.uow, [l.product_id for l in quote.lines])
        self._lines = []
        for l in quote.lines:
            a = stock.get(l.product_id)
            line = _Line(
                masterdata.get_product_brief(self.ctx.uow, l.product_id),
                a.on_hand if a else ZERO,
                a.reserved if a else ZERO,
            )
            self._lines.append(line)
        self._filling = False
        self._render_lines(prices=[(l.qty, l.unit_price, l.discount, l.tax_rate) for l in quote.lines])
        self._update_header()

    # --- state --------------------------------------------------------------------------
    @property
    def state(self) -> str:
        if self.view is not None:
            return self.view.state
        if self.quote is not None:
            return self.quote.state
        return "draft"

    @property
    def editable(self) -> bool:
        return self.state == "draft"

    def _update_header(self) -> None:
        if self.mode == "quote":
            self.title_label.setText(self.quote.number if self.quote else tr("New quote"))
            self.state_label.setText(f"[{self._state_text()}]")
        else:
            self.title_label.setText(self.view.number if self.view else tr("New sales order"))
            self.state_label.setText(f"[{self.view.state_text}]" if self.view else f"[{tr('Draft')}]")
        state = self.state
        is_order = self.mode == "order"
        for widget in (
            self.customer_picker,
            self.on_edit,
            self.valid_edit,
            self.salesperson_edit,
            self.notes_edit,
            self.product_picker,
            self.add_qty_edit,
            self.add_button,
            self.remove_button,
            self.save_button,
        ):
            widget.setEnabled(self.editable)
        self.confirm_button.setVisible(is_order)
        self.confirm_button.setEnabled(is_order and self.doc_id is not None and state == "draft")
        for button in (self.deliver_button, self.return_button, self.exchange_button):
            button.setVisible(is_order)
        self.deliver_button.setEnabled(state in ("confirmed", "partly_delivered"))
        has_delivery = bool(self.view and self.view.deliveries)
        self.return_button.setEnabled(has_delivery)
        self.exchange_button.setEnabled(has_delivery)
        self.convert_button.setVisible(not is_order)
        self.convert_button.setEnabled(not is_order and self.doc_id is not None and state == "draft")
        self.cancel_button.setEnabled(self.doc_id is not None and state in ("draft", "confirmed", "partly_delivered"))
        self.documents_box.setVisible(is_order and self.view is not None)
        self.tracking_label.setVisible(is_order and self.view is not None)
        if is_order and self.view is not None:
            v = self.view
            self.tracking_label.setText(
                tr(
                    "Invoiced {invoiced} · Receivable {receivable} · Collected {collected} · Customer owes {owed} (credit limit {limit})",
                    invoiced=money_text(v.invoiced),
                    receivable=money_text(v.receivable),
                    collected=money_text(v.collected),
                    owed=money_text(v.customer_open_receivables),
                    limit=money_text(v.credit_limit) if v.credit_limit is not None else tr("none"),
                )
            )
        tracking_columns = (C_DELIVERED, C_RETURNED, C_EXCHANGED, C_OPEN)
        for column in tracking_columns:
            self.lines_table.setColumnHidden(column, not is_order or self.view is None or self.view.state == "draft")
        self._update_print_buttons()

    def _update_print_buttons(self) -> None:
        """Print the order or quote once it is saved; a delivery or return note once the order has
        one (a quote has neither)."""
        is_order = self.mode == "order"
        for button in (self.print_delivery_button, self.print_return_button):
            button.setVisible(is_order)
        self.print_button.setEnabled(self.view is not None if is_order else self.quote is not None)
        self.print_delivery_button.setEnabled(is_order and bool(self.view and self.view.deliveries))
        self.print_return_button.setEnabled(is_order and bool(self.view and self.view.returns))
        selected = self._selected_document()
        for button, kind in ((self.print_delivery_button, "DN"), (self.print_return_button, "SR")):
            doc = selected if selected is not None and selected.kind == kind else self._recent_document(kind)
            button.setToolTip(doc.number if doc is not None else "")

    def _state_text(self) -> str:
        labels = {"draft": tr("Draft"), "converted": tr("Converted"), "cancelled": tr("Cancelled")}
        return labels.get(self.state, self.state)

    # --- lines --------------------------------------------------------------------------
    def _render_lines(self, prices=None) -> None:
        """Rebuild the table from ``self._lines`` (cell editors for a draft)."""
        self._filling = True
        self.lines_table.setRowCount(0)
        self.lines_table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            self.lines_table.setItem(row, C_PRODUCT, item(line.product.label))
            if line.view is not None:
                values = (line.view.qty, line.view.unit_price, line.view.discount, line.view.tax_rate)
            elif prices is not None:
                values = prices[row]
            else:
                values = (None, None, ZERO, line.product.tax_rate)
            self._set_editors(row, *values)
            if line.view is not None:
                v = line.view
                self.lines_table.setItem(row, C_DELIVERED, qty_item(v.delivered_qty))
                self.lines_table.setItem(row, C_RETURNED, qty_item(v.returned_qty))
                self.lines_table.setItem(row, C_EXCHANGED, qty_item(v.exchanged_qty))
                self.lines_table.setItem(row, C_OPEN, qty_item(v.remaining))
        self._filling = False
        self._recompute()

    def _set_editors(self, row: int, quantity, unit_price, discount, tax_rate) -> None:
        specs = (
            (C_QTY, 3, quantity),
            (C_PRICE, 6, unit_price),
            (C_DISCOUNT, 2, _percent(discount)),
            (C_TAX_RATE, 2, _percent(tax_rate)),
        )
        for column, places, value in specs:
            edit = DecimalEdit(places, parent=self.lines_table)
            edit.setValue(value)
            edit.setFrame(False)
            edit.setReadOnly(not self.editable or (column == C_PRICE and not self.can_edit_prices))
            edit.valueChanged.connect(lambda _v: self._recompute())
            self.lines_table.setCellWidget(row, column, edit)

    def _editor(self, row: int, column: int) -> DecimalEdit:
        return self.lines_table.cellWidget(row, column)

    def _value(self, row: int, column: int) -> Decimal | None:
        """The cell's value; discount and tax are typed as percentages and returned as rates."""
        value = self._editor(row, column).value()
        if value is not None and column in (C_DISCOUNT, C_TAX_RATE):
            return value / 100
        return value

    def line_inputs(self) -> list[sales.LineInput]:
        """The lines as entered; raises ValidationError on a bad number."""
        result = []
        names = {C_QTY: tr("quantity"), C_PRICE: tr("price"), C_DISCOUNT: tr("discount"), C_TAX_RATE: tr("tax rate")}
        for row, line in enumerate(self._lines):
            values = {}
            for column in (C_QTY, C_PRICE, C_DISCOUNT, C_TAX_RATE):
                edit = self._editor(row, column)
                if not edit.is_valid() or edit.value() is None:
                    raise ValidationError(
                        tr("Line {row}: the {what} is not a valid number.", row=row + 1, what=names[column]),
                        field="lines",
                    )
                values[column] = self._value(row, column)
            result.append(
                sales.LineInput(line.product.id, values[C_QTY], values[C_PRICE], values[C_DISCOUNT], values[C_TAX_RATE])
            )
        return result

    def _recompute(self) -> None:
        if self._filling:
            return
        net_total = tax_total = ZERO
        shortages = 0
        for row, line in enumerate(self._lines):
            quantity, unit_price = self._value(row, C_QTY), self._value(row, C_PRICE)
            discount, tax_rate = self._value(row, C_DISCOUNT), self._value(row, C_TAX_RATE)
            if None in (quantity, unit_price, discount, tax_rate) or discount >= 1:
                for column in (C_NET, C_TAX, C_GROSS):
                    self.lines_table.setItem(row, column, item(""))
            else:
                net, tax, gross = sales.line_amounts(quantity, unit_price, discount, tax_rate)
                net_total += net
                tax_total += tax
                self.lines_table.setItem(row, C_NET, money_item(net))
                self.lines_table.setItem(row, C_TAX, money_item(tax))
                self.lines_table.setItem(row, C_GROSS, money_item(gross))
            wanted = line.view.remaining if line.view is not None and self.state != "draft" else (quantity or ZERO)
            short = wanted > ZERO and wanted > line.available
            shortages += short
            text = qty_text(line.available) + (" " + tr("short") if short else "")
            cell = qty_item(line.available, warn=short)
            cell.setText(text)
            cell.setToolTip(
                tr(
                    "On hand {on_hand}, reserved by other open orders {reserved}",
                    on_hand=qty_text(line.on_hand),
                    reserved=qty_text(line.reserved),
                )
            )
            self.lines_table.setItem(row, C_AVAILABLE, cell)
        text = tr(
            "Excl. tax {net} · Tax {tax} · Total incl. tax {gross}",
            net=money_text(net_total),
            tax=money_text(tax_total),
            gross=money_text(net_total + tax_total),
        )
        if shortages:
            text += "   " + tr("⚠ Shortage on {count} line(s): can be saved as a backorder", count=shortages)
        self.totals_label.setText(text)
        self.totals_label.setStyleSheet("color: #c62828;" if shortages else "")

    def _focus_adder(self) -> None:
        if self.editable:
            self.product_picker.setFocus()
            self.product_picker.selectAll()

    def _on_product_picker_picked(self, _brief) -> None:
        self.add_qty_edit.setFocus()
        self.add_qty_edit.selectAll()

    def _on_customer_picker_picked(self, brief) -> None:
        """Another customer may have another price list: prices of the lines are resolved anew."""
        if self._filling or not self.editable or not self._lines:
            return
        on = date_of(self.on_edit)
        wanted = [(line.product.id, self._value(row, C_QTY) or Decimal(1)) for row, line in enumerate(self._lines)]

        def fetch():
            return [sales.quote_price(self.ctx.uow, brief.id, pid, quantity, on) for pid, quantity in wanted]

        def done(prices) -> None:
            for row, resolved in enumerate(prices):
                if row < len(self._lines):
                    self._editor(row, C_PRICE).setValue(resolved)

        self.ctx.query(fetch, done, lambda exc: show_error(self, exc))

    def add_picked_line(self) -> None:
        product = self.product_picker.product()
        quantity = self.add_qty_edit.value() or Decimal(1)
        if product is None:
            show_error(self, ValidationError(tr("Pick a product first."), field="product"))
            return
        self.add_line(product, quantity)
        self.product_picker.clear()
        self.add_qty_edit.clear()
        self.product_picker.setFocus()

    def add_line(self, product: masterdata.ProductBrief, quantity: Decimal, unit_price: Decimal | None = None) -> None:
        """Add a line: the price is the customer's resolved price; stock is looked up."""
        customer = self.customer_picker.party()
        on = date_of(self.on_edit)

        def fetch():
            resolved = sales.quote_price(self.ctx.uow, customer.id if customer else None, product.id, quantity, on)
            stock = sales.stock_availability(
                self.ctx.uow, [product.id], exclude_order_id=self.doc_id if self.mode == "order" else None
            )
            return resolved, stock[product.id]

        def done(result) -> None:
            resolved, stock = result
            prices = [self._current_values(r) for r in range(len(self._lines))]
            self._lines.append(_Line(product, stock.on_hand, stock.reserved))
            prices.append((quantity, unit_price if unit_price is not None else resolved, ZERO, product.tax_rate))
            self._render_lines(prices=prices)
            self.lines_table.selectRow(len(self._lines) - 1)

        self.ctx.query(fetch, done, lambda exc: show_error(self, exc))

    def _current_values(self, row: int):
        return tuple(self._value(row, c) for c in (C_QTY, C_PRICE, C_DISCOUNT, C_TAX_RATE))

    def remove_current_line(self) -> None:
        row = self.lines_table.currentRow()
        if not self.editable or not (0 <= row < len(self._lines)):
            return
        prices = [self._current_values(r) for r in range(len(self._lines)) if r != row]
        del self._lines[row]
        for line in self._lines:
            line.view = None
        self._render_lines(prices=prices)

    # --- actions ------------------------------------------------------------------------
    def save(self) -> None:
        if not self.editable:
            return
        try:
            lines = self.line_inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return
        customer = self.customer_picker.party()
        customer_id = customer.id if customer else None
        on, notes = date_of(self.on_edit), self.notes_edit.text().strip()
        salesperson = self.salesperson_edit.text().strip() or None
        uow, doc_id, version = self.ctx.uow, self.doc_id, self.version
        if self.mode == "quote":
            valid = date_of(self.valid_edit)
            if doc_id is None:

                def call():
                    return sales.create_quote(
                        uow,
                        customer_id=customer_id,
                        lines=lines,
                        on=on,
                        valid_until=valid,
                        salesperson=salesperson,
                        notes=notes,
                    )
            else:

                def call():
                    return sales.update_quote(
                        uow,
                        doc_id,
                        expected_version=version,
                        customer_id=customer_id,
                        lines=lines,
                        on=on,
                        valid_until=valid,
                        salesperson=salesperson,
                        notes=notes,
                    )
        elif doc_id is None:

            def call():
                return sales.create_order(
                    uow,
                    customer_id=customer_id,
                    lines=lines,
                    on=on,
                    salesperson=salesperson,
                    notes=notes,
                )
        else:

            def call():
                return sales.update_order(
                    uow,
                    doc_id,
                    expected_version=version,
                    customer_id=customer_id,
                    lines=lines,
                    on=on,
                    salesperson=salesperson,
                    notes=notes,
                )

        self.ctx.write(call, self._after_write, lambda exc: show_error(self, exc), areas=AREAS)

    def confirm(self) -> None:
        if self.doc_id is None:
            return
        uow, doc_id, version = self.ctx.uow, self.doc_id, self.version
        run_confirmable(
            self,
            lambda ack: sales.confirm_order(uow, doc_id, expected_version=version, acknowledged=ack),
            self._after_write,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )

    def cancel_document(self) -> None:
        if self.doc_id is None:
            return
        from ..errors import ask

        if not ask(
            self,
            tr(
                "Cancel {number}? Undelivered quantities are closed; delivered goods come back only by a return.",
                number=self.title_label.text(),
            ),
        ):
            return
        uow, doc_id, version = self.ctx.uow, self.doc_id, self.version
        call = (
            (lambda: sales.cancel_quote(uow, doc_id))
            if self.mode == "quote"
            else (lambda: sales.cancel_order(uow, doc_id, expected_version=version))
        )
        self.ctx.write(call, self._after_write, lambda exc: show_error(self, exc), areas=AREAS)

    def convert(self) -> None:
        if self.doc_id is None or self.mode != "quote":
            return
        uow, doc_id = self.ctx.uow, self.doc_id
        self.ctx.write(
            lambda: sales.convert_quote(uow, doc_id),
            self._after_convert,
            lambda exc: show_error(self, exc),
            areas=AREAS,
        )

    def _after_convert(self, ref) -> None:
        self.load(self.doc_id)
        self.saved.emit(ref)

    def deliver(self) -> None:
        if self.view is None:
            return
        from .dialogs import DeliveryDialog

        dialog = DeliveryDialog(self.ctx, self.view, self)
        dialog.posted.connect(lambda ref: self._posted("DN", ref))
        dialog.open()
        self._dialog = dialog

    def _selected_delivery(self) -> uuid.UUID | None:
        index = self.documents_view.currentIndex()
        row = self.documents_model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.kind == "DN":
            return row.id
        deliveries = self.view.deliveries if self.view else ()
        return deliveries[-1].id if deliveries else None

    def return_goods(self) -> None:
        self._open_return_dialog(exchange=False)

    def exchange_goods(self) -> None:
        self._open_return_dialog(exchange=True)

    def _open_return_dialog(self, *, exchange: bool) -> None:
        delivery_id = self._selected_delivery()
        if delivery_id is None:
            return
        from .dialogs import ExchangeDialog, ReturnDialog

        view = sales.get_delivery_view(self.ctx.uow, delivery_id)
        dialog = (ExchangeDialog if exchange else ReturnDialog)(self.ctx, view, self)
        dialog.posted.connect(lambda ref: self._posted("SX" if exchange else "SR", ref))
        dialog.open()
        self._dialog = dialog

    def _after_write(self, ref, reload_id=None) -> None:
        target = reload_id or ref.id
        self.load(target)
        self.saved.emit(ref)

    def _posted(self, kind: str, ref) -> None:
        """A delivery, return or exchange was posted from here: remember it (its note is what Print
        prints next), reload, and put the focus on its Print button — the offer to print it."""
        if kind == "SX":
            self._recent["SR"], self._recent["DN"] = ref.sales_return.id, ref.delivery.id
        else:
            self._recent[kind] = ref.id
        self._last_kind = "SR" if kind == "SR" else "DN"
        self._offer_print = True
        self._after_write(ref, reload_id=self.doc_id)

    # --- printing -----------------------------------------------------------------------
    def _selected_document(self):
        index = self.documents_view.currentIndex()
        return self.documents_model.row_at(index.row()) if index.isValid() else None

    def _recent_document(self, kind: str):
        """The document of ``kind`` (DN / SR) last posted from this editor, else the order's only one."""
        documents = [d for d in (self.view.documents if self.view else ()) if d.kind == kind]
        recent = next((d for d in documents if d.id == self._recent.get(kind)), None)
        if recent is None and len(documents) == 1:
            recent = documents[0]
        return recent

    def _select_recent(self) -> None:
        """Select the document just posted in the list of deliveries and returns; right after posting,
        put the focus on its Print button (the offer to print it: Space prints)."""
        last = self._recent.get(self._last_kind)
        for row, doc in enumerate(self.view.documents if self.view else ()):
            if doc.id == last:
                self.documents_view.selectRow(row)
                break
        self._update_print_buttons()
        if self._offer_print:
            self._offer_print = False
            button = self.print_return_button if self._last_kind == "SR" else self.print_delivery_button
            if button.isEnabled():
                button.setFocus()

    def choose_document(self, kind: str):
        """The delivery (DN) or return (SR) to print: the one selected in the list, else the one just
        posted, else the only one; with several the user chooses (the most recent first in line)."""
        documents = [d for d in (self.view.documents if self.view else ()) if d.kind == kind]
        if not documents:
            return None
        selected = self._selected_document()
        if selected is not None and selected.kind == kind:
            return selected
        recent = self._recent_document(kind)
        if recent is not None:
            return recent
        labels = [f"{d.number}  {d.on.isoformat()}  {money_text(d.gross_total)}" for d in documents]
        title = tr("Print delivery note") if kind == "DN" else tr("Print return note")
        choice, ok = QInputDialog.getItem(
            self, title, tr("Delivery") if kind == "DN" else tr("Return"), labels, len(labels) - 1, False
        )
        return documents[labels.index(choice)] if ok and choice in labels else None

    def print_order(self) -> None:
        """Print the saved order (销售订单) or quote (报价单) shown."""
        from ..printing import print_document

        if self.mode == "quote":
            if self.quote is not None:
                print_document(self, self.ctx, DocKind.SALES_QUOTE, self.quote.id)
        elif self.view is not None:
            print_document(self, self.ctx, DocKind.SALES_ORDER, self.view.id)

    def print_delivery_note(self) -> None:
        self._print_document("DN", DocKind.DELIVERY)

    def print_return_note(self) -> None:
        self._print_document("SR", DocKind.SALES_RETURN)

    def _print_document(self, kind: str, print_kind: str) -> None:
        if self.mode != "order":
            return
        doc = self.choose_document(kind)
        if doc is None:
            return
        from ..printing import print_document

        print_document(self, self.ctx, print_kind, doc.id)
