"""Settings → Print templates (打印模板): the shop lays out its own printouts.

Left: the kind of printout and its templates (new from a copy, rename, delete, make the default,
use for a customer, import and export as a file). Middle: the template — paper, margins, offset,
header and footer fields, lines per page, copies (联), flags — and its line columns, edited by
keyboard (Insert adds, Delete removes, Ctrl+Up / Ctrl+Down move). Right: a live preview on a real
document picked by number; it redraws a moment after each change. Fits 1366 × 768."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import counter, printing

from ...errors import UserError
from ...i18n import tr
from ..context import AppContext
from ..errors import ask, show_error

PREVIEW_KINDS = frozenset(k for k in printing.KINDS if k not in ("statement", "labels"))
TICKET = "counter_ticket"
# kinds whose own template goes to a supplier (the rest of the party kinds: a customer; a counter
# ticket: a member, i.e. the member's customer)
SUPPLIER_KINDS = frozenset({"purchase_order", "receipt", "purchase_return", "money_payment"})
TICKET_FLAGS = frozenset({"barcode"})  # what a counter ticket's template can switch
FLAGS = (
    ("capital", "Amount in words (大写)"),
    ("barcode", "Barcode of the number"),
    ("signatures", "Signature boxes"),
    ("totals", "Totals"),
    ("carry", "Brought / carried forward (承上页/过次页)"),
    ("page_numbers", "Page numbers"),
    ("footer_text", "Company footer"),
)


def page_title() -> str:
    return tr("Print templates")


def _spin(low: float, high: float, step: float = 1.0, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(" mm")
    return box


class PrintTemplatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.template: printing.Template | None = None
        self.original: str | None = None  # the stored name being edited (None: the built-in one)
        self._loading = False
        self.preview_dir = Path(tempfile.mkdtemp(prefix="erp-template-preview-"))
        self.preview_path: Path | None = None
        self._preview_serial = 0

        # ---- left: kinds and templates
        self.kind_combo = QComboBox(self)
        for kind, title in printing.KINDS.items():
            self.kind_combo.addItem(tr(title), kind)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda *_: self._on_template_chosen())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        buttons = QGridLayout()
        self.new_button = QPushButton(tr("New from copy…"), self)
        self.rename_button = QPushButton(tr("Rename…"), self)
        self.delete_button = QPushButton(tr("Delete"), self)
        self.default_button = QPushButton(tr("Make default"), self)
        self.customer_button = QPushButton(tr("Use for customer…"), self)
        self.import_button = QPushButton(tr("Import…"), self)
        self.export_button = QPushButton(tr("Export…"), self)
        for i, (button, slot) in enumerate(
            (
                (self.new_button, self.duplicate),
                (self.rename_button, self.rename),
                (self.delete_button, self.delete),
                (self.default_button, self.make_default),
                (self.customer_button, self.use_for_customer),
                (self.import_button, self.import_file),
                (self.export_button, self.export_file),
            )
        ):
            # without clicked's "checked" (False), which a slot would take for its first argument
            button.clicked.connect(lambda _checked=False, call=slot: call())
            buttons.addWidget(button, i // 2, i % 2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.kind_combo)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        # ---- middle: the template
        self.paper_combo = QComboBox(self)
        for key, title in printing.PAPER_TITLES.items():
            self.paper_combo.addItem(tr(title), key)
        self.width_spin, self.height_spin = _spin(0, 2000), _spin(0, 5000)
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.addItem(tr("Portrait"), "portrait")
        self.orientation_combo.addItem(tr("Landscape"), "landscape")
        self.margin_spins = [_spin(0, 100) for _ in range(4)]
        self.offset_spins = [_spin(-50, 50, 0.5) for _ in range(2)]
        self.lines_spin = QSpinBox(self)
        self.lines_spin.setRange(0, 200)
        self.lines_spin.setSpecialValueText(tr("as many as fit"))
        self.copies_edit = QLineEdit(self)
        self.copies_edit.setPlaceholderText(tr("e.g. 存根联, 客户联, 回单联"))
        self.header_edit = QLineEdit(self)
        self.footer_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(tr("the document's own title"))
        self.note_edit = QPlainTextEdit(self)  # counter tickets: the template's own footer text
        self.note_edit.setPlaceholderText(tr("e.g. 七天无理由退换 / 凭小票退换"))
        self.note_edit.setFixedHeight(52)
        self.note_edit.setTabChangesFocus(True)
        self.font_spin = QDoubleSpinBox(self)
        self.font_spin.setRange(5, 16)
        self.font_spin.setSingleStep(0.5)
        self.flag_checks = {key: QCheckBox(tr(label), self) for key, label in FLAGS}
        size_row = QHBoxLayout()
        for widget in (self.width_spin, QLabel("×"), self.height_spin, self.orientation_combo):
            size_row.addWidget(widget)
        margins_row = QHBoxLayout()
        for widget in self.margin_spins:
            margins_row.addWidget(widget)
        offset_row = QHBoxLayout()
        for widget in self.offset_spins:
            offset_row.addWidget(widget)
        offset_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Paper"), self.paper_combo)
        form.addRow(tr("Size"), size_row)
        form.addRow(tr("Margins (top, right, bottom, left)"), margins_row)
        form.addRow(tr("Offset (right, down)"), offset_row)
        form.addRow(tr("Lines per page"), self.lines_spin)
        form.addRow(tr("Copies (联)"), self.copies_edit)
        form.addRow(tr("Header fields"), self.header_edit)
        form.addRow(tr("Footer"), self.footer_edit)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Footer text"), self.note_edit)
        self.form = form
        form.addRow(tr("Font size"), self.font_spin)
        flags = QGridLayout()
        for i, check in enumerate(self.flag_checks.values()):
            flags.addWidget(check, i // 2, i % 2)
        form.addRow(flags)

        self.columns = QTableWidget(0, 4, self)
        self.columns.setHorizontalHeaderLabels([tr("Field"), tr("Title"), tr("Width"), tr("Only when used")])
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setColumnWidth(0, 130)
        self.columns.setColumnWidth(1, 110)
        self.columns.setColumnWidth(2, 60)
        self.columns.itemChanged.connect(lambda _item: self._changed())
        self.add_column_button = QPushButton(tr("Add column"), self)
        self.remove_column_button = QPushButton(tr("Remove"), self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.add_column_button.clicked.connect(self.add_column)
        self.remove_column_button.clicked.connect(self.remove_column)
        self.up_button.clicked.connect(lambda: self.move_column(-1))
        self.down_button.clicked.connect(lambda: self.move_column(1))
        self.columns.installEventFilter(self)
        column_buttons = QHBoxLayout()
        for button in (self.add_column_button, self.remove_column_button, self.up_button, self.down_button):
            column_buttons.addWidget(button)
        column_buttons.addStretch(1)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(tr("Line columns (Insert adds, Delete removes, Ctrl+↑/↓ move)"), self))
        editor_layout.addWidget(self.columns, 1)
        editor_layout.addLayout(column_buttons)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        editor_layout.addLayout(save_row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)

        # ---- right: the preview on a real document
        self.number_combo = QComboBox(self)
        self.number_combo.setEditable(True)
        self.number_combo.setMinimumContentsLength(16)
        number_edit = self.number_combo.lineEdit()
        if number_edit is not None:
            number_edit.setPlaceholderText(tr("Document number"))
        self.number_combo.currentTextChanged.connect(lambda _t: self._changed(edited=False))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_note = QLabel("", self)
        self.preview_note.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Preview with"), self))
        pick.addWidget(self.number_combo, 1)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.preview_note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for part in (left, scroll, right):
            splitter.addWidget(part)
        # the editor as wide as its fields (470 hid the margins' last box and the height behind a
        # sideways scroll at 1366×768); the preview fits its page to the width it is given
        splitter.setSizes([190, 620, 310])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.refresh_preview)
        for widget in (
            self.paper_combo,
            self.orientation_combo,
        ):
            widget.currentIndexChanged.connect(lambda _i: self._changed())
        for spin in (self.width_spin, self.height_spin, *self.margin_spins, *self.offset_spins, self.font_spin):
            spin.valueChanged.connect(lambda _v: self._changed())
        self.lines_spin.valueChanged.connect(lambda _v: self._changed())
        for edit in (self.copies_edit, self.header_edit, self.footer_edit, self.title_edit):
            edit.textEdited.connect(lambda _t: self._changed())
        self.note_edit.textChanged.connect(lambda: self._changed())
        for check in self.flag_checks.values():
            check.toggled.connect(lambda _c: self._changed())
        self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The column list by keyboard: Insert adds, Delete removes, Ctrl+Up / Ctrl+Down move."""
        if watched is self.columns and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Insert:
                self.add_column()
                return True
            if key == Qt.Key.Key_Delete and self.columns.state() != QAbstractItemView.State.EditingState:
                self.remove_column()
                return True
            if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_column(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the list
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _fit_form_to_kind(self, kind: str) -> None:
        """A counter ticket is on a roll: its papers only, no pages, copies or 大写; the fields a
        header and footer take are listed under the boxes."""
        ticket = kind == TICKET
        self.paper_combo.blockSignals(True)
        self.paper_combo.clear()
        for key, title in printing.PAPER_TITLES.items():
            if not ticket or key in ("roll58", "roll80", "custom"):
                self.paper_combo.addItem(tr(title), key)
        self.paper_combo.blockSignals(False)
        for widget in (self.lines_spin, self.copies_edit, self.orientation_combo):
            widget.setVisible(not ticket)
        for widget in (self.lines_spin, self.copies_edit):
            self.form.setRowVisible(widget, not ticket)
        self.form.setRowVisible(self.note_edit, ticket)
        self.height_spin.setEnabled(not ticket)
        for key, check in self.flag_checks.items():
            check.setVisible(not ticket or key in TICKET_FLAGS)
        self.flag_checks["barcode"].setText(
            tr("Barcode of the ticket number") if ticket else tr("Barcode of the number")
        )
        for part, edit in (("header", self.header_edit), ("footer", self.footer_edit)):
            words = printing.field_words(kind, part)
            edit.setToolTip(tr("Fields, in order: {fields}", fields=words))
            edit.setPlaceholderText(words)

    def reload(self, select: str | None = None) -> None:
        kind = self.kind()
        self._fit_form_to_kind(kind)
        self._fit_party_button(kind)
        infos = printing.list_templates(self.ctx.uow, kind)
        self.list.blockSignals(True)
        self.list.clear()
        for info in infos:
            text = info.name + ("  ★" if info.is_default else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.builtin)
            self.list.addItem(item)
        self.list.blockSignals(False)
        names = [info.name for info in infos]
        row = names.index(select) if select in names else 0
        self.list.setCurrentRow(row)
        self._on_template_chosen()
        numbers = printing.recent_numbers(self.ctx.uow, kind) if kind in PREVIEW_KINDS else []
        current = self.number_combo.currentText()
        self.number_combo.blockSignals(True)
        self.number_combo.clear()
        self.number_combo.addItems(numbers)
        if current and current in numbers:
            self.number_combo.setCurrentText(current)
        self.number_combo.blockSignals(False)
        self.number_combo.setEnabled(kind in PREVIEW_KINDS)
        self.refresh_preview()

    def current_name(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else printing.builtin_name()

    def current_is_builtin(self) -> bool:
        item = self.list.currentItem()
        return bool(item.data(Qt.ItemDataRole.UserRole + 1)) if item is not None else True

    def _on_template_chosen(self) -> None:
        try:
            template = printing.get_template(self.ctx.uow, self.kind(), self.current_name())
        except UserError as exc:
            show_error(self, exc)
            return
        self.original = None if self.current_is_builtin() else template.name
        self.show_template(template)
        builtin = self.current_is_builtin()
        for widget in (self.rename_button, self.delete_button, self.save_button):
            widget.setEnabled(not builtin)
        self.status.setText(tr("The built-in template cannot be changed; make a copy to edit it.") if builtin else "")

    # ------------------------------------------------------------ the form
    def show_template(self, t: printing.Template) -> None:
        self._loading = True
        self.template = t
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(t.paper)))
        width, height = t.page_size_mm() if t.paper != "custom" else (t.width_mm, t.height_mm)
        self.width_spin.setValue(width)
        self.height_spin.setValue(height)
        self.orientation_combo.setCurrentIndex(max(0, self.orientation_combo.findData(t.orientation)))
        for spin, value in zip(self.margin_spins, t.margins_mm, strict=True):
            spin.setValue(value)
        for spin, value in zip(self.offset_spins, t.offset_mm, strict=True):
            spin.setValue(value)
        self.lines_spin.setValue(t.lines_per_page)
        self.copies_edit.setText(", ".join(t.copies))
        self.header_edit.setText(printing.field_words(t.kind, "header", t.header))
        self.footer_edit.setText(printing.field_words(t.kind, "footer", t.footer))
        self.title_edit.setText(t.title)
        self.note_edit.setPlainText(t.note)
        self.font_spin.setValue(t.font_size)
        for key, check in self.flag_checks.items():
            check.setChecked(bool(getattr(t, key)))
        self.columns.blockSignals(True)
        self.columns.setRowCount(0)
        for column in t.columns:
            self._append_column(column)
        self.columns.blockSignals(False)
        self._loading = False

    def _field_combo(self, value: str) -> QComboBox:
        combo = QComboBox(self.columns)
        combo.setEditable(True)  # custom:<key> for a custom field
        kind = self.kind()
        for key, title in printing.line_fields(kind).items():
            combo.addItem(f"{key} — {tr(title)}" if title and title != "#" else key, key)
        if kind not in ("statement", TICKET):  # a product's custom fields as columns
            for key in self._custom_field_keys():
                combo.addItem(f"custom:{key}", f"custom:{key}")
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(value)
        combo.currentIndexChanged.connect(lambda _i: self._changed())
        combo.editTextChanged.connect(lambda _t: self._changed())
        return combo

    def _custom_field_keys(self) -> list[str]:
        try:
            from erp_desktop.services import masterdata

            return [f.key for f in masterdata.list_fields(self.ctx.uow, "product")]
        except Exception:  # the master data area may be missing: no custom columns offered
            return []

    def _append_column(self, column: printing.Column, at: int | None = None) -> None:
        row = self.columns.rowCount() if at is None else at
        self.columns.insertRow(row)
        self.columns.setCellWidget(row, 0, self._field_combo(column.field))
        self.columns.setItem(row, 1, QTableWidgetItem(column.title))
        self.columns.setItem(row, 2, QTableWidgetItem(f"{column.width:g}"))
        hide = QTableWidgetItem("")
        hide.setFlags(hide.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        hide.setCheckState(Qt.CheckState.Checked if column.hide_empty else Qt.CheckState.Unchecked)
        self.columns.setItem(row, 3, hide)

    def _column_at(self, row: int) -> printing.Column:
        combo = self.columns.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)
        data = combo.currentData()
        text = combo.currentText().strip()
        field = str(data) if data is not None and combo.itemText(combo.currentIndex()) == text else text
        title_item, width_item, hide_item = (self.columns.item(row, c) for c in (1, 2, 3))
        try:
            width = float(width_item.text()) if width_item is not None and width_item.text().strip() else 20.0
        except ValueError:
            width = -1.0  # refused by the template's check with a clear message
        return printing.Column(
            field=field,
            title=title_item.text().strip() if title_item is not None else "",
            width=width,
            hide_empty=hide_item is not None and hide_item.checkState() == Qt.CheckState.Checked,
        )

    def add_column(self) -> None:
        row = self.columns.currentRow() + 1 if self.columns.currentRow() >= 0 else self.columns.rowCount()
        self.columns.blockSignals(True)
        self._append_column(printing.Column("note"), row)
        self.columns.blockSignals(False)
        self.columns.setCurrentCell(row, 0)
        self._changed()

    def remove_column(self) -> None:
        row = self.columns.currentRow()
        if row >= 0:
            self.columns.removeRow(row)
            self.columns.setCurrentCell(min(row, self.columns.rowCount() - 1), 0)
            self._changed()

    def move_column(self, step: int) -> None:
        row = self.columns.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.columns.rowCount():
            return
        column = self._column_at(row)
        self.columns.blockSignals(True)
        self.columns.removeRow(row)
        self._append_column(column, target)
        self.columns.blockSignals(False)
        self.columns.setCurrentCell(target, 1)
        self._changed()

    def edited(self) -> printing.Template:
        """The template as the form shows it; ValidationError when something is out of range."""
        base = self.template or printing.builtin(self.kind())

        def listed(text: str) -> list[str]:
            return [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]

        data = base.to_dict()
        data.update(
            paper=self.paper_combo.currentData(),
            orientation=self.orientation_combo.currentData(),
            margins_mm=[spin.value() for spin in self.margin_spins],
            offset_mm=[spin.value() for spin in self.offset_spins],
            lines_per_page=self.lines_spin.value(),
            copies=listed(self.copies_edit.text()),
            header=printing.field_codes(self.kind(), "header", self.header_edit.text()),
            footer=printing.field_codes(self.kind(), "footer", self.footer_edit.text()),
            title=self.title_edit.text().strip(),
            note=self.note_edit.toPlainText().strip(),
            font_size=self.font_spin.value(),
            columns=[
                {"field": c.field, "title": c.title, "width": c.width, "hide_empty": c.hide_empty}
                for c in (self._column_at(r) for r in range(self.columns.rowCount()))
            ],
            **{key: check.isChecked() for key, check in self.flag_checks.items()},
        )
        if data["paper"] == "custom":
            data.update(width_mm=self.width_spin.value(), height_mm=self.height_spin.value())
        return printing.parse(data, kind=self.kind()).with_name(base.name)

    def _changed(self, *, edited: bool = True) -> None:
        if self._loading:
            return
        if edited and self.paper_combo.currentData() != "custom":
            self._loading = True
            width, height = printing.PAPERS[str(self.paper_combo.currentData())]
            self.width_spin.setValue(width)
            self.height_spin.setValue(height)
            self._loading = False
        self.timer.start()

    # ------------------------------------------------------------ the preview
    def refresh_preview(self) -> None:
        """Render the form's template with the picked document, off the GUI thread."""
        kind, number = self.kind(), self.number_combo.currentText().strip()
        if kind not in PREVIEW_KINDS or not number:  # nothing to show: not another kind's document
            self.preview_path = None
            self.document.close()
            self.preview_note.setText(
                tr("Pick a document to preview.")
                if kind in PREVIEW_KINDS
                else tr("Preview this kind from its print dialog.")
            )
            return
        try:
            template = self.edited()
        except UserError as exc:
            self.preview_note.setText(str(exc))
            return
        self._preview_serial += 1
        target = self.preview_dir / f"preview-{self._preview_serial}.pdf"
        if kind == "voucher":  # a 记账凭证 picked by its entry number

            def job() -> Path:
                return printing.print_vouchers(self.ctx.uow, [number], template=template, out=target)

        elif kind == TICKET:  # a real ticket, laid out by the form's template

            def job() -> Path:
                counter.ticket_pdf(self.ctx.uow, number, template=template, path=target)
                return target

        else:

            def job() -> Path:
                return printing.print_document(self.ctx.uow, kind, number, target, template=template)

        self.ctx.query(
            job,
            self._show_preview,
            lambda exc: self.preview_note.setText(str(exc)),
        )

    def _show_preview(self, path: Path) -> None:
        self.preview_path = Path(path)
        self.document.load(str(path))
        self.preview_note.setText(tr("{pages} page(s)", pages=self.document.pageCount()))

    # ------------------------------------------------------------ actions
    def save(self) -> None:
        if self.original is None:
            return
        try:
            template = self.edited().with_name(self.original)
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.write(
            lambda: printing.save_template(self.ctx.uow, template, original=self.original),
            lambda info: (self.reload(select=info.name), self.status.setText(tr("Saved."))),
            lambda exc: show_error(self, exc),
        )

    def _ask_name(self, title: str, default: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, tr("Name"), text=default)
        return name.strip() if ok and name.strip() else None

    def duplicate(self, name: str | None = None) -> None:
        source = self.current_name()
        new = name or self._ask_name(tr("New template"), tr("{name} (copy)", name=source))
        if not new:
            return
        kind = self.kind()
        try:
            template = self.edited().with_name(new)
        except UserError:
            template = printing.get_template(self.ctx.uow, kind, source).with_name(new)
        self.ctx.write(
            lambda: printing.save_template(self.ctx.uow, template),
            lambda info: self.reload(select=info.name),
            lambda exc: show_error(self, exc),
        )

    def rename(self, name: str | None = None) -> None:
        if self.original is None:
            return
        old = self.original
        new = name or self._ask_name(tr("Rename template"), old)
        if not new or new == old:
            return
        kind = self.kind()
        self.ctx.write(
            lambda: printing.rename_template(self.ctx.uow, kind, old, new),
            lambda info: self.reload(select=info.name),
            lambda exc: show_error(self, exc),
        )

    def delete(self, *, confirmed: bool = False) -> None:
        if self.original is None:
            return
        name, kind = self.original, self.kind()
        if not confirmed and not ask(self, tr("Delete the template {name}?", name=name)):
            return
        self.ctx.write(
            lambda: printing.delete_template(self.ctx.uow, kind, name),
            lambda _r: self.reload(),
            lambda exc: show_error(self, exc),
        )

    def make_default(self) -> None:
        name, kind = self.current_name(), self.kind()
        self.ctx.write(
            lambda: printing.set_default(self.ctx.uow, kind, name),
            lambda _r: self.reload(select=name),
            lambda exc: show_error(self, exc),
        )

    def _fit_party_button(self, kind: str) -> None:
        """Whose own template the kind may be: a member's (counter ticket), a supplier's, a
        customer's — or nobody's (a transfer note, a count sheet, labels…)."""
        from ..printing import PARTY_KINDS

        if kind == TICKET:
            self.customer_button.setText(tr("Use for member…"))
        elif kind in SUPPLIER_KINDS:
            self.customer_button.setText(tr("Use for supplier…"))
        else:
            self.customer_button.setText(tr("Use for customer…"))
        self.customer_button.setEnabled(kind in PARTY_KINDS)

    def use_for_customer(self, party_id=None) -> None:
        """This template for one customer's (a supplier's, for purchasing kinds) printouts of the kind."""
        kind, name = self.kind(), self.current_name()
        if party_id is None and kind == TICKET:  # a counter ticket: a member (会员) gets their own
            members = _MemberDialog(self.ctx, self)
            chosen = members.member() if members.exec() else None
            if chosen is None:
                return
            party_id = chosen.customer_id
        if party_id is None:
            from ..widgets.pickers import PartyPicker

            party_kind = "supplier" if kind in SUPPLIER_KINDS else "customer"
            dialog = _PartyDialog(self.ctx, party_kind, self)
            if not dialog.exec() or dialog.picker.party() is None:
                return
            party_id = dialog.picker.party().id  # type: ignore[union-attr]
            assert isinstance(dialog.picker, PartyPicker)
        self.ctx.write(
            lambda: printing.set_party_template(self.ctx.uow, party_id, kind, name),
            lambda _r: self.status.setText(tr("{name} is now this party's template for this kind.", name=name)),
            lambda exc: show_error(self, exc),
        )

    def import_file(self, path: str | None = None) -> None:
        chosen = path or QFileDialog.getOpenFileName(self, tr("Import a template"), "", tr("Templates (*.json)"))[0]
        if not chosen:
            return

        def done(info) -> None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind)))
            self.reload(select=info.name)

        self.ctx.write(lambda: printing.import_template(self.ctx.uow, chosen), done, lambda exc: show_error(self, exc))

    def export_file(self, path: str | None = None) -> None:
        name, kind = self.current_name(), self.kind()
        chosen = (
            path
            or QFileDialog.getSaveFileName(self, tr("Export a template"), f"{name}.json", tr("Templates (*.json)"))[0]
        )
        if not chosen:
            return
        self.ctx.query(
            lambda: printing.export_template(self.ctx.uow, kind, name, chosen),
            lambda written: self.status.setText(tr("Written {path}", path=str(written))),
            lambda exc: show_error(self, exc),
        )


