"""Printing from the window: a preview of the PDF (QtPdf) with "Print…" (the system print dialog)
and "Save as PDF…", dialogs to print a document, a statement or product labels, and
``print_document(parent, ctx, kind, doc_id)`` for other tabs' Print buttons.

PDFs are made by ``services.printing`` off the GUI thread (``ctx.query``); the preview opens when
the file is ready. Printing renders each PDF page to an image at the printer's resolution.

Which template prints (打印模板): each print dialog has a ``TemplateCombo`` of the kind's templates —
*Automatic* first (what printing does unasked: the customer's own template, else the kind's
default), then every template by name, the default marked — and every preview opened for a
document, a statement or vouchers offers the same picker, printing the same document again with
the template chosen. A template never changes what a document says, only how it looks.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import printing
from erp_desktop.services.printing import DocKind

from ..i18n import tr
from .context import AppContext
from .errors import show_error
from .widgets.date_edit import DateEdit, py_date
from .widgets.pickers import PartyPicker, ProductPicker
from .widgets.remember import remember_geometry
from .widgets.screen import available_area


def document_kinds() -> list[tuple[str, str]]:
    """(kind, title) of the documents that can be printed by number."""
    return [
        (DocKind.DELIVERY, tr("Delivery note")),
        (DocKind.SALES_ORDER, tr("Sales order")),
        (DocKind.SALES_QUOTE, tr("Quotation")),
        (DocKind.SALES_RETURN, tr("Sales return note")),
        (DocKind.PURCHASE_ORDER, tr("Purchase order")),
        (DocKind.RECEIPT, tr("Goods receipt note")),
        (DocKind.PURCHASE_RETURN, tr("Purchase return note")),
        (DocKind.TRANSFER, tr("Transfer note")),
        (DocKind.STOCK_COUNT, tr("Stock count sheet")),
        (DocKind.MONEY_RECEIPT, tr("Money receipt")),
    ]


class PrintPreviewDialog(QDialog):
    """Shows a PDF's pages; prints them through the system print dialog or saves a copy."""

    def __init__(self, ctx: AppContext, pdf_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(tr("Print preview — {name}", name=self.pdf_path.name))
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(tr("{count} page(s)", count=self.page_count()), self)
        self.print_button = QPushButton(tr("Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(tr("Save as PDF…"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = QPushButton(tr("Close"), self)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)
        buttons = self.buttons_row = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # an A4 page at a readable width, as tall as the screen allows: the buttons stay on screen
        area = available_area(parent if parent is not None else self)
        self.resize(min(900, area.width() - 16), min(1000, area.height() - 40))
        remember_geometry(self, ctx, "print_preview")  # and fitted to the screen on every show

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- choosing the template --------------------------------------------------------------
    def offer_templates(self, kind: str, render: Callable[[str | None], Path]) -> TemplateCombo:
        """Show a template picker for this ``kind`` of printout; choosing one makes the PDF again
        with it (``render(name)``, None = automatic) off the GUI thread and shows that instead."""
        self.template_combo = TemplateCombo(self.ctx, kind, self)
        self.template_combo.setToolTip(tr("Print template"))
        self.template_combo.activated.connect(lambda _index: self._rerender(render))
        self.buttons_row.insertWidget(1, QLabel(tr("Print template"), self))
        self.buttons_row.insertWidget(2, self.template_combo)
        return self.template_combo

    def _rerender(self, render: Callable[[str | None], Path]) -> None:
        name = self.template_combo.template_name()
        self.ctx.query(lambda: render(name), self.show_pdf, lambda exc: show_error(self, exc))

    def show_pdf(self, pdf_path: str | Path) -> None:
        """Show another PDF (the same printout with another template)."""
        self.pdf_path = Path(pdf_path)
        self.document.load(str(self.pdf_path))
        self.setWindowTitle(tr("Print preview — {name}", name=self.pdf_path.name))
        self.pages_label.setText(tr("{count} page(s)", count=self.page_count()))

    def page_image(self, page: int, size: QSize):
        return self.document.render(page, size)

    # --- printing ----------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Paint every page (or the chosen range) on ``printer``; returns the pages printed."""
        first, last = 0, self.page_count() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(last, printer.toPage() - 1)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            for page in range(first, last + 1):
                if printed:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
                points = self.document.pagePointSize(page)
                dpi = printer.resolution()
                size = QSize(max(1, int(points.width() / 72 * dpi)), max(1, int(points.height() / 72 * dpi)))
                image = self.document.render(page, size)
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(
                    target.x() + (target.width() - scaled.width()) // 2,
                    target.y(),
                    image.scaled(
                        scaled, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    ),
                )
                printed += 1
        finally:
            painter.end()
        return printed

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_path.stem)
        printer.setFromTo(1, max(1, self.page_count()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_save_button_clicked(self) -> None:
        folder = str(self.ctx.settings.value("print_preview/folder", str(Path.home())))
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Save as PDF"), str(Path(folder) / self.pdf_path.name), tr("PDF files (*.pdf)")
        )
        if target:
            self.save_to(target)

    def save_to(self, target: str | Path) -> Path:
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Cannot save"),
                tr("Could not write {path}: {error}", path=str(target), error=exc.strerror or str(exc)),
            )
            return target
        self.ctx.settings.setValue("print_preview/folder", str(target.parent))
        return target


def show_preview(parent: QWidget | None, ctx: AppContext, pdf_path: str | Path) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(ctx, pdf_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:  # closed (Esc): the keys go back to the window it was printed from
        window = parent.window()
        dialog.finished.connect(lambda _result: window.activateWindow())
    dialog.show()
    return dialog


def print_document(
    parent: QWidget | None, ctx: AppContext, kind: str, doc_id: uuid.UUID | str, *, template: str | None = None
) -> None:
    """Make the PDF of one document off the GUI thread, then show its preview (errors shown),
    with a picker of the kind's templates that prints it again with the one chosen."""
    ctx.query(
        lambda: printing.print_document(ctx.uow, kind, doc_id, template=template),
        lambda path: preview_with_templates(
            parent,
            ctx,
            path,
            kind,
            lambda name: printing.print_document(ctx.uow, kind, doc_id, template=name),
            template,
        ),
        lambda exc: show_error(parent, exc),
    )


def preview_with_templates(
    parent: QWidget | None,
    ctx: AppContext,
    path: Path,
    kind: str,
    render: Callable[[str | None], Path],
    chosen: str | None = None,
) -> PrintPreviewDialog | None:
    """``show_preview`` plus the template picker of ``kind`` (``chosen`` selected)."""
    dialog = show_preview(parent, ctx, path)
    if isinstance(dialog, PrintPreviewDialog):
        dialog.offer_templates(kind, render).select(chosen)
    return dialog


class TemplateCombo(QComboBox):
    """Which print template prints: first *Automatic* (the customer's own template, else the
    kind's default — what printing does when nobody chooses), then every template of the kind by
    name, the default marked. ``template_name()`` is None for automatic."""

    def __init__(self, ctx: AppContext, kind: str | None = None, parent: QWidget | None = None, *, none_text: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = ""
        self.none_text = none_text  # an item before all (data ""): no template at all, selected first
        if kind:
            self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        if kind == self.kind and self.count():
            return
        self.kind = kind
        self.ctx.query(lambda: printing.list_templates(self.ctx.uow, kind), self._fill, lambda _exc: self._fill([]))

    def _fill(self, infos: list) -> None:
        wanted = self.currentData() if self.count() else ("" if self.none_text else None)
        self.clear()
        if self.none_text:
            self.addItem(self.none_text, "")
        default = next((i.name for i in infos if i.is_default), printing.builtin_name())
        if self.kind == "counter_ticket":
            automatic = tr("Automatic: the member's own, else {name}", name=default)
        elif self.kind in PARTY_KINDS:
            automatic = tr("Automatic: the customer's own, else {name}", name=default)
        else:
            automatic = tr("Automatic: {name}", name=default)
        self.addItem(automatic, None)
        for info in infos:
            self.addItem(tr("{name} (default)", name=info.name) if info.is_default else info.name, info.name)
        self.select(wanted)

    def select(self, name: str | None) -> None:
        index = self.findData(name) if name is not None else self.findData(None)
        self.setCurrentIndex(max(0, index))

    def template_name(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None


# kinds of printout a customer or supplier may have their own template for (a counter ticket: a
# member, through the member's customer)
PARTY_KINDS = frozenset(
    {
        "counter_ticket",
        DocKind.DELIVERY,
        DocKind.SALES_ORDER,
        DocKind.SALES_QUOTE,
        DocKind.SALES_RETURN,
        DocKind.PURCHASE_ORDER,
        DocKind.RECEIPT,
        DocKind.PURCHASE_RETURN,
        DocKind.MONEY_RECEIPT,
        DocKind.MONEY_PAYMENT,
        "statement",
    }
)


def print_shortcut(widget: QWidget, slot) -> None:
    """Ctrl+P while the focus is inside ``widget`` (a page, an editor or a dialog) runs ``slot`` —
    the tab's own Print, not a menu's: a binding of the keyboard contract's one Ctrl+P."""
    from .shell import keys

    keys.bind(widget, "print_", slot)


def add_list_print_action(list_page, ctx: AppContext, target, text: str | None = None) -> QAction:
    """A "Print…" action on a ``ListPage``'s tool bar (Ctrl+P while the focus is in the list) that prints
    the current row's document. ``target(row)`` returns ``(kind, id)`` or None when the row cannot be
    printed; the action is disabled while nothing printable is current."""

    def current():
        row = list_page.current_row()
        return target(row) if row is not None else None

    def run() -> None:
        chosen = current()
        if chosen is not None:
            print_document(list_page, ctx, *chosen)

    action = list_page.add_action(text or tr("Print…"), run, QKeySequence.StandardKey.Print)

    def update(*_args) -> None:
        action.setEnabled(current() is not None)

    list_page.table_view.selectionModel().currentRowChanged.connect(update)
    list_page.model.modelReset.connect(update)
    update()
    return action


def print_statement(
    parent: QWidget | None, ctx: AppContext, party_kind: str, party_id: uuid.UUID | str, start, end
) -> None:
    """A customer's or supplier's statement (对账单) for [start, end], previewed when ready."""

    def render(name: str | None) -> Path:
        return printing.print_statement(ctx.uow, party_kind, party_id, start, end, template=name)

    ctx.query(
        lambda: render(None),
        lambda path: preview_with_templates(parent, ctx, path, "statement", render),
        lambda exc: show_error(parent, exc),
    )


def print_labels(parent: QWidget | None, ctx: AppContext, product_ids: list[uuid.UUID]) -> PrintLabelsDialog:
    """Open the labels dialog with these products listed (e.g. the rows selected in a product list)."""
    from erp_desktop.services import masterdata

    dialog = PrintLabelsDialog(ctx, parent)
    for product_id in product_ids:
        brief = masterdata.get_product_brief(ctx.uow, product_id)
        if brief is not None:
            dialog.add_product(brief, 1)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# --- dialogs ---------------------------------------------------------------------------------
class PrintDocumentDialog(QDialog):
    """Choose a kind of document and type (or scan) its number."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Print a document"))
        self.kind_combo = QComboBox(self)
        for kind, title in document_kinds():
            self.kind_combo.addItem(title, kind)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(tr("Document number, e.g. DN-2026-000001"))
        self.template_combo = TemplateCombo(ctx, self.kind_combo.currentData(), self)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.template_combo.set_kind(self.kind_combo.currentData())
        )
        form = QFormLayout()
        form.addRow(tr("Document"), self.kind_combo)
        form.addRow(tr("Number"), self.number_edit)
        form.addRow(tr("Print template"), self.template_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Preview"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 140)
        remember_geometry(self, ctx)

    def _on_buttons_accepted(self) -> None:
        number = self.number_edit.text().strip()
        if not number:
            self.number_edit.setFocus()
            return
        kind = self.kind_combo.currentData()
        template = self.template_combo.template_name()

        def render(name: str | None) -> Path:
            return printing.print_document(self.ctx.uow, kind, number, template=name)

        self.ctx.query(
            lambda: render(template),
            lambda path: self._on_ready(path, kind, render, template),
            lambda exc: show_error(self, exc),
        )

    def _on_ready(self, path: Path, kind: str, render, template: str | None) -> None:
        self.preview = preview_with_templates(self.parentWidget(), self.ctx, path, kind, render, template)
        self.accept()


class PrintStatementDialog(QDialog):
    """A customer's or supplier's statement for a period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, kind: str = "customer"):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Print a statement"))
        self.customer_radio = QRadioButton(tr("Customer"), self)
        self.supplier_radio = QRadioButton(tr("Supplier"), self)
        self.customer_picker = PartyPicker(ctx, "customer", self)
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        today = QDate.currentDate()
        self.from_edit = DateEdit(QDate(today.year(), today.month(), 1), self)
        self.to_edit = DateEdit(today, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.customer_radio.toggled.connect(self._on_customer_radio_toggled)
        (self.customer_radio if kind == "customer" else self.supplier_radio).setChecked(True)
        self._on_customer_radio_toggled(kind == "customer")
        who = QHBoxLayout()
        who.addWidget(self.customer_radio)
        who.addWidget(self.supplier_radio)
        who.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Statement of"), who)
        form.addRow(tr("Customer"), self.customer_picker)
        form.addRow(tr("Supplier"), self.supplier_picker)
        form.addRow(tr("From"), self.from_edit)
        form.addRow(tr("To"), self.to_edit)
        self.template_combo = TemplateCombo(ctx, "statement", self)
        form.addRow(tr("Print template"), self.template_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Preview"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 220)
        remember_geometry(self, ctx)

    def _on_customer_radio_toggled(self, checked: bool) -> None:
        self.customer_picker.setEnabled(checked)
        self.supplier_picker.setEnabled(not checked)

    def _on_buttons_accepted(self) -> None:
        kind = "customer" if self.customer_radio.isChecked() else "supplier"
        party = (self.customer_picker if kind == "customer" else self.supplier_picker).current()
        if party is None:
            QMessageBox.information(self, tr("Print a statement"), tr("Choose the customer or supplier first."))
            return
        start, end = py_date(self.from_edit.date()), py_date(self.to_edit.date())
        template = self.template_combo.template_name()

        def render(name: str | None) -> Path:
            return printing.print_statement(self.ctx.uow, kind, party.id, start, end, template=name)

        self.ctx.query(
            lambda: render(template),
            lambda path: self._on_ready(path, render, template),
            lambda exc: show_error(self, exc),
        )

    def _on_ready(self, path: Path, render, template: str | None) -> None:
        self.preview = preview_with_templates(self.parentWidget(), self.ctx, path, "statement", render, template)
        self.accept()


class PrintLabelsDialog(QDialog):
    """Choose products (search or scan), copies of each, the label paper and the barcode type."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Print product labels"))
        self.product_picker = ProductPicker(ctx, self)
        self.product_picker.picked.connect(self._on_product_picker_picked)
        self.products_table = QTableWidget(0, 3, self)
        self.products_table.setHorizontalHeaderLabels([tr("Code"), tr("Product"), tr("Copies")])
        self.products_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.products_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setRange(1, 999)
        self.copies_spin.setValue(1)
        self.layout_combo = QComboBox(self)
        for key in printing.layout_names():
            self.layout_combo.addItem(printing.layout_title(key), key)
        saved = ctx.settings.value("labels/layout")
        if saved and self.layout_combo.findData(saved) >= 0:
            self.layout_combo.setCurrentIndex(self.layout_combo.findData(saved))
        self.barcode_combo = QComboBox(self)
        for key, title in (
            ("auto", tr("EAN-13 when valid, else Code128")),
            ("code128", "Code128"),
            ("ean13", "EAN-13"),
            ("qr", tr("QR code")),
        ):
            self.barcode_combo.addItem(title, key)
        self.price_check = QCheckBox(tr("Show the price"), self)
        self.price_check.setChecked(True)
        self.skip_spin = QSpinBox(self)
        self.skip_spin.setRange(0, 39)
        self.template_combo = TemplateCombo(
            ctx, "labels", self, none_text=tr("None: the label paper and barcode chosen here")
        )
        self.template_combo.currentIndexChanged.connect(self._on_template_combo_current_index_changed)
        form = QFormLayout()
        form.addRow(tr("Add product"), self.product_picker)
        form.addRow(tr("Copies for new products"), self.copies_spin)
        form.addRow(tr("Print template"), self.template_combo)
        form.addRow(tr("Label paper"), self.layout_combo)
        form.addRow(tr("Barcode"), self.barcode_combo)
        form.addRow(tr("Labels already used on the first sheet"), self.skip_spin)
        form.addRow("", self.price_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Preview"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.products_table, 1)
        layout.addLayout(remove_row)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        remember_geometry(self, ctx)

    def add_product(self, brief, copies: int | None = None) -> None:
        """Add ``brief`` (a ProductBrief) or, when it is listed, add copies to its row."""
        copies = copies if copies is not None else self.copies_spin.value()
        for row in range(self.products_table.rowCount()):
            if self._product_id(row) == str(brief.id):
                spin = self._copies_spin(row)
                spin.setValue(spin.value() + copies)
                return
        row = self.products_table.rowCount()
        self.products_table.insertRow(row)
        code = QTableWidgetItem(brief.code)
        code.setData(Qt.ItemDataRole.UserRole, str(brief.id))
        code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name = QTableWidgetItem(brief.label)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        spin = QSpinBox(self.products_table)
        spin.setRange(1, 999)
        spin.setValue(copies)
        self.products_table.setItem(row, 0, code)
        self.products_table.setItem(row, 1, name)
        self.products_table.setCellWidget(row, 2, spin)

    def _product_id(self, row: int) -> str:
        code = self.products_table.item(row, 0)
        assert code is not None, "every row has its code cell (add_product)"
        return code.data(Qt.ItemDataRole.UserRole)

    def _copies_spin(self, row: int) -> QSpinBox:
        spin = self.products_table.cellWidget(row, 2)
        assert isinstance(spin, QSpinBox), "every row has its copies spin box (add_product)"
        return spin

    def chosen(self) -> list[tuple[str, int]]:
        """(product id, copies) per row."""
        return [
            (self._product_id(row), self._copies_spin(row).value()) for row in range(self.products_table.rowCount())
        ]

    def _on_product_picker_picked(self, brief) -> None:
        if brief is not None:
            self.add_product(brief)
            self.product_picker.set_current(None)

    def _on_template_combo_current_index_changed(self, _index: int) -> None:
        # a template brings its own paper, grid, price and barcode type
        chosen = self.template_combo.currentData() != ""
        for widget in (self.layout_combo, self.barcode_combo, self.price_check):
            widget.setEnabled(not chosen)

    def label_template(self) -> Callable[[], Any]:
        """What lays the labels out, to call off the GUI thread: None = the paper and barcode set
        in this dialog; else the template chosen (automatic: the labels' default template)."""
        data, uow = self.template_combo.currentData(), self.ctx.uow
        if data == "":
            return lambda: None
        if data is None:
            return lambda: printing.resolve(uow, "labels")
        return lambda: str(data)

    def _on_remove_button_clicked(self) -> None:
        for row in sorted({index.row() for index in self.products_table.selectedIndexes()}, reverse=True):
            self.products_table.removeRow(row)

    def _on_buttons_accepted(self) -> None:
        chosen = self.chosen()
        if not chosen:
            QMessageBox.information(self, tr("Print product labels"), tr("Add at least one product."))
            return
        refs = [(product_id, copies) for product_id, copies in chosen]
        layout, symbology = self.layout_combo.currentData(), self.barcode_combo.currentData()
        show_price, skip = self.price_check.isChecked(), self.skip_spin.value()
        template = self.label_template()
        self.ctx.settings.setValue("labels/layout", layout)
        self.ctx.query(
            lambda: printing.print_labels(
                self.ctx.uow,
                refs,
                layout=layout,
                copies=1,
                symbology=symbology,
                show_price=show_price,
                skip=skip,
                template=template(),
            ),
            self._on_ready,
            lambda exc: show_error(self, exc),
        )

    def _on_ready(self, path: Path) -> None:
        self.preview = show_preview(self.parentWidget(), self.ctx, path)
        self.accept()


def install_menus(window, ctx: AppContext) -> None:
    """Documents › Print a document… (Ctrl+Shift+P), Print product labels…; Reports › Statement…"""
    documents = window.menu("documents")
    documents.addSeparator()
    print_doc = QAction(tr("Print a document…"), window)
    print_doc.setShortcut(QKeySequence("Ctrl+Shift+P"))
    print_doc.triggered.connect(lambda: PrintDocumentDialog(ctx, window).exec())
    documents.addAction(print_doc)
    labels = QAction(tr("Print product labels…"), window)
    labels.setShortcut(QKeySequence("Ctrl+Shift+L"))
    labels.triggered.connect(lambda: PrintLabelsDialog(ctx, window).exec())
    documents.addAction(labels)
    reports = window.menu("reports")
    customer = QAction(tr("Customer statement…"), window)
    customer.triggered.connect(lambda: PrintStatementDialog(ctx, window, kind="customer").exec())
    supplier = QAction(tr("Supplier statement…"), window)
    supplier.triggered.connect(lambda: PrintStatementDialog(ctx, window, kind="supplier").exec())
    reports.addAction(customer)
    reports.addAction(supplier)
    window.print_actions = {
        "document": print_doc,
        "labels": labels,
        "customer_statement": customer,
        "supplier_statement": supplier,
    }
    # load the CJK font (a few MB to parse) in the background now, so the first preview is quick
    ctx.query(lambda: printing.fonts.cjk_font(), lambda _font: None, lambda _exc: None)


__all__ = [
    "PrintPreviewDialog",
    "add_list_print_action",
    "print_document",
    "print_shortcut",
    "print_statement",
    "print_labels",
    "install_menus",
]
