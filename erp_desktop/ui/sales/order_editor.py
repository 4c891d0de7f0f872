"""The sales order form (also used for quotes), a document form (``ui.forms``): customer, date,
salesperson and notes on top, with the customer's 应收余额 and credit limit as soon as the
customer is picked; the line grid (product, quantity with the shortfall beside it when stock is
short, price, discount, tax rate, amounts, available stock — on hand − reserved by other open
orders — and, once confirmed, delivered / returned / exchanged / open); totals and the actions at
the bottom: Save (Ctrl+S), Confirm (F8), Deliver (F11), Return, Exchange, Cancel, 改单 (reverse a
posted delivery and deliver again), Print the order (Ctrl+P), a delivery note (送货单) or a return
note. A quote prints as a quotation (报价单) and converts to an order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QInputDialog,
    QLabel,
    QTableView,
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
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from ..table_models import Column, RowsTableModel
from ..widgets.date_edit import DateEdit
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.units import default_unit, factor_of, unit_cells
from .common import AREAS, date_of, to_qdate

(
    C_PRODUCT,
    C_QTY,
    C_UNIT,
    C_SHORT,
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
) = range(15)
TRACKING = ("delivered", "returned", "exchanged", "open")


@dataclass
class _Line:
    product: masterdata.ProductBrief
    on_hand: Decimal = ZERO
    reserved: Decimal = ZERO
    view: sales.OrderLineView | None = None
    units: list[masterdata.UnitRow] | None = None  # 多单位: the product's units (None: the base only)
    unit: str = ""  # the unit the price in the grid is for ("" = the base unit)

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved

    def factor(self, unit: str) -> Decimal:
        return factor_of(self.units, unit)

    def unit_cells(self) -> dict:
        return unit_cells(self.product.unit, self.units, self.unit)


def _percent(rate: Decimal | None) -> Decimal | None:
    return None if rate is None else (rate * 100).normalize()


def _columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Product"), "product", width=280, stretch=True),
        GridColumn("qty", tr("Qty"), "qty", editable=True, places=3, width=70),
        GridColumn("unit", tr("Unit"), "unit", editable=True, width=70),
        GridColumn("short", tr("Short"), "text", width=70),
        GridColumn("price", tr("Unit price"), "price", editable=True, places=6, width=80),
        GridColumn("discount", tr("Discount %"), "percent", editable=True, places=2, width=70),
        GridColumn("tax_rate", tr("Tax %"), "percent", editable=True, places=2, width=55),
        GridColumn("net", tr("Net"), "money", width=85),
        GridColumn("tax", tr("Tax"), "money", width=70),
        GridColumn("gross", tr("Gross"), "money", width=85),
        GridColumn("available", tr("Available"), "qty", width=75),
        GridColumn("delivered", tr("Delivered"), "qty", width=65),
        GridColumn("returned", tr("Returned"), "qty", width=65),
        GridColumn("exchanged", tr("Exchanged"), "qty", width=65),
        GridColumn("open", tr("Open"), "qty", width=60),
    ]


def tracking_text(v: sales.OrderView) -> str:
    """已开票 · 应收 · 已收 · 客户欠款: never a negative debt — after a return, what the shop owes
    the customer reads 应退客户 (this order) or 客户余额 (the customer's credit)."""
    receivable = (
        tr("Receivable {amount}", amount=money_text(v.receivable))
        if v.receivable >= 0
        else tr("Refund due to the customer {amount}", amount=money_text(-v.receivable))
    )
    owed = v.customer_open_receivables
    customer = (
        tr("Customer owes {amount}", amount=money_text(owed))
        if owed >= 0
        else tr("Customer's credit {amount}", amount=money_text(-owed))
    )
    limit = money_text(v.credit_limit) if v.credit_limit is not None else tr("none")
    return " · ".join(
        (
            tr("Invoiced {amount}", amount=money_text(v.invoiced)),
            receivable,
            tr("Collected {amount}", amount=money_text(v.collected)),
            customer + " " + tr("(credit limit {limit})", limit=limit),
        )
    )


class OrderEditor(DocumentForm):
    """One order (``mode='order'``) or quote (``mode='quote'``) in a form. ``saved`` carries the
    DocRef after any successful write."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, mode: str = "order"):
        super().__init__(ctx, parent)
        self.kind = "sales_order" if mode == "order" else "sales_quote"
        self.mode = mode
        self.view: sales.OrderView | None = None
        self.quote: sales.QuoteView | None = None
        self.version = 0
        self._recent: dict[str, uuid.UUID] = {}  # DN / SR → the document last posted from this form
        self._last_kind = "DN"
        self._offer_print = False  # focus the Print button of what was just posted, once reloaded
        # a receipt, a delivery elsewhere…: a saved order shows 已收 / 欠款 at once (a draft being
        # typed is left alone)
        ctx.refresh_on(self, {"sales", "finance"}, self._refresh_saved)
        self._lines: list[_Line] = []
        self._filling = False
        self.can_edit_prices = ctx.uow.actor.can(Perm.EDIT_PRICES)

        self.customer_picker = self.add_party_field("customer")  # 应收余额 and credit limit once picked
        self.on_edit = self.add_date_field(tr("Date"))
        self.salesperson_edit = self.add_staff_field(tr("Salesperson"))  # 销售员 (or a name typed)
        self.notes_edit = self.add_text_field(tr("Notes"), span=2, new_row=True)
        if mode == "quote":
            self.valid_edit = self.add_date_field(tr("Valid until"))
        else:  # an order has no validity: the field exists for the shared code, never shown
            self.valid_edit = DateEdit(self)
            self.valid_edit.setVisible(False)

        self.grid = LineGrid(ctx, _columns(), self)
        self.lines_table = self.grid  # the name tests and printing knew
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(self._on_value_edited)
        self.grid.line_removed.connect(self._on_line_removed)
        self.set_grid(self.grid)
        self.tracking_label = QLabel(self)
        self.tracking_label.setWordWrap(True)

        self.documents_model = RowsTableModel(
            [
                Column("number", tr("Document")),
                Column("on", tr("Date"), "date"),
                Column("net_total", tr("Net"), "money"),
                Column("gross_total", tr("Total"), "money"),
                Column("reversal_text", tr("Reversal"), width=120),
                Column("exchange", tr("Exchange"), "bool"),
            ],
            parent=self,
        )
        self.documents_view = QTableView(self)
        self.documents_view.setModel(self.documents_model)
        self.documents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_view.verticalHeader().setVisible(False)
        self.documents_view.verticalHeader().setDefaultSectionSize(22)
        self.documents_view.horizontalHeader().setStretchLastSection(True)
        self.documents_view.setMaximumHeight(96)
        self.documents_view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_print_buttons())
        self.documents_box = QGroupBox(tr("Deliveries and returns"), self)
        box_layout = QVBoxLayout(self.documents_box)
        box_layout.setContentsMargins(4, 2, 4, 2)
        box_layout.addWidget(self.documents_view)
        self.documents_box.setVisible(False)
        self.body.addWidget(self.tracking_label)
        self.body.addWidget(self.documents_box)

        self.new_button = self.add_button(tr("New"), self.new_document, "new_document")
        self.save_button = self.add_button(tr("Save"), self.save, "save")
        self.confirm_button = self.add_button(tr("Confirm"), self.confirm, "confirm")
        self.deliver_button = self.add_button(tr("Deliver…"), self.deliver, "post")
        self.return_button = self.add_button(tr("Return…"), self.return_goods)
        self.exchange_button = self.add_button(tr("Exchange…"), self.exchange_goods)
        self.amend_button = self.add_button(tr("Amend delivery (红冲)…"), self.amend_delivery)
        self.amend_button.setToolTip(
            tr("Reverse the selected posted delivery (a 红冲 return linked to it) and deliver the corrected copy")
        )
        self.convert_button = self.add_button(tr("Convert to order"), self.convert)
        self.cancel_button = self.add_button(
            tr("Cancel order") if mode == "order" else tr("Cancel quote"), self.cancel_document
        )
        self.print_button = self.add_button(tr("Print…"), self.print_order, "print_", print_row=True)
        self.print_button.setToolTip(
            tr("Print the order (Ctrl+P)") if mode == "order" else tr("Print the quote (Ctrl+P)")
        )
        self.print_delivery_button = self.add_button(
            tr("Print delivery note"), self.print_delivery_note, print_row=True
        )
        self.print_return_button = self.add_button(tr("Print return note"), self.print_return_note, print_row=True)
        self._init_document()

    # --- loading ------------------------------------------------------------------------
    def new_document(self) -> None:
        """Ctrl+N: a new order or quote in its own tab; a form not in any tab starts afresh."""
        from ..forms.tabs import document_tabs

        tabs = document_tabs(self.ctx)
        if tabs.indexOf(self) >= 0:
            form = OrderEditor(self.ctx, mode=self.mode)
            tabs.add_form(form)
            form.customer_picker.setFocus()
        else:
            self._init_document()

    def _init_document(self) -> None:
        self.doc_id, self.view, self.quote, self.version = None, None, None, 0
        self.party_credit = None
        self._recent = {}
        self._filling = True
        self.customer_picker.clear()
        self.on_edit.setDate(to_qdate(date.today()))
        self.valid_edit.setDate(to_qdate(date.today() + timedelta(days=30)))
        self.salesperson_edit.clear()
        self.notes_edit.clear()
        self._lines = []
        self._filling = False
        self._render_lines()
        self._update_header()
        self.set_clean()

    def _refresh_saved(self) -> None:
        if self.mode == "order" and self.view is not None and self.view.state != "draft":
            self.load(self.view.id)

    def load(self, doc_id: uuid.UUID) -> None:
        if self.mode == "quote":
            self.ctx.query(
                lambda: sales.get_quote_view(self.ctx.uow, doc_id), self._show_quote, lambda exc: show_error(self, exc)
            )
        else:
            self.ctx.query(lambda: self._fetch_order(doc_id), self._show_order, lambda exc: show_error(self, exc))

    def _fetch_order(self, order_id):
        view = sales.get_order_view(self.ctx.uow, order_id)
        briefs = masterdata.get_product_briefs(self.ctx.uow, [line.product_id for line in view.lines])
        customer = masterdata.get_party_brief(self.ctx.uow, "customer", view.customer_id)
        reversals = sales.delivery_reversals(self.ctx.uow, view.id)
        units = masterdata.units_for(self.ctx.uow, [line.product_id for line in view.lines])
        return view, briefs, customer, reversals, units

    def _show_order(self, result) -> None:
        view, briefs, customer, reversals, units = result
        if view.id != self.doc_id:
            self._recent = {}
        self.doc_id, self.view, self.version = view.id, view, view.version
        self.party_credit = sales.CustomerCredit(view.customer_open_receivables, view.credit_limit)
        self._filling = True
        self.customer_picker.set_party(customer)
        self.on_edit.setDate(to_qdate(view.on))
        self.salesperson_edit.setText(view.salesperson)
        self.notes_edit.setText(view.notes)
        self._lines = [
            _Line(briefs[l.product_id], l.on_hand, l.reserved_other, l, units.get(l.product_id), l.entered_unit)
            for l in view.lines
        ]
        self._filling = False
        self._render_lines()
        self.reversals = reversals
        self.documents_model.set_rows([_DocRow(d, reversals) for d in view.documents])
        self._update_header()
        self._select_recent()
        self.set_clean()

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
        briefs = masterdata.get_product_briefs(self.ctx.uow, [l.product_id for l in quote.lines])
        units = masterdata.units_for(self.ctx.uow, [l.product_id for l in quote.lines])
        self._lines = []
        for l in quote.lines:
            a = stock.get(l.product_id)
            line = _Line(
                briefs[l.product_id],
                a.on_hand if a else ZERO,
                a.reserved if a else ZERO,
                units=units.get(l.product_id),
                unit=l.entered_unit,
            )
            self._lines.append(line)
        self._filling = False
        self._render_lines(prices=[(l.shown_qty, l.unit_price, l.discount, l.tax_rate) for l in quote.lines])
        self._update_header()
        self.set_clean()

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
            self.set_title(self.quote.number if self.quote else tr("New quote"))
            self.state_label.setText(f"[{self._state_text()}]")
        else:
            self.set_title(self.view.number if self.view else tr("New sales order"))
            self.state_label.setText(f"[{self.view.state_text}]" if self.view else f"[{tr('Draft')}]")
        state = self.state
        is_order = self.mode == "order"
        self.set_header_editable(self.editable, self.save_button)
        self.confirm_button.setVisible(is_order)
        self.confirm_button.setEnabled(is_order and self.doc_id is not None and state == "draft")
        for button in (self.deliver_button, self.return_button, self.exchange_button, self.amend_button):
            button.setVisible(is_order)
        self.deliver_button.setEnabled(state in ("confirmed", "partly_delivered"))
        has_delivery = bool(self.view and self.view.deliveries)
        self.return_button.setEnabled(has_delivery)
        self.exchange_button.setEnabled(has_delivery)
        self.amend_button.setEnabled(has_delivery)
        self.convert_button.setVisible(not is_order)
        self.convert_button.setEnabled(not is_order and self.doc_id is not None and state == "draft")
        self.cancel_button.setEnabled(self.doc_id is not None and state in ("draft", "confirmed", "partly_delivered"))
        self.documents_box.setVisible(is_order and self.view is not None and bool(self.view.documents))
        self.tracking_label.setVisible(is_order and self.view is not None and state != "draft")
        if is_order and self.view is not None:
            v = self.view
            self.tracking_label.setText(tracking_text(v))
        for column in (C_DELIVERED, C_RETURNED, C_EXCHANGED, C_OPEN):
            self.grid.setColumnHidden(column, not is_order or self.view is None or self.view.state == "draft")
        self.show_credit(self.party_credit)
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
        """Rebuild the grid from ``self._lines``."""
        self._filling = True
        read_only = set() if self.can_edit_prices else {"price"}
        filled = []
        values: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]
        for row, line in enumerate(self._lines):
            if line.view is not None:
                values = (line.view.shown_qty, line.view.unit_price, line.view.discount, line.view.tax_rate)
            elif prices is not None:
                values = prices[row]
            else:
                values = (None, None, ZERO, line.product.tax_rate)
            cells = {
                "qty": values[0],
                "price": values[1],
                "discount": _percent(values[2]),
                "tax_rate": _percent(values[3]),
                **line.unit_cells(),
            }
            if line.view is not None:
                v = line.view
                cells.update(
                    delivered=v.delivered_qty, returned=v.returned_qty, exchanged=v.exchanged_qty, open=v.remaining
                )
            filled.append((line.product, cells))
        if self.grid.can_refill([product for product, _cells in filled], self.editable, read_only):
            self.grid.refill([cells for _product, cells in filled])  # the same lines, saved: new values only
        else:
            where = self.grid.focus_position()
            self.grid.setUpdatesEnabled(False)  # one layout and paint for all the lines, not one each
            self.grid.set_editable(False)
            self.grid.clear_lines()
            self.grid.set_editable(False, read_only_keys=read_only)
            self.grid.add_lines(filled)  # the new line's row comes after them
            self.grid.set_editable(self.editable, read_only_keys=read_only)
            self.grid.setUpdatesEnabled(True)
            self.grid.restore_focus(where)
        self._filling = False
        self._recompute()

    def _editor(self, row: int, column: int):
        return self.grid.cellWidget(row, column)

    def _value(self, row: int, column: int) -> Decimal | None:
        """The cell's value; discount and tax are typed as percentages and returned as rates."""
        value = self.grid.value(row, self.grid.keys[column])
        if value is not None and column in (C_DISCOUNT, C_TAX_RATE):
            return value / 100
        return value

    def line_inputs(self) -> list[sales.LineInput]:
        """The lines as entered; raises ValidationError on a bad number."""
        result = []
        names = {C_QTY: tr("quantity"), C_PRICE: tr("price"), C_DISCOUNT: tr("discount"), C_TAX_RATE: tr("tax rate")}
        for row, line in enumerate(self._lines):
            values: dict[int, Decimal] = {}
            for column in (C_QTY, C_PRICE, C_DISCOUNT, C_TAX_RATE):
                edit = self._editor(row, column)
                if edit.below_minimum():
                    raise ValidationError(
                        tr("Line {row}: the {what} may not be negative.", row=row + 1, what=names[column]),
                        field="lines",
                    )
                value = self._value(row, column) if edit.is_valid() else None
                if value is None:
                    text = edit.text().strip()
                    if text.startswith("-") and column in (C_QTY, C_PRICE):
                        message = tr("Line {row}: the {what} may not be negative.", row=row + 1, what=names[column])
                    else:
                        message = tr("Line {row}: the {what} is not a valid number.", row=row + 1, what=names[column])
                    raise ValidationError(message, field="lines")
                values[column] = value
            result.append(
                sales.LineInput(
                    line.product.id,
                    values[C_QTY],
                    values[C_PRICE],
                    values[C_DISCOUNT],
                    values[C_TAX_RATE],
                    unit=self.grid.unit(row),
                )
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
            if quantity is None or unit_price is None or discount is None or tax_rate is None or discount >= 1:
                for key in ("net", "tax", "gross"):
                    self.grid.set_cell(row, key, "")
            else:
                net, tax, gross = sales.line_amounts(quantity, unit_price, discount, tax_rate)
                net_total += net
                tax_total += tax
                self.grid.set_cell(row, "net", net)
                self.grid.set_cell(row, "tax", tax)
                self.grid.set_cell(row, "gross", gross)
            factor = line.factor(self.grid.unit(row))  # stock is in the base unit
            wanted = (
                line.view.remaining if line.view is not None and self.state != "draft" else (quantity or ZERO) * factor
            )
            short = wanted > ZERO and wanted > line.available
            shortages += short
            tooltip = tr(
                "On hand {on_hand}, reserved by other open orders {reserved}",
                on_hand=qty_text(line.on_hand),
                reserved=qty_text(line.reserved),
            )
            shortfall = wanted - max(line.available, ZERO) if short else ZERO
            self.grid.set_cell(
                row,
                "short",
                tr("short {qty}", qty=qty_text(shortfall)) if short else "",
                warn=True,
                tooltip=tooltip,
            )
            self.grid.set_cell(row, "available", line.available, warn=short, tooltip=tooltip)
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

    def _on_value_edited(self, row: int, key: str) -> None:
        if self._filling or not self.editable:
            return
        self.mark_dirty()
        if key == "unit" and 0 <= row < len(self._lines):
            self._reprice_unit(row)
        self._recompute()

    def _reprice_unit(self, row: int) -> None:
        """Another unit chosen on a line (多单位): its price per that unit, from the price list (or
        the base price × factor)."""
        line = self._lines[row]
        unit = self.grid.unit(row)
        line.unit = unit
        customer = self.customer_picker.party()
        on = date_of(self.on_edit)
        quantity = self._value(row, C_QTY) or Decimal(1)

        def fetch():
            return sales.quote_price(
                self.ctx.uow, customer.id if customer else None, line.product.id, quantity, on, unit
            )

        def done(price) -> None:
            if row < len(self._lines) and self._lines[row] is line:
                self.grid.set_value(row, "price", price)
                self._recompute()

        self.ctx.query(fetch, done, lambda exc: show_error(self, exc))

    def _on_line_removed(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            del self._lines[row]
        self.mark_dirty()
        self._recompute()

    def _on_product_entered(self, product: masterdata.ProductBrief, scanned: bool) -> None:
        """A product typed or scanned in the new line's product cell: a scan adds 1 to its line if it
        has one; otherwise a new line (the cursor goes to its quantity unless scanned)."""
        if not self.editable:
            return
        if scanned:
            row = self.grid.find_line(product.id)
            if row >= 0 and (not product.scanned_unit or self.grid.unit(row) == product.scanned_unit):
                self.grid.increment(row)
                self.grid.focus_new_line()
                return
        self.add_line(product, Decimal(1), focus=None if scanned else "qty", unit=product.scanned_unit or None)

    def add_line(
        self,
        product: masterdata.ProductBrief,
        quantity: Decimal,
        unit_price: Decimal | None = None,
        *,
        focus: str | None = None,
        unit: str | None = None,
    ) -> None:
        """Add a line: the price is the customer's resolved price; stock is looked up. ``unit``
        (多单位): the unit of the line, None = the product's default sale unit."""
        customer = self.customer_picker.party()
        on = date_of(self.on_edit)

        def fetch():
            units = masterdata.units_for(self.ctx.uow, [product.id]).get(product.id)
            chosen = unit if unit is not None else default_unit(units, "sale")
            chosen = "" if units is None or chosen == product.unit else chosen
            resolved = sales.quote_price(
                self.ctx.uow, customer.id if customer else None, product.id, quantity, on, chosen
            )
            stock = sales.stock_availability(
                self.ctx.uow, [product.id], exclude_order_id=self.doc_id if self.mode == "order" else None
            )
            return resolved, stock[product.id], units, chosen

        def done(result) -> None:
            resolved, stock, units, chosen = result
            line = _Line(product, stock.on_hand, stock.reserved, units=units, unit=chosen)
            self._lines.append(line)
            price = unit_price if unit_price is not None else resolved
            self._filling = True
            self.grid.add_line(
                product,
                {
                    "qty": quantity,
                    "price": price,
                    "discount": ZERO,
                    "tax_rate": _percent(product.tax_rate),
                    **line.unit_cells(),
                },
                focus=focus,
            )
            self._filling = False
            self.mark_dirty()
            self._recompute()
            if focus is None:
                self.grid.focus_new_line()

        self.ctx.query(fetch, done, lambda exc: show_error(self, exc))

    def remove_current_line(self) -> None:
        self.grid.request_remove(self.grid.currentRow())

    def header_editable(self) -> bool:
        return self.editable

    def party_picked(self, brief: masterdata.PartyBrief) -> None:
        """Another customer may have another price list: the prices of the lines are resolved anew
        (the header shows the customer's 应收余额 and credit limit by itself)."""
        if not self._lines:
            return
        on = date_of(self.on_edit)
        wanted = [(line.product.id, self._value(row, C_QTY) or Decimal(1)) for row, line in enumerate(self._lines)]

        def fetch():
            return [sales.quote_price(self.ctx.uow, brief.id, pid, quantity, on) for pid, quantity in wanted]

        def done(prices) -> None:
            for row, resolved in enumerate(prices):
                if row < len(self._lines):
                    self.grid.set_value(row, "price", resolved)
            self._recompute()

        self.ctx.query(fetch, done, lambda exc: show_error(self, exc))

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
        if self.doc_id is not None:
            self.load(self.doc_id)
        self.saved.emit(ref)
        self.open_requested.emit("sales_order", ref.id)

    def post(self) -> None:
        """F11: 出库 — the delivery dialog."""
        self.deliver()

    def deliver(self, copy_of: sales.DeliveryView | None = None) -> None:
        """The delivery dialog; ``copy_of`` (改单) prefills it with that delivery's quantities."""
        if self.view is None or self.state not in ("confirmed", "partly_delivered"):
            return
        from .dialogs import DeliveryDialog

        dialog = DeliveryDialog(self.ctx, self.view, self)
        if copy_of is not None:
            wanted: dict[uuid.UUID, Decimal] = {}
            for line in copy_of.lines:
                wanted[line.product_id] = wanted.get(line.product_id, ZERO) + line.qty
            for row, line in enumerate(getattr(dialog, "lines", [])):
                edit = dialog.lines_table.cellWidget(row, 3)
                if isinstance(edit, DecimalEdit):
                    quantity = min(wanted.get(line.product_id, ZERO), line.remaining)
                    wanted[line.product_id] = wanted.get(line.product_id, ZERO) - quantity
                    edit.setValue(quantity)
        dialog.posted.connect(lambda ref: self._posted("DN", ref))
        self._open_dialog(dialog)

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
        self._open_dialog(dialog)

    def _open_dialog(self, dialog) -> None:
        """Open a posting dialog; when it closes the form's window is the active one again, so the
        keys go on where the form put the cursor (the Print button of what was just posted) —
        not every platform hands the activation back by itself (Qt's offscreen one does not)."""
        dialog.finished.connect(lambda _result: self.window().activateWindow())
        dialog.open()
        self._dialog = dialog

    # --- 改单 -----------------------------------------------------------------------------
    def amend_delivery(self) -> None:
        """改单 of a posted delivery: reverse it (红冲 — a reversal linked both ways, in one
        transaction) and open the delivery dialog with its lines as the corrected copy to post."""
        delivery_id = self._selected_delivery()
        if delivery_id is None or self.view is None:
            return
        number = next((d.number for d in self.view.documents if d.id == delivery_id), "")
        from ..errors import ask

        if not ask(
            self,
            tr(
                "Reverse delivery {number} (红冲) and deliver a corrected copy? The goods come back to stock and the receivable is credited.",
                number=number,
            ),
        ):
            return
        uow, order_id = self.ctx.uow, self.view.id
        view = sales.get_delivery_view(uow, delivery_id)

        def done(ref) -> None:
            self._recent["SR"] = ref.id
            self._last_kind = "SR"
            self.load(order_id)
            self.saved.emit(ref)
            if self.view is not None and self.view.state in ("confirmed", "partly_delivered"):
                self.deliver(copy_of=view)

        self.ctx.write(
            lambda: sales.reverse_delivery(uow, delivery_id),
            done,
            lambda exc: show_error(self, exc),
            areas=AREAS,
        )

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

    def print_(self) -> None:
        self.print_order()

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


@dataclass(frozen=True)
class _DocRow:
    """A delivery or return in the form's list, with its 红冲 partner."""

    doc: Any
    reversals: dict

    def __getattr__(self, name):
        return getattr(self.doc, name)

    @property
    def reversal_text(self) -> str:
        partner = self.reversals.get(self.doc.id)
        if partner is None:
            return ""
        if self.doc.kind == "DN":
            return tr("reversed by {number}", number=partner)
        return tr("红冲 of {number}", number=partner)


SalesOrderForm = OrderEditor


def _order_form(ctx) -> OrderEditor:
    return OrderEditor(ctx)


def _quote_form(ctx) -> OrderEditor:
    return OrderEditor(ctx, mode="quote")


register_form("sales_order", _order_form)
register_form("sales_quote", _quote_form)
