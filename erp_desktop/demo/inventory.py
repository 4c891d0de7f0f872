"""Demo step for inventory (after purchases and sales, so their stories stay as they are):
opening stock for products nobody has moved yet, a transfer to the shop's store room, damage and
internal-use issues, a gift received, a posted stock count with gains and losses, and a count in
progress (some scans, one unknown barcode) — all through the real services."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from erp_desktop.demo import demo_today, register_step
from erp_desktop.models.catalog import Product
from erp_desktop.models.stock import StockMove
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, Warehouse
from erp_desktop.services.inventory import counts as stock_counts
from erp_desktop.services.inventory import documents as inventory
from erp_desktop.services.inventory.documents import LineInput
from erp_desktop.storage.uow import UnitOfWork

ACK = frozenset({"bin-capacity", "negative-stock"})


@register_step("inventory", order=70)
def demo_inventory(uow: UnitOfWork, rng: random.Random) -> None:
    with uow.read() as tx:
        moved = set(tx.scalars(select(StockMove.product_id).distinct()))
        products = [
            (p.id, p.purchase_price, p.code)
            for p in tx.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.code))
            if p.id not in moved
        ]
        warehouses = list(tx.scalars(select(Warehouse.id).where(Warehouse.active.is_(True)).order_by(Warehouse.code)))
        bins = {
            w: [
                b.id
                for b in tx.scalars(
                    select(Location)
                    .where(
                        Location.warehouse_id == w,
                        Location.kind == LocationKind.BIN.value,
                        Location.status == BinStatus.ACTIVE.value,
                    )
                    .order_by(Location.sort_order)
                )
            ]
            for w in warehouses
        }
    warehouses = [w for w in warehouses if bins.get(w)]
    if not products or not warehouses:
        return
    main, store = warehouses[0], warehouses[-1]
    main_bins, store_bins = bins[main], bins[store]
    stocked = products[:25]
    opening = demo_today() - timedelta(days=60)
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="opening",
        on=opening,
        warehouse_id=main,
        note="期初库存",
        lines=[
            LineInput(
                pid,
                Decimal(rng.randint(20, 120)),
                cost if cost > 0 else Decimal(1),
                to_location_id=main_bins[i % min(4, len(main_bins))],
            )
            for i, (pid, cost, _code) in enumerate(stocked)
        ],
        acknowledged=ACK,
    )
    # what sits where now (the lines above), to pick quantities that exist
    placed = {pid: main_bins[i % min(4, len(main_bins))] for i, (pid, _c, _code) in enumerate(stocked)}
    if store != main:
        inventory.create_and_post(
            uow,
            kind="transfer",
            on=demo_today() - timedelta(days=10),
            warehouse_id=main,
            note="门店补货",
            lines=[
                LineInput(pid, Decimal(rng.randint(3, 8)), from_location_id=placed[pid], to_location_id=store_bins[0])
                for pid, _c, _code in stocked[:5]
            ],
            acknowledged=ACK,
        )
    inventory.create_and_post(
        uow,
        kind="issue",
        reason="damage",
        on=demo_today() - timedelta(days=5),
        warehouse_id=main,
        note="破损报废",
        lines=[
            LineInput(pid, Decimal(rng.randint(1, 3)), from_location_id=placed[pid]) for pid, _c, _code in stocked[5:7]
        ],
    )
    inventory.create_and_post(
        uow,
        kind="issue",
        reason="internal_use",
        on=demo_today() - timedelta(days=4),
        warehouse_id=main,
        note="办公室领用",
        lines=[LineInput(stocked[7][0], Decimal(2), from_location_id=placed[stocked[7][0]])],
    )
    inventory.create_and_post(
        uow,
        kind="receipt",
        reason="gift",
        on=demo_today() - timedelta(days=3),
        warehouse_id=main,
        note="供应商赠品",
        lines=[LineInput(stocked[8][0], Decimal(6), to_location_id=placed[stocked[8][0]])],
        acknowledged=ACK,
    )
    inventory.save_stock_doc(
        uow,
        None,
        kind="transfer",
        on=demo_today(),
        warehouse_id=main,
        note="待调拨",
        lines=[
            LineInput(stocked[9][0], Decimal(4), from_location_id=placed[stocked[9][0]], to_location_id=store_bins[-1])
        ],
    )
    # a count of the store room, posted with a gain and a loss
    if store != main:
        count = stock_counts.create_count(uow, warehouse_id=store, on=demo_today() - timedelta(days=2), note="月末盘点")
        detail = stock_counts.get_count(uow, count.id)
        for i, line in enumerate(detail.lines):
            delta = (1, -1, 0)[i % 3]
            stock_counts.set_counted(
                uow, count.id, line.product_id, line.location_id, max(line.book_qty + delta, Decimal(0))
            )
        stock_counts.post_count(uow, count.id, acknowledged=ACK)
    # a count in progress in the main warehouse's first bins
    count = stock_counts.create_count(
        uow, warehouse_id=main, on=demo_today(), bin_ids=main_bins[:2], note="A区循环盘点"
    )
    detail = stock_counts.get_count(uow, count.id)
    codes = {pid: code for pid, _c, code in stocked}
    for line in detail.lines[:4]:
        stock_counts.set_counted(uow, count.id, line.product_id, line.location_id, line.book_qty)
    for line in detail.lines[4:6]:  # counted by hand, then the last few scanned
        code = codes.get(line.product_id)
        if code and line.book_qty > 3:
            stock_counts.set_counted(uow, count.id, line.product_id, line.location_id, line.book_qty - 3)
            stock_counts.scan_codes(uow, count.id, line.location_id, [code] * 2)
    stock_counts.scan_codes(uow, count.id, main_bins[0], ["6909999999999"])
