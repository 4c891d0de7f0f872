"""Small factories for tests: rows made directly, so each area's tests need not go through
another area's services. Every function takes the open session ``tx``."""

from __future__ import annotations

import itertools
from decimal import Decimal

from erp_desktop.models.catalog import Product, ProductBarcode
from erp_desktop.models.parties import Customer, Supplier
from erp_desktop.models.warehouse import Location, Warehouse

_seq = itertools.count(1)


def product(
    tx,
    code: str | None = None,
    *,
    name: str | None = None,
    price: str = "10",
    cost: str = "6",
    tax: str = "0.13",
    barcode: str | None = None,
    reorder_point: str = "0",
    **extra,
) -> Product:
    n = next(_seq)
    row = Product(
        code=code or f"P{n:05d}",
        name=name or f"Product {n}",
        sale_price=Decimal(price),
        purchase_price=Decimal(cost),
        tax_rate=Decimal(tax),
        reorder_point=Decimal(reorder_point),
        **extra,
    )
    tx.add(row)
    tx.flush()
    if barcode:
        tx.add(ProductBarcode(product_id=row.id, barcode=barcode))
        tx.flush()
    return row


def warehouse(
    tx, code: str | None = None, *, bins: tuple[str, ...] = ("A-01",), policy: str = "forbid"
) -> tuple[Warehouse, list[Location]]:
    n = next(_seq)
    wh = Warehouse(code=code or f"W{n}", name=f"Warehouse {code or n}", negative_policy=policy)
    tx.add(wh)
    tx.flush()
    locations = []
    for i, bin_code in enumerate(bins):
        loc = Location(warehouse_id=wh.id, code=bin_code, name=bin_code, sort_order=i)
        tx.add(loc)
        locations.append(loc)
    tx.flush()
    return wh, locations


def customer(tx, code: str | None = None, *, tier: str = "", credit_limit: str | None = None, **extra) -> Customer:
    n = next(_seq)
    row = Customer(
        code=code or f"C{n:04d}",
        name=extra.pop("name", f"Customer {n}"),
        tier=tier,
        credit_limit=Decimal(credit_limit) if credit_limit is not None else None,
        **extra,
    )
    tx.add(row)
    tx.flush()
    return row


def supplier(tx, code: str | None = None, **extra) -> Supplier:
    n = next(_seq)
    row = Supplier(code=code or f"S{n:04d}", name=extra.pop("name", f"Supplier {n}"), **extra)
    tx.add(row)
    tx.flush()
    return row


def opening_stock(tx, product_row, location, qty: str, unit_cost: str, *, on=None) -> None:
    """Put stock in a bin at a unit cost with its journal (Dr 1405 / Cr 3999), as an opening
    balance would — so verify's inventory check ties out. (sales tests)"""
    import uuid as _uuid
    from datetime import date as _date

    from erp_desktop.models.warehouse import VirtualLocation
    from erp_desktop.services.ledger.journal import Posting
    from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id

    on = on or _date(2026, 1, 1)
    doc_id = _uuid.uuid4()
    moves = post_moves(
        tx,
        [
            MoveSpec(
                product_row.id,
                virtual_location_id(tx, VirtualLocation.OPENING),
                location.id,
                Decimal(qty),
                unit_cost=Decimal(unit_cost),
            )
        ],
        doc_type="OPEN",
        doc_id=doc_id,
        on=on,
    )
    value = sum((m.value for m in moves), Decimal(0))
    Posting(on, doc_type="OPEN", doc_id=doc_id).debit("1405", value).credit("3999", value).post(tx)
