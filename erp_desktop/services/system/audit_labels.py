"""The audit log's words: what ``audit.record`` stores are codes (``confirm``, ``sales_order``) —
stable for filters, exports read by scripts and ``--json`` — and what a person reads are these
labels, in the program's language. A code without a label (a synced table's name in a conflict
restore) shows as it is; ``tests/services/test_audit_labels.py`` finds every code the services
record and fails when one has no label."""

from __future__ import annotations

from erp_desktop.i18n import N_, tr

ACTION_LABELS = {
    "cancel": N_("Cancelled"),
    "carry_forward": N_("Carried forward"),
    "close": N_("Closed"),
    "confirm": N_("Confirmed"),
    "convert": N_("Converted"),
    "create": N_("Created"),
    "delete": N_("Deleted"),
    "import": N_("Imported"),
    "lock": N_("Locked"),
    "password": N_("Password changed"),
    "post": N_("Posted"),
    "reopen": N_("Re-opened"),
    "restore": N_("Restored"),
    "reverse": N_("Reversed"),
    "settle": N_("Settled"),
    "unlock": N_("Unlocked"),
    "update": N_("Changed"),
    "vat": N_("VAT transferred"),
}

ENTITY_LABELS = {
    "account": N_("Account"),
    "approval_rule": N_("Approval rule"),
    "bank_statement": N_("Bank statement"),
    "bin": N_("Bin"),
    "category": N_("Category"),
    "custom_field": N_("Custom field"),
    "customer": N_("Customer"),
    "follow_up": N_("Follow-up"),
    "invoice": N_("Invoice"),
    "journal_entry": N_("Voucher"),
    "landed_cost": N_("Landed cost"),
    "money_account": N_("Money account"),
    "money_txn": N_("Money receipt / payment"),
    "opening_payable": N_("Opening payables"),
    "opening_receivable": N_("Opening receivables"),
    "period": N_("Accounting period"),
    "price": N_("Price list items"),
    "price_list": N_("Price list"),
    "price_list_item": N_("Price list item"),
    "product": N_("Product"),
    "product_template": N_("Product template"),
    "purchase_order": N_("Purchase order"),
    "purchase_receipt": N_("Purchase receipt"),
    "purchase_return": N_("Purchase return"),
    "quote": N_("Supplier quotes"),
    "requisition": N_("Purchase requisition"),
    "role": N_("Role"),
    "sales_order": N_("Sales order"),
    "sales_quote": N_("Quotation"),
    "setting": N_("Setting"),
    "stock_count": N_("Stock count"),
    "store": N_("Store"),
    "store_counter": N_("Store counter (PC)"),
    "supplier": N_("Supplier"),
    "unit": N_("Product units"),
    "user": N_("User"),
    "variant_dimension": N_("Variant dimension"),
    "variant_value": N_("Variant value"),
    "voucher_template": N_("Voucher template"),
    "warehouse": N_("Warehouse"),
}


def action_label(code: str) -> str:
    """The user's word for an audit action code (``confirm`` → 确认); an unknown code as it is."""
    return tr(ACTION_LABELS[code]) if code in ACTION_LABELS else code


def entity_label(code: str) -> str:
    """The user's word for an audit record type (``sales_order`` → 销售订单); unknown: as it is."""
    return tr(ENTITY_LABELS[code]) if code in ENTITY_LABELS else code
