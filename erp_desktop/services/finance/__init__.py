"""Finance (财务管理), one import for other areas and the UI: money accounts and money documents
(``finance_money``), allocation (``finance_alloc``), the invoice registry (``finance_invoices``),
manual entries and period close (``finance_books``); reports live in ``queries.finance``.

业财一体: business documents post their own entries and open items (``posting``); finance adds
money, matches it to those items and closes the months — nobody re-types a document.
"""

from __future__ import annotations

from erp_desktop.services.finance.allocation import (  # noqa: F401
    AllocationResult,
    allocate,
    allocate_pair_tx,
    auto_allocate_party,
    unallocate,
)
from erp_desktop.services.finance.books import (
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
from erp_desktop.services.finance.invoices import (
    InvoiceLinkSpec,
    InvoiceRow,
    UninvoicedRow,
    invoiced_amount,
    link_invoice,
    list_invoices,
    register_invoice,
    uninvoiced_documents,
)
from erp_desktop.services.finance.money import (
    METHODS,
    MoneyAccountRow,
    MoneyTxnResult,
    create_money_account,
    list_money_accounts,
    pay_money,
    receive_money,
    record_other,
    record_receipt_tx,
    reverse_money_txn,
    transfer_money,
    update_money_account,
)
from erp_desktop.services.finance.queries import (
    Ageing,
    AgeingRow,
    Statement,
    StatementLine,
    ageing_report,
    list_open_items,
    statement,
    statements_with_balance,
)
from erp_desktop.services.ledger.journal import Accounts, ensure_period_open, raise_open_item  # noqa: F401
