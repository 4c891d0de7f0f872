"""Stock counts (盘点): the list, creating a count, and the count screen made for a barcode
scanner — the scan box keeps the focus; each code + Enter adds one (``3*code`` or the quantity
box adds more); an unknown code beeps, flashes red and goes to a visible list; variances and
their value are shown as you count; Post turns them into gain/loss adjustments. A serial-tracked
product is counted by scanning each unit's serial number (it counts one of its product and shows on
the line; a serial scanned twice is refused); posting reconciles the serials by itself — the missing
ones leave stock, the ones found enter it — so only lines counted without their serials ask for them. The count sheet
(盘点表: lines in walking order with a barcode each) prints from the list or the count screen (Ctrl+P).
Variants count as a matrix: a template's code + Enter in the scan box, or F7 (with part of its
code or nothing), opens its 颜色 × 尺码 grid; the cells typed are added to the bin's count."""

from __future__ import annotations

import uuid
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ...money import ZERO, NotANumber, parse_decimal
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..formatting import money_text
from ..forms import DocumentForm, register_form
from ..forms.matrix import MATRIX_KEY, choose_template, enter_matrix, find_template
from ..printing import add_list_print_action, print_document
from ..table_models import Column, RowsTableModel
from ..widgets.date_edit import py_date
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.list_page import ListPage
from ..widgets.remember import layout_key, remember_geometry, remember_header, remember_splitter
from .common import AREAS, date_edit


def count_columns() -> list[Column]:
    return [
        Column("number", tr("Count number"), width=150),
        Column("on", tr("Date"), "date", width=90),
        Column("warehouse_name", tr("Warehouse"), sortable=False, width=110),
        Column("scope", tr("Scope"), sortable=False, width=180),
        Column("state_label", tr("State"), width=70),
        Column("line_count", tr("Lines"), sortable=False, width=60),
        Column("counted_count", tr("Counted"), sortable=False, width=70),
        Column("gain_value", tr("Gain"), "money", sortable=False, width=90),
        Column("loss_value", tr("Loss"), "money", sortable=False, width=90),
        Column("note", tr("Note"), sortable=False),
    ]


class CountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.list_page = ListPage(
            count_columns(),
            lambda q: inventory.list_counts(ctx.uow, q),
            parent=self,
            placeholder=tr("Search number or note…"),
        )
        self.list_page.add_action(tr("New count"), self.new_count, "Ctrl+N")
        self.list_page.add_action(tr("Open count"), self.open_current, "Ctrl+O")
        self.list_page.add_action(tr("Cancel count"), self.cancel_current)
        self.print_action = add_list_print_action(
            self.list_page,
            ctx,
            lambda row: (DocKind.STOCK_COUNT, row.id) if row.state != "cancelled" else None,
            tr("Print count sheet…"),
        )
        try:
            from ..widgets.export import add_export_action

            add_export_action(self.list_page, ctx, tr("Stock counts"))
        except ImportError:  # pragma: no cover
            pass
        self.list_page.activated.connect(lambda row: self.open_count(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page)
        ctx.changed.connect(self._on_ctx_changed)
        self.last_screen: CountForm | None = None
        self.last_new_dialog: NewCountDialog | None = None
        self.list_page.reload()

    def _on_ctx_changed(self, areas) -> None:
        if "stock" in areas:
            self.list_page.reload()

    def new_count(self) -> NewCountDialog:
        """Ctrl+N: choose the warehouse and bins (Enter takes them all), then count in its form."""
        dialog = open_new_count(self.ctx, self)
        dialog.created.connect(lambda _row: setattr(self, "last_screen", dialog.form))
        self.last_new_dialog = dialog
        return dialog

    def open_count(self, count_id: uuid.UUID) -> CountForm:
        """The count's form in its own tab (brought forward when open already)."""
        screen = open_count_form(self.ctx, count_id)
        self.last_screen = screen
        return screen

    def open_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.open_count(row.id)

    def cancel_current(self) -> None:
        row = self.list_page.current_row()
        if row is None or row.state != "draft" or not ask(self, tr("Cancel stock count {number}?", number=row.number)):
            return
        self.ctx.write(
            lambda: inventory.cancel_count(self.ctx.uow, row.id),
            lambda _r: None,
            lambda exc: show_error(self, exc),
            areas={"stock"},
        )


class NewCountDialog(QDialog):
    """Choose the warehouse, the bins (all or some), optionally a category; freeze or not."""

    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form: CountForm | None = None  # the count's form, once created
        self.setWindowTitle(tr("New stock count"))
        self.resize(460, 460)
        self.warehouse_combo = QComboBox(self)
        self.bins_list = QListWidget(self)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(tr("All categories"), None)
        self.freeze_check = QCheckBox(tr("Freeze the bins while counting (no stock moves in or out)"), self)
        self.date_edit = date_edit(self)
        self.note_edit = QLineEdit(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create and snapshot"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Warehouse"), self.warehouse_combo)
        form.addRow(tr("Bins"), self.bins_list)
        form.addRow(tr("Category"), self.category_combo)
        form.addRow(tr("Date"), self.date_edit)
        form.addRow(tr("Note"), self.note_edit)
        form.addRow(self.freeze_check)
        form.addRow(buttons)
        self._warehouses: list = []
        self.warehouse_combo.currentIndexChanged.connect(self._fill_bins)
        from erp_desktop.services import masterdata  # before the queries: a synchronous runner calls them at once

        ctx.query(lambda: masterdata.list_warehouses(ctx.uow), self._set_warehouses)
        ctx.query(lambda: masterdata.list_categories(ctx.uow), self._set_categories, lambda exc: None)
        remember_geometry(self, ctx)

    def _set_warehouses(self, rows) -> None:
        self._warehouses = rows
        self.warehouse_combo.clear()
        for w in rows:
            self.warehouse_combo.addItem(w.label, w.id)
        self._fill_bins()

    def _set_categories(self, rows) -> None:
        for c in rows:
            self.category_combo.addItem("    " * c.depth + c.name, c.id)

    def _fill_bins(self, *_args) -> None:
        self.bins_list.clear()
        warehouse = next((w for w in self._warehouses if w.id == self.warehouse_combo.currentData()), None)
        for b in warehouse.bins if warehouse else ():
            item = QListWidgetItem(f"{b.code} {b.name}".strip() if b.name != b.code else b.code)
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.bins_list.addItem(item)

    def checked_bins(self) -> list[uuid.UUID]:
        return [
            self.bins_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.bins_list.count())
            if self.bins_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_buttons_accepted(self) -> None:  # not ``create``: that is QWidget's own method
        warehouse_id = self.warehouse_combo.currentData()
        bins = self.checked_bins()
        all_bins = self.bins_list.count() == len(bins)
        create = partial(  # the form read here, on the GUI thread
            inventory.create_count,
            self.ctx.uow,
            warehouse_id=warehouse_id,
            on=py_date(self.date_edit.date()),
            category_id=self.category_combo.currentData(),
            bin_ids=None if all_bins else bins,
            freeze=self.freeze_check.isChecked(),
            note=self.note_edit.text().strip(),
        )
        if not bins:
            QMessageBox.warning(self, tr("Cannot do that"), tr("Choose at least one bin."))
            return

        def done(row) -> None:
            self.accept()
            self.form = open_count_form(self.ctx, row.id)
            self.created.emit(row)

        self.ctx.write(
            create,
            done,
            lambda exc: show_error(self, exc),
            areas={"stock"},
        )


def line_columns() -> list[Column]:
    def off(row) -> bool:
        return row.variance is not None and row.variance != 0

    return [
        Column("bin_code", tr("Bin"), width=70),
        Column("product_code", tr("Code"), width=110),
        Column("product_name", tr("Product"), width=200),
        Column("unit", tr("Unit"), width=50),
        Column("book_qty", tr("Book (snapshot)"), "qty", width=110),
        Column("counted_qty", tr("Counted"), "qty", width=80),
        Column("variance", tr("Variance"), "qty", width=80, warn=off),
        Column("avg_cost", tr("Average cost"), "price", width=90),
        Column("variance_value", tr("Variance value"), "money", width=110, warn=off),
        Column("serials_text", tr("Serial numbers"), sortable=False, width=160),
    ]


