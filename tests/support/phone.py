"""A small shop with a draft stock count, for the phone session tests and the page's screenshot."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.models.inventory_docs import StockCountLine, StockCountUnknown
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from tests.support import factories

D = Decimal
ON = date(2026, 4, 1)
TEA, CUP = "6901234567892", "6900000000001"


def phone_shop(uow) -> dict:
    """Green tea (10 in A-01, barcode TEA), cups (5 in A-01, CUP), bins A-01 and A-02, a draft count."""
    with uow.write() as tx:
        tea = factories.product(tx, "TEA", name="Green tea", cost="6", barcode=TEA)
        cup = factories.product(tx, "CUP", name="Cup", cost="2", barcode=CUP)
        w, (a1, a2) = factories.warehouse(tx, "MAIN", bins=("A-01", "A-02"))
        ids = dict(tea=tea.id, cup=cup.id, w=w.id, a1=a1.id, a2=a2.id)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=ON,
        lines=[
            LineInput(ids["tea"], D("10"), D("6"), to_location_id=ids["a1"]),
            LineInput(ids["cup"], D("5"), D("2"), to_location_id=ids["a1"]),
        ],
    )
    ids["count"] = stock_counts.create_count(uow, warehouse_id=ids["w"], on=ON).id
    return ids


def counted(uow, count_id) -> dict:
    """(product id, bin id) → counted quantity of the lines counted so far."""
    with uow.read() as tx:
        return {
            (r.product_id, r.location_id): r.counted_qty
            for r in tx.scalars(select(StockCountLine).where(StockCountLine.count_id == count_id))
            if r.counted_qty is not None
        }


def unknown_codes(uow, count_id) -> list[tuple[str, int]]:
    with uow.read() as tx:
        rows = tx.scalars(select(StockCountUnknown).where(StockCountUnknown.count_id == count_id)).all()
        return sorted((u.code, u.hits) for u in rows)


def call(url: str, body: dict | None = None, *, cadata: str | None = None) -> tuple[int, dict | str]:
    """GET (or POST ``body`` as JSON): (status, JSON or text). An https address is checked
    against the certificate ``cadata`` (PEM) when given — it must name the address — and not
    checked otherwise (the shop's own certificate, as a phone that accepted it once)."""
    import ssl

    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", "X-Phone": "P1"})
    context = None
    if url.startswith("https:"):
        context = ssl.create_default_context(cadata=cadata) if cadata else ssl._create_unverified_context()
    try:
        with urllib.request.urlopen(req, timeout=10, context=context) as r:
            text = r.read().decode()
            return r.status, json.loads(text) if r.headers.get_content_type() == "application/json" else text
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
