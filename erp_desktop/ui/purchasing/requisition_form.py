"""The purchase requisition (采购申请) as a document form in its own tab: department, date, the
default "needed by" and reason on top; the line grid (type or scan the product, Enter to its
quantity, Enter on to the next line; a scan adds 1 to the product's line); Ctrl+S saves it (a
requisition is raised at once: saved, it is read-only and its lines wait in the list to be merged
into orders). Opening a row of the list shows its requisition with what each line is covered by."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from erp_desktop.services import masterdata, purchasing
from erp_desktop.services.paging import ListQuery

from ...errors import ValidationError
from ...i18n import tr
from ...money import ZERO
from ..context import AppContext
from ..errors import show_error
from ..forms import DocumentForm, GridColumn, LineGrid, register_form
from .common import AREAS, date_edit, date_of

KIND = "purchase_requisition"
STATE_TEXT = {"open": "Not ordered", "ordered": "Ordered", "cancelled": "Cancelled"}


def _columns() -> list[GridColumn]:
    return [
        GridColumn("product", tr("Product"), "product", width=280, stretch=True),
        GridColumn("qty", tr("Qty"), "qty", editable=True, places=3, width=80),
        GridColumn("needed_by", tr("Needed by"), "text", width=100),
        GridColumn("reason", tr("Reason"), "text", width=180),
        GridColumn("state", tr("State"), "text", width=90),
        GridColumn("orders", tr("Covered by"), "text", width=150),
    ]


class RequisitionForm(DocumentForm):
    kind = KIND

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.number = ""
        self.saved_ref: purchasing.RequisitionRef | None = None
        self._filling = False
        self._line_defaults: list[tuple[date | None, str]] = []  # (needed_by, reason) of each line
        self.department_edit = QLineEdit(self)
        self.on_edit = date_edit(self)
        self.needed_edit = date_edit(self, optional=True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(tr("Reason"))
        self.add_field(tr("Department"), self.department_edit)
        self.add_field(tr("Date"), self.on_edit)
        self.add_field(tr("Needed by"), self.needed_edit)
        self.add_field(tr("Reason"), self.reason_edit, span=3, new_row=True)
        self.watch(self.department_edit, self.on_edit, self.needed_edit, self.reason_edit)
        self.grid = LineGrid(ctx, _columns(), self)
        self.grid.product_entered.connect(self._on_product_entered)
        self.grid.value_edited.connect(lambda _r, _k: self._edited())
        self.grid.line_removed.connect(self._on_line_removed)
        self.set_grid(self.grid)
        self.new_button = self.add_button(tr("New"), self.new_document, "new_document")
        self.save_button = self.add_button(tr("Save"), self.save, "save")
        self._show(None)

    # --- showing ----------------------------------------------------------------------------
    def _show(self, rows: list[purchasing.RequisitionLineRow] | None) -> None:
        self._filling = True
        self.grid.set_editable(False)
        self.grid.clear_lines()
        self._line_defaults = []
        if not rows:
            self.doc_id, self.number = None, ""
            self.set_title(tr("New requisition"))
            self.state_label.setText("")
        else:
            first = rows[0]
            self.doc_id, self.number = first.requisition_id, first.number
            self.set_title(tr("Requisition {number}", number=first.number))
            self.department_edit.setText(first.department)
            self.on_edit.setDate(first.on)
            requested = tr("Requested by {user}", user=first.requested_by) if first.requested_by else ""
            self.state_label.setText(requested)
            for row in rows:
                brief = masterdata.ProductBrief(
                    row.product_id, row.product_code, row.product_name, "", "", "", ZERO, ZERO, ZERO, True
                )
                self._line_defaults.append((row.needed_by, row.reason))
                self.grid.add_line(
                    brief,
                    {
                        "qty": row.qty,
                        "needed_by": row.needed_by.isoformat() if row.needed_by else "",
                        "reason": row.reason,
                        "state": tr(STATE_TEXT.get(row.state, row.state)),
                        "orders": row.orders,
                    },
                )
        editable = self.doc_id is None
        for widget in (self.department_edit, self.on_edit, self.needed_edit, self.reason_edit):
            widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.grid.set_editable(editable)
        self._filling = False
        self._update_totals()
        self.set_clean()

    def _update_totals(self) -> None:
        total = sum((self.grid.value(r, "qty") or ZERO for r in range(self.grid.line_count)), ZERO)
        self.totals_label.setText(
            tr("{count} lines, quantity {qty}", count=self.grid.line_count, qty=f"{total.normalize():f}")
        )

    def load(self, doc_id: uuid.UUID) -> None:
        query = ListQuery(filters={"requisition_id": doc_id, "state": ""}, limit=1000)

        def fetch() -> list[purchasing.RequisitionLineRow]:
            return list(purchasing.list_requisition_lines(self.ctx.uow, query).rows)

        self.ctx.query(fetch, self._show, lambda e: show_error(self, e))

    # --- editing ----------------------------------------------------------------------------
    def _on_product_entered(self, product: masterdata.ProductBrief, scanned: bool) -> None:
        if self.doc_id is not None:
            return
        if scanned:
            row = self.grid.find_line(product.id)
            if row >= 0:
                self.grid.increment(row)
                self.grid.focus_new_line()
                return
        needed_by, reason = date_of(self.needed_edit), self.reason_edit.text().strip()
        self._line_defaults.append((needed_by, reason))
        self.grid.add_line(
            product,
            {
                "qty": Decimal(1),
                "needed_by": needed_by.isoformat() if needed_by else "",
                "reason": reason,
            },
            focus=None if scanned else "qty",
        )
        if scanned:
            self.grid.focus_new_line()
        self._edited()

    def _edited(self) -> None:
        if not self._filling:
            self.mark_dirty()
            self._update_totals()

    def _on_line_removed(self, row: int) -> None:
        del self._line_defaults[row]
        self._edited()

    def line_inputs(self) -> list[purchasing.RequisitionLineInput]:
        lines = []
        for row in range(self.grid.line_count):
            quantity = self.grid.value(row, "qty")
            if quantity is None or quantity <= ZERO:
                raise ValidationError(tr("Line {line}: enter a quantity greater than zero.", line=row + 1))
            needed_by, reason = self._line_defaults[row]
            lines.append(purchasing.RequisitionLineInput(self.grid.products[row].id, quantity, needed_by, reason))
        return lines

    # --- the keyboard contract --------------------------------------------------------------
    def save(self) -> None:
        if self.doc_id is not None:
            return
        try:
            lines = self.line_inputs()
        except ValidationError as exc:
            show_error(self, exc)
            return
        department, uow = self.department_edit.text(), self.ctx.uow
        on = date_of(self.on_edit) or date.today()

        def done(ref: purchasing.RequisitionRef) -> None:
            self.saved_ref = ref
            self.set_clean()
            self.saved.emit(ref)
            self.load(ref.id)

        self.ctx.write(
            lambda: purchasing.create_requisition(uow, on=on, department=department, lines=lines),
            done,
            lambda e: show_error(self, e),
            areas=AREAS,
        )

    def post(self) -> None:
        self.save()  # a requisition is raised when saved


register_form(KIND, lambda ctx: RequisitionForm(ctx))
