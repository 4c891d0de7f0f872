"""The assembly / disassembly form (组装单 / 拆卸单) in its own tab: the kit (picked by code, name,
barcode or 助记码), how many, the date, the bin what is consumed comes from and the bin what is
produced goes to, a note; below, the components the kit's bill gives for that many kits with
their cost (an estimate at today's cost until posted, the posted values after). Save (Ctrl+S),
Post (F11), Print (Ctrl+P) once posted, Reverse (红冲). A posted document is never edited.

Lots and serials (批次 / 序列号): a tracked component's row shows its lots in the last column —
Enter on the row opens the lot entry (serials scanned one per unit; lots typed with their dates);
a lot-tracked component leaving its bin left empty is taken first expiry first. A tracked kit's
lots or serials are entered with the button beside the kit. A saved draft keeps them (they
reload with it) and its posting takes them; once posted the rows show what moved."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from erp_desktop.services import inventory
from erp_desktop.services.inventory import STATE_LABELS
from erp_desktop.services.printing import DocKind

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO, money
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..formatting import money_text, price_text, qty_text
from ..forms import DocumentForm, register_form
from ..printing import print_document
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.lot_entry import LotEntryDialog, lots_text, moved_text
from ..widgets.pickers import BinPicker, ProductPicker
from .common import AREAS, date_edit, post_stock_draft

KIT_FORM_KINDS = {"assembly": "stock_assembly", "dismantle": "stock_dismantle"}


def _titles() -> dict[str, str]:
    return {"assembly": tr("Assembly"), "dismantle": tr("Disassembly")}


class KitDocForm(DocumentForm):
    """Open with ``doc_id`` None for a new assembly (``doc_kind`` "assembly") or disassembly
    ("dismantle")."""

    def __init__(
        self,
        ctx: AppContext,
        doc_kind: str = "assembly",
        doc_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.doc_kind = doc_kind
        self.kind = KIT_FORM_KINDS[doc_kind]
        self.doc_id = doc_id
        self.view: inventory.KitDocView | None = None
        self.bom: inventory.Bom | None = None
        self.version: int | None = None
        self.state = "draft"
        self.number = ""
        self.reversed = self.is_reversal = False
        self.posted_result = None
        self.reversal_result = None
        self._filling = False

        self.kit_picker = ProductPicker(ctx, self)
        self.kit_picker.setPlaceholderText(tr("Kit: code, name, barcode or 助记码"))
        self.qty_edit = DecimalEdit(3, parent=self)
        self.qty_edit.setText("1")
        self.date_edit = date_edit(self)
        self.source_picker = BinPicker(ctx, self)
        self.target_picker = BinPicker(ctx, self)
        self.note_edit = QLineEdit(self)
        assembly = doc_kind == "assembly"
        self.add_field(tr("Kit"), self.kit_picker)
        self.add_field(tr("Kits"), self.qty_edit)
        self.add_field(tr("Date"), self.date_edit)
        self.add_field(tr("Components from") if assembly else tr("Kits from"), self.source_picker, new_row=True)
        self.add_field(tr("Kits to") if assembly else tr("Components to"), self.target_picker)
        self.kit_lots_button = QPushButton(self)
        self.kit_lots_button.setToolTip(tr("The lots or serial numbers of the kits"))
        self.kit_lots_button.clicked.connect(lambda _c=False: self.edit_lots(None))
        self.add_field(tr("Kit lots / serials"), self.kit_lots_button)
        # its label goes and comes with the button (an untracked kit left 套件批次 / 序列号 beside nothing)
        self.kit_lots_label = next(w for w in self.findChildren(QLabel) if w.buddy() is self.kit_lots_button)
        self.add_field(tr("Note"), self.note_edit, span=3, new_row=True)
        self._lots: dict[uuid.UUID, tuple[inventory.LotInput, ...]] = {}  # product → lots entered
        self.lot_dialog: LotEntryDialog | None = None
        self.watch(self.qty_edit, self.date_edit, self.note_edit)
        for picker in (self.source_picker, self.target_picker):
            picker.bin_combo.activated.connect(lambda _i: self.mark_dirty())
            picker.warehouse_combo.activated.connect(lambda _i: self.mark_dirty())
        self.kit_picker.picked.connect(self._on_kit_picker_picked)
        self.qty_edit.textEdited.connect(lambda _t: self._update_components())

        self.components_table = QTableWidget(0, 7, self)
        self.components_table.setHorizontalHeaderLabels(
            [tr("Code"), tr("Name"), tr("Quantity"), tr("Unit"), tr("Unit cost"), tr("Value"), tr("Lots / serials")]
        )
        self.components_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.components_table.setColumnWidth(6, 260)
        self.components_table.activated.connect(lambda index: self.edit_lots(index.row()))
        self.components_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components_table.verticalHeader().setVisible(False)
        self.components_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.set_grid(self.components_table)

        self.new_button = self.add_button(tr("New"), self.new_document, "new_document")
        self.save_button = self.add_button(tr("Save draft"), self.save, "save")
        self.post_button = self.add_button(tr("Post"), self.post, "post")
        self.reverse_button = self.add_button(tr("Reverse"), self.reverse)
        self.delete_button = self.add_button(tr("Delete draft"), self.delete_draft)
        self.print_button = self.add_button(tr("Print…"), self.print_posted, "print_", print_row=True)
        if doc_id is not None:
            self.load(doc_id)
        else:
            self._show(None)
            self.kit_picker.setFocus()

    # --- the keyboard contract ------------------------------------------------------------
    def load(self, doc_id: uuid.UUID) -> None:
        self.doc_id = doc_id
        uow = self.ctx.uow

        def read():
            view = inventory.get_kit_doc(uow, doc_id)
            return view, inventory.get_bom(uow, view.kit_id)

        self.ctx.query(read, lambda pair: self._show(*pair), lambda e: show_error(self, e))

    def save(self) -> None:
        if self.state != "draft":
            return
        header = self._header()
        if header is not None:  # the lots and serials entered are kept with the draft
            self.save_draft(inventory.save_kit_doc, {**header, "lots": dict(self._lots)}, areas={"stock"})

    def post(self) -> None:
        if self.state != "draft":
            return
        header = self._header()
        if header is None:
            return
        # a new document posts with the lots entered; a saved draft is saved with them, then
        # posts what it keeps
        header["lots"] = dict(self._lots)
        post_stock_draft(self, header, create=inventory.create_and_post_kit_doc, save=inventory.save_kit_doc)

    def print_(self) -> None:
        self.print_posted()

    # --- showing --------------------------------------------------------------------------
    def _show(self, view: inventory.KitDocView | None, bom: inventory.Bom | None = None) -> None:
        self.view = view
        self._filling = True
        titles = _titles()
        if view is None:
            self.state, self.version, self.number = "draft", None, ""
            self.reversed = self.is_reversal = False
            self.set_title(titles[self.doc_kind])
            self.state_label.setText(tr(STATE_LABELS["draft"]))
        else:
            self.bom = bom
            self.state, self.version, self.number = view.state, view.version, view.number
            self.reversed = view.reversed_by_id is not None
            self.is_reversal = view.reversal_of_id is not None
            self.set_title(f"{titles[self.doc_kind]} {view.number}" if view.number else titles[self.doc_kind])
            self.state_label.setText(f"[{tr(STATE_LABELS.get(view.state, view.state))}]")
            self.kit_picker.setText(f"{view.kit_code} {view.kit_name}")
            self.qty_edit.setText(qty_text(view.qty))
            self.date_edit.setDate(view.on)
            self.note_edit.setText(view.note)
            self._lots = dict(view.entered_lots)  # a draft's lots and serials, as saved
            # a reversal swaps the bins: show them as the original document had them
            source, target = (
                (view.to_location_id, view.from_location_id)
                if self.is_reversal
                else (view.from_location_id, view.to_location_id)
            )
            if source:
                self.source_picker.set_bin(source)
            if target:
                self.target_picker.set_bin(target)
        self._filling = False
        self._apply_state()
        self._update_components()
        self.set_clean()

    def _apply_state(self) -> None:
        editable = self.state == "draft"
        posted = self.state == "posted"
        for widget in (
            self.kit_picker,
            self.qty_edit,
            self.date_edit,
            self.note_edit,
            self.source_picker,
            self.target_picker,
        ):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.post_button.setVisible(editable)
        self.delete_button.setVisible(editable and self.doc_id is not None)
        self.reverse_button.setVisible(posted and not self.reversed and not self.is_reversal)
        self.print_button.setVisible(posted)
        info = []
        if self.is_reversal:
            info.append(tr("A reversal (红冲)."))
        if self.reversed:
            info.append(tr("Reversed."))
        self.info_label.setText(" ".join(info))
        if posted:
            self.print_button.setFocus()

    def _update_components(self) -> None:
        """The components for the kits entered: the posted lines once posted, else the bill × the
        number of kits at today's cost."""
        table = self.components_table
        rows: list[tuple[str, str, Decimal, str, Decimal | None, Decimal | None]] = []
        lot_cells: list[str] = []
        if self.view is not None and self.state == "posted":
            rows = [(l.product_code, l.product_name, l.qty, l.unit, l.unit_cost, l.value) for l in self.view.lines]
            lot_cells = [moved_text(self.view.lots.get(l.id, ())) for l in self.view.lines]
            total = self.view.total_value
            text = tr(
                "{kits} × {code}: value {value}",
                kits=qty_text(self.view.qty),
                code=self.view.kit_code,
                value=money_text(total),
            )
        elif self.bom is not None:
            kits = self.qty_edit.value() or ZERO
            rows = [
                (l.code, l.name, *l.shown_for(kits), l.unit_cost, money(l.qty * kits * l.unit_cost))
                for l in self.bom.lines
            ]
            lot_cells = [self._lot_cell_text(l) for l in self.bom.lines]
            total = sum((r[5] or ZERO for r in rows), ZERO)
            text = tr(
                "{kits} × {code}: {value} at today's cost ({cost} a kit)",
                kits=qty_text(kits),
                code=self.bom.code,
                value=money_text(total),
                cost=money_text(self.bom.cost),
            )
        else:
            text = tr("Choose the kit: its bill of components fills the lines.")
        table.setRowCount(len(rows))
        for r, (code, name, quantity, unit, unit_cost, value) in enumerate(rows):
            cells = [
                code,
                name,
                qty_text(quantity),
                unit,
                price_text(unit_cost),
                "" if value is None else money_text(value),
                lot_cells[r] if r < len(lot_cells) else "",
            ]
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                if c in (2, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        self.totals_label.setText(text)
        self._show_kit_lots()

    # --- editing --------------------------------------------------------------------------
    def _on_kit_picker_picked(self, brief) -> None:
        if self.state != "draft" or brief is None:
            return
        self.mark_dirty()

        def done(bom) -> None:
            self.bom = bom
            self._lots = {}
            if bom is None:
                show_error(
                    self,
                    ValidationError(
                        tr(
                            "{code} {name} has no bill of components; enter its components first.",
                            code=brief.code,
                            name=brief.name,
                        )
                    ),
                )
            self._update_components()
            self.qty_edit.setFocus()
            self.qty_edit.selectAll()

        self.ctx.query(lambda: inventory.get_bom(self.ctx.uow, brief.id), done, lambda e: show_error(self, e))

    def _header(self) -> dict | None:
        if self.bom is None:
            show_error(self, ValidationError(tr("Choose the kit."), field="kit"))
            return None
        kits = self.qty_edit.value()
        if kits is None or kits <= ZERO:
            show_error(self, ValidationError(tr("Enter how many kits, more than zero."), field="qty"))
            return None
        return dict(
            kind=self.doc_kind,
            on=self.date_edit.date().toPython(),
            kit_id=self.bom.kit_id,
            qty=kits,
            warehouse_id=self.target_picker.warehouse_id() or self.source_picker.warehouse_id(),
            from_location_id=self.source_picker.bin_id(),
            to_location_id=self.target_picker.bin_id(),
            note=self.note_edit.text().strip(),
        )

    # --- lots and serials -------------------------------------------------------------------
    def _consumed(self, kit: bool) -> bool:
        """Whether the kit (``kit``) or a component leaves a bin on this document."""
        return (self.doc_kind == "assembly") != kit

    def _lot_cell_text(self, line: inventory.BomLine) -> str:
        if not (line.lot_tracked or line.serial_tracked):
            return ""
        entered = self._lots.get(line.component_id, ())
        if entered:
            return lots_text(entered, serial=line.serial_tracked)
        if self._consumed(False):
            return tr("Scan serials…") if line.serial_tracked else tr("FEFO (first expiry first)")
        if self.doc_kind == "dismantle":  # the service traces them from the kit's assembly
            return tr("As assembled (Enter to type)")
        return tr("Scan serials…") if line.serial_tracked else tr("Enter lots…")

    def _show_kit_lots(self) -> None:
        bom = self.bom
        tracked = bom is not None and (bom.lot_tracked or bom.serial_tracked)
        if self.view is not None and self.state == "posted":
            moved = self.view.kit_lots
            self.kit_lots_button.setText(moved_text(moved))
            self.kit_lots_button.setEnabled(False)
            self.kit_lots_button.setVisible(bool(moved))
            self.kit_lots_label.setVisible(bool(moved))
            return
        self.kit_lots_button.setVisible(bool(tracked))
        self.kit_lots_label.setVisible(bool(tracked))
        self.kit_lots_button.setEnabled(self.state == "draft")
        if bom is None or not tracked:
            return
        entered = self._lots.get(bom.kit_id, ())
        if entered:
            self.kit_lots_button.setText(lots_text(entered, serial=bom.serial_tracked))
        elif bom.serial_tracked:
            self.kit_lots_button.setText(tr("Scan serials…"))
        else:
            self.kit_lots_button.setText(tr("FEFO (first expiry first)") if self._consumed(True) else tr("Enter lots…"))

    def edit_lots(self, row: int | None) -> LotEntryDialog | None:
        """Open the lot / serial entry of component ``row`` (None: the kit itself)."""
        bom = self.bom
        if self.state != "draft" or bom is None:
            return None
        kits = self.qty_edit.value() or ZERO
        if row is None:
            product_id, label, serial = bom.kit_id, f"{bom.code} {bom.name}", bom.serial_tracked
            tracked, quantity, shelf = bom.lot_tracked or bom.serial_tracked, kits, bom.shelf_life_days
        elif 0 <= row < len(bom.lines):
            line = bom.lines[row]
            product_id, label, serial = line.component_id, f"{line.code} {line.name}", line.serial_tracked
            tracked, quantity, shelf = line.lot_tracked or line.serial_tracked, line.qty * kits, line.shelf_life_days
        else:
            return None
        if not tracked or quantity <= ZERO:
            return None
        kept = self._lots.get(product_id, ())
        leaving = self._consumed(row is None)
        hint = self._held_hint(product_id) if leaving else ""
        dialog = LotEntryDialog(
            label, quantity, serial=serial, shelf_life_days=shelf, lots=kept, parent=self, hint=hint
        )
        dialog.accepted.connect(lambda p=product_id, d=dialog: self._on_lots_entered(p, d.lots()))
        self.lot_dialog = dialog
        dialog.open()
        return dialog

    def _held_hint(self, product_id: uuid.UUID) -> str:
        """What the source bin holds of the product, lot by lot, first expiry first."""
        bin_id = self.source_picker.bin_id()
        held = []
        for lot in inventory.product_lots(self.ctx.uow, product_id, in_stock_only=True):
            quantity = sum((b.qty for b in lot.bins if bin_id is None or b.location_id == bin_id), ZERO)
            if quantity > ZERO:
                expiry = f" ({lot.expiry_date.isoformat()})" if lot.expiry_date else ""
                held.append(f"{lot.number}×{qty_text(quantity)}{expiry}")
        if not held:
            return tr("None in stock at that bin.")
        return tr("In stock at that bin: {lots}", lots=", ".join(held[:12]) + (" …" if len(held) > 12 else ""))

    def _on_lots_entered(self, product_id: uuid.UUID, lots: tuple) -> None:
        self._lots[product_id] = tuple(lots)
        self.mark_dirty()
        self._update_components()

    # --- actions --------------------------------------------------------------------------
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

    def reverse(self) -> None:
        if self.state != "posted" or self.reversed or self.is_reversal or self.doc_id is None:
            return
        if not ask(self, tr("Reverse {number}? A reversing document is posted at once.", number=self.number)):
            return
        doc_id, uow = self.doc_id, self.ctx.uow

        def done(result) -> None:
            self.reversal_result = result
            self.saved.emit(result)
            self.load(doc_id)
            self._status(tr("Posted {number}", number=result.number))

        run_confirmable(
            self,
            lambda ack: inventory.reverse_stock_doc(uow, doc_id, acknowledged=ack),
            done,
            lambda fn, ok, failed: self.ctx.write(fn, ok, failed, areas=AREAS),
        )

    def print_posted(self) -> None:
        if self.state != "posted" or self.doc_id is None:
            return
        print_document(self, self.ctx, DocKind.ASSEMBLY, self.doc_id)

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 5000)


def _factory(kind: str):
    return lambda ctx: KitDocForm(ctx, kind)


for _kind, _form_kind in KIT_FORM_KINDS.items():
    register_form(_form_kind, _factory(_kind))
