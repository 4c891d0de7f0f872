"""Analysis benchmarks on a shop with a long sales history written by raw ``executemany`` inserts
(the same columns and storage the services write: scaled integers, hex uuids, ISO dates).

- ``pivot_ms``: margin by customer × product for one month over 1,000,000 delivery lines
  (5 years, 100,000 ten-line deliveries, 300 customers, 2,000 products); target < 1 s.
- ``dashboard_ms``: the overview dashboard's refresh on the same 5-year shop (deliveries, their
  journal lines and open items); target < 500 ms.
``--quick`` uses 100,000 lines.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from bench import Figure, at_most, benchmark

START = date(2021, 12, 1)
DAYS = 5 * 365


def _hex() -> str:
    return uuid.uuid4().hex


def _build(folder: Path, lines: int):
    from erp_desktop.services.system.setup import open_shop

    path = folder / "analysis.sqlite3"
    uow = open_shop(path)
    uow.engine.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    rng = random.Random(7)
    now = datetime(2026, 11, 1).isoformat(sep=" ")
    common = (now, now, "", 0)
    wh, loc = _hex(), _hex()
    wcols = [r[1] for r in con.execute("PRAGMA table_info(warehouse)")]
    lcols = [r[1] for r in con.execute("PRAGMA table_info(location)")]
    _insert_defaults(con, "warehouse", {"id": wh, "code": "W1", "name": "Bench"}, wcols, now)
    _insert_defaults(
        con, "location", {"id": loc, "warehouse_id": wh, "code": "A-01", "name": "A-01", "kind": "bin"}, lcols, now
    )
    products = [_hex() for _ in range(2000)]
    customers = [_hex() for _ in range(300)]
    pcols = [r[1] for r in con.execute("PRAGMA table_info(product)")]
    ccols = [r[1] for r in con.execute("PRAGMA table_info(customer)")]
    for i, p in enumerate(products):
        _insert_defaults(con, "product", {"id": p, "code": f"P{i:05d}", "name": f"Item {i}"}, pcols, now)
    for i, c in enumerate(customers):
        _insert_defaults(con, "customer", {"id": c, "code": f"C{i:04d}", "name": f"Customer {i}"}, ccols, now)
    per_doc = 10
    docs = lines // per_doc
    orders, deliveries, dlines, jlines, items, entries = [], [], [], [], [], []
    for n in range(docs):
        on = (START + timedelta(days=n * DAYS // docs)).isoformat()
        oid, did, eid = _hex(), _hex(), _hex()
        cust = customers[rng.randrange(len(customers))]
        net_t = cost_t = tax_t = 0
        for seq in range(per_doc):
            q = rng.randint(1, 20)
            price = rng.randint(500, 5000)  # cents
            net = q * price
            cost = net * rng.randint(60, 95) // 100
            tax = net * 13 // 100
            dlines.append(
                (
                    _hex(),
                    did,
                    seq,
                    products[rng.randrange(len(products))],
                    loc,
                    cost,
                    q * 1000,
                    price * 10000,
                    1300,
                    net,
                    tax,
                    net + tax,
                    *common,
                )
            )
            net_t += net
            cost_t += cost
            tax_t += tax
        orders.append((oid, f"SO-{n:07d}", cust, on, "delivered", net_t, tax_t, net_t + tax_t, *common))
        deliveries.append((did, f"DN-{n:07d}", oid, cust, on, "posted", cost_t, net_t, tax_t, net_t + tax_t, *common))
        entries.append((eid, f"JE-{n:07d}", on, "DN", did, f"DN-{n:07d}", f"记-{n:07d}", *common))
        for seq, (code, d, c) in enumerate(
            (
                ("1122", net_t + tax_t, 0),
                ("5001", 0, net_t),
                ("22210102", 0, tax_t),
                ("5401", cost_t, 0),
                ("1405", 0, cost_t),
            )
        ):
            jlines.append((_hex(), eid, seq, on, code, d, c, *common))
        due = (date.fromisoformat(on) + timedelta(days=30)).isoformat()
        items.append(
            (_hex(), "receivable", cust, "DN", did, f"DN-{n:07d}", on, due, net_t + tax_t, net_t + tax_t, *common)
        )
    tail = "created_at, updated_at, origin_pc, hlc"
    q = lambda k: ",".join("?" * k)  # noqa: E731
    con.executemany(
        f'INSERT INTO sales_order (id, number, customer_id, "on", state, net_total, tax_total, gross_total, salesperson, version, notes, {tail}) '
        f'VALUES ({q(8)}, "", 1, "", {q(4)})',
        orders,
    )
    con.executemany(
        f'INSERT INTO sales_delivery (id, number, order_id, customer_id, "on", state, cost_total, net_total, tax_total, gross_total, version, notes, {tail}) '
        f'VALUES ({q(10)}, 1, "", {q(4)})',
        deliveries,
    )
    con.executemany(
        f"INSERT INTO sales_delivery_line (id, delivery_id, seq, product_id, location_id, cost, qty, unit_price, tax_rate, net, tax, gross, "
        f"returned_qty, returned_net, returned_tax, returned_cost, discount, {tail}) VALUES ({q(12)}, 0, 0, 0, 0, 0, {q(4)})",
        dlines,
    )
    con.executemany(
        f'INSERT INTO journal_entry (id, number, "on", doc_type, doc_id, doc_number, voucher_no, voucher_period, memo, posted_at, user_name, {tail}) '
        f'VALUES ({q(7)}, 0, "", "{now}", "", {q(4)})',
        entries,
    )
    con.executemany(
        f'INSERT INTO journal_line (id, entry_id, seq, "on", account_code, debit, credit, party_kind, memo, {tail}) '
        f'VALUES ({q(7)}, "", "", {q(4)})',
        jlines,
    )
    con.executemany(
        f'INSERT INTO open_item (id, kind, party_id, doc_type, doc_id, doc_number, "on", due, amount, allocated, memo, {tail}) '
        f'VALUES ({q(9)}, 0, "", {q(4)})',
        [i[:9] + i[10:] for i in items],
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return open_shop(path)


def _insert_defaults(con, table: str, values: dict, cols: list[str], now: str) -> None:
    """Insert one master row, filling NOT NULL columns the bench does not care about."""
    info = {r[1]: r for r in con.execute(f"PRAGMA table_info({table})")}
    row = dict(values)
    for name in cols:
        if name in row:
            continue
        _cid, _n, typ, notnull, _default, _pk = info[name]
        if name in ("created_at", "updated_at"):
            row[name] = now
        elif notnull:
            t = (typ or "").upper()
            row[name] = (
                0
                if any(x in t for x in ("INT", "BOOL", "NUM"))
                else ("[]" if name == "tags" else "{}" if name in ("custom",) else "")
            )
    names = list(row)
    con.execute(
        f"INSERT INTO {table} ({', '.join(chr(34) + n + chr(34) for n in names)}) VALUES ({', '.join('?' * len(names))})",
        [row[n] for n in names],
    )


def _median_ms(fn, runs: int = 5) -> float:
    fn()  # warm the cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


_SHOP: dict = {}


def _shop(quick: bool):
    key = "quick" if quick else "full"
    if key not in _SHOP:
        folder = Path(tempfile.mkdtemp(prefix="bench-analysis-"))
        _SHOP[key] = _build(folder, 100_000 if quick else 1_000_000)
    return _SHOP[key]


@benchmark("pivot_ms")
def pivot_ms(quick: bool) -> list[Figure]:
    from erp_desktop.services.analysis import pivot as analysis

    uow = _shop(quick)
    spec = analysis.PivotSpec(
        rows=("customer", "product"), measure="margin", start=date(2026, 3, 1), end=date(2026, 3, 31)
    )
    result = analysis.pivot(uow, spec)
    assert result.total.revenue > 0
    return [at_most("pivot_ms", _median_ms(lambda: analysis.pivot(uow, spec)), "ms", 1000)]


@benchmark("dashboard_ms")
def dashboard_ms(quick: bool) -> list[Figure]:
    from erp_desktop.services.analysis import dashboard

    uow = _shop(quick)
    ov = dashboard.overview(uow, as_of=date(2026, 11, 25))
    assert ov.figure("receivable").value > 0
    return [at_most("dashboard_ms", _median_ms(lambda: dashboard.overview(uow, as_of=date(2026, 11, 25))), "ms", 500)]
