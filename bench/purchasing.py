"""Purchasing benchmarks.

- ``purchase_receipt_post_rate``: receive 1,000 confirmed five-line orders (stock in with
  re-averaging, payable, journal entry — one transaction each) on a SQLite file.
- ``reorder_suggest_ms``: reorder suggestions over 5,000 products with 30 days of sales moves
  and open orders.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_least, at_most, benchmark


def _shop(products: int):
    from erp_desktop.models.catalog import Product
    from erp_desktop.models.parties import Supplier, SupplierQuote
    from erp_desktop.models.warehouse import Location, Warehouse
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(Path(tempfile.mkdtemp(prefix="erp-bench-purch-")) / "shop.sqlite3")
    with uow.write() as tx:
        wh = Warehouse(code="W1", name="W1")
        tx.add(wh)
        tx.flush()
        loc = Location(warehouse_id=wh.id, code="A-01", name="A-01")
        sup = Supplier(code="S1", name="S1")
        tx.add_all([loc, sup])
        tx.flush()
        ids = []
        for i in range(products):
            p = Product(
                code=f"P{i:06d}",
                name=f"Product {i}",
                purchase_price=Decimal("5"),
                reorder_point=Decimal(20),
                reorder_qty=Decimal(12),
            )
            tx.add(p)
            tx.flush()
            tx.add(
                SupplierQuote(
                    supplier_id=sup.id, product_id=p.id, price=Decimal("4.5") + Decimal(i % 7) / 10, lead_time_days=5
                )
            )
            ids.append(p.id)
    return uow, ids, sup.id, loc.id


@benchmark("purchase_receipt_post_rate")
def receipts(quick: bool) -> list[Figure]:
    from erp_desktop.services import purchasing
    from erp_desktop.services.purchasing.orders import OrderLineInput, new_order_tx

    n = 100 if quick else 1000
    uow, products, supplier, location = _shop(50)
    on = date(2026, 3, 2)
    orders = []
    with uow.write() as tx:
        for i in range(n):
            lines = [
                OrderLineInput(products[(i * 5 + k) % len(products)], Decimal(10 + k), Decimal("4.75"), Decimal("0.13"))
                for k in range(5)
            ]
            order = new_order_tx(tx, supplier_id=supplier, on=on, lines=lines)
            order.state = "confirmed"
            orders.append(order.id)
    start = time.perf_counter()
    for order_id in orders:
        purchasing.receive_order(uow, order_id, on=on, location_id=location)
    elapsed = time.perf_counter() - start
    return [at_least("purchase_receipt_post_rate", n / elapsed, "docs/s", 100)]


@benchmark("reorder_suggest_ms")
def suggestions(quick: bool) -> list[Figure]:
    from erp_desktop.models.stock import StockMove
    from erp_desktop.models.warehouse import VirtualLocation
    from erp_desktop.services.ledger.stock import virtual_location_id
    from erp_desktop.services.purchasing import reorder

    n = 500 if quick else 5000
    uow, products, supplier, location = _shop(n)
    today = date(2026, 3, 31)
    with uow.write() as tx:
        customer = virtual_location_id(tx, VirtualLocation.CUSTOMER)
        rows = []
        for i, product in enumerate(products):
            for d in range(
                0, 30, 3
            ):  # ten sales moves per product in the window (ledger rows only: the query is what is timed)
                rows.append(
                    dict(
                        id=uuid.uuid4(),
                        product_id=product,
                        from_location_id=location,
                        to_location_id=customer,
                        qty=Decimal(1 + i % 4),
                        unit_cost=Decimal(5),
                        value=Decimal(5),
                        doc_type="bench",
                        doc_id=uuid.uuid4(),
                        on=today - timedelta(days=d),
                    )
                )
        tx.execute(StockMove.__table__.insert(), rows)
    start = time.perf_counter()
    result = reorder.suggest_reorder(uow, window_days=30, today=today)
    elapsed = (time.perf_counter() - start) * 1000
    assert result
    return [at_most("reorder_suggest_ms", elapsed, "ms", 3000)]
