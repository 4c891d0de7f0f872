"""The purchase order editor: header, lines (quantity, price, tax and expected date editable on a
draft), execution (received / returned / late), the approval panel with its history, and the
actions the order's state and the user's role allow. Print (Ctrl+P) the order, a goods receipt note
(采购入库单) or a purchase return note — the one just posted from here, the only one, or one chosen."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import purchasing, system
from erp_desktop.services.masterdata import PartyBrief, ProductBrief
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ..context import AppContext
from ..errors import run_confirmable, show_error
from ..printing import print_document, print_shortcut
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.pickers import PartyPicker, ProductPicker
from ..widgets.remember import layout_key, remember_geometry, remember_header
from .common import AREAS, cell_decimal, date_edit, date_of, item, money_text, plain, qty_text

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


class OrderEditor(QDialog):
    """Open with ``order_id`` None for a new order."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, order_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.order_id = order_id
        self.detail: purchasing.OrderDetail | None = None
        self._line_ids: list[uuid.UUID | None] = []
        self._products: list[ProductBrief] = []
        self._recent: dict[str, uuid.UUID] = {}  # receipt / return → the one last posted from here
        self._offer_print = ""  # after posting: focus that note's Print button once reloaded
        self.setWindowTitle(tr("Purchase order"))
        self.resize(1100, 720)

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.on_edit = date_edit(self)
        self.expected_edit = date_edit(self, optional=True)
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(tr("Supplier"), self.supplier_picker)
        row = QHBoxLayout()
        row.addWidget(self.on_edit)
        row.addWidget(QLabel(tr("Expected")))
        row.addWidget(self.expected_edit)
        row.addStretch(1)
        form.addRow(tr("Date"), row)
        form.addRow(tr("Note"), self.note_edit)

        self.product_picker = ProductPicker(ctx, self)
        self.qty_edit = DecimalEdit(3, parent=self)
        self.qty_edit.setPlaceholderText(tr("Quantity"))
        self.qty_edit.setMaximumWidth(100)
        self.add_button = QPushButton(tr("Add line"), self)
        self.remove_button = QPushButton(tr("Remove line"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.product_picker, 3)
        add_row.addWidget(self.qty_edit)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        self.lines_table = QTableWidget(0, len(COLUMNS), self)
        self.lines_table.setHorizontalHeaderLabels(
            [
                tr("Product"),
                tr("Qty"),
                tr("Price"),
                tr("Tax rate"),
                tr("Expected"),
                tr("Net"),
                tr("Tax"),
                tr("Gross"),
                tr("Received"),
                tr("Returned"),
                tr("Outstanding"),
                tr("Requisitions"),
            ]
        )
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.verticalHeader().setVisible(False)
        self.lines_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        for c, w in enumerate((220, 70, 80, 55, 90, 90, 75, 90, 65, 65, 65)):
            self.lines_table.setColumnWidth(c, w)
        self.totals_label = QLabel(self)
        self.execution_label = QLabel(self)

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
        self.save_button = QPushButton(tr("Save"), self)
        from ..shell import keys

        keys.bind(self, "save", keys.click_if_usable(self.save_button), button=self.save_button)
        self.confirm_button = QPushButton(tr("Confirm order"), self)
        self.receive_button = QPushButton(tr("Receive…"), self)
        self.return_button = QPushButton(tr("Return…"), self)
        self.cancel_order_button = QPushButton(tr("Cancel order"), self)
        self.close_order_button = QPushButton(tr("Close order"), self)
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setToolTip(tr("Print the order (Ctrl+P)"))
        self.print_receipt_button = QPushButton(tr("Print receipt note"), self)
        self.print_return_button = QPushButton(tr("Print return note"), self)
        self.close_button = QPushButton(tr("Close"), self)
        buttons = QHBoxLayout()
        for b in (
            self.save_button,
            self.confirm_button,
            self.receive_button,
            self.return_button,
            self.cancel_order_button,
            self.close_order_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.print_button, self.print_receipt_button, self.print_return_button):
            buttons.addWidget(b)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.execution_label)
        layout.addWidget(self.receipts_label)
        layout.addWidget(self.approval_box)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.product_picker.picked.connect(lambda _b: self.qty_edit.setFocus())
        self.qty_edit.returnPressed.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.lines_table.itemChanged.connect(lambda _item: self._update_totals())
        self.save_button.clicked.connect(lambda: self.save())
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.submit_button.clicked.connect(lambda: self._act(purchasing.submit_order))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.receive_button.clicked.connect(self._on_receive_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.cancel_order_button.clicked.connect(lambda: self._act(purchasing.cancel_order))
        self.close_order_button.clicked.connect(lambda: self._act(purchasing.close_order))
        self.close_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.print_order)
        self.print_receipt_button.clicked.connect(self.print_receipt_note)
        self.print_return_button.clicked.connect(self.print_return_note)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._on_confirm_button_clicked)
        print_shortcut(self, self.print_order)
        keys.bind(  # F8: confirm a draft, or approve one waiting for approval
            self,
            "confirm",
            lambda: (
                keys.click_if_usable(self.confirm_button)() is not False
                or keys.click_if_usable(self.approve_button)() is not False
                or False
            ),
        )
        keys.bind(self, "post", keys.click_if_usable(self.receive_button), button=self.receive_button)  # F11
        if order_id is not None:
            self.reload()
        else:
            self._show(None)
        remember_geometry(self, ctx)
        remember_header(self.lines_table.horizontalHeader(), ctx, layout_key(self, "lines"))

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.query(
            lambda: purchasing.get_order_detail(self.ctx.uow, self.order_id), self._show, lambda e: show_error(self, e)
        )

    def _show(self, detail: purchasing.OrderDetail | None) -> None:
        self.detail = detail
        editable = detail is None or detail.editable
        if detail is None:
            self.title_label.setText(tr("New purchase order"))
        else:
            self.title_label.setText(
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
        for w in (
            self.supplier_picker,
            self.on_edit,
            self.expected_edit,
            self.note_edit,
            self.product_picker,
            self.qty_edit,
            self.add_button,
            self.remove_button,
            self.save_button,
        ):
            w.setEnabled(editable)
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.lines_table.blockSignals(True)
        self.lines_table.setRowCount(0)
        self._line_ids, self._products = [], []
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
                line.qty,
                line.price,
                line.tax_rate,
                line.expected_date,
                line.id,
                line,
            )
        self.lines_table.blockSignals(False)
        self._update_totals()
        self._show_state(detail)

    def _append(
        self,
        product: ProductBrief,
        quantity: Decimal,
        price: Decimal,
        tax_rate: Decimal,
        expected: date | None,
        line_id: uuid.UUID | None,
        line=None,
    ) -> None:
        r = self.lines_table.rowCount()
        self.lines_table.insertRow(r)
        self._line_ids.append(line_id)
        self._products.append(product)
        warn = line is not None and line.late
        values = [
            item(f"{product.code} {product.name}"),
            item(plain(quantity), editable=True, numeric=True),
            item(plain(price), editable=True, numeric=True),
            item(plain(tax_rate), editable=True, numeric=True),
            item(expected.isoformat() if expected else "", editable=True),
            item("", numeric=True),
            item("", numeric=True),
            item("", numeric=True),
            item(qty_text(line.received_qty) if line else "", numeric=True),
            item(qty_text(line.returned_qty) if line else "", numeric=True),
            item(qty_text(line.outstanding) if line else "", numeric=True),
            item(line.requisitions if line else ""),
        ]
        if warn:
            values[4].setForeground(Qt.GlobalColor.red)
            values[4].setToolTip(tr("Late: the expected date has passed and the line is not fully received."))
        for c, cell in enumerate(values):
            self.lines_table.setItem(r, c, cell)

    def _update_totals(self) -> None:
        self.lines_table.blockSignals(True)
        try:
            self._fill_amounts()
        finally:
            self.lines_table.blockSignals(False)

    def _fill_amounts(self) -> None:
        net = tax = Decimal(0)
        for r in range(self.lines_table.rowCount()):
            q, p, t = (cell_decimal(self.lines_table, r, c) for c in (1, 2, 3))
            if q is None or p is None or t is None:
                continue
            amounts = purchasing.line_amounts(q, p, t)
            for c, v in ((5, amounts.net), (6, amounts.tax), (7, amounts.gross)):
                self.lines_table.item(r, c).setText(money_text(v))
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
        if detail is None:
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
            docs = [f"{r.number} {r.on.isoformat()} {money_text(r.gross_total)} {r.where}" for r in detail.receipts]
            docs += [f"{r.number} {r.on.isoformat()} −{money_text(r.gross_total)}" for r in detail.returns]
            self.receipts_label.setText(tr("Receipts and returns: {docs}", docs="; ".join(docs)) if docs else "")
        else:
            self.execution_label.setText("")
            self.receipts_label.setText("")

    # --- editing ---------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        product = self.product_picker.product()
        quantity = self.qty_edit.value()
        if product is None or not quantity:
            show_error(self, ValidationError(tr("Pick a product and enter a quantity.")))
            return
        supplier = self.supplier_picker.party()
        on = self.on_edit.date().toPython()
        default = purchasing.default_price(self.ctx.uow, supplier.id if supplier else None, product.id, quantity, on)
        self.add_line(product, quantity, default.price)
        self.product_picker.clear()
        self.qty_edit.clear()
        self.product_picker.setFocus()

    def add_line(
        self, product: ProductBrief, quantity: Decimal, price: Decimal, tax_rate: Decimal | None = None
    ) -> None:
        self.lines_table.blockSignals(True)
        self._append(product, quantity, price, product.tax_rate if tax_rate is None else tax_rate, None, None)
        self.lines_table.blockSignals(False)
        self._update_totals()

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.lines_table.selectionModel().selectedRows()}, reverse=True)
        for r in rows:
            self.lines_table.removeRow(r)
            del self._line_ids[r]
            del self._products[r]
        self._update_totals()

    def lines(self) -> list[purchasing.OrderLineInput]:
        result = []
        for r in range(self.lines_table.rowCount()):
            q, p, t = (cell_decimal(self.lines_table, r, c) for c in (1, 2, 3))
            if q is None or p is None or t is None:
                raise ValidationError(tr("Line {line}: quantity, price and tax rate must be numbers.", line=r + 1))
            text = self.lines_table.item(r, 4).text().strip()
            try:
                expected = date.fromisoformat(text) if text else None
            except ValueError:
                raise ValidationError(
                    tr("Line {line}: the expected date must look like 2026-03-31.", line=r + 1)
                ) from None
            result.append(purchasing.OrderLineInput(self._products[r].id, q, p, t, expected, self._line_ids[r]))
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
        on, expected, note = self.on_edit.date().toPython(), date_of(self.expected_edit), self.note_edit.text()
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
        from .receive_dialog import ReceiveDialog

        if self.detail is not None:
            dialog = ReceiveDialog(self.ctx, self.detail, self)
            dialog.posted.connect(lambda ref: self._posted("receipt", ref))
            dialog.open()

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