class CountForm(DocumentForm):
    """Counting one stock count by scanner or keyboard, as a document form in its own tab: the
    scan field keeps the focus; ``code`` + Enter adds one, ``3*code`` (or the quantity box) adds
    three, ``=12*code`` sets the count to 12. F11 posts, Ctrl+P prints the count sheet, Ctrl+N
    starts another count, Esc closes the tab."""

    kind = "stock_count"

    def __init__(self, ctx: AppContext, count_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.doc_id = count_id
        self.detail = None
        self.post_result = None
        self.count_lots: dict = {}  # (product, bin) → the lots / serials of its variance
        self._lots_to_enter: list = []
        self.lot_dialog: QDialog | None = None
        self.set_title(tr("Stock count"))
        self.header_label = self.info_label
        self.bin_combo = QComboBox(self)
        self.bin_combo.setMinimumContentsLength(10)
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setPlaceholderText(
            tr("Scan a barcode or type a code, Enter (3*code adds three, =12*code sets the count to 12)")
        )
        font = QFont(self.scan_edit.font())
        font.setPointSize(font.pointSize() + 5)
        self.scan_edit.setFont(font)
        self.scan_edit.setMinimumWidth(380)
        self.qty_edit = DecimalEdit(3, minimum=None, allow_empty=True, parent=self)
        self.qty_edit.setPlaceholderText(tr("Qty (1)"))
        self.qty_edit.setMaximumWidth(90)
        self.last_label = QLabel(tr("Ready to scan."), self)
        self.last_label.setMinimumHeight(30)
        self.last_label.setStyleSheet(_STYLE_IDLE)
        self.lines_model = RowsTableModel(line_columns(), parent=self)
        self.lines_view = QTableView(self)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        for i, c in enumerate(self.lines_model.columns):
            self.lines_view.setColumnWidth(i, c.width)
        self.lines_view.doubleClicked.connect(self._on_lines_view_double_clicked)
        self.unknown_title = QLabel(tr("Unknown codes"), self)
        self.unknown_list = QListWidget(self)
        self.unknown_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.count_totals_label = QLabel(self)
        self.zero_check = QCheckBox(tr("Treat products not counted as zero"), self)
        self.zero_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.post_button = self.add_button(tr("Post count"), self.post, "post")
        self.set_button = self.add_button(tr("Set quantity…"), self.set_current_quantity)
        self.cancel_count_button = self.add_button(tr("Cancel count"), self.cancel_count)
        self.phone_button = self.add_button(tr("Count with a phone…"), self.open_phone)
        self.phone_button.setToolTip(tr("Show a QR code: phones on the shop's Wi-Fi scan into this count"))
        self.print_button = self.add_button(tr("Print count sheet…"), self.print_sheet, "print_", print_row=True)
        self.print_button.setToolTip(tr("The count sheet to count on paper (Ctrl+P)"))
        self.print_button.setEnabled(False)  # until the count is loaded
        self.close_button = self.add_button(tr("Close"), self.close_form, print_row=True)
        for button in (
            self.post_button,
            self.set_button,
            self.cancel_count_button,
            self.phone_button,
            self.print_button,
            self.close_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner's Enter never reaches a button
            button.setAutoDefault(False)
        self.phone_dialog = None
        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.bin_combo.currentIndexChanged.connect(lambda _i: self.scan_edit.setFocus())
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Bin"), self))
        top.addWidget(self.bin_combo)
        top.addWidget(QLabel(tr("Scan"), self))
        top.addWidget(self.scan_edit, 1)
        top.addWidget(QLabel(tr("Qty"), self))
        top.addWidget(self.qty_edit)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unknown_title)
        side_layout.addWidget(self.unknown_list, 1)
        splitter = QSplitter(self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.lines_view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_totals_label, 1)
        bottom.addWidget(self.zero_check)
        self.body.addLayout(top)
        self.body.addWidget(self.last_label)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(bottom)
        self.totals_label.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.last_label.setStyleSheet(_STYLE_IDLE))
        self.results: list[inventory.ScanResult] = []
        if count_id is not None:
            self.reload()
        self.scan_edit.setFocus()
        remember_header(self.lines_view.horizontalHeader(), ctx, layout_key(self, "lines"))

    @property
    def count_id(self) -> uuid.UUID:
        assert self.doc_id is not None, "the form shows no count yet"
        return self.doc_id

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # a scanner ends every code with Enter: never let it reach a button
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if event.key() == MATRIX_KEY:  # F7: count a template's variants as a 颜色 × 尺码 matrix
            event.accept()
            self.count_by_matrix(self.scan_edit.text())
            return
        super().keyPressEvent(event)

    def count_by_matrix(self, text: str = "", *, exact: bool = False) -> int:
        """Count a template's variants in the current bin by typing a matrix: each non-zero cell
        adds its quantity to the variant's count, in one write. Returns how many cells."""
        try:
            template = find_template(self.ctx, text) if exact else choose_template(self.ctx, text, self)
            entered = enter_matrix(self.ctx, template, self) if template is not None else []
        except Exception as error:
            show_error(self, error)
            return 0
        self.scan_edit.clear()
        self.scan_edit.setFocus()
        if not entered:
            return 0
        count_id, bin_id, uow = self.count_id, self.bin_combo.currentData(), self.ctx.uow
        texts = [f"{qty.normalize():f}*{brief.code}" for brief, qty in entered]

        def done(results) -> None:
            self.results.extend(results)
            total = sum((r.qty_added for r in results), Decimal(0))
            self._flash(tr("Matrix: {n} variants, +{qty}", n=len(results), qty=f"{total.normalize():f}"), ok=True)
            self.reload()

        self.ctx.write(lambda: inventory.scan_codes(uow, count_id, bin_id, texts), done, lambda e: show_error(self, e))
        return len(entered)

    # --- the keyboard contract ----------------------------------------------------------------
    def new_document(self) -> None:
        """Ctrl+N: another count (its warehouse and bins chosen first)."""
        open_new_count(self.ctx, self)

    def print_(self) -> None:
        self.print_sheet()

    def refresh(self) -> None:
        if self.doc_id is not None:
            self.reload()

    def focus_search(self) -> None:
        self.scan_edit.setFocus()

    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        self.reload()

    def close_requested(self) -> bool:
        """A count saves every scan as it is booked: nothing to ask; its phones are let go."""
        self.end_phone_session()
        return True

    # --- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        count_id = self.count_id
        self.ctx.query(
            lambda: inventory.get_count(self.ctx.uow, count_id), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, detail) -> None:
        self.detail = detail
        c = detail.count
        self.set_title(c.number)
        self.state_label.setText(f"[{c.state_label}]")
        self.header_label.setText(
            f"{c.warehouse_name}  ·  {c.scope}" + ("  ·  " + tr("bins frozen") if c.frozen else "")
        )
        if self.bin_combo.count() != len(detail.bins):
            keep = self.bin_combo.currentData()
            self.bin_combo.blockSignals(True)
            self.bin_combo.clear()
            for b in detail.bins:
                self.bin_combo.addItem(f"{b.code} {b.name}".strip() if b.name and b.name != b.code else b.code, b.id)
            index = self.bin_combo.findData(keep)
            self.bin_combo.setCurrentIndex(index if index >= 0 else 0)
            self.bin_combo.blockSignals(False)
        self.lines_model.set_rows(detail.lines)
        self.unknown_list.clear()
        for u in detail.unknown:
            item = QListWidgetItem(tr("{code} — bin {bin}, scanned {hits}×", code=u.code, bin=u.bin_code, hits=u.hits))
            item.setForeground(Qt.GlobalColor.red)
            self.unknown_list.addItem(item)
        self.unknown_title.setText(tr("Unknown codes ({count})", count=len(detail.unknown)))
        self.unknown_title.setStyleSheet("color: #c62828; font-weight: bold;" if detail.unknown else "")
        counted = sum(1 for l in detail.lines if l.counted_qty is not None)
        self.count_totals_label.setText(
            tr(
                "{counted} of {lines} lines counted · gain {gain} · loss {loss}",
                counted=counted,
                lines=len(detail.lines),
                gain=money_text(detail.gain_total),
                loss=money_text(detail.loss_total),
            )
        )
        draft = c.state == "draft"
        for widget in (
            self.scan_edit,
            self.qty_edit,
            self.bin_combo,
            self.post_button,
            self.set_button,
            self.cancel_count_button,
            self.zero_check,
            self.phone_button,
        ):
            widget.setEnabled(draft)
        if not draft:
            self.end_phone_session()  # posted or cancelled: the phones get nothing more
        self.print_button.setEnabled(c.state != "cancelled")
        if draft:
            self.scan_edit.setFocus()

    def print_sheet(self) -> None:
        if self.detail is None or self.detail.count.state == "cancelled":
            return
        print_document(self, self.ctx, DocKind.STOCK_COUNT, self.count_id)

    # --- phones -------------------------------------------------------------------------------
    def open_phone(self):
        """用手机盘点: open a phone session for this count and show its QR code."""
        from .phone import PhoneDialog

        if self.phone_dialog is None:
            dialog = PhoneDialog(self.ctx, self.count_id, self)
            dialog.bridge.scanned.connect(self._phone_scanned)
            self.phone_dialog = dialog
        if self.phone_dialog.start():
            self.phone_dialog.show()
            self.phone_dialog.raise_()
        return self.phone_dialog

    def _phone_scanned(self, count_id, outcome) -> None:
        """A phone's scan was booked (on the server's thread): show it as if scanned here."""
        if count_id != self.count_id:
            return
        if outcome.status == "unknown":
            QApplication.beep()
        self._flash(f"{outcome.phone or tr('Mobile phone')}: {outcome.message}", ok=outcome.status == "ok")
        self.reload()

    def end_phone_session(self) -> None:
        dialog = self.phone_dialog
        if dialog is not None and dialog.session is not None:
            dialog.hub.close(dialog.session.key)
            dialog.hide()

    # --- scanning -----------------------------------------------------------------------------
    def _on_scan_edit_return_pressed(self) -> None:
        text = self.scan_edit.text().strip()
        if text and "*" not in text and find_template(self.ctx, text) is not None:
            if inventory_product_unknown(self.ctx, text):  # a template's code, no product's
                self.count_by_matrix(text, exact=True)
                return
        self.scan_edit.clear()
        self.scan_edit.setFocus()
        if not text:
            return
        bin_id = self.bin_combo.currentData()
        quantity = self.qty_edit.value() if self.qty_edit.text().strip() else None
        self._book_scan(text, bin_id, quantity, frozenset())

    def _book_scan(self, text: str, bin_id, quantity, acknowledged: frozenset[str]) -> None:
        count_id, uow = self.count_id, self.ctx.uow
        self._pending = (text, bin_id, quantity)
        mode = "add"
        if text.startswith("="):  # =12*code: the count is 12, whatever was scanned before
            mode, text = "set", text[1:].strip()
        self.ctx.write(
            lambda: inventory.scan_count(uow, count_id, bin_id, text, quantity, acknowledged=acknowledged, mode=mode),
            self._scanned,
            self._scan_failed,
        )

    def _shelved_elsewhere(self, exc) -> None:
        """The product is on the books in another bin: say so (amber) and let the user switch
        to that bin or count it here anyway; nothing is booked until they choose."""
        text, bin_id, quantity = self._pending
        QApplication.beep()
        self.last_label.setText(exc.message)
        self.last_label.setStyleSheet(_STYLE_WARN)
        self._flash_timer.start(6000)
        target = next((b for b in exc.bins if b[0] in exc.in_count), None)
        choice = self.ask_other_bin(exc.message, target[1] if target else None)
        if choice == "switch" and target is not None:
            index = next((i for i in range(self.bin_combo.count()) if self.bin_combo.itemData(i) == target[0]), -1)
            if index >= 0:
                self.bin_combo.setCurrentIndex(index)
            self._book_scan(text, target[0], quantity, frozenset())
        elif choice == "here":
            self._book_scan(text, bin_id, quantity, frozenset({inventory.OTHER_BIN}))
        else:
            self.scan_edit.setFocus()

    def ask_other_bin(self, message: str, other_bin: str | None) -> str | None:
        """ "switch" (to ``other_bin``), "here" or None (not counted)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Shelved in another bin"), message, parent=self)
        switch = (
            box.addButton(tr("Switch to {bin}", bin=other_bin), QMessageBox.ButtonRole.AcceptRole)
            if other_bin
            else None
        )
        here = box.addButton(tr("Count it here"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Do not count"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(switch or here)
        box.exec()
        clicked = box.clickedButton()
        return "switch" if switch is not None and clicked is switch else "here" if clicked is here else None

    def _scanned(self, result: inventory.ScanResult) -> None:
        self.results.append(result)
        self.qty_edit.clear()
        if result.known:
            note = (
                "" if result.in_snapshot else "  " + tr("(not in the snapshot: book quantity at the snapshot is used)")
            )
            if result.shelved_in:
                note += "  " + tr("(on the books in {bins})", bins=result.shelved_in)
            self._flash(
                tr(
                    "{label}: {added} → counted {counted}",
                    label=result.label,
                    added=("+" if result.qty_added >= 0 else "") + _q(result.qty_added),
                    counted=_q(result.counted_qty),
                )
                + note,
                ok=True,
            )
        else:
            QApplication.beep()
            self._flash(
                tr("Unknown code {code}: kept in the list on the right, not counted.", code=result.code), ok=False
            )
        self.reload()

    def _scan_failed(self, exc: BaseException) -> None:
        if isinstance(exc, inventory.ShelvedElsewhere):
            self._shelved_elsewhere(exc)
            return
        QApplication.beep()
        self._flash(getattr(exc, "message", str(exc)), ok=False)
        if not hasattr(exc, "message"):
            show_error(self, exc)

    def _flash(self, text: str, *, ok: bool) -> None:
        self.last_label.setText(text)
        self.last_label.setStyleSheet(_STYLE_OK if ok else _STYLE_BAD)
        self._flash_timer.start(1500 if ok else 4000)
        self.scan_edit.setFocus()

    # --- typing and posting -------------------------------------------------------------------
    def _on_lines_view_double_clicked(self, _index) -> None:
        self.set_current_quantity()

    def set_current_quantity(self, value: Decimal | None = None) -> None:
        row = self.lines_model.row_at(self.lines_view.currentIndex().row())
        if row is None or self.detail is None or self.detail.count.state != "draft":
            return
        if value is None:
            text, ok = QInputDialog.getText(
                self,
                tr("Counted quantity"),
                tr("{code} {name} in bin {bin}:", code=row.product_code, name=row.product_name, bin=row.bin_code),
                text="" if row.counted_qty is None else f"{row.counted_qty.normalize():f}",
            )
            if not ok:
                self.scan_edit.setFocus()
                return
            try:
                value = parse_decimal(text) if text.strip() else None
            except NotANumber:
                QMessageBox.warning(self, tr("Cannot do that"), tr("{text} is not a number.", text=text))
                return
        count_id = self.count_id
        self.ctx.write(
            lambda: inventory.set_counted(self.ctx.uow, count_id, row.product_id, row.location_id, value),
            lambda _r: self.reload(),
            lambda exc: show_error(self, exc),
        )

    def post(self) -> None:
        """F11: the lots (serials) of tracked lines with a variance are asked for first — what was
        found over the book (a gain) or is missing (a serial's loss; a lot's loss may stay FEFO) —
        then the count posts after the user agrees to its gain and loss."""
        if self.detail is None or self.detail.count.state != "draft":
            return
        self.count_lots = {}
        self._lots_to_enter = self._tracked_variances()
        self._next_lots()

    def _tracked_variances(self) -> list:
        zero = self.zero_check.isChecked()
        rows = []
        tracking: dict = {}
        lines: list = list(self.detail.lines) if self.detail else []
        for row in lines:
            counted = row.counted_qty if row.counted_qty is not None else (ZERO if zero else None)
            if counted is None or counted == row.book_qty:
                continue
            if row.product_id not in tracking:
                tracking[row.product_id] = inventory.product_tracking(self.ctx.uow, row.product_id)
            t = tracking[row.product_id]
            if t.serial_tracked and row.serials:
                continue  # the serials scanned: the posting reconciles them by itself
            gain = counted > row.book_qty
            if t.serial_tracked or (t.lot_tracked and gain):
                rows.append((row, abs(counted - row.book_qty), gain, t))
        return rows

    def _next_lots(self) -> None:
        from ..widgets.lot_entry import LotEntryDialog

        if not self._lots_to_enter:
            self._post_counted()
            return
        row, quantity, gain, tracking = self._lots_to_enter.pop(0)
        what = tr("found over the book") if gain else tr("missing")
        dialog = LotEntryDialog(
            f"{row.bin_code} · {row.product_code} {row.product_name} · {what}",
            quantity,
            serial=tracking.serial_tracked,
            shelf_life_days=tracking.shelf_life_days if gain else None,
            parent=self,
        )
        dialog.accepted.connect(lambda r=row, d=dialog: self._on_count_lots(r, d.lots()))
        dialog.rejected.connect(self._on_count_lots_cancelled)
        # the next line's lots open on this one's heels: the window is active again only after the last
        dialog.finished.connect(lambda _r: None if self._lots_to_enter else self.window().activateWindow())
        self.lot_dialog = dialog
        dialog.open()
        dialog.activateWindow()  # the one before it just closed: the typing goes here, not behind
        dialog.number_edit.setFocus()

    def _on_count_lots_cancelled(self) -> None:
        self._lots_to_enter = []  # nothing posts; the count stays as counted
        self.window().activateWindow()
        self.scan_edit.setFocus()

    def _on_count_lots(self, row, lots) -> None:
        self.count_lots[(row.product_id, row.location_id)] = lots
        QTimer.singleShot(0, self._next_lots)  # once the closed dialog has let the activation go

    def _post_counted(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        if d.unknown and not ask(
            self, tr("{count} unknown codes were scanned and will not be adjusted. Post anyway?", count=len(d.unknown))
        ):
            return
        if not ask(
            self,
            tr(
                "Post stock count {number}: gain {gain}, loss {loss}?",
                number=d.count.number,
                gain=money_text(d.gain_total),
                loss=money_text(d.loss_total),
            ),
        ):
            return
        zero = self.zero_check.isChecked()
        count_id, lots = self.count_id, dict(self.count_lots)

        def done(result) -> None:
            self.post_result = result
            self.reload()

        run_confirmable(
            self,
            lambda ack: inventory.post_count(self.ctx.uow, count_id, zero_uncounted=zero, acknowledged=ack, lots=lots),
            done,
            lambda fn, ok, failed: self.ctx.write(fn, ok, failed, areas=AREAS),
        )

    def cancel_count(self) -> None:
        if self.detail is None or not ask(self, tr("Cancel stock count {number}?", number=self.detail.count.number)):
            return
        count_id = self.count_id
        self.ctx.write(
            lambda: inventory.cancel_count(self.ctx.uow, count_id),
            lambda _r: self.reload(),
            lambda exc: show_error(self, exc),
            areas={"stock"},
        )


CountScreen = CountForm  # the name it had as a dialog


def open_count_form(ctx: AppContext, count_id: uuid.UUID) -> CountForm:
    """Open (or bring forward) the form of a count, the cursor in its scan field."""
    from ..forms import open_document

    form = open_document(ctx, "stock_count", count_id, lambda: CountForm(ctx))
    assert isinstance(form, CountForm)
    form.scan_edit.setFocus()
    return form


def open_new_count(ctx: AppContext, parent: QWidget) -> NewCountDialog:
    dialog = NewCountDialog(ctx, parent)
    dialog.finished.connect(lambda _r: parent.window().activateWindow())
    dialog.open()
    return dialog


register_form("stock_count", lambda ctx: CountForm(ctx))


def _q(value: Decimal) -> str:
    from ..formatting import qty_text

    return qty_text(value)


_STYLE_IDLE = "padding: 4px; color: #555;"
_STYLE_OK = "padding: 4px; background: #e8f5e9; color: #1b5e20; font-weight: bold;"
_STYLE_BAD = "padding: 4px; background: #c62828; color: white; font-weight: bold;"
_STYLE_WARN = "padding: 4px; background: #ffe082; color: #5d4037; font-weight: bold;"


def inventory_product_unknown(ctx: AppContext, text: str) -> bool:
    """No product has ``text`` as its code or barcode (a template's code then means the template)."""
    from erp_desktop.services import masterdata

    return masterdata.find_product(ctx.uow, text) is None
