"""Stock documents: the list (filter by type, state, dates; search) and the editor for other
receipts, other issues and transfers (assemblies and disassemblies open ``kit_form.KitDocForm``) (draft → posted; a posted document is reversed, not edited).
Each document opens as its own form (``doc_form.StockDocForm``, a tab); the list shows each 红冲
pair (reversed by / 红冲 of). A posted document prints (Ctrl+P) as a stock receipt / issue note or a
transfer note (调拨单); posting from the list is Ctrl+Enter."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import inventory
from erp_desktop.services.inventory import KIND_LABELS, STATE_LABELS
from erp_desktop.services.printing import DocKind

from ...i18n import tr
from ..context import AppContext
from ..errors import ask, run_confirmable, show_error
from ..printing import add_list_print_action
from ..table_models import Column
from ..widgets.list_page import ListPage
from .common import AREAS, combo, date_edit, date_of
from .doc_form import PRINT_KINDS, StockDocForm, form_kind
from .kit_form import KIT_FORM_KINDS, KitDocForm


def print_target(row) -> tuple[str, uuid.UUID] | None:
    """(printout kind, id) of a posted stock document (a list row), else None."""
    if row.state == "posted" and row.kind in KIT_FORM_KINDS:
        return DocKind.ASSEMBLY, row.id
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
        Column("pair_label", tr("红冲"), sortable=False, width=170),
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
        page.add_action(tr("New assembly"), lambda: self.new_document("assembly"), "Ctrl+K")
        page.add_action(tr("New disassembly"), lambda: self.new_document("dismantle"), "Ctrl+Shift+K")
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
        page.activated.connect(lambda row: self.open_document(row.id, row.kind))
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
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.apply_filters)
        ctx.changed.connect(self._on_ctx_changed)
        self.last_dialog: StockDocForm | KitDocForm | None = None
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

    def new_document(self, kind: str = "receipt") -> StockDocForm | KitDocForm:
        """A new document of ``kind`` in its own tab (Ctrl+N receipt, Ctrl+Shift+N issue, Ctrl+T
        transfer, Ctrl+K assembly, Ctrl+Shift+K disassembly)."""
        return self._open(kind, None)

    def open_document(self, doc_id: uuid.UUID, kind: str | None = None) -> StockDocForm | KitDocForm:
        """The document's form in its own tab (brought forward when open already)."""
        if kind is None:
            kind = inventory.get_stock_doc(self.ctx.uow, doc_id).doc.kind
        return self._open(kind, doc_id)

    def _open(self, kind: str, doc_id: uuid.UUID | None) -> StockDocForm | KitDocForm:
        from ..forms import open_document

        if kind in KIT_FORM_KINDS:
            kit = open_document(self.ctx, KIT_FORM_KINDS[kind], doc_id, lambda: KitDocForm(self.ctx, kind))
            assert isinstance(kit, KitDocForm)
            self._hook(kit)
            return kit
        form = open_document(self.ctx, form_kind(kind), doc_id, lambda: StockDocForm(self.ctx, kind))
        assert isinstance(form, StockDocForm)
        self._hook(form)
        if doc_id is None:
            form.grid.focus_new_line()
        return form

    def _hook(self, form: StockDocForm | KitDocForm) -> None:
        """The list reloads when the form saves (once per form, however often it is brought forward)."""
        if not form.property("list_hooked"):
            form.saved.connect(lambda _ref: self.list_page.reload())
            form.setProperty("list_hooked", True)
        self.last_dialog = form

    def open_current(self) -> None:
        row = self.list_page.current_row()
        if row is not None:
            self.open_document(row.id, row.kind)

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


__all__ = ["DocumentsPage", "StockDocForm", "print_target", "doc_columns"]
