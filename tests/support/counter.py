"""A small counter shop: product A (tag price 11.30 incl. 13 % VAT, cost 6), B (32.70 incl. 9 %,
cost 20) with barcodes, warehouse W1, cash box XJ01, WeChat WX01, Alipay ZF01, bank card YH01, the
counter settings pointing each payment method at its account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.services import counter
from erp_desktop.services.finance import money as finance_money
from tests.support import factories

D = Decimal
ON = date(2026, 3, 10)


@dataclass
class CounterShop:
    a: object
    b: object
    w1: object
    bin1: object
    accounts: dict


def make_counter_shop(uow, *, rounding: str = "none", stock_a: str = "100", stock_b: str = "50") -> CounterShop:
    with uow.write() as tx:
        a = factories.product(tx, "A001", name="矿泉水", price="11.30", cost="6", tax="0.13", barcode="6901234567892")
        b = factories.product(tx, "B001", name="茶叶", price="32.70", cost="20", tax="0.09", barcode="6901234567908")
        w1, (bin1,) = factories.warehouse(tx, "W1", bins=("A-01",))
        factories.opening_stock(tx, a, bin1, stock_a, "6")
        factories.opening_stock(tx, b, bin1, stock_b, "20")
        ids = (a.id, b.id, w1.id, bin1.id)
    accounts = {}
    for code, name, kind in (
        ("XJ01", "Cash box", "cash"),
        ("WX01", "WeChat", "bank"),
        ("ZF01", "Alipay", "bank"),
        ("YH01", "Bank card", "bank"),
    ):
        accounts[code] = finance_money.create_money_account(uow, code=code, name=name, kind=kind).id
    counter.save_settings(
        uow,
        counter.CounterSettings(
            accounts={"cash": "XJ01", "wechat": "WX01", "alipay": "ZF01", "card": "YH01"},
            rounding=rounding,
            earn_per=D(1),
            redeem_points=100,
            warehouse_id=ids[2],
            shop_name="小店",
        ),
    )
    return CounterShop(*ids, accounts)


def money_balance(uow, code: str) -> Decimal:
    return next(a.balance for a in finance_money.list_money_accounts(uow) if a.code == code)
