"""开账 (opening the books): what the opening wizard shows about a shop, step by step.

The wizard itself writes nothing of its own: each step calls the service that owns it (company
details → ``system.save_company``, warehouses → ``masterdata.save_warehouse``, money accounts
with their opening balances → ``finance.create_money_account``, opening stock and opening
receivables / payables → the Excel importers, users → ``system.create_user``), so every opening
balance is one balanced journal entry against 3999 期初余额调整 and ``verify`` passes.

``shop_is_new`` says when to offer the wizard on start: nothing entered yet (no products, no
money accounts, no posted entries, no users, no customer but the walk-in one).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from erp_desktop.models.catalog import Product
from erp_desktop.models.finance import JournalEntry, JournalLine, OpenItem
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.payments import MoneyAccount
from erp_desktop.models.stock import ProductCost
from erp_desktop.models.system import User
from erp_desktop.models.warehouse import Warehouse
from erp_desktop.services.system.company import load_company_tx
from erp_desktop.services.system.setup import WALK_IN_ID
from erp_desktop.storage.uow import UnitOfWork

OPENING_ACCOUNT = "3999"  # 期初余额调整: every opening balance is booked against it
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class OpeningStatus:
    """What is already entered, per wizard step (each step can be done later from Settings)."""

    company_name: str
    warehouses: int
    money_accounts: int
    money_total: Decimal
    stock_value: Decimal
    receivables: Decimal
    payables: Decimal
    users: int
    products: int
    opening_balance: Decimal  # the 3999 balance, credit positive: Σ of all opening balances

    @property
    def company_done(self) -> bool:
        return bool(self.company_name)


def shop_is_new(uow: UnitOfWork) -> bool:
    """True for a shop with nothing entered yet: the moment to offer the opening wizard."""
    with uow.read() as tx:
        if tx.scalar(select(func.count()).select_from(Product)):
            return False
        if tx.scalar(select(func.count()).select_from(MoneyAccount)):
            return False
        if tx.scalar(select(func.count()).select_from(JournalEntry)):
            return False
        if tx.scalar(select(func.count()).select_from(User)):
            return False
        if tx.scalar(select(func.count()).select_from(Supplier)):
            return False
        return not tx.scalar(select(func.count()).select_from(Customer).where(Customer.id != WALK_IN_ID))


def opening_status(uow: UnitOfWork) -> OpeningStatus:
    with uow.read() as tx:

        def count(model) -> int:
            return int(tx.scalar(select(func.count()).select_from(model)) or 0)

        def open_total(kind: str) -> Decimal:
            total = ZERO
            for amount, allocated in tx.execute(
                select(OpenItem.amount, OpenItem.allocated).where(OpenItem.kind == kind)
            ):
                total += amount - allocated
            return total

        money = sum((b for (b,) in tx.execute(select(MoneyAccount.balance))), ZERO)
        stock = sum((v for (v,) in tx.execute(select(ProductCost.value))), ZERO)
        debit, credit = tx.execute(
            select(func.sum(JournalLine.debit), func.sum(JournalLine.credit)).where(
                JournalLine.account_code == OPENING_ACCOUNT
            )
        ).one()
        return OpeningStatus(
            load_company_tx(tx).name,
            count(Warehouse),
            count(MoneyAccount),
            money,
            stock,
            open_total("receivable"),
            open_total("payable"),
            int(tx.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0),
            count(Product),
            (credit or ZERO) - (debit or ZERO),
        )
