"""Demo steps for sales: opening stock for what the shop sells (when no other step put stock
there), then four weeks of everyday selling through the real services — quotes, orders,
full and partial deliveries, a return, an exchange, a cancelled order, open orders awaiting
delivery and one order short of stock (缺货预警)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.demo import demo_today, register_step
from erp_desktop.errors import UserError
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, VirtualLocation, Warehouse
from erp_desktop.money import ZERO
from erp_desktop.services import sales
from erp_desktop.services.ledger.journal import Accounts, Posting
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.sales.common import on_hand_totals
from erp_desktop.storage.uow import UnitOfWork

ACK = frozenset({"credit-limit", "negative-stock", "bin-capacity"})
SOLD = 30  # products the demo sells
DAYS = 28


@register_step("sales", order=60)
def demo_sales_step(uow: UnitOfWork, rng: random.Random) -> None:
    demo_sales(uow, rng)


def demo_sales(uow: UnitOfWork, seed: int | random.Random = 1) -> None:
    """Four weeks of sales ending at the demo's today (see the module docstring)."""
    rng = seed if isinstance(seed, random.Random) else random.Random(f"{seed}:sales")
    with uow.read() as tx:
        products = list(
            tx.execute(select(Product.id, Product.code).where(Product.active.is_(True)).order_by(Product.code))
        )
        customers = [
            c for (c,) in tx.execute(select(Customer.id).where(Customer.active.is_(True)).order_by(Customer.code))
        ]
    if not products or not customers:
        return
    sold = [p for p, _code in rng.sample(products, min(SOLD, len(products)))]
    short = sold[-1]  # kept low in stock so an open order shows a shortage
    _opening_stock(uow, rng, sold, short)
    start = demo_today() - timedelta(days=DAYS)
    n = 0
    for day in range(DAYS):
        on = start + timedelta(days=day)
        for _ in range(rng.choice((1, 1, 2))):
            _one_sale(uow, rng, customers, sold[:-1], on, n, today=day >= DAYS - 3)
            n += 1
    _quotes(uow, rng, customers, sold[:-1])
    order = sales.create_order(
        uow,
        customer_id=rng.choice(customers),
        on=demo_today(),
        lines=[sales.LineInput(sold[0], Decimal(rng.randint(2, 6))), sales.LineInput(short, Decimal(12))],
    )
    sales.confirm_order(uow, order.id, acknowledged=ACK)


def _opening_stock(uow: UnitOfWork, rng: random.Random, sold: list[uuid.UUID], short: uuid.UUID) -> None:
    """Stock for each sold product that has none yet, into the main warehouse's active bins."""
    with uow.write() as tx:
        have = on_hand_totals(tx, sold)
        bins = list(
            tx.scalars(
                select(Location.id)
                .join(Warehouse, Warehouse.id == Location.warehouse_id)
                .where(
                    Location.kind == LocationKind.BIN.value,
                    Location.status == BinStatus.ACTIVE.value,
                    Warehouse.negative_policy == "forbid",
                )
                .order_by(Warehouse.code, Location.sort_order)
            )
        )
        if not bins:
            bins = list(
                tx.scalars(
                    select(Location.id).where(
                        Location.kind == LocationKind.BIN.value, Location.status == BinStatus.ACTIVE.value
                    )
                )
            )
        if not bins:
            return
        opening = virtual_location_id(tx, VirtualLocation.OPENING)
        specs = []
        for i, product_id in enumerate(sold):
            if have.get(product_id, ZERO) > ZERO:
                continue
            product = tx.get(Product, product_id)
            quantity = Decimal(5) if product_id == short else Decimal(rng.randint(60, 160))
            specs.append(
                MoveSpec(
                    product_id,
                    opening,
                    bins[i % len(bins)],
                    quantity,
                    unit_cost=(product.purchase_price if product else None) or Decimal(1),
                )
            )
        if not specs:
            return
        doc_id = uuid.uuid4()
        on = demo_today() - timedelta(days=DAYS + 1)
        moves = post_moves(tx, specs, doc_type="OPEN", doc_id=doc_id, doc_number="OPEN-SALES", on=on, acknowledged=ACK)
        value = sum((m.value for m in moves), ZERO)
        Posting(on, doc_type="OPEN", doc_id=doc_id, doc_number="OPEN-SALES", memo="期初库存").debit(
            Accounts.INVENTORY, value
        ).credit(Accounts.OPENING, value).post(tx)


