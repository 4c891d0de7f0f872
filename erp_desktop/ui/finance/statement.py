"""对账单: a customer's or supplier's statement for a period — opening balance, each document and
payment with a running balance, closing balance and the ageing at the period end."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from erp_desktop.services import finance

from ...i18n import tr
from ..context import AppContext
from ..errors import show_error
from ..formatting import money_text
from ..printing import print_shortcut, print_statement
from ..table_models import Column
from ..widgets.pickers import PartyPicker
from .common import date_edit, date_of, month_start, party_kind_combo, table
from .openitems import export_table


class StatementPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.statement: finance.Statement | None = None
        self.kind_combo = party_kind_combo(self)
        self.customer_picker = PartyPicker(ctx, "customer", self)
        self.supplier_picker = PartyPicker(ctx, "supplier", self)
        self.pickers = QStackedWidget(self)
        self.pickers.addWidget(self.customer_picker)
        self.pickers.addWidget(self.supplier_picker)
        self.pickers.setMaximumHeight(self.customer_picker.sizeHint().height())
        self.start_edit = date_edit(month_start(), self)
        self.end_edit = date_edit(date.today(), self)
        self.show_button = QPushButton(tr("Show"), self)
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        self.print_button = QPushButton(tr("Print… (Ctrl+P)"), self)
        self.print_button.clicked.connect(self.print_)
        print_shortcut(self, self.print_)  # the statement on screen, to send the customer
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.pickers, 1)
        top.addWidget(QLabel(tr("From")))
        top.addWidget(self.start_edit)
        top.addWidget(QLabel(tr("To")))
        top.addWidget(self.end_edit)
        top.addWidget(self.show_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        self.header_label = QLabel(self)
        self.columns = [
            Column("on", tr("Date"), "date", width=90),
            Column("doc_label", tr("Type"), width=110),
            Column("doc_number", tr("Document"), width=150),
            Column("debit", tr("Increase"), "money", width=120),
            Column("credit", tr("Decrease"), "money", width=120),
            Column("balance", tr("Balance"), "money", width=120),
            Column("due", tr("Due"), "date", width=90),
            Column("memo", tr("Memo")),
        ]
        self.lines_view, self.lines_model = table(self.columns, self)
        self.footer_label = QLabel(self)
        self.ageing_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_label)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.footer_label)
        layout.addWidget(self.ageing_label)
        self.kind_combo.currentIndexChanged.connect(lambda i: self.pickers.setCurrentIndex(i))
        self.customer_picker.picked.connect(lambda _b: self.show_statement())
        self.supplier_picker.picked.connect(lambda _b: self.show_statement())
        self.show_button.clicked.connect(self.show_statement)
        self.export_button.clicked.connect(
            lambda: export_table(self, ctx, tr("Statement"), self.columns, list(self.lines_model.rows), "statement")
        )

    def print_(self) -> None:
        """Ctrl+P: the statement (对账单) of the party and dates shown, as a PDF preview."""
        kind = self.kind_combo.currentData()
        party = (self.customer_picker if kind == "customer" else self.supplier_picker).party()
        if party is not None:
            print_statement(self, self.ctx, kind, party.id, date_of(self.start_edit), date_of(self.end_edit))

    def show_statement(self) -> None:
        kind = self.kind_combo.currentData()
        picker = self.customer_picker if kind == "customer" else self.supplier_picker
        party = picker.party()
        if party is None:
            return
        start, end = date_of(self.start_edit), date_of(self.end_edit)
        self.ctx.query(
            lambda: finance.statement(self.ctx.uow, party_kind=kind, party_id=party.id, start=start, end=end),
            self._on_statement,
            lambda e: show_error(self, e),
        )

    def _on_statement(self, st: finance.Statement) -> None:
        self.statement = st
        self.lines_model.set_rows(st.lines)
        self.header_label.setText(
            tr(
                "{code} {name}  {start} – {end}   Opening balance {opening}",
                code=st.party_code,
                name=st.party_name,
                start=st.start.isoformat(),
                end=st.end.isoformat(),
                opening=money_text(st.opening),
            )
        )
        self.footer_label.setText(
            tr(
                "Increase {debit}   Decrease {credit}   Closing balance {closing}",
                debit=money_text(st.total_debit),
                credit=money_text(st.total_credit),
                closing=money_text(st.closing),
            )
        )
        a = st.ageing
        self.ageing_label.setText(
            tr(
                "Ageing at {date} (days past the document date): 0–30 {a} · 31–60 {b} · 61–90 {c} · 90+ {d} · unapplied {u}",
                date=a.as_of.isoformat(),
                a=money_text(a.days_0_30),
                b=money_text(a.days_31_60),
                c=money_text(a.days_61_90),
                d=money_text(a.days_over_90),
                u=money_text(a.unapplied),
            )
        )
