"""Counter benchmarks.

- ``ticket_post_rate``: post 5,000 five-line counter tickets (2,000 quick) through ``counter.sell``
  — stock moves at the moving average, revenue, VAT, cost, the money by payment method (every
  third ticket paid half WeChat, half cash with change), the journal — on a SQLite file, one
  transaction each; ``ticket_p95_ms`` is the 95th percentile latency of one ticket.
- ``scan_ms``: a barcode scan to a priced line (``counter.scan`` + ``counter.price_ticket`` of the
  ticket so far, what the screen does per scan), median over 2,000 scans on 20,000 products.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_least, at_most, benchmark, quiet_disk

D = Decimal
ON = date(2026, 2, 10)


def _setup(folder: Path, products: int):
    from erp_desktop.models.catalog import Product, ProductBarcode
    from erp_desktop.models.warehouse import Location, VirtualLocation, Warehouse
    from erp_desktop.services import counter
    from erp_desktop.services.finance import money as finance_money
    from erp_desktop.services.ledger.journal import Posting
    from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(folder / "counter.sqlite3")
    with uow.write() as tx:
        rows = [
            Product(
                code=f"S{i:05d}",
                name=f"Bench item {i}",
                purchase_price=D("5.5"),
                sale_price=D("9.9"),
                tax_rate=D("0.13") if i % 4 else D("0.09"),
            )
            for i in range(products)
        ]
        tx.add_all(rows)
        wh = Warehouse(code="W1", name="Bench")
        tx.add(wh)
        tx.flush()
        tx.add_all([ProductBarcode(product_id=p.id, barcode=f"69{i:011d}") for i, p in enumerate(rows)])
        bin1 = Location(warehouse_id=wh.id, code="A-01", name="A-01")
        tx.add(bin1)
        tx.flush()
        stocked = rows[:200]
        moves = post_moves(
            tx,
            [
                MoveSpec(
                    p.id, virtual_location_id(tx, VirtualLocation.OPENING), bin1.id, D(1_000_000), unit_cost=D("5.5")
                )
                for p in stocked
            ],
            doc_type="OPEN",
            doc_id=uuid.uuid4(),
            on=date(2026, 1, 1),
        )
        value = sum((m.value for m in moves), D(0))
        Posting(date(2026, 1, 1), doc_type="OPEN").debit("1405", value).credit("3999", value).post(tx)
        ids = [p.id for p in stocked]
        warehouse_id = wh.id
    finance_money.create_money_account(uow, code="XJ01", name="Cash", kind="cash")
    finance_money.create_money_account(uow, code="WX01", name="WeChat")
    counter.save_settings(
        uow,
        counter.CounterSettings(
            accounts={"cash": "XJ01", "wechat": "WX01"}, rounding="jiao", warehouse_id=warehouse_id
        ),
    )
    counter.open_shift(uow, float_amount=D(500), on=ON)
    return uow, ids


@benchmark("ticket_post_rate", "ticket_p95_ms")
def ticket_post_rate(quick: bool) -> list[Figure]:
    from erp_desktop.services import counter

    n = 2_000 if quick else 5_000
    folder = Path(tempfile.mkdtemp(prefix="bench-counter-"))
    uow, ids = _setup(folder, 1_000)
    rng = random.Random(7)
    tickets = [[counter.LineInput(p, D(rng.randint(1, 3))) for p in rng.sample(ids, 5)] for _ in range(n)]
    quiet_disk()
    latencies = []
    started = time.perf_counter()
    for k, lines in enumerate(tickets):
        t0 = time.perf_counter()
        pays = [counter.PaymentInput("cash", D(1000))]
        if k % 3 == 0:
            pays = [counter.PaymentInput("wechat", D(20)), counter.PaymentInput("cash", D(1000))]
        counter.sell(uow, lines=lines, payments=pays, on=ON)
        latencies.append(time.perf_counter() - t0)
    seconds = time.perf_counter() - started
    rate = n / seconds
    p95 = statistics.quantiles(latencies, n=20)[18] * 1000
    print(f"# counter tickets: {n} in {seconds:.2f}s ({rate:.0f}/s), p95 {p95:.2f} ms", flush=True)
    uow.engine.dispose()
    return [at_least("ticket_post_rate", rate, "tickets/s", 300), at_most("ticket_p95_ms", p95, "ms", 10)]


@benchmark("scan_ms")
def scan_ms(quick: bool) -> list[Figure]:
    from erp_desktop.services import counter

    folder = Path(tempfile.mkdtemp(prefix="bench-scan-"))
    uow, ids = _setup(folder, 2_000 if quick else 20_000)
    rng = random.Random(3)
    timings = []
    for _ in range(500 if quick else 2_000):
        lines = [counter.LineInput(p, D(1)) for p in rng.sample(ids, 4)]
        code = f"69{rng.randrange(200):011d}"
        t0 = time.perf_counter()
        hit = counter.scan(uow, code)
        counter.price_ticket(uow, [*lines, counter.LineInput(hit.product_id, D(1))])
        timings.append(time.perf_counter() - t0)
    median = statistics.median(timings) * 1000
    uow.engine.dispose()
    return [at_most("scan_ms", median, "ms", 30)]
