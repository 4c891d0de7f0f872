"""Finance (财务管理), one import for other areas and the UI: money accounts and money documents
(``finance_money``), allocation (``finance_alloc``), the invoice registry (``finance_invoices``),
manual entries and period close (``finance_books``); reports live in ``queries.finance``.

业财一体: business documents post their own entries and open items (``posting``); finance adds
money, matches it to those items and closes the months — nobody re-types a document.

This package's ``__init__`` is the area's public face: ``ui/`` and ``commands/`` import only this
(``from erp_desktop.services import finance`` … ``finance.add_account(...)``). Names load lazily
(PEP 562) on first use, so importing the face costs nothing and cannot create an import cycle; the
``TYPE_CHECKING`` block tells mypy and the reader where each name lives.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allocation import (
        AllocationResult,
        allocate,
        allocate_pair_tx,
        auto_allocate_party,
        unallocate,
    )
    from .books import (
        ClosedPeriodRow,
        EntryResult,
        ManualLine,
        close_period,
        list_closed_periods,
        month_end,
        next_month_to_close,
        parse_month,
        post_manual_entry,
        reopen_period,
        reverse_manual_entry,
    )
    from .chart import (
        add_account,
        list_accounts,
        update_account,
    )
    from .invoices import (
        InvoiceLinkSpec,
        InvoiceRow,
        UninvoicedRow,
        invoiced_amount,
        link_invoice,
        list_invoices,
        register_invoice,
        uninvoiced_documents,
    )
    from .money import (
        METHODS,
        MoneyAccountRow,
        MoneyTxnResult,
        create_money_account,
        list_money_accounts,
        party_tx,
        pay_money,
        receive_money,
        record_other,
        record_receipt_tx,
        reverse_money_txn,
        transfer_money,
        update_money_account,
    )
    from .queries import (
        Ageing,
        AgeingRow,
        EntryDetail,
        GeneralLedger,
        MoneyLedger,
        MoneyLedgerLine,
        OpenItemRow,
        ProfitReport,
        Statement,
        StatementLine,
        TrialBalance,
        ageing_report,
        allocations_for_party,
        cash_balances,
        entry_detail,
        general_ledger,
        journal_page,
        list_open_items,
        money_ledger,
        profit_report,
        statement,
        statements_with_balance,
        trial_balance,
    )

_SOURCES: dict[str, tuple[str, str]] = {
    "Ageing": ("queries", "Ageing"),
    "AgeingRow": ("queries", "AgeingRow"),
    "AllocationResult": ("allocation", "AllocationResult"),
    "ClosedPeriodRow": ("books", "ClosedPeriodRow"),
    "EntryDetail": ("queries", "EntryDetail"),
    "EntryResult": ("books", "EntryResult"),
    "GeneralLedger": ("queries", "GeneralLedger"),
    "InvoiceLinkSpec": ("invoices", "InvoiceLinkSpec"),
    "InvoiceRow": ("invoices", "InvoiceRow"),
    "METHODS": ("money", "METHODS"),
    "ManualLine": ("books", "ManualLine"),
    "MoneyAccountRow": ("money", "MoneyAccountRow"),
    "MoneyLedger": ("queries", "MoneyLedger"),
    "MoneyLedgerLine": ("queries", "MoneyLedgerLine"),
    "MoneyTxnResult": ("money", "MoneyTxnResult"),
    "OpenItemRow": ("queries", "OpenItemRow"),
    "ProfitReport": ("queries", "ProfitReport"),
    "Statement": ("queries", "Statement"),
    "StatementLine": ("queries", "StatementLine"),
    "TrialBalance": ("queries", "TrialBalance"),
    "UninvoicedRow": ("invoices", "UninvoicedRow"),
    "add_account": ("chart", "add_account"),
    "ageing_report": ("queries", "ageing_report"),
    "allocate": ("allocation", "allocate"),
    "allocate_pair_tx": ("allocation", "allocate_pair_tx"),
    "allocations_for_party": ("queries", "allocations_for_party"),
    "auto_allocate_party": ("allocation", "auto_allocate_party"),
    "cash_balances": ("queries", "cash_balances"),
    "close_period": ("books", "close_period"),
    "create_money_account": ("money", "create_money_account"),
    "entry_detail": ("queries", "entry_detail"),
    "general_ledger": ("queries", "general_ledger"),
    "invoiced_amount": ("invoices", "invoiced_amount"),
    "journal_page": ("queries", "journal_page"),
    "link_invoice": ("invoices", "link_invoice"),
    "list_accounts": ("chart", "list_accounts"),
    "list_closed_periods": ("books", "list_closed_periods"),
    "list_invoices": ("invoices", "list_invoices"),
    "list_money_accounts": ("money", "list_money_accounts"),
    "list_open_items": ("queries", "list_open_items"),
    "money_ledger": ("queries", "money_ledger"),
    "month_end": ("books", "month_end"),
    "next_month_to_close": ("books", "next_month_to_close"),
    "parse_month": ("books", "parse_month"),
    "party_tx": ("money", "party_tx"),
    "pay_money": ("money", "pay_money"),
    "post_manual_entry": ("books", "post_manual_entry"),
    "profit_report": ("queries", "profit_report"),
    "receive_money": ("money", "receive_money"),
    "record_other": ("money", "record_other"),
    "record_receipt_tx": ("money", "record_receipt_tx"),
    "register_invoice": ("invoices", "register_invoice"),
    "reopen_period": ("books", "reopen_period"),
    "reverse_manual_entry": ("books", "reverse_manual_entry"),
    "reverse_money_txn": ("money", "reverse_money_txn"),
    "statement": ("queries", "statement"),
    "statements_with_balance": ("queries", "statements_with_balance"),
    "transfer_money": ("money", "transfer_money"),
    "trial_balance": ("queries", "trial_balance"),
    "unallocate": ("allocation", "unallocate"),
    "uninvoiced_documents": ("invoices", "uninvoiced_documents"),
    "update_account": ("chart", "update_account"),
    "update_money_account": ("money", "update_money_account"),
}

__all__ = [
    "Ageing",
    "AgeingRow",
    "AllocationResult",
    "ClosedPeriodRow",
    "EntryDetail",
    "EntryResult",
    "GeneralLedger",
    "InvoiceLinkSpec",
    "InvoiceRow",
    "METHODS",
    "ManualLine",
    "MoneyAccountRow",
    "MoneyLedger",
    "MoneyLedgerLine",
    "MoneyTxnResult",
    "OpenItemRow",
    "ProfitReport",
    "Statement",
    "StatementLine",
    "TrialBalance",
    "UninvoicedRow",
    "add_account",
    "ageing_report",
    "allocate",
    "allocate_pair_tx",
    "allocations_for_party",
    "auto_allocate_party",
    "cash_balances",
    "close_period",
    "create_money_account",
    "entry_detail",
    "general_ledger",
    "invoiced_amount",
    "journal_page",
    "link_invoice",
    "list_accounts",
    "list_closed_periods",
    "list_invoices",
    "list_money_accounts",
    "list_open_items",
    "money_ledger",
    "month_end",
    "next_month_to_close",
    "parse_month",
    "party_tx",
    "pay_money",
    "post_manual_entry",
    "profit_report",
    "receive_money",
    "record_other",
    "record_receipt_tx",
    "register_invoice",
    "reopen_period",
    "reverse_manual_entry",
    "reverse_money_txn",
    "statement",
    "statements_with_balance",
    "transfer_money",
    "trial_balance",
    "unallocate",
    "uninvoiced_documents",
    "update_account",
    "update_money_account",
]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _SOURCES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    # not cached in this module: a name patched in its submodule (a test's monkeypatch) is seen here
    return getattr(importlib.import_module(f"{__name__}.{module}"), attr)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
