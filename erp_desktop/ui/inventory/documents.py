"""Stock documents: the list (filter by type, state, dates; search) and the editor for other
receipts, other issues and transfers (draft → posted; a posted document is reversed, not edited).
A posted document prints (Ctrl+P) as a stock receipt / issue note or a transfer note (调拨单);
posting from the list is Ctrl+Enter, as in the editor."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory
from erp_desktop.services.inventory import ISSUE_REASONS, KIND_LABELS, RECEIPT_REASONS, STATE_LABELS, LineInput
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ...money import ZERO, money
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..formatting import qty_text
from ..printing import add_list_print_action, print_document, print_shortcut
from ..table_models import Column, RowsTableModel
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.pickers import BinPicker, ProductPicker
from ..widgets.remember import remember_geometry
from .common import AREAS, combo, date_edit, date_of

PRINT_KINDS = {"receipt": DocKind.STOCK_IN, "issue": DocKind.STOCK_OUT, "transfer": DocKind.TRANSFER}


def print_target(row) -> tuple[str, uuid.UUID] | None:
    """(printout kind, id) of a posted stock document (a list row), else None."""
    if row.state != "posted" or row.kind not in PRINT_KINDS:
        return None
    return PRINT_KINDS[row.kind], row.id


def doc_columns() -> list[Column]:
    return [
        Column("number", tr("Document number"), width=150),
        Column("on", tr("Date"), "date", width=90),
        Column("kind_label", tr("Type"), width=90),
        Column("reason_label", tr("Reason"), sortable=False, width=100),
        Column("state_label", tr("State"), width=70),
        Column("warehouse_name", tr("Warehouse"), sortable=False, width=110),
        Column("total_value", tr("Value"), "money", width=100),
        Column("note", tr("Note"), sortable=False, width=200),
        Column("user_name", tr("User"), sortable=False, width=80),
    ]


class DocumentsPage(QWidget):
    """The list of stock documents with its filters and actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind_combo = combo(
            self, [(tr("All types"), "")] + [(tr(label), kind) for kind, label in KIND_LABELS.items()]
        )
        self.state_combo = combo(
            self,
            [(tr("All states"), "")]
            + [(tr(label), state) for state, label in STATE_LABELS.items() if state != "cancelled"],
        )
        self.from_edit = date_edit(self, optional=True)
        self.to_edit = date_edit(self, optional=True)
        self.list_page = ListPage(
            doc_columns(),
            lambda q: inventory.list_stock_docs(ctx.uow, q),
            parent=self,
            placeholder=tr("Search number, note or product…"),
        )
        page = self.list_page
        page.add_action(tr("New receipt"), lambda: self.new_document("receipt"), "Ctrl+N")
        page.add_action(tr("New issue"), lambda: self.new_document("issue"), "Ctrl+Shift+N")
        page.add_action(tr("New transfer"), lambda: self.new_document("transfer"), "Ctrl+T")
        page.add_action(tr("Open document"), self.open_current, "Ctrl+O")
        self.post_action = page.add_action(tr("Post"), self.post_current, "Ctrl+Return")
        self.reverse_action = page.add_action(tr("Reverse"), self.reverse_current, "Ctrl+R")
        page.add_action(tr("Delete draft"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.print_action = add_list_print_action(page, ctx, print_target)
        try:
            from ..widgets.export import add_export_action

            add_export_action(page, ctx, tr("Stock documents"))
        except ImportError:  # pragma: no cover - the Excel engine is optional
            pass
        page.activated.connect(lambda row: self.open_document(row.id))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Type"), self))
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(tr("State"), self))
        filters.addWidget(self.state_combo)
        filters.addWidget(QLabel(tr("From"), self))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(tr("To"), self))
        filters.addWidget(self.to_edit)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(page, 1)
        for widget in (self.kind_combo, self.state_combo):
            widget.currentIndexChanged.connect(self.apply_filters)
        for widget in (self.from_edit, self.to_edit):
            widget.dateChanged.connect(self.apply_filters)
        ctx.changed.connect(self._on_ctx_changed)
        self.last_dialog: StockDocDialog | None = None
        self.apply_filters()

    def apply_filters(self, *_args) -> None:
        filters = {
            "kind": self.kind_combo.currentData(),
            "state": self.state_combo.currentData(),
            "date_from": date_of(self.from_edit),
            "date_to": date_of(self.to_edit),
        }
        self.list_page.model.set_query(filters={k: v for k, v in filters.items() if v})

    def _on_ctx_changed(self, areas) -> None:
        if "stock" in areas:
            self.list_page.reload()

    def new_document(self, kind: str) -> StockDocDialog:
        dialog = StockDocDialog(self.ctx, kind=kind, parent=self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_document(self, doc_id: uuid.UUID) -> StockDocDialog:
        dialog = StockDocDialog(self.ctx, doc_id=doc_id, parent=self)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.open_document(row.id)

    def post_current(self) -> None:
        row = self.list_page.current_row()
        if row is None or row.state != "draft":
            return
        run_confirmable(
            self,
            lambda ack: inventory.post_stock_doc(self.ctx.uow, row.id, acknowledged=ack),
            self._posted,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )

    def reverse_current(self) -> None:
        row = self.list_page.current_row()
        if row is None or row.state != "posted":
            return
        if not ask(self, tr("Reverse {number}? A reversing document is posted at once.", number=row.number)):
            return
        run_confirmable(
            self,
            lambda ack: inventory.reverse_stock_doc(self.ctx.uow, row.id, acknowledged=ack),
            self._posted,
            lambda fn, done, failed: self.ctx.write(fn, done, failed, areas=AREAS),
        )

    def delete_current(self) -> None:
        row = self.list_page.current_row()
        if row is None or row.state != "draft":
            return
        if ask(self, tr("Delete this draft?")):
            self.ctx.write(
                lambda: inventory.delete_stock_doc(self.ctx.uow, row.id),
                lambda _r: None,
                lambda exc: show_error(self, exc),
                areas={"stock"},
            )

    def _posted(self, result) -> None:
        self.last_result = result
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Posted {number}", number=result.number), 5000)


# --- the editor -------------------------------------------------------------------------------
@dataclass(frozen=True)
class EditLine:
    product_id: uuid.UUID
    product_code: str
    product_name: str
    qty: Decimal
    unit_cost: Decimal | None
    from_location_id: uuid.UUID | None
    from_label: str
    to_location_id: uuid.UUID | None
    to_label: str
    value: Decimal | None = None

    @property
    def amount(self) -> Decimal | None:
        if self.value is not None:
            return self.value
        return money(self.qty * self.unit_cost) if self.unit_cost is not None else None


class StockDocDialog(QDialog):
    """Edit a draft (header, lines) and post it; a posted document is shown read-only with a
    Reverse button."""

    def __init__(
        self, ctx: AppContext, *, kind: str = "receipt", doc_id: uuid.UUID | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.doc_id = doc_id
        self.version: int | None = None
        self.state = "draft"
        self.lines: list[EditLine] = []
        self.resize(980, 600)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.reason_combo = combo(self, [])
        self.date_edit = date_edit(self)
        self.note_edit = QLineEdit(self)
        self.source_picker = BinPicker(ctx, self)
        self.target_picker = BinPicker(ctx, self)
        self.product_picker = ProductPicker(ctx, self)
        self.qty_edit = DecimalEdit(3, allow_empty=True, parent=self)
        self.qty_edit.setPlaceholderText(tr("Qty"))
        self.qty_edit.setMaximumWidth(90)
        self.cost_edit = DecimalEdit(6, allow_empty=True, parent=self)
        self.cost_edit.setPlaceholderText(tr("Unit cost"))
        self.cost_edit.setMaximumWidth(110)
        self.add_button = QPushButton(tr("Add line"), self)
        self.remove_button = QPushButton(tr("Remove line"), self)
        self.lines_model = RowsTableModel(self._columns(), parent=self)
        self.lines_view = QTableView(self)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.total_label = QLabel(self)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(tr("Save draft"), QDialogButtonBox.ButtonRole.ActionRole)
        self.post_button = self.buttons.addButton(tr("Post"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reverse_button = self.buttons.addButton(tr("Reverse"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(tr("Print the posted document (Ctrl+P)"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        from ..shell import keys

        keys.bind(self, "save", keys.click_if_usable(self.save_button), button=self.save_button)
        keys.bind(self, "post", keys.click_if_usable(self.post_button), button=self.post_button)
        self.post_button.setShortcut(QKeySequence("Ctrl+Return"))
        self._layout()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.qty_edit.returnPressed.connect(self._on_add_button_clicked)
        self.cost_edit.returnPressed.connect(self._on_add_button_clicked)
        self.product_picker.picked.connect(self._on_product_picker_picked)
        self.save_button.clicked.connect(self.save)
        self.post_button.clicked.connect(self.post)
        self.reverse_button.clicked.connect(self.reverse)
        self.print_button.clicked.connect(self.print_posted)
        self.close_button.clicked.connect(self.reject)
        print_shortcut(self, self.print_posted)
        delete = QAction(self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self._on_remove_button_clicked)
        self.lines_view.addAction(delete)
        if doc_id is not None:
            self.load()
        else:
            self._apply_kind()
        remember_geometry(self, ctx)

    def keyPressEvent(self, event) -> None:
        # Enter adds a line (scanner, quantity box); posting is Ctrl+Enter, never a bare Enter
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- building -----------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        columns = [
            Column("product_code", tr("Code"), width=100),
            Column("product_name", tr("Product"), width=180),
            Column("qty", tr("Quantity"), "qty", width=80),
        ]
        if self.kind in ("issue", "transfer"):
            columns.append(Column("from_label", tr("From bin"), width=150))
        if self.kind in ("receipt", "transfer"):
            columns.append(Column("to_label", tr("To bin"), width=150))
        columns += [
            Column("unit_cost", tr("Unit cost"), "price", width=90),
            Column("amount", tr("Value"), "money", width=100),
        ]
        return columns

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Reason"), self.reason_combo)
        form.addRow(tr("Date"), self.date_edit)
        self.source_label = QLabel(tr("From"), self)
        self.target_label = QLabel(tr("To"), self)
        form.addRow(self.source_label, self.source_picker)
        form.addRow(self.target_label, self.target_picker)
        form.addRow(tr("Note"), self.note_edit)
        self.form = form
        entry = QHBoxLayout()
        entry.addWidget(self.product_picker, 3)
        entry.addWidget(self.qty_edit)
        entry.addWidget(self.cost_edit)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        self.entry_box = QGroupBox(tr("Add a line (scan or type the product, quantity, Enter)"), self)
        self.entry_box.setLayout(entry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addWidget(self.entry_box)
        layout.addWidget(self.lines_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info_label, 1)
        bottom.addWidget(self.total_label)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

    def _apply_kind(self) -> None:
        titles = {"receipt": tr("Other receipt"), "issue": tr("Other issue"), "transfer": tr("Transfer")}
        number = getattr(self, "number", "")
        self.setWindowTitle(titles[self.kind] + (f" {number}" if number else ""))
        state = tr(STATE_LABELS.get(self.state, self.state))
        self.title_label.setText(
            f"{titles[self.kind]}  {number}  [{state}]" if number else f"{titles[self.kind]}  [{state}]"
        )
        reasons = RECEIPT_REASONS if self.kind == "receipt" else ISSUE_REASONS if self.kind == "issue" else {}
        current = self.reason_combo.currentData()
        self.reason_combo.clear()
        if reasons:  # no reason is pre-chosen: it decides the account booked against the stock
            self.reason_combo.addItem(tr("— choose a reason —"), "")
        for key, label in reasons.items():
            self.reason_combo.addItem(tr(label), key)
        if current is not None and self.reason_combo.findData(current) >= 0:
            self.reason_combo.setCurrentIndex(self.reason_combo.findData(current))
        self.reason_combo.setVisible(bool(reasons))
        self.form.labelForField(self.reason_combo).setVisible(bool(reasons))
        self.source_picker.setVisible(self.kind in ("issue", "transfer"))
        self.source_label.setVisible(self.kind in ("issue", "transfer"))
        self.target_picker.setVisible(self.kind in ("receipt", "transfer"))
        self.target_label.setVisible(self.kind in ("receipt", "transfer"))
        self.cost_edit.setVisible(self.kind == "receipt")
        self.lines_model.set_columns(self._columns())
        editable = self.state == "draft"
        for widget in (self.reason_combo, self.date_edit, self.note_edit, self.source_picker, self.target_picker):
            widget.setEnabled(editable)
        self.entry_box.setVisible(editable)
        self.save_button.setVisible(editable)
        self.post_button.setVisible(editable)
        self.reverse_button.setVisible(
            self.state == "posted" and not getattr(self, "reversed", False) and not getattr(self, "is_reversal", False)
        )
        self.print_button.setVisible(self.state == "posted")
        self.print_button.setEnabled(self.state == "posted" and self.doc_id is not None)
        self._refresh_lines()
        if editable:
            self.product_picker.setFocus()
        elif self.state == "posted":
            self.print_button.setFocus()  # posted: printing the note is what comes next

    def _refresh_lines(self) -> None:
        self.lines_model.set_rows(self.lines)
        known = [line.amount for line in self.lines if line.amount is not None]
        total = sum(known, ZERO)
        self.total_label.setText(
            tr("{count} lines, value {value}", count=len(self.lines), value=f"{total:,.2f}")
            + ("" if len(known) == len(self.lines) else " " + tr("(+ lines at average cost)"))
        )

    # --- lines --------------------------------------------------------------------------------
    def _on_product_picker_picked(self, brief) -> None:
        if self.kind in ("issue", "transfer"):
            self._show_bin_stock(brief)
        if self.kind == "receipt" and not self.cost_edit.text().strip():
            reason = self.reason_combo.currentData()

            def done(stock) -> None:
                average = stock.avg_cost if stock.on_hand > 0 else ZERO
                default = (
                    (brief.purchase_price or average) if reason == "opening" else (average or brief.purchase_price)
                )
                if not self.cost_edit.text().strip():
                    self.cost_edit.setValue(default)

            self.ctx.query(lambda: inventory.product_stock(self.ctx.uow, brief.id), done, lambda exc: None)
        self.qty_edit.setFocus()
        self.qty_edit.selectAll()

    def _on_add_button_clicked(self) -> None:
        brief = self.product_picker.product()
        if brief is None:
            self.product_picker.setFocus()
            return
        quantity = self.qty_edit.value()
        if quantity is None or quantity <= ZERO:
            QMessageBox.warning(self, tr("Cannot do that"), tr("Enter a quantity greater than zero."))
            self.qty_edit.setFocus()
            return
        cost = self.cost_edit.value() if self.kind == "receipt" else None
        source = self.source_picker.bin_id() if self.kind in ("issue", "transfer") else None
        target = self.target_picker.bin_id() if self.kind in ("receipt", "transfer") else None
        if self.kind == "transfer" and source == target:
            QMessageBox.warning(
                self, tr("Cannot do that"), tr("A transfer needs a target bin different from its source.")
            )
            return
        if self.kind in ("issue", "transfer") and self.source_picker.warehouse_id() is not None:
            self._add_picked(brief, quantity, source, target)
        else:
            self.lines.append(
                EditLine(
                    brief.id,
                    brief.code,
                    brief.name,
                    quantity,
                    cost,
                    source,
                    _label(self.source_picker),
                    target,
                    _label(self.target_picker),
                )
            )
        self._refresh_lines()
        self.product_picker.clear()
        self.qty_edit.clear()
        self.cost_edit.clear()
        self.product_picker.setFocus()

    def _show_bin_stock(self, brief) -> None:
        """The source bin list says what each bin holds of the picked product ("A-04 (53)")."""
        warehouse_id = self.source_picker.warehouse_id()
        if warehouse_id is None:
            return
        held = {b.location_id: b.qty for b in inventory.bin_stock(self.ctx.uow, warehouse_id, [brief.id])[brief.id]}
        combo = self.source_picker.bin_combo
        for i in range(combo.count()):
            label = combo.itemText(i).split("  [")[0]
            combo.setItemText(i, f"{label}  [{qty_text(held.get(combo.itemData(i), ZERO))}]")

    def _add_picked(self, brief, quantity: Decimal, source, target) -> None:
        """Issue / transfer: the chosen bin when it holds the quantity, else the bins of the
        warehouse that hold the product (split, capped at what is there; never the target)."""
        warehouse_id, uow = self.source_picker.warehouse_id(), self.ctx.uow
        taken: dict = {}  # what lines already on this document take from each bin
        for line in self.lines:
            if line.product_id == brief.id and line.from_location_id is not None:
                taken[line.from_location_id] = taken.get(line.from_location_id, ZERO) + line.qty
        stock = inventory.bin_stock(uow, warehouse_id, [brief.id])  # a few indexed rows: read at once
        held = [
            inventory.BinQty(b.location_id, b.code, b.name, b.qty - taken.get(b.location_id, ZERO))
            for b in stock.get(brief.id, [])
            if b.location_id != target
        ]
        held = sorted((b for b in held if b.qty > ZERO), key=lambda b: -b.qty)
        chosen = next((b for b in held if b.location_id == source), None)
        if chosen is not None and chosen.qty >= quantity:
            picks = [inventory.Pick(chosen.location_id, chosen.code, quantity)]
        else:
            picks = list(inventory.split_picks(held, quantity))
        picked = sum((p.qty for p in picks), ZERO)
        self.info_label.setText(
            ""
            if picked >= quantity
            else tr(
                "{code}: only {qty} in this warehouse; the line takes what is there.",
                code=brief.code,
                qty=qty_text(picked),
            )
        )
        if not picks:  # nothing there: keep the chosen bin, posting says what is missing
            picks = [inventory.Pick(source, "", quantity)]
        warehouse_label = self.source_picker.warehouse_combo.currentText()
        for pick in picks:
            label = f"{warehouse_label} / {pick.bin_code}" if pick.bin_code else _label(self.source_picker)
            self.lines.append(
                EditLine(
                    brief.id,
                    brief.code,
                    brief.name,
                    pick.qty,
                    None,
                    pick.location_id,
                    label,
                    target,
                    _label(self.target_picker),
                )
            )

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.lines_view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.lines_view.currentIndex().isValid():
            rows = [self.lines_view.currentIndex().row()]
        for row in rows:
            if 0 <= row < len(self.lines):
                del self.lines[row]
        self._refresh_lines()

    def line_inputs(self) -> list[LineInput]:
        return [LineInput(l.product_id, l.qty, l.unit_cost, l.from_location_id, l.to_location_id) for l in self.lines]

    # --- actions ------------------------------------------------------------------------------
    def _header(self) -> dict:
        warehouse = (self.target_picker if self.kind == "receipt" else self.source_picker).warehouse_id()
        return dict(
            kind=self.kind,
            reason=self.reason_combo.currentData() or "",
            on=self.date_edit.date().toPython(),
            warehouse_id=warehouse,
            note=self.note_edit.text().strip(),
            lines=self.line_inputs(),
        )

    def save(self) -> None:
        header = self._header()
        doc_id, version = self.doc_id, self.version

        def done(new_id) -> None:
            self.doc_id = new_id
            self.load()

        self.ctx.write(
            lambda: inventory.save_stock_doc(self.ctx.uow, doc_id, version=version, **header),
            done,
            lambda exc: show_error(self, exc),
            areas={"stock"},
        )

    def post(self) -> None:
        header = self._header()
        doc_id, version = self.doc_id, self.version

        def call(ack):
            if doc_id is None:
                return inventory.create_and_post(self.ctx.uow, acknowledged=ack, **header)
            inventory.save_stock_doc(self.ctx.uow, doc_id, version=version, **header)
            return inventory.post_stock_doc(self.ctx.uow, doc_id, acknowledged=ack)

        def done(result) -> None:
            self.doc_id = result.id
            self.posted_result = result
            self.load()

        run_confirmable(self, call, done, lambda fn, ok, failed: self.ctx.write(fn, ok, failed, areas=AREAS))

    def reverse(self) -> None:
        if self.doc_id is None or not ask(
            self, tr("Reverse {number}? A reversing document is posted at once.", number=self.number)
        ):
            return
        doc_id = self.doc_id

        def done(result) -> None:
            self.reversal_result = result
            self.load()

        run_confirmable(
            self,
            lambda ack: inventory.reverse_stock_doc(self.ctx.uow, doc_id, acknowledged=ack),
            done,
            lambda fn, ok, failed: self.ctx.write(fn, ok, failed, areas=AREAS),
        )

    def print_posted(self) -> None:
        """Preview the posted document's printout (a draft is not printed from here)."""
        if self.state != "posted" or self.doc_id is None or self.kind not in PRINT_KINDS:
            return
        print_document(self, self.ctx, PRINT_KINDS[self.kind], self.doc_id)

    def load(self) -> None:
        doc_id = self.doc_id
        self.ctx.query(
            lambda: inventory.get_stock_doc(self.ctx.uow, doc_id), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, detail) -> None:
        doc = detail.doc
        self.kind, self.state, self.version, self.number = doc.kind, doc.state, detail.version, doc.number
        self.reversed = doc.reversed_by_id is not None
        self.is_reversal = doc.reversal_of_id is not None
        self.reason_combo.clear()
        self.reason_combo.addItem("", doc.reason)  # keeps the reason through _apply_kind
        self.reason_combo.setCurrentIndex(0)
        self.date_edit.setDate(doc.on)
        self.note_edit.setText(doc.note)
        self.lines = [
            EditLine(
                l.product_id,
                l.product_code,
                l.product_name,
                l.qty,
                l.unit_cost,
                l.from_location_id,
                l.from_label,
                l.to_location_id,
                l.to_label,
                l.value if doc.state == "posted" else None,
            )
            for l in detail.lines
        ]
        if detail.lines and doc.state == "draft":
            first = detail.lines[0]
            if first.from_location_id:
                self.source_picker.set_bin(first.from_location_id)
            if first.to_location_id:
                self.target_picker.set_bin(first.to_location_id)
        info = []
        if detail.reversal_of_number:
            info.append(tr("Reverses {number}.", number=detail.reversal_of_number))
        if detail.reversed_by_number:
            info.append(tr("Reversed by {number}.", number=detail.reversed_by_number))
        self.info_label.setText(" ".join(info))
        self._apply_kind()


def _label(picker: BinPicker) -> str:
    return f"{picker.warehouse_combo.currentText()} / {picker.bin_combo.currentText()}"
