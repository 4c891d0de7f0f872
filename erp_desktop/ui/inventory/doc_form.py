"""The stock document form (其他入库 / 其他出库 / 调拨) in its own tab: reason, date, bins and note on
top; the line grid (scan or type the product, Enter through quantity and — for a receipt — unit
cost; a scan adds 1 to the product's line); totals and the actions at the bottom: Save (Ctrl+S),
Post (F11), Print (Ctrl+P) once posted, Reverse (红冲) and 改单 — reverse the posted document and
open a copy of it as a new draft to correct and post again. A posted document is never edited.

多单位: a line is entered in any of its product's units (the unit cell: digit keys choose; a
receipt starts in the default purchase unit, an issue or a transfer in the base unit, a unit's
barcode scanned in that unit); the base quantity stands beside it ("= 240 瓶"), a receipt's unit
cost is per the line's unit, and the bins an issue takes from are chosen in base units.
A transfer's *Phone scanning…* shows a QR code: phones on the shop's Wi-Fi scan what is moved and
each scan adds to the transfer's lines here as if scanned at the PC (bins chosen as for a scan
here; unknown codes listed; a scan sent twice counts once). Posting stays here and ends it."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from erp_desktop.services import inventory, masterdata, mobile
from erp_desktop.services.inventory import ISSUE_REASONS, RECEIPT_REASONS, STATE_LABELS, LineInput
from erp_desktop.services.masterdata import ProductBrief
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO, money
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..formatting import money_text, qty_text
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from ..printing import print_document
from ..widgets.pickers import BinPicker
from ..widgets.units import base_text, default_unit, factor_of, shown_in_unit, unit_cells
from .common import AREAS, date_edit, post_stock_draft
from .phone import FormPhone

PRINT_KINDS = {"receipt": DocKind.STOCK_IN, "issue": DocKind.STOCK_OUT, "transfer": DocKind.TRANSFER}
FORM_KINDS = {"receipt": "stock_receipt", "issue": "stock_issue", "transfer": "stock_transfer"}


def form_kind(kind: str) -> str:
    """The document tabs' kind of a stock document of ``kind`` (receipt / issue / transfer)."""
    return FORM_KINDS[kind]


def _titles() -> dict[str, str]:
    return {"receipt": tr("Other receipt"), "issue": tr("Other issue"), "transfer": tr("Transfer")}


def _columns(kind: str) -> list[GridColumn]:
    columns = [
        GridColumn("product", tr("Product"), "product", width=280, stretch=True),
        GridColumn("qty", tr("Quantity"), "qty", editable=True, places=3, width=80),
        GridColumn("unit", tr("Unit"), "unit", editable=True, width=70),
        GridColumn("base", tr("Base qty"), "text", width=90),
    ]
    if kind == "receipt":
        columns.append(GridColumn("unit_cost", tr("Unit cost"), "price", editable=True, places=6, width=90))
    else:
        columns.append(GridColumn("unit_cost", tr("Unit cost"), "price", width=90))
    if kind in ("issue", "transfer"):
        columns.append(GridColumn("from", tr("From bin"), "text", width=150))
    if kind in ("receipt", "transfer"):
        columns.append(GridColumn("to", tr("To bin"), "text", width=150))
    columns.append(GridColumn("value", tr("Value"), "money", width=100))
    return columns


