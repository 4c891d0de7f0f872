"""The landed-cost list (采购费用单): number, date, who billed it, the receipts it falls on, the
gross and how it was placed (to stock, to cost of goods); lazily paged, searchable. Enter or a
double-click opens the form, Ctrl+N a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from erp_desktop.services import purchasing

from ...i18n import tr
from ..context import AppContext
from ..shell.keys import KeyTarget
from ..table_models import Column
from ..widgets.list_page import ListPage


class LandedCostsPage(QWidget, KeyTarget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        columns = [
            Column("number", tr("Number"), width=130),
            Column("on", tr("Date"), "date", width=90),
            Column("supplier", tr("Billed by"), sortable=False, width=160),
            Column("kind_label", tr("Charge"), sortable=False, width=70),
            Column("receipts", tr("Receipts"), sortable=False, width=200),
            Column("gross", tr("Gross"), "money", width=90),
            Column("to_stock", tr("To stock"), "money", sortable=False, width=90),
            Column("to_cogs", tr("To cost of goods"), "money", sortable=False, width=110),
            Column("state_text", tr("State"), sortable=False),
        ]
        self.list_page = ListPage(
            columns,
            lambda q: purchasing.list_landed_costs(ctx.uow, q),
            parent=self,
            placeholder=tr("Search number, supplier or invoice…"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_page, 1)
        self.list_page.add_action(tr("New landed cost"), self.new_document, "Ctrl+N")
        self.list_page.add_action(tr("Open"), self.open_current, "Ctrl+O")
        self.list_page.activated.connect(lambda row: self.open_landed_cost(row.id))
        ctx.changed.connect(lambda areas: self.list_page.reload() if "purchasing" in areas else None)

    def open_landed_cost(self, doc_id):
        from .landed_cost_form import open_landed_cost

        form = open_landed_cost(self.ctx, doc_id)
        if not getattr(form, "_list_hooked", False):
            form.saved.connect(lambda _ref: self.list_page.reload())
            form._list_hooked = True
        return form

    def new_document(self):  # Ctrl+N
        form = self.open_landed_cost(None)
        form.supplier_picker.setFocus()
        return form

    def open_current(self):
        row = self.list_page.current_row()
        return self.open_landed_cost(row.id) if row is not None else None

    def refresh(self) -> None:  # F5
        self.list_page.reload()
