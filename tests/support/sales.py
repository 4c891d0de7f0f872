"""A small shop for the sales tests: product A (cost 6.00, price 10.00, 13 %), product B (cost
20.00, price 35.00, 9 %), warehouse W1 with bins A-01/A-02, customer C001 (30 days)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from tests.support import factories

D = Decimal
ON = date(2026, 3, 10)


@dataclass
class Shop:
    a: object
    b: object
    w1: object
    bin1: object
    bin2: object
    customer: object


def make_shop(
    uow, *, policy: str = "forbid", stock_a: str = "100", stock_b: str = "50", credit_limit: str | None = None
) -> Shop:
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="Product A", price="10", cost="6", tax="0.13")
        b = factories.product(tx, "B001", name="Product B", price="35", cost="20", tax="0.09")
        w1, (bin1, bin2) = factories.warehouse(tx, "W1", bins=("A-01", "A-02"), policy=policy)
        customer = factories.customer(
            tx, "C001", name="张三超市", credit_limit=credit_limit, payment_terms_days=30, salesperson="Li"
        )
        if D(stock_a):
            factories.opening_stock(tx, a, bin1, stock_a, "6")
        if D(stock_b):
            factories.opening_stock(tx, b, bin1, stock_b, "20")
        return Shop(a.id, b.id, w1.id, bin1.id, bin2.id, customer.id)


def count_rows(uow) -> dict[str, int]:
    from erp_desktop.models import Base

    with uow.read() as tx:
        return {
            name: tx.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
            if name not in ("local_state",)
        }


def on_hand(uow, product_id) -> Decimal:
    from erp_desktop.services.sales.common import on_hand_totals

    with uow.read() as tx:
        return on_hand_totals(tx, [product_id]).get(product_id, D(0))


def account_balance(uow, code: str) -> Decimal:
    """Debit − credit of an account."""
    from erp_desktop.models.finance import JournalLine

    with uow.read() as tx:
        lines = tx.scalars(select(JournalLine).where(JournalLine.account_code == code)).all()
        return sum((l.debit - l.credit for l in lines), D(0))


def receivables(uow, customer_id) -> list[tuple[str, Decimal]]:
    from erp_desktop.models.finance import OpenItem

    with uow.read() as tx:
        return [
            (i.doc_type, i.amount)
            for i in tx.scalars(
                select(OpenItem).where(OpenItem.party_id == customer_id).order_by(OpenItem.on, OpenItem.doc_number)
            )
        ]


def assert_books_tie_out(uow) -> None:
    from erp_desktop.services.system import verify

    checks = verify.run_checks(uow)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
