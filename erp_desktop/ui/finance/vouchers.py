"""凭证: the voucher list (记-0001 … per month) with filters by month, account and source kind, a
voucher's lines with its source document, manual vouchers (from a template or line by line),
reversal, and the 记账凭证 printout (A4 or half-sheet A5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.services import finance, printing

from ...errors import ValidationError
from ...i18n import tr
from ...money import NotANumber, parse_decimal
from ..context import AppContext, Area
from ..errors import ask, show_error
from ..printing import preview_with_templates
from ..table_models import Column
from ..widgets.list_page import ListPage
from .common import table
from .journal import ManualEntryDialog

SOURCE_KINDS = ("", "MJ", "CF", "DN", "SR", "PR", "PT", "RC", "PM", "MT", "OI", "OE", "OB")


class VouchersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.list_page = ListPage(
            [
                Column("period", tr("Month"), sortable=False, width=70),
                Column("voucher_no", tr("Voucher"), sortable=False, width=80),
                Column("on", tr("Date"), "date", width=90),
                Column("source", tr("Source"), sortable=False, width=120),
                Column("doc_number", tr("Document"), width=150),
                Column("total", tr("Amount"), "money", sortable=False, width=110),
                Column("user_name", tr("Prepared by"), sortable=False, width=80),
                Column("memo", tr("Summary"), sortable=False),
            ],
            lambda q: finance.list_vouchers(ctx.uow, q),
            parent=self,
            placeholder=tr("Voucher, document number or summary…"),
        )
        self.list_page.add_action(tr("New voucher…"), self._on_new_voucher, "Ctrl+N")
        self.list_page.add_action(tr("From template…"), self._on_from_template)
        self.list_page.add_action(tr("Reverse voucher…"), self._on_reverse)
        self.list_page.add_action(tr("Print voucher"), lambda: self._print(False, None))
        self.list_page.add_action(tr("Print month (A5)"), lambda: self._print(True, "a5"))
        self.period_edit = QLineEdit(self)
        self.period_edit.setPlaceholderText(tr("Month YYYY-MM"))
        self.period_edit.setMaximumWidth(110)
        self.account_edit = QLineEdit(self)
        self.account_edit.setPlaceholderText(tr("Account code"))
        self.account_edit.setMaximumWidth(110)
        self.kind_combo = QComboBox(self)
        for kind in SOURCE_KINDS:
            self.kind_combo.addItem(finance.source_label(kind) if kind else tr("All sources"), kind)
        filters = QHBoxLayout()
        for label, widget in ((tr("Month"), self.period_edit), (tr("Account"), self.account_edit)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.kind_combo)
        filters.addStretch(1)
        self.detail_label = QLabel(self)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_view, self.lines_model = table(
            [
                Column("memo", tr("Summary"), width=200),
                Column("account_code", tr("Account"), width=80),
                Column("account_name", tr("Account name"), width=220),
                Column("party_name", tr("Party"), width=140),
                Column("debit", tr("Debit"), "money", width=110),
                Column("credit", tr("Credit"), "money", width=110),
            ],
            self,
        )
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(4, 0, 4, 0)
        bottom_layout.addWidget(self.detail_label)
        bottom_layout.addWidget(self.lines_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_page)
        splitter.addWidget(bottom)
        splitter.setSizes([450, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.period_edit.editingFinished.connect(self._apply_filters)
        self.account_edit.editingFinished.connect(self._apply_filters)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.list_page.table_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.list_page.reload())

    def filters(self) -> dict:
        f = {}
        if self.period_edit.text().strip():
            f["period"] = self.period_edit.text().strip()
        if self.account_edit.text().strip():
            f["account"] = self.account_edit.text().strip()
        if self.kind_combo.currentData():
            f["doc_type"] = self.kind_combo.currentData()
        return f

    def _apply_filters(self) -> None:
        try:
            if "period" in self.filters():
                finance.parse_period(self.filters()["period"])
        except Exception as exc:  # noqa: BLE001 - a ValidationError, shown
            show_error(self, exc)
            return
        self.list_page.model.set_query(filters=self.filters())

    def _show_detail(self) -> None:
        row = self.list_page.current_row()
        if row is None:
            return
        self.ctx.query(
            lambda: finance.voucher_detail(self.ctx.uow, row.id), self._on_detail, lambda e: show_error(self, e)
        )

    def _on_detail(self, v) -> None:
        self.detail = v
        extra = ""
        if v.reversal_of:
            extra = " · " + tr("reverses {voucher}", voucher=v.reversal_of)
        elif v.reversed_by:
            extra = " · " + tr("reversed by {voucher}", voucher=v.reversed_by)
        self.detail_label.setText(
            f"{v.period} {v.voucher_no} · {v.on.isoformat()} · {v.source} {v.doc_number} · {v.memo}{extra}"
        )
        self.lines_model.set_rows(v.lines)

    def _on_new_voucher(self) -> None:
        ManualEntryDialog(self.ctx, self).open()

    def _on_from_template(self) -> None:
        templates = finance.list_templates(self.ctx.uow)
        if not templates:
            return
        name, ok = QInputDialog.getItem(
            self, tr("Voucher template"), tr("Template:"), [t.name for t in templates], 0, False
        )
        if not ok:
            return
        text, ok = QInputDialog.getText(self, name, tr("Amount:"))
        if not ok:
            return
        try:
            amount = parse_decimal(text)
        except NotANumber:
            show_error(self, ValidationError(tr("Not an amount: {text}", text=text), field="amount"))
            return
        self.ctx.write(
            lambda: finance.post_from_template(self.ctx.uow, name, on=date.today(), amount=amount),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _on_reverse(self) -> None:
        row = self.list_page.current_row()
        if row is None or not ask(self, tr("Post a reversal of {voucher} dated today?", voucher=row.label)):
            return
        self.ctx.write(
            lambda: finance.reverse_manual_entry(self.ctx.uow, row.id, on=date.today()),
            lambda _r: None,
            lambda e: show_error(self, e),
            areas={Area.FINANCE},
        )

    def _print(self, month: bool, size: str | None) -> None:
        """Preview the voucher (or the month's) with the shop's voucher template, or on A5 for the
        month; the preview's template picker prints them again with another."""
        row = self.list_page.current_row()
        if row is None:
            return
        uow = self.ctx.uow
        refs, period = ([], row.period) if month else ([row.id], "")

        def render(name: str | None, size: str | None = None) -> Path:
            return printing.print_vouchers(uow, refs, period=period, size=size, template=name)

        self.ctx.query(
            lambda: render(None, size),
            lambda path: preview_with_templates(self, self.ctx, path, "voucher", render),
            lambda e: show_error(self, e),
        )
