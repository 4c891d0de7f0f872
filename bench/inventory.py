"""Inventory benchmarks.

- ``stock_doc_post_rate``: post 10,000 five-line stock documents (receipts, issues, transfers in
  turn) through ``inventory.create_and_post`` on a SQLite file, one transaction each; also a
  raw-``sqlite3`` floor writing the same rows (document, lines, moves, balances, costs, number,
  journal) with the same pragmas, and the ratio (``stock_doc_floor_ratio``).
- ``onhand_ms``: on hand for one product with 1,000,000 moves in the ledger (moves generated
  with raw ``executemany``; balances and costs derived from them by SQL so the ledger is consistent).
- ``valuation_ms``: the valuation report for 20,000 products × 3 warehouses.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_least, at_most, benchmark, quiet_disk

D = Decimal
ON = date(2026, 1, 15)


def _shop(folder: Path, name: str):
    from erp_desktop.services.system.setup import open_shop

    return open_shop(folder / f"{name}.sqlite3")


def _master(uow, products: int, warehouses: int, bins: int):
    """Products, warehouses and bins made directly (fast); returns their ids."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.warehouse import Location, Warehouse

    pids, whs = [], []
    with uow.write() as tx:
        for i in range(products):
            p = Product(code=f"B{i:06d}", name=f"Bench product {i}", purchase_price=D("5.5"), sale_price=D("9"))
            tx.add(p)
            pids.append(p)
        for w in range(warehouses):
            wh = Warehouse(code=f"W{w}", name=f"Warehouse {w}")
            tx.add(wh)
            tx.flush()
            locs = [Location(warehouse_id=wh.id, code=f"{w}-{b:02d}", name="", sort_order=b) for b in range(bins)]
            tx.add_all(locs)
            whs.append((wh, locs))
        tx.flush()
        return [p.id for p in pids], [(wh.id, [l.id for l in locs]) for wh, locs in whs]


