"""Opt-in demo history (``erp-desktop demo --years N``): N years of trading before the demo's
four-week window, posted through the real services so every move, open item and journal entry is
exactly what the shop would have written (verify passes afterwards).

Each week: a purchase order for what the week will sell (plus a margin) is confirmed (approved
when a rule asks) and received on Monday; on each working day one to three customers order one to
four products, the order is confirmed and delivered; now and then a line comes back; at each month
end most of the month's receivables are collected and most payables paid. Sales follow a
seasonal curve (busier before 春节 and in the autumn) so the trend charts have a shape.
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.demo import demo_today
from erp_desktop.errors import UserError
from erp_desktop.models.catalog import Product
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.warehouse import Location
from erp_desktop.services import purchasing, sales
from erp_desktop.services.finance import money as finance_money
from erp_desktop.services.system.auth import Actor
from erp_desktop.storage.uow import UnitOfWork

ACK = frozenset({"credit-limit", "negative-stock", "bin-capacity", "zero-price"})
WINDOW_DAYS = 28  # the regular demo's sales window, left alone


def _season(on: date) -> float:
    return 1.0 + 0.35 * math.sin((on.timetuple().tm_yday - 20) / 365 * 2 * math.pi + math.pi / 2)


def demo_history(uow: UnitOfWork, *, years: int, seed: int = 1, progress=None) -> int:
    """Post ``years`` years of history; returns the number of deliveries made."""
    rng = random.Random(f"{seed}:history")
    with uow.read() as tx:
        products = [p for (p,) in tx.execute(select(Product.id).where(Product.active.is_(True)).order_by(Product.code))]
        customers = [
            c for (c,) in tx.execute(select(Customer.id).where(Customer.active.is_(True)).order_by(Customer.code))
        ]
        suppliers = [
            s for (s,) in tx.execute(select(Supplier.id).where(Supplier.active.is_(True)).order_by(Supplier.code))
        ]
        bins = [b for (b,) in tx.execute(select(Location.id).where(Location.kind == "bin").order_by(Location.code))]
    if not products or not customers or not suppliers or not bins:
        return 0
    buyer = uow.as_actor(Actor(username="李采购", role="buyer"))
    range_ = rng.sample(products, min(60, len(products)))
    favourites = {c: rng.sample(range_, min(8, len(range_))) for c in customers}
    loyal = set(rng.sample(customers, max(1, len(customers) // 4)))
    end = demo_today() - timedelta(days=WINDOW_DAYS + 1)
    start = end - timedelta(days=365 * years)
    start -= timedelta(days=start.weekday())
    bank = finance_money.create_money_account(
        uow,
        code=f"HIST-{rng.randrange(10**6):06d}",
        name="历史结算户",
        allow_negative=True,
        opening_balance=Decimal("300000.00"),
        opening_on=start - timedelta(days=1),
    )
    made = 0
    week = start
    month_parties: tuple[set, set] = (set(), set())
    while week <= end:
        plan = []  # (day, customer, [(product, qty)])
        for k in range(6):
            on = week + timedelta(days=k)
            if on > end:
                break
            n = max(0, round(rng.randint(1, 3) * _season(on)))
            for _ in range(n):
                cust = rng.choice(list(loyal)) if rng.random() < 0.5 else rng.choice(customers)
                pool = favourites[cust] if rng.random() < 0.7 else range_
                items = [(p, Decimal(rng.randint(1, 10))) for p in rng.sample(pool, min(len(pool), rng.randint(1, 4)))]
                plan.append((on, cust, items))
        need: dict[uuid.UUID, Decimal] = {}
        for _on, _c, items in plan:
            for p, q in items:
                need[p] = need.get(p, Decimal(0)) + q
        if need:
            supplier = rng.choice(suppliers)
            try:
                ref = purchasing.create_order(
                    buyer,
                    supplier_id=supplier,
                    on=week - timedelta(days=3),
                    expected_date=week,
                    lines=[purchasing.OrderLineInput(p, q + 5) for p, q in need.items()],
                    acknowledged=ACK,
                )
                if ref.needs_approval:
                    purchasing.submit_order(buyer, ref.id)
                    while purchasing.get_order_detail(uow, ref.id).state == "pending":
                        purchasing.approve_order(uow, ref.id, "同意")
                else:
                    purchasing.confirm_order(buyer, ref.id)
                late = rng.random() < 0.15
                purchasing.receive_order(
                    uow, ref.id, on=week + timedelta(days=2 if late else 0), location_id=bins[0], acknowledged=ACK
                )
                month_parties[1].add(supplier)
            except UserError:
                pass
        for on, cust, items in plan:
            try:
                order = sales.create_order(
                    uow, customer_id=cust, on=on, lines=[sales.LineInput(p, q) for p, q in items]
                )
                sales.confirm_order(uow, order.id, acknowledged=ACK)
                delivery = sales.deliver_order(uow, order.id, on=on, acknowledged=ACK)
                made += 1
                month_parties[0].add(cust)
                if rng.random() < 0.04:
                    line = sales.get_delivery_view(uow, delivery.id).lines[0]
                    sales.return_delivery(
                        uow,
                        delivery.id,
                        on=on + timedelta(days=2),
                        reason="质量问题",
                        lines=[sales.ReturnLineInput(line.id, min(line.qty, Decimal(1)))],
                        acknowledged=ACK,
                    )
            except UserError:
                continue
        nxt = week + timedelta(days=7)
        if nxt.month != week.month or nxt > end:
            _settle(uow, rng, bank.id, min(nxt.replace(day=1) - timedelta(days=1), end), month_parties)
            month_parties = (set(), set())
        week = nxt
        if progress:
            progress(week)
    return made


def _settle(uow: UnitOfWork, rng: random.Random, account_id, on: date, parties: tuple[set, set]) -> None:
    """Collect most of what each customer owes and pay most of what is owed to each supplier."""
    from erp_desktop.services.finance.queries import list_open_items

    for kind, ids in (("receivable", parties[0]), ("payable", parties[1])):
        for party in sorted(ids, key=str):
            # what was owed at that month end, not today: the recent demo weeks keep their open items
            owed = sum((r.open for r in list_open_items(uow, kind=kind, party_id=party, as_of=on)), Decimal(0))
            if owed <= 0 or rng.random() < 0.15:
                continue
            amount = (owed * Decimal(rng.choice(["1", "1", "1", "0.8", "0.5"]))).quantize(Decimal("0.01"))
            try:
                if kind == "receivable":
                    finance_money.receive_money(
                        uow, customer_id=party, amount=amount, account_id=account_id, on=on, allocate="auto"
                    )
                else:
                    finance_money.pay_money(
                        uow, supplier_id=party, amount=amount, account_id=account_id, on=on, allocate="auto"
                    )
            except UserError:
                continue