class StockDocForm(DocumentForm):
    """Open with ``doc_id`` None for a new document of ``doc_kind``."""

    def __init__(
        self,
        ctx: AppContext,
        doc_kind: str = "receipt",
        doc_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.doc_kind = doc_kind
        self.kind = form_kind(doc_kind)
        self.doc_id = doc_id
        self.detail: inventory.StockDocDetail | None = None
        self.version: int | None = None
        self.state = "draft"
        self.number = ""
        self.reversed = False
        self.is_reversal = False
        self.posted_result = None
        self.reversal_result = None
        self.amended_from: str = ""  # the number of the document this draft corrects (改单)
        self._bins: list[tuple[uuid.UUID | None, str, uuid.UUID | None, str]] = []
        self._posted_values: list[Decimal | None] = []
        self._picked: list[Decimal | None] = []  # the base quantity each line's bins were chosen for
        self._units: dict[uuid.UUID, list[masterdata.UnitRow]] = {}  # 多单位: product id → its units
        self._factors: list[Decimal] = []  # the factor of each line's unit, as its unit cost was for
        self._base_info = ""
        self._filling = False
        self.phone: FormPhone | None = None
        self.phone_unknown: dict[str, Decimal] = {}  # codes the phones scanned that no product has

        self.reason_combo = QComboBox(self)
        self.date_edit = date_edit(self)
        self.source_picker = BinPicker(ctx, self)
        self.target_picker = BinPicker(ctx, self)
        self.note_edit = QLineEdit(self)
        if doc_kind != "transfer":
            self.add_field(tr("Reason"), self.reason_combo)
        self.add_field(tr("Date"), self.date_edit)
        if doc_kind in ("issue", "transfer"):
            self.add_field(tr("From"), self.source_picker)
        else:
            self.source_picker.hide()
        if doc_kind in ("receipt", "transfer"):
            self.add_field(tr("To"), self.target_picker)
        else:
            self.target_picker.hide()
        self.add_field(tr("Note"), self.note_edit, span=3, new_row=True)
        self.watch(self.reason_combo, self.date_edit, self.note_edit)
        for picker in (self.source_picker, self.target_picker):
            picker.bin_combo.activated.connect(lambda _i: self._on_bin_changed())
            picker.warehouse_combo.activated.connect(lambda _i: self._on_bin_changed())

        self.grid = LineGrid(ctx, _columns(doc_kind), self)
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(self._on_value_edited)
        self.grid.cell_committed.connect(self._on_cell_committed)
        self.grid.line_removed.connect(self._on_line_removed)
        self.set_grid(self.grid)

        self.new_button = self.add_button(tr("New"), self.new_document, "new_document")
        self.save_button = self.add_button(tr("Save draft"), self.save, "save")
        self.post_button = self.add_button(tr("Post"), self.post, "post")
        self.amend_button = self.add_button(tr("Amend (红冲)"), self.amend)
        self.amend_button.setToolTip(
            tr("Reverse the posted document (红冲) and open a copy of it as a new draft to correct and post again.")
        )
        self.reverse_button = self.add_button(tr("Reverse"), self.reverse)
        self.delete_button = self.add_button(tr("Delete draft"), self.delete_draft)
        self.phone_button = self.add_button(tr("Phone scanning…"), self.open_phone)
        self.phone_button.setToolTip(
            tr("Show a QR code: phones on the shop's Wi-Fi scan what is moved into this transfer")
        )
        self.print_button = self.add_button(tr("Print…"), self.print_posted, "print_", print_row=True)
        self._fill_reasons("")
        if doc_id is not None:
            self.load(doc_id)
        else:
            self._show(None)

    # --- the keyboard contract ------------------------------------------------------------
    def new_document(self) -> None:
        self.open_requested.emit(self.kind, None)

    def post(self) -> None:
        if self.state != "draft":
            return
        header = self._header()
        if header is None:
            return
        post_stock_draft(self, header, create=inventory.create_and_post, save=inventory.save_stock_doc)

    def print_(self) -> None:
        self.print_posted()

    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        uow = self.ctx.uow

        def fetch():
            detail = inventory.get_stock_doc(uow, doc_id)
            return detail, masterdata.units_for(uow, [line.product_id for line in detail.lines])

        def done(result) -> None:
            detail, units = result
            self._units.update(units)
            self._show(detail)

        self.ctx.query(fetch, done, lambda e: show_error(self, e))

    # --- showing --------------------------------------------------------------------------
    def _fill_reasons(self, current: str) -> None:
        reasons = RECEIPT_REASONS if self.doc_kind == "receipt" else ISSUE_REASONS if self.doc_kind == "issue" else {}
        self.reason_combo.clear()
        if reasons:  # no reason is pre-chosen: it decides the account booked against the stock
            self.reason_combo.addItem(tr("— choose a reason —"), "")
        for key, label in reasons.items():
            self.reason_combo.addItem(tr(label), key)
        index = self.reason_combo.findData(current)
        if current and index < 0:
            self.reason_combo.addItem(current, current)
            index = self.reason_combo.count() - 1
        self.reason_combo.setCurrentIndex(max(index, 0))

    def _show(self, detail: inventory.StockDocDetail | None) -> None:
        self.detail = detail
        self._filling = True
        titles = _titles()
        if detail is None:
            self.state, self.version, self.number = "draft", None, ""
            self.reversed = self.is_reversal = False
            self.set_title(titles[self.doc_kind])
            self.state_label.setText(tr(STATE_LABELS["draft"]))
        else:
            doc = detail.doc
            self.state, self.version, self.number = doc.state, detail.version, doc.number
            self.reversed = doc.reversed_by_id is not None
            self.is_reversal = doc.reversal_of_id is not None
            self.set_title(f"{titles[self.doc_kind]} {doc.number}" if doc.number else titles[self.doc_kind])
            self.state_label.setText(f"[{tr(STATE_LABELS.get(doc.state, doc.state))}]")
            self._fill_reasons(doc.reason)
            self.date_edit.setDate(doc.on)
            self.note_edit.setText(doc.note)
        editable = self.state == "draft"
        self.grid.set_editable(False)
        self.grid.clear_lines()
        self._bins, self._posted_values, self._picked, self._factors = [], [], [], []
        for line in detail.lines if detail else ():
            self._append(
                _brief(line),
                line.qty,
                line.unit_cost,
                (line.from_location_id, line.from_label, line.to_location_id, line.to_label),
                line.value if self.state == "posted" else None,
                unit=_entered_unit(line),
            )
        if detail is not None and detail.lines and editable:
            first = detail.lines[0]
            if first.from_location_id:
                self.source_picker.set_bin(first.from_location_id)
            if first.to_location_id:
                self.target_picker.set_bin(first.to_location_id)
        self.grid.set_editable(editable, read_only_keys=frozenset() if self.doc_kind == "receipt" else {"unit_cost"})
        info = []
        if detail is not None and detail.reversal_of_number:
            info.append(tr("Reverses {number}.", number=detail.reversal_of_number))
        if detail is not None and detail.reversed_by_number:
            info.append(tr("Reversed by {number}.", number=detail.reversed_by_number))
        if self.amended_from and editable:
            info.append(tr("Corrected copy of {number}.", number=self.amended_from))
        self._base_info = " ".join(info)
        self.info_label.setText(self._base_info)
        self._filling = False
        self._apply_state()
        self._update_totals()
        self.set_clean()

    def _apply_state(self) -> None:
        editable = self.state == "draft"
        posted = self.state == "posted"
        for widget in (self.reason_combo, self.date_edit, self.note_edit, self.source_picker, self.target_picker):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.post_button.setVisible(editable)
        self.delete_button.setVisible(editable and self.doc_id is not None)
        self.phone_button.setVisible(editable and self.doc_kind == "transfer")
        if not editable:
            self.end_phone_session()  # posted: the phones get nothing more
        may_reverse = posted and not self.reversed and not self.is_reversal
        self.reverse_button.setVisible(may_reverse)
        self.amend_button.setVisible(may_reverse)
        self.print_button.setVisible(posted)
        self.print_button.setEnabled(posted and self.doc_id is not None)
        if posted:
            self.print_button.setFocus()  # posted: printing the note is what comes next

    def _append(
        self,
        product: ProductBrief,
        quantity: Decimal,
        unit_cost: Decimal | None,
        bins: tuple[uuid.UUID | None, str, uuid.UUID | None, str],
        value: Decimal | None = None,
        *,
        focus: str | None = None,
        unit: str = "",
    ) -> int:
        units = self._units.get(product.id)
        unit = unit if any(u.name == unit and not u.base for u in units or ()) else ""
        self._bins.append(bins)
        self._posted_values.append(value)
        self._picked.append(quantity * factor_of(units, unit))
        self._factors.append(factor_of(units, unit))
        values = {
            **unit_cells(product.unit, units, unit),
            "qty": quantity,
            "base": base_text(quantity, factor_of(units, unit), product.unit),
            "unit_cost": unit_cost,
            "from": bins[1],
            "to": bins[3],
            "value": value,
        }
        return self.grid.add_line(product, values, focus=focus)

    def _factor(self, row: int) -> Decimal:
        """Base units in one of the line's unit (1 in the base unit)."""
        return factor_of(self._units.get(self.grid.products[row].id), self.grid.unit(row))

    def _base_qty(self, row: int) -> Decimal | None:
        """The line's quantity in the base unit (what stock and the bins count)."""
        quantity = self.grid.value(row, "qty")
        return None if quantity is None else quantity * self._factor(row)

    def _line_value(self, row: int) -> Decimal | None:
        posted = self._posted_values[row]
        if posted is not None:
            return posted
        quantity, cost = self.grid.value(row, "qty"), self._cost(row)
        return money(quantity * cost) if quantity is not None and cost is not None else None

    def _cost(self, row: int) -> Decimal | None:
        if self.doc_kind == "receipt":
            return self.grid.value(row, "unit_cost")
        return None

    def _update_totals(self) -> None:
        known: list[Decimal] = []
        for row in range(self.grid.line_count):
            value = self._line_value(row)
            self.grid.set_cell(row, "value", value)
            base = base_text(self.grid.value(row, "qty"), self._factor(row), self.grid.products[row].unit)
            self.grid.set_cell(row, "base", base)
            if value is not None:
                known.append(value)
        total = sum(known, ZERO)
        text = tr("{count} lines, value {value}", count=self.grid.line_count, value=money_text(total))
        if len(known) != self.grid.line_count:
            text += " " + tr("(+ lines at average cost)")
        self.totals_label.setText(text)

    # --- editing --------------------------------------------------------------------------
    def _header_bins(self) -> tuple[uuid.UUID | None, str, uuid.UUID | None, str]:
        source = self.source_picker.bin_id() if self.doc_kind in ("issue", "transfer") else None
        target = self.target_picker.bin_id() if self.doc_kind in ("receipt", "transfer") else None
        return (
            source,
            _label(self.source_picker) if source else "",
            target,
            _label(self.target_picker) if target else "",
        )

    def _on_bin_changed(self) -> None:
        """The header's bins are the lines' bins: a change moves every line (an issue's or a
        transfer's lines then come again from the bins that hold the stock)."""
        if self._filling or self.state != "draft":
            return
        bins = self._header_bins()
        for row in range(self.grid.line_count):
            self._set_bins(row, bins)
        if self._picks_stock():
            for row in range(self.grid.line_count):
                self._pick_line(row, before_only=True)
        self.mark_dirty()

    def _set_bins(self, row: int, bins: tuple[uuid.UUID | None, str, uuid.UUID | None, str]) -> None:
        self._bins[row] = bins
        for key, label in (("from", bins[1]), ("to", bins[3])):
            if key in self.grid.keys:
                self.grid.set_cell(row, key, label)

    # --- stock-aware defaults (issues and transfers) --------------------------------------
    def _picks_stock(self) -> bool:
        return self.doc_kind in ("issue", "transfer") and self.source_picker.warehouse_id() is not None

    def _show_bin_stock(self, product: ProductBrief) -> None:
        """The source bin list says what each bin holds of the product ("A-04  [53]")."""
        warehouse_id = self.source_picker.warehouse_id()
        if warehouse_id is None:
            return
        stock = inventory.bin_stock(self.ctx.uow, warehouse_id, [product.id]).get(product.id, [])
        held = {b.location_id: b.qty for b in stock}
        combo = self.source_picker.bin_combo
        for i in range(combo.count()):
            label = combo.itemText(i).split("  [")[0]
            combo.setItemText(i, f"{label}  [{qty_text(held.get(combo.itemData(i), ZERO))}]")

    def _pick_line(self, row: int, *, before_only: bool = False) -> None:
        """Issue / transfer: the line takes its quantity from the header's bin when that bin holds
        it, else from the bins of the warehouse that hold the product — split over several lines,
        capped at what is there (what the other lines take is not offered twice; never the
        target bin). ``before_only``: count only the lines above (re-picking every line)."""
        if not self._picks_stock() or not (0 <= row < self.grid.line_count):
            return
        quantity = self._base_qty(row)
        if quantity is None or quantity <= ZERO:
            return
        product = self.grid.products[row]
        unit, factor = self.grid.unit(row), self._factor(row)
        warehouse_id = self.source_picker.warehouse_id()
        assert warehouse_id is not None
        source, _sl, target, target_label = self._header_bins()
        taken: dict[uuid.UUID, Decimal] = {}
        for r in range(row if before_only else self.grid.line_count):
            from_id = self._bins[r][0]
            if r != row and self.grid.products[r].id == product.id and from_id is not None:
                taken[from_id] = taken.get(from_id, ZERO) + (self._base_qty(r) or ZERO)
        stock = inventory.bin_stock(self.ctx.uow, warehouse_id, [product.id])  # a few indexed rows
        held = [
            inventory.BinQty(b.location_id, b.code, b.name, b.qty - taken.get(b.location_id, ZERO))
            for b in stock.get(product.id, [])
            if b.location_id != target
        ]
        held = sorted((b for b in held if b.qty > ZERO), key=lambda b: -b.qty)
        chosen = next((b for b in held if b.location_id == source), None)
        if chosen is not None and chosen.qty >= quantity:
            picks = [inventory.Pick(chosen.location_id, chosen.code, quantity)]
        else:
            picks = list(inventory.split_picks(held, quantity))
        picked = sum((p.qty for p in picks), ZERO)
        short = (
            ""
            if picked >= quantity
            else tr(
                "{code}: only {qty} in this warehouse; the line takes what is there.",
                code=product.code,
                qty=f"{qty_text(picked)} {product.unit}".rstrip(),
            )
        )
        self.info_label.setText(" ".join(t for t in (self._base_info, self._phone_note(), short) if t))
        if not picks:  # nothing there: keep the chosen bin, posting says what is missing
            self._picked[row] = quantity
            return
        warehouse_label = self.source_picker.warehouse_combo.currentText()
        first, *rest = picks
        self._filling = True
        try:
            if first.qty != quantity:  # capped (a quantity being typed is left as it is)
                shown_unit, shown = shown_in_unit(first.qty, unit, factor)  # in the line's unit when exact
                self.grid.set_unit(row, shown_unit)
                self._factors[row] = self._factor(row)
                self.grid.set_value(row, "qty", shown)
            self._set_bins(row, (first.location_id, f"{warehouse_label} / {first.bin_code}", target, target_label))
            self._picked[row] = first.qty
            for pick in rest:
                bins = (pick.location_id, f"{warehouse_label} / {pick.bin_code}", target, target_label)
                shown_unit, shown = shown_in_unit(pick.qty, unit, factor)
                self._append(product, shown, None, bins, unit=shown_unit)
        finally:
            self._filling = False
        self._update_totals()

    def _pick_changed_lines(self) -> None:
        """Before saving or posting: lines whose quantity changed since their bins were chosen."""
        if not self._picks_stock():
            return
        row = 0
        while row < self.grid.line_count:
            if self._base_qty(row) != self._picked[row]:
                self._pick_line(row)
            row += 1

    def _on_cell_committed(self, row: int, key: str) -> None:
        if key in ("qty", "unit") and self.state == "draft" and self._base_qty(row) != self._picked[row]:
            self._pick_line(row)

    def _on_product_entered(self, product: ProductBrief, scanned: bool) -> None:
        if self.state != "draft":
            return
        if self.doc_kind in ("issue", "transfer"):
            self._show_bin_stock(product)
        if product.id not in self._units:
            self._units.update(masterdata.units_for(self.ctx.uow, [product.id]))
        units = self._units.get(product.id)
        unit = product.scanned_unit or default_unit(units, "purchase" if self.doc_kind == "receipt" else "stock")
        if scanned:
            row = self._line_in(product.id, unit)
            if row >= 0:
                self.grid.increment(row)
                self._pick_line(row)
                self.grid.focus_new_line()
                return
        if self.doc_kind == "transfer":
            source, _sl, target, _tl = self._header_bins()
            if source is not None and source == target:
                show_error(self, ValidationError(tr("A transfer needs a target bin different from its source.")))
                return
        bins = self._header_bins()
        focus = None if scanned else "qty"
        if self.doc_kind != "receipt":
            row = self._append(product, Decimal(1), None, bins, focus=focus, unit=unit)
            self._pick_line(row)
            self._added(scanned)
            return
        reason = self.reason_combo.currentData()

        def done(stock) -> None:
            average = stock.avg_cost if stock.on_hand > 0 else ZERO
            cost = (product.purchase_price or average) if reason == "opening" else (average or product.purchase_price)
            cost = (cost * factor_of(units, unit)).quantize(Decimal("0.000001"))  # per the line's unit
            self._append(product, Decimal(1), cost, bins, focus=focus, unit=unit)
            self._added(scanned)

        self.ctx.query(lambda: inventory.product_stock(self.ctx.uow, product.id), done, lambda e: show_error(self, e))

    def _added(self, scanned: bool) -> None:
        self.mark_dirty()
        self._update_totals()
        if scanned:
            self.grid.focus_new_line()

    def _line_in(self, product_id: uuid.UUID, unit: str) -> int:
        """The line of ``product_id`` entered in ``unit`` (a scan adds one of that unit), or -1."""
        return next(
            (
                row
                for row, p in enumerate(self.grid.products)
                if p.id == product_id and self.grid.unit(row) == unit and self._posted_values[row] is None
            ),
            -1,
        )

    def _on_value_edited(self, row: int, key: str) -> None:
        if self._filling:
            return
        if key == "unit" and 0 <= row < self.grid.line_count:
            self._on_unit_changed(row)
        self.mark_dirty()
        self._update_totals()

    def _on_unit_changed(self, row: int) -> None:
        """Another unit chosen: a receipt's unit cost follows it (the cost per 瓶 × 24 per 箱); an
        issue's or a transfer's bins are chosen again for the new base quantity."""
        factor, old = self._factor(row), self._factors[row]
        self._factors[row] = factor
        if self.doc_kind == "receipt":
            cost = self.grid.value(row, "unit_cost")
            if cost is not None and factor != old:
                self._filling = True
                self.grid.set_value(row, "unit_cost", (cost / old * factor).quantize(Decimal("0.000001")))
                self._filling = False
        elif self._base_qty(row) != self._picked[row]:
            self._pick_line(row)

    def _on_line_removed(self, row: int) -> None:
        del self._bins[row]
        del self._posted_values[row]
        del self._picked[row]
        del self._factors[row]
        self.mark_dirty()
        self._update_totals()

    def line_inputs(self) -> list[LineInput]:
        lines = []
        for row in range(self.grid.line_count):
            quantity = self.grid.value(row, "qty")
            if quantity is None or quantity <= ZERO:
                raise ValidationError(tr("Line {line}: enter a quantity greater than zero.", line=row + 1))
            source, _sl, target, _tl = self._bins[row]
            lines.append(
                LineInput(
                    self.grid.products[row].id, quantity, self._cost(row), source, target, unit=self.grid.unit(row)
                )
            )
        return lines

    def _header(self) -> dict | None:
        self._pick_changed_lines()
        try:
            lines = self.line_inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return None
        warehouse = (self.target_picker if self.doc_kind == "receipt" else self.source_picker).warehouse_id()
        return dict(
            kind=self.doc_kind,
            reason=self.reason_combo.currentData() or "",
            on=self.date_edit.date().toPython(),
            warehouse_id=warehouse,
            note=self.note_edit.text().strip(),
            lines=lines,
        )

    # --- actions --------------------------------------------------------------------------
    def save(self) -> None:
        if self.state != "draft":
            return
        header = self._header()
        if header is not None:
            self.save_draft(inventory.save_stock_doc, header, areas={"stock"})

    def delete_draft(self) -> None:
        if self.state != "draft" or self.doc_id is None or not ask(self, tr("Delete this draft?")):
            return
        doc_id, uow = self.doc_id, self.ctx.uow

        def done(_r) -> None:
            self.set_clean()
            self.saved.emit(None)
            self.close_me.emit()

        self.ctx.write(
            lambda: inventory.delete_stock_doc(uow, doc_id), done, lambda e: show_error(self, e), areas={"stock"}
        )

    def _reverse(self, then) -> None:
        doc_id, uow = self.doc_id, self.ctx.uow
        if doc_id is None:
            return

        def done(result) -> None:
            self.reversal_result = result
            self.saved.emit(result)
            self.load(doc_id)
            self._status(tr("Posted {number}", number=result.number))
            if then is not None:
                then()

        run_confirmable(
            self,
            lambda ack: inventory.reverse_stock_doc(uow, doc_id, acknowledged=ack),
            done,
            lambda fn, ok, failed: self.ctx.write(fn, ok, failed, areas=AREAS),
        )

    def reverse(self) -> None:
        if self.state != "posted" or self.reversed or self.is_reversal:
            return
        if ask(self, tr("Reverse {number}? A reversing document is posted at once.", number=self.number)):
            self._reverse(None)

    def amend(self) -> StockDocForm | None:
        """改单: reverse the posted document (红冲, linked both ways, in one transaction) and open a
        copy of it as a new draft — the same reason, bins, lines and note — to correct and post."""
        if self.state != "posted" or self.reversed or self.is_reversal or self.detail is None:
            return None
        if not ask(
            self,
            tr(
                "Reverse {number} (红冲) and open a copy as a new draft to correct? The reversal is posted at once.",
                number=self.number,
            ),
        ):
            return None
        original = self.detail
        opened: list[StockDocForm] = []

        def open_copy() -> None:
            from ..forms.tabs import document_tabs

            form = StockDocForm(self.ctx, self.doc_kind)
            document_tabs(self.ctx).add_form(form)
            form.fill_copy(original)
            self.amended = form
            opened.append(form)

        self._reverse(open_copy)
        return opened[0] if opened else None

    def fill_copy(self, original: inventory.StockDocDetail) -> None:
        """This new draft becomes a copy of ``original`` (unsaved: the user corrects it, then saves
        or posts)."""
        doc = original.doc
        self.amended_from = doc.number
        self._filling = True
        self._fill_reasons(doc.reason)
        self.note_edit.setText(doc.note)
        first = original.lines[0] if original.lines else None
        if first is not None and first.from_location_id:
            self.source_picker.set_bin(first.from_location_id)
        if first is not None and first.to_location_id:
            self.target_picker.set_bin(first.to_location_id)
        self.grid.set_editable(False)
        self._units.update(masterdata.units_for(self.ctx.uow, [line.product_id for line in original.lines]))
        for line in original.lines:
            cost = line.unit_cost
            if self.doc_kind == "receipt" and cost is None and line.qty:
                cost = (line.value / line.qty).quantize(Decimal("0.000001"))
            self._append(
                _brief(line),
                line.qty,
                cost,
                (line.from_location_id, line.from_label, line.to_location_id, line.to_label),
                unit=_entered_unit(line),
            )
        self.grid.set_editable(True, read_only_keys=frozenset() if self.doc_kind == "receipt" else {"unit_cost"})
        self._base_info = tr("Corrected copy of {number}.", number=doc.number)
        self.info_label.setText(self._base_info)
        self._filling = False
        self._update_totals()
        self.mark_dirty()
        if self.grid.line_count:
            self.grid.focus_cell(0, "qty")

    # --- phones ------------------------------------------------------------------------------
    def open_phone(self):
        """Phone scanning: a phone session for this transfer and its QR code."""
        if self.doc_kind != "transfer" or self.state != "draft":
            return None
        if self.phone is None:
            self.phone = FormPhone(self, self.ctx, kind="transfer", describe=self._phone_title, apply=self.phone_scan)
        return self.phone.show()

    def _phone_title(self) -> tuple[str, str]:
        title = _titles()[self.doc_kind]
        return (f"{title} {self.number}" if self.number else title), self.source_picker.warehouse_combo.currentText()

    def phone_scan(self, scan: mobile.FormScan) -> mobile.ScanOutcome:
        """A phone's scan (on the GUI thread): added to the product's line, or a new line, as if
        scanned here — its bins come from the header and the stock, as for a scan here."""
        if self.state != "draft":
            raise mobile.SessionClosed(tr("This counting session is closed."))
        who = scan.phone or tr("Mobile phone")
        if scan.product is None:
            self.phone_unknown[scan.code] = self.phone_unknown.get(scan.code, ZERO) + scan.qty
            self.info_label.setText(" ".join(t for t in (self._base_info, self._phone_note()) if t))
            outcome = mobile.ScanOutcome(
                scan.id,
                "unknown",
                tr("Unknown code {code}: not moved; the PC lists it.", code=scan.code),
                code=scan.code,
                added=qty_text(scan.qty),
            )
        else:
            product = scan.product
            row = self.grid.find_line(product.id)
            if row >= 0:
                self.grid.increment(row, "qty", scan.qty)
                self._pick_line(row)
            else:
                source, _sl, target, _tl = self._header_bins()
                if source is not None and source == target:
                    raise ValidationError(tr("A transfer needs a target bin different from its source."))
                row = self._append(product, scan.qty, None, self._header_bins())
                self._pick_line(row)
            self.mark_dirty()
            self._update_totals()
            moving = sum(
                (
                    self.grid.value(r, "qty") or ZERO
                    for r in range(self.grid.line_count)
                    if self.grid.products[r].id == product.id
                ),
                ZERO,
            )
            outcome = mobile.ScanOutcome(
                scan.id,
                "ok",
                tr(
                    "{label}: +{added} → moving {qty}",
                    label=product.label,
                    added=qty_text(scan.qty),
                    qty=qty_text(moving),
                ),
                label=product.label,
                code=scan.code,
                added=qty_text(scan.qty),
                counted=qty_text(moving),
            )
        self._status(f"{who}: {outcome.message}")
        if self.phone is not None:
            QTimer.singleShot(0, self.phone.status_changed)
        return outcome

    def _phone_note(self) -> str:
        if not self.phone_unknown:
            return ""
        codes = ", ".join(f"{code} ({qty_text(qty)})" for code, qty in sorted(self.phone_unknown.items()))
        return tr("Unknown codes from phones: {codes}", codes=codes)

    def end_phone_session(self) -> None:
        if self.phone is not None:
            self.phone.end()

    def print_posted(self) -> None:
        """Preview the posted document's printout (a draft is not printed from here)."""
        if self.state != "posted" or self.doc_id is None:
            return
        print_document(self, self.ctx, PRINT_KINDS[self.doc_kind], self.doc_id)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 5000)


def _brief(line: inventory.StockDocLineRow) -> ProductBrief:
    base = line.base_unit or line.unit
    return ProductBrief(line.product_id, line.product_code, line.product_name, "", "", base, ZERO, ZERO, ZERO, True)


def _entered_unit(line: inventory.StockDocLineRow) -> str:
    """The unit the line was entered in, "" for the base unit."""
    return "" if not line.base_unit or line.unit == line.base_unit else line.unit


def _label(picker: BinPicker) -> str:
    bin_text = picker.bin_combo.currentText().split("  [")[0]  # without the stock it shows
    return f"{picker.warehouse_combo.currentText()} / {bin_text}"


def _factory(kind: str):
    return lambda ctx: StockDocForm(ctx, kind)


for _kind in FORM_KINDS:
    register_form(form_kind(_kind), _factory(_kind))