# --- stock_doc_post_rate ----------------------------------------------------------------------
@benchmark("stock_doc_post_rate", "stock_doc_floor_ratio", "stock_doc_post_rate_nosync")
def stock_doc_post_rate(quick: bool) -> list[Figure]:
    from erp_desktop.services.inventory import documents as inventory
    from erp_desktop.services.inventory.documents import LineInput

    n_docs = 600 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="bench-stockdoc-"))
    uow = _shop(folder, "orm")
    pids, whs = _master(uow, 200, 2, 2)
    bins = [b for _w, bs in whs for b in bs]
    rng = random.Random(7)
    # opening stock so issues and transfers never run short
    for chunk in range(0, len(pids), 50):
        inventory.create_and_post(
            uow,
            kind="receipt",
            reason="opening",
            on=ON,
            lines=[LineInput(p, D(100000), D("5.5"), to_location_id=b) for p in pids[chunk : chunk + 50] for b in bins],
        )
    plans = []
    for i in range(n_docs):
        kind = ("receipt", "issue", "transfer")[i % 3]
        lines = []
        for p in rng.sample(pids, 5):
            src, dst = rng.sample(bins, 2)
            q = D(rng.randint(1, 5))
            if kind == "receipt":
                lines.append(LineInput(p, q, D("5.25"), to_location_id=dst))
            elif kind == "issue":
                lines.append(LineInput(p, q, from_location_id=src))
            else:
                lines.append(LineInput(p, q, from_location_id=src, to_location_id=dst))
        plans.append((kind, lines))
    quiet_disk()  # the setup's writes reach the disk before the clock starts
    started = time.perf_counter()
    cpu = time.process_time()
    for kind, lines in plans:
        inventory.create_and_post(uow, kind=kind, reason="other" if kind != "transfer" else "", on=ON, lines=lines)
    orm_seconds = time.perf_counter() - started
    orm_cpu = time.process_time() - cpu
    rate = n_docs / orm_seconds
    # the same work without waiting for the disk (synchronous=NORMAL): what the code itself costs
    from sqlalchemy import event

    event.listen(uow.engine, "connect", lambda dbapi, _rec: dbapi.execute("PRAGMA synchronous=NORMAL"))
    uow.engine.dispose()
    sample = plans[: max(300, n_docs // 5)]
    started = time.perf_counter()
    for kind, lines in sample:
        inventory.create_and_post(uow, kind=kind, reason="other" if kind != "transfer" else "", on=ON, lines=lines)
    nosync_rate = len(sample) / (time.perf_counter() - started)
    uow.engine.dispose()
    floor_seconds = _floor(folder, plans, bins)
    ratio = orm_seconds / floor_seconds
    fsync_ms = _fsync_ms(folder)
    print(
        f"# stock docs: {n_docs} in {orm_seconds:.2f}s ({rate:.0f}/s, cpu {orm_cpu:.2f}s); raw sqlite3 floor {floor_seconds:.2f}s "
        f"({n_docs / floor_seconds:.0f}/s); ratio {ratio:.2f}x; without fsync {nosync_rate:.0f}/s; "
        f"this disk's fsync per commit {fsync_ms:.2f} ms (ceiling {1000 / fsync_ms:.0f} commits/s with synchronous=FULL); "
        f"calibration loop {_calibration_ms():.0f} ms (~40 idle)",
        flush=True,
    )
    return [
        at_least("stock_doc_post_rate", rate, "docs/s", 300),
        Figure("stock_doc_floor_ratio", ratio, "x", "<= 4", ratio <= 4),
        at_least("stock_doc_post_rate_nosync", nosync_rate, "docs/s", 300),
    ]


def _calibration_ms() -> float:
    """A 1,000,000-step Python loop: ~40 ms on an idle core; more means a loaded machine."""
    started = time.perf_counter()
    x = 0
    for i in range(1_000_000):
        x += i
    return (time.perf_counter() - started) * 1000


def _fsync_ms(folder: Path) -> float:
    """One tiny committed transaction with the app's pragmas (WAL, synchronous=FULL)."""
    con = sqlite3.connect(folder / "fsync.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (x)")
    started = time.perf_counter()
    for i in range(100):
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t VALUES (?)", (i,))
        con.execute("COMMIT")
    con.close()
    return (time.perf_counter() - started) * 10


def _floor(folder: Path, plans, bins) -> float:
    """The same rows written with plain sqlite3 and hand-kept balances (the app's pragmas
    except foreign keys, one transaction per document)."""
    from erp_desktop.storage.engine import CACHE_PRAGMA, WAL_CHECKPOINT_PAGES

    path = folder / "floor.sqlite3"
    uow = _shop(folder, "floor")
    pids, _ = _master(uow, 1, 1, 1)  # schema only; the floor uses its own ids below
    uow.engine.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(CACHE_PRAGMA)
    con.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    hexid = lambda: uuid.uuid4().hex  # noqa: E731
    now = datetime.now().isoformat(sep=" ")
    balances: dict = {}
    costs: dict = {}
    virtual = hexid()
    con.execute(
        "INSERT INTO number_sequence (doc_type, year, series, next_value) VALUES ('X', 2026, '', 1), ('JE', 2026, 'z', 1)"
    )
    quiet_disk()  # the setup's writes reach the disk before the clock starts
    started = time.perf_counter()
    for n, (kind, lines) in enumerate(plans):
        con.execute("BEGIN IMMEDIATE")
        doc_id = hexid()
        con.execute("UPDATE number_sequence SET next_value = next_value + 1 WHERE doc_type = 'X'")
        con.execute(
            'INSERT INTO stock_doc (id, number, kind, reason, state, "on", warehouse_id, note, total_value, '
            "reversal_of_id, reversed_by_id, posted_at, user_name, version, created_at, updated_at, origin_pc, hlc) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                f"X-{n}",
                kind,
                "other",
                "posted",
                ON.isoformat(),
                None,
                "",
                0,
                None,
                None,
                now,
                "b",
                1,
                now,
                now,
                "pc",
                n,
            ),
        )
        line_rows, move_rows = [], []
        total = 0
        for seq, line in enumerate(lines):
            line_id = hexid()
            pid = line.product_id.hex
            q = int(line.qty * 1000)
            value = q * 5500 // 1000
            total += value
            src = line.from_location_id.hex if line.from_location_id else virtual
            dst = line.to_location_id.hex if line.to_location_id else virtual
            line_rows.append((line_id, doc_id, seq, pid, src, dst, q, 5_500_000, value, "", now, now, "pc", n))
            move_rows.append(
                (
                    hexid(),
                    pid,
                    src,
                    dst,
                    q,
                    5_500_000,
                    value,
                    "stock_doc",
                    doc_id,
                    line_id,
                    f"X-{n}",
                    ON.isoformat(),
                    now,
                    "b",
                    seq,
                    now,
                    now,
                    "pc",
                    n,
                )
            )
            for loc, sign in ((src, -1), (dst, 1)):
                if loc != virtual:
                    key = (pid, loc)
                    if key not in balances:
                        balances[key] = 0
                        con.execute(
                            "INSERT OR IGNORE INTO stock_balance (product_id, location_id, qty) VALUES (?,?,0)", key
                        )
                    balances[key] += sign * q
                    con.execute(
                        "UPDATE stock_balance SET qty = ? WHERE product_id = ? AND location_id = ?",
                        (balances[key], pid, loc),
                    )
            if kind != "transfer":
                if pid not in costs:
                    costs[pid] = 0
                    con.execute(
                        "INSERT OR IGNORE INTO product_cost (product_id, qty, value, avg_cost) VALUES (?,0,0,0)", (pid,)
                    )
                costs[pid] += q if kind == "receipt" else -q
                con.execute(
                    "UPDATE product_cost SET qty = ?, value = ?, avg_cost = ? WHERE product_id = ?",
                    (costs[pid], 0, 0, pid),
                )
        con.executemany(
            "INSERT INTO stock_doc_line (id, doc_id, seq, product_id, from_location_id, to_location_id, qty, unit_cost, "
            "value, note, created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            line_rows,
        )
        con.executemany(
            "INSERT INTO stock_move (id, product_id, from_location_id, to_location_id, qty, unit_cost, value, doc_type, "
            'doc_id, doc_line_id, doc_number, "on", moved_at, user_name, seq, created_at, updated_at, origin_pc, hlc) '
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            move_rows,
        )
        if kind != "transfer":
            entry = hexid()
            con.execute("UPDATE number_sequence SET next_value = next_value + 1 WHERE doc_type = 'JE'")
            con.execute(
                'INSERT INTO journal_entry (id, number, voucher_period, voucher_no, "on", doc_type, doc_id, doc_number, memo, '
                "reversal_of_id, posted_at, user_name, created_at, updated_at, origin_pc, hlc) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    entry,
                    f"JX-{n}",
                    999900,
                    f"记-X{n:07d}",
                    ON.isoformat(),
                    "stock_doc",
                    doc_id,
                    f"X-{n}",
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
            con.executemany(
                'INSERT INTO journal_line (id, entry_id, seq, "on", account_code, debit, credit, party_kind, party_id, '
                "memo, created_at, updated_at, origin_pc, hlc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (hexid(), entry, 0, ON.isoformat(), "1405", total, 0, "", None, "", now, now, "pc", n),
                    (hexid(), entry, 1, ON.isoformat(), "5301", 0, total, "", None, "", now, now, "pc", n),
                ],
            )
        con.execute("COMMIT")
    seconds = time.perf_counter() - started
    con.close()
    return seconds


# --- onhand_ms --------------------------------------------------------------------------------
def _bulk_moves(uow, pids, bins, n_moves: int, rng: random.Random, *, lots=None) -> None:
    """``n_moves`` receipts from the supplier into random bins, written with executemany, then
    balances and costs derived by SQL so ``verify`` would pass."""
    from erp_desktop.models.warehouse import VirtualLocation
    from erp_desktop.services.ledger.stock import virtual_location_id

    with uow.read() as tx:
        supplier = virtual_location_id(tx, VirtualLocation.SUPPLIER).hex
    path = uow.engine.url.database
    uow.engine.dispose()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    now = datetime.now().isoformat(sep=" ")
    phex = [p.hex for p in pids]
    bhex = [b.hex for b in bins]
    con.execute("BEGIN")
    batch = []
    for i in range(n_moves):
        q = rng.randint(1, 9) * 1000
        batch.append(
            (
                uuid.UUID(int=rng.getrandbits(128)).hex,
                phex[i % len(phex)],
                supplier,
                bhex[rng.randrange(len(bhex))],
                q,
                5_000_000,
                q * 5,
                "bench",
                "00" * 16,
                None,
                "",
                ON.isoformat(),
                now,
                "b",
                0,
                now,
                now,
                "pc",
                i,
                lots[i % len(phex)][rng.randrange(len(lots[0]))].hex if lots else None,
            )
        )
        if len(batch) == 50_000:
            _insert_moves(con, batch)
            batch = []
    if batch:
        _insert_moves(con, batch)
    con.execute("DELETE FROM stock_balance")
    con.execute(
        "INSERT INTO stock_balance (product_id, location_id, qty) SELECT product_id, to_location_id, SUM(qty) "
        "FROM stock_move GROUP BY product_id, to_location_id"
    )
    con.execute("DELETE FROM lot_balance")
    con.execute(
        "INSERT INTO lot_balance (lot_id, location_id, product_id, qty) SELECT lot_id, to_location_id, product_id, "
        "SUM(qty) FROM stock_move WHERE lot_id IS NOT NULL GROUP BY lot_id, to_location_id, product_id"
    )
    con.execute("DELETE FROM product_cost")
    con.execute(
        "INSERT INTO product_cost (product_id, qty, value, avg_cost) SELECT product_id, SUM(qty), SUM(value), 5000000 "
        "FROM stock_move GROUP BY product_id"
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def _insert_moves(con, rows) -> None:
    con.executemany(
        "INSERT INTO stock_move (id, product_id, from_location_id, to_location_id, qty, unit_cost, value, doc_type, "
        'doc_id, doc_line_id, doc_number, "on", moved_at, user_name, seq, created_at, updated_at, origin_pc, hlc, '
        "lot_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def _timed_ms(fn, repeat: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


@benchmark("onhand_ms")
def onhand_ms(quick: bool) -> list[Figure]:
    from erp_desktop.services.inventory import queries as stock
    from erp_desktop.services.system.setup import open_shop

    n_moves = 100_000 if quick else 1_000_000
    folder = Path(tempfile.mkdtemp(prefix="bench-onhand-"))
    uow = _shop(folder, "onhand")
    pids, whs = _master(uow, 2000, 3, 4)
    bins = [b for _w, bs in whs for b in bs]
    _bulk_moves(uow, pids, bins, n_moves, random.Random(3))
    uow = open_shop(folder / "onhand.sqlite3")
    target = pids[1234]
    expected = stock.on_hand(uow, target)
    assert expected > 0
    ms = _timed_ms(lambda: stock.on_hand(uow, target), 300)
    print(f"# on hand of one product among {n_moves:,} moves: {expected} in {ms:.3f} ms (median)", flush=True)
    uow.engine.dispose()
    return [at_most("onhand_ms", ms, "ms", 1)]


@benchmark("lot_onhand_ms")
def lot_onhand_ms(quick: bool) -> list[Figure]:
    """On hand of one lot at one bin among 1,000,000 lot moves (20,000 lots of 2,000 products)."""
    from erp_desktop.services import inventory
    from erp_desktop.services.system.setup import open_shop

    n_moves = 100_000 if quick else 1_000_000
    folder = Path(tempfile.mkdtemp(prefix="bench-lot-onhand-"))
    uow = _shop(folder, "lots")
    pids, whs = _master(uow, 2000, 3, 4)
    bins = [b for _w, bs in whs for b in bs]
    lots = _bulk_lots(uow, pids, 10)
    _bulk_moves(uow, pids, bins, n_moves, random.Random(5), lots=lots)
    uow = open_shop(folder / "lots.sqlite3")
    lot, where = lots[1234 % len(pids)][3], None
    with uow.read() as tx:
        from sqlalchemy import select

        from erp_desktop.models.stock import LotBalance

        where = tx.scalar(select(LotBalance.location_id).where(LotBalance.lot_id == lot).limit(1))
    expected = inventory.lot_on_hand(uow, lot, where)
    assert expected > 0
    ms = _timed_ms(lambda: inventory.lot_on_hand(uow, lot, where), 300)
    print(
        f"# on hand of one lot at one bin among {n_moves:,} lot moves: {expected} in {ms:.3f} ms (median)", flush=True
    )
    uow.engine.dispose()
    return [at_most("lot_onhand_ms", ms, "ms", 1)]


def _bulk_lots(uow, pids, per_product: int) -> list[list[uuid.UUID]]:
    """``per_product`` lots of each product (lot-tracked), written directly."""
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.stock import StockLot
    from erp_desktop.services.ledger.lots import lot_id

    out = []
    with uow.write() as tx:
        for pid in pids:
            tx.get(Product, pid).lot_tracked = True
            ids = []
            for k in range(per_product):
                key = lot_id(pid, f"L{k:03d}")
                tx.add(StockLot(id=key, product_id=pid, number=f"L{k:03d}", expiry_date=date(2027, 1 + k, 1)))
                ids.append(key)
            out.append(ids)
    return out


@benchmark("valuation_ms")
def valuation_ms(quick: bool) -> list[Figure]:
    from erp_desktop.services.inventory import queries as stock
    from erp_desktop.services.system.setup import open_shop

    n_products = 2000 if quick else 20_000
    folder = Path(tempfile.mkdtemp(prefix="bench-valuation-"))
    uow = _shop(folder, "valuation")
    pids, whs = _master(uow, n_products, 3, 1)
    bins = [bs[0] for _w, bs in whs]
    # one move per product × warehouse: 3 balance rows per product
    path = uow.engine.url.database
    _bulk_moves_per_bin(uow, path, pids, bins)
    uow = open_shop(folder / "valuation.sqlite3")
    result = stock.valuation(uow)
    ms = _timed_ms(lambda: stock.valuation(uow), 5)
    print(
        f"# valuation of {n_products:,} products × 3 warehouses: {len(result.rows):,} rows, total {result.total}, "
        f"{ms:.1f} ms (median)",
        flush=True,
    )
    uow.engine.dispose()
    return [at_most("valuation_ms", ms, "ms", 300)]


def _bulk_moves_per_bin(uow, path, pids, bins) -> None:
    from erp_desktop.models.warehouse import VirtualLocation
    from erp_desktop.services.ledger.stock import virtual_location_id

    with uow.read() as tx:
        supplier = virtual_location_id(tx, VirtualLocation.SUPPLIER).hex
    uow.engine.dispose()
    rng = random.Random(5)
    now = datetime.now().isoformat(sep=" ")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    rows = []
    for i, p in enumerate(pids):
        for b in bins:
            q = rng.randint(1, 999) * 1000 + rng.randint(0, 999)
            rows.append(
                (
                    uuid.uuid4().hex,
                    p.hex,
                    supplier,
                    b.hex,
                    q,
                    3_333_333,
                    (q * 3_333_333 + 5_000_000) // 10_000_000,
                    "bench",
                    "00" * 16,
                    None,
                    "",
                    ON.isoformat(),
                    now,
                    "b",
                    0,
                    now,
                    now,
                    "pc",
                    i,
                    None,
                )
            )
    _insert_moves(con, rows)
    con.execute(
        "INSERT INTO stock_balance (product_id, location_id, qty) SELECT product_id, to_location_id, SUM(qty) "
        "FROM stock_move GROUP BY product_id, to_location_id"
    )
    con.execute(
        "INSERT INTO product_cost (product_id, qty, value, avg_cost) SELECT product_id, SUM(qty), SUM(value), "
        "SUM(value) * 10000000 / SUM(qty) FROM stock_move GROUP BY product_id"
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()
