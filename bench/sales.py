"""Sales benchmarks.

- ``delivery_post_rate``: post 10,000 five-line sales deliveries through
  ``sales.deliver_order`` (stock moves at moving average + cost + receivable + journal, and the
  order's tracking) on a SQLite file, one transaction each. Orders are set up beforehand.
- ``delivery_floor_ratio``: the same rows written by plain ``sqlite3`` with the same pragmas and
  one transaction per document (delivery, lines, moves, balances, costs, order lines and header,
  open item, journal entry and lines, two number sequences); prints both and the ratio.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_least, benchmark, quiet_disk

D = Decimal
ON = date(2026, 2, 10)
PRODUCTS = 200


def _setup(folder: Path, n_orders: int, *, lots: bool = False, fifo: bool = False):
    """A shop with stock of 200 products in one bin, one customer and ``n_orders`` confirmed
    five-line orders (written directly: setup, not timed). ``lots``: the products are
    lot-tracked, their stock in three lots of different expiry (deliveries then pick FEFO).
    ``fifo``: the products are costed first-in-first-out (a cost layer per lot)."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.parties import Customer
    from erp_desktop.models.sales import SalesOrder, SalesOrderLine
    from erp_desktop.models.warehouse import Location, VirtualLocation, Warehouse
    from erp_desktop.services.ledger.journal import Posting
    from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
    from erp_desktop.services.sales.common import line_amounts
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(folder / "orm.sqlite3")
    rng = random.Random(11)
    with uow.write() as tx:
        products = [
            Product(
                code=f"S{i:05d}",
                name=f"Bench item {i}",
                purchase_price=D("5.5"),
                sale_price=D("9.9"),
                tax_rate=D("0.13") if i % 4 else D("0.09"),
                lot_tracked=lots,
                costing_method="fifo" if fifo else "average",
            )
            for i in range(PRODUCTS)
        ]
        tx.add_all(products)
        wh = Warehouse(code="W1", name="Bench")
        tx.add(wh)
        tx.flush()
        bin1 = Location(warehouse_id=wh.id, code="A-01", name="A-01")
        customer = Customer(code="C1", name="Bench customer", payment_terms_days=30)
        tx.add_all([bin1, customer])
        tx.flush()
        opening = virtual_location_id(tx, VirtualLocation.OPENING)
        tx.flush()
        specs = [MoveSpec(p.id, opening, bin1.id, D(1_000_000), unit_cost=D("5.5")) for p in products]
        if lots:
            from dataclasses import replace

            from erp_desktop.services.ledger.lots import LotInput, ensure_lot

            specs = [
                replace(
                    spec,
                    lots=tuple(
                        (
                            ensure_lot(
                                tx, spec.product_id, LotInput(f"L{k}", expiry_date=date(2026, 6 + k, 1)), line=1
                            ),
                            D(1_000) if k < 2 else D(998_000),
                        )
                        for k in range(3)
                    ),
                )
                for spec in specs
            ]
            tx.flush()
        moves = post_moves(
            tx,
            specs,
            doc_type="OPEN",
            doc_id=uuid.uuid4(),
            on=date(2026, 1, 1),
        )
        value = sum((m.value for m in moves), D(0))
        Posting(date(2026, 1, 1), doc_type="OPEN").debit("1405", value).credit("3999", value).post(tx)
        product_rows = [(p.id, p.tax_rate) for p in products]
        bin_id, customer_id = bin1.id, customer.id
    order_ids = []
    for start in range(0, n_orders, 500):
        with uow.write() as tx:
            for n in range(start, min(n_orders, start + 500)):
                order = SalesOrder(
                    id=uuid.uuid4(),
                    number=f"SO-B-{n:06d}",
                    customer_id=customer_id,
                    on=ON,
                    state="confirmed",
                    version=1,
                )
                for seq, (pid, tax_rate) in enumerate(rng.sample(product_rows, 5)):
                    q = D(rng.randint(1, 5))
                    net, tax, gross = line_amounts(q, D("9.9"), D(0), tax_rate)
                    order.lines.append(
                        SalesOrderLine(
                            seq=seq,
                            product_id=pid,
                            qty=q,
                            unit_price=D("9.9"),
                            discount=D(0),
                            tax_rate=tax_rate,
                            net=net,
                            tax=tax,
                            gross=gross,
                        )
                    )
                order.net_total = sum((l.net for l in order.lines), D(0))
                order.tax_total = sum((l.tax for l in order.lines), D(0))
                order.gross_total = order.net_total + order.tax_total
                tx.add(order)
                order_ids.append(order.id)
    return uow, order_ids, bin_id


