"""The permission every command needs before it runs (checked by ``commands.open_uow`` right after
log-in, before anything is read or written).

The services check their own permissions too (``auth.require``); this table is the second lock on
the door: a command that reaches the shop without the permission named here is refused, and
``tests/reliability/test_trust_perms.py`` fails when a command is missing from the table. ``None``
means "any logged-in user": the command only reads, and the services leave out what the user may
not see (cost columns without ``view_cost``).

Values are ``auth.Perm`` values (plain strings: this module imports nothing).
"""

from __future__ import annotations

MASTER, SELL, BUY, STOCK, FINANCE = "edit_master", "sell", "buy", "stock", "finance"
COST, CLOSE, USERS, SETTINGS, SYNC = "view_cost", "close_period", "manage_users", "settings", "sync"
AUDIT, MAINTENANCE = "view_audit", "maintenance"

COMMAND_PERMISSIONS: dict[str, str | None] = {
    "init": MAINTENANCE,
    "version": None,
    # master data
    "product add": MASTER,
    "product edit": MASTER,
    "product show": None,
    "product unit add": MASTER,
    "product unit list": None,
    "product unit remove": MASTER,
    "product bom set": MASTER,
    "product bom show": None,
    "customer add": MASTER,
    "customer edit": MASTER,
    "customer show": None,
    "supplier add": MASTER,
    "supplier edit": MASTER,
    "supplier show": None,
    "warehouse add": MASTER,
    "warehouse edit": MASTER,
    "warehouse show": None,
    "variant dimension-add": MASTER,
    "variant values-add": MASTER,
    "variant dimensions": None,
    "variant template-add": MASTER,
    "variant generate": MASTER,
    "variant list": None,
    "variant show": None,
    "variant stock": None,  # value left out without view_cost
    "variant export": None,
    "variant import": MASTER,
    "import": MASTER,
    "export": None,  # purchase prices left out without view_cost; supplier quotes need it
    "template": None,
    "demo": MAINTENANCE,
    # inventory
    "stock receive": STOCK,
    "stock issue": STOCK,
    "stock transfer": STOCK,
    "stock reverse": STOCK,
    "stock assemble": STOCK,
    "stock disassemble": STOCK,
    "stock count-create": STOCK,
    "stock count-scan": STOCK,
    "stock count-set": STOCK,
    "stock count-show": None,
    "stock count-post": STOCK,
    "stock count-cancel": STOCK,
    "stock onhand": None,  # average cost and value left out without view_cost
    "stock valuation": COST,
    "stock layers": COST,  # FIFO layers carry their cost
    "stock costing": SETTINGS,  # the owner chooses a product's costing method
    "stock moves": None,
    "stock low": None,
    "stock slow": None,
    "stock lots": COST,  # value per lot
    "stock expiry": None,
    "stock serial": None,
    "stock trace": None,
    "stock tracking": MASTER,
    # sales
    "sales order create": SELL,
    "sales order confirm": SELL,
    "sales order cancel": SELL,
    "sales deliver": SELL,
    "sales return": SELL,
    "sales exchange": SELL,
    "sales list": None,
    "sales show": None,
    "sales quote create": SELL,
    "sales quote convert": SELL,
    "sales history": None,
    # purchasing
    "purchase requisition create": BUY,
    "purchase requisition list": None,
    "purchase merge": BUY,
    "purchase order create": BUY,
    "purchase order submit": BUY,
    "purchase order confirm": BUY,
    "purchase order approve": None,  # the approval rules name who may approve
    "purchase order cancel": BUY,
    "purchase order close": BUY,
    "purchase order reject": None,  # likewise
    "purchase edit": BUY,
    "purchase receive": STOCK,
    "purchase return": STOCK,
    "purchase charge": BUY,  # 采购费用单
    "purchase charge-reverse": BUY,
    "purchase charges": None,
    "purchase charge-show": None,
    "purchase suggest": None,  # --create makes orders: the service asks for buy
    "purchase list": None,
    "purchase show": None,
    "purchase supplier": None,
    # finance
    "finance accounts": None,
    "finance receive": FINANCE,
    "finance pay": FINANCE,
    "finance reverse": FINANCE,
    "finance transfer": FINANCE,
    "finance expense": FINANCE,
    "finance income": FINANCE,
    "finance allocate": FINANCE,
    "finance statement": None,
    "finance ageing": None,
    "finance trial-balance": COST,
    "finance profit": COST,
    "finance invoice register": FINANCE,
    "finance invoice list": None,
    "finance invoice uninvoiced": None,
    "finance invoice import": FINANCE,
    "finance chart": None,
    "finance account add": SETTINGS,
    "finance posting-accounts": None,  # changing one needs settings (the service asks)
    "finance settle-counts": FINANCE,
    "finance vat": None,
    "finance vat-pay": FINANCE,
    # the books (vouchers carry cost of goods and stock value: the books are the accountant's)
    "finance balance-sheet": COST,
    "finance balances": COST,
    "finance cash-flow": FINANCE,
    "finance income-statement": COST,
    "finance general-ledger": COST,
    "finance ledger": COST,
    "finance party-ledger": FINANCE,
    "finance vouchers": COST,
    "finance voucher show": COST,
    "finance voucher print": COST,
    "finance voucher add": FINANCE,
    "finance voucher reverse": FINANCE,
    "finance voucher template": FINANCE,
    "finance voucher templates": FINANCE,
    "finance bank import": FINANCE,
    "finance bank lines": FINANCE,
    "finance bank match": FINANCE,
    "finance bank reconcile": FINANCE,
    "finance bank record": FINANCE,
    "finance bank unmatch": FINANCE,
    "finance carry-forward": CLOSE,
    "finance close-check": CLOSE,
    "finance close": CLOSE,
    "finance reopen": CLOSE,
    # printing (the printouts leave purchase prices and costs out without view_cost)
    "print sales-quote": None,
    "print delivery": None,
    "print sales-order": None,
    "print sales-return": None,
    "print purchase-order": None,
    "print receipt": None,
    "print purchase-return": None,
    "print transfer": None,
    "print stock-doc": None,
    "print assembly": None,
    "print count": None,
    "print money": None,
    "print landed-cost": None,
    "print statement": None,
    "print labels": None,
    # the counter (零售 / 收银)
    "counter settings": SETTINGS,
    "counter printer-test": SETTINGS,
    "counter shift open": SELL,
    "counter shift close": SELL,
    "counter shift report": SELL,
    "counter sell": SELL,
    "counter return": SELL,
    "counter exchange": SELL,
    "counter reprint": SELL,
    "counter report": SELL,
    "counter shift list": SELL,
    "counter shift takings": SELL,
    "store list": None,
    "store add": SETTINGS,
    "store edit": SETTINGS,
    "store assign-pc": SETTINGS,
    "counter member add": SELL,
    "counter member show": SELL,
    "counter member list": SELL,
    "counter member topup": SELL,
    "print templates list": None,
    "print templates export": None,
    "print templates import": SETTINGS,
    "print templates default": SETTINGS,
    "print templates use": SETTINGS,
    # spreadsheets
    "import-opening-stock": STOCK,
    "import-opening-balances": FINANCE,
    "import-orders": None,  # sales or purchase orders: the service asks for sell or buy
    "import-template": None,
    # analysis
    "report dashboard": None,  # margin, payables, cash and bank left out for who may not see them
    "report pivot": None,  # cost, margin and purchases need view_cost (the service asks)
    # users and the audit log
    "users": USERS,
    "user-add": None,  # the very first user (an owner) needs no one's permission; the service asks after
    "user-set": USERS,
    "user-password": None,  # one's own password with the old one; anyone else's needs manage_users
    "roles": None,
    "role-save": USERS,
    "login": USERS,
    "audit": AUDIT,
    "approvals list": None,
    "approvals set": SETTINGS,
    "approvals remove": SETTINGS,
    # sync
    "sync": SYNC,  # --rebuild needs maintenance as well
    "sync-setup": SETTINGS,
    "sync-conflicts": None,  # restoring or dismissing needs settings (the service asks)
    "sync-alerts": None,
    "sync-problems": None,  # dismissing one needs settings (the service asks)
    "sync-roles": USERS,
    "sync-invite": USERS,
    "sync-pc-users": USERS,
    "sync-join": SETTINGS,
    "sync-revoke": USERS,
    "sync-pcs": USERS,
    # maintenance
    "verify": MAINTENANCE,
    "backups": MAINTENANCE,
    "date-rules": None,  # setting them needs settings (the service asks)
    "backup": MAINTENANCE,
    "restore": None,  # the owner of the shop being replaced logs in first (system.restore_shop)
}


def permission_for(path: str | None) -> str | None:
    """The permission the command ``path`` ("sales order create") needs; a command not in the
    table needs ``maintenance`` (the owner's), so a forgotten entry can only be too strict."""
    if path is None:
        return None
    return COMMAND_PERMISSIONS.get(path, MAINTENANCE)