class _MemberDialog:
    """The counter's members (会员) to choose one from: typing filters by name, card or phone;
    ↓/↑ move, Enter takes the highlighted one."""

    def __init__(self, ctx: AppContext, parent: QWidget):
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidgetItem

        self.dialog = QDialog(parent)
        self.dialog.setWindowTitle(tr("Use for member…"))
        self.members = counter.list_members(ctx.uow, limit=5000)
        self.filter_edit = QLineEdit(self.dialog)
        self.filter_edit.setPlaceholderText(tr("Name, card or phone"))
        self.list = QListWidget(self.dialog)
        for m in self.members:
            item = QListWidgetItem(f"{m.name} · {m.card_no} · {m.phone}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
        self.empty_label = QLabel(tr("The counter has no members yet."), self.dialog)
        self.empty_label.setVisible(not self.members)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self.dialog
        )
        buttons.accepted.connect(self.dialog.accept)
        buttons.rejected.connect(self.dialog.reject)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self.dialog.accept)
        self.list.itemActivated.connect(lambda _item: self.dialog.accept())
        layout = QVBoxLayout(self.dialog)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        if self.members:
            self.list.setCurrentRow(0)
        self.filter_edit.setFocus()
        self._keys = _ListKeys(self.list, self.dialog)
        self.filter_edit.installEventFilter(self._keys)

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        first = -1
        for row, m in enumerate(self.members):
            hidden = bool(text) and not any(text in v.lower() for v in (m.name, m.card_no, m.phone))
            self.list.item(row).setHidden(hidden)
            if not hidden and first < 0:
                first = row
        self.list.setCurrentRow(first)

    def member(self):
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        chosen = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.id == chosen), None)

    def exec(self) -> int:
        return self.dialog.exec()


class _ListKeys(QObject):
    """↓/↑ in the filter box move the list's highlighted row (over the hidden ones)."""

    def __init__(self, target: QListWidget, parent: QObject):
        super().__init__(parent)
        self.target = target

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step:
                row = self.target.currentRow() + step
                while 0 <= row < self.target.count() and self.target.item(row).isHidden():
                    row += step
                if 0 <= row < self.target.count():
                    self.target.setCurrentRow(row)
                return True
        return False


class _PartyDialog:
    """A small dialog holding a party picker."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget):
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        from ..widgets.pickers import PartyPicker

        self.dialog = QDialog(parent)
        self.dialog.setWindowTitle(tr("Use for customer…") if kind == "customer" else tr("Use for supplier…"))
        self.picker = PartyPicker(ctx, kind, self.dialog)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self.dialog
        )
        buttons.accepted.connect(self.dialog.accept)
        buttons.rejected.connect(self.dialog.reject)
        layout = QVBoxLayout(self.dialog)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def exec(self) -> int:
        return self.dialog.exec()


def create_page(ctx: AppContext) -> QWidget:
    return PrintTemplatesPage(ctx)


__all__ = ["PrintTemplatesPage", "create_page", "page_title", "replace"]