@benchmark("delivery_post_rate", "delivery_floor_ratio")
def delivery_post_rate(quick: bool) -> list[Figure]:
    from erp_desktop.services import sales

    n_docs = 500 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-sales-"))
    uow, order_ids, bin_id = _setup(folder, n_docs)
    quiet_disk()  # the setup's writes reach the disk before the clock starts
    started = time.perf_counter()
    for order_id in order_ids:
        sales.deliver_order(uow, order_id, on=ON, location_id=bin_id)
    orm_seconds = time.perf_counter() - started
    rate = n_docs / orm_seconds
    uow.engine.dispose()
    floor_seconds = _floor(folder, n_docs)
    ratio = orm_seconds / floor_seconds
    print(
        f"# sales deliveries: {n_docs} in {orm_seconds:.2f}s ({rate:.0f}/s); raw sqlite3 floor {floor_seconds:.2f}s "
        f"({n_docs / floor_seconds:.0f}/s); ratio {ratio:.2f}x",
        flush=True,
    )
    return [
        at_least("delivery_post_rate", rate, "docs/s", 300),
        Figure("delivery_floor_ratio", ratio, "x", "<= 4", ratio <= 4),
    ]


@benchmark("delivery_post_rate_lots")
def delivery_post_rate_lots(quick: bool) -> list[Figure]:
    """The same deliveries for lot-tracked products: each line takes its lots first expiry first
    (the earliest lots run out during the run, so lines split over two lots)."""
    from erp_desktop.services import sales

    n_docs = 500 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-sales-lots-"))
    uow, order_ids, bin_id = _setup(folder, n_docs, lots=True)
    quiet_disk()
    started = time.perf_counter()
    for order_id in order_ids:
        sales.deliver_order(uow, order_id, on=ON, location_id=bin_id)
    seconds = time.perf_counter() - started
    rate = n_docs / seconds
    uow.engine.dispose()
    print(f"# lot-tracked sales deliveries (FEFO): {n_docs} in {seconds:.2f}s ({rate:.0f}/s)", flush=True)
    return [at_least("delivery_post_rate_lots", rate, "docs/s", 300)]


@benchmark("delivery_post_rate_fifo")
def delivery_post_rate_fifo(quick: bool) -> list[Figure]:
    """The lot-tracked deliveries again for FIFO products (先进先出): each lot's part is valued
    from its cost layer, which the same transaction updates."""
    from erp_desktop.services import sales

    n_docs = 500 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-sales-fifo-"))
    uow, order_ids, bin_id = _setup(folder, n_docs, lots=True, fifo=True)
    quiet_disk()
    started = time.perf_counter()
    for order_id in order_ids:
        sales.deliver_order(uow, order_id, on=ON, location_id=bin_id)
    seconds = time.perf_counter() - started
    rate = n_docs / seconds
    uow.engine.dispose()
    print(f"# FIFO lot-tracked sales deliveries: {n_docs} in {seconds:.2f}s ({rate:.0f}/s)", flush=True)
    return [at_least("delivery_post_rate_fifo", rate, "docs/s", 300)]


