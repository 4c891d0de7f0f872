"""Bundles (套装): a kit sold as its components. The ledger's side of it, so that every area
that issues stock to a customer (sales deliveries, the counter) can expand a bundle line into its
components' moves without importing the inventory area (which reads sales)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from erp_desktop.errors import ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.kits import ProductKit, ProductKitLine
from erp_desktop.models.stock import StockMove
from erp_desktop.money import ZERO, money
from erp_desktop.money import qty as qty_
from erp_desktop.services.ledger.lots import LotInput, check_named, named_parts
from erp_desktop.services.ledger.stock import MoveSpec
from erp_desktop.storage.fastsql import PreparedIn

_KIT, _KIT_LINE = ProductKit.__table__.c, ProductKitLine.__table__.c


def _bundles_query(ids: Any) -> Any:
    return (
        select(_KIT.product_id, _KIT_LINE.component_id, _KIT_LINE.qty)
        .select_from(ProductKit.__table__.join(ProductKitLine.__table__, _KIT_LINE.kit_id == _KIT.id))
        .where(_KIT.product_id.in_(ids), _KIT.bundle.is_(True))
        .order_by(_KIT.product_id, _KIT_LINE.seq)
    )


# every sale line asks (a ticket, a delivery): prepared once, not an ORM query (1.2 ms of a ticket)
_BUNDLES = PreparedIn(_bundles_query, _bundles_query(bindparam("in0", expanding=True)), [_KIT.product_id])


def bundle_components(tx: Session, product_ids: set[uuid.UUID]) -> dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]]:
    """For the products among ``product_ids`` sold as bundles (套装): their components and
    quantities per kit, in bill order (one query; {} when none is a bundle)."""
    if not product_ids:
        return {}
    if tx.autoflush and (tx.new or tx.dirty):
        tx.flush()  # read below the ORM: let it see a bill the session still holds
    out: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = {}
    for kit_product, component, quantity in _BUNDLES.rows(tx, sorted(product_ids)):
        out.setdefault(kit_product, []).append((component, quantity))
    return out


def issue_specs(
    bundles: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]],
    product_id: uuid.UUID,
    qty: Decimal,
    source: uuid.UUID,
    target: uuid.UUID,
    line_id: uuid.UUID,
    lots: Mapping[uuid.UUID, tuple[tuple[uuid.UUID, Decimal], ...]] | None = None,
    line: int | None = None,
) -> list[MoveSpec]:
    """The moves of one line: a bundle's components (the bill × ``qty``), else the product.
    ``lots``: per component, the lots or serials it takes (see ``component_lots``)."""
    if product_id not in bundles:
        return [MoveSpec(product_id, source, target, qty, doc_line_id=line_id, line=line)]
    chosen = lots or {}
    return [
        MoveSpec(
            component,
            source,
            target,
            qty_(qty * per_kit),
            doc_line_id=line_id,
            lots=chosen.get(component, ()),
            line=line,
        )
        for component, per_kit in bundles[product_id]
    ]


def component_lots(
    tx: Session,
    bundles: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]],
    product_id: uuid.UUID,
    qty: Decimal,
    entered: Mapping[uuid.UUID, Sequence[LotInput]],
    *,
    line: int,
    source: uuid.UUID,
) -> dict[uuid.UUID, tuple[tuple[uuid.UUID, Decimal], ...]]:
    """The lots and serials each component of a bundle line of ``qty`` kits takes out of bin
    ``source``: those ``entered`` (by component), else, for a lot-tracked component, first
    expiry first (left to the ledger). A serial-tracked component needs its serials, one per
    unit, each in stock at that bin. Raises ValidationError naming the line, the kit and the
    component (field ``serial`` or ``lot``); nothing moves."""
    from erp_desktop.models.catalog import Product

    parts_of = dict(bundles.get(product_id, ()))
    ids = {product_id, *parts_of, *entered}
    products = {p.id: p for p in tx.scalars(select(Product).where(Product.id.in_(ids)))}
    kit = products.get(product_id)
    kit_label = f"{kit.code} {kit.name}" if kit is not None else "?"
    for component, given in entered.items():
        if given and component not in parts_of:
            other = products.get(component)
            raise ValidationError(
                tr(
                    "Line {line}: {code} is not a component of bundle {kit}.",
                    line=line,
                    code=other.code if other is not None else "?",
                    kit=kit_label,
                ),
                field="lot",
            )
    out: dict[uuid.UUID, tuple[tuple[uuid.UUID, Decimal], ...]] = {}
    for component, per_kit in parts_of.items():
        product = products[component]
        serial = bool(product.serial_tracked)
        given = tuple(entered.get(component, ()))
        quantity = qty_(qty * per_kit)
        where = tr(
            "Line {line}, bundle {kit}, component {code} {name}",
            line=line,
            kit=kit_label,
            code=product.code,
            name=product.name,
        )
        if not (product.lot_tracked or serial):
            if given:
                raise ValidationError(
                    tr("{line}: the product is not lot- or serial-tracked; it takes no lot.", line=where),
                    field="lot",
                )
            continue
        if not given:
            if serial:
                raise ValidationError(
                    tr("{line}: scan the serial number of each of its {qty} units.", line=where, qty=quantity),
                    field="serial",
                )
            continue
        parts = named_parts(tx, component, given, line=line)
        check_named(tx, component, parts, quantity, where=where, serial=serial, leaving=source)
        out[component] = parts
    return out


def components_back(
    tx: Session,
    *,
    out_doc_type: str,
    back_doc_type: str,
    line_id: uuid.UUID,
    line_product_id: uuid.UUID,
    line_qty: Decimal,
    earlier: list[uuid.UUID],
    quantity: Decimal,
    cost: Decimal,
    last: bool,
) -> list[tuple[uuid.UUID, Decimal, Decimal]]:
    """What comes back of ``quantity`` of a bundle (套装) line ``line_id`` of a document of
    ``out_doc_type`` (returns of ``back_doc_type``; ``earlier``: the lines of the returns made
    before): (component, qty, value) per component the line moved ([] when it moved the product
    itself). The rest of the line takes the
    rest of every component exactly; a part takes each component pro rata, its value the line's
    ``cost`` split by the components' delivered values (the rounding remainder on the last)."""
    moved: dict[uuid.UUID, list[Decimal]] = {}
    for product_id, qty, value in tx.execute(
        select(StockMove.product_id, StockMove.qty, StockMove.value)
        .where(StockMove.doc_type == out_doc_type, StockMove.doc_line_id == line_id)
        .order_by(StockMove.seq)
    ):
        got = moved.setdefault(product_id, [ZERO, ZERO])
        got[0] += qty
        got[1] += value
    if not moved or line_product_id in moved:
        return []
    if last:
        back: dict[uuid.UUID, list[Decimal]] = {}
        if earlier:
            for product_id, qty, value in tx.execute(
                select(StockMove.product_id, StockMove.qty, StockMove.value).where(
                    StockMove.doc_type == back_doc_type, StockMove.doc_line_id.in_(earlier)
                )
            ):
                got = back.setdefault(product_id, [ZERO, ZERO])
                got[0] += qty
                got[1] += value
        rest = [(p, q - back.get(p, [ZERO, ZERO])[0], v - back.get(p, [ZERO, ZERO])[1]) for p, (q, v) in moved.items()]
        return [(p, q, v) for p, q, v in rest if q > ZERO]
    whole = sum((v for _q, v in moved.values()), ZERO)
    out: list[tuple[uuid.UUID, Decimal, Decimal]] = []
    items = list(moved.items())
    for n, (product_id, (qty, value)) in enumerate(items):
        share = qty_(qty * quantity / line_qty)
        if n == len(items) - 1:
            part = cost - sum((v for _p, _q, v in out), ZERO)
        else:
            part = money(cost * value / whole) if whole > ZERO else money(cost / len(items))
        if share > ZERO:
            out.append((product_id, share, part))
    return out


class _LineCost(NamedTuple):
    value: Decimal


def per_line(moves: Sequence[Any], owners: list[int], n: int) -> list[_LineCost]:
    """The value moved per delivery line (a bundle's component moves summed)."""
    values = [ZERO] * n
    for move, owner in zip(moves, owners):
        values[owner] += move.value
    return [_LineCost(value) for value in values]
