"""The landed-cost form (采购费用单) in its own tab: a freight, duty or handling bill on one or
more purchase receipts, from the receipts' supplier or another (a carrier, a customs broker).

A new one: the supplier who bills it, the date, the kind, how to spread it (by value or by
quantity), the net charge, its VAT rate (or the VAT amount on the invoice) and the invoice number
on top; receipts are added by number (Enter in the receipt field) and their lines listed with the
share each would take, the last line taking the remainder cent. F11 (or Ctrl+S: a landed cost has
no draft) posts it. A posted one shows, per line, the quantity still in stock when it was posted,
the part that raised the stock and the part that went to cost of goods (主营业务成本); 红冲
reverses it with a new document."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableWidget, QWidget

from erp_desktop.services import masterdata, purchasing

from ...errors import ValidationError
from ...i18n import N_, tr
from ...money import ZERO
from ..context import AppContext
from ..errors import ask, show_error
from ..forms import DocumentForm, register_form
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import PartyPicker
from .common import AREAS, date_edit, find_data, item, money_text, qty_text

KIND = "landed_cost"
CHARGE_KINDS = (
    ("freight", N_("Freight")),
    ("duty", N_("Duty")),
    ("handling", N_("Handling")),
    ("other", N_("Other charge")),
)
COLUMNS = (
    N_("Receipt"),
    N_("Code"),
    N_("Product"),
    N_("Quantity"),
    N_("Net"),
    N_("Share"),
    N_("In stock"),
    N_("To stock"),
    N_("To cost of goods"),
)


class LandedCostForm(DocumentForm):
    kind = KIND

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.detail: purchasing.LandedCostDetail | None = None
        self.receipts: list[purchasing.ReceiptDetail] = []
        self.posted_ref: purchasing.LandedCostRef | None = None
        self._filling = False

        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.on_edit = date_edit(self)
        self.kind_combo = QComboBox(self)
        for key, label in CHARGE_KINDS:
            self.kind_combo.addItem(tr(label), key)
        self.spread_combo = QComboBox(self)
        self.spread_combo.addItem(tr("By value"), "value")
        self.spread_combo.addItem(tr("By quantity"), "qty")
        self.net_edit = DecimalEdit(2, parent=self)
        self.rate_edit = DecimalEdit(2, parent=self)
        self.rate_edit.setPlaceholderText("0")
        self.tax_edit = DecimalEdit(2, allow_empty=True, parent=self)
        self.tax_edit.setPlaceholderText(tr("net × rate"))
        self.invoice_edit = QLineEdit(self)
        self.receipt_edit = QLineEdit(self)
        self.receipt_edit.setPlaceholderText(tr("Receipt number, Enter to add"))
        self.note_edit = QLineEdit(self)
        self.add_field(tr("Billed by"), self.supplier_picker)
        self.add_field(tr("Date"), self.on_edit)
        self.add_field(tr("Charge"), self.kind_combo)
        self.add_field(tr("Amount (net)"), self.net_edit)
        self.add_field(tr("VAT rate (%)"), self.rate_edit)
        self.add_field(tr("VAT"), self.tax_edit)
        self.add_field(tr("Spread"), self.spread_combo)
        self.add_field(tr("Invoice number"), self.invoice_edit)
        self.add_field(tr("Add receipt"), self.receipt_edit)
        self.add_field(tr("Note"), self.note_edit, span=3, new_row=True)
        self.watch(self.on_edit, self.kind_combo, self.spread_combo, self.net_edit, self.rate_edit, self.tax_edit)
        self.watch(self.invoice_edit, self.note_edit)
        self.supplier_picker.picked.connect(lambda _b: self.mark_dirty())
        self.receipt_edit.returnPressed.connect(self.add_receipt_from_edit)
        self.net_edit.textChanged.connect(lambda _t: self._show_lines())
        self.spread_combo.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.rate_edit.textChanged.connect(lambda _t: self._show_totals())
        self.tax_edit.textChanged.connect(lambda _t: self._show_totals())

        self.lines_table = QTableWidget(0, len(COLUMNS), self)
        self.lines_table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.verticalHeader().setVisible(False)
        self.lines_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.set_grid(self.lines_table)

        self.post_button = self.add_button(tr("Post landed cost"), self.post, "post")
        self.remove_button = self.add_button(tr("Remove receipt"), self.remove_current_receipt)
        self.reverse_button = self.add_button(tr("Reverse (红冲)"), self.reverse)
        self.print_button = self.add_button(tr("Print landed cost note"), self.print_, "print_", print_row=True)
        self._fill_new()

    # --- new --------------------------------------------------------------------------------
    def _fill_new(self) -> None:
        self.set_title(tr("New landed cost"))
        self.state_label.setText(tr("(not posted)"))
        self._set_editable(True)
        self._show_lines()

    def add_receipt(self, number: str) -> bool:
        """Add the receipt with this number (its lines join the spread); False when unknown."""
        number = number.strip()
        if not number or any(r.number == number for r in self.receipts):
            return False
        try:
            receipt = purchasing.get_receipt_detail(self.ctx.uow, purchasing.find_receipt(self.ctx.uow, number))
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing changed
            show_error(self, exc)
            return False
        self.receipts.append(receipt)
        if self.supplier_picker.party() is None:  # the receipt's own supplier until another is chosen
            code = receipt.supplier.split(" ", 1)[0]
            found = [b for b in masterdata.search_parties(self.ctx.uow, "supplier", code, limit=20) if b.code == code]
            if found:
                self.supplier_picker.set_party(found[0])
        self.mark_dirty()
        self._show_lines()
        return True

    def add_receipt_from_edit(self) -> None:
        if self.add_receipt(self.receipt_edit.text()):
            self.receipt_edit.clear()

    def remove_current_receipt(self) -> None:
        if self.detail is not None:
            return
        row = self.lines_table.currentRow()
        if row < 0:
            return
        cell = self.lines_table.item(row, 0)
        if cell is None:
            return
        number = cell.text()
        self.receipts = [r for r in self.receipts if r.number != number]
        self.mark_dirty()
        self._show_lines()

    def _shares(self) -> list[Decimal]:
        lines = [line for r in self.receipts for line in r.lines]
        net = self.net_edit.value()
        if not lines or not net:
            return [ZERO] * len(lines)
        bases = [l.net if self.spread_combo.currentData() == "value" else l.qty for l in lines]
        try:
            return purchasing.spread(net, bases)
        except ValidationError:
            return [ZERO] * len(lines)

    def _show_lines(self) -> None:
        if self.detail is not None:
            return
        shares = self._shares()
        rows = [(r.number, line) for r in self.receipts for line in r.lines]
        self.lines_table.setRowCount(len(rows))
        for i, ((number, line), share) in enumerate(zip(rows, shares)):
            values = (number, line.product_code, line.product_name, qty_text(line.qty), money_text(line.net))
            for c, text in enumerate(values):
                self.lines_table.setItem(i, c, item(text, numeric=c >= 3))
            self.lines_table.setItem(i, 5, item(money_text(share), numeric=True))
            for c in (6, 7, 8):
                self.lines_table.setItem(i, c, item("", numeric=True))
        self._show_totals()

    def _tax(self) -> Decimal:
        entered = self.tax_edit.value()
        if entered is not None:
            return entered
        net, rate = self.net_edit.value() or ZERO, self.rate_edit.value() or ZERO
        return (net * rate / 100).quantize(Decimal("0.01"))

    def _show_totals(self) -> None:
        if self.detail is not None:
            d = self.detail
            self.totals_label.setText(
                tr(
                    "Net {net} · VAT {tax} · payable {gross} · to stock {stock} · to cost of goods {cogs}",
                    net=money_text(d.net),
                    tax=money_text(d.tax),
                    gross=money_text(d.gross),
                    stock=money_text(d.to_stock),
                    cogs=money_text(d.to_cogs),
                )
            )
            return
        net = self.net_edit.value() or ZERO
        tax = self._tax()
        self.totals_label.setText(
            tr(
                "{count} receipt lines · net {net} · VAT {tax} · payable {gross}",
                count=self.lines_table.rowCount(),
                net=money_text(net),
                tax=money_text(tax),
                gross=money_text(net + tax),
            )
        )

    # --- the keyboard contract ------------------------------------------------------------
    def save(self) -> None:
        """A landed cost has no draft: saving posts it."""
        self.post()

    def post(self) -> None:
        if self.detail is not None:
            return
        supplier = self.supplier_picker.party()
        net = self.net_edit.value()
        if net is None:
            show_error(self, ValidationError(tr("The charge must be an amount with at most 2 decimals."), field="net"))
            self.net_edit.setFocus()
            return
        rate = self.rate_edit.value()
        if rate is None:
            show_error(self, ValidationError(tr("The VAT rate must be a number."), field="tax_rate"))
            return
        if not self.tax_edit.is_valid():
            show_error(self, ValidationError(tr("The VAT must be an amount with at most 2 decimals."), field="tax"))
            return
        kwargs = dict(
            supplier_id=supplier.id if supplier else None,
            on=self.on_edit.date().toPython(),
            receipt_ids=[r.id for r in self.receipts],
            net=net,
            tax_rate=rate / 100,
            tax=self.tax_edit.value(),
            spread_by=self.spread_combo.currentData(),
            kind=self.kind_combo.currentData(),
            invoice_no=self.invoice_edit.text(),
            note=self.note_edit.text(),
        )
        uow = self.ctx.uow

        def done(ref: purchasing.LandedCostRef) -> None:
            self.posted_ref = ref
            self.set_clean()
            self.load(ref.id)
            self.saved.emit(ref)

        self.ctx.write(lambda: purchasing.post_landed_cost(uow, **kwargs), done, self._failed, areas=AREAS)

    def print_(self) -> None:
        from erp_desktop.services.printing import DocKind

        from ..printing import print_document

        if self.detail is not None:
            print_document(self, self.ctx, DocKind.LANDED_COST, self.detail.id)

    def reverse(self) -> None:
        d = self.detail
        if d is None or d.state != "posted":
            return
        if not ask(self, tr("Reverse landed cost {number} (红冲)?", number=d.number)):
            return
        picked = cast(date, self.on_edit.date().toPython())
        on = max(picked, d.on)
        uow = self.ctx.uow

        def done(ref: purchasing.LandedCostRef) -> None:
            self.load(d.id)
            self.saved.emit(ref)

        self.ctx.write(lambda: purchasing.reverse_landed_cost(uow, d.id, on=on), done, self._failed, areas=AREAS)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        field = getattr(exc, "field", None)
        widget = {"net": self.net_edit, "supplier": self.supplier_picker, "receipts": self.receipt_edit}.get(
            field or ""
        )
        if widget is not None:
            widget.setFocus()

    # --- posted -----------------------------------------------------------------------------
    def load(self, doc_id: uuid.UUID) -> None:
        self._filling = True
        try:
            d = self.detail = purchasing.get_landed_cost(self.ctx.uow, doc_id)
            self.doc_id = d.id
            self.set_title(tr("Landed cost {number}", number=d.number))
            states = {"posted": tr("Posted"), "reversed": tr("Reversed"), "reversal": tr("Reversal")}
            self.state_label.setText(states.get(d.state, d.state) + (f" · {d.pair_number}" if d.pair_number else ""))
            brief = [b for b in masterdata.search_parties(self.ctx.uow, "supplier", d.supplier.split(" ", 1)[0])]
            self.supplier_picker.set_party(brief[0] if brief else None)
            self.on_edit.setDate(d.on)
            self.kind_combo.setCurrentIndex(max(find_data(self.kind_combo, d.kind), 0))
            self.spread_combo.setCurrentIndex(max(find_data(self.spread_combo, d.spread_by), 0))
            self.net_edit.setValue(d.net)
            self.rate_edit.setValue(d.tax_rate * 100)
            self.tax_edit.setValue(d.tax)
            self.invoice_edit.setText(d.invoice_no)
            self.note_edit.setText(d.note)
            self.lines_table.setRowCount(len(d.lines))
            for i, l in enumerate(d.lines):
                values = (
                    l.receipt_number,
                    l.product_code,
                    l.product_name,
                    qty_text(l.basis) if d.spread_by == "qty" else "",
                    money_text(l.basis) if d.spread_by == "value" else "",
                    money_text(l.amount),
                    qty_text(l.in_stock_qty),
                    money_text(l.to_stock),
                    money_text(l.to_cogs),
                )
                for c, text in enumerate(values):
                    self.lines_table.setItem(i, c, item(text, numeric=c >= 3))
            self._set_editable(False)
            self.reverse_button.setEnabled(d.state == "posted")
            self._show_totals()
        finally:
            self._filling = False
        self.set_clean()

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.supplier_picker,
            self.net_edit,
            self.rate_edit,
            self.tax_edit,
            self.invoice_edit,
            self.receipt_edit,
            self.note_edit,
        ):
            widget.setReadOnly(not editable)
        for other in (self.kind_combo, self.spread_combo, self.on_edit):
            other.setEnabled(editable)
        self.post_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.print_button.setEnabled(not editable)
        self.reverse_button.setEnabled(not editable)


def open_landed_cost(ctx: AppContext, doc_id: uuid.UUID | None = None, receipt_number: str = "") -> LandedCostForm:
    """The landed cost's form in its own tab (brought forward when open); a new one, optionally
    starting with a receipt."""
    from ..forms import open_document

    form = open_document(ctx, KIND, doc_id, lambda: LandedCostForm(ctx))
    if doc_id is None and receipt_number:
        form.add_receipt(receipt_number)  # type: ignore[attr-defined]
    return form  # type: ignore[return-value]


register_form(KIND, LandedCostForm)