def _floor(folder: Path, n_docs: int) -> float:
    """The rows one delivery writes, by plain sqlite3 with hand-kept balances and costs (the
    app's pragmas, except that foreign keys go unchecked: the floor's ids are made up)."""
    from erp_desktop.services.system.setup import open_shop
    from erp_desktop.storage.engine import CACHE_PRAGMA, WAL_CHECKPOINT_PAGES

    path = folder / "floor.sqlite3"
    open_shop(path).engine.dispose()  # schema only
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(CACHE_PRAGMA)
    con.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    rng = random.Random(11)
    hexid = lambda: uuid.uuid4().hex  # noqa: E731
    now = datetime.now().isoformat(sep=" ")
    day = ON.isoformat()
    products = [hexid() for _ in range(PRODUCTS)]
    bin_id, customer_loc, customer = hexid(), hexid(), hexid()
    balances = {p: 1_000_000_000 for p in products}
    costs = {p: (1_000_000_000, 5_500_000_000) for p in products}
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO stock_balance (product_id, location_id, qty) VALUES (?,?,?)",
        [(p, bin_id, q) for p, q in balances.items()],
    )
    con.executemany(
        "INSERT INTO product_cost (product_id, qty, value, avg_cost) VALUES (?,?,?,?)",
        [(p, q, v, 5_500_000) for p, (q, v) in costs.items()],
    )
    con.executemany(
        "INSERT INTO number_sequence (doc_type, year, series, next_value) VALUES (?, 2026, 'f', 1)", [("DN",), ("JE",)]
    )
    orders = []
    for n in range(n_docs):
        order_id = hexid()
        lines = [(hexid(), p, rng.randint(1, 5)) for p in rng.sample(products, 5)]
        orders.append((order_id, lines))
        con.execute(
            'INSERT INTO sales_order (id, number, customer_id, salesperson, "on", state, quote_id, version, notes, net_total, '
            "tax_total, gross_total, created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (order_id, f"SO-F-{n}", customer, "", day, "confirmed", None, 1, "", 0, 0, 0, now, now, "pc", n),
        )
        con.executemany(
            "INSERT INTO sales_order_line (id, order_id, seq, product_id, qty, unit_price, discount, tax_rate, net, tax, gross, "
            "delivered_qty, returned_qty, exchanged_qty, cancelled_qty, created_at, updated_at, origin_pc, hlc) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,0,0,0,0,?,?,?,?)",
            [
                (lid, order_id, s, p, q * 1000, 9_900_000, 0, 1300, q * 990, q * 129, q * 1119, now, now, "pc", n)
                for s, (lid, p, q) in enumerate(lines)
            ],
        )
    con.execute("COMMIT")
    quiet_disk()  # the setup's writes reach the disk before the clock starts
    started = time.perf_counter()
    for n, (order_id, lines) in enumerate(orders):
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE number_sequence SET next_value = next_value + 1 WHERE doc_type = 'DN'")
        doc_id, number = hexid(), f"DN-F-{n}"
        delivery_rows, move_rows = [], []
        net_total = tax_total = cost_total = 0
        for seq, (line_id, p, q) in enumerate(lines):
            qty = q * 1000
            bal_q, bal_v = costs[p]
            value = qty * bal_v // bal_q
            costs[p] = (bal_q - qty, bal_v - value)
            balances[p] -= qty
            con.execute(
                "UPDATE stock_balance SET qty = ? WHERE product_id = ? AND location_id = ?", (balances[p], p, bin_id)
            )
            con.execute(
                "UPDATE product_cost SET qty = ?, value = ?, avg_cost = ? WHERE product_id = ?",
                (*costs[p], 5_500_000, p),
            )
            con.execute(
                "UPDATE sales_order_line SET delivered_qty = ?, updated_at = ?, hlc = ? WHERE id = ?",
                (qty, now, n, line_id),
            )
            dl = hexid()
            delivery_rows.append(
                (
                    dl,
                    doc_id,
                    seq,
                    line_id,
                    p,
                    bin_id,
                    value,
                    0,
                    0,
                    0,
                    0,
                    qty,
                    9_900_000,
                    0,
                    1300,
                    q * 990,
                    q * 129,
                    q * 1119,
                    now,
                    now,
                    "pc",
                    n,
                )
            )
            move_rows.append(
                (
                    hexid(),
                    p,
                    bin_id,
                    customer_loc,
                    qty,
                    5_500_000,
                    value,
                    "DN",
                    doc_id,
                    dl,
                    number,
                    day,
                    now,
                    "b",
                    seq,
                    now,
                    now,
                    "pc",
                    n,
                )
            )
            net_total += q * 990
            tax_total += q * 129
            cost_total += value
        con.execute(
            'INSERT INTO sales_delivery (id, number, order_id, customer_id, "on", state, cost_total, exchange_id, version, notes, '
            "net_total, tax_total, gross_total, created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                number,
                order_id,
                customer,
                day,
                "posted",
                cost_total,
                None,
                1,
                "",
                net_total,
                tax_total,
                net_total + tax_total,
                now,
                now,
                "pc",
                n,
            ),
        )
        con.executemany(
            "INSERT INTO sales_delivery_line (id, delivery_id, seq, order_line_id, product_id, location_id, cost, returned_qty, "
            "returned_net, returned_tax, returned_cost, qty, unit_price, discount, tax_rate, net, tax, gross, created_at, "
            "updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            delivery_rows,
        )
        con.executemany(
            "INSERT INTO stock_move (id, product_id, from_location_id, to_location_id, qty, unit_cost, value, doc_type, "
            'doc_id, doc_line_id, doc_number, "on", moved_at, user_name, seq, created_at, updated_at, origin_pc, hlc) '
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            move_rows,
        )
        con.execute(
            "UPDATE sales_order SET state = 'delivered', version = version + 1, updated_at = ?, hlc = ? WHERE id = ?",
            (now, n, order_id),
        )
        con.execute(
            'INSERT INTO open_item (id, kind, party_id, doc_type, doc_id, doc_number, "on", due, amount, allocated, memo, '
            "created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                hexid(),
                "receivable",
                customer,
                "DN",
                doc_id,
                number,
                day,
                day,
                net_total + tax_total,
                0,
                "",
                now,
                now,
                "pc",
                n,
            ),
        )
        con.execute("UPDATE number_sequence SET next_value = next_value + 1 WHERE doc_type = 'JE'")
        # the voucher number of the month (记-0001 …), taken like the posting takes it
        con.execute("UPDATE number_sequence SET next_value = next_value + 1 WHERE doc_type = 'V01' AND year = 0")
        entry = hexid()
        con.execute(
            'INSERT INTO journal_entry (id, number, "on", voucher_period, voucher_no, doc_type, doc_id, doc_number, memo, '
            "reversal_of_id, posted_at, user_name, created_at, updated_at, origin_pc, hlc) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry,
                f"JF-{n}",
                day,
                999900 + n // 100000,
                f"记-F{n:07d}",
                "DN",
                doc_id,
                number,
                "",
                None,
                now,
                "b",
                now,
                now,
                "pc",
                n,
            ),
        )
        journal = [
            ("1122", net_total + tax_total, 0, "customer", customer),
            ("5001", 0, net_total, "", None),
            ("22210102", 0, tax_total, "", None),
            ("5401", cost_total, 0, "", None),
            ("1405", 0, cost_total, "", None),
        ]
        con.executemany(
            'INSERT INTO journal_line (id, entry_id, seq, "on", account_code, debit, credit, party_kind, party_id, '
            "memo, created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (hexid(), entry, s, day, a, dr, cr, pk, pid, "", now, now, "pc", n)
                for s, (a, dr, cr, pk, pid) in enumerate(journal)
            ],
        )
        con.execute("COMMIT")
    seconds = time.perf_counter() - started
    con.close()
    return seconds
