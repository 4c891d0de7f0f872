"""The sale flow, one user action at a time (DESIGN.md §5 ``sale_flow_ms``).

- ``sale_flow_ms``: a five-line order is entered (``sales.create_order``), confirmed
  (``sales.confirm_order``), delivered (``sales.deliver_order``) and paid (``finance.receive_money``
  allocated to that delivery) — four service calls, each its own transaction, as the forms make
  them. The figure is the median of the whole flow's time over many flows on a SQLite file with
  200 products in stock; ``# sale_flow`` prints the median of each step.
- ``sale_flow_pg_ms``: the same flow with the shop online on PostgreSQL (``ERP_BENCH_PG_URL`` or
  ``ERP_TEST_PG_URL``; a throwaway database is created and dropped).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from bench import Figure, benchmark, quiet_disk

D = Decimal
ON = date(2026, 2, 10)
PRODUCTS = 200
STEPS = ("order", "confirm", "deliver", "receipt")


def _pg_base() -> str:
    return (
        os.environ.get("ERP_BENCH_PG_URL")
        or os.environ.get("ERP_TEST_PG_URL")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )


def _shop(target):
    """A shop at ``target`` with 200 products in stock in one bin, one customer, a bank account."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.parties import Customer
    from erp_desktop.models.warehouse import Location, VirtualLocation, Warehouse
    from erp_desktop.services import finance
    from erp_desktop.services.ledger.journal import Posting
    from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(target)
    with uow.write() as tx:
        products = [
            Product(
                code=f"F{i:05d}",
                name=f"Flow item {i}",
                purchase_price=D("5.5"),
                sale_price=D("9.9"),
                tax_rate=D("0.13") if i % 4 else D("0.09"),
            )
            for i in range(PRODUCTS)
        ]
        tx.add_all(products)
        wh = Warehouse(code="W1", name="Bench")
        tx.add(wh)
        tx.flush()
        bin1 = Location(warehouse_id=wh.id, code="A-01", name="A-01")
        customer = Customer(code="C1", name="Flow customer", payment_terms_days=30)
        tx.add_all([bin1, customer])
        tx.flush()
        opening = virtual_location_id(tx, VirtualLocation.OPENING)
        moves = post_moves(
            tx,
            [MoveSpec(p.id, opening, bin1.id, D(1_000_000), unit_cost=D("5.5")) for p in products],
            doc_type="OPEN",
            doc_id=uuid.uuid4(),
            on=date(2026, 1, 1),
        )
        value = sum((m.value for m in moves), D(0))
        Posting(date(2026, 1, 1), doc_type="OPEN").debit("1405", value).credit("3999", value).post(tx)
        product_ids = [p.id for p in products]
        bin_id, customer_id, warehouse_id = bin1.id, customer.id, wh.id
    account = finance.create_money_account(uow, code="BANK1", name="bank")
    return uow, product_ids, customer_id, warehouse_id, bin_id, account.id


def _flows(uow, product_ids, customer_id, warehouse_id, account_id, count: int) -> list[list[float]]:
    """``count`` flows; each one's four step times in ms."""
    from sqlalchemy import select

    from erp_desktop.models.finance import OpenItem
    from erp_desktop.services import finance, sales

    rng = random.Random(5)
    timings = []
    clock = time.perf_counter
    for _ in range(count):
        lines = [sales.LineInput(pid, D(rng.randint(1, 5))) for pid in rng.sample(product_ids, 5)]
        t0 = clock()
        order = sales.create_order(uow, customer_id=customer_id, lines=lines, on=ON)
        t1 = clock()
        order = sales.confirm_order(uow, order.id, expected_version=order.version)
        t2 = clock()
        delivery = sales.deliver_order(uow, order.id, on=ON, warehouse_id=warehouse_id, expected_version=order.version)
        t3 = clock()
        with uow.read() as tx:  # the receipt form lists the open deliveries: not one of the steps
            item_id, amount = tx.execute(
                select(OpenItem.id, OpenItem.amount).where(OpenItem.doc_id == delivery.id)
            ).one()
        t4 = clock()
        finance.receive_money(
            uow, customer_id=customer_id, amount=amount, account_id=account_id, on=ON, allocate=[(item_id, amount)]
        )
        t5 = clock()
        timings.append([(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000, (t5 - t4) * 1000])
    return timings


def _measure(target, count: int, label: str) -> float:
    uow, product_ids, customer_id, warehouse_id, _bin, account_id = _shop(target)
    try:
        _flows(uow, product_ids, customer_id, warehouse_id, account_id, 5)  # warm: caches, prepared statements
        quiet_disk()
        timings = _flows(uow, product_ids, customer_id, warehouse_id, account_id, count)
    finally:
        uow.engine.dispose()
    total = statistics.median(sum(t) for t in timings)
    steps = ", ".join(f"{name} {statistics.median(t[i] for t in timings):.1f}" for i, name in enumerate(STEPS))
    print(f"# sale_flow {label}: {count} flows, median {total:.1f} ms ({steps} ms)", flush=True)
    return total


@benchmark("sale_flow_ms", "sale_flow_pg_ms")
def sale_flow(quick: bool) -> list[Figure]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    count = 30 if quick else 200
    figures = []
    folder = Path(tempfile.mkdtemp(prefix="bench-flow-"))
    value = _measure(folder / "flow.sqlite3", count, "SQLite")
    figures.append(Figure("sale_flow_ms", value, "ms", "<= 15", value <= 15))
    base = _pg_base()
    name = f"erp_bench_flow_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001 - no server: the SQLite figure stands alone
        print(f"# sale_flow PostgreSQL skipped: {error.__class__.__name__}", flush=True)
        admin.dispose()
        return figures
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        value = _measure(url, count // 2, "PostgreSQL")
        figures.append(Figure("sale_flow_pg_ms", value, "ms", "<= 40", value <= 40))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return figures
