"""Sync benchmarks over loopback PostgreSQL (``ERP_BENCH_PG_URL`` or ``ERP_TEST_PG_URL``, default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``; a throwaway database is created and dropped).

- ``sync_10k_s``: two PCs on one shop; PC A wrote 10,000 rows (products) and pushed them; PC B wrote
  10,000 rows of its own (customers). One ``sync_now`` on B then pulls A's 10,000 and pushes its
  10,000 — 10,000 changes each way. Target < 10 s.
- ``sync_idle_ms``: an incremental sync with nothing to do (median of 7). Target < 200 ms.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_most, benchmark


def _pg_base() -> str:
    return (
        os.environ.get("ERP_BENCH_PG_URL")
        or os.environ.get("ERP_TEST_PG_URL")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )


def _bulk(uow, model, count: int, prefix: str) -> None:
    with uow.write() as tx:
        for i in range(count):
            if model.__tablename__ == "product":
                tx.add(
                    model(
                        code=f"{prefix}{i:06d}",
                        name=f"Product {prefix}{i}",
                        sale_price=Decimal("12.50"),
                        purchase_price=Decimal("7.20"),
                        tax_rate=Decimal("0.13"),
                    )
                )
            else:
                tx.add(model(code=f"{prefix}{i:06d}", name=f"Customer {prefix}{i}"))


@benchmark("sync_10k_s", "sync_idle_ms")
def sync_bench(quick: bool) -> list[Figure]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from erp_desktop.models.catalog import Product
    from erp_desktop.models.parties import Customer
    from erp_desktop.services.sync import engine as sync
    from erp_desktop.services.system.setup import open_shop

    count = 1_000 if quick else 10_000
    base = _pg_base()
    name = f"erp_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as folder:
            a = open_shop(Path(folder) / "a.sqlite3")
            b = open_shop(Path(folder) / "b.sqlite3")
            sync.sync_now(a, url)  # sets the server up, seeds it
            sync.sync_now(b, url)  # B joins
            _bulk(a, Product, count, "A")
            _bulk(b, Customer, count, "B")
            pushed_a = sync.sync_now(a, url)
            started = time.perf_counter()
            both = sync.sync_now(b, url)
            elapsed = time.perf_counter() - started
            assert both.pulled >= count and both.pushed >= count, both
            assert pushed_a.pushed >= count
            sync.sync_now(a, url)  # A receives B's rows
            idle = []
            for _ in range(7):
                started = time.perf_counter()
                result = sync.sync_now(a, url)
                idle.append((time.perf_counter() - started) * 1000)
                assert result.pulled == 0 and result.pushed == 0
            a.engine.dispose()
            b.engine.dispose()
    finally:
        sync.dispose_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    scaled = elapsed * (10_000 / count)
    return [at_most("sync_10k_s", scaled, "s", 10), at_most("sync_idle_ms", statistics.median(idle), "ms", 200)]
