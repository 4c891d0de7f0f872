"""应收/应付: ageing per party at a date (document date: 0–30, 31–60, 61–90, 90+), the chosen
party's open items, and its allocations with "Undo allocation" (a recorded reversal)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..table_models import Column
from ..widgets.remember import layout_key, remember_splitter
from .common import current_row, date_edit, date_of, kind_of, party_kind_combo, table


class OpenItemsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind_combo = party_kind_combo(self)
        self.as_of_edit = date_edit(date.today(), self)
        self.total_label = QLabel(self)
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(QLabel(tr("Ageing at (days past the document date)")))
        top.addWidget(self.as_of_edit)
        top.addWidget(self.total_label, 1)
        top.addWidget(self.export_button)
        self.ageing_columns = [
            Column("party_code", tr("Code"), width=80),
            Column("party_name", tr("Name"), width=180),
            Column("days_0_30", tr("0–30 days"), "money", width=110),
            Column("days_31_60", tr("31–60 days"), "money", width=110),
            Column("days_61_90", tr("61–90 days"), "money", width=110),
            Column("days_over_90", tr("90+ days"), "money", width=110, warn=lambda r: r.days_over_90 > 0),
            Column("unapplied", tr("Unapplied credit"), "money", width=120),
            Column("total", tr("Balance"), "money", width=120),
        ]
        self.ageing_view, self.ageing_model = table(self.ageing_columns, self)
        self.items_view, self.items_model = table(
            [
                Column("doc_number", tr("Document"), width=140),
                Column("doc_label", tr("Type"), width=100),
                Column("on", tr("Date"), "date", width=90),
                Column("due", tr("Due"), "date", width=90),
                Column("amount", tr("Amount"), "money", width=110),
                Column("allocated", tr("Allocated"), "money", width=110),
                Column("open", tr("Open amount"), "money", width=110),
                Column("days", tr("Days"), width=60),
                Column("memo", tr("Memo")),
            ],
            self,
        )
        self.allocations_view, self.allocations_model = table(
            [
                Column("on", tr("Date"), "date", width=90),
                Column("debit_number", tr("Document"), width=140),
                Column("credit_number", tr("Settled by"), width=140),
                Column("amount", tr("Amount"), "money", width=110),
                Column("undone", tr("Undone"), "money", width=110),
                Column("user_name", tr("User")),
            ],
            self,
        )
        self.undo_button = QPushButton(tr("Undo allocation"), self)
        self.auto_button = QPushButton(tr("Allocate all oldest first"), self)
        alloc_box = QWidget(self)
        alloc_layout = QVBoxLayout(alloc_box)
        alloc_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        alloc_layout.addLayout(buttons)
        alloc_layout.addWidget(self.allocations_view)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.addTab(self.items_view, tr("Open items"))
        self.detail_tabs.addTab(alloc_box, tr("Allocations"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        remember_splitter(splitter, ctx, layout_key(self, "split"))
        splitter.addWidget(self.ageing_view)
        splitter.addWidget(self.detail_tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.as_of_edit.dateChanged.connect(lambda *_: self.reload())
        self.ageing_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_party())
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.auto_button.clicked.connect(self._on_auto_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        ctx.changed.connect(lambda areas: bool(areas & {Area.FINANCE, Area.SALES, Area.PURCHASING}) and self.reload())
        self.reload()

    def kind(self) -> str:
        return kind_of(self.kind_combo.currentData())

    def reload(self) -> None:
        kind, as_of = self.kind(), date_of(self.as_of_edit)
        self.ctx.query(
            lambda: finance.ageing_report(self.ctx.uow, kind=kind, as_of=as_of),
            self._on_ageing,
            lambda e: show_error(self, e),
        )

    def _on_ageing(self, rows) -> None:
        current = current_row(self.ageing_view)
        self.ageing_model.set_rows(rows)
        total = sum((r.total for r in rows), 0)
        self.total_label.setText(tr("{count} parties, balance {total}", count=len(rows), total=f"{total:,.2f}"))
        index = next(
            (i for i, r in enumerate(rows) if current is not None and r.party_id == current.party_id), 0 if rows else -1
        )
        if index >= 0:
            self.ageing_view.selectRow(index)
        self._load_party()

    def _load_party(self) -> None:
        row = current_row(self.ageing_view)
        if row is None:
            self.items_model.set_rows([])
            self.allocations_model.set_rows([])
            return
        kind = self.kind()
        self.ctx.query(
            lambda: (
                finance.list_open_items(self.ctx.uow, kind=kind, party_id=row.party_id),
                finance.allocations_for_party(self.ctx.uow, kind=kind, party_id=row.party_id),
            ),
            self._on_party,
            lambda e: show_error(self, e),
        )

    def _on_party(self, result) -> None:
        items, allocations = result
        self.items_model.set_rows(items)
        self.allocations_model.set_rows([a for a in allocations if not a.reversal])

    def _on_undo_button_clicked(self) -> None:
        row = current_row(self.allocations_view)
        if row is None or row.undone >= row.amount:
            return
        if not ask(
            self,
            tr(
                "Undo the allocation of {amount} between {a} and {b}?",
                amount=f"{row.amount - row.undone:,.2f}",
                a=row.debit_number,
                b=row.credit_number,
            ),
        ):
            return
        self.ctx.write(
            lambda: finance.unallocate(self.ctx.uow, row.id),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_auto_button_clicked(self) -> None:
        row = current_row(self.ageing_view)
        if row is None:
            return
        kind = self.kind()
        self.ctx.write(
            lambda: finance.auto_allocate_party(self.ctx.uow, kind=kind, party_id=row.party_id),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_export_button_clicked(self) -> None:
        export_table(self, self.ctx, tr("Ageing"), self.ageing_columns, list(self.ageing_model.rows), "ageing")


def export_table(parent, ctx, title: str, columns, rows, name: str) -> None:
    """Export report rows through the shared Excel export (when it is installed)."""
    try:
        from ..widgets.export import export_rows
    except ModuleNotFoundError:  # pragma: no cover - the Excel engine ships with the program
        return
    export_rows(parent, ctx, title=title, columns=columns, fetch_all=lambda: rows, default_name=name)
