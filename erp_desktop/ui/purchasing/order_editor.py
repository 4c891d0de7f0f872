"""The purchase order form (a ``ui.forms`` document form in its own tab): supplier, dates and note
on top; the line grid (quantity, price and tax % typed in on a draft; Enter moves on, the last cell
opens a new line, a scan adds the product or 1 to its line), execution (received / returned / late), the approval panel with its history, and the
actions the order's state and the user's role allow. Print (Ctrl+P) the order, a goods receipt note
(采购入库单) or a purchase return note — the one just posted from here, the only one, or one chosen."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import masterdata, purchasing, system
from erp_desktop.services.masterdata import PartyBrief, ProductBrief
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from ..printing import print_document
from ..widgets.remember import layout_key, remember_header
from ..widgets.units import default_unit, factor_of, unit_cells
from .common import AREAS, item, money_text, qty_text

COLUMNS = (
    "product",
    "qty",
    "price",
    "tax_rate",
    "expected",
    "net",
    "tax",
    "gross",
    "received",
    "returned",
    "outstanding",
    "requisitions",
)


def _columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Product"), "product", width=260, stretch=True),
        GridColumn("qty", tr("Qty"), "qty", editable=True, places=3, width=70),
        GridColumn("unit", tr("Unit"), "unit", editable=True, width=70),
        GridColumn("price", tr("Price"), "price", editable=True, places=6, width=80),
        GridColumn("tax_rate", tr("Tax %"), "percent", editable=True, places=2, width=55),
        GridColumn("expected", tr("Expected"), "text", width=90),
        GridColumn("net", tr("Net"), "money", width=90),
        GridColumn("tax", tr("Tax"), "money", width=75),
        GridColumn("gross", tr("Gross"), "money", width=90),
        GridColumn("received", tr("Received"), "qty", width=65),
        GridColumn("returned", tr("Returned"), "qty", width=65),
        GridColumn("outstanding", tr("Outstanding"), "qty", width=70),
        GridColumn("requisitions", tr("Requisitions"), "text", width=110),
    ]


class OrderEditor(DocumentForm):
    """Open with ``order_id`` None for a new order."""

    kind = "purchase_order"

    def __init__(self, ctx: AppContext, order_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.doc_id = order_id
        self.detail: purchasing.OrderDetail | None = None
        self._line_ids: list[uuid.UUID | None] = []
        self._units: dict = {}  # 多单位: product id → its units, for the lines shown
        self._expected: list[date | None] = []
        self._recent: dict[str, uuid.UUID] = {}  # receipt / return → the one last posted from here
        self._offer_print = ""  # after posting: focus that note's Print button once reloaded
        self._filling = False

        self.supplier_picker = self.add_party_field("supplier")
        self.on_edit = self.add_date_field(tr("Date"))
        self.expected_edit = self.add_date_field(tr("Expected"), optional=True)
        self.note_edit = self.add_text_field(tr("Note"), span=3, new_row=True)

        self.grid = LineGrid(ctx, _columns(), self)
        self.lines_table = self.grid
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(self._on_value_edited)
        self.grid.line_removed.connect(self._on_line_removed)
        self.set_grid(self.grid)
        self.execution_label = QLabel(self)
        self.execution_label.setWordWrap(True)

        self.approval_box = QGroupBox(tr("Approval"), self)
        self.approval_label = QLabel(self.approval_box)
        self.approval_label.setWordWrap(True)
        self.history_table = QTableWidget(0, 4, self.approval_box)
        self.history_table.setHorizontalHeaderLabels([tr("When"), tr("Decision"), tr("Who"), tr("Reason")])
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.setMaximumHeight(120)
        for c, w in enumerate((140, 80, 180)):
            self.history_table.setColumnWidth(c, w)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submit_button = QPushButton(tr("Submit for approval"), self)
        self.approve_button = QPushButton(tr("Approve order"), self)
        self.reject_button = QPushButton(tr("Reject…"), self)
        approval_buttons = QHBoxLayout()
        for b in (self.submit_button, self.approve_button, self.reject_button):
            approval_buttons.addWidget(b)
        approval_buttons.addStretch(1)
        box_layout = QVBoxLayout(self.approval_box)
        box_layout.addWidget(self.approval_label)
        box_layout.addWidget(self.history_table)
        box_layout.addLayout(approval_buttons)

        self.receipts_label = QLabel(self)
        self.receipts_label.setWordWrap(True)
        self.body.addWidget(self.execution_label)
        self.body.addWidget(self.receipts_label)
        self.body.addWidget(self.approval_box)
        self.approval_box.setMaximumHeight(170)

        self.new_button = self.add_button(tr("New"), self.new_document, "new_document")
        self.save_button = self.add_button(tr("Save"), self.save, "save")
        self.confirm_button = self.add_button(tr("Confirm order"), self._on_confirm_button_clicked, "confirm")
        self.receive_button = self.add_button(tr("Receive…"), self._on_receive_button_clicked, "post")
        self.return_button = self.add_button(tr("Return…"), self._on_return_button_clicked)
        self.cancel_order_button = self.add_button(tr("Cancel order"), lambda: self._act(purchasing.cancel_order))
        self.close_order_button = self.add_button(tr("Close order"), lambda: self._act(purchasing.close_order))
        self.open_receipt_button = self.add_button(tr("Open receipt…"), self.open_receipt)
        self.print_button = self.add_button(tr("Print…"), self.print_order, "print_", print_row=True)
        self.print_button.setToolTip(tr("Print the order (Ctrl+P)"))
        self.print_receipt_button = self.add_button(tr("Print receipt note"), self.print_receipt_note, print_row=True)
        self.print_return_button = self.add_button(tr("Print return note"), self.print_return_note, print_row=True)

        self.submit_button.clicked.connect(lambda: self._act(purchasing.submit_order))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_confirm_button_clicked)
        if order_id is not None:
            self.reload()
        else:
            self._show(None)
        # a payment, a receipt posted elsewhere: an order that is no longer editable shows it at once
        ctx.refresh_on(
            self,
            {"purchasing", "finance"},
            lambda: self.detail is not None and not self.detail.editable and self.reload(),
        )
        remember_header(self.grid.horizontalHeader(), ctx, layout_key(self, "lines"))

    @property
    def order_id(self) -> uuid.UUID | None:
        return self.doc_id

    @order_id.setter
    def order_id(self, value: uuid.UUID | None) -> None:
        self.doc_id = value

    # --- the keyboard contract ------------------------------------------------------------
    def new_document(self) -> None:
        from ..forms.tabs import document_tabs

        tabs = document_tabs(self.ctx)
        if tabs.indexOf(self) >= 0:
            form = OrderEditor(self.ctx)
            tabs.add_form(form)
            form.supplier_picker.setFocus()
        else:
            self.doc_id = None
            self._show(None)

    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        self.reload()

    def confirm(self) -> None:
        self._on_confirm_button_clicked()

    def post(self) -> None:
        self._on_receive_button_clicked()

    def print_(self) -> None:
        self.print_order()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        def fetch():
            detail = purchasing.get_order_detail(self.ctx.uow, self.order_id)
            units = masterdata.units_for(self.ctx.uow, [l.product_id for l in detail.lines]) if detail else {}
            return detail, units

        def done(result) -> None:
            detail, self._units = result
            self._show(detail)

        self.ctx.query(fetch, done, lambda e: show_error(self, e))

    def _show(self, detail: purchasing.OrderDetail | None) -> None:
        self.detail = detail
        editable = detail is None or detail.editable
        self._filling = True
        if detail is None:
            self.set_title(tr("New purchase order"))
            self.state_label.setText("")
            self.supplier_picker.clear()
            self.note_edit.clear()
        else:
            self.set_title(detail.number)
            self.state_label.setText(
                tr(
                    "{number} · {state} · buyer {buyer}",
                    number=detail.number,
                    state=detail.state_label,
                    buyer=detail.buyer,
                )
            )
            self.supplier_picker.set_party(
                PartyBrief(detail.supplier_id, detail.supplier_code, detail.supplier_name, "supplier")
            )
            self.on_edit.setDate(detail.on)
            if detail.expected_date:
                self.expected_edit.setDate(detail.expected_date)
            self.note_edit.setText(detail.note)
        self.set_header_editable(editable, self.save_button)
        where = self.grid.focus_position()  # the cursor goes back there once the lines are rebuilt
        self.grid.set_editable(False)
        self.grid.clear_lines()
        self.grid.set_editable(editable)
        self._line_ids, self._expected = [], []
        for line in detail.lines if detail else ():
            self._append(
                ProductBrief(
                    line.product_id,
                    line.product_code,
                    line.product_name,
                    "",
                    "",
                    line.unit,
                    line.tax_rate,
                    Decimal(0),
                    Decimal(0),
                    True,
                ),
                line.shown_qty,
                line.price,
                line.tax_rate,
                line.expected_date,
                line.id,
                line,
                unit=line.entered_unit,
                units=self._units.get(line.product_id),
            )
        self.grid.set_editable(editable)
        self._filling = False
        self._update_totals()
        self._show_state(detail)
        self.set_clean()
        self.grid.restore_focus(where)  # F8 after Ctrl+S, F11 after F8: the keys still reach the form

    def _append(
        self,
        product: ProductBrief,
        quantity: Decimal,
        price: Decimal,
        tax_rate: Decimal,
        expected: date | None,
        line_id: uuid.UUID | None,
        line=None,
        *,
        focus: str | None = None,
        unit: str = "",
        units: list | None = None,
    ) -> None:
        self._line_ids.append(line_id)
        self._expected.append(expected)
        values = {
            **unit_cells(product.unit, units, unit),
            "qty": quantity,
            "price": price,
            "tax_rate": (tax_rate * 100).normalize(),
            "expected": expected.isoformat() if expected else "",
            "received": line.received_qty if line else None,
            "returned": line.returned_qty if line else None,
            "outstanding": line.outstanding if line else None,
            "requisitions": line.requisitions if line else "",
        }
        row = self.grid.add_line(product, values, focus=focus)
        if line is not None and line.late:
            self.grid.set_cell(
                row,
                "expected",
                values["expected"],
                warn=True,
                tooltip=tr("Late: the expected date has passed and the line is not fully received."),
            )

    def _values(self, row: int) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        tax = self.grid.value(row, "tax_rate")
        return self.grid.value(row, "qty"), self.grid.value(row, "price"), None if tax is None else tax / 100

    def _update_totals(self) -> None:
        net = tax = Decimal(0)
        for r in range(self.grid.line_count):
            q, p, t = self._values(r)
            if q is None or p is None or t is None:
                continue
            amounts = purchasing.line_amounts(q, p, t)
            for key, v in (("net", amounts.net), ("tax", amounts.tax), ("gross", amounts.gross)):
                self.grid.set_cell(r, key, v)
            net, tax = net + amounts.net, tax + amounts.tax
        self.totals_label.setText(
            tr(
                "Net {net} · Tax {tax} · Total {gross}",
                net=money_text(net),
                tax=money_text(tax),
                gross=money_text(net + tax),
            )
        )

    def _show_state(self, detail: purchasing.OrderDetail | None) -> None:
        role = self.ctx.uow.actor.role
        state = detail.state if detail else "new"
        status = detail.approval if detail else None
        if detail is None or status is None:
            self.approval_label.setText(tr("Save the order to see whether it needs approval."))
        elif not status.needed:
            self.approval_label.setText(tr("No approval rule applies to this order."))
        elif status.approved and status.requested:
            self.approval_label.setText(tr("Approved."))
        else:
            rules = "; ".join(r.description for r in status.rules)
            prefix = tr("Rejected — change the order and submit it again. ") if status.rejected else ""
            self.approval_label.setText(
                prefix + tr("Needs approval by {who}. Rules: {rules}", who=status.waiting_for(), rules=rules)
            )
        history = status.history if status else ()
        self.history_table.setRowCount(len(history))
        labels = {"requested": tr("requested"), "approved": tr("approved"), "rejected": tr("rejected")}
        for r, h in enumerate(history):
            for c, text in enumerate(
                (
                    h.at.strftime("%Y-%m-%d %H:%M"),
                    labels.get(h.action, h.action),
                    f"{h.user_name} ({system.role_label(h.role)})",
                    h.reason,
                )
            ):
                self.history_table.setItem(r, c, item(text))
        may_approve = bool(
            status
            and detail
            and state == "pending"
            and any(
                rule.approver_role == role
                and not (rule.not_creator and detail.created_by == self.ctx.uow.actor.username)
                for rule in status.outstanding
            )
        )
        self.submit_button.setVisible(state == "draft" and bool(status and status.needed))
        self.approve_button.setVisible(may_approve)
        self.reject_button.setVisible(may_approve)
        self.confirm_button.setVisible(
            state in ("draft", "pending") and not (status and status.needed and not status.approved)
        )
        self.receive_button.setVisible(state in ("confirmed", "partly_received"))
        self.return_button.setVisible(bool(detail and detail.receipts))
        self.open_receipt_button.setVisible(bool(detail and detail.receipts))
        self.cancel_order_button.setVisible(state in ("draft", "pending", "confirmed"))
        self.close_order_button.setVisible(state in ("confirmed", "partly_received", "received"))
        self.print_button.setEnabled(detail is not None)
        self.print_receipt_button.setEnabled(bool(detail and detail.receipts))
        self.print_return_button.setEnabled(bool(detail and detail.returns))
        if self._offer_print:
            button = self.print_receipt_button if self._offer_print == "receipt" else self.print_return_button
            self._offer_print = ""
            if button.isEnabled():
                button.setFocus()
        if detail is not None:
            self.execution_label.setText(
                tr(
                    "Ordered {ordered} · received {received} · returned {returned} · late lines {late} · invoiced {invoiced} · paid {paid}",
                    ordered=qty_text(sum((l.qty for l in detail.lines), Decimal(0))),
                    received=qty_text(sum((l.received_qty for l in detail.lines), Decimal(0))),
                    returned=qty_text(sum((l.returned_qty for l in detail.lines), Decimal(0))),
                    late=detail.late_lines,
                    invoiced=money_text(detail.invoiced),
                    paid=money_text(detail.paid),
                )
            )
            pairs = purchasing.receipt_reversals(self.ctx.uow, detail.id) if detail.returns else {}

            def pair(doc_id, reversal: bool) -> str:
                number = pairs.get(doc_id)
                if not number:
                    return ""
                return (
                    " ("
                    + (tr("红冲 of {number}", number=number) if reversal else tr("reversed by {number}", number=number))
                    + ")"
                )

            docs = [
                f"{r.number} {r.on.isoformat()} {money_text(r.gross_total)} {r.where}{pair(r.id, False)}"
                for r in detail.receipts
            ]
            docs += [
                f"{r.number} {r.on.isoformat()} −{money_text(r.gross_total)}{pair(r.id, True)}" for r in detail.returns
            ]
            self.receipts_label.setText(tr("Receipts and returns: {docs}", docs="; ".join(docs)) if docs else "")
        else:
            self.execution_label.setText("")
            self.receipts_label.setText("")

    # --- editing ---------------------------------------------------------------------------
    def header_editable(self) -> bool:
        return self.detail is None or self.detail.editable

    def _on_product_entered(self, product: ProductBrief, scanned: bool) -> None:
        """Typed or scanned in the new line: a scan adds 1 to the product's line if it has one."""
        if self.detail is not None and not self.detail.editable:
            return
        if scanned:
            row = self.grid.find_line(product.id)
            if row >= 0 and (not product.scanned_unit or self.grid.unit(row) == product.scanned_unit):
                self.grid.increment(row)
                self.grid.focus_new_line()
                return
        quantity = Decimal(1)
        supplier = self.supplier_picker.party()
        on = self.on_edit.date().toPython()
        supplier_id = supplier.id if supplier else None

        def fetch():
            """The default price per the line's unit: the scanned one, else the default purchase unit."""
            units = masterdata.units_for(self.ctx.uow, [product.id]).get(product.id)
            unit = product.scanned_unit or default_unit(units, "purchase")
            factor = factor_of(units, unit)
            default = purchasing.default_price(self.ctx.uow, supplier_id, product.id, quantity * factor, on)
            return (default.price * factor).quantize(Decimal("0.000001")), unit, units

        def done(result) -> None:
            price, unit, units = result
            self.add_line(product, quantity, price, focus=None if scanned else "qty", unit=unit, units=units)
            if scanned:
                self.grid.focus_new_line()

        self.ctx.query(fetch, done, lambda e: show_error(self, e))

    def add_line(
        self,
        product: ProductBrief,
        quantity: Decimal,
        price: Decimal,
        tax_rate: Decimal | None = None,
        *,
        focus: str | None = None,
        unit: str = "",
        units: list | None = None,
    ) -> None:
        self._append(
            product,
            quantity,
            price,
            product.tax_rate if tax_rate is None else tax_rate,
            None,
            None,
            focus=focus,
            unit=unit,
            units=units,
        )
        self.mark_dirty()
        self._update_totals()

    def _on_value_edited(self, _row: int, _key: str) -> None:
        if not self._filling:
            self.mark_dirty()
            self._update_totals()

    def _on_line_removed(self, row: int) -> None:
        del self._line_ids[row]
        del self._expected[row]
        self.mark_dirty()
        self._update_totals()

    def lines(self) -> list[purchasing.OrderLineInput]:
        result = []
        for r in range(self.grid.line_count):
            q, p, t = self._values(r)
            if q is None or p is None or t is None:
                raise ValidationError(tr("Line {line}: quantity, price and tax rate must be numbers.", line=r + 1))
            product = self.grid.products[r]
            result.append(
                purchasing.OrderLineInput(
                    product.id, q, p, t, self._expected[r], self._line_ids[r], unit=self.grid.unit(r)
                )
            )
        return result

    def save(self, then=None) -> None:
        try:
            supplier = self.supplier_picker.party()
            if supplier is None:
                raise ValidationError(tr("Choose a supplier."))
            lines = self.lines()
        except ValidationError as exc:
            show_error(self, exc)
            return
        on, expected, note = self.on_edit.date().toPython(), self.date_value(self.expected_edit), self.note_edit.text()
        uow = self.ctx.uow

        def call(ack):
            if self.order_id is None:
                return purchasing.create_order(
                    uow,
                    supplier_id=supplier.id,
                    on=on,
                    lines=lines,
                    expected_date=expected,
                    note=note,
                    acknowledged=ack,
                )
            return purchasing.update_order(
                uow,
                self.order_id,
                supplier_id=supplier.id,
                on=on,
                lines=lines,
                expected_date=expected,
                note=note,
                version=self.detail.version if self.detail else None,
                acknowledged=ack,
            )

        def done(ref):
            self.order_id = ref.id
            self.set_clean()
            self.saved.emit(ref)
            self.reload()
            if then is not None:
                then()

        run_confirmable(self, call, done, lambda fn, ok, err: self.ctx.write(fn, ok, err, areas=AREAS))

    def _act(self, fn, *args) -> None:
        if self.order_id is None:
            return
        order_id = self.order_id

        def done(ref):
            self.saved.emit(ref)
            self.reload()

        self.ctx.write(lambda: fn(self.ctx.uow, order_id, *args), done, lambda e: show_error(self, e), areas=AREAS)

    def _on_confirm_button_clicked(self) -> None:
        if self.detail is None or self.detail.editable:
            self.save(then=lambda: self._act(purchasing.confirm_order))
        else:
            self._act(purchasing.confirm_order)

    def _on_approve_button_clicked(self) -> None:
        self._act(purchasing.approve_order)

    def _on_reject_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Reject order"), tr("Why is the order rejected?"))
        if ok:
            self._act(purchasing.reject_order, reason)

    def _on_receive_button_clicked(self) -> None:
        """F11: a new receipt of the order in its own tab (the receipt form)."""
        from .receipt_form import open_receipt

        if self.detail is not None and self.detail.state in ("confirmed", "partly_received"):
            form = open_receipt(self.ctx, order=self.detail)
            form.saved.connect(self._on_receipt_saved)
            self._dialog = form

    def _on_receipt_saved(self, ref) -> None:
        """A receipt, its return or its 红冲 was posted from a receipt form: reload."""
        if isinstance(ref, purchasing.PostedRef) and ref.number.startswith("PR"):
            self._posted("receipt", ref)
        else:
            self.reload()

    def open_receipt(self) -> None:
        """Open a posted receipt of the order (its form: print, return, 改单)."""
        from .receipt_form import open_receipt

        doc = self.choose_document("receipt")
        if doc is not None:
            form = open_receipt(self.ctx, receipt_id=doc.id)
            form.saved.connect(self._on_receipt_saved)
            self._dialog = form

    def _on_return_button_clicked(self) -> None:
        from .receive_dialog import ReturnDialog

        if self.detail is not None and self.detail.receipts:
            receipts = self.detail.receipts
            receipt = receipts[-1]
            if len(receipts) > 1:
                labels = [f"{r.number} {r.on.isoformat()}" for r in receipts]
                choice, ok = QInputDialog.getItem(
                    self, tr("Return to supplier"), tr("Receipt"), labels, len(labels) - 1, False
                )
                if not ok:
                    return
                receipt = receipts[labels.index(choice)]
            dialog = ReturnDialog(self.ctx, receipt.id, self)
            dialog.posted.connect(lambda ref: self._posted("return", ref))
            dialog.open()

    def _posted(self, kind: str, ref) -> None:
        """A receipt or return was posted from here: its note is what Print prints next."""
        self._recent[kind] = ref.id
        self._offer_print = kind
        self.reload()

    # --- printing --------------------------------------------------------------------------
    def choose_document(self, kind: str):
        """The receipt or return to print: the one just posted from here, else the only one; with
        several the user chooses (the most recent first in line)."""
        if self.detail is None:
            return None
        documents = list(self.detail.receipts if kind == "receipt" else self.detail.returns)
        if not documents:
            return None
        recent = next((d for d in documents if d.id == self._recent.get(kind)), None)
        if recent is not None:
            return recent
        if len(documents) == 1:
            return documents[0]
        labels = [f"{d.number}  {d.on.isoformat()}  {money_text(d.gross_total)}" for d in documents]
        title = tr("Print receipt note") if kind == "receipt" else tr("Print return note")
        choice, ok = QInputDialog.getItem(
            self, title, tr("Receipt") if kind == "receipt" else tr("Return"), labels, len(labels) - 1, False
        )
        return documents[labels.index(choice)] if ok and choice in labels else None

    def print_order(self) -> None:
        if self.detail is not None:
            print_document(self, self.ctx, DocKind.PURCHASE_ORDER, self.detail.id)

    def print_receipt_note(self) -> None:
        doc = self.choose_document("receipt")
        if doc is not None:
            print_document(self, self.ctx, DocKind.RECEIPT, doc.id)

    def print_return_note(self) -> None:
        doc = self.choose_document("return")
        if doc is not None:
            print_document(self, self.ctx, DocKind.PURCHASE_RETURN, doc.id)


def _purchase_order_form(ctx) -> OrderEditor:
    return OrderEditor(ctx)


register_form("purchase_order", _purchase_order_form)
