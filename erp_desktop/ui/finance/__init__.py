"""The 财务 / Finance tab: money accounts, receipts and payments with allocation, receivables and
payables, statements, invoices, the journal, reports and the month-end close."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from ...i18n import tr
from ..context import AppContext


def tab_title() -> str:
    return tr("Finance")


class FinanceTab(QTabWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from .close import ClosePage
        from .invoices import InvoicesPage
        from .journal import JournalPage
        from .ledgers import LedgersPage
        from .money import MoneyAccountsPage
        from .money_form import MoneyDocsPage
        from .month_end import MonthEndPage
        from .openitems import OpenItemsPage
        from .reports import ReportsPage
        from .statement import StatementPage
        from .vat import CountSettlePage, VatPage
        from .vouchers import VouchersPage

        self.setDocumentMode(True)
        self.money_page = MoneyAccountsPage(ctx, self)
        self.money_docs_page = MoneyDocsPage(ctx, self)
        self.open_items_page = OpenItemsPage(ctx, self)
        self.statement_page = StatementPage(ctx, self)
        self.invoices_page = InvoicesPage(ctx, self)
        self.journal_page = JournalPage(ctx, self)
        self.vouchers_page = VouchersPage(ctx, self)
        self.ledgers_page = LedgersPage(ctx, self)
        self.reports_page = ReportsPage(ctx, self)
        self.settle_page = CountSettlePage(ctx, self)
        self.vat_page = VatPage(ctx, self)
        self.close_page = ClosePage(ctx, self)
        self.month_end_page = MonthEndPage(ctx, self)
        for page, title in (
            (self.money_page, tr("Money accounts (资金账户)")),
            (self.money_docs_page, tr("Receipts / payments")),
            (self.open_items_page, tr("Receivables / payables")),
            (self.statement_page, tr("Statements")),
            (self.invoices_page, tr("Invoices")),
            (self.journal_page, tr("Journal")),
            (self.vouchers_page, tr("Vouchers (凭证)")),
            (self.ledgers_page, tr("Ledgers (账簿)")),
            (self.reports_page, tr("Reports")),
            (self.settle_page, tr("Count differences (待处理财产损溢)")),
            (self.vat_page, tr("VAT (增值税)")),
            (self.close_page, tr("Period close")),
            (self.month_end_page, tr("Month-end (月结)")),
        ):
            self.addTab(page, title)


def create_tab(ctx: AppContext) -> QWidget:
    return FinanceTab(ctx)
