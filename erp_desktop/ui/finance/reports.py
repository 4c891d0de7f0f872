"""报表: trial balance, profit (also cut by store, 多门店: a column per store, or one store),
cash and bank balances, general ledger of one account — for a period, each exportable to Excel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from erp_desktop.services import analysis, counter, finance

from ...i18n import tr
from ..context import AppContext, Area
from ..errors import show_error
from ..formatting import money_text
from ..table_models import Column
from .common import date_edit, date_of, month_start, table
from .openitems import export_table


@dataclass(frozen=True)
class _Line:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class _StoreLine:
    store: str
    sales_revenue: Decimal
    cost_of_goods: Decimal
    gross_margin: Decimal
    other_income: Decimal
    expenses: Decimal
    profit: Decimal

    @classmethod
    def of(cls, r: analysis.StoreProfit) -> _StoreLine:
        return cls(
            f"{r.code} {r.name}".strip(),
            r.sales_revenue,
            r.cost_of_goods,
            r.gross_margin,
            r.other_income,
            r.expenses,
            r.profit,
        )


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report_combo = QComboBox(self)
        for key, label in (
            ("tb", tr("Trial balance")),
            ("profit", tr("Profit report")),
            ("profit_store", tr("Profit by store")),
            ("cash", tr("Cash and bank balances")),
            ("gl", tr("General ledger")),
        ):
            self.report_combo.addItem(label, key)
        self.start_edit = date_edit(month_start(), self)
        self.end_edit = date_edit(date.today(), self)
        self.account_edit = QLineEdit(self)
        self.account_edit.setPlaceholderText(tr("Account code, e.g. 1122"))
        self.account_edit.setMaximumWidth(160)
        self.store_combo = QComboBox(self)
        self._fill_stores()
        self.store_combo.currentIndexChanged.connect(
            lambda _i: self.report_combo.currentData() == "profit_store" and self.run()
        )
        self.run_button = QPushButton(tr("Show"), self)
        self.export_button = QPushButton(tr("Export to Excel…"), self)
        top = QHBoxLayout()
        top.addWidget(self.report_combo)
        top.addWidget(QLabel(tr("From")))
        top.addWidget(self.start_edit)
        top.addWidget(QLabel(tr("To")))
        top.addWidget(self.end_edit)
        top.addWidget(self.account_edit)
        top.addWidget(self.store_combo)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.view, self.model = table([], self)
        self.status_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        self.report_combo.currentIndexChanged.connect(lambda _i: self.run())
        self.run_button.clicked.connect(self.run)
        self.account_edit.returnPressed.connect(self.run)
        self.export_button.clicked.connect(
            lambda: export_table(
                self,
                ctx,
                self.report_combo.currentText(),
                self.model.columns,
                list(self.model.rows),
                self.report_combo.currentData(),
            )
        )
        ctx.changed.connect(lambda areas: Area.SETTINGS in areas and self._fill_stores())
        ctx.changed.connect(lambda areas: Area.FINANCE in areas and self.run())
        self.run()

    def _fill_stores(self) -> None:
        """The store filter of the profit by store: every store, or one (kept across a refill)."""
        chosen = self.store_combo.currentData() or ""
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        self.store_combo.addItem(tr("All stores"), "")
        for store in counter.list_stores(self.ctx.uow):
            self.store_combo.addItem(f"{store.code} {store.name}", store.code)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(chosen)))
        self.store_combo.blockSignals(False)

    def run(self) -> None:
        key = self.report_combo.currentData()
        start, end = date_of(self.start_edit), date_of(self.end_edit)
        self.account_edit.setVisible(key == "gl")
        self.store_combo.setVisible(key == "profit_store")
        uow = self.ctx.uow
        if key == "tb":
            self.ctx.query(
                lambda: finance.trial_balance(uow, start=start, end=end), self._on_tb, lambda e: show_error(self, e)
            )
        elif key == "profit":
            self.ctx.query(
                lambda: finance.profit_report(uow, start=start, end=end), self._on_profit, lambda e: show_error(self, e)
            )
        elif key == "profit_store":
            store = self.store_combo.currentData() or None
            self.ctx.query(
                lambda: analysis.profit_by_store(uow, start=start, end=end, store=store),
                self._on_profit_store,
                lambda e: show_error(self, e),
            )
        elif key == "cash":
            self.ctx.query(lambda: finance.cash_balances(uow, as_of=end), self._on_cash, lambda e: show_error(self, e))
        else:
            code = self.account_edit.text().strip() or "1122"
            self.ctx.query(
                lambda: finance.general_ledger(uow, code=code, start=start, end=end),
                self._on_gl,
                lambda e: show_error(self, e),
            )

    def _on_tb(self, tb: finance.TrialBalance) -> None:
        self.model.set_columns(
            [
                Column("code", tr("Code"), width=80),
                Column("name", tr("Account"), width=200),
                Column("opening_debit", tr("Opening debit"), "money", width=120),
                Column("opening_credit", tr("Opening credit"), "money", width=120),
                Column("debit", tr("Period debit"), "money", width=120),
                Column("credit", tr("Period credit"), "money", width=120),
                Column("closing_debit", tr("Closing debit"), "money", width=120),
                Column("closing_credit", tr("Closing credit"), "money", width=120),
            ]
        )
        self.model.set_rows(list(tb.rows) + [tb.totals])
        self._widths()
        self.status_label.setText(
            tr("Balanced: debits equal credits.") if tb.balanced else tr("NOT BALANCED — run verify.")
        )
        self.status_label.setStyleSheet("" if tb.balanced else "color: #c62828; font-weight: bold;")

    def _on_profit(self, p: finance.ProfitReport) -> None:
        self.model.set_columns(
            [Column("label", tr("Item"), width=320), Column("amount", tr("Amount"), "money", width=160)]
        )
        rows = [
            _Line(tr("Sales revenue"), p.sales_revenue),
            _Line(tr("Cost of goods sold"), p.cost_of_goods),
            _Line(tr("Gross margin"), p.gross_margin),
        ]
        rows += [_Line(f"  + {l.code} {l.name}", l.amount) for l in p.income_lines]
        rows += [_Line(tr("Other income"), p.other_income)]
        rows += [_Line(f"  − {l.code} {l.name}", l.amount) for l in p.expense_lines]
        rows += [_Line(tr("Expenses"), p.expenses), _Line(tr("Profit"), p.profit)]
        self.model.set_rows(rows)
        self._widths()
        rate = p.margin_rate
        self.status_label.setText(
            tr("Gross margin rate {rate}", rate=f"{rate * 100:.2f}%" if rate is not None else "—")
        )
        self.status_label.setStyleSheet("")

    def _on_profit_store(self, report: analysis.StoreProfitReport) -> None:
        """One row per store (and one for what is in no store), the totals last: they equal the
        profit report of the period."""
        self.model.set_columns(
            [
                Column("store", tr("Store"), width=180),
                Column("sales_revenue", tr("Sales revenue"), "money", width=120),
                Column("cost_of_goods", tr("Cost of goods sold"), "money", width=120),
                Column("gross_margin", tr("Gross margin"), "money", width=120),
                Column("other_income", tr("Other income"), "money", width=110),
                Column("expenses", tr("Expenses"), "money", width=110),
                Column("profit", tr("Profit"), "money", width=120),
            ]
        )
        rows = [_StoreLine.of(r) for r in report.rows]
        if not report.store:
            rows.append(_StoreLine.of(report.totals))
        self.model.set_rows(rows)
        self._widths()
        self.status_label.setText(
            tr("Profit of store {store}", store=report.store)
            if report.store
            else tr("Each store's part of the profit report; the total row equals the books.")
        )
        self.status_label.setStyleSheet("")

    def _on_cash(self, rows) -> None:
        self.model.set_columns(
            [
                Column("code", tr("Code"), width=80),
                Column("name", tr("Name"), width=200),
                Column("kind_text", tr("Kind"), width=80),
                Column("gl_code", tr("GL account"), width=100),
                Column("balance", tr("Balance"), "money", width=140),
            ]
        )
        self.model.set_rows(rows)
        self._widths()
        self.status_label.setText(tr("Total {total}", total=money_text(sum((r.balance for r in rows), Decimal(0)))))
        self.status_label.setStyleSheet("")

    def _on_gl(self, gl: finance.GeneralLedger) -> None:
        self.model.set_columns(
            [
                Column("on", tr("Date"), "date", width=90),
                Column("entry_number", tr("Entry"), width=130),
                Column("doc_number", tr("Document"), width=150),
                Column("debit", tr("Debit"), "money", width=120),
                Column("credit", tr("Credit"), "money", width=120),
                Column("balance", tr("Balance"), "money", width=120),
                Column("memo", tr("Memo")),
            ]
        )
        self.model.set_rows(gl.lines)
        self._widths()
        self.status_label.setText(
            tr(
                "{code} {name}: opening {opening}, closing {closing} (debit positive)",
                code=gl.code,
                name=gl.name,
                opening=money_text(gl.opening),
                closing=money_text(gl.closing),
            )
        )
        self.status_label.setStyleSheet("")

    def _widths(self) -> None:
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)
