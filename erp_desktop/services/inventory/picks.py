"""Stock-aware picking (拣货建议): which bins to take a line's goods from.

``bin_stock`` lists the bins of one warehouse with what each holds of some products;
``propose_picks`` turns wanted quantities into picks — from the bins that hold the product, the
bin holding the most first, splitting across bins when one is not enough, capped at what is
there (frozen bins and empty bins are never proposed). Lines of the same product share the
stock: the second line is offered only what the first one left. A bundle (套装) is held in a
bin as many times as its scarcest component makes there. Read-only; the posting services
check the quantities again when they post.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select

from erp_desktop.models.stock import StockBalance
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind
from erp_desktop.money import ZERO
from erp_desktop.services.ledger.bundles import bundle_components
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class BinQty:
    """What one bin holds of one product."""

    location_id: uuid.UUID
    code: str
    name: str
    qty: Decimal

    @property
    def label(self) -> str:
        return f"{self.code} ({self.qty.normalize():f})"


@dataclass(frozen=True)
class Pick:
    location_id: uuid.UUID
    bin_code: str
    qty: Decimal


@dataclass(frozen=True)
class PickProposal:
    """Where to take ``wanted`` of ``product_id`` from: ``picks`` add up to ``picked`` (≤ wanted,
    ≤ what the warehouse's active bins hold); ``short`` is what is not there."""

    product_id: uuid.UUID
    wanted: Decimal
    picks: tuple[Pick, ...]
    in_warehouse: Decimal  # what the warehouse's usable bins hold (before this proposal)

    @property
    def picked(self) -> Decimal:
        return sum((p.qty for p in self.picks), ZERO)

    @property
    def short(self) -> Decimal:
        return self.wanted - self.picked


def bin_stock(
    uow: UnitOfWork, warehouse_id: uuid.UUID, product_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[BinQty]]:
    """Per product: the usable bins (active or full, not frozen) of the warehouse holding a
    positive quantity, the bin holding the most first (then walking order)."""
    ids = list(dict.fromkeys(product_ids))
    result: dict[uuid.UUID, list[BinQty]] = {pid: [] for pid in ids}
    if not ids:
        return result
    with uow.read() as tx:
        bundles = bundle_components(tx, set(ids))
        ids = list(dict.fromkeys([*ids, *(c for parts in bundles.values() for c, _q in parts)]))
        rows = tx.execute(
            select(StockBalance.product_id, Location.id, Location.code, Location.name, StockBalance.qty)
            .join(Location, Location.id == StockBalance.location_id)
            .where(
                Location.warehouse_id == warehouse_id,
                Location.kind == LocationKind.BIN.value,
                Location.status != BinStatus.FROZEN.value,
                StockBalance.product_id.in_(ids),
                StockBalance.qty > 0,
            )
            .order_by(Location.sort_order, Location.code)
        ).all()
    held: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = {}
    bins_seen: dict[uuid.UUID, tuple[str, str]] = {}
    for product_id, location_id, code, name, qty in rows:
        held.setdefault(product_id, {})[location_id] = qty
        bins_seen[location_id] = (code, name or "")
        if product_id in result:
            result[product_id].append(BinQty(location_id, code, name or "", qty))
    for kit, parts in bundles.items():  # 套装: as many kits as the scarcest component makes, per bin
        result[kit] = []
        for location_id, (code, name) in bins_seen.items():
            kits = min((held.get(c, {}).get(location_id, ZERO) / per_kit for c, per_kit in parts), default=ZERO)
            kits = kits.quantize(Decimal("0.001"), rounding=ROUND_DOWN)
            if kits > ZERO:
                result[kit].append(BinQty(location_id, code, name, kits))
    for bins in result.values():
        bins.sort(key=lambda b: -b.qty)  # stable: equal quantities keep the walking order
    return result


def split_picks(held: Sequence[BinQty], wanted: Decimal) -> tuple[Pick, ...]:
    """Take ``wanted`` from ``held`` (already in preference order): a single bin that holds it
    all when there is one, else the bins in order until it is covered or they are empty."""
    if wanted <= ZERO:
        return ()
    for b in held:  # one bin is enough: no split (the fullest comes first)
        if b.qty >= wanted:
            return (Pick(b.location_id, b.code, wanted),)
    picks, left = [], wanted
    for b in held:
        if left <= ZERO:
            break
        take = min(b.qty, left)
        if take > ZERO:
            picks.append(Pick(b.location_id, b.code, take))
            left -= take
    return tuple(picks)


def propose_picks(
    uow: UnitOfWork, warehouse_id: uuid.UUID, wants: Sequence[tuple[uuid.UUID, Decimal]]
) -> list[PickProposal]:
    """One proposal per ``(product_id, quantity)`` wanted, in order; lines of the same product
    draw on the same stock."""
    stock = bin_stock(uow, warehouse_id, (pid for pid, _ in wants))
    left = {pid: {b.location_id: b.qty for b in bins} for pid, bins in stock.items()}
    proposals = []
    for product_id, wanted in wants:
        held = [
            BinQty(b.location_id, b.code, b.name, left[product_id][b.location_id])
            for b in stock[product_id]
            if left[product_id][b.location_id] > ZERO
        ]
        held.sort(key=lambda b: -b.qty)  # what earlier lines left, the fullest first
        picks = split_picks(held, wanted)
        for p in picks:
            left[product_id][p.location_id] -= p.qty
        proposals.append(PickProposal(product_id, wanted, picks, sum((b.qty for b in held), ZERO)))
    return proposals