def _one_sale(uow: UnitOfWork, rng: random.Random, customers, products, on, n: int, *, today: bool) -> None:
    lines = [
        sales.LineInput(p, Decimal(rng.randint(1, 12)))
        for p in rng.sample(products, min(len(products), rng.randint(1, 4)))
    ]
    try:
        order = sales.create_order(uow, customer_id=rng.choice(customers), lines=lines, on=on)
        roll = rng.random()
        if n % 17 == 3:
            sales.cancel_order(uow, order.id)
            return
        sales.confirm_order(uow, order.id, acknowledged=ACK)
        if today and roll < 0.6:
            return  # 待发货: still open
        view = sales.get_order_view(uow, order.id)
        if roll < 0.2 and len(view.lines) > 1:  # partial: the first line now, the rest stays open
            sales.deliver_order(
                uow,
                order.id,
                on=on,
                lines=[sales.DeliveryLineInput(view.lines[0].id, view.lines[0].qty)],
                acknowledged=ACK,
            )
            return
        delivery = sales.deliver_order(uow, order.id, on=on, acknowledged=ACK)
        if n % 9 in (4, 8):
            dn = sales.get_delivery_view(uow, delivery.id)
            line = dn.lines[0]
            back = min(line.qty, Decimal(rng.randint(1, 2)))
            if n % 9 == 4:
                sales.return_delivery(
                    uow,
                    delivery.id,
                    on=on + timedelta(days=1),
                    reason="包装破损",
                    lines=[sales.ReturnLineInput(line.id, back)],
                    acknowledged=ACK,
                )
            else:
                sales.exchange_items(
                    uow,
                    delivery.id,
                    on=on + timedelta(days=1),
                    reason="换口味",
                    returned=[sales.ReturnLineInput(line.id, back)],
                    out=[sales.ExchangeOutInput(rng.choice(products), back)],
                    acknowledged=ACK,
                )
    except UserError:
        return  # a demo sale the shop's rules refuse (e.g. no stock left) is simply not made


def _quotes(uow: UnitOfWork, rng: random.Random, customers, products) -> None:
    for k in range(4):
        on = demo_today() - timedelta(days=rng.randint(0, 10))
        quote = sales.create_quote(
            uow,
            customer_id=rng.choice(customers),
            on=on,
            valid_until=on + timedelta(days=14),
            lines=[
                sales.LineInput(p, Decimal(rng.randint(10, 50))) for p in rng.sample(products, min(len(products), 2))
            ],
        )
        if k == 0:
            sales.convert_quote(uow, quote.id, on=demo_today())


@register_step("counter sales today", order=80)
def demo_counter_sales(uow: UnitOfWork, rng: random.Random) -> None:
    """The shop's morning so far: a few 散客 (walk-in) sales delivered today and paid at the
    counter, in cash or by WeChat — so the first dashboard shows today's sales and receipts."""
    from erp_desktop.models.payments import MoneyAccount
    from erp_desktop.services.finance import money as finance_money
    from erp_desktop.services.system.setup import ensure_walk_in_customer

    walk_in = ensure_walk_in_customer(uow)
    with uow.read() as tx:
        accounts = {code: aid for code, aid in tx.execute(select(MoneyAccount.code, MoneyAccount.id))}
        in_stock = [
            p
            for (p,) in tx.execute(
                select(Product.id).where(Product.active.is_(True), Product.sale_price > 0).order_by(Product.code)
            )
        ]
        have = on_hand_totals(tx, in_stock)
    in_stock = [p for p in in_stock if have.get(p, ZERO) >= Decimal(10)]
    till = [accounts[c] for c in ("XJ01", "WX01") if c in accounts]
    if not in_stock or not till:
        return
    today = demo_today()
    for n in range(rng.randint(3, 5)):
        lines = [sales.LineInput(p, Decimal(rng.randint(1, 3))) for p in rng.sample(in_stock, min(3, len(in_stock)))]
        try:
            order = sales.create_order(uow, customer_id=walk_in, lines=lines, on=today, notes="门店零售")
            sales.confirm_order(uow, order.id, acknowledged=ACK)
            sales.deliver_order(uow, order.id, on=today, acknowledged=ACK)
            paid = sales.get_order_view(uow, order.id).receivable
            finance_money.receive_money(
                uow,
                customer_id=walk_in,
                amount=paid,
                account_id=till[n % len(till)],
                on=today,
                method="现金" if n % len(till) == 0 else "微信",
                allocate="auto",
            )
        except UserError:
            continue
